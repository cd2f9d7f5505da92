// Size budget of the form page (renderer + validators + plan + vi messages ≤ 30 kB
// gzip), for both test plans. Size is deterministic, so it is asserted here; speed is
// measured by `pnpm --filter @dvcq/forms bench`, not in timed tests. The pages
// measured: the real example (examples/forms-vanilla, the Hòa Bình 2021 plan), and the
// same page for the two-level 2026 test plan (fixtures/plans), whose Vietnamese form
// view is generated here with core's `formPlanView`. Both are bundled as the example's
// build does (esbuild, minified, code splitting); their JS is what loads before the first
// render. English (messages, the form's words and the plan's English texts) is a
// separate file loaded on the language switch, the legacy-encoding detector (with
// its tables and the syllable check) a file the form loads right after it has drawn,
// and so are (Hòa Bình page) the tasks' full texts; all are reported beside the budget.
import { expect, test } from 'vitest';
import { join } from 'node:path';
import { ROOT } from './_harness';
import { twoLevelPage } from './_plans';
import { type BundleSize, measureBundle } from './_size';

const PAGE = join(ROOT, 'examples/forms-vanilla/src/main.ts');
const KB = 1024;
const BUDGET = 30 * KB;

function describeSize(name: string, size: BundleSize): string {
  const parts = Object.entries(size.byOrigin)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k}: ${(v / KB).toFixed(1)} kB`)
    .join('; ');
  const lazy = size.lazy.map((l) => `${l.gzip} B gzip (${[...new Set(l.inputs.filter((i) => !i.includes('examples/')))].join(', ')}${l.files.some(_isLegacy) ? ': legacy-encoding check' : ''}${l.inputs.some((i) => i.includes('form-plan-texts')) ? ': tasks’ full texts' : ''})`).join('; ');
  return `${name}: ${size.minified} B minified, ${size.gzip} B gzip (budget ${BUDGET} B, margin ${BUDGET - size.gzip} B); minified by origin — ${parts}; loaded on demand (English switch, legacy-encoding check, full task texts): ${lazy}`;
}

/** Core's legacy-encoding detector, its tables and the syllable check (@dvcq/core/legacy). */
function _isLegacy(file: string): boolean {
  return /packages\/core\/src\/(?:legacy\.ts|text\/(?:legacy|legacy-tables|syllable)\.ts)$/.test(file);
}

// 12.5 kB: loading the tasks' full texts on demand (option `taskTexts`, ≈ 0.2 kB gzip
// here) moves ≈ 3.8 kB gzip of plan text off the page (was 12 kB before, 12 181 B).
test('the renderer’s own code (validators, plan and zod left out) stays ≤ 12.5 kB gzip', async () => {
  const size = await measureBundle(join(ROOT, 'packages/forms/src/browser.ts'), { external: ['@dvcq/report', '@dvcq/report/*', '@dvcq/core', 'zod'] });
  console.log(`renderer alone: ${size.minified} B minified, ${size.gzip} B gzip`);
  expect(size.gzip).toBeLessThanOrEqual(12.5 * KB);
});

/** Measures a form page and checks what must hold whatever its size: no zod, English apart. */
async function measurePage(name: string, page: string): Promise<BundleSize> {
  const size = await measureBundle(page);
  console.log(describeSize(`form page, ${name}`, size));
  // zod is not on the page: validation checks the shape without it, the plan is data.
  expect(Object.keys(size.byOrigin).filter((k) => k.startsWith('zod'))).toEqual([]);
  // The form's English words are not on the page either: they load on the switch.
  expect(size.lazy.flatMap((l) => l.inputs)).toContain('@dvcq/forms');
  // The legacy-encoding detector loads on demand, in a file of its own; everything else
  // validateReport runs (engine, text checks, rules, Vietnamese messages) is on the page.
  expect(size.initialFiles.filter(_isLegacy)).toEqual([]);
  const legacy = size.lazy.filter((l) => l.files.some(_isLegacy));
  expect(legacy).toHaveLength(1);
  expect(legacy[0]!.files.filter(_isLegacy).sort()).toEqual([
    'packages/core/src/legacy.ts',
    'packages/core/src/text/legacy-tables.ts',
    'packages/core/src/text/legacy.ts',
    'packages/core/src/text/syllable.ts',
  ].map((f) => expect.stringMatching(new RegExp(`(^|/)${f.replace(/\./g, '\\.')}$`))));
  for (const f of ['report/src/validate/engine.ts', 'report/src/text/run-text-checks.ts', 'report/src/rules/run-rules.ts', 'report/src/rules/logic.ts', 'report/src/locales/vi.ts']) {
    expect(size.initialFiles.some((i) => i.endsWith(`packages/${f}`))).toBe(true);
  }
  return size;
}

test('the form page of the two-level 2026 test plan (renderer + validateReport + plan + vi messages) is ≤ 30 kB gzip, with no zod', async () => {
  expect((await measurePage('two-level 2026 test plan', twoLevelPage())).gzip).toBeLessThanOrEqual(BUDGET);
});

// The Hòa Bình page fits since the tasks' full texts (shown only under "Toàn văn nhiệm
// vụ …") left its first file for a chunk loaded right after the first render
// (`formPlanView(plan, { lang: 'vi', taskTexts: 'apart' })` + `formPlanTaskTexts` of
// @dvcq/core; before: 31 528 B gzip, 808 B over).
let hoaBinh: BundleSize | undefined;
test('the form page of the Hòa Bình 2021 plan (examples/forms-vanilla) has no zod, and English apart', async () => {
  hoaBinh = await measurePage('Hòa Bình 2021 (examples/forms-vanilla)', PAGE);
});
test('the form page of the Hòa Bình 2021 plan (renderer + validateReport + plan + vi messages) is ≤ 30 kB gzip', async () => {
  const size = hoaBinh ?? (await measurePage('Hòa Bình 2021 (examples/forms-vanilla)', PAGE));
  expect(size.gzip).toBeLessThanOrEqual(BUDGET);
});

test('the tasks’ full texts load on demand, in a file of their own; validation needs none of them', async () => {
  const size = hoaBinh ?? (await measurePage('Hòa Bình 2021 (examples/forms-vanilla)', PAGE));
  const TEXTS = '@dvcq/plan-hoa-binh-2021 (form-plan-texts.vi.json)';
  expect(Object.keys(size.byOrigin)).not.toContain(TEXTS);
  const chunks = size.lazy.filter((l) => l.inputs.includes(TEXTS));
  expect(chunks).toHaveLength(1);
  // Only the texts (and their module) are in that file: nothing the form or validation runs.
  expect(chunks[0]!.files.filter((f) => !f.includes('plan-hoa-binh-2021/src/form-plan-texts'))).toEqual([]);
  // The first file still has everything validateReport needs (checked in measurePage) and
  // the short titles: the Vietnamese view without the full texts.
  expect(size.initialFiles.some((f) => f.endsWith('plan-hoa-binh-2021/src/form-plan.vi.json'))).toBe(true);
});

test('the plan file itself is not on the Hòa Bình page, only its Vietnamese form view', async () => {
  const size = await measureBundle(PAGE);
  expect(Object.keys(size.byOrigin)).not.toContain('@dvcq/plan-hoa-binh-2021 (plan.json)');
  expect(Object.keys(size.byOrigin)).toContain('@dvcq/plan-hoa-binh-2021 (form-plan.vi.json)');
});

test('the English switch loads the English messages, the form’s words and the plan’s English texts, and nothing of zod', async () => {
  const size = await measureBundle(PAGE);
  const inputs = size.lazy.flatMap((l) => l.inputs);
  expect(inputs).toContain('@dvcq/report');
  expect(inputs).toContain('@dvcq/forms');
  expect(inputs).toContain('@dvcq/plan-hoa-binh-2021 (form-plan.json)');
  expect(inputs.filter((k) => k.startsWith('zod'))).toEqual([]);
});
