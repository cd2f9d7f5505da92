// Test plans: the small fixture of this package, the Hòa Bình 2021 plan and the
// two-level 2026 fixture, each loaded through loadPlan (as users load plans).
import type { Plan } from '@dvcq/core';
import { loadPlan } from '@dvcq/core/zod';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hoaBinh2021Plan } from '@dvcq/plan-hoa-binh-2021';
import mini from './mini.plan.json';

function _load(input: unknown): Plan {
  const r = loadPlan(input);
  if (!r.ok) throw new Error('fixture plan does not load: ' + JSON.stringify(r.issues.slice(0, 3)));
  return r.value;
}

/** The package's own small plan (has a period-only indicator). */
export const miniPlan: Plan = _load(mini);
/** The Hòa Bình 2021 plan. */
export const hoaBinhPlan: Plan = hoaBinh2021Plan;
/** The second small plan of the repo (2026, two-level local government). */
export const twoLevelPlan: Plan = _load(
  JSON.parse(readFileSync(fileURLToPath(new URL('../../../../fixtures/plans/two-level-2026.plan.json', import.meta.url)), 'utf8')),
);

/**
 * The small plan with indicator relations (issue 9 §B5): a sum of parts
 * (`indicatorSums`) and a count of models (`countsModels`).
 */
export const relationsPlan: Plan = _load({
  ...mini,
  id: 'mini-relations-2021',
  indicators: [
    ...mini.indicators.map((i) => (i.id === 'dvk-models-recognized' ? { ...i, countsModels: 'recognized' } : i)),
    { id: 'petitions-on-time', label: { vi: 'Số đơn giải quyết đúng hạn', en: 'Petitions resolved on time' }, task: 'II.1.2', type: 'count', mandatedBy: 'kit' },
    { id: 'petitions-late', label: { vi: 'Số đơn giải quyết quá hạn', en: 'Petitions resolved late' }, task: 'II.1.2', type: 'count', mandatedBy: 'kit' },
  ],
  indicatorSums: [{ id: 'petitions-by-time', parts: ['petitions-on-time', 'petitions-late'], total: 'petitions-received', severity: 'error' }],
});
