// Test harness: builds newsgraph, loads examples/ into a fresh store,
// starts `newsgraph serve` on a free loopback port and opens Debian's
// Chromium through playwright-core. Nothing is downloaded: the browser is
// /usr/bin/chromium (apt-get install chromium), never `playwright install`.
import { before, after } from "node:test";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const screenshots = join(root, ".artifacts", "screenshots");
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";

// startServer builds the binary (or uses $NEWSGRAPH_BIN), loads the
// examples and serves them, with extra serve flags if given; it resolves
// with the base URL, the binary, the store and a scratch folder.
export async function startServer(extra = []) {
  const dir = mkdtempSync(join(tmpdir(), "ng-e2e-"));
  let bin = process.env.NEWSGRAPH_BIN;
  if (!bin) {
    bin = join(dir, "newsgraph");
    execFileSync("go", ["build", "-o", bin, "./cmd/newsgraph"], { cwd: root, stdio: "inherit" });
  }
  const db = join(dir, "db");
  execFileSync(bin, ["--db", db, "load", join(root, "examples")], { stdio: "pipe" });
  const proc = spawn(bin, ["--db", db, "serve", "--addr", "127.0.0.1:0", "--query-timeout", "2s", ...extra], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  proc.stderr.on("data", (d) => (stderr += d));
  const base = await new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error("server did not start: " + stderr)), 20000);
    proc.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/http:\/\/(127\.0\.0\.1:\d+)\//);
      if (m) { clearTimeout(timer); resolve("http://" + m[1]); }
    });
    proc.on("exit", (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
  });
  const stop = async () => {
    proc.kill("SIGINT");
    await new Promise((r) => (proc.exitCode !== null ? r() : proc.on("exit", r)));
    rmSync(dir, { recursive: true, force: true });
  };
  // bin and db let a test run other commands on the served store.
  return { base, stop, stderr: () => stderr, bin, db, dir };
}

// launchBrowser starts headless Chromium with a fresh profile and extra
// command-line switches if given.
export async function launchBrowser(extra = []) {
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: apt-get install -y chromium`);
  const profile = mkdtempSync(join(tmpdir(), "ng-chromium-"));
  // A persistent context is how playwright passes --user-data-dir.
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1366, height: 900 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", ...extra],
  });
  return { browser, close: async () => { await browser.close(); rmSync(profile, { recursive: true, force: true }); } };
}

// newPage opens a page (in the browser's one context) that records dialogs, page errors and every request
// to another host, so that tests can assert there were none.
export async function newPage(browser, base) {
  const page = await browser.newPage();
  const log = { dialogs: [], errors: [], foreign: [] };
  page.on("dialog", async (d) => { log.dialogs.push(d.message()); await d.dismiss(); });
  page.on("pageerror", (e) => log.errors.push(String(e)));
  // Console errors count, except Chromium's own line for an HTTP error
  // status, which the error tests provoke on purpose.
  page.on("console", (m) => {
    if (m.type() === "error" && !/^Failed to load resource: the server responded with a status of/.test(m.text())) log.errors.push(m.text());
  });
  const host = new URL(base).host;
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (u.protocol !== "data:" && u.host !== host) log.foreign.push(r.url());
  });
  return { page, log };
}

export async function shot(page, name) {
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, name + ".png"), fullPage: true });
}

// serveAndBrowse starts a server (with extra serve flags) and Chromium
// before a file's tests and stops both after them; env.server and
// env.chrome hold them once started.
export function serveAndBrowse(serveFlags = [], browserFlags = []) {
  const env = {};
  before(async () => {
    env.server = await startServer(serveFlags);
    env.chrome = await launchBrowser(browserFlags);
  });
  after(async () => {
    await env.chrome?.close();
    await env.server?.stop();
  });
  return env;
}
