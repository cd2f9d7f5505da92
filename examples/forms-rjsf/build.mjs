// Builds the example into dist/ and, with --serve, serves it on http://127.0.0.1:5173
// (no CSP: Ajv, used by this renderer, compiles schemas with new Function).
//   pnpm --filter @dvcq-examples/forms-rjsf start
import { fileURLToPath } from 'node:url';
import { buildExample } from '../_shared/build-example.mjs';

await buildExample(fileURLToPath(new URL('.', import.meta.url)), {
  entry: 'src/main.tsx',
  esbuild: { jsx: 'automatic', define: { 'process.env.NODE_ENV': '"production"' } },
});
