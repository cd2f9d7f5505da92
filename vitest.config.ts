import { defineConfig } from 'vitest/config';

// Tests run on the TypeScript sources through the "@dvcq/source" export
// condition (the zod pattern), so no build is needed for unit tests.
export default defineConfig({
  resolve: { conditions: ['@dvcq/source', 'module', 'node', 'import', 'default'] },
  ssr: { resolve: { conditions: ['@dvcq/source', 'module', 'node', 'import', 'default'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'examples/*/test/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
