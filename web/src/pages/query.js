// Query: saved queries with their parameters as a form, or a Gizmo script
// in an editor; the result as a table and as a graph. The query and its
// parameters live in the URL, so a result can be shared.
import { api } from "../api.js";
import { h, clear, section, entityHref, articleHref, errorBox, plural } from "../dom.js";
import { createEditor, editorText, gotoLine } from "../editor.js";
import { resultGraph } from "../graphresult.js";
import { remember, historyBox } from "../history.js";

const exampleScript = `// Gizmo: Cayley's JavaScript query language. Ctrl-Enter runs.
var mentions = "<http://schema.org/mentions>";
var name = "<http://schema.org/name>";
g.V("<https://newsgraph.dev/id/country/kenya>")
  .In(mentions).Out(mentions).Tag("id")
  .Out(name).Tag("name")
  .All();
`;

function cell(v, refs) {
  if (v === undefined || v === null) return "";
  const s = String(v);
  const r = refs[s];
  if (r) return h("a", { href: r.kind === "article" ? articleHref(r.key) : entityHref(r.key), title: r.name, class: "ent" }, r.kind === "article" ? s : r.name);
  return s;
}

function table(res) {
  return h("div", { class: "tablewrap" }, h("table", { class: "results" },
    h("thead", {}, h("tr", {}, res.columns.map((c) => h("th", {}, c)))),
    h("tbody", {}, res.rows.map((row) => h("tr", {}, res.columns.map((c) => h("td", {}, cell(row[c], res.refs))))))));
}

function results(res) {
  const graphBox = h("div", { class: "graph big", id: "result-graph" });
  const tableBox = table(res);
  const g = resultGraph(res);
  const tabs = h("div", { class: "tabs" });
  const show = (which) => {
    tableBox.hidden = which !== "table";
    graphBox.hidden = which !== "graph";
    for (const b of tabs.children) b.classList.toggle("active", b.dataset.tab === which);
    if (which === "graph" && !graphBox.dataset.drawn) { graphBox.dataset.drawn = "1"; g.draw(graphBox); }
  };
  tabs.append(h("button", { dataset: { tab: "table" }, onclick: () => show("table") }, "Table"),
    h("button", { dataset: { tab: "graph" }, onclick: () => show("graph"), disabled: (g.count ?? res.rows.length) === 0 || null },
      g.count === null ? "Graph" : `Graph (${plural(g.count, "node")})`));
  const box = h("div", { class: "resultbox" },
    h("div", { class: "summary" }, h("span", { id: "row-count" }, plural(res.rows.length, "row")), ` · ${res.ms} ms`,
      res.truncated ? h("span", { class: "warn" }, " · truncated at the row limit") : null, tabs),
    tableBox, graphBox);
  show("table");
  return box;
}

async function execute(out, run, editor) {
  clear(out).append(h("div", { class: "loading" }, "Running…"));
  try {
    const res = await run();
    clear(out).append(results(res));
    remember(location.hash);
  } catch (err) {
    clear(out).append(errorBox(err));
    if (editor && err.line) gotoLine(editor, err.line);
  }
}

function paramForm(q, params, onRun) {
  const form = h("form", { class: "params", onsubmit: (ev) => { ev.preventDefault(); onRun(); } });
  for (const p of q.params) {
    form.append(h("label", {}, h("span", {}, p.name, p.required ? h("b", { class: "req" }, " *") : ""),
      h("input", { name: p.name, value: params.get(p.name) || "", placeholder: p.doc, required: p.required || null })));
  }
  form.append(h("button", { type: "submit", class: "primary" }, "Run"));
  return form;
}

function formValues(form) {
  const out = {};
  for (const el of form.querySelectorAll("input")) if (el.value.trim()) out[el.name] = el.value.trim();
  return out;
}

function setURL(hash) {
  if (location.hash !== hash) history.pushState(null, "", hash);
}

export async function renderQuery(view, _parts, params) {
  const list = await api.queries();
  const name = params.get("name");
  const gizmo = params.get("gizmo");
  const mode = name ? "saved" : "gizmo";
  const out = h("div", { id: "results" });
  const main = h("div", { class: "querymain" });
  const side = h("aside", { class: "card querylist" }, h("h2", {}, "Saved queries"),
    h("ul", {}, list.map((q) => h("li", {}, h("a", { href: "#/query?name=" + encodeURIComponent(q.name), class: q.name === name ? "active" : "", title: q.description }, q.name),
      h("span", { class: "muted small" }, q.description)))),
    h("a", { href: "#/query", class: "gizmolink" + (mode === "gizmo" ? " active" : "") }, "✎ Gizmo script"), historyBox());
  view.append(h("h1", {}, "Query"), h("div", { class: "querylayout" }, side, main));
  if (mode === "saved") {
    const q = list.find((x) => x.name === name);
    if (!q) { main.append(errorBox({ kind: "not_found", message: `no saved query “${name}”` })); return; }
    let form;
    const run = () => {
      const args = formValues(form);
      setURL("#/query?" + new URLSearchParams({ name, ...args }).toString());
      execute(out, () => api.runQuery(name, args));
    };
    form = paramForm(q, params, run);
    main.append(section(q.name, h("p", { class: "muted" }, q.description), form), out);
    const ready = q.params.every((p) => !p.required || params.get(p.name));
    const args = Object.fromEntries([...params].filter(([k]) => k !== "name"));
    if (ready) execute(out, () => api.runQuery(name, args));
    return;
  }
  const editorBox = h("div", { class: "editor", id: "gizmo-editor" });
  let editor;
  const run = () => {
    const script = editorText(editor);
    setURL("#/query?" + new URLSearchParams({ gizmo: script }).toString());
    execute(out, () => api.gizmo(script), editor);
  };
  main.append(section("Gizmo",
    h("p", { class: "muted" }, "Cayley's JavaScript query language: g.V(), .Out(), .In(), .Has(), .Tag(), .All(). Tagged values become columns."),
    editorBox,
    h("div", { class: "actions" }, h("button", { class: "primary", id: "run-gizmo", onclick: run }, "Run"), h("span", { class: "muted" }, "or Ctrl-Enter"))), out);
  editor = createEditor(editorBox, gizmo ?? exampleScript, run);
  if (gizmo) execute(out, () => api.gizmo(gizmo), editor);
}
