// The Query page's history: the last queries run in this browser, newest
// first, kept in localStorage; a click runs one again.
import { h, clear, append } from "./dom.js";

const storageKey = "newsgraph.queryHistory";
export const maxHistory = 20;

function load() {
  try {
    const list = JSON.parse(localStorage.getItem(storageKey) || "[]");
    return Array.isArray(list) ? list.filter((e) => typeof e?.hash === "string" && e.hash.startsWith("#/query?")) : [];
  } catch {
    return []; // storage off, or not ours
  }
}

function save(list) {
  try {
    localStorage.setItem(storageKey, JSON.stringify(list));
  } catch {
    // storage full or off: the history is a convenience
  }
}

// remember records a query run, by its URL (#/query?…), and shows it.
export function remember(hash) {
  if (!hash.startsWith("#/query?")) return;
  save([{ hash, at: new Date().toISOString() }, ...load().filter((e) => e.hash !== hash)].slice(0, maxHistory));
  for (const ul of document.querySelectorAll("ul.history")) fill(ul);
}

// label names a query of the history: a saved query with its parameters,
// or a Gizmo script's first line that is not a comment.
function label(hash) {
  const params = new URLSearchParams(hash.slice("#/query?".length));
  const gizmo = params.get("gizmo");
  if (gizmo !== null) {
    const line = gizmo.split("\n").map((l) => l.trim()).find((l) => l && !l.startsWith("//")) || "";
    return "Gizmo: " + (line.length > 60 ? line.slice(0, 59) + "…" : line);
  }
  params.delete("name");
  const args = [...params].map(([k, v]) => `${k}=${v}`).join(" ");
  return new URLSearchParams(hash.slice("#/query?".length)).get("name") + (args ? " " + args : "");
}

// shortList is how many queries the list shows until "all" is asked for:
// twenty would push the saved queries' page far down on a narrow screen.
const shortList = 5;

function fill(ul) {
  const list = load();
  const all = ul.dataset.all === "1";
  append(clear(ul), [list.length ? list.slice(0, all ? maxHistory : shortList).map((e) => h("li", {},
    h("a", { href: e.hash, title: "Run again (" + String(e.at).slice(0, 16).replace("T", " ") + ")",
      // The same URL again makes no hashchange: run it anyway.
      onclick: () => { if (location.hash === e.hash) window.dispatchEvent(new HashChangeEvent("hashchange")); } }, label(e.hash))))
    : h("li", { class: "muted small" }, "Queries you run show here."),
  list.length > shortList ? h("li", {}, h("button", { type: "button", class: "history-more",
    onclick: () => { ul.dataset.all = all ? "" : "1"; fill(ul); } }, all ? "Show fewer" : `Show all ${list.length}`)) : null]);
}

// historyBox is the history's list with a button that clears it.
export function historyBox() {
  const ul = h("ul", { class: "history" });
  fill(ul);
  return h("div", { class: "historybox" }, h("h2", {}, "History"), ul,
    h("button", { type: "button", class: "history-clear", onclick: () => { save([]); fill(ul); } }, "Clear history"));
}
