#!/usr/bin/env node
// Cổng báo cáo mẫu — reference portal launcher.
//   node examples/portal/server.mjs            (PORT=3000, DVCQ_DATA_DIR=./data)
//   node examples/portal/server.mjs --smoke    (start on a free port, check one request, exit 0)
// It bundles the portal's TypeScript (server and browser pages) with esbuild from the
// workspace sources (no separate build step), into .build/<content hash>/ — written
// atomically, so several portals starting at once never see half-written files.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

// Bare imports other than the workspace's own packages stay external (native
// better-sqlite3, exceljs…). They are resolved here, from the importing package's
// folder (pnpm keeps each package's dependencies beside it), and referenced by path.
const externals = {
  name: 'externals',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.path.startsWith('@dvcq/') || args.kind === 'entry-point' || args.pluginData === 'inner') return undefined;
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      const r = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, pluginData: 'inner' });
      if (r.errors.length > 0) return { errors: r.errors };
      return { path: r.path, external: true };
    });
  },
};

async function bundle() {
  const common = { bundle: true, write: false, conditions: ['@dvcq/source'], logLevel: 'error', legalComments: 'none' };
  const [srv, web] = await Promise.all([
    build({ ...common, entryPoints: { main: join(here, 'src/main.ts') }, platform: 'node', format: 'esm', target: 'node20', outdir: join(here, '.build/out'), plugins: [externals] }),
    build({
      ...common,
      entryPoints: { form: join(here, 'src/client/form.ts'), dashboard: join(here, 'src/client/dashboard.ts') },
      platform: 'browser',
      format: 'esm',
      target: 'es2020',
      minify: true,
      outdir: join(here, '.build/out/public'),
    }),
  ]);
  const css = readFileSync(require.resolve('@dvcq/forms/styles.css'), 'utf8') + '\n' + readFileSync(join(here, 'src/portal.css'), 'utf8');
  const files = [...srv.outputFiles, ...web.outputFiles].map((f) => ({ rel: relative(join(here, '.build/out'), f.path), text: f.text }));
  files.push({ rel: 'public/portal.css', text: css });
  const hash = createHash('sha256');
  for (const f of files) hash.update(f.rel).update('\0').update(f.text).update('\0');
  const dir = join(here, '.build', hash.digest('hex').slice(0, 16));
  if (!existsSync(join(dir, 'main.js'))) {
    const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
    for (const f of files) {
      mkdirSync(dirname(join(tmp, f.rel)), { recursive: true });
      writeFileSync(join(tmp, f.rel), f.text);
    }
    try {
      renameSync(tmp, dir);
    } catch {
      // another process won the race with identical content
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  return dir;
}

const dir = await bundle();

// Keep .build/ small: drop bundles of earlier sources once they are an hour old, so
// a portal still running from one is not pulled from under it.
for (const name of readdirSync(join(here, '.build'))) {
  const old = join(here, '.build', name);
  try {
    if (old !== dir && Date.now() - statSync(old).mtimeMs > 3_600_000) rmSync(old, { recursive: true, force: true });
  } catch {
    // removed concurrently by another portal: nothing to do
  }
}
const { main } = await import(pathToFileURL(join(dir, 'main.js')).href);
const code = await main({ argv: process.argv.slice(2), env: process.env, publicDir: join(dir, 'public'), cwd: process.cwd() });
if (typeof code === 'number') process.exit(code);
