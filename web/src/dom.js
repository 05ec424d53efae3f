// Tiny DOM helpers. Every piece of data goes in as a text node or an
// attribute, never as HTML, so an article that contains <script> shows it
// as text.
import { withRange, range, setRange, describe } from "./dates.js";

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") el.className = v;
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "dataset") Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

// entityHref links an entity's page, keeping the current date range.
export const entityHref = (key) => withRange("#/entity/" + key.split("/").map(encodeURIComponent).join("/"));
export const articleHref = (id) => "#/article/" + encodeURIComponent(id);

export function entityLink(ref, cls = "") {
  if (!ref) return h("span", { class: "muted" }, "—");
  return h("a", { href: entityHref(ref.key), class: ("ent " + cls).trim() }, ref.name || ref.key);
}

export function articleLink(ref, label) {
  if (!ref) return h("span", { class: "muted" }, "—");
  return h("a", { href: articleHref(ref.key), class: "src", title: ref.name }, label || ref.name || ref.key);
}

export function typeChip(type) {
  return h("span", { class: "chip type-" + type }, type);
}

export function section(title, ...body) {
  return h("section", { class: "card" }, h("h2", {}, title), ...body);
}

export function loading() {
  return h("div", { class: "loading" }, "Loading…");
}

export function errorBox(err) {
  const kind = err.kind === "timeout" ? "Timed out" : err.kind === "not_found" ? "Not found" : "Error";
  return h("div", { class: "error", role: "alert" },
    h("strong", {}, kind + (err.line ? ` (line ${err.line}${err.column ? ":" + err.column : ""})` : "") + ": "),
    err.message);
}

// dateBar is the date range's form: two dates and a button that clears
// them; a change navigates (the page reads the range from the URL).
export function dateBar(note) {
  const r = range();
  const input = (name, label) => h("label", {}, h("span", {}, label),
    h("input", { type: "date", name, value: r[name] || "", class: "date", onchange: (ev) => {
      const next = { ...range(), [name]: ev.target.value };
      if (!next.from || !next.to || next.from <= next.to) setRange(next);
    } }));
  return h("form", { class: "datebar", onsubmit: (ev) => ev.preventDefault() },
    input("from", "from"), input("to", "to"),
    r.from || r.to ? h("button", { type: "button", class: "clear", onclick: () => setRange({}) }, "All dates") : null,
    h("span", { class: "muted small" }, r.from || r.to ? `Showing ${describe(r)}` + (note ? ` · ${note}` : "") : "All dates"));
}

// statementItem renders a statement with its date, speaker and source.
export function statementItem(s, opts = {}) {
  return h("li", { class: "stmt" },
    h("blockquote", { class: s.kind }, s.text),
    h("div", { class: "meta" },
      h("time", {}, s.date || "undated"),
      opts.hideSpeaker ? null : [" · ", entityLink(s.speaker)],
      " · ", s.kind === "reported" ? "reported" : "quote",
      " · ", articleLink(s.article, "source")));
}

export function plural(n, word) {
  return `${n.toLocaleString()} ${word}${n === 1 ? "" : "s"}`;
}

// downloadBlob hands blob to the browser as a file called name.
export function downloadBlob(name, blob) {
  const a = h("a", { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}
