// Browser tests of the console's tables, date range and requests: sorting,
// downloads of the whole result, a date range that changes the counts and
// lists, one request per navigation, no console warnings, search's empty
// state; and screenshots of every page at 1400×900 and 800 px wide.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { newPage, shot, serveAndBrowse } from "./harness.mjs";

const env = serveAndBrowse();

// open loads a route in a new page that records console warnings and
// errors and every API request, and waits for the page to be mounted.
async function open(route, viewport = { width: 1400, height: 900 }) {
  const { page, log } = await newPage(env.chrome.browser, env.server.base);
  await page.setViewportSize(viewport);
  log.warnings = [];
  log.api = [];
  page.on("console", (m) => { if (m.type() === "warning" || m.type() === "error") log.warnings.push(`${m.type()}: ${m.text()}`); });
  page.on("request", (r) => { const u = new URL(r.url()); if (u.pathname.startsWith("/api/") && u.pathname !== "/api/events") log.api.push(u.pathname + u.search); });
  await page.goto(env.server.base + "/" + route);
  await page.waitForSelector("main .page", { timeout: 15000 });
  return { page, log };
}

function clean(log) {
  assert.deepEqual(log.foreign, [], "requests to other hosts");
  assert.deepEqual(log.errors, [], "page errors");
  assert.deepEqual(log.warnings, [], "console warnings and errors");
}

const cellTexts = (page, col) => page.$$eval(`table.results tbody tr td:nth-child(${col})`, (tds) => tds.map((td) => td.textContent));

test("clicking a column header sorts the rows, numbers as numbers", async () => {
  const { page, log } = await open("#/query?name=entities");
  await page.waitForSelector("table.results tbody tr");
  const heads = await page.$$eval("table.results th", (ths) => ths.map((th) => th.textContent));
  const col = heads.indexOf("articles") + 1;
  assert.ok(col > 0, `columns: ${heads}`);
  const byName = heads.indexOf("entity") + 1;
  await page.click(`table.results th:nth-child(${byName}) button`);
  const names = await cellTexts(page, byName);
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
  assert.deepEqual(names, [...names].sort(collator.compare), "ascending by name");
  await page.click(`table.results th:nth-child(${col}) button`);
  const asc = (await cellTexts(page, col)).map(Number);
  assert.deepEqual(asc, [...asc].sort((a, b) => a - b), "ascending as numbers");
  assert.notDeepEqual(asc, [...asc].sort(), "the counts differ in length, so text order would differ");
  await page.click(`table.results th:nth-child(${col}) button`);
  const desc = (await cellTexts(page, col)).map(Number);
  assert.deepEqual(desc, [...desc].sort((a, b) => b - a), "descending on a second click");
  assert.equal(await page.getAttribute(`table.results th:nth-child(${col})`, "aria-sort"), "descending");
  await page.fill(".tabletools .filter", "central bank");
  assert.match(await page.locator(".rowcount").innerText(), /^1 matching/);
  clean(log);
});

test("CSV and JSON downloads hold the whole result, not only the page shown", async () => {
  const { page, log } = await open("#/query?name=statements&limit=3");
  await page.waitForSelector("table.results tbody tr");
  assert.equal(await page.locator("table.results tbody tr").count(), 3);
  const all = await (await fetch(env.server.base + "/api/queries/statements?limit=0", { headers: { "Sec-Fetch-Site": "same-origin" } })).json();
  assert.ok(all.rows.length > 3, `the example statements: ${all.rows.length}`);
  const [csv] = await Promise.all([page.waitForEvent("download"), page.click("button.dl[data-format=csv]")]);
  assert.equal(csv.suggestedFilename(), "statements.csv");
  const lines = readFileSync(await csv.path(), "utf8").trimEnd().split("\r\n");
  assert.equal(lines[0], "speaker,text,date,kind,channel,article,fact");
  const quoted = lines.slice(1).join("\n").match(/^[^"\n]*("([^"]|"")*"[^"\n]*)*$/gm); // records, quoted fields may hold line breaks
  assert.equal(quoted.length, all.rows.length, "one record per statement");
  const [json] = await Promise.all([page.waitForEvent("download"), page.click("button.dl[data-format=json]")]);
  const rows = JSON.parse(readFileSync(await json.path(), "utf8"));
  assert.equal(rows.length, all.rows.length);
  assert.deepEqual(Object.keys(rows[0]), all.columns);
  assert.match(await page.locator(".dlnote").innerText(), new RegExp(`^${all.rows.length} rows \\(all of them\\)`));
  // A fact's cell opens where it came from.
  await page.locator("table.results td.id a[href*='name=explain']").first().click();
  await page.waitForSelector("form.params input[name=fact]");
  assert.match(await page.inputValue("form.params input[name=fact]"), /^statement\//);
  await page.waitForSelector("table.results tbody tr");
  clean(log);
});

test("an entity list's download reads every page", async () => {
  const { page, log } = await open("#/entity/country/kenya?limit=2");
  const articles = page.locator("section", { has: page.locator("h2", { hasText: /^Articles$/ }) });
  await articles.locator("tbody tr").first().waitFor();
  const total = Number((await articles.locator(".rowcount").innerText()).match(/of (\d+)/)[1]);
  const [csv] = await Promise.all([page.waitForEvent("download"), articles.locator("button.dl[data-format=csv]").click()]);
  const lines = readFileSync(await csv.path(), "utf8").trimEnd().split("\r\n");
  assert.equal(lines[0], "date,title");
  assert.equal(lines.length - 1, total);
  clean(log);
});

test("a date range changes the overview's counts and the statements", async () => {
  const { page, log } = await open("#/");
  await page.waitForSelector(".stat .value");
  const before = await page.locator(".stat .value").allTextContents();
  const bars = await page.locator(".tbar").count();
  assert.ok(bars >= 3, `bars: ${bars}`);
  // A month's bar narrows the range to that month.
  const bar = page.locator(".tbar[data-count]:not([data-count='0'])").nth(1);
  const [month, count] = [await bar.getAttribute("data-key"), await bar.getAttribute("data-count")];
  await bar.click();
  await page.waitForURL(new RegExp(`from=${month}-01&to=${month}-\\d\\d`));
  // The new page's tile, not the moment the old page is gone (no tile: the
  // loading note), which read an empty row of tiles once in CI.
  await page.waitForFunction((b) => {
    const v = document.querySelector(".stat .value");
    return v !== null && v.textContent !== b;
  }, before[0]);
  const after = await page.locator(".stat .value").allTextContents();
  assert.equal(after[2], count, "statements of the month = its bar");
  assert.ok(Number(after[0]) < Number(before[0]), `articles ${before[0]} → ${after[0]}`);
  assert.equal(await page.inputValue(".datebar input[name=from]"), `${month}-01`);
  // Its statements tile opens the statements query of the range.
  await page.click(".stat:nth-child(3)");
  await page.waitForSelector("table.results tbody tr");
  assert.equal(await page.locator("table.results tbody tr").count(), Number(count));
  const dates = await page.$$eval("table.results td.date", (tds) => tds.map((td) => td.textContent));
  assert.ok(dates.every((d) => d.startsWith(month)), `dates ${dates}`);
  // Clearing the range brings every date back.
  await page.goto(env.server.base + `/#/?from=${month}-01&to=${month}-28`);
  await page.waitForSelector(".datebar button.clear");
  await page.click(".datebar button.clear");
  await page.waitForFunction((b) => document.querySelector(".stat .value")?.textContent === b, before[0]);
  clean(log);
});

test("the entity page narrows statements and the role timeline to the range", async () => {
  const { page, log } = await open("#/entity/person/ada-okafor");
  await page.waitForSelector('.posts[data-range=".."] .roletimeline .dot');
  const all = await page.locator(".roletimeline .track .dot").count();
  const said = page.locator("section", { has: page.locator("h2", { hasText: /^Statements made$/ }) });
  const saidAll = await said.locator("tbody tr").count();
  await page.fill(".datebar input[name=from]", "2025-06-01");
  await page.waitForURL(/from=2025-06-01/);
  // The page is drawn again for the new range: fill the new form's field.
  await page.waitForFunction(() => !document.querySelector("main .loading") && document.querySelector(".datebar .clear"));
  await page.fill(".datebar input[name=to]", "2025-07-31");
  await page.waitForURL(/to=2025-07-31/);
  // The posts arrive apart from the page, for the range they were asked for.
  await page.waitForSelector('.posts[data-range="2025-06-01..2025-07-31"]');
  const some = await page.locator(".roletimeline .track .dot").count();
  assert.ok(some > 0 && some < all, `timeline events ${all} → ${some}`);
  const dates = await said.locator("td.date").allTextContents();
  assert.ok(dates.length < saidAll && dates.every((d) => d >= "2025-06-01" && d <= "2025-07-31"), `said: ${dates}`);
  // Links to other entities keep the range.
  assert.match(await page.locator(".lanelabel a").first().getAttribute("href"), /from=2025-06-01&to=2025-07-31/);
  clean(log);
});

test("one request per navigation", async () => {
  const { page, log } = await open("#/");
  await page.waitForSelector(".stat .value");
  const routes = ["#/entity/person/ada-okafor", "#/search?q=satellite", "#/query?name=statements&speaker=Okafor", "#/"];
  for (const r of routes) {
    await page.evaluate((h) => { location.hash = h; }, r);
    await page.waitForFunction((h) => location.hash === h && document.querySelector("main .page") && !document.querySelector("main .loading"), r);
    await page.waitForTimeout(200);
  }
  await page.goBack();
  await page.waitForURL(/#\/query/);
  await page.waitForSelector("table.results tbody tr");
  await page.waitForTimeout(300);
  const seen = new Map();
  for (const u of log.api) seen.set(u, (seen.get(u) || 0) + 1);
  // The overview is asked for twice: at the first page and the last one.
  const twice = [...seen].filter(([u, n]) => n > (u === "/api/stats" ? 2 : u === "/api/queries" || u.startsWith("/api/queries/statements") ? 2 : 1));
  assert.deepEqual(twice, [], `requests: ${log.api.join("\n")}`);
  assert.equal(seen.get("/api/entity/person/ada-okafor"), 1);
  assert.equal(seen.get("/api/search?q=satellite"), 1);
  clean(log);
});

test("search with no match says so and offers something useful", async () => {
  const { page, log } = await open("#/search?q=Okafr&from=2025-06-01");
  await page.waitForSelector("#search-empty");
  const text = await page.locator("#search-results").innerText();
  assert.doesNotMatch(text, /\bnull\b|undefined/);
  assert.match(text, /Nothing found/);
  assert.match(await page.locator("#search-empty .spellings").innerText(), /Ada Okafor/, "a spelling from the name table");
  assert.equal(await page.locator("#search-empty .spellings a").first().getAttribute("href"), "#/entity/person/ada-okafor?from=2025-06-01");
  await page.click("#search-empty a.clearrange");
  await page.waitForURL((u) => !u.hash.includes("from="));
  assert.match(await page.locator("a", { hasText: "Back to the overview" }).getAttribute("href"), /^#\/$/);
  clean(log);
});

test("path rows link every entity and article of the chain", async () => {
  const { page, log } = await open("#/query?name=path&from=Okafor&to=Kenya");
  await page.waitForSelector("table.results tbody tr");
  const first = page.locator("table.results tbody tr").first();
  const hrefs = await first.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.ok(hrefs.includes("#/entity/person/ada-okafor") && hrefs.includes("#/entity/country/kenya"), `links: ${hrefs}`);
  assert.ok(hrefs.some((h) => h.startsWith("#/article/")), `links: ${hrefs}`);
  clean(log);
});

// Every page at 1400×900 and at 800 px wide, for a person to look at; the
// test checks that nothing is wider than the window and nothing logs.
const pages = {
  overview: "#/", "overview-range": "#/?from=2025-06-01&to=2025-07-31", entity: "#/entity/person/ada-okafor",
  "entity-org": "#/entity/company/veltrix-corp", query: "#/query?name=statements&speaker=Okafor",
  path: "#/query?name=path&from=Okafor&to=Kenya", gizmo: "#/query", search: "#/search?q=satellite",
  "search-empty": "#/search?q=zzzzqx", article: "#/article/f94c49e092e7b6f1",
};
for (const [name, route] of Object.entries(pages)) {
  test(`screenshots of ${name}`, async () => {
    for (const width of [1400, 800]) {
      const { page, log } = await open(route, { width, height: 900 });
      await page.waitForSelector("main .page > *:not(.loading)");
      await page.waitForTimeout(400);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(wide <= 0, `${name} at ${width} px is ${wide} px wider than the window`);
      await shot(page, `tables-${name}-${width}`);
      await page.close();
      clean(log);
    }
  });
}
