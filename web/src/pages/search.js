// Search: entities by any name as you type, statements and articles by
// their words (ranked), narrowed by graph filters.
import { api } from "../api.js";
import { h, clear, append, entityHref, typeChip, entityLink, articleLink, articleHref, errorBox, plural, dateBar } from "../dom.js";
import { range, setRange, describe, withRange } from "../dates.js";
import { dataTable } from "../table.js";

// searchCap is how many hits the downloads ask the server for; it answers
// at most its --max-rows (1,000 by default).
const searchCap = 1000;

// marked shows text with the query's words marked, as text nodes only.
function marked(text, q) {
  const words = q.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !w.includes(":"));
  if (!words.length) return text;
  const re = new RegExp("(" + words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|") + ")", "giu");
  return text.split(re).map((part, i) => (i % 2 ? h("mark", {}, part) : part));
}

// ranked numbers hits in the server's order, so that sorting by # brings
// the ranking back.
function ranked(hits) {
  hits.forEach((x, i) => { x.rank = i + 1; });
  return hits;
}

// hitsTable shows statement and article hits as rows: date, kind, the
// text with the query's words marked, speaker and source.
function hitsTable(res, q, all) {
  ranked(res.hits);
  return dataTable({ name: "search", rows: res.hits, total: res.total, all, cls: "hits",
    rowClass: (x) => "hit " + (x.kind === "article" ? "art" : "stmt"), columns: [
    { key: "rank", label: "#", cls: "num" },
    { key: "date", cls: "date" },
    { key: "kind" },
    { key: "text", cls: "text", text: (x) => (x.kind === "article" ? x.title + " — " : "") + (x.text || ""),
      cell: (x) => x.kind === "article"
        ? [h("a", { href: articleHref(x.key), class: "headline" }, marked(x.title, q)), h("div", { class: "snippet" }, marked(x.text || "", q))]
        : h("span", { class: "stmttext" }, marked(x.text, q)) },
    { key: "speaker", text: (x) => x.speaker?.name || "", cell: (x) => (x.speaker ? entityLink(x.speaker) : "") },
    { key: "article", label: "source", cls: "id", text: (x) => x.article?.key || "", cell: (x) => articleLink(x.article, x.article?.key) },
  ] });
}

// emptyState offers what may help when nothing matched: names that start
// like the words typed (spellings from the name table), clearing the date
// range or the filters, the overview.
async function emptyState(args, r) {
  const word = (args.q || args.speaker || args.mentions || args.org || "").trim().split(/\s+/)[0] || "";
  const tips = h("ul", { class: "tips" });
  const box = h("div", { class: "card empty", id: "search-empty" }, h("p", {}, h("strong", {}, "Nothing found"),
    word ? ` for “${Object.values(args).filter((v) => !/^\d{4}-/.test(v)).join(" ")}”` : "", "."), tips);
  if (r.from || r.to) {
    tips.append(h("li", {}, h("a", { href: "#", class: "clearrange", onclick: (ev) => { ev.preventDefault(); setRange({}); } }, "Search all dates"),
      ` — the range is ${describe(r)}.`));
  }
  if (Object.keys(args).some((k) => !["q", "from", "to"].includes(k))) {
    tips.append(h("li", {}, h("a", { href: "#/search?" + new URLSearchParams({ q: args.q || "" }).toString() }, "Search without the filters")));
  }
  for (let n = Math.min(word.length - 1, 5); n >= 3 && word; n--) {
    const names = await api.entities(word.slice(0, n), 6).catch(() => []);
    if (!names.length) continue;
    tips.append(h("li", { class: "spellings" }, "Names that start like it: ",
      names.map((e, i) => [i ? ", " : "", h("a", { href: entityHref(e.key) }, e.title)])));
    break;
  }
  tips.append(h("li", {}, h("a", { href: withRange("#/", r) }, "Back to the overview"), " — the most mentioned entities and the latest articles."));
  return box;
}

function filterInput(name, label, value, placeholder) {
  return h("label", {}, h("span", {}, label), h("input", { name, value: value || "", placeholder }));
}

export async function renderSearch(view, _parts, params) {
  const out = h("div", { id: "search-results" });
  const qInput = h("input", { name: "q", type: "search", id: "search-q", class: "big", value: params.get("q") || "",
    placeholder: "Words, names or aliases — e.g. satellite loan, Україна, org:Veltrix mentions:Kenya", autocomplete: "off" });
  const form = h("form", { class: "searchform" }, qInput,
    h("div", { class: "filters" },
      filterInput("speaker", "said by", params.get("speaker"), "any alias"),
      filterInput("org", "speaker has a role at", params.get("org"), "organisation"),
      filterInput("mentions", "mentions", params.get("mentions"), "entity"),
      h("label", {}, h("span", {}, "kind"), h("select", { name: "kind" },
        ["", "statement", "article", "entity"].map((k) => h("option", { value: k, selected: params.get("kind") === k || null }, k || "all"))))));
  const r = range(params);
  const values = () => ({ ...Object.fromEntries([...new FormData(form)].filter(([, v]) => String(v).trim())), ...r });
  let seq = 0;
  const run = async () => {
    const args = values();
    const hash = "#/search?" + new URLSearchParams(args).toString();
    if (location.hash !== hash) history.replaceState(null, "", hash);
    if (!Object.keys(args).length) return clear(out);
    const my = ++seq;
    try {
      const res = await api.search(args);
      if (my !== seq) return;
      out.dataset.q = args.q || "";
      const all = async () => {
        const whole = await api.search({ ...args, limit: searchCap });
        return { rows: ranked(whole.hits), note: whole.total > whole.hits.length ? `the first ${whole.hits.length} of ${whole.total}` : "all of them" };
      };
      const empty = !res.entities.length && !res.hits.length ? await emptyState(args, r) : null;
      if (my !== seq) return;
      // dom.append skips what is null, where Element.append writes "null".
      append(clear(out), [
        res.entities.length ? h("div", { class: "entityhits" }, res.entities.map((e) =>
          h("a", { href: entityHref(e.key), class: "entityhit" }, typeChip(e.type), " ", h("strong", {}, e.title),
            e.text ? h("span", { class: "aka" }, " " + e.text) : null))) : null,
        empty, h("p", { class: "muted", id: "hit-count" }, `${plural(res.total, "hit")} among statements and articles` +
          (r.from || r.to ? ` ${describe(r)}` : "") + (res.total > res.hits.length ? `, showing ${res.hits.length}` : "")),
        res.hits.length ? h("div", { class: "resultbox" }, hitsTable(res, args.q || "", all)) : null]);
    } catch (err) {
      if (my === seq) clear(out).append(errorBox(err));
    }
  };
  let timer;
  form.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(run, 150); });
  form.addEventListener("submit", (ev) => { ev.preventDefault(); run(); });
  view.append(h("div", { class: "title" }, h("h1", {}, "Search"), dateBar()), h("div", { class: "card" }, form), out);
  view.addEventListener("ng:mounted", () => qInput.focus(), { once: true });
  // A live update runs the search again, leaving the form as it is.
  view.ngRefresh = run;
  if (params.toString()) await run();
}
