// Calls to the JSON API. Errors become ApiError with the server's kind
// (invalid, forbidden, not_found, timeout, too_large, internal) and, for
// Gizmo, the line.

export class ApiError extends Error {
  constructor(status, body) {
    super(body.error || `HTTP ${status}`);
    this.status = status;
    this.kind = body.kind || "internal";
    this.line = body.line;
    this.column = body.column;
  }
}

// The server's write token, in a <meta> tag of the page that only this
// origin can read; sent with every POST (routes that write require it).
const token = document.querySelector('meta[name="newsgraph-token"]')?.content || "";

const post = (body, type = "text/plain") => ({ method: "POST", body, headers: { "Content-Type": type, "X-Newsgraph-Token": token } });

async function call(url, init) {
  let res;
  try {
    res = await fetch(url, init);
  } catch (e) {
    throw new ApiError(0, { error: "the server cannot be reached", kind: "internal" });
  }
  let body = null;
  try {
    body = await res.json();
  } catch (e) {
    body = { error: `HTTP ${res.status}` };
  }
  if (!res.ok) throw new ApiError(res.status, body);
  return body;
}

const q = (params) => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") s.set(k, v);
  const str = s.toString();
  return str ? "?" + str : "";
};

export const api = {
  // r is a date range {from, to} (dates.js), or {} for all dates.
  stats: (r = {}) => call("/api/stats" + q(r)),
  queries: () => call("/api/queries"),
  runQuery: (name, params) => call("/api/queries/" + encodeURIComponent(name) + q(params)),
  gizmo: (script) => call("/api/gizmo", post(script)),
  reindex: () => call("/api/reindex", post("")),
  entities: (prefix, limit = 8) => call("/api/entities" + q({ prefix, limit })),
  entity: (key, limit, r = {}) => call("/api/entity/" + key.split("/").map(encodeURIComponent).join("/") + q({ limit, ...r })),
  // One more page of an entity's list: articles, said or mentioned_in.
  entityList: (key, list, offset, limit, r = {}) =>
    call("/api/entity/" + key.split("/").map(encodeURIComponent).join("/") + q({ list, offset, limit, ...r })),
  article: (id) => call("/api/article/" + encodeURIComponent(id)),
  search: (params) => call("/api/search" + q(params)),
  // The graph view's (server/api_graph.go): limit 0 counts the neighbours.
  graphNeighbors: (id, limit, offset) => call("/api/graph/neighbors" + q({ id, limit, offset })),
  graphPath: (params) => call("/api/graph/path" + q(params)),
  graphNodes: (ids) => call("/api/graph/nodes?" + ids.map((id) => "id=" + encodeURIComponent(id)).join("&")),
  graphEdges: (ids) => call("/api/graph/edges?" + ids.map((id) => "id=" + encodeURIComponent(id)).join("&")),
  // An entity's likely duplicates, and a decision about two (merge, keep-apart, unmerge, undo-keep-apart).
  review: (key) => call("/api/review/" + key.split("/").map(encodeURIComponent).join("/")),
  decide: (action, a, b) => call("/api/review/" + action, post(JSON.stringify({ a, b }), "application/json")),
};
