// Likely duplicates on the entity page: the entities that look like this
// one, each with the evidence (GET /api/review/KEY). On a console started
// with serve --allow-writes the analyst merges one into this entity or
// keeps the two apart, and undoes a merge or a keep-apart; the server stores each decision
// (who: "console", when) in the graph. The section reads its data after the
// page is drawn, so the entity page never waits for it; the page redraws
// itself when the server reports the commit a decision made.
import { api } from "../api.js";
import { h, append, clear, entityLink, errorBox } from "../dom.js";

// duplicatesSection returns the section for entity e, filled once its
// review arrives.
export function duplicatesSection(e) {
  const body = h("div", { class: "dups-body" }, h("p", { class: "muted" }, "Looking for likely duplicates…"));
  const status = h("p", { class: "dups-status", role: "status" });
  const box = h("section", { class: "card dups", id: "duplicates" }, h("h2", {}, "Likely duplicates"), body, status);
  const load = async () => {
    try {
      const r = await api.review(e.key);
      clear(body);
      append(body, [candidates(r, act), merges(r, act), keptApart(r, act),
        !r.can_write && (r.candidates.length || r.merges.length || r.kept_apart.length)
          ? h("p", { class: "hint" }, "Start newsgraph serve --allow-writes to merge or keep apart from this page.")
          : null]);
    } catch (err) {
      clear(body).append(errorBox(err));
    }
  };
  // act takes a decision, says what it did and shows the review again.
  const act = async (action, a, b, done) => {
    for (const x of box.querySelectorAll("button")) x.disabled = true;
    status.textContent = "Saving…";
    try {
      await api.decide(action, a, b);
      status.textContent = done;
    } catch (err) {
      clear(status).append(errorBox(err));
    }
    await load();
  };
  load();
  return box;
}

function candidates(r, act) {
  if (!r.candidates.length) return h("p", { class: "muted" }, "No likely duplicates.");
  return h("ul", { class: "plain dups-list" }, r.candidates.map((c) => h("li", { class: "dup", "data-key": c.key },
    h("div", {}, entityLink(c), " ", h("code", { class: "key" }, c.key)),
    h("ul", { class: "evidence" }, c.evidence.map((ev) => h("li", {}, h("strong", {}, ev.kind), " — ", ev.detail))),
    r.can_write ? h("div", { class: "dup-actions" },
      h("button", { type: "button", class: "merge", onclick: () => act("merge", r.key, c.key, `Merged ${c.name} into ${r.name}.`) },
        `Merge into ${r.name}`),
      h("button", { type: "button", class: "keep-apart", onclick: () => act("keep-apart", r.key, c.key, `Kept ${c.name} and ${r.name} apart.`) },
        "Keep apart")) : null)),
    r.truncated ? h("li", { class: "muted" }, "More entities share its names: the first ones were compared.") : null);
}

function merges(r, act) {
  if (!r.merges.length) return null;
  return h("div", { class: "dups-merged" }, h("h3", {}, "Merged into it"),
    h("ul", { class: "plain" }, r.merges.map((m) => h("li", { class: "merged", "data-key": m.from },
      h("code", { class: "key" }, m.from), h("span", { class: "muted" }, ` by ${m.by}, ${m.at.replace("T", " ").replace("Z", " UTC")} `),
      r.can_write ? h("button", { type: "button", class: "undo", onclick: () => act("unmerge", r.key, m.from, `Undid the merge of ${m.from}.`) }, "Undo") : null))));
}

// keptApart lists the entities kept apart from this one, each with an Undo
// on a console that may write: undone, the two are likely duplicates again.
function keptApart(r, act) {
  if (!r.kept_apart.length) return null;
  return h("ul", { class: "plain muted kept" }, r.kept_apart.map((k) => h("li", { class: "kept-apart", "data-key": k },
    "Kept apart from ", entityLink({ key: k }),
    r.can_write ? [" ", h("button", { type: "button", class: "undo", title: "Let loads join the two again and list them as likely duplicates",
      onclick: () => act("undo-keep-apart", r.key, k, `${k} and ${r.name} are no longer kept apart.`) }, "Undo")] : null)));
}
