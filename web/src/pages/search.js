// Search: entities by any name as you type, statements and articles by
// their words (ranked), narrowed by graph filters.
import { api } from "../api.js";
import { h, clear, entityHref, typeChip, entityLink, articleLink, articleHref, errorBox, plural } from "../dom.js";

// marked shows text with the query's words marked, as text nodes only.
function marked(text, q) {
  const words = q.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !w.includes(":"));
  if (!words.length) return text;
  const re = new RegExp("(" + words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|") + ")", "giu");
  return text.split(re).map((part, i) => (i % 2 ? h("mark", {}, part) : part));
}

function hit(x, q) {
  if (x.kind === "statement") {
    return h("li", { class: "hit stmt" }, h("span", { class: "kind" }, "statement"),
      h("blockquote", {}, marked(x.text, q)),
      h("div", { class: "meta" }, h("time", {}, x.date), " · ", entityLink(x.speaker), " · ", articleLink(x.article, "source")));
  }
  return h("li", { class: "hit art" }, h("span", { class: "kind" }, "article"),
    h("a", { href: articleHref(x.key), class: "headline" }, marked(x.title, q)),
    h("p", { class: "snippet" }, marked(x.text, q)), h("div", { class: "meta" }, h("time", {}, x.date)));
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
  const values = () => Object.fromEntries([...new FormData(form)].filter(([, v]) => String(v).trim()));
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
      clear(out).append(
        res.entities.length ? h("div", { class: "entityhits" }, res.entities.map((e) =>
          h("a", { href: entityHref(e.key), class: "entityhit" }, typeChip(e.type), " ", h("strong", {}, e.title),
            e.text ? h("span", { class: "aka" }, " " + e.text) : null))) : null,
        h("p", { class: "muted", id: "hit-count" }, `${plural(res.total, "hit")} among statements and articles` + (res.total > res.hits.length ? `, showing ${res.hits.length}` : "")),
        h("ul", { class: "hits" }, res.hits.map((x) => hit(x, args.q || ""))));
    } catch (err) {
      if (my === seq) clear(out).append(errorBox(err));
    }
  };
  let timer;
  form.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(run, 150); });
  form.addEventListener("submit", (ev) => { ev.preventDefault(); run(); });
  view.append(h("h1", {}, "Search"), h("div", { class: "card" }, form), out);
  view.addEventListener("ng:mounted", () => qInput.focus(), { once: true });
  // A live update runs the search again, leaving the form as it is.
  view.ngRefresh = run;
  if (params.toString()) await run();
}
