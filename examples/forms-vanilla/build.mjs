// Builds the example into dist/ and, with --serve, serves it on http://127.0.0.1:5173
// with `Content-Security-Policy: script-src 'self'`.
//   pnpm --filter @dvcq-examples/forms-vanilla start
import { fileURLToPath } from 'node:url';
import { buildExample } from '../_shared/build-example.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
await buildExample(here, {
  entry: 'src/main.ts',
  esbuild: {
    // Code splitting: English (./src/english.ts, loaded with import()) goes to its own
    // file, fetched only when the user switches language.
    outdir: `${here}dist`,
    splitting: true,
    // Vietnamese text as UTF-8, not \u escapes (smaller; served as UTF-8).
    charset: 'utf8',
    chunkNames: 'chunk-[hash]',
  },
  copy: { 'forms.css': fileURLToPath(import.meta.resolve('@dvcq/forms/styles.css')) },
  headers: { 'content-security-policy': "script-src 'self'" },
});
