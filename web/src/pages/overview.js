// Overview: counts, the most mentioned entities, statements over time and
// the latest articles, of all dates or of the URL's date range. Bars,
// tiles and names are links: a bar narrows the range to its month or day,
// a tile opens its list, a name its entity.
import { api } from "../api.js";
import { h, section, entityHref, articleHref, typeChip, dateBar } from "../dom.js";
import { range, withRange, monthRange } from "../dates.js";
import { dataTable } from "../table.js";

// buckets groups per-day counts by day when the days span two months at
// most, else by month (YYYY-MM), with the empty ones between, over the
// date range r where it has ends.
function buckets(timeline, r) {
  if (!timeline.length) return { unit: "month", data: [] };
  const first = r.from || timeline[0].date, last = r.to || timeline[timeline.length - 1].date;
  const span = (Date.parse(last) - Date.parse(first)) / 864e5;
  const unit = span <= 62 ? "day" : "month";
  const key = (d) => (unit === "day" ? d : d.slice(0, 7));
  const counts = new Map();
  for (const { date, count } of timeline) counts.set(key(date), (counts.get(key(date)) || 0) + count);
  const out = [];
  const at = new Date(first.slice(0, 7) + (unit === "day" ? first.slice(7) : "-01") + "T00:00:00Z");
  for (let k = key(first); k <= key(last) && out.length <= 240; ) {
    out.push({ key: k, count: counts.get(k) || 0 });
    if (unit === "day") at.setUTCDate(at.getUTCDate() + 1);
    else at.setUTCMonth(at.getUTCMonth() + 1);
    k = key(at.toISOString().slice(0, 10));
  }
  return { unit, data: out };
}

// timelineChart draws the statements per month (or day) as bars in HTML,
// so its labels keep their size (12 px) however wide the page is; each
// bar links to the range of its month or day.
function timelineChart(timeline, r) {
  const { unit, data } = buckets(timeline, r);
  if (!data.length) return h("p", { class: "muted" }, "No dated statements in this range.");
  const max = Math.max(...data.map((d) => d.count));
  const every = Math.ceil(data.length / 8);
  const link = (d) => withRange("#/", unit === "day" ? { from: d.key, to: d.key } : monthRange(d.key));
  return h("div", { class: "timeline", role: "list", "aria-label": `Statements per ${unit}` },
    h("div", { class: "yaxis" }, h("span", {}, String(max)), h("span", {}, String(Math.round(max / 2))), h("span", {}, "0")),
    h("div", { class: "bars" }, data.map((d, i) => h("a", { class: "tbar", href: link(d), role: "listitem",
      title: `${d.key}: ${d.count} statement${d.count === 1 ? "" : "s"} — show only this ${unit}`, dataset: { key: d.key, count: d.count } },
      h("span", { class: "fill", style: `height:${(100 * d.count) / max}%` }),
      h("span", { class: "xlabel" }, i % every === 0 ? (unit === "day" ? d.key.slice(5) : d.key) : "")))));
}

function statCard(label, value, href, sub, note) {
  return h("a", { class: "stat", href, title: note }, h("div", { class: "value" }, value.toLocaleString()),
    h("div", { class: "label" }, label), sub);
}

// topList draws the most mentioned entities: the bars share one column of
// one width, so equal counts have equal bars.
function topList(top, r) {
  if (!top.length) return h("p", { class: "muted" }, "No entity mentioned in this range.");
  const max = Math.max(1, ...top.map((e) => e.score));
  return h("ol", { class: "toplist" }, top.map((e) => h("li", {},
    h("a", { href: entityHref(e.key), class: "name" }, e.title), typeChip(e.type),
    h("a", { href: entityHref(e.key), class: "barwrap", tabindex: "-1", "aria-hidden": "true" },
      h("span", { class: "minibar type-" + e.type, style: `width:${(100 * e.score) / max}%` })),
    h("span", { class: "count" }, `${e.score} article${e.score === 1 ? "" : "s"}`))));
}

function latest(rows) {
  return dataTable({ name: "latest-articles", rows, tools: false,
    columns: [{ key: "date", cls: "date" }, { key: "title", cls: "text", cell: (a) => h("a", { href: articleHref(a.id) }, a.title) }] });
}

export async function renderOverview(view, _parts, params) {
  const r = range(params);
  const st = await api.stats(r);
  const ranged = Boolean(r.from || r.to);
  const entities = Object.values(st.entities).reduce((a, b) => a + b, 0);
  const q = (name, args = {}) => "#/query?" + new URLSearchParams({ name, ...args }).toString();
  const byType = h("div", { class: "types" }, Object.entries(st.entities).map(([t, n]) =>
    h("span", {}, typeChip(t), " ", n)));
  const sampled = ranged && st.sample < st.articles ? `counted over the ${st.sample} newest articles of the range` : "";
  const whole = ranged ? "of all dates" : undefined;
  view.append(
    h("div", { class: "title" }, h("h1", {}, "Overview"), dateBar(sampled)),
    h("div", { class: "stats" },
      statCard("articles", st.articles, withRange("#/search?kind=article", r)),
      statCard(ranged ? "entities mentioned" : "entities", entities, q("entities"), byType, sampled || undefined),
      statCard("statements", st.statements, q("statements", r)),
      statCard("roles", st.roles, q("roles"), ranged ? h("div", { class: "small muted" }, whole) : null),
      statCard("quads", st.quads, "#/query", ranged ? h("div", { class: "small muted" }, whole) : null)),
    h("div", { class: "grid2" },
      section("Most mentioned", topList(st.top, r), sampled ? h("p", { class: "muted small" }, sampled) : null),
      h("div", {},
        section("Statements over time", timelineChart(st.timeline, r)),
        section("Latest articles", latest(st.latest)))));
}
