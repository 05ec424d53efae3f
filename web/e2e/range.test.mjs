// Browser test of an entity page over a date range: its roles and its
// co-mentions are those of its articles in the range, and the page no
// longer says they are of all dates. The store holds the examples and
// three made-up articles about Amara Quist: chair of Corvel Mining (Peru)
// in February 2025, twice chief executive of Tessaro Bank (Chile) in March.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { newPage, shot, serveAndBrowse } from "./harness.mjs";

const env = serveAndBrowse();

const articles = [
  { id: "quist-feb", date: "2025-02-10", title: "Corvel Mining names a new chair as it expands in Peru",
    text: "\"We will open two copper mines in Peru within three years,\" said Amara Quist, chair of Corvel Mining. The company said Peru had approved its permits." },
  { id: "quist-mar", date: "2025-03-12", title: "Tessaro Bank hires Amara Quist to run its lending in Chile",
    text: "\"Chile needs patient lenders for its solar farms,\" said Amara Quist, chief executive of Tessaro Bank. The bank will open an office in Santiago, Chile." },
  { id: "quist-mar2", date: "2025-03-20", title: "Tessaro Bank lends to a solar farm in Chile",
    text: "\"This is the first of many loans in Chile,\" said Amara Quist, chief executive of Tessaro Bank." },
];

// loadOnce loads the articles into the served store (load on it runs
// inside the server), before the first page is opened.
let loaded = false;
function loadOnce() {
  if (loaded) return;
  const file = join(env.server.dir, "quist.jsonl");
  writeFileSync(file, articles.map((a) => JSON.stringify(a)).join("\n") + "\n");
  execFileSync(env.server.bin, ["--db", env.server.db, "load", file], { stdio: "pipe" });
  loaded = true;
}

// entityPage opens Amara Quist's page with the hash query q and reads its
// roles table (post, organisation, article count), its co-mentions and
// the date bar's text.
async function entityPage(q) {
  loadOnce();
  const { page, log } = await newPage(env.chrome.browser, env.server.base);
  await page.goto(env.server.base + "/#/entity/person/amara-quist" + q);
  await page.waitForSelector("main .page h1", { timeout: 15000 });
  const card = (title) => page.locator("section.card", { has: page.locator("h2", { hasText: new RegExp(`^${title}$`) }) });
  const roles = card("Roles");
  const heads = await roles.locator("table thead th").allTextContents();
  const col = (name) => heads.findIndex((h) => h.replace(/[▲▼↑↓\s]+$/u, "") === name);
  const rows = await roles.locator("table tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((td) => td.textContent.trim())));
  const [post, at, count] = [col("post"), col("at"), col("articles")];
  assert.ok(rows.length === 0 || (post >= 0 && at >= 0 && count >= 0), `roles columns: ${heads}`);
  return {
    page, log,
    roles: rows.map((r) => `${r[post]} @ ${r[at]} ×${r[count]}`).sort(),
    rolesText: await roles.textContent(),
    coMentioned: (await card("Most often mentioned with").locator("li a").allTextContents()).sort(),
    dateBar: await page.locator("form.datebar").textContent(),
  };
}

test("without a range the entity page shows every role and co-mention", async () => {
  const p = await entityPage("");
  assert.deepEqual(p.roles, ["chair @ Corvel Mining ×1", "chief executive @ Tessaro Bank ×2"]);
  assert.deepEqual(p.coMentioned, ["Chile", "Corvel Mining", "Peru", "Tessaro Bank"]);
  assert.deepEqual(p.log.errors, []);
  await p.page.close();
});

test("over March the roles and co-mentions are those of March, and no note says they are of all dates", async () => {
  const p = await entityPage("?from=2025-03-01&to=2025-03-31");
  assert.deepEqual(p.roles, ["chief executive @ Tessaro Bank ×2"]);
  assert.deepEqual(p.coMentioned, ["Chile", "Tessaro Bank"]);
  assert.match(p.dateBar, /Showing/);
  assert.doesNotMatch(p.dateBar, /roles|co-mentions/);
  assert.deepEqual(p.log.errors, []);
  await shot(p.page, "entity-range-march");
  await p.page.close();
});

test("over April no role is stated and the page says so", async () => {
  const p = await entityPage("?from=2025-04-01&to=2025-04-30");
  assert.deepEqual(p.roles, []);
  assert.match(p.rolesText, /No role stated in this range/);
  assert.deepEqual(p.coMentioned, []);
  await p.page.close();
});
