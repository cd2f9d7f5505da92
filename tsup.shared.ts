import { defineConfig, type Options } from 'tsup';

/**
 * The one build setup of every published package: ESM + CJS with a separate
 * `.d.ts` / `.d.cts` per format (one `.d.ts` for both is never valid), Node 20,
 * UTF-8 output so Vietnamese text stays readable in `dist/`.
 * @param entry - entry points, listed explicitly (no globbing)
 * @param extra - package-specific tsup options
 */
export function packageBuild(entry: string[], extra: Options = {}) {
  return defineConfig({
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    treeshake: true,
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
    ...extra,
  });
}
