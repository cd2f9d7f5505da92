// The committed exports for the Hòa Bình 2021 plan (generated/ and vectors/) must
// equal what the code produces now. Regenerate with `pnpm --filter @dvcq/report generate`.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSchemaExports } from '../export';
import { hoaBinhPlan } from '../_fixtures/plans';

const pkg = fileURLToPath(new URL('../../', import.meta.url));
const update = process.env['DVCQ_UPDATE'] === '1';

describe('committed exports are in sync', async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'dvcq-report-'));
  const written = await writeSchemaExports(tmp, { plan: hoaBinhPlan });
  const target = (name: string) => (name.startsWith('vectors/') ? join(pkg, name) : join(pkg, 'generated', name));
  if (update) {
    rmSync(join(pkg, 'vectors'), { recursive: true, force: true });
    mkdirSync(join(pkg, 'vectors'), { recursive: true });
    mkdirSync(join(pkg, 'generated'), { recursive: true });
    for (const name of written) writeFileSync(target(name), readFileSync(join(tmp, name), 'utf8'));
  }
  it.each(written)('%s', (name) => {
    expect(existsSync(target(name)), `${name} missing: run pnpm --filter @dvcq/report generate`).toBe(true);
    expect(readFileSync(target(name), 'utf8')).toBe(readFileSync(join(tmp, name), 'utf8'));
  });
  it('no stale vector files', () => {
    const expected = written.filter((n) => n.startsWith('vectors/')).map((n) => n.slice(8)).sort();
    expect(readdirSync(join(pkg, 'vectors')).sort()).toEqual(expected);
  });
});
