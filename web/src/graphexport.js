// The graph view as a picture: PNG from Cytoscape's own renderer, SVG from
// cytoscape-svg (vector text and shapes, which a PNG of a large graph
// blurs), each downloaded as a file.
import cytoscape from "cytoscape";
import svg from "cytoscape-svg";

cytoscape.use(svg);

export function exportPNG(cy) {
  download("newsgraph-graph.png", cy.png({ output: "blob", full: true, scale: 2, bg: "#ffffff" }));
}

export function exportSVG(cy) {
  download("newsgraph-graph.svg", new Blob([cy.svg({ full: true, bg: "#ffffff" })], { type: "image/svg+xml" }));
}

function download(name, blob) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}
