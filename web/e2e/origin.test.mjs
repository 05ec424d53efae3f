// A page of another origin must not be able to use the console. Run:
// node --test web/e2e/
//
// The hostile page is served by a tiny node server on another loopback
// port; Chromium resolves evil.example to 127.0.0.1 to play DNS rebinding.
// What the console refused is read from its log (stderr), where every
// refusal is a "request refused" line naming the reason and the path: a
// refused request never reaches a route.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { startServer, launchBrowser } from "./harness.mjs";

let server, chrome, evil, evilBase;

// The hostile page: a Gizmo POST that needs no preflight, a read of the
// stats, an <img> that starts an export and a reindex, all at the console.
const hostilePage = (target) => `<!doctype html><title>evil</title><script>
const target = ${JSON.stringify(target)};
window.results = {};
(async () => {
  const attempt = async (name, f) => { try { results[name] = await f(); } catch (e) { results[name] = "error: " + e.message; } };
  await attempt("gizmo", async () => (await fetch(target + "/api/gizmo", { method: "POST", mode: "no-cors",
    headers: { "Content-Type": "text/plain" }, body: 'g.emit("pwned")' })).type);
  await attempt("stats", async () => await (await fetch(target + "/api/stats")).text());
  await attempt("reindex", async () => (await fetch(target + "/api/reindex", { method: "POST", mode: "no-cors" })).type);
  await attempt("export", () => new Promise((resolve) => {
    const img = new Image();
    img.onload = () => resolve("load");
    img.onerror = () => resolve("error");
    img.src = target + "/api/export?format=nquads";
  }));
  results.done = true;
})();
</script>`;

before(async () => {
  server = await startServer();
  chrome = await launchBrowser(["--host-resolver-rules=MAP evil.example 127.0.0.1"]);
  evil = createServer((req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(hostilePage(server.base));
  });
  await new Promise((r) => evil.listen(0, "127.0.0.1", r));
  evilBase = `http://127.0.0.1:${evil.address().port}`;
});

after(async () => {
  await chrome?.close();
  await server?.stop();
  evil?.close();
});

// refusals returns the console's "request refused" log lines for a path.
function refusals(path) {
  return server.stderr().split("\n").filter((l) => l.includes('msg="request refused"') && l.includes(`path=${path} `));
}

test("a page on another loopback port cannot run Gizmo, read stats, export or reindex", async () => {
  const page = await chrome.browser.newPage();
  await page.goto(evilBase + "/");
  await page.waitForFunction(() => window.results && window.results.done, null, { timeout: 15000 });
  const results = await page.evaluate(() => window.results);
  assert.match(results.stats, /^error: /, "the stats were read: " + results.stats);
  assert.equal(results.export, "error", "the export loaded as an image");
  for (const path of ["/api/gizmo", "/api/stats", "/api/reindex", "/api/export"]) {
    const lines = refusals(path);
    assert.equal(lines.length, 1, `refusals of ${path}: ${JSON.stringify(lines)}\n${server.stderr()}`);
    assert.match(lines[0], /reason=cross-origin/);
  }
  await page.close();
});

test("a DNS-rebinding name for the console's own address is not answered", async () => {
  const page = await chrome.browser.newPage();
  const port = new URL(server.base).port;
  const res = await page.goto(`http://evil.example:${port}/api/stats`);
  assert.equal(res.status(), 421);
  assert.doesNotMatch(await res.text(), /articles/);
  // Chromium asks again on a new connection after a 421, so one or two.
  const lines = refusals("/api/stats").filter((l) => l.includes('reason="host not allowed"') && l.includes(`host=evil.example:${port}`));
  assert.ok(lines.length >= 1, server.stderr());
  await page.close();
});

test("the console's own page still runs Gizmo and reindexes with its token", async () => {
  const page = await chrome.browser.newPage();
  await page.goto(server.base + "/");
  const got = await page.evaluate(async () => {
    const token = document.querySelector('meta[name="newsgraph-token"]').content;
    const gizmo = await fetch("/api/gizmo", { method: "POST", headers: { "Content-Type": "text/plain" }, body: 'g.emit("ours")' });
    const noToken = await fetch("/api/reindex", { method: "POST" });
    const withToken = await fetch("/api/reindex", { method: "POST", headers: { "X-Newsgraph-Token": token } });
    return { gizmo: gizmo.status, body: await gizmo.text(), noToken: noToken.status, withToken: withToken.status, token };
  });
  assert.equal(got.gizmo, 200);
  assert.match(got.body, /"value":"ours"/);
  assert.equal(got.noToken, 403);
  assert.equal(got.withToken, 200);
  assert.match(got.token, /^[A-Za-z0-9_-]{43}$/);
  await page.close();
});
