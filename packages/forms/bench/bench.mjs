#!/usr/bin/env node
// pnpm --filter @dvcq/forms bench — builds the benchmark page and the JSON Forms example,
// opens each in Debian Chromium (/usr/bin/chromium, headless) and prints:
//   gzip size of each page's JS; first render and full-form validation time (median of 200)
//   for our renderer; time from navigation start to a drawn form for both.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { join, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../../..');
const out = join(root, '.test-results', 'bench');
mkdirSync(out, { recursive: true });

async function bundle(name, entry) {
  const dir = join(out, name);
  mkdirSync(dir, { recursive: true });
  // As the examples build: code splitting (English loads on the switch), UTF-8 text.
  // The size reported is main.js, what loads before the first render.
  await build({ entryPoints: { main: entry }, bundle: true, minify: true, format: 'esm', splitting: true, charset: 'utf8', target: 'es2020', conditions: ['@dvcq/source'], outdir: dir, jsx: 'automatic', define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'error' });
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="stylesheet" href="./forms.css"><script type="module" src="./main.js"></script></head><body><main id="app"></main></body></html>`);
  writeFileSync(join(dir, 'forms.css'), readFileSync(join(here, '../styles.css')));
  const js = readFileSync(join(dir, 'main.js'));
  return { dir, minified: js.length, gzip: gzipSync(js, { level: 9 }).length };
}

function serve(dir) {
  const server = createServer((req, res) => {
    const p = new URL(req.url, 'http://x').pathname;
    const file = join(dir, p === '/' ? 'index.html' : p);
    let body;
    try {
      body = readFileSync(file);
    } catch {
      res.writeHead(404).end();
      return;
    }
    const headers = { 'content-type': { '.js': 'text/javascript', '.css': 'text/css' }[extname(file)] ?? 'text/html; charset=utf-8' };
    // Our page runs under the strict CSP it is meant for; JSON Forms (Ajv) needs eval.
    if (dir.endsWith('ours')) headers['content-security-policy'] = "script-src 'self'";
    res.writeHead(200, headers).end(body);
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(server)));
}

const ours = await bundle('ours', join(here, 'page.ts'));
const jf = await bundle('jsonforms', join(root, 'examples/forms-jsonforms/src/main.tsx'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const results = {};
for (const [name, page] of [['ours', ours], ['jsonforms', jf]]) {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const server = await serve(page.dir);
    const ctx = await browser.newContext();
    const tab = await ctx.newPage();
    await tab.goto(`http://127.0.0.1:${server.address().port}/?now=2021-05-15T09:00:00%2B07:00`);
    await tab.waitForFunction(() => document.querySelectorAll('input').length > 100);
    const drawnAt = await tab.evaluate(() => performance.now());
    // Ours measures validation once the legacy-encoding detector (a chunk loaded after drawing) is in.
    if (name === 'ours') await tab.waitForFunction(() => window.__bench !== undefined);
    const bench = name === 'ours' ? await tab.evaluate(() => window.__bench) : undefined;
    runs.push({ drawnAt, ...bench });
    await ctx.close();
    server.close();
  }
  const med = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  results[name] = { gzipBytes: page.gzip, minifiedBytes: page.minified, navigationToFormMs: med('drawnAt') };
  if (name === 'ours')
    Object.assign(results[name], { firstRenderMs: med('firstRenderMs'), firstValidationMs: med('firstValidationMs'), validationMedianMs: med('validationMedianMs'), validationP95Ms: med('validationP95Ms'), validateAndShowMedianMs: med('validateAndShowMedianMs'), reportOk: runs[0].ok, issues: runs[0].issues, fields: runs[0].fields });
}
await browser.close();
console.log(JSON.stringify(results, null, 2));
