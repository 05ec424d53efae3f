// Entity: names, roles, statements, co-mentions and neighbourhood graph;
// every fact links to the article it came from. The three lists show their
// newest page and fetch the next on demand: an entity mentioned by tens of
// thousands of articles is read a page at a time.
import { api } from "../api.js";
import { append, h, section, entityLink, articleLink, typeChip, statementItem, plural, articleHref } from "../dom.js";
import { drawGraph } from "../graphview.js";
import { duplicatesSection } from "./duplicates.js";

function aliases(e) {
  if (!e.aliases.length) return null;
  return h("div", { class: "aliases" }, h("span", { class: "muted" }, "also called "),
    e.aliases.map((a) => h("span", { class: "alias", title: "used in: " + a.articles.map((r) => r.name).join("; ") },
      a.name, a.articles[0] ? [" ", articleLink(a.articles[0], "↗")] : null)));
}

function roles(e) {
  if (!e.roles.length) return h("p", { class: "muted" }, "No roles known.");
  return h("ul", { class: "plain roles" }, e.roles.map((r) => h("li", {},
    r.holder && r.holder.key !== e.key ? [entityLink(r.holder), ", "] : null,
    h("strong", {}, r.title || "role"),
    r.org && r.org.key !== e.key ? [" at ", entityLink(r.org)] : null,
    h("span", { class: "sources" }, " — ", r.articles.slice(0, 3).map((a, i) => [i ? ", " : "", articleLink(a, a.name)]),
      r.article_count > r.articles.length ? ` and ${r.article_count - r.articles.length} more` : ""))));
}

// paged shows the first rows of one of the entity's lists and a button that
// appends the next page, until all total rows are shown.
function paged(e, list, rows, total, box, item) {
  const ul = h(box.tag, { class: box.class }, rows.map(item));
  let shown = rows.length;
  const note = h("span", { class: "muted" });
  const more = h("button", { type: "button", class: "more", "data-list": list }, "Show more");
  const foot = h("p", { class: "pager" }, note, " ", more);
  const update = () => {
    note.textContent = `showing the ${shown} newest of ${total}`;
    foot.hidden = shown >= total;
  };
  more.addEventListener("click", async () => {
    more.disabled = true;
    try {
      const page = await api.entityList(e.key, list, shown, e.page_size);
      const next = list === "articles" ? page.articles : page.statements;
      ul.append(...(next || []).map(item));
      shown += (next || []).length;
      total = page.total;
      if (!next || !next.length) shown = total; // the list shrank since the page was shown
    } finally {
      more.disabled = false;
      update();
    }
  });
  update();
  return [ul, foot];
}

function statements(e, list, rows, total, empty, hideSpeaker) {
  if (!rows.length) return h("p", { class: "muted" }, empty);
  return paged(e, list, rows, total, { tag: "ul", class: "stmts" }, (s) => statementItem(s, { hideSpeaker }));
}

function articles(e) {
  if (!e.articles.length) return h("p", { class: "muted" }, "None.");
  return paged(e, "articles", e.articles, e.article_count, { tag: "ul", class: "plain" }, (a) =>
    h("li", {}, h("time", {}, a.date), " ", h("a", { href: articleHref(a.id) }, a.title)));
}

function coMentioned(e) {
  if (!e.co_mentioned.length) return h("p", { class: "muted" }, "Mentioned alone.");
  return [h("ul", { class: "plain cols" }, e.co_mentioned.map((c) =>
    h("li", {}, entityLink(c), " ", typeChip(c.type), h("span", { class: "count" }, ` ${c.count}`)))),
    e.co_mention_sample < e.article_count
      ? h("p", { class: "muted sample" }, `counted over the ${e.co_mention_sample} newest of its ${e.article_count} articles`)
      : null];
}

// renderEntity shows #/entity/KEY; ?limit=N sets the page size of its
// lists (the server's default is 50).
export async function renderEntity(view, parts, params) {
  const e = await api.entity(parts.join("/"), params?.get("limit") || undefined);
  const graphBox = h("div", { class: "graph", id: "entity-graph" });
  // dom.append skips the parts an entity lacks (no aliases), where
  // Element.append would show them as "null".
  append(view, [
    h("div", { class: "title" }, h("h1", {}, e.name), typeChip(e.type), h("code", { class: "key" }, e.key)),
    aliases(e),
    h("p", { class: "muted" }, `Mentioned in ${plural(e.article_count, "article")}, said ${plural(e.said_total, "thing")}, mentioned in ${plural(e.mentioned_in_total, "statement")}.`),
    e.truncated ? h("p", { class: "muted truncated" }, `Aliases and roles as read from the first statements of them; there may be more. ${e.roles_total} roles read.`) : null,
    h("div", { class: "grid2" },
      h("div", {},
        section("Statements made", statements(e, "said", e.said, e.said_total, "No statements by " + e.name + ".", true)),
        section("Statements that mention " + e.name, statements(e, "mentioned_in", e.mentioned_in, e.mentioned_in_total, "None."))),
      h("div", {},
        section("Neighbourhood", graphBox, h("p", { class: "hint" }, "Drag to pan, scroll to zoom, click a node to open it.")),
        section("Roles", roles(e)),
        duplicatesSection(e),
        section("Most often mentioned with", coMentioned(e)),
        section("Articles", articles(e))))]);
  view.addEventListener("ng:mounted", () => drawGraph(graphBox, e.graph.nodes, e.graph.edges), { once: true });
}
