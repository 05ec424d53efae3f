// The console: a single-page app with hash routes.
//   #/                      overview
//   #/query?name=N&k=v      a saved query, run      #/query?gizmo=SCRIPT  a Gizmo script, run
//   #/entity/TYPE/SLUG      an entity               #/article/ID          an article
//   #/search?q=…            search
// Every page takes from=YYYY-MM-DD and to=YYYY-MM-DD, a date range (dates.js).
import { clear, h, loading, errorBox } from "./dom.js";
import { renderOverview } from "./pages/overview.js";
import { renderQuery } from "./pages/query.js";
import { renderEntity } from "./pages/entity.js";
import { renderArticle } from "./pages/article.js";
import { renderSearch } from "./pages/search.js";
import { setupQuickfind } from "./quickfind.js";
import { follow } from "./live.js";

const app = document.getElementById("app");

function parseHash() {
  const raw = location.hash.replace(/^#/, "") || "/";
  const [path, query = ""] = raw.split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  return { parts, params: new URLSearchParams(query) };
}

const routes = {
  "": renderOverview,
  query: renderQuery,
  entity: renderEntity,
  article: renderArticle,
  search: renderSearch,
};

let current = 0;

// route draws the page of the URL. quiet (a live update) keeps the page
// shown and the scroll position until the new one is ready.
async function route(quiet = false) {
  const { parts, params } = parseHash();
  const page = parts[0] || "";
  const render = routes[page];
  for (const a of document.querySelectorAll("[data-nav]")) {
    a.classList.toggle("active", a.dataset.nav === (page || "overview"));
  }
  const token = ++current;
  if (quiet !== true) clear(app).append(loading());
  const view = h("div", { class: "page page-" + (page || "overview") });
  try {
    if (!render) throw Object.assign(new Error(`no page “${page}”`), { kind: "not_found" });
    await render(view, parts.slice(1), params);
  } catch (err) {
    view.append(errorBox(err));
  }
  if (token === current) {
    const y = window.scrollY;
    clear(app).append(view);
    document.body.dataset.page = page || "overview";
    if (quiet === true) {
      window.scrollTo(0, y);
      return;
    }
    window.scrollTo(0, 0);
    view.dispatchEvent(new CustomEvent("ng:mounted"));
  }
}

// refresh draws the page again after the store changed. A page with a
// form it keeps (search) refreshes itself through view.ngRefresh; a
// query's results stay (running it again is the user's call); another page
// waits while the user types in it, until they leave the field.
let pending = false;
function refresh() {
  const view = app.querySelector(".page");
  if (view && view.ngRefresh) return view.ngRefresh();
  const el = document.activeElement;
  if (el && app.contains(el) && el.matches("input, textarea, select, [contenteditable]")) {
    if (!pending) el.addEventListener("blur", () => { pending = false; refresh(); }, { once: true });
    pending = true;
    return;
  }
  if ((parseHash().parts[0] || "") === "query") {
    document.getElementById("live").textContent = "live · the store changed: run again";
    return;
  }
  route(true);
}

// hashchange alone: going back or forward between hashes fires both it
// and popstate, and handling both sent every API request twice.
// pushState and replaceState (a query's or a search's own URL) fire
// neither, so the page they keep is not drawn again.
window.addEventListener("hashchange", () => route());
follow(document.getElementById("live"), refresh);
setupQuickfind(document.getElementById("quickfind"), document.getElementById("quickfind-list"));
route();
