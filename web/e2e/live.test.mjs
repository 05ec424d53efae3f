// The console follows the store: an article loaded by the command line
// while the console is open (the load runs inside the server, which holds
// the store) shows up in the open pages without a reload.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { newPage, shot, serveAndBrowse } from "./harness.mjs";

const env = serveAndBrowse();

// A made-up article: no word of it is in the examples.
const article = `date 2025-11-20
title Zorvex opens a plant in Kenya

Zorvex Industries chief executive Mara Quillon said on Thursday that the company would open a battery plant near Nakuru.
`;

// open loads a route in a new page and waits until the page is drawn and
// follows the store (the event stream said hello).
async function open(route) {
  const { page, log } = await newPage(env.chrome.browser, env.server.base);
  await page.goto(env.server.base + "/" + route);
  await page.waitForSelector("main .page", { timeout: 15000 });
  await page.waitForFunction(() => document.body.dataset.generation !== undefined, null, { timeout: 15000 });
  // Set on the window: a reload would lose it.
  await page.evaluate(() => { window.ngNoReload = true; });
  return { page, log };
}

const statValues = (page) => page.locator(".stat .value").allTextContents();

test("a load through the running server reaches the open console", async () => {
  const overview = await open("#/");
  const before = await statValues(overview.page);
  assert.equal(before[0], "11", "articles before");
  const search = await open("#/search?q=Nakuru");
  await search.page.waitForSelector("#hit-count");
  assert.match(await search.page.locator("#hit-count").innerText(), /^0 hits/);

  const file = join(env.server.dir, "zorvex.txt");
  writeFileSync(file, article);
  const { stdout, stderr } = await promisify(execFile)(env.server.bin, ["--db", env.server.db, "load", file]);
  assert.match(stdout, /^loaded 1 articles/, "load through the server");
  assert.doesNotMatch(stderr, /locked/);

  // Counts and the latest articles, redrawn in place.
  await overview.page.waitForFunction(() => document.querySelector(".stat .value")?.textContent === "12", null, { timeout: 15000 });
  const after = await statValues(overview.page);
  assert.ok(Number(after[3]) >= Number(before[3]) + 1, `statements ${before[3]} → ${after[3]}`);
  assert.ok(Number(after[4].replace(/\D/g, "")) > Number(before[4].replace(/\D/g, "")), `quads ${before[4]} → ${after[4]}`);
  await overview.page.locator("a", { hasText: "Zorvex opens a plant in Kenya" }).waitFor();

  // The search page open on a word of the article now finds it.
  await search.page.locator("#search-results .hits a.headline", { hasText: "Zorvex opens a plant in Kenya" }).waitFor({ timeout: 15000 });
  assert.match(await search.page.locator("#hit-count").innerText(), /^[1-9]\d* hits?/);

  // The article's page, reached from the overview's new link.
  await overview.page.locator("a", { hasText: "Zorvex opens a plant in Kenya" }).click();
  await overview.page.waitForSelector(".page-article");
  const text = await overview.page.locator(".page-article").innerText();
  assert.match(text, /Mara Quillon/);
  assert.match(text, /Nakuru/);
  await shot(overview.page, "live-article");

  for (const { page, log } of [overview, search]) {
    assert.equal(await page.evaluate(() => window.ngNoReload), true, "the page was not reloaded");
    assert.deepEqual(log.errors, [], "page errors");
    assert.deepEqual(log.foreign, [], "requests to other hosts");
  }
});
