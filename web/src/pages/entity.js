// Entity: names, roles, statements, co-mentions and neighbourhood graph;
// every fact links to the article it came from.
import { api } from "../api.js";
import { h, section, entityLink, articleLink, typeChip, statementItem, plural, articleHref } from "../dom.js";
import { drawGraph } from "../graphview.js";

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
      r.articles.length > 3 ? ` and ${r.articles.length - 3} more` : ""))));
}

function statements(list, total, empty, hideSpeaker) {
  if (!list.length) return h("p", { class: "muted" }, empty);
  return [h("ul", { class: "stmts" }, list.map((s) => statementItem(s, { hideSpeaker }))),
    total > list.length ? h("p", { class: "muted" }, `showing the ${list.length} newest of ${total}`) : null];
}

function coMentioned(e) {
  if (!e.co_mentioned.length) return h("p", { class: "muted" }, "Mentioned alone.");
  return h("ul", { class: "plain cols" }, e.co_mentioned.map((c) =>
    h("li", {}, entityLink(c), " ", typeChip(c.type), h("span", { class: "count" }, ` ${c.count}`))));
}

export async function renderEntity(view, parts) {
  const e = await api.entity(parts.join("/"));
  const graphBox = h("div", { class: "graph", id: "entity-graph" });
  view.append(
    h("div", { class: "title" }, h("h1", {}, e.name), typeChip(e.type), h("code", { class: "key" }, e.key)),
    aliases(e),
    h("p", { class: "muted" }, `Mentioned in ${plural(e.article_count, "article")}, said ${plural(e.said_total, "thing")}, mentioned in ${plural(e.mentioned_in_total, "statement")}.`),
    h("div", { class: "grid2" },
      h("div", {},
        section("Statements made", statements(e.said, e.said_total, "No statements by " + e.name + ".", true)),
        section("Statements that mention " + e.name, statements(e.mentioned_in, e.mentioned_in_total, "None."))),
      h("div", {},
        section("Neighbourhood", graphBox, h("p", { class: "hint" }, "Drag to pan, scroll to zoom, click a node to open it.")),
        section("Roles", roles(e)),
        section("Most often mentioned with", coMentioned(e)),
        section("Articles", h("ul", { class: "plain" }, e.articles.map((a) =>
          h("li", {}, h("time", {}, a.date), " ", h("a", { href: articleHref(a.id) }, a.title))))))));
  view.addEventListener("ng:mounted", () => drawGraph(graphBox, e.graph.nodes, e.graph.edges), { once: true });
}
