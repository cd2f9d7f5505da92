// Shared by the form examples: bundles an example with esbuild into its dist/
// (workspace packages from their TypeScript sources, no package build needed)
// and, with --serve, serves dist/ on http://127.0.0.1:$PORT (default 5173).
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/**
 * @param {string} here - the example's folder
 * @param {{ entry: string, esbuild?: import('esbuild').BuildOptions, copy?: Record<string, string>, headers?: Record<string, string> }} options
 *   `entry` relative to `here`; `copy` maps dist file names to absolute source paths;
 *   `headers` are added to every served response (e.g. a CSP).
 */
export async function buildExample(here, { entry, esbuild = {}, copy = {}, headers = {} }) {
  // esbuild is each example's own devDependency: resolve it from the example.
  const { build } = createRequire(join(here, 'package.json'))('esbuild');
  const out = join(here, 'dist');
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [join(here, entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    conditions: ['@dvcq/source'],
    outfile: esbuild.outdir ? undefined : join(out, 'main.js'),
    logLevel: 'info',
    ...esbuild,
  });
  copyFileSync(join(here, 'index.html'), join(out, 'index.html'));
  for (const [name, from] of Object.entries(copy)) copyFileSync(from, join(out, name));

  if (!process.argv.includes('--serve')) return;
  const port = Number(process.env.PORT ?? 5173);
  createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(out, path === '/' ? 'index.html' : path);
    if (!file.startsWith(out) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
    res.end(readFileSync(file));
  }).listen(port, '127.0.0.1', () => console.log(`http://127.0.0.1:${port}/`));
}
