// Graphs drawn with Cytoscape.js: pan, zoom, and click a node to open its
// page. The last graph drawn is window.__ngGraph, for the browser tests.
import cytoscape from "cytoscape";
import { entityHref, articleHref } from "./dom.js";

const colours = {
  person: "#2563eb", country: "#059669", company: "#d97706", organization: "#7c3aed", article: "#64748b",
};

// layoutFor puts a graph's centre node in the middle and the others in
// rings around it; graphs with no centre get a force-directed layout.
function layoutFor(nodes) {
  if (nodes.some((n) => n.center)) {
    return { name: "concentric", animate: false, padding: 30, minNodeSpacing: 40,
      concentric: (n) => (n.data("center") ? 2 : 1), levelWidth: () => 1 };
  }
  return { name: nodes.length > 1 ? "cose" : "grid", animate: false, padding: 30, nodeRepulsion: 12000, idealEdgeLength: 110 };
}

export function drawGraph(container, nodes, edges) {
  const cy = cytoscape({
    container,
    elements: [
      ...nodes.map((n) => ({ data: { id: n.id, label: n.label, type: n.type, center: n.center ? 1 : 0 } })),
      ...edges.map((e, i) => ({ data: { id: "e" + i, source: e.source, target: e.target, label: e.label || "" } })),
    ],
    style: [
      { selector: "node", style: {
        "background-color": (n) => colours[n.data("type")] || "#475569",
        label: "data(label)", color: "#1e293b", "font-size": 11, "text-valign": "bottom", "text-margin-y": 4,
        // Cytoscape accepts double quotes only in a font list; single ones made it warn.
        "font-family": 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        width: (n) => (n.data("center") ? 30 : 18), height: (n) => (n.data("center") ? 30 : 18),
        "border-width": (n) => (n.data("center") ? 3 : 0), "border-color": "#0f172a",
        "text-wrap": "ellipsis", "text-max-width": 140,
      } },
      { selector: "node[type = 'article']", style: { shape: "round-rectangle" } },
      { selector: "edge", style: {
        width: 1.5, "line-color": "#cbd5e1", "curve-style": "bezier", label: "data(label)", "font-size": 9,
        color: "#64748b", "text-rotation": "autorotate", "text-background-color": "#fff",
        "text-background-opacity": 0.8, "text-background-padding": 1,
      } },
      { selector: "node:active, node:selected", style: { "overlay-opacity": 0.15 } },
    ],
    layout: layoutFor(nodes),
    minZoom: 0.2,
    maxZoom: 3,
  });
  cy.on("tap", "node", (ev) => {
    const d = ev.target.data();
    location.hash = d.type === "article" ? articleHref(d.id.replace(/^article:/, "")) : entityHref(d.id);
  });
  cy.on("mouseover", "node", () => (container.style.cursor = "pointer"));
  cy.on("mouseout", "node", () => (container.style.cursor = ""));
  if (cy.zoom() > 1.5) { cy.zoom(1.5); cy.center(); } // a few nodes should not fill the box
  window.__ngGraph = cy;
  return cy;
}
