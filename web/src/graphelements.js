// The graph view's elements, from what the pages and the API give: nodes
// {id, label, type, center} and edges {source, target, predicate or label,
// dates}. A node's id is its store key ("person/ada-okafor",
// "article/…"), so that any node can be expanded and opened.
import { entityHref, articleHref } from "./dom.js";

export function nodeElement(n) {
  return { group: "nodes", data: { id: n.id, label: n.label || n.id, type: n.type || "", center: n.center ? 1 : 0 } };
}

// edgeElement keys an edge by its ends and predicate, so an expand that
// finds an edge the view has adds it once. Edges of the API point from
// subject to object (directed); the others have no direction: an entity
// page's co-mentions (labelled "×3", filtered as "mentioned with") and
// roles (labelled with the title), a result's links (with the column).
export function edgeElement(e) {
  const predicate = e.predicate || (/^×\d+$/.test(e.label || "") ? "mentioned with" : e.label || "");
  return { group: "edges", data: {
    id: `${e.source}\u2192${predicate}\u2192${e.target}`, source: e.source, target: e.target,
    label: e.label || predicate, predicate, dates: e.dates || [], directed: e.predicate ? 1 : 0,
  } };
}

// elements turns nodes and edges into Cytoscape's elements, each id once
// (Cytoscape refuses a graph with two).
export function elements(nodes, edges) {
  const ids = new Set();
  const once = (el) => !ids.has(el.data.id) && ids.add(el.data.id);
  const els = nodes.map(nodeElement).filter(once);
  return els.concat(edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map(edgeElement).filter(once));
}

// pageOf is the console's page of a node: an entity's or an article's;
// roles and statements have none.
export function pageOf(node) {
  const { id, type } = node.data();
  if (type === "article") return articleHref(id.replace(/^article\//, ""));
  if (["person", "country", "company", "organization"].includes(type)) return entityHref(id);
  return null;
}
