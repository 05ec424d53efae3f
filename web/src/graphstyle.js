// How the graph view draws each type of node: colour, shape and legend
// name, and Cytoscape's stylesheet built from them.

// types lists the node types in legend order. Colours match the console's
// type chips (style.css --person…); shapes tell types apart in print too.
export const types = [
  { type: "person", name: "person", colour: "#2563eb", shape: "ellipse" },
  { type: "country", name: "country", colour: "#059669", shape: "hexagon" },
  { type: "company", name: "company", colour: "#d97706", shape: "round-rectangle" },
  { type: "organization", name: "organisation", colour: "#7c3aed", shape: "diamond" },
  { type: "role", name: "role", colour: "#db2777", shape: "round-tag" },
  { type: "statement", name: "statement", colour: "#0891b2", shape: "round-triangle" },
  { type: "article", name: "article", colour: "#64748b", shape: "rectangle" },
];

const byType = Object.fromEntries(types.map((t) => [t.type, t]));
const other = { type: "other", name: "other", colour: "#94a3b8", shape: "ellipse" };

export const typeOf = (type) => byType[type] || other;

// Cytoscape accepts only letters, digits, spaces, '-' and '"' in a
// font-family (its regex warns on the quotes of 'Segoe UI').
const font = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';

// labelWidth is where a node's label is cut with an ellipsis: two lines of
// 11 px text, so that neighbours laid out ~100 px apart do not overlap.
const labelWidth = 110;

export const stylesheet = [
  { selector: "node", style: {
    "background-color": (n) => typeOf(n.data("type")).colour,
    shape: (n) => typeOf(n.data("type")).shape,
    label: "data(label)", color: "#1e293b", "font-size": 11, "font-family": font,
    "text-valign": "bottom", "text-margin-y": 4, "text-wrap": "ellipsis", "text-max-width": labelWidth,
    "text-background-color": "#fbfcfe", "text-background-opacity": 0.85, "text-background-padding": 1,
    "min-zoomed-font-size": 7,
    width: 20, height: 20, "border-width": 0, "border-color": "#0f172a",
  } },
  { selector: "node[?center]", style: { width: 30, height: 30, "border-width": 3, "font-weight": 600 } },
  { selector: "node.expanded", style: { "border-width": 2, "border-style": "double", "border-color": "#334155" } },
  { selector: "node:selected", style: { "border-width": 3, "border-color": "#f59e0b", "overlay-opacity": 0 } },
  { selector: "edge", style: {
    width: 1.5, "line-color": "#cbd5e1", "curve-style": "bezier", "target-arrow-shape": "triangle",
    "target-arrow-color": "#cbd5e1", "arrow-scale": 0.7,
    label: "", "font-size": 9, "font-family": font, color: "#64748b", "text-rotation": "autorotate",
    "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-padding": 1,
  } },
  { selector: "edge[!directed]", style: { "target-arrow-shape": "none" } },
  // Edge labels only where they can be read: a small graph, or the edges
  // of the selected node.
  { selector: "edge.labelled, edge.near", style: { label: "data(label)" } },
  { selector: "edge.near", style: { "line-color": "#94a3b8", "target-arrow-color": "#94a3b8", width: 2 } },
  { selector: ".filtered", style: { display: "none" } },
];
