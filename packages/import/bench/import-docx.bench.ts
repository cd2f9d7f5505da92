/**
 * Benchmark (not a test): importing a 30-page DOCX (budget ≤ 2 s on the
 * project's machine). Run: `pnpm --filter @dvcq/import bench` (vitest bench).
 */
import { bench, describe } from 'vitest';
import { importPlan } from '../src/index';
import { benchmarkDocx } from './document';

const bytes = await benchmarkDocx();

describe('importPlan', () => {
  bench(`30-page DOCX (${bytes.byteLength} bytes)`, async () => {
    const r = await importPlan(bytes, { fileName: 'ke-hoach.docx' });
    if (!r.ok) throw new Error('import failed');
  }, { iterations: 10, warmupIterations: 2 });
});
