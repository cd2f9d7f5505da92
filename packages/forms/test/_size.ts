// Size measurement shared by the budget test and the benchmark: bundle a page entry
// with esbuild (minified ESM, workspace packages from source), gzip it, and split the
// minified bytes by origin so an over-budget page says what is heavy.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

/** What a page bundle weighs. */
export interface BundleSize {
  minified: number;
  gzip: number;
  /** Minified bytes per origin: a package name, or a workspace file group. */
  byOrigin: Record<string, number>;
}

export async function measureBundle(entry: string, options: { external?: string[] } = {}): Promise<BundleSize> {
  const r = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    conditions: ['@dvcq/source'],
    write: false,
    metafile: true,
    outfile: 'page.js',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
    external: options.external ?? [],
  });
  const code = r.outputFiles[0]!.contents;
  const out = Object.values(r.metafile.outputs)[0]!;
  const byOrigin: Record<string, number> = {};
  for (const [file, v] of Object.entries(out.inputs)) {
    const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(file);
    let k = m ? m[1]! : file;
    if (!m) {
      const w = /packages\/([^/]+)\/(.*)$/.exec(file);
      if (w) k = w[2] === 'plan.json' ? `@dvcq/${w[1]} (plan.json)` : `@dvcq/${w[1]}`;
    }
    byOrigin[k] = (byOrigin[k] ?? 0) + v.bytesInOutput;
  }
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length, byOrigin };
}
