// The graph view as a picture, downloaded as a file: PNG from Cytoscape's
// own renderer; SVG written here from the view's nodes and edges (vector
// text and shapes, which a PNG of a large graph blurs). cytoscape-svg would
// do the latter but is GPL-3.0, which the console's bundle does not take.
import { typeOf } from "./graphstyle.js";
import { downloadBlob } from "./dom.js";

export function exportPNG(cy) {
  downloadBlob("newsgraph-graph.png", cy.png({ output: "blob", full: true, scale: 2, bg: "#ffffff" }));
}

export function exportSVG(cy) {
  downloadBlob("newsgraph-graph.svg", new Blob([toSVG(cy)], { type: "image/svg+xml" }));
}

// toSVG draws the visible nodes (shape and colour of their type, label
// below) and edges (straight, with an arrow when directed) at the places
// the layout gave them.
export function toSVG(cy) {
  const shown = cy.elements(":visible");
  const bb = shown.boundingBox({ includeLabels: true });
  const pad = 20;
  const w = Math.ceil(bb.w + 2 * pad), ht = Math.ceil(bb.h + 2 * pad);
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${ht}" viewBox="${num(bb.x1 - pad)} ${num(bb.y1 - pad)} ${w} ${ht}" font-family="Arial, sans-serif">`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#94a3b8"/></marker></defs>`,
    `<rect x="${num(bb.x1 - pad)}" y="${num(bb.y1 - pad)}" width="${w}" height="${ht}" fill="#ffffff"/>`];
  shown.edges().forEach((e) => {
    const s = e.source().position(), t = e.target().position();
    const arrow = e.data("directed") === false ? "" : ` marker-end="url(#arrow)"`;
    out.push(`<line x1="${num(s.x)}" y1="${num(s.y)}" x2="${num(t.x)}" y2="${num(t.y)}" stroke="#cbd5e1" stroke-width="1.5"${arrow}><title>${esc(e.data("label") || "")}</title></line>`);
  });
  shown.nodes().forEach((n) => {
    const p = n.position(), r = n.width() / 2, t = typeOf(n.data("type"));
    const label = String(n.data("label") || "");
    out.push(`<g><title>${esc(label)}</title>${shape(t.shape, p.x, p.y, r, t.colour)}` +
      `<text x="${num(p.x)}" y="${num(p.y + r + 13)}" font-size="11" text-anchor="middle" fill="#1e293b">${esc(clip(label, 24))}</text></g>`);
  });
  out.push("</svg>");
  return out.join("\n");
}

// shape draws a node's shape of radius r at (x, y).
function shape(name, x, y, r, fill) {
  const poly = (pts) => `<polygon points="${pts.map(([a, b]) => num(x + a * r) + "," + num(y + b * r)).join(" ")}" fill="${fill}"/>`;
  switch (name) {
    case "rectangle": case "round-rectangle":
      return `<rect x="${num(x - r)}" y="${num(y - r)}" width="${num(2 * r)}" height="${num(2 * r)}" rx="${name === "rectangle" ? 0 : num(r / 3)}" fill="${fill}"/>`;
    case "diamond": return poly([[0, -1], [1, 0], [0, 1], [-1, 0]]);
    case "hexagon": return poly([[-1, 0], [-0.5, -0.87], [0.5, -0.87], [1, 0], [0.5, 0.87], [-0.5, 0.87]]);
    case "round-triangle": return poly([[0, -1], [1, 1], [-1, 1]]);
    case "round-tag": return poly([[-1, -1], [0.4, -1], [1, 0], [0.4, 1], [-1, 1]]);
    default: return `<circle cx="${num(x)}" cy="${num(y)}" r="${num(r)}" fill="${fill}"/>`;
  }
}

const num = (v) => String(Math.round(v * 10) / 10);
const clip = (s, n) => (s.length > n ? s.slice(0, n - 1) + "…" : s);
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
