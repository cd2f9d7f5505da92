import { defineConfig } from 'vitest/config';

// Tests run on the TypeScript sources through the "@dvcq/source" export
// condition (the zod pattern), so no build is needed for unit tests.
// Keep the list minimal: vitest passes these to Node as `--conditions` for
// externalized dependencies, and `import`/`module` there make `require()` pick
// ESM files inside CommonJS packages (Express's is-promise broke that way).
const conditions = ['@dvcq/source', 'node'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'examples/*/test/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
