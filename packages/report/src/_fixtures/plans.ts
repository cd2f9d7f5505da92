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
