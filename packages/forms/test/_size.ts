// Size measurement shared by the budget test and the benchmark: bundle a page entry
// with esbuild (minified ESM with code splitting, workspace packages from source),
// gzip it, and split the minified bytes by origin so an over-budget page says what is
// heavy. The page's JS is what loads before first render: the entry chunk and the
// chunks it imports statically. Chunks reached only by `import()` (English, loaded
// when the user switches language; the legacy-encoding detector, loaded after the
// first render) are measured apart as `lazy`.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

/** What a page bundle weighs. */
export interface BundleSize {
  /** Minified bytes loaded before first render. */
  minified: number;
  /** Their gzip -9 size (each file gzipped on its own, as served). */
  gzip: number;
  /** Minified bytes per origin (initial files): a package name, or a workspace file group. */
  byOrigin: Record<string, number>;
  /** The source files in the initial files (paths as esbuild names them). */
  initialFiles: string[];
  /** Files loaded only on demand (`import()`), with their gzip sizes, origins and source files. */
  lazy: Array<{ file: string; minified: number; gzip: number; inputs: string[]; files: string[] }>;
}

export async function measureBundle(entry: string, options: { external?: string[] } = {}): Promise<BundleSize> {
  const r = await build({
    entryPoints: { page: entry },
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    target: 'es2020',
    // Vietnamese text as UTF-8, not \u escapes (the example's build does the same).
    charset: 'utf8',
    conditions: ['@dvcq/source'],
    write: false,
    metafile: true,
    outdir: 'out',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
    external: options.external ?? [],
  });
  const outputs = r.metafile.outputs;
  const files = new Map(r.outputFiles.map((f) => [f.path.slice(f.path.lastIndexOf('/out/') + 1), f.contents]));
  const entryOut = Object.keys(outputs).find((k) => outputs[k]!.entryPoint !== undefined && k.endsWith('page.js'))!;
  const initial = new Set<string>();
  const walk = (k: string) => {
    if (initial.has(k)) return;
    initial.add(k);
    for (const i of outputs[k]!.imports) if (i.kind === 'import-statement' && outputs[i.path]) walk(i.path);
  };
  walk(entryOut);
  let minified = 0;
  let gzip = 0;
  const byOrigin: Record<string, number> = {};
  const initialFiles: string[] = [];
  const lazy: BundleSize['lazy'] = [];
  for (const [k, out] of Object.entries(outputs)) {
    if (!k.endsWith('.js')) continue;
    const code = files.get(k)!;
    const g = gzipSync(code, { level: 9 }).length;
    if (!initial.has(k)) {
      lazy.push({ file: k, minified: code.length, gzip: g, inputs: Object.keys(out.inputs).map(_origin), files: Object.keys(out.inputs) });
      continue;
    }
    minified += code.length;
    gzip += g;
    for (const [file, v] of Object.entries(out.inputs)) {
      byOrigin[_origin(file)] = (byOrigin[_origin(file)] ?? 0) + v.bytesInOutput;
      initialFiles.push(file);
    }
  }
  return { minified, gzip, byOrigin, initialFiles, lazy };
}

function _origin(file: string): string {
  const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (m) return m[1]!;
  const w = /packages\/([^/]+)\/(.*)$/.exec(file);
  if (w) return w[2]!.endsWith('.json') ? `@dvcq/${w[1]} (${w[2]!.replace(/^src\//, '')})` : `@dvcq/${w[1]}`;
  return file;
}
