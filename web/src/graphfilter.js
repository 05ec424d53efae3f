// Filters of the graph view: by node type (the legend's toggles), by
// predicate, and by a date range that keeps the edges stated by an article
// of those dates. Filtered elements stay in the graph, hidden, so that
// clearing a filter shows them where they were.

// applyFilters hides what f excludes and returns how many nodes stay:
// f = {hidden: Set of types, predicate, from, to} (dates YYYY-MM-DD).
export function applyFilters(cy, f) {
  const dated = f.from || f.to;
  const inRange = (d) => (!f.from || d >= f.from) && (!f.to || d <= f.to);
  cy.batch(() => {
    cy.elements().removeClass("filtered");
    cy.nodes().filter((n) => f.hidden.has(n.data("type"))).addClass("filtered");
    cy.edges().filter((e) => {
      if (f.predicate && e.data("predicate") !== f.predicate) return true;
      const dates = e.data("dates");
      return dated && dates.length > 0 && !dates.some(inRange);
    }).addClass("filtered");
    if (f.predicate || dated) {
      // A node left with none of its edges goes too, unless it is where
      // the view started or what the user selected.
      cy.nodes().filter((n) => !n.data("center") && !n.selected() && n.connectedEdges().nonempty() &&
        n.connectedEdges().every((e) => e.hasClass("filtered"))).addClass("filtered");
    }
  });
  return cy.nodes().not(".filtered").length;
}

// predicates lists the predicates of the graph's edges, sorted.
export function predicates(cy) {
  return [...new Set(cy.edges().map((e) => e.data("predicate")).filter(Boolean))].sort();
}
