#!/usr/bin/env node
// Đóng gói cổng — bundles the portal's TypeScript (server and browser pages) with
// esbuild from the workspace sources (no separate build step), into
// .build/<content hash>/, written atomically so several portals starting at once
// never see half-written files. Browser assets get content-hashed names (served
// as immutable) and are precompressed here once: <name>.br (brotli, quality 11)
// and <name>.gz (gzip, level 9) beside each file.
//
//   node examples/portal/build.mjs --sizes   prints each asset's size: raw, gzip, brotli
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zc, gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const OUT = join(here, '.build');

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

// The pages' scripts (one entry each): every one is kept by the reachability filter below.
const PAGE_SCRIPTS = { form: join(here, 'src/client/form.ts'), dashboard: join(here, 'src/client/dashboard.ts') };

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.ico': 'image/x-icon' };
const sha = (data) => createHash('sha256').update(data).digest('hex');

/**
 * Builds (or reuses) the bundle of the current sources.
 * @returns {Promise<string>} the bundle folder (holds main.js, public/, public/manifest.json)
 */
export async function buildPortal() {
  const common = { bundle: true, write: false, conditions: ['@dvcq/source'], logLevel: 'error', legalComments: 'none' };
  const [srv, web] = await Promise.all([
    build({ ...common, entryPoints: { main: join(here, 'src/main.ts') }, platform: 'node', format: 'esm', target: 'node20', outdir: join(OUT, 'out'), plugins: [externals] }),
    build({
      ...common,
      entryPoints: PAGE_SCRIPTS,
      entryNames: '[name].[hash]',
      // Code a page loads only when needed (e.g. the form's English words) goes to its own chunk.
      splitting: true,
      chunkNames: 'chunk-[hash]',
      metafile: true,
      platform: 'browser',
      format: 'esm',
      target: 'es2020',
      minify: true,
      outdir: join(OUT, 'out/public'),
    }),
  ]);
  // The form page's script once more as ONE file (no chunks; the English words included),
  // written into the form page itself: on a slow line the form then needs one round trip
  // (the page), not two (page, then script). Its SHA-256 goes into that page's CSP. Kept
  // only when its text cannot end the script element early.
  const inline = await build({ ...common, entryPoints: { 'form-inline': join(here, 'src/client/form.ts') }, entryNames: '[name].[hash]', platform: 'browser', format: 'esm', target: 'es2020', minify: true, charset: 'utf8', outdir: join(OUT, 'out/public') });
  const inlineFiles = inline.outputFiles.filter((f) => !/<\/script|<!--/i.test(f.text));
  const css = readFileSync(require.resolve('@dvcq/forms/styles.css'), 'utf8') + '\n' + readFileSync(join(here, 'src/portal.css'), 'utf8');
  const files = [...srv.outputFiles, ...web.outputFiles, ...inlineFiles].map((f) => ({ rel: relative(join(OUT, 'out'), f.path), data: Buffer.from(f.contents) }));
  files.push({ rel: `public/portal.${sha(css).slice(0, 8).toUpperCase()}.css`, data: Buffer.from(css) });
  files.push({ rel: 'public/favicon.ico', data: favicon() });

  // Chunks each page imports statically (preloaded with the page) and loads lazily.
  const imports = {};
  for (const [out, meta] of Object.entries(web.metafile.outputs)) {
    imports[basename(out)] = meta.imports.filter((i) => !i.external).map((i) => ({ file: basename(i.path), lazy: i.kind === 'dynamic-import' }));
  }
  // esbuild still writes a chunk whose dynamic import was shaken away (e.g. a spreadsheet
  // library behind an export format the page never uses): keep only what a page can reach.
  const reachable = new Set();
  const reach = (file) => {
    if (reachable.has(file)) return;
    reachable.add(file);
    for (const i of imports[file] ?? []) reach(i.file);
  };
  // (A dynamically imported file counts as an entry point in the metafile: start from the pages.)
  const pages = new Set(Object.keys(PAGE_SCRIPTS));
  for (const out of Object.keys(web.metafile.outputs)) if (pages.has(basename(out).split('.')[0])) reach(basename(out));
  for (const f of inlineFiles) reachable.add(basename(f.path));
  for (let i = files.length - 1; i >= 0; i--) {
    const f = files[i];
    if (f.rel.startsWith('public/') && f.rel.endsWith('.js') && !reachable.has(basename(f.rel))) files.splice(i, 1);
  }
  const hash = createHash('sha256');
  // This script shapes the folder (manifest, compressed copies): a change to it is a new bundle.
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  for (const f of files) hash.update(f.rel).update('\0').update(f.data).update('\0');
  const dir = join(OUT, hash.digest('hex').slice(0, 16));
  if (!existsSync(join(dir, 'public', 'manifest.json'))) {
    const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
    const manifest = {};
    for (const f of files) {
      const path = join(tmp, f.rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.data);
      if (!f.rel.startsWith('public/')) continue;
      const file = basename(f.rel);
      const ext = file.slice(file.lastIndexOf('.'));
      // Logical name: "form.js" for "form.3KXQ2PZC.js"; chunks ("chunk-3KXQ2PZC.js") and
      // the favicon are known by their file name. Every name with a hash is immutable.
      const chunk = /^chunk-[A-Z0-9]{8}\.js$/.test(file);
      const logical = chunk ? file : file.replace(/\.[A-Z0-9]{8}(\.[a-z]+)$/, '$1');
      const entry = { file, type: TYPES[ext] ?? 'application/octet-stream', immutable: chunk || logical !== file, bytes: f.data.length };
      if (imports[file]?.length) Object.assign(entry, { imports: imports[file] });
      // A script written into a page: the hash its Content-Security-Policy allows it by.
      // The stylesheet too: a page that carries its script carries its style (a pending stylesheet would hold the script back).
      if (logical.endsWith('-inline.js') || (logical === 'portal.css' && !/<\/style/i.test(f.data.toString('utf8')))) Object.assign(entry, { inline: true, sha256: createHash('sha256').update(f.data).digest('base64') });
      if (ext === '.js' || ext === '.css' || ext === '.ico') {
        const br = brotliCompressSync(f.data, { params: { [zc.BROTLI_PARAM_QUALITY]: 11, [zc.BROTLI_PARAM_SIZE_HINT]: f.data.length } });
        const gz = gzipSync(f.data, { level: 9 });
        writeFileSync(`${path}.br`, br);
        writeFileSync(`${path}.gz`, gz);
        Object.assign(entry, { br: br.length, gzip: gz.length });
      }
      manifest[logical] = entry;
    }
    writeFileSync(join(tmp, 'public', 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    try {
      renameSync(tmp, dir);
    } catch {
      // another process won the race with identical content
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  // Keep .build/ small: drop bundles of earlier sources once they are an hour old, so
  // a portal still running from one is not pulled from under it.
  for (const name of readdirSync(OUT)) {
    const old = join(OUT, name);
    try {
      if (old !== dir && name !== 'out' && Date.now() - statSync(old).mtimeMs > 3_600_000) rmSync(old, { recursive: true, force: true });
    } catch {
      // removed concurrently by another portal: nothing to do
    }
  }
  return dir;
}

/**
 * Biểu tượng trang — a 32×32 icon drawn here (no binary file in the repository):
 * "DV" in white on the portal's blue, as a 32-bit BMP inside an ICO container.
 */
function favicon() {
  const W = 32;
  const glyphs = {
    D: ['1111.', '1...1', '1...1', '1...1', '1...1', '1...1', '1111.'],
    V: ['1...1', '1...1', '1...1', '1...1', '1...1', '.1.1.', '..1..'],
  };
  const px = new Uint8Array(W * W * 4); // BGRA, top-down here; flipped when written
  const set = (x, y, [r, g, b, a]) => px.set([b, g, r, a], (y * W + x) * 4);
  for (let y = 0; y < W; y++)
    for (let x = 0; x < W; x++) {
      const dx = Math.max(0, 5 - x, x - (W - 6));
      const dy = Math.max(0, 5 - y, y - (W - 6));
      if (dx * dx + dy * dy <= 25) set(x, y, [0x0b, 0x4f, 0x8a, 255]);
    }
  const draw = (rows, x0, y0) => rows.forEach((row, r) => [...row].forEach((c, col) => {
    if (c !== '1') return;
    for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) set(x0 + col * 2 + i, y0 + r * 2 + j, [255, 255, 255, 255]);
  }));
  draw(glyphs.D, 5, 9);
  draw(glyphs.V, 17, 9);
  const mask = W * 4; // 1 bit per pixel, rows padded to 4 bytes: 32 rows × 4 bytes, all 0 (alpha decides)
  const image = Buffer.alloc(40 + px.length + mask);
  image.writeUInt32LE(40, 0);
  image.writeInt32LE(W, 4);
  image.writeInt32LE(W * 2, 8); // height counts the XOR and AND bitmaps
  image.writeUInt16LE(1, 12);
  image.writeUInt16LE(32, 14);
  image.writeUInt32LE(px.length + mask, 20);
  for (let y = 0; y < W; y++) image.set(px.subarray((W - 1 - y) * W * 4, (W - y) * W * 4), 40 + y * W * 4);
  const head = Buffer.alloc(22);
  head.writeUInt16LE(0, 0);
  head.writeUInt16LE(1, 2);
  head.writeUInt16LE(1, 4);
  head.writeUInt8(W, 6);
  head.writeUInt8(W, 7);
  head.writeUInt16LE(1, 10);
  head.writeUInt16LE(32, 12);
  head.writeUInt32LE(image.length, 14);
  head.writeUInt32LE(22, 18);
  return Buffer.concat([head, image]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = await buildPortal();
  if (process.argv.includes('--sizes')) {
    const manifest = JSON.parse(readFileSync(join(dir, 'public', 'manifest.json'), 'utf8'));
    const byFile = new Map(Object.values(manifest).map((e) => [e.file, e]));
    const kb = (n) => (n === undefined ? '—' : `${(n / 1000).toFixed(1)} kB`);
    process.stdout.write('asset\tfile\traw\tgzip -9\tbrotli -11\n');
    for (const [name, e] of Object.entries(manifest)) process.stdout.write(`${name}\t${e.file}\t${kb(e.bytes)}\t${kb(e.gzip)}\t${kb(e.br)}\n`);
    // What a page loads before it runs: its script and every chunk it imports statically.
    for (const page of ['form.js', 'dashboard.js']) {
      const seen = new Set();
      const walk = (file) => {
        if (seen.has(file)) return;
        seen.add(file);
        for (const i of byFile.get(file)?.imports ?? []) if (!i.lazy) walk(i.file);
      };
      walk(manifest[page].file);
      const sum = (k) => [...seen].reduce((n, f) => n + (byFile.get(f)?.[k] ?? 0), 0);
      process.stdout.write(`${page} + static chunks\t${seen.size} files\t${kb(sum('bytes'))}\t${kb(sum('gzip'))}\t${kb(sum('br'))}\n`);
    }
  } else {
    process.stdout.write(`${dir}\n`);
  }
}
