// The graph view, in the style of Neo4j Bloom and Gephi: a force-directed
// layout (fcose), nodes coloured and shaped by type with a legend that
// filters, click to select a node and see how many neighbours it has,
// Expand to add them in place a page at a time, Undo and Collapse, double
// click or Open for its page, filters by predicate and date, PNG and SVG
// export. The last view drawn is window.__ngGraph (its Cytoscape core),
// for the browser tests.
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import { h, clear, append, plural } from "./dom.js";
import { types, typeOf, stylesheet } from "./graphstyle.js";
import { elements, pageOf } from "./graphelements.js";
import { Expansions, canExpand, pageSize } from "./graphexpand.js";
import { applyFilters, predicates } from "./graphfilter.js";
import { exportPNG, exportSVG } from "./graphexport.js";

// fcose rather than Cytoscape's cose: on the entity pages' 13–25 nodes it
// spreads them without the overlaps cose left, and it lays out an expand
// incrementally (randomize: false), keeping the nodes already placed.
cytoscape.use(fcose);

// layout lays the graph out; fresh for a new graph, else incrementally.
// Labels count in a node's size, so that neighbours' labels do not collide.
// A new graph starts from a circle rather than fcose's random places, so
// that the same graph is drawn the same way each time it is shown.
function layout(cy, fresh) {
  if (fresh) cy.layout({ name: "circle", animate: false, fit: false }).run();
  cy.layout({ name: "fcose", quality: "default", randomize: false, animate: false, fit: false,
    nodeDimensionsIncludeLabels: true, idealEdgeLength: 90, nodeRepulsion: 9000, nodeSeparation: 80,
    packComponents: true }).run();
  fit(cy);
}

// fit shows the whole graph, at most a little enlarged: a few nodes should
// not fill the box.
function fit(cy) {
  cy.fit(undefined, 30);
  if (cy.zoom() > 1.4) { cy.zoom(1.4); cy.center(); }
}

// drawGraph draws nodes and edges (graphelements.js) in container, with the
// view's toolbar, legend and selection panel, and returns the view.
export function drawGraph(container, nodes, edges) {
  const view = new GraphView(container, nodes, edges);
  window.__ngGraph = view.cy;
  window.__ngGraphView = view;
  return view;
}

const button = (cls, text, title, onclick) => h("button", { type: "button", class: cls, title, onclick }, text);

class GraphView {
  constructor(container, nodes, edges) {
    this.container = container;
    this.filters = { hidden: new Set(), predicate: "", from: "", to: "" };
    this.canvas = h("div", { class: "gv-canvas" });
    this.info = h("div", { class: "gv-info", hidden: true });
    this.legend = h("div", { class: "gv-legend", role: "group", "aria-label": "Node types: click to hide or show" });
    container.classList.add("gv");
    clear(container).append(this.toolbar(), h("div", { class: "gv-stage" }, this.canvas, this.legend, this.info));
    const cy = cytoscape({ container: this.canvas, elements: elements(nodes, edges), style: stylesheet, minZoom: 0.15, maxZoom: 3 });
    this.cy = cy;
    this.expansions = new Expansions(cy);
    layout(cy, true);
    cy.on("select unselect", "node", (ev) => {
      cy.edges().removeClass("near");
      cy.nodes(":selected").connectedEdges().addClass("near");
      if (ev.type === "select" || cy.nodes(":selected").empty()) this.refresh();
    });
    cy.on("dbltap", "node", (ev) => open(ev.target));
    cy.on("mouseover", "node", (ev) => { this.canvas.style.cursor = "pointer"; this.canvas.title = ev.target.data("label"); });
    cy.on("mouseout", "node", () => { this.canvas.style.cursor = ""; this.canvas.title = ""; });
    this.onKey = (ev) => { if (ev.key === "Escape") this.enlarge(false); };
    this.refresh();
  }

  toolbar() {
    this.status = h("span", { class: "gv-status" });
    this.predicate = h("select", { class: "gv-predicate", title: "Show only the edges of one predicate",
      onchange: () => { this.filters.predicate = this.predicate.value; this.refresh(); } });
    const date = (key, title) => h("input", { type: "date", class: "gv-" + key, title,
      onchange: (ev) => { this.filters[key] = ev.target.value; this.refresh(); } });
    this.undo = button("gv-undo", "Undo", "Remove the nodes the last expand added", () => { this.expansions.undo(); this.changed(); });
    this.sizeButton = button("gv-full-toggle", "Enlarge", "Show the graph over the whole window (Esc returns)",
      () => this.enlarge(!this.container.classList.contains("gv-full")));
    return h("div", { class: "gv-toolbar" },
      button("gv-fit", "Fit", "Show the whole graph", () => fit(this.cy)), this.undo,
      h("label", {}, "predicate ", this.predicate),
      h("label", {}, "from ", date("from", "Edges stated by articles from this date")),
      h("label", {}, "to ", date("to", "Edges stated by articles up to this date")),
      h("span", { class: "gv-spacer" }), this.status, this.sizeButton,
      button("gv-png", "PNG", "Download the view as a PNG image", () => exportPNG(this.cy)),
      button("gv-svg", "SVG", "Download the view as an SVG drawing", () => exportSVG(this.cy)));
  }

  // refresh brings the toolbar, legend, labels and filters up to date.
  refresh() {
    const { cy, filters } = this;
    cy.edges().toggleClass("labelled", cy.edges().length <= 15);
    const preds = predicates(cy);
    if (filters.predicate && !preds.includes(filters.predicate)) filters.predicate = "";
    append(clear(this.predicate), [h("option", { value: "" }, "all"),
      preds.map((p) => h("option", { value: p, selected: p === filters.predicate || null }, p))]);
    drawLegend(this.legend, cy, filters, () => this.refresh());
    const shown = applyFilters(cy, filters);
    this.status.textContent = `${plural(shown, "node")}${shown < cy.nodes().length ? ` of ${cy.nodes().length}` : ""} · ${plural(cy.edges().not(".filtered").length, "edge")}`;
    this.undo.disabled = this.expansions.stack.length === 0;
    showInfo(this, this.info, cy.nodes(":selected").first());
  }

  // changed lays the graph out again after nodes came or went.
  changed() {
    layout(this.cy, false);
    this.refresh();
  }

  // enlarge shows the view over the whole window, or back in its place.
  enlarge(on) {
    this.container.classList.toggle("gv-full", on);
    if (on) document.addEventListener("keydown", this.onKey);
    else document.removeEventListener("keydown", this.onKey);
    this.sizeButton.textContent = on ? "Shrink" : "Enlarge";
    this.cy.resize();
    fit(this.cy);
  }
}

function open(node) {
  const href = pageOf(node);
  if (href) location.hash = href;
}

// drawLegend shows each type in the graph with its colour, shape and count;
// clicking one hides or shows its nodes.
function drawLegend(legend, cy, filters, refresh) {
  const counts = new Map();
  for (const n of cy.nodes()) counts.set(typeOf(n.data("type")).type, (counts.get(typeOf(n.data("type")).type) || 0) + 1);
  append(clear(legend), types.concat(typeOf("")).filter((t) => counts.has(t.type)).map((t) =>
    h("button", { type: "button", class: "gv-type" + (filters.hidden.has(t.type) ? " off" : ""), "data-type": t.type,
      "aria-pressed": filters.hidden.has(t.type) ? "false" : "true", title: `Hide or show the ${t.name} nodes`,
      onclick: () => { filters.hidden.has(t.type) ? filters.hidden.delete(t.type) : filters.hidden.add(t.type); refresh(); } },
    swatch(t), ` ${t.name} `, h("span", { class: "count" }, counts.get(t.type)))));
}

// swatch draws a type's shape in its colour, as the graph does.
function swatch(t) {
  const ns = "http://www.w3.org/2000/svg";
  const el = document.createElementNS(ns, "svg");
  el.setAttribute("viewBox", "0 0 12 12");
  el.setAttribute("class", "gv-swatch");
  const points = { hexagon: "3,1 9,1 12,6 9,11 3,11 0,6", diamond: "6,0 12,6 6,12 0,6", "round-triangle": "6,1 11.5,11 0.5,11",
    "round-tag": "0,1 8,1 12,6 8,11 0,11" }[t.shape];
  const shape = document.createElementNS(ns, points ? "polygon" : t.shape === "ellipse" ? "circle" : "rect");
  const attrs = points ? { points } : t.shape === "ellipse" ? { cx: 6, cy: 6, r: 5.5 } : { x: 0.5, y: 1.5, width: 11, height: 9, rx: t.shape === "rectangle" ? 0 : 2.5 };
  for (const [k, v] of Object.entries({ ...attrs, fill: t.colour })) shape.setAttribute(k, String(v));
  el.append(shape);
  return el;
}

// showInfo fills the selection panel: the node's full label and type, its
// neighbours (the server counts them), Expand, Collapse and Open.
function showInfo(view, info, node) {
  if (!node || node.empty()) { info.hidden = true; return; }
  const id = node.id();
  if (info.dataset.id === id && !info.hidden && info.dataset.shown === String(view.expansions.shown(id))) return;
  info.dataset.id = id;
  info.dataset.shown = String(view.expansions.shown(id));
  const count = h("span", { class: "gv-count" }, canExpand(node) ? "counting neighbours…" : "");
  const expand = h("button", { type: "button", class: "gv-expand primary", disabled: true }, "Expand");
  const collapse = h("button", { type: "button", class: "gv-collapse", hidden: !view.expansions.has(id) || null,
    onclick: () => { view.expansions.collapse(id); view.changed(); } }, "Collapse");
  const href = pageOf(node);
  const t = typeOf(node.data("type"));
  clear(info).append(h("div", { class: "gv-title" }, swatch(t), " ", h("strong", {}, node.data("label"))),
    h("div", { class: "muted small" }, t.name, " · ", h("code", {}, id)), count,
    h("div", { class: "gv-actions" }, canExpand(node) ? expand : null, collapse,
      href ? h("a", { href, class: "gv-open" }, "Open") : null));
  info.hidden = false;
  // The panel sits in a bottom corner, the one away from the node, so
  // that it never covers the node just selected (nor a double click's
  // second click).
  const at = node.renderedPosition();
  info.classList.toggle("gv-info-right", at.x < info.offsetWidth + 40 && at.y > view.cy.height() - info.offsetHeight - 40);
  if (!canExpand(node)) return;
  expand.addEventListener("click", async () => {
    expand.disabled = true;
    expand.textContent = "Expanding…";
    try {
      await view.expansions.expand(id);
    } catch (err) {
      count.textContent = "Could not expand: " + err.message;
      expand.textContent = "Expand";
      expand.disabled = false;
      return;
    }
    info.dataset.shown = "";
    view.changed();
  });
  view.expansions.total(id).then((total) => {
    if (info.dataset.id !== id) return;
    const shown = Math.min(view.expansions.shown(id), total);
    count.textContent = `${plural(total, "neighbour")}` + (shown ? ` · ${shown} of ${total} shown` : "");
    const next = Math.min(pageSize, total - shown);
    expand.textContent = next > 0 ? `Expand ${next}${total > next ? ` of ${total - shown}` : ""}` : "All shown";
    expand.disabled = next <= 0;
  }, () => { count.textContent = "could not count its neighbours"; });
}
