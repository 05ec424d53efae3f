// The console: a single-page app with hash routes.
//   #/                      overview
//   #/query?name=N&k=v      a saved query, run      #/query?gizmo=SCRIPT  a Gizmo script, run
//   #/entity/TYPE/SLUG      an entity               #/article/ID          an article
//   #/search?q=…            search
import { clear, h, loading, errorBox } from "./dom.js";
import { renderOverview } from "./pages/overview.js";
import { renderQuery } from "./pages/query.js";
import { renderEntity } from "./pages/entity.js";
import { renderArticle } from "./pages/article.js";
import { renderSearch } from "./pages/search.js";
import { setupQuickfind } from "./quickfind.js";

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

async function route() {
  const { parts, params } = parseHash();
  const page = parts[0] || "";
  const render = routes[page];
  for (const a of document.querySelectorAll("[data-nav]")) {
    a.classList.toggle("active", a.dataset.nav === (page || "overview"));
  }
  const token = ++current;
  clear(app).append(loading());
  const view = h("div", { class: "page page-" + (page || "overview") });
  try {
    if (!render) throw Object.assign(new Error(`no page “${page}”`), { kind: "not_found" });
    await render(view, parts.slice(1), params);
  } catch (err) {
    view.append(errorBox(err));
  }
  if (token === current) {
    clear(app).append(view);
    window.scrollTo(0, 0);
    document.body.dataset.page = page || "overview";
    view.dispatchEvent(new CustomEvent("ng:mounted"));
  }
}

window.addEventListener("hashchange", route);
window.addEventListener("popstate", route);
setupQuickfind(document.getElementById("quickfind"), document.getElementById("quickfind-list"));
route();
