// Calls to the JSON API. Errors become ApiError with the server's kind
// (invalid, not_found, timeout, internal) and, for Gizmo, the line.

export class ApiError extends Error {
  constructor(status, body) {
    super(body.error || `HTTP ${status}`);
    this.status = status;
    this.kind = body.kind || "internal";
    this.line = body.line;
    this.column = body.column;
  }
}

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
  stats: () => call("/api/stats"),
  queries: () => call("/api/queries"),
  runQuery: (name, params) => call("/api/queries/" + encodeURIComponent(name) + q(params)),
  gizmo: (script) => call("/api/gizmo", { method: "POST", body: script, headers: { "Content-Type": "text/plain" } }),
  entities: (prefix, limit = 8) => call("/api/entities" + q({ prefix, limit })),
  entity: (key) => call("/api/entity/" + key.split("/").map(encodeURIComponent).join("/")),
  article: (id) => call("/api/article/" + encodeURIComponent(id)),
  search: (params) => call("/api/search" + q(params)),
};
