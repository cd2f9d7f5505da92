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
/** The third plan of the repository's tests (2026, after the 2025 merger): quarterly and nine-month reports with deadline rules, a one-off report. */
export const bacNinhPlan: Plan = _load(
  JSON.parse(readFileSync(fileURLToPath(new URL('../../../../fixtures/plans/bac-ninh-2026.plan.json', import.meta.url)), 'utf8')),
);
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

/** The small plan with two one-off reports of the same year: a report names its obligation. */
export const oneOffPlan: Plan = _load({
  ...mini,
  id: 'mini-one-off-2021',
  obligations: [
    ...mini.obligations,
    ...['so-ket', 'chuyen-de'].map((k, i) => ({
      ...mini.obligations[1],
      id: `bc-${k}-2021`,
      title: { vi: `Báo cáo đột xuất ${i + 1} năm 2021`, en: `One-off report ${i + 1} of 2021` },
      period: 'one-off',
      deadline: { date: `2021-0${7 + i}-15`, semantics: 'before', text: `trước ngày 15/${7 + i}/2021` },
    })),
  ],
});
