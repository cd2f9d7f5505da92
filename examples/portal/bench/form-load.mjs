#!/usr/bin/env node
// Trên máy tính của xã — how long a unit's officer waits for the report form on a slow
// computer and a slow line: Debian Chromium (/usr/bin/chromium, headless) with the CPU
// slowed 4× (CDP Emulation.setCPUThrottlingRate, rate 4) and DevTools' "Fast 3G" network
// (CDP Network.emulateNetworkConditions: 562.5 ms latency, 180 000 B/s down, 84 375 B/s
// up — the preset's values as puppeteer's PredefinedNetworkConditions and Chrome DevTools'
// NetworkManager.ts define them: ((1.6 * 1000 * 1000) / 8) * 0.9 down,
// ((750 * 1000) / 8) * 0.9 up, 150 * 3.75 ms latency).
//
// Measured, the same way for both pages, each run in a fresh browser context (empty cache):
// the time from navigation start (performance.timeOrigin) until the form takes input — the
// first enabled field of the form is in the page (seen by a MutationObserver installed
// before any page script runs).
//   - the portal's form page (/form of `node server.mjs --demo`, the unit's officer signed
//     in: POST /login, the session cookie in the browser), answers as the portal sends them;
//   - the JSON Forms example (examples/forms-jsonforms, built by its build.mjs), served
//     from its dist/ with gzip too (the same compression, so only the pages differ).
// Runs alternate between the two pages (load on the machine hits both alike); the median
// of RUNS runs each is reported. Budget: the portal at least 2× faster — the script exits
// with status 1 when the ratio is below 2 (run by `pnpm --filter @dvcq-examples/portal bench`).
//
//   node examples/portal/bench/form-load.mjs [--runs N] [--json FILE]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const here = fileURLToPath(new URL('.', import.meta.url));
const portalDir = join(here, '..');
const root = join(portalDir, '../..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('--runs', '7'));
const JSON_OUT = arg('--json', undefined);
const NOW = '2021-05-21T10:00:00+07:00';
const UNIT = 'so-tu-phap';
const RATIO_BUDGET = 2;

/** DevTools' "Fast 3G" preset (see the header for the source). */
export const FAST_3G = { offline: false, latency: 150 * 3.75, downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9, uploadThroughput: ((750 * 1000) / 8) * 0.9 };
export const CPU_THROTTLING_RATE = 4;

// ── the portal ──────────────────────────────────────────────────────────────
async function startPortal() {
  const dataDir = mkdtempSync(join(tmpdir(), 'dvcq-portal-bench-'));
  const proc = spawn(process.execPath, [join(portalDir, 'server.mjs'), '--demo'], {
    cwd: portalDir,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DVCQ_DATA_DIR: dataDir, DVCQ_NOW: NOW, DVCQ_DATABASE_URL: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout.on('data', (c) => (out += c));
  proc.stderr.on('data', (c) => (out += c));
  const base = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`portal did not start in 120 s:\n${out}`)), 120_000);
    proc.stdout.on('data', () => {
      const m = /DVCQ_PORTAL_READY (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    proc.once('exit', (code) => reject(new Error(`portal exited (${code}):\n${out}`)));
  });
  const readJson = (name) => (existsSync(join(dataDir, name)) ? JSON.parse(readFileSync(join(dataDir, name), 'utf8')) : undefined);
  // Signed in as the unit's officer (POST /login → session cookie), as an official is; a portal
  // without accounts takes the unit's token on the page request instead.
  const accounts = readJson('demo-accounts.json');
  const officer = accounts?.find((a) => a.role === 'officer' && a.unitId === UNIT);
  let signedIn;
  if (officer) {
    const res = await fetch(`${base}/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: officer.login, password: officer.password }) });
    const cookie = /dvcq_session=([A-Za-z0-9_-]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
    if (res.status !== 200 || !cookie) throw new Error(`sign-in as ${officer.login}: HTTP ${res.status}`);
    signedIn = { url: `${base}/form`, cookies: [{ name: 'dvcq_session', value: cookie, url: base }] };
  } else {
    const tokens = readJson('demo-tokens.json');
    signedIn = { url: `${base}/form`, headers: { authorization: `Bearer ${tokens[UNIT]}` } };
  }
  const tokens = readJson('demo-tokens.json');
  return {
    signedIn,
    // The demo link of a portal without accounts: the token is in the #fragment, the script fetches the rest itself.
    ...(tokens ? { link: { url: `${base}/form#token=${tokens[UNIT]}` } } : {}),
    stop: async () => {
      proc.kill('SIGTERM');
      await new Promise((r) => (proc.exitCode !== null ? r() : proc.once('exit', r)));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

// ── the JSON Forms example ──────────────────────────────────────────────────
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json' };
async function startJsonForms() {
  const dir = join(root, 'examples/forms-jsonforms');
  const built = spawnSync(process.execPath, [join(dir, 'build.mjs')], { cwd: dir, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`JSON Forms example did not build:\n${built.stdout}${built.stderr}`);
  const dist = join(dir, 'dist');
  const cache = new Map();
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dist, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dist) || !existsSync(file)) return void res.writeHead(404).end();
    if (!cache.has(file)) cache.set(file, gzipSync(readFileSync(file), { level: 9 }));
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-encoding': 'gzip', 'cache-control': 'no-cache' });
    res.end(cache.get(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const q = new URLSearchParams({ unit: UNIT, period: 'semiannual', now: NOW });
  return { page: { url: `http://127.0.0.1:${server.address().port}/?${q}` }, stop: () => new Promise((r) => server.close(r)), jsBytes: readFileSync(join(dist, 'main.js')).length };
}

// ── one measured load ───────────────────────────────────────────────────────
// Installed before any script of the page: notes when the form's first enabled field appears.
const WATCH = `(() => {
  const ready = () => document.querySelector('#app input:not([disabled]), #app textarea:not([disabled]), #app select:not([disabled])');
  const done = () => { if (window.__formReadyAt === undefined && ready()) { window.__formReadyAt = performance.now(); obs.disconnect(); } };
  const obs = new MutationObserver(done);
  obs.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
})();`;

async function measure(browser, { url, headers, cookies }) {
  const context = await browser.newContext(headers ? { extraHTTPHeaders: headers } : {});
  if (cookies) await context.addCookies(cookies);
  const page = await context.newPage();
  await page.addInitScript(WATCH);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', FAST_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING_RATE });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
  await page.waitForFunction(() => window.__formReadyAt !== undefined, undefined, { timeout: 120_000, polling: 200 });
  const readyMs = await page.evaluate(() => window.__formReadyAt);
  const fields = await page.evaluate(() => document.querySelectorAll('#app input, #app textarea, #app select').length);
  if (process.argv.includes('--trace')) {
    const timeline = await page.evaluate(() =>
      [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => `${Math.round(e.startTime)}–${Math.round(e.responseEnd)} ms ${e.name.replace(location.origin, '')} (${e.encodedBodySize} B)`),
    );
    console.error(`${url}\n  ${timeline.join('\n  ')}\n  form takes input at ${Math.round(readyMs)} ms`);
  }
  await context.close();
  return { readyMs, fields, bytes };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const portal = await startPortal();
const jsonForms = await startJsonForms();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const runs = { portal: [], portalLink: [], jsonForms: [] };
try {
  // One warm-up load each (server caches, Chromium's own start-up), not counted.
  await measure(browser, portal.signedIn);
  await measure(browser, jsonForms.page);
  for (let i = 0; i < RUNS; i++) {
    runs.portal.push(await measure(browser, portal.signedIn));
    runs.jsonForms.push(await measure(browser, jsonForms.page));
    if (portal.link) runs.portalLink.push(await measure(browser, portal.link));
  }
} finally {
  await browser.close();
  await portal.stop();
  await jsonForms.stop();
}
const summary = (list) => ({ medianMs: Math.round(median(list.map((r) => r.readyMs))), runsMs: list.map((r) => Math.round(r.readyMs)), transferredBytes: median(list.map((r) => r.bytes)), fields: list[0]?.fields ?? 0 });
const result = {
  conditions: { cpuThrottlingRate: CPU_THROTTLING_RATE, network: { preset: 'Fast 3G', ...FAST_3G }, runs: RUNS, now: NOW, unit: UNIT },
  portal: summary(runs.portal),
  ...(runs.portalLink.length > 0 ? { portalDemoLink: summary(runs.portalLink) } : {}),
  jsonForms: summary(runs.jsonForms),
};
result.ratio = Math.round((result.jsonForms.medianMs / result.portal.medianMs) * 100) / 100;
result.budget = { ratioAtLeast: RATIO_BUDGET, ok: result.ratio >= RATIO_BUDGET };
console.log(JSON.stringify(result, null, 2));
console.log(
  `Biểu mẫu nhận nhập liệu sau (trung vị ${RUNS} lần) / form takes input after (median of ${RUNS}): cổng / portal ${result.portal.medianMs} ms${result.portalDemoLink ? ` (đường dẫn #token / #token link: ${result.portalDemoLink.medianMs} ms)` : ''}, JSON Forms ${result.jsonForms.medianMs} ms — ${result.ratio}× (ngân sách / budget ≥ ${RATIO_BUDGET}×: ${result.budget.ok ? 'đạt / met' : 'KHÔNG ĐẠT / NOT MET'})`,
);
if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify(result, null, 2));
process.exitCode = result.budget.ok ? 0 : 1;
