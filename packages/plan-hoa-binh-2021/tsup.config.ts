import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  treeshake: true,
  // plan.json is bundled into both formats; keep its Vietnamese text as UTF-8
  // instead of \u escapes (about 25% smaller, readable in dist/).
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
});
