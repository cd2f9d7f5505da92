// Builds the example into dist/ (esbuild, minified) and, with --serve, serves it on
// http://127.0.0.1:5173 with `Content-Security-Policy: script-src 'self'`.
//   pnpm --filter @dvcq-examples/forms-vanilla start
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, extname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const out = join(here, 'dist');
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(here, 'src/main.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2020',
  // Workspace packages are used from their TypeScript sources (no package build needed).
  conditions: ['@dvcq/source'],
  // Code splitting: English (./src/english.ts, loaded with import()) goes to its own
  // file, fetched only when the user switches language.
  outdir: out,
  splitting: true,
  // Vietnamese text as UTF-8, not \u escapes (smaller; served as UTF-8).
  charset: 'utf8',
  chunkNames: 'chunk-[hash]',
  logLevel: 'info',
});
copyFileSync(join(here, 'index.html'), join(out, 'index.html'));
copyFileSync(fileURLToPath(import.meta.resolve('@dvcq/forms/styles.css')), join(out, 'forms.css'));

if (process.argv.includes('--serve')) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
  const port = Number(process.env.PORT ?? 5173);
  createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(out, path === '/' ? 'index.html' : path);
    if (!file.startsWith(out) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-security-policy': "script-src 'self'" });
    res.end(readFileSync(file));
  }).listen(port, '127.0.0.1', () => console.log(`http://127.0.0.1:${port}/`));
}
