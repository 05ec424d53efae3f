// Expanding a node of the graph view: its neighbours a page at a time from
// GET /api/graph/neighbors, placed around it; undo of the last expand and
// collapse of a node's, which Neo4j Browser's and Gephi's users miss most.
import { api } from "./api.js";
import { edgeElement } from "./graphelements.js";

// pageSize is how many neighbours one expand adds: 25 still lay out
// readably around the node (the server's default and a quarter of its cap).
export const pageSize = 25;

// maxKeys is how many nodes GET /api/graph/edges takes at once.
const maxKeys = 250;

// expandable tells the node types the server lists neighbours of.
const expandable = new Set(["person", "country", "company", "organization", "article", "role", "statement"]);
export const canExpand = (node) => expandable.has(node.data("type"));

export class Expansions {
  constructor(cy) {
    this.cy = cy;
    this.stack = []; // {parent, ids: added node and edge ids, offset: the parent's before}
    this.offsets = new Map(); // node id → neighbours listed so far
    this.totals = new Map(); // node id → its neighbours in all (a promise)
  }

  // total asks the server, once per node, how many neighbours it has.
  total(id) {
    if (!this.totals.has(id)) {
      const p = api.graphNeighbors(id, 0).then((g) => g.total);
      p.catch(() => this.totals.delete(id));
      this.totals.set(id, p);
    }
    return this.totals.get(id);
  }

  shown(id) {
    return this.offsets.get(id) || 0;
  }

  // expand adds the next page of id's neighbours and the edges to them,
  // each new node placed on a ring around id; it resolves with how many
  // nodes it added.
  async expand(id) {
    const offset = this.shown(id);
    const cy = this.cy;
    const g = await api.graphNeighbors(id, pageSize, offset);
    const links = await this.links(g.nodes.slice(1).map((n) => n.id).filter((x) => cy.getElementById(x).empty()));
    const parent = cy.getElementById(id);
    if (parent.empty()) return 0; // removed while the requests ran
    // Nodes and edges go in together, once both answers are in.
    const fresh = g.nodes.slice(1).filter((n) => cy.getElementById(n.id).empty());
    const at = parent.position();
    const radius = 90 + 6 * fresh.length;
    const added = cy.add(fresh.map((n, i) => ({
      group: "nodes", data: { id: n.id, label: n.label, type: n.type },
      position: { x: at.x + radius * Math.cos((2 * Math.PI * i) / fresh.length), y: at.y + radius * Math.sin((2 * Math.PI * i) / fresh.length) },
    })));
    const shown = (x) => cy.getElementById(x).nonempty();
    const edges = [...g.edges, ...links].map(edgeElement)
      .filter((e) => !shown(e.data.id) && shown(e.data.source) && shown(e.data.target));
    const addedEdges = cy.add(edges.filter((e, i) => edges.findIndex((x) => x.data.id === e.data.id) === i));
    this.stack.push({ parent: id, ids: [...added, ...addedEdges].map((e) => e.id()), offset });
    this.offsets.set(id, offset + g.nodes.length - 1);
    this.totals.set(id, Promise.resolve(g.total));
    parent.addClass("expanded");
    return added.length;
  }

  // links asks for the edges between the nodes an expand adds and the
  // others shown (the server takes 250 keys: the new ones first). A view
  // without them would show an article it added unlinked from the people
  // it mentions that were already there.
  async links(fresh) {
    if (!fresh.length) return [];
    const others = this.cy.nodes().map((n) => n.id()).filter((id) => !fresh.includes(id));
    try {
      return (await api.graphEdges([...fresh, ...others].slice(0, maxKeys))).edges;
    } catch {
      return []; // the expand stands without them
    }
  }

  // undo removes what the last expand added.
  undo() {
    const last = this.stack.pop();
    if (!last) return false;
    this.remove(last);
    return true;
  }

  // collapse removes the nodes id's expands added, and theirs in turn.
  collapse(id) {
    const parents = new Set([id]);
    for (let changed = true; changed;) {
      changed = false;
      for (const r of this.stack) {
        if (parents.has(r.parent)) for (const x of r.ids) if (!parents.has(x)) { parents.add(x); changed = true; }
      }
    }
    const gone = this.stack.filter((r) => parents.has(r.parent));
    this.stack = this.stack.filter((r) => !parents.has(r.parent));
    for (const r of gone.reverse()) this.remove(r);
    this.offsets.delete(id);
    return gone.length > 0;
  }

  has(id) {
    return this.stack.some((r) => r.parent === id);
  }

  remove(r) {
    const cy = this.cy;
    cy.remove(cy.collection(r.ids.map((x) => cy.getElementById(x)).filter((e) => e.nonempty())));
    this.offsets.set(r.parent, r.offset);
    if (!this.has(r.parent)) {
      cy.getElementById(r.parent).removeClass("expanded");
      this.offsets.delete(r.parent);
    }
  }
}
