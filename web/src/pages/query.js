// Query: saved queries with their parameters as a form, or a Gizmo script
// in an editor; the result as a table and as a graph. The query and its
// parameters live in the URL, so a result can be shared.
import { api } from "../api.js";
import { h, clear, section, entityHref, articleHref, errorBox, plural } from "../dom.js";
import { dataTable } from "../table.js";
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

function refLink(r, label) {
  return h("a", { href: r.kind === "article" ? articleHref(r.key) : entityHref(r.key), title: r.name, class: "ent" }, label);
}

// pathStep splits a chain of the path query between its nodes, keeping
// the steps ("—mentions←").
const pathStep = / (—[^ ]+[←→]) /;

function cell(v, refs) {
  if (v === undefined || v === null) return "";
  const s = String(v);
  const r = refs[s];
  if (r) return refLink(r, r.kind === "article" ? s : r.name);
  // A fact (statement or role) opens the explain query: where it came from.
  if (/^(statement|role)\/[\w-]+$/.test(s)) return h("a", { href: "#/query?name=explain&fact=" + encodeURIComponent(s), title: "where it came from: " + s }, s);
  const parts = s.split(pathStep);
  if (parts.length < 3) return s;
  return h("span", { class: "chain" }, parts.map((p, i) => {
    if (i % 2) return h("span", { class: "step" }, " " + p + " ");
    const art = /^article\((.+)\)$/.exec(p);
    const ref = refs[art ? art[1] : p];
    return ref ? refLink(ref, p) : p;
  }));
}

// columnClass picks how a column wraps from its values: dates never
// break, ids ellipsize, long text wraps at spaces.
function columnClass(res, c) {
  const vals = res.rows.slice(0, 50).map((r) => r[c]).filter((v) => v !== undefined && v !== null && v !== "").map(String);
  if (!vals.length) return "";
  if (vals.every((v) => /^-?\d+(\.\d+)?$/.test(v))) return "num";
  if (vals.every((v) => /^\d{4}-\d{2}-\d{2}/.test(v) && v.length <= 25)) return "date";
  if (vals.every((v) => !/\s/.test(v) && (/^[a-z]+\/[\w-]+$/.test(v) || /^[0-9a-f]{12,}$/.test(v) || v.length > 24))) return "id";
  if (vals.some((v) => v.length > 40)) return "text";
  return "";
}

function table(res, all, name) {
  return dataTable({ name, rows: res.rows, all,
    columns: res.columns.map((c) => ({ key: c, cls: columnClass(res, c), cell: (row) => cell(row[c], res.refs),
      shown: (row) => { const v = row[c] ?? ""; const r = res.refs[String(v)]; return r && r.kind === "entity" ? r.name : String(v); } })) });
}

// results shows a query's answer; all fetches the whole of it for the
// downloads.
function results(res, all, name) {
  const graphBox = h("div", { class: "graph big", id: "result-graph" });
  const tableBox = table(res, all, name);
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

async function execute(out, run, editor, all, name) {
  clear(out).append(h("div", { class: "loading" }, "Running…"));
  try {
    const res = await run();
    const whole = all || (async () => ({ rows: res.rows, note: res.truncated ? "cut at the server's row limit" : "all of them" }));
    clear(out).append(results(res, whole, name || "gizmo"));
    remember(location.hash);
  } catch (err) {
    clear(out).append(errorBox(err));
    if (editor && err.line) gotoLine(editor, err.line);
  }
}

// placeholder is a parameter's documentation short enough to show whole
// in its field: its default ("100" for "… (default 100; …)"), or its first
// words.
function placeholder(doc) {
  const def = /\(default ([^;)]+)/.exec(doc);
  if (def) return def[1];
  const words = doc.replace(/\s*\(.*$/, "").split(" ");
  let out = "";
  for (const w of words) {
    if ((out + " " + w).trim().length > 26) return out + "…";
    out = (out + " " + w).trim();
  }
  return out;
}

// paramForm shows a query's parameters; a parameter documented as a date
// gets a date input. The documentation is the field's title and, short
// enough to fit, its placeholder.
function paramForm(q, params, onRun) {
  const form = h("form", { class: "params", onsubmit: (ev) => { ev.preventDefault(); onRun(); } });
  for (const p of q.params) {
    const isDate = /YYYY-MM-DD/.test(p.doc);
    const hint = placeholder(p.doc);
    form.append(h("label", { title: p.doc }, h("span", {}, p.name, p.required ? h("b", { class: "req" }, " *") : ""),
      h("input", { name: p.name, type: isDate ? "date" : "text", value: params.get(p.name) || "", placeholder: hint,
        size: Math.max(6, hint.length + 1), title: p.doc, required: p.required || null })));
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
    // The downloads run the query again without its limit: every row, up
    // to the server's --max-rows (1,000 by default), which the note says.
    const wholeOf = (args) => async () => {
      const { limit, offset, ...rest } = args;
      const res = await api.runQuery(name, q.params.some((p) => p.name === "limit") ? { ...rest, limit: "0" } : rest);
      return { rows: res.rows, note: res.truncated ? "cut at the server's row limit" : "all of them" };
    };
    const start = (args) => execute(out, () => api.runQuery(name, args), null, wholeOf(args), name);
    const run = () => {
      const args = formValues(form);
      setURL("#/query?" + new URLSearchParams({ name, ...args }).toString());
      start(args);
    };
    form = paramForm(q, params, run);
    main.append(section(q.name, h("p", { class: "muted" }, q.description), form), out);
    const ready = q.params.every((p) => !p.required || params.get(p.name));
    const known = new Set(q.params.map((p) => p.name));
    const args = Object.fromEntries([...params].filter(([k, v]) => k !== "name" && known.has(k) && v !== ""));
    if (ready) start(args);
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
