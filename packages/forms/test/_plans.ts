// The form page of the two-level 2026 test plan (fixtures/plans): the example's page with
// that plan's Vietnamese form view, generated here with core's `formPlanView` (the plan
// has no package of its own). Used by the budget test and the browser tests.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formPlanView } from '@dvcq/core';
import { loadPlan } from '@dvcq/core/zod';
import { ROOT } from './_harness';

/** Writes the page's entry (and the plan's views) under .test-results; returns the entry. The unit is the plan's first commune. */
export function twoLevelPage(): string {
  const dir = join(ROOT, '.test-results', 'pages', 'budget-two-level');
  mkdirSync(dir, { recursive: true });
  const loaded = loadPlan(JSON.parse(readFileSync(join(ROOT, 'fixtures/plans/two-level-2026.plan.json'), 'utf8')));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues.slice(0, 3)));
  writeFileSync(join(dir, 'form-plan.vi.json'), JSON.stringify(formPlanView(loaded.value, { lang: 'vi' })));
  writeFileSync(join(dir, 'form-plan.json'), JSON.stringify(formPlanView(loaded.value)));
  writeFileSync(
    join(dir, 'english.ts'),
    `import { en } from '@dvcq/report/locales/en';
import { uiEn } from '@dvcq/forms/locales/en';
import plan from './form-plan.json';
export const english = { messages: en, ui: uiEn, plan: plan as never };
`,
  );
  const unit = loaded.value.orgUnits.find((u) => u.kind === 'commune-committee')!.id;
  writeFileSync(
    join(dir, 'main.ts'),
    `import plan from './form-plan.vi.json';
import { renderReportForm } from '@dvcq/forms/browser';
renderReportForm(document.getElementById('app')!, { plan: plan as never, period: 'semiannual', unit: ${JSON.stringify(unit)}, english: () => import('./english').then((m) => m.english) });
`,
  );
  return join(dir, 'main.ts');
}

