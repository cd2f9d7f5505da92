// Browser test harness: bundle a page with esbuild, serve it on 127.0.0.1 (random
// port) with optional CSP header, drive Debian's Chromium through playwright-core.
// Never downloads a browser (no `playwright install`).
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const SCREENSHOTS = join(ROOT, '.test-results', 'screenshots');
export const CHROMIUM = '/usr/bin/chromium';
export const CSP = "script-src 'self'";

/** Bundles `entry` (minified ESM, workspace packages from source) into `outDir/main.js` + index.html + forms.css. */
export async function bundlePage(entry: string, outDir: string, options: { html?: string; define?: Record<string, string>; split?: boolean } = {}): Promise<{ bytes: number; file: string }> {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'main.js');
  await build({
    entryPoints: options.split ? { main: entry } : [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    conditions: ['@dvcq/source'],
    // `split`: code splitting as the example's build does (what import() loads is a file of its own).
    ...(options.split ? { outdir: outDir, splitting: true, chunkNames: 'chunk-[hash]', charset: 'utf8' as const } : { outfile: file }),
    logLevel: 'error',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"', ...options.define },
  });
  writeFileSync(join(outDir, 'index.html'), options.html ?? readFileSync(join(ROOT, 'examples/forms-vanilla/index.html'), 'utf8'));
  copyFileSync(join(ROOT, 'packages/forms/styles.css'), join(outDir, 'forms.css'));
  return { bytes: readFileSync(file).length, file };
}

/** A posted submission, as the test server received it. */
export interface Received {
  authorization: string | undefined;
  body: unknown;
}

/** Serves `dir`; POST /api/reports records the body. `csp` adds the CSP header to every response. */
export async function serve(dir: string, options: { csp?: boolean } = {}): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css' };
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const headers: Record<string, string> = options.csp ? { 'content-security-policy': CSP } : {};
    if (req.method === 'POST' && req.url === '/api/reports') {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        received.push({ authorization: req.headers.authorization, body: JSON.parse(body) });
        res.writeHead(201, { ...headers, 'content-type': 'application/json' }).end('{"ok":true}');
      });
      return;
    }
    const path = normalize(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/favicon.ico') {
      res.writeHead(204, headers).end();
      return;
    }
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404, headers).end();
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, received, close: () => new Promise((r) => server.close(() => r())) };
}

/** Launches Debian Chromium headless. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Records CSP violations (event + console) and page errors. */
export async function watchPage(page: Page): Promise<{ csp: string[]; errors: string[] }> {
  const out = { csp: [] as string[], errors: [] as string[] };
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  page.on('console', (m) => {
    if (/Content.Security.Policy|unsafe-eval|Refused to/i.test(m.text())) out.csp.push(m.text());
    else if (m.type() === 'error') out.errors.push(m.text());
  });
  page.on('pageerror', (e) => out.errors.push(String(e)));
  return out;
}

/** axe-core (npm), served as a same-origin file so that a page under CSP `script-src 'self'` can load it. */
export function copyAxe(outDir: string): void {
  copyFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), join(outDir, 'axe.min.js'));
}

/**
 * Runs the axe-core accessibility audit (WCAG 2.0/2.1/2.2 A and AA, best practices) on
 * the page and returns its violations as readable lines (rule, impact, first targets).
 * The page must serve `/axe.min.js` ({@link copyAxe}).
 */
export async function audit(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: '/axe.min.js' });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
  return violations;
}

/** Saves a full-page screenshot under .test-results/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
