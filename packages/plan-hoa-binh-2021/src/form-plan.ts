// The plan's form view ("@dvcq/plan-hoa-binh-2021/form-plan"); generated data, see form-plan.test.ts.
import type { Plan } from '@dvcq/core';
import formPlanJson from './form-plan.json';

/**
 * Khung kế hoạch cho trang biểu mẫu — the form view of the plan: what a report form
 * and report validation read (tasks, units, groups, obligations, indicators), as
 * `formPlanView(hoaBinh2021Plan)` of @dvcq/core returns it, generated at build time into
 * `src/form-plan.json` (a test keeps it equal). About half the size of the plan file:
 * a browser form page imports this instead of `hoaBinh2021Plan`, and bundlers
 * leave the full plan out. Still a valid plan (parses with `PlanSchema` unchanged);
 * `validateReport`, `buildRules` and `buildReportForm` give the same results for it.
 * Deep-frozen.
 */
export const hoaBinh2021FormPlan: Plan = /* @__PURE__ */ _deepFreeze(formPlanJson as unknown as Plan);

function _deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) _deepFreeze(v);
  }
  return value;
}
