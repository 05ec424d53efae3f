// What a query's result draws in the graph view: the entities and articles
// its cells name (refs from the server), the nodes whose keys or IRIs its
// cells hold (a Gizmo script's .All() of nodes), linked row by row; a path
// result is drawn from GET /api/graph/path with every middle node.
import { api } from "./api.js";
import { h, clear, errorBox } from "./dom.js";
import { drawGraph } from "./graphview.js";

// maxNodes bounds what a result draws; the rest can be reached by Expand.
const maxNodes = 250;
const idBase = "https://newsgraph.dev/id/";
const keyPattern = /^(person|country|company|organization|article|role|statement)\/[^\s<>"]+$/u;

// cellKey is the node key a cell holds ("person/ada-okafor", or the full
// IRI with or without <>), or "".
function cellKey(v) {
  if (typeof v !== "string") return "";
  const k = v.replace(/^<(.*)>$/s, "$1").replace(idBase, "");
  return keyPattern.test(k) ? k : "";
}

// graphOf links the nodes each row names: to the entities the parameters
// named when there are any, else to the row's first one. keys lists the
// nodes known only by key, which the server names.
export function graphOf(res) {
  const nodes = new Map();
  const edges = new Map();
  const node = (id, label, type) => {
    if (!nodes.has(id) && nodes.size < maxNodes) nodes.set(id, { id, label, type });
    return nodes.has(id) ? id : null;
  };
  const fromRef = (r) => (r.kind === "article" ? node("article/" + r.key, r.name, "article") : node(r.key, r.name, r.type));
  const anchors = (res.anchors || []).map((k) => res.refs[k] || { kind: "entity", key: k, name: k, type: k.split("/")[0] });
  for (const a of anchors) fromRef(a);
  const keys = new Set();
  for (const row of res.rows) {
    const found = [];
    for (const c of res.columns) {
      const r = res.refs[String(row[c])];
      const key = r ? "" : cellKey(row[c]);
      if (key) keys.add(key);
      const id = r ? fromRef(r) : key ? node(key, key, key.split("/")[0]) : null;
      if (id && !found.some((f) => f[1] === id)) found.push([c, id]);
    }
    const hubs = anchors.length ? anchors.map((a) => a.key) : found.slice(0, 1).map((f) => f[1]);
    for (const hub of hubs) for (const [col, id] of found) {
      if (id && hub && id !== hub && !edges.has(hub + ">" + id)) edges.set(hub + ">" + id, { source: hub, target: id, label: col });
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], keys: [...keys].filter((k) => nodes.has(k)) };
}

// resultGraph says what a result draws: count, its nodes (null when only
// the server knows, for a path), and draw(box), which draws it there.
export function resultGraph(res) {
  const p = res.params || {};
  if (res.query === "path" && p.from && p.to) {
    return { count: null, draw: (box) => drawLoaded(box, () => api.graphPath({ from: p.from, to: p.to, hops: p.hops })) };
  }
  const g = graphOf(res);
  return { count: g.nodes.length, draw: (box) => drawLoaded(box, async () => {
    const [named, links] = await Promise.all([
      g.keys.length ? api.graphNodes(g.keys) : { nodes: [] },
      // How the nodes link in the store (a statement to its article, a role
      // to its holder), besides the row they share.
      api.graphEdges(g.nodes.map((n) => n.id)).catch(() => ({ edges: [] })),
    ]);
    const labels = new Map(named.nodes.map((n) => [n.id, n.label]));
    for (const n of g.nodes) if (labels.has(n.id)) n.label = labels.get(n.id);
    // A row's link between two nodes the store links directly goes: the
    // store's edge says more (holder, roleIn) than the column's name.
    const linked = new Set(links.edges.flatMap((e) => [e.source + ">" + e.target, e.target + ">" + e.source]));
    return { nodes: g.nodes, edges: [...g.edges.filter((e) => !linked.has(e.source + ">" + e.target)), ...links.edges] };
  }) };
}

async function drawLoaded(box, load) {
  clear(box).append(h("div", { class: "loading" }, "Drawing…"));
  try {
    const g = await load();
    return drawGraph(box, g.nodes, g.edges);
  } catch (err) {
    clear(box).append(errorBox(err));
  }
}
