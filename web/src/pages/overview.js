// Overview: counts, the most mentioned entities, statements over time and
// the latest articles.
import { api } from "../api.js";
import { h, section, entityHref, articleHref, typeChip } from "../dom.js";

const svgNS = "http://www.w3.org/2000/svg";

function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(svgNS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

// byMonth buckets per-day counts into months (YYYY-MM), with empty months.
function byMonth(timeline) {
  const counts = new Map();
  for (const { date, count } of timeline) {
    const m = date.slice(0, 7);
    counts.set(m, (counts.get(m) || 0) + count);
  }
  const months = [...counts.keys()].sort();
  if (!months.length) return [];
  const out = [];
  let [y, mo] = months[0].split("-").map(Number);
  const last = months[months.length - 1];
  for (;;) {
    const key = `${y}-${String(mo).padStart(2, "0")}`;
    out.push({ month: key, count: counts.get(key) || 0 });
    if (key >= last || out.length > 240) break;
    mo++; if (mo > 12) { mo = 1; y++; }
  }
  return out;
}

function timelineChart(timeline) {
  const data = byMonth(timeline);
  if (!data.length) return h("p", { class: "muted" }, "No dated statements yet.");
  const W = 760, H = 220, pad = { l: 36, r: 8, t: 12, b: 36 };
  const max = Math.max(...data.map((d) => d.count));
  const bw = (W - pad.l - pad.r) / data.length;
  const y = (v) => pad.t + (H - pad.t - pad.b) * (1 - v / max);
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart", role: "img", "aria-label": "Statements per month" });
  for (const t of [0, 0.5, 1]) {
    const v = Math.round(max * t);
    chart.append(svg("line", { x1: pad.l, x2: W - pad.r, y1: y(v), y2: y(v), class: "grid" }),
      svg("text", { x: pad.l - 6, y: y(v) + 4, class: "axis", "text-anchor": "end" }, v));
  }
  const every = Math.ceil(data.length / 12);
  data.forEach((d, i) => {
    const x = pad.l + i * bw;
    const bar = svg("rect", { x: x + bw * 0.15, y: y(d.count), width: Math.max(1, bw * 0.7), height: H - pad.b - y(d.count), class: "bar" },
      svg("title", {}, `${d.month}: ${d.count} statements`));
    chart.append(bar);
    if (i % every === 0) chart.append(svg("text", { x: x + bw / 2, y: H - pad.b + 16, class: "axis", "text-anchor": "middle" }, d.month));
  });
  return chart;
}

function statCard(label, value, sub) {
  return h("div", { class: "stat" }, h("div", { class: "value" }, value.toLocaleString()), h("div", { class: "label" }, label), sub);
}

function topList(top) {
  const max = Math.max(1, ...top.map((e) => e.score));
  return h("ol", { class: "toplist" }, top.map((e) => h("li", {},
    h("a", { href: entityHref(e.key) }, e.title), " ", typeChip(e.type),
    h("span", { class: "barwrap" }, h("span", { class: "minibar type-" + e.type, style: `width:${(100 * e.score) / max}%` })),
    h("span", { class: "count" }, `${e.score} articles`))));
}

export async function renderOverview(view) {
  const st = await api.stats();
  const entities = Object.values(st.entities).reduce((a, b) => a + b, 0);
  const byType = h("div", { class: "types" }, Object.entries(st.entities).map(([t, n]) => h("span", {}, typeChip(t), " ", n)));
  view.append(
    h("h1", {}, "Overview"),
    h("div", { class: "stats" },
      statCard("articles", st.articles), statCard("entities", entities, byType),
      statCard("statements", st.statements), statCard("roles", st.roles), statCard("quads", st.quads)),
    h("div", { class: "grid2" },
      section("Most mentioned", topList(st.top)),
      h("div", {},
        section("Statements per month", timelineChart(st.timeline)),
        section("Latest articles", h("ul", { class: "plain" }, st.latest.map((a) =>
          h("li", {}, h("time", {}, a.date), " ", h("a", { href: articleHref(a.id) }, a.title))))))));
}
