// Runs the type-level test (types.test-d.ts) through tsc, so `pnpm vitest run
// packages/report` fails when generated/report.d.ts and src/submission/types.ts drift apart.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

describe('generated report.d.ts', () => {
  it('equals the hand-written types (tsc on types.test-d.ts)', () => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const project = fileURLToPath(new URL('./tsconfig.typetest.json', import.meta.url));
    const r = spawnSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
