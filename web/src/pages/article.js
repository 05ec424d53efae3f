// Article: its text with every recognised entity and quotation marked and
// linked. The text is inserted as text nodes only: markup in an article
// shows as written and never runs.
import { api } from "../api.js";
import { h, section, entityHref, typeChip, statementItem } from "../dom.js";

function body(a) {
  const el = h("div", { class: "body" });
  for (const seg of a.segments) {
    const stmt = seg.q !== undefined ? a.statements[seg.q] : null;
    let node;
    if (seg.e) {
      node = h("a", { href: entityHref(seg.e), class: "ment" }, seg.t);
    } else if (stmt && stmt.speaker) {
      node = h("a", { href: entityHref(stmt.speaker.key), class: "qlink", title: `${stmt.speaker.name} (${stmt.kind})` }, seg.t);
    } else {
      node = document.createTextNode(seg.t);
    }
    if (stmt) node = h("mark", { class: "quote " + stmt.kind, title: stmt.speaker ? "said by " + stmt.speaker.name : "" }, node);
    el.append(node);
  }
  return el;
}

export async function renderArticle(view, parts) {
  const a = await api.article(parts.join("/"));
  view.append(
    h("h1", {}, a.title || a.id),
    h("p", { class: "byline" }, h("time", {}, a.date), a.publisher ? " · " + a.publisher : "", " · ",
      h("code", {}, a.id), a.url ? [" · ", h("a", { href: a.url, rel: "noopener noreferrer", target: "_blank" }, "original")] : null),
    h("div", { class: "grid2 article" },
      h("article", { class: "card" }, h("p", { class: "legend" },
        h("span", { class: "ment" }, "entity"), " ", h("mark", { class: "quote quote" }, "quotation"), " ",
        h("mark", { class: "quote reported" }, "reported speech")), body(a)),
      h("div", {},
        section("Entities", h("ul", { class: "plain" }, a.entities.map((e) =>
          h("li", {}, h("a", { href: entityHref(e.key) }, e.title), " ", typeChip(e.type))))),
        section("Statements", h("ul", { class: "stmts" }, a.statements.map((s) => statementItem(s)))))));
}
