// Browser tests of the graph view (web/src/graph*.js): expand, undo,
// collapse, filters, query results drawn, exports and the query history.
// Run: cd web && node --test e2e/graph.test.mjs
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { newPage, shot, screenshots, serveAndBrowse } from "./harness.mjs";

const env = serveAndBrowse();

// open loads a route at a viewport size and records console warnings
// besides what the harness records (Cytoscape warns through console.warn).
async function open(route, viewport = { width: 1400, height: 900 }) {
  const { page, log } = await newPage(env.chrome.browser, env.server.base);
  log.warnings = [];
  page.on("console", (m) => { if (m.type() === "warning") log.warnings.push(m.text()); });
  await page.setViewportSize(viewport);
  await page.goto(env.server.base + "/" + route);
  await page.waitForSelector("main .page", { timeout: 15000 });
  return { page, log };
}

function clean(log) {
  assert.deepEqual(log.foreign, [], "requests to other hosts");
  assert.deepEqual(log.errors, [], "page errors");
  assert.deepEqual(log.warnings, [], "console warnings");
}

// graphReady waits for a graph view and returns its node count.
async function graphReady(page) {
  await page.waitForSelector(".gv-canvas canvas", { timeout: 15000 });
  return page.evaluate(() => window.__ngGraph.nodes().length);
}

const visible = (page) => page.evaluate(() => window.__ngGraph.nodes().not(".filtered").length);

// clickNode clicks a node where it is drawn.
async function clickNode(page, id, count = 1) {
  await page.locator(".gv-canvas").scrollIntoViewIfNeeded();
  // Cytoscape reads the canvas's new place on the page at the next frame.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const at = await page.evaluate((id) => {
    const n = window.__ngGraph.getElementById(id);
    const box = window.__ngGraph.container().getBoundingClientRect();
    return { x: box.left + n.renderedPosition().x, y: box.top + n.renderedPosition().y };
  }, id);
  await page.mouse.click(at.x, at.y, { clickCount: count });
}

test("expand grows the graph, undo and collapse shrink it", async () => {
  const { page, log } = await open("#/entity/person/ada-okafor");
  const start = await graphReady(page);
  assert.ok(start >= 3, `nodes at first: ${start}`);
  assert.ok(await page.locator(".gv-legend .gv-type").count() >= 2, "legend");
  await clickNode(page, "country/kenya");
  await page.waitForSelector(".gv-info .gv-expand:not([disabled])");
  const count = await page.locator(".gv-info .gv-count").innerText();
  const total = Number(count.match(/^(\d+) neighbours/)[1]);
  assert.ok(total > 11, `Kenya is in all 11 articles: ${count}`);
  assert.match(await page.locator(".gv-expand").innerText(), new RegExp(`^Expand 25 of ${total}$`));
  await page.click(".gv-expand");
  await page.waitForFunction((n) => window.__ngGraph.nodes().length > n, start);
  const grown = await page.evaluate(() => window.__ngGraph.nodes().length);
  // The articles it added are linked to Ada Okafor, who was there before.
  assert.ok(await page.evaluate(() => window.__ngGraph.edges('[target = "person/ada-okafor"][predicate = "mentions"]').length) > 0,
    "edges from the new nodes to those shown");
  await page.waitForSelector(`.gv-info .gv-count:has-text("25 of ${total} shown")`);
  await shot(page, "graph-entity-expanded");
  await page.click(".gv-undo");
  assert.equal(await page.evaluate(() => window.__ngGraph.nodes().length), start, "undo removes the expand");
  assert.ok(grown > start);
  // Expand twice, then collapse: both pages go.
  await clickNode(page, "country/kenya");
  await page.click(".gv-info .gv-expand:not([disabled])");
  await page.waitForSelector(".gv-info .gv-collapse:not([hidden])");
  await page.click(".gv-info .gv-expand:not([disabled])");
  await page.waitForSelector(`.gv-info .gv-count:has-text("${Math.min(50, total)} of ${total} shown")`);
  assert.ok(await page.evaluate(() => window.__ngGraph.nodes().length) > grown);
  await page.click(".gv-collapse");
  assert.equal(await page.evaluate(() => window.__ngGraph.nodes().length), start, "collapse removes both expands");
  clean(log);
});

test("type, predicate and date filters hide nodes", async () => {
  const { page, log } = await open("#/entity/country/kenya");
  await graphReady(page);
  await clickNode(page, "country/kenya");
  await page.click(".gv-info .gv-expand:not([disabled])");
  await page.waitForSelector('.gv-legend .gv-type[data-type="article"]');
  const all = await visible(page);
  const articles = await page.evaluate(() => window.__ngGraph.nodes('[type = "article"]').length);
  assert.ok(articles > 0);
  await page.click('.gv-legend .gv-type[data-type="article"]');
  assert.equal(await visible(page), all - articles, "articles hidden");
  await page.click('.gv-legend .gv-type[data-type="article"]');
  assert.equal(await visible(page), all);
  await page.selectOption(".gv-predicate", "mentioned with");
  const co = await visible(page);
  assert.ok(co < all && co > 1, `predicate filter: ${co} of ${all}`);
  await page.selectOption(".gv-predicate", "");
  await page.fill(".gv-from", "2030-01-01");
  const later = await visible(page);
  assert.ok(later < all, `date filter: ${later} of ${all}`);
  await page.fill(".gv-from", "");
  assert.equal(await visible(page), all);
  clean(log);
});

test("a Gizmo result of node keys draws its nodes, named", async () => {
  const script = 'g.V("<https://newsgraph.dev/id/person/ada-okafor>").In("<http://schema.org/mentions>").All()';
  const { page, log } = await open("#/query?" + new URLSearchParams({ gizmo: script }));
  await page.waitForSelector("table.results tbody tr");
  const tab = page.locator('.tabs button[data-tab="graph"]');
  assert.match(await tab.innerText(), /^Graph \([1-9]\d* nodes?\)$/);
  await tab.click();
  const n = await graphReady(page);
  assert.ok(n > 0, `nodes: ${n}`);
  // Statements are linked to the articles they are part of.
  assert.ok(await page.evaluate(() => window.__ngGraph.edges('[predicate = "isPartOf"]').length) > 0, "edges among the result's nodes");
  const labels = await page.evaluate(() => window.__ngGraph.nodes('[type = "article"]').map((x) => x.data("label")));
  assert.ok(labels.length > 0 && labels.every((l) => !l.startsWith("article/")), `article labels: ${labels}`);
  await shot(page, "graph-gizmo");
  clean(log);
});

test("a path result draws its middle nodes", async () => {
  const { page, log } = await open("#/query?name=path&from=Okafor&to=Kenya");
  await page.waitForSelector("table.results tbody tr");
  await page.click('.tabs button[data-tab="graph"]');
  await graphReady(page);
  const types = await page.evaluate(() => window.__ngGraph.nodes().map((n) => n.data("type")));
  assert.ok(types.includes("person") && types.includes("country"), `ends: ${types}`);
  assert.ok(types.filter((t) => t === "article").length > 0, `middle nodes: ${types}`);
  assert.ok(await page.evaluate(() => window.__ngGraph.edges().length) >= 2);
  clean(log);
});

test("the view downloads as PNG and SVG", async () => {
  const { page, log } = await open("#/entity/company/veltrix-corp");
  await graphReady(page);
  for (const [button, check] of [[".gv-png", (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
    [".gv-svg", (b) => /^(<\?xml[^>]*>\s*)?(<!DOCTYPE[^>]*>\s*)?<svg/.test(b.toString("utf8"))]]) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
    const bytes = readFileSync(await download.path());
    assert.ok(bytes.length > 500, `${button}: ${bytes.length} bytes`);
    assert.ok(check(bytes), `${button}: starts ${JSON.stringify(bytes.subarray(0, 40).toString("latin1"))}`);
    assert.match(download.suggestedFilename(), /^newsgraph-graph\.(png|svg)$/);
  }
  clean(log);
});

test("double click opens a node's page", async () => {
  const { page, log } = await open("#/entity/person/ada-okafor");
  await graphReady(page);
  await clickNode(page, "company/veltrix-corp", 2);
  await page.waitForURL(/#\/entity\/company\/veltrix-corp$/);
  clean(log);
});

test("the query history keeps the queries run and runs one again", async () => {
  const { page, log } = await open("#/query?name=statements&speaker=Okafor");
  await page.waitForSelector("table.results tbody tr");
  await page.goto(env.server.base + "/#/query?name=mentions&entity=Kenya");
  await page.waitForSelector("ul.history li a >> text=mentions entity=Kenya");
  const items = await page.locator("ul.history li a").allInnerTexts();
  assert.deepEqual(items.slice(0, 2), ["mentions entity=Kenya", "statements speaker=Okafor"]);
  await page.click("ul.history li a >> text=statements speaker=Okafor");
  await page.waitForSelector('input[name="speaker"]');
  await page.waitForFunction(() => document.querySelector("table.results")?.innerText.includes("Ada Okafor"));
  assert.match(page.url(), /name=statements&speaker=Okafor/);
  await page.click(".history-clear");
  assert.equal(await page.locator("ul.history li a").count(), 0);
  clean(log);
});

test("the query history keeps the last 20 and drops what is not a query", async () => {
  const { page, log } = await open("#/");
  await page.evaluate(() => localStorage.setItem("newsgraph.queryHistory", JSON.stringify([
    { hash: "javascript:alert(1)", at: "2025-01-01T00:00:00Z" }, { hash: "#/entity/person/x", at: "2025-01-01T00:00:00Z" },
    ...Array.from({ length: 25 }, (_, i) => ({ hash: "#/query?name=entities&offset=" + i, at: "2025-01-01T00:00:00Z" })),
  ])));
  await page.goto(env.server.base + "/#/query?name=mentions&entity=Poland");
  await page.waitForSelector("ul.history li a >> text=mentions entity=Poland");
  assert.equal(await page.locator("ul.history li a").count(), 5, "five at first");
  await page.click(".history-more");
  const links = await page.locator("ul.history li a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.equal(links.length, 20);
  assert.equal(links[0], "#/query?name=mentions&entity=Poland");
  assert.ok(links.every((l) => l.startsWith("#/query?")), links.join(" "));
  clean(log);
});

test("screenshots at 1400×900 and 800 px wide", async () => {
  for (const [name, viewport] of [["1400", { width: 1400, height: 900 }], ["800", { width: 800, height: 900 }]]) {
    const { page, log } = await open("#/entity/person/ada-okafor", viewport);
    await graphReady(page);
    await clickNode(page, "person/ada-okafor");
    await page.waitForSelector(".gv-info .gv-expand:not([disabled])");
    await page.evaluate(() => window.scrollTo(0, 0)); // the sticky header stays at the top of the picture
    await shot(page, `graph-entity-${name}`);
    await page.click(".gv-full-toggle");
    await page.waitForFunction(() => window.__ngGraph.width() > 700);
    await page.screenshot({ path: `${screenshots}/graph-entity-${name}-enlarged.png` });
    await page.keyboard.press("Escape");
    assert.equal(await page.locator(".gv-full").count(), 0, "Esc shrinks the view back");
    const q = await open("#/query?name=roles&org=Veltrix", viewport);
    await q.page.waitForSelector("table.results tbody tr");
    await q.page.click('.tabs button[data-tab="graph"]');
    await graphReady(q.page);
    await shot(q.page, `graph-query-${name}`);
    clean(log);
    clean(q.log);
  }
});
