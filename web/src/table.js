// One table for every list of rows in the console: sortable columns (by
// number or date when every value of a column is one), a filter box, and
// CSV and JSON downloads of the whole result, which the caller fetches
// (all pages of a list, or the server's cap) when asked. The table sits in
// the page's own scroll: no box of its own scrolls up and down.
import { h, clear, downloadBlob } from "./dom.js";

const number = /^-?\d+(\.\d+)?$/;
const date = /^\d{4}-\d{2}(-\d{2})?/;
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

// dataTable returns the table's element. spec:
//   columns  [{key, label, cell(row) → Node|string, text(row) → string, cls}]
//            text is what the downloads hold (default row[key]), shown(row) what
//            sorting and filtering use when the cell shows another text (a name
//            for a key);
//            cls: "date" (no wrap), "id" (ellipsized, full value in its title),
//            "num", "text" (wide, wraps at spaces)
//   rows     the rows shown
//   total    how many rows the whole result has, if more than shown
//   more     async (offset) → rows: the next page, for a "Show more" button
//   all      async () → {rows, note}: the whole result for the downloads
//   name     the downloads' file name
//   rowClass (row) → the class of the row's <tr>
//   cls      the class of the table's box
//   tools    false for a short list: no filter box and no downloads
export function dataTable(spec) {
  const cols = spec.columns.map((c) => {
    const col = { text: (r) => str(r[c.key]), cell: (r) => (c.text ? c.text(r) : str(r[c.key])), ...c };
    return { shown: col.text, ...col };
  });
  let rows = spec.rows.slice();
  let total = spec.total ?? rows.length;
  let sort = null; // {i, dir}
  const tbody = h("tbody");
  const count = h("span", { class: "count rowcount" });
  const filter = h("input", { type: "search", class: "filter", placeholder: "Filter rows", "aria-label": "Filter rows" });
  const heads = cols.map((c, i) => h("th", { class: c.cls, scope: "col", "aria-sort": "none" },
    h("button", { type: "button", class: "sort", onclick: () => sortBy(i) }, c.label ?? c.key)));
  const note = h("span", { class: "muted small dlnote" });
  const tools = h("div", { class: "tabletools" }, filter, count,
    h("span", { class: "spacer" }),
    h("button", { type: "button", class: "dl", "data-format": "csv", onclick: () => download("csv") }, "CSV"),
    h("button", { type: "button", class: "dl", "data-format": "json", onclick: () => download("json") }, "JSON"), note);
  const more = h("button", { type: "button", class: "more" }, "Show more");
  const foot = h("p", { class: "pager" }, more);

  function draw() {
    const words = filter.value.trim().toLowerCase();
    const match = (c, r) => c.shown(r).toLowerCase().includes(words) || c.text(r).toLowerCase().includes(words);
    const shown = words ? rows.filter((r) => cols.some((c) => match(c, r))) : rows;
    clear(tbody).append(...shown.map((r) => h("tr", { class: spec.rowClass?.(r) }, cols.map((c) => {
      const v = c.cell(r);
      const t = c.cls === "id" ? c.text(r) : null;
      return h("td", { class: c.cls, title: t }, v);
    }))));
    const of = total > rows.length ? ` of ${total.toLocaleString()}` : "";
    count.textContent = (words ? `${shown.length} matching, ` : "") + `${rows.length.toLocaleString()}${of} row${rows.length === 1 && !of ? "" : "s"}`;
    foot.hidden = !spec.more || rows.length >= total;
  }

  function sortBy(i) {
    sort = sort && sort.i === i ? { i, dir: -sort.dir } : { i, dir: 1 };
    rows.sort(compareBy(cols[i], rows, sort.dir));
    heads.forEach((th, j) => th.setAttribute("aria-sort", j !== i ? "none" : sort.dir > 0 ? "ascending" : "descending"));
    draw();
  }

  more.addEventListener("click", async () => {
    more.disabled = true;
    try {
      const next = await spec.more(rows.length);
      rows.push(...next.rows);
      total = next.total;
      if (!next.rows.length) total = rows.length; // the list shrank since it was shown
      if (sort) { sort.dir = -sort.dir; sortBy(sort.i); } else draw();
    } finally {
      more.disabled = false;
    }
  });

  async function download(format) {
    note.textContent = "fetching…";
    try {
      const whole = spec.all ? await spec.all() : { rows };
      save(format, cols, whole.rows, spec.name || "rows");
      note.textContent = `${whole.rows.length.toLocaleString()} rows` + (whole.note ? ` (${whole.note})` : "");
    } catch (err) {
      note.textContent = "download failed: " + err.message;
    }
  }

  filter.addEventListener("input", draw);
  draw();
  return h("div", { class: ("datatable " + (spec.cls || "")).trim() }, spec.tools === false ? null : tools,
    h("div", { class: "tablescroll" }, h("table", { class: "results" }, h("thead", {}, h("tr", {}, heads)), tbody)), foot);
}

// compareBy orders rows by column c in direction dir (1 or -1): as
// numbers when every value of the column is one, as dates when every
// value starts with one, else as text (numbers within it by value); empty
// cells last either way.
function compareBy(c, rows, dir) {
  const values = rows.map((r) => c.shown(r)).filter((v) => v !== "");
  const numeric = values.length > 0 && values.every((v) => number.test(v));
  const dated = !numeric && values.length > 0 && values.every((v) => date.test(v));
  return (a, b) => {
    const x = c.shown(a), y = c.shown(b);
    if (x === "" || y === "") return x === y ? 0 : x === "" ? 1 : -1;
    const d = numeric ? Number(x) - Number(y) : dated ? (x < y ? -1 : x > y ? 1 : 0) : collator.compare(x, y);
    return d * dir;
  };
}

// save hands rows to the browser as a file: CSV or JSON.
function save(format, cols, rows, name) {
  const body = format === "csv" ? toCSV(cols, rows) : JSON.stringify(rows.map((r) => toObject(cols, r)), null, 2);
  downloadBlob(`${name}.${format}`, new Blob([body], { type: format === "csv" ? "text/csv;charset=utf-8" : "application/json" }));
}

function str(v) {
  if (v === undefined || v === null) return "";
  if (typeof v === "object") return v.name ?? v.key ?? JSON.stringify(v);
  return String(v);
}

function toObject(cols, r) {
  return Object.fromEntries(cols.map((c) => [c.key, c.text(r)]));
}

// toCSV writes RFC 4180 CSV: every field quoted when it holds a comma, a
// quote or a line break; a field starting with = + - @ is prefixed with '
// so that a spreadsheet shows it rather than running it.
export function toCSV(cols, rows) {
  const field = (v) => {
    let s = String(v);
    if (/^[=+\-@\t\r]/.test(s) && !number.test(s)) s = "'" + s;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [cols.map((c) => field(c.key)).join(",")];
  for (const r of rows) lines.push(cols.map((c) => field(c.text(r))).join(","));
  return lines.join("\r\n") + "\r\n";
}

// fetchAll reads every page of a paged list, page by page, up to cap rows:
// page(offset) → {rows, total}.
export async function fetchAll(page, cap) {
  const out = [];
  let total = Infinity;
  while (out.length < Math.min(total, cap)) {
    const p = await page(out.length);
    if (!p.rows.length) break;
    out.push(...p.rows);
    total = p.total;
  }
  const cut = out.length > cap || total > cap;
  return { rows: out.slice(0, cap), note: cut ? `the first ${cap.toLocaleString()} of ${total.toLocaleString()}` : "all of them" };
}
