// Size budget of the form page (issue 5: renderer + validators + plan + vi messages
// ≤ 30 kB gzip). Size is deterministic, so it is asserted here; speed is measured by
// `pnpm --filter @dvcq/forms bench`, not in timed tests. The page measured is the real
// example (examples/forms-vanilla), bundled as its build does (esbuild, minified, code
// splitting); its JS is what loads before the first render. English (messages and the
// plan's English texts) is a separate file loaded on the language switch, reported
// beside the budget.
import { expect, test } from 'vitest';
import { join } from 'node:path';
import { ROOT } from './_harness';
import { measureBundle } from './_size';

const PAGE = join(ROOT, 'examples/forms-vanilla/src/main.ts');
const KB = 1024;

test('the renderer’s own code (validators, plan and zod left out) stays ≤ 12 kB gzip', async () => {
  const size = await measureBundle(join(ROOT, 'packages/forms/src/browser.ts'), { external: ['@dvcq/report', '@dvcq/report/*', '@dvcq/core', 'zod'] });
  console.log(`renderer alone: ${size.minified} B minified, ${size.gzip} B gzip`);
  expect(size.gzip).toBeLessThanOrEqual(12 * KB);
});

test('the form page (renderer + validateReport + plan + vi messages) is ≤ 30 kB gzip, with no zod', async () => {
  const size = await measureBundle(PAGE);
  const parts = Object.entries(size.byOrigin)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k}: ${(v / KB).toFixed(1)} kB`)
    .join('; ');
  const lazy = size.lazy.map((l) => `${l.gzip} B gzip (${l.inputs.filter((i) => !i.includes('examples/')).join(', ')})`).join('; ');
  console.log(`form page: ${size.minified} B minified, ${size.gzip} B gzip; minified by origin — ${parts}; on the English switch: ${lazy}`);
  // zod is not on the page: validation checks the shape without it, the plan is data.
  expect(Object.keys(size.byOrigin).filter((k) => k.startsWith('zod'))).toEqual([]);
  // The plan file itself is not on the page, only its Vietnamese form view.
  expect(Object.keys(size.byOrigin)).not.toContain('@dvcq/plan-hoa-binh-2021 (plan.json)');
  expect(size.gzip).toBeLessThanOrEqual(30 * KB);
});

test('the English switch loads the English messages and the plan’s English texts, and nothing of zod', async () => {
  const size = await measureBundle(PAGE);
  const inputs = size.lazy.flatMap((l) => l.inputs);
  expect(inputs).toContain('@dvcq/report');
  expect(inputs).toContain('@dvcq/plan-hoa-binh-2021 (form-plan.json)');
  expect(inputs.filter((k) => k.startsWith('zod'))).toEqual([]);
});
