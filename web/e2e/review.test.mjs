// Entity resolution people review and undo: the entity page lists likely
// duplicates with their evidence; on a console started with --allow-writes
// a merge from the page moves the other entity's facts (the counts grow)
// and its Undo puts them back (the counts come back); a keep-apart is
// undone the same way. A read-only console shows no buttons.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { startServer, launchBrowser, newPage, shot } from "./harness.mjs";

let server, chrome;

// A made-up article naming Ada Okafor of the examples by her initial.
const article = `date 2025-11-21
title Depot opens

A. Okafor, the minister, said on Monday: "The depot in Nakuru will hire two hundred people."
`;

before(async () => {
  server = await startServer(["--allow-writes"]);
  chrome = await launchBrowser();
  const file = join(server.dir, "initial.txt");
  writeFileSync(file, article);
  // Loaded through the running server, which holds the store.
  await promisify(execFile)(server.bin, ["--db", server.db, "load", file]);
});

after(async () => {
  await chrome?.close();
  await server?.stop();
});

const counts = (page) => page.locator(".page-entity > p.muted").first().innerText();

test("a merge from the entity page and its undo", async () => {
  const { page, log } = await newPage(chrome.browser, server.base);
  await page.goto(server.base + "/#/entity/person/ada-okafor");
  await page.waitForSelector("#duplicates li.dup[data-key='person/a-okafor']", { timeout: 15000 });
  const evidence = await page.locator("#duplicates li.dup[data-key='person/a-okafor'] .evidence").innerText();
  assert.match(evidence, /same surname — "A\. Okafor" gives only the initial of "Ada Okafor"/);
  const before = await counts(page);
  assert.match(before, /^Mentioned in 10 articles, said \d+ things/);
  await shot(page, "review-duplicates");
  await page.setViewportSize({ width: 800, height: 900 });
  await shot(page, "review-duplicates-800");
  await page.setViewportSize({ width: 1400, height: 900 });

  await page.locator("#duplicates li.dup[data-key='person/a-okafor'] button.merge").click();
  await page.waitForSelector("#duplicates li.merged[data-key='person/a-okafor'] button.undo", { timeout: 15000 });
  await page.waitForFunction(() => /^Mentioned in 11 articles/.test(document.querySelector(".page-entity > p.muted")?.textContent || ""), null, { timeout: 15000 });
  assert.notEqual(await counts(page), before, "the counts after the merge");
  assert.equal(await page.locator("#duplicates li.dup").count(), 0, "no duplicate left once merged");
  await shot(page, "review-merged");

  await page.locator("#duplicates li.merged button.undo").click();
  await page.waitForSelector("#duplicates li.dup[data-key='person/a-okafor']", { timeout: 15000 });
  await page.waitForFunction((want) => document.querySelector(".page-entity > p.muted")?.textContent === want, before, { timeout: 15000 });
  assert.equal(await page.locator("#duplicates li.merged").count(), 0, "nothing left to undo");

  // A. Okafor has her own page again, with her article.
  await page.goto(server.base + "/#/entity/person/a-okafor");
  await page.waitForFunction(() => /^Mentioned in 1 article,/.test(document.querySelector(".page-entity > p.muted")?.textContent || ""), null, { timeout: 15000 });
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.dialogs, []);
  assert.deepEqual(log.foreign, []);
});

test("keep apart from the entity page", async () => {
  const { page, log } = await newPage(chrome.browser, server.base);
  await page.goto(server.base + "/#/entity/person/a-okafor");
  await page.waitForSelector("#duplicates li.dup[data-key='person/ada-okafor'] button.keep-apart", { timeout: 15000 });
  await page.locator("#duplicates button.keep-apart").click();
  await page.waitForSelector("#duplicates .kept a[href='#/entity/person/ada-okafor']", { timeout: 15000 });
  assert.equal(await page.locator("#duplicates li.dup").count(), 0);
  assert.deepEqual(log.errors, []);
});

// Runs after "keep apart from the entity page", which left the two apart.
test("a keep-apart undone from the entity page", async () => {
  const { page, log } = await newPage(chrome.browser, server.base);
  await page.goto(server.base + "/#/entity/person/ada-okafor");
  const kept = "#duplicates li.kept-apart[data-key='person/a-okafor']";
  await page.waitForSelector(kept + " button.undo", { timeout: 15000 });
  assert.equal(await page.locator("#duplicates li.dup").count(), 0, "no duplicate while kept apart");
  assert.match(await page.locator(kept).innerText(), /Kept apart from/);
  await shot(page, "review-kept-apart");
  await page.locator(kept + " button.undo").click();
  await page.waitForSelector("#duplicates li.dup[data-key='person/a-okafor'] button.keep-apart", { timeout: 15000 });
  assert.equal(await page.locator("#duplicates li.kept-apart").count(), 0, "nothing kept apart once undone");
  // Stored: a reload shows the same, and keeping them apart again works.
  await page.reload();
  await page.waitForSelector("#duplicates li.dup[data-key='person/a-okafor']", { timeout: 15000 });
  await page.locator("#duplicates li.dup[data-key='person/a-okafor'] button.keep-apart").click();
  await page.waitForSelector(kept + " button.undo", { timeout: 15000 });
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.dialogs, []);
  assert.deepEqual(log.foreign, []);
});

test("a read-only console offers no buttons", async () => {
  const ro = await startServer();
  try {
    const file = join(ro.dir, "initial.txt");
    writeFileSync(file, article);
    await promisify(execFile)(ro.bin, ["--db", ro.db, "load", file]);
    const { page, log } = await newPage(chrome.browser, ro.base);
    await page.goto(ro.base + "/#/entity/person/ada-okafor");
    await page.waitForSelector("#duplicates li.dup[data-key='person/a-okafor']", { timeout: 15000 });
    assert.equal(await page.locator("#duplicates button").count(), 0);
    assert.match(await page.locator("#duplicates .hint").innerText(), /--allow-writes/);
    assert.deepEqual(log.errors, []);
  } finally {
    await ro.stop();
  }
});
