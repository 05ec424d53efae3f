// End-to-end tests of the web console in Chromium. Run: node --test web/e2e/
import { test } from "node:test";
import assert from "node:assert/strict";
import { newPage, shot, serveAndBrowse } from "./harness.mjs";

const env = serveAndBrowse();

// open loads a route and waits for its page to be mounted.
async function open(route, page) {
  const { page: p, log } = page || (await newPage(env.chrome.browser, env.server.base));
  await p.goto(env.server.base + "/" + route);
  await p.waitForSelector("main .page", { timeout: 15000 });
  return { page: p, log };
}

function clean(log) {
  assert.deepEqual(log.foreign, [], "requests to other hosts");
  assert.deepEqual(log.dialogs, [], "dialogs");
  assert.deepEqual(log.errors, [], "page errors");
}

test("overview shows counts, top entities and a timeline", async () => {
  const { page, log } = await open("#/");
  await page.waitForSelector(".stats .stat");
  const stats = await page.locator(".stat .value").allTextContents();
  assert.equal(stats.length, 5);
  assert.equal(stats[0], "11", "articles");
  assert.ok(await page.locator(".toplist li").count() >= 5);
  assert.ok(await page.locator(".timeline .tbar").count() >= 2);
  await shot(page, "overview");
  clean(log);
});

test("saved query runs from the URL and shows rows", async () => {
  const { page, log } = await open("#/query?name=statements&speaker=Okafor");
  await page.waitForSelector("table.results tbody tr");
  const rows = await page.locator("table.results tbody tr").count();
  assert.ok(rows >= 3, `rows: ${rows}`);
  assert.match(await page.locator("table.results").innerText(), /Ada Okafor/);
  assert.equal(await page.locator("input[name=speaker]").inputValue(), "Okafor");
  await shot(page, "query-saved");
  clean(log);
});

test("saved query form with an alias in another script", async () => {
  const { page, log } = await open("#/query?name=mentions");
  await page.fill("input[name=entity]", "Україна");
  await page.click("form.params button[type=submit]");
  await page.waitForSelector("table.results tbody tr");
  assert.match(page.url(), /name=mentions&entity=/);
  assert.ok(await page.locator("table.results tbody tr").count() >= 1);
  clean(log);
});

test("a bad Gizmo script shows the error with its line", async () => {
  const { page, log } = await open("#/query");
  await page.waitForSelector(".cm-content");
  await page.click(".cm-content");
  await page.keyboard.press("Control+a");
  await page.keyboard.type('g.V()\n  .Out("<x>")\n  .All(;\n');
  await page.keyboard.press("Control+Enter");
  const err = page.locator(".error");
  await err.waitFor();
  assert.match(await err.innerText(), /line 3/);
  await shot(page, "query-error");
  clean(log);
});

test("a runaway Gizmo script times out", async () => {
  const { page, log } = await open("#/query?gizmo=" + encodeURIComponent("while(true){}"));
  const err = page.locator(".error");
  await err.waitFor({ timeout: 15000 });
  assert.match(await err.innerText(), /Timed out/);
  clean(log);
});

test("Gizmo result as a table with entity links", async () => {
  const script = 'g.V("<https://newsgraph.dev/id/person/ada-okafor>").Tag("id").Out("<http://schema.org/name>").Tag("name").All()';
  const { page, log } = await open("#/query?gizmo=" + encodeURIComponent(script));
  await page.waitForSelector("table.results tbody tr");
  assert.equal(await page.locator("table.results a.ent").first().getAttribute("href"), "#/entity/person/ada-okafor");
  await shot(page, "query-gizmo");
  clean(log);
});

test("query result as a graph; double-clicking a node opens its entity page", async () => {
  const { page, log } = await open("#/query?name=roles&org=Veltrix");
  await page.waitForSelector("table.results tbody tr");
  await page.click(".tabs button[data-tab=graph]");
  await page.waitForFunction(() => window.__ngGraph && window.__ngGraph.nodes().length > 2);
  await page.waitForTimeout(300);
  await shot(page, "query-graph");
  const pos = await page.evaluate(() => {
    const n = window.__ngGraph.getElementById("person/ada-okafor");
    const box = window.__ngGraph.container().getBoundingClientRect();
    const p = n.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  });
  await page.mouse.click(pos.x, pos.y, { clickCount: 2 });
  await page.waitForURL(/#\/entity\/person\/ada-okafor/);
  await page.waitForSelector(".page-entity h1");
  assert.equal(await page.locator(".page-entity h1").innerText(), "Ada Okafor");
  clean(log);
});

test("entity page lists names, roles, statements and a graph", async () => {
  const { page, log } = await open("#/entity/person/ada-okafor");
  await page.waitForSelector(".page-entity h1");
  const text = await page.locator("main").innerText();
  assert.match(text, /@adaokafor/);
  assert.match(text, /chief executive/i);
  assert.ok(await page.locator(".page-entity table.results tbody tr").count() >= 3);
  assert.ok(await page.locator("a.src").count() >= 3, "facts link to their articles");
  await page.waitForFunction(() => window.__ngGraph && window.__ngGraph.nodes().length > 3);
  await page.waitForTimeout(300);
  await shot(page, "entity");
  clean(log);
});

test("an entity's lists are paged: Show more fetches the next page", async () => {
  const { page, log } = await open("#/entity/country/kenya?limit=2");
  await page.waitForSelector(".page-entity h1");
  const articles = page.locator("section", { has: page.locator("h2", { hasText: /^Articles$/ }) });
  assert.equal(await articles.locator("tbody tr").count(), 2);
  const note = await articles.locator(".rowcount").innerText();
  const total = Number(note.match(/of (\d+)/)[1]);
  assert.ok(total > 4, `Kenya is in ${total} articles`);
  await articles.locator("button.more").click();
  await articles.locator("tbody tr").nth(3).waitFor();
  const dates = await articles.locator("td.date").allTextContents();
  assert.equal(dates.length, 4);
  assert.deepEqual(dates, [...dates].sort().reverse(), "newest first across pages");
  assert.match(await articles.locator(".rowcount").innerText(), new RegExp(`^4 of ${total} rows`));
  clean(log);
});

test("search finds entities and text by aliases in another script", async () => {
  const { page, log } = await open("#/search");
  await page.fill("#search-q", "Україна");
  await page.waitForSelector(".entityhit");
  assert.match(await page.locator(".entityhits").innerText(), /Ukraine/);
  await page.fill("#search-q", "Олена Гриценко");
  await page.waitForSelector('#search-results[data-q="Олена Гриценко"] .hit');
  assert.match(await page.locator("#search-results").innerText(), /Ukraine signs Veltrix/);
  await shot(page, "search");
  clean(log);
});

test("search combines words with graph filters", async () => {
  const { page, log } = await open("#/search?q=" + encodeURIComponent("org:Veltrix mentions:Kenya"));
  await page.waitForSelector(".hit.stmt");
  assert.equal(await page.locator(".hit.art").count(), 0);
  clean(log);
});

test("header quick find opens an entity", async () => {
  const { page, log } = await open("#/");
  await page.fill("#quickfind", "укр");
  await page.waitForSelector("#quickfind-list li .name");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await page.waitForURL(/#\/entity\/country\/ukraine/);
  clean(log);
});

test("article shows <script> as text and runs nothing", async () => {
  const { page, log } = await open("#/search?q=" + encodeURIComponent("portal attack researchers"));
  await page.waitForSelector(".hit.art a.headline");
  await page.locator(".hit.art a.headline", { hasText: "Attack on Veltrix customer portal" }).first().click();
  await page.waitForSelector(".page-article .body");
  const body = await page.locator(".page-article .body").innerText();
  assert.ok(body.includes('<script>alert("x")</script>'), "the markup shows as text");
  assert.equal(await page.locator(".page-article .body script").count(), 0);
  assert.ok(await page.locator(".body a.ment").count() >= 5, "entities are linked");
  assert.ok(await page.locator(".body mark.quote").count() >= 2, "quotes are marked");
  await page.waitForTimeout(300);
  await shot(page, "article");
  clean(log);
});
