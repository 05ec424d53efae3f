// Entity: names, a person's posts over time, roles, statements,
// co-mentions and neighbourhood graph; every fact links to the article it
// came from. The three lists show their newest page and fetch the next on
// demand: an entity mentioned by tens of thousands of articles is read a
// page at a time. The URL's date range narrows the lists and the timeline.
import { api } from "../api.js";
import { append, clear, h, section, entityLink, articleLink, typeChip, plural, articleHref, dateBar, errorBox } from "../dom.js";
import { drawGraph } from "../graphview.js";
import { range } from "../dates.js";
import { dataTable, fetchAll } from "../table.js";
import { duplicatesSection } from "./duplicates.js";

function aliases(e) {
  if (!e.aliases.length) return null;
  return h("div", { class: "aliases" }, h("span", { class: "muted" }, "also called "),
    e.aliases.map((a) => h("span", { class: "alias", title: "used in: " + a.articles.map((r) => r.name).join("; ") },
      a.name, a.articles[0] ? [" ", articleLink(a.articles[0], "↗")] : null)));
}

// roles lists the posts the entity holds or that belong to it, over a
// range those stated in its articles of the range (the server counts them
// over its role_sample newest, or leaves them of all dates when they are
// stated too often: roles_all_dates); a column that would only repeat the
// entity itself is left out.
function roles(e, ranged) {
  if (!e.roles.length) return h("p", { class: "muted" }, ranged ? "No role stated in this range." : "No roles known.");
  const self = (side) => e.roles.every((r) => r[side]?.key === e.key);
  return [dataTable({ name: e.key.replace("/", "-") + "-roles", rows: e.roles, columns: [
    { key: "title", label: "post", text: (r) => r.title || "role", cell: (r) => h("strong", {}, r.title || "role") },
    self("holder") ? null : { key: "holder", text: (r) => r.holder?.name || "", cell: (r) => entityLink(r.holder) },
    self("org") ? null : { key: "org", label: "at", text: (r) => r.org?.name || "", cell: (r) => entityLink(r.org) },
    { key: "article_count", label: "articles", cls: "num", text: (r) => String(r.article_count) },
    { key: "articles", label: "said in", text: (r) => r.articles.map((a) => a.key).join(" "),
      cell: (r) => h("span", { class: "artchips" }, r.articles.slice(0, 3).map((a) =>
        h("a", { href: articleHref(a.key), class: "artchip", title: a.name }, a.key.slice(0, 10))),
        r.article_count > r.articles.length ? ` +${r.article_count - r.articles.length}` : "") },
  ].filter(Boolean) }),
  ranged && e.roles_all_dates
    ? h("p", { class: "muted sample" }, "of all dates: stated too often to narrow to this range quickly")
    : ranged && e.role_sample < e.article_count
      ? h("p", { class: "muted sample" }, `counted over the ${e.role_sample} newest of its ${e.article_count} articles in this range`)
      : null];
}

// listTable shows the first rows of one of the entity's lists as a table
// with a button that appends the next page; its downloads read every page
// (up to listCap rows).
const listCap = 5000;
function listTable(e, list, rows, total, columns, r) {
  const page = async (offset) => {
    const p = await api.entityList(e.key, list, offset, e.page_size, r);
    return { rows: (list === "articles" ? p.articles : p.statements) || [], total: p.total };
  };
  return dataTable({ name: `${e.key.replace("/", "-")}-${list}`, rows, total, columns, more: page,
    all: () => fetchAll(page, listCap) });
}

const stmtColumns = (hideSpeaker) => [
  { key: "date", cls: "date" },
  { key: "text", cls: "text", cell: (s) => h("span", { class: "stmttext " + s.kind }, s.text) },
  hideSpeaker ? null : { key: "speaker", text: (s) => s.speaker?.name || "", cell: (s) => entityLink(s.speaker) },
  { key: "kind" },
  { key: "article", label: "source", cls: "id", text: (s) => s.article?.key || "", cell: (s) => articleLink(s.article, s.article?.key) },
].filter(Boolean);

function statements(e, list, rows, total, empty, hideSpeaker, r) {
  if (!rows.length) return h("p", { class: "muted" }, empty);
  return listTable(e, list, rows, total, stmtColumns(hideSpeaker), r);
}

function articles(e, r) {
  if (!e.articles.length) return h("p", { class: "muted" }, "None.");
  return listTable(e, "articles", e.articles, e.article_count, [
    { key: "date", cls: "date" },
    { key: "title", cls: "text", cell: (a) => h("a", { href: articleHref(a.id) }, a.title) },
  ], r);
}

function coMentioned(e, ranged) {
  if (!e.co_mentioned.length) return h("p", { class: "muted" }, "Mentioned alone.");
  return [h("ul", { class: "plain cols" }, e.co_mentioned.map((c) =>
    h("li", {}, entityLink(c), " ", typeChip(c.type), h("span", { class: "count" }, ` ${c.count}`)))),
    e.co_mention_sample < e.article_count
      ? h("p", { class: "muted sample" }, `counted over the ${e.co_mention_sample} newest of its ${e.article_count} articles${ranged ? " in this range" : ""}`)
      : null];
}

// roleTimeline draws a person's posts as lanes on one date axis: a dot
// per article that states the post (its colour the status it states:
// current, former, incoming), linking to the article, and the span
// between two statements in the colour of the first; then the events as
// a table.
function roleTimeline(e, events, r) {
  if (!events.length) return h("p", { class: "muted" }, r.from || r.to ? "No post stated in this range." : "No post stated.");
  const dated = events.filter((ev) => ev.date);
  const t = (d) => Date.parse(d + "T00:00:00Z");
  const lo = dated.length ? Math.min(...dated.map((ev) => t(ev.date))) : 0;
  const hi = dated.length ? Math.max(...dated.map((ev) => t(ev.date))) : 1;
  const x = (d) => (hi > lo ? (100 * (t(d) - lo)) / (hi - lo) : 50);
  const lanes = new Map();
  for (const ev of dated) {
    if (!lanes.has(ev.fact)) lanes.set(ev.fact, []);
    lanes.get(ev.fact).push(ev);
  }
  const lane = (evs) => {
    const titles = evs.map((ev) => ev.title);
    const title = titles.sort((a, b) => titles.filter((v) => v === b).length - titles.filter((v) => v === a).length)[0];
    const org = evs.find((ev) => ev.org)?.org;
    return h("div", { class: "lane" },
      h("div", { class: "lanelabel" }, h("strong", {}, title), org ? [" at ", entityLink(org)] : null),
      h("div", { class: "track" },
        evs.slice(0, -1).map((ev, i) => h("span", { class: "span status-" + ev.status,
          style: `left:${x(ev.date)}%;width:${x(evs[i + 1].date) - x(ev.date)}%` })),
        evs.map((ev) => h("a", { class: "dot status-" + ev.status, style: `left:${x(ev.date)}%`,
          href: ev.article ? articleHref(ev.article.key) : undefined,
          title: `${ev.date}: ${ev.status} ${ev.title}${ev.article ? " — " + ev.article.name : ""}` }))));
  };
  const axis = dated.length ? h("div", { class: "lane axisrow" }, h("div", {}),
    h("div", { class: "track axis" }, h("span", { style: "left:0" }, new Date(lo).toISOString().slice(0, 10)),
      hi > lo ? h("span", { style: "right:0" }, new Date(hi).toISOString().slice(0, 10)) : null)) : null;
  return [
    h("div", { class: "roletimeline" }, [...lanes.values()].map(lane), axis,
      h("p", { class: "legend" }, ["current", "incoming", "former"].map((st) => h("span", {}, h("span", { class: "dot static status-" + st }), " " + st)))),
    h("details", { class: "events" }, h("summary", {}, `The ${events.length} statements of these posts, as a table`),
      dataTable({ name: e.key.replace("/", "-") + "-timeline", rows: events, columns: [
      { key: "date", cls: "date" }, { key: "status" }, { key: "title", label: "post" },
      { key: "org", text: (ev) => ev.org?.name || "", cell: (ev) => entityLink(ev.org) },
      { key: "article", cls: "id", text: (ev) => ev.article?.key || "", cell: (ev) => articleLink(ev.article, ev.article?.key) },
    ] })),
  ];
}

// postsBox is a person's posts over time, filled once they arrive: the
// server reads them apart from the page (list=timeline), which for the
// most mentioned person of 100,000 articles they would hold up 0.6 s.
function postsBox(e, r) {
  const box = h("div", { class: "posts" }, h("p", { class: "muted" }, "Reading the posts…"));
  api.entityList(e.key, "timeline", undefined, undefined, r)
    .then((l) => {
      append(clear(box), [roleTimeline(e, l.timeline || [], r)]);
      box.dataset.range = (r.from || "") + ".." + (r.to || ""); // the range drawn, for the tests
    })
    .catch((err) => clear(box).append(errorBox(err)));
  return box;
}

// renderEntity shows #/entity/KEY; ?limit=N sets the page size of its
// lists (the server's default is 50), from= and to= a date range.
export async function renderEntity(view, parts, params) {
  const r = range(params);
  const e = await api.entity(parts.join("/"), params?.get("limit") || undefined, r);
  const graphBox = h("div", { class: "graph", id: "entity-graph" });
  const ranged = r.from || r.to;
  // dom.append skips the parts an entity lacks (no aliases), where
  // Element.append would show them as "null".
  append(view, [
    h("div", { class: "title" }, h("h1", {}, e.name), typeChip(e.type), h("code", { class: "key" }, e.key)),
    aliases(e),
    dateBar(ranged ? (e.roles_all_dates ? "its names and roles are of all dates" : "its names are of all dates") : ""),
    h("p", { class: "muted" }, `Mentioned in ${plural(e.article_count, "article")}, said ${plural(e.said_total, "thing")}, mentioned in ${plural(e.mentioned_in_total, "statement")}${ranged ? " in this range" : ""}.`),
    e.truncated ? h("p", { class: "muted truncated" }, `Aliases and roles as read from the first statements of them; there may be more. ${e.roles_total} roles read.`) : null,
    e.type === "person" ? section("Posts over time", postsBox(e, r)) : null,
    h("div", { class: "grid2" },
      h("div", {},
        section("Statements made", statements(e, "said", e.said, e.said_total, "No statements by " + e.name + (ranged ? " in this range." : "."), true, r)),
        section("Statements that mention " + e.name, statements(e, "mentioned_in", e.mentioned_in, e.mentioned_in_total, "None.", false, r))),
      h("div", {},
        section("Neighbourhood", graphBox, h("p", { class: "hint" }, "Click a node to see its neighbours and expand it; double-click opens its page.")),
        section("Roles", roles(e, ranged)),
        duplicatesSection(e),
        section("Most often mentioned with", coMentioned(e, ranged)),
        section("Articles", articles(e, r))))]);
  view.addEventListener("ng:mounted", () => drawGraph(graphBox, e.graph.nodes, e.graph.edges), { once: true });
}
