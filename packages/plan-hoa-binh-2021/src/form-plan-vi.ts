// The plan's Vietnamese form view ("@dvcq/plan-hoa-binh-2021/form-plan-vi"); generated data, see form-plan.test.ts.
import type { Plan } from '@dvcq/core';
import formPlanViJson from './form-plan.vi.json';

/**
 * Khung kế hoạch tiếng Việt cho trang biểu mẫu — `hoaBinh2021FormPlan` with
 * every English gloss empty (`formPlanView(hoaBinh2021Plan, { lang: 'vi' })`,
 * generated into `src/form-plan.vi.json`): what a form page ships for its first,
 * Vietnamese render; the renderer loads `hoaBinh2021FormPlan` when the user
 * switches to English (option `english` of `renderReportForm`). Not a plan file (the
 * schema requires English glosses); Vietnamese validation gives the same verdicts
 * and messages as with the full plan (tested). Deep-frozen.
 */
export const hoaBinh2021FormPlanVi: Plan = /* @__PURE__ */ _deepFreeze(formPlanViJson as unknown as Plan);

function _deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) _deepFreeze(v);
  }
  return value;
}
