// Public API of @dvcq/plan-hoa-binh-2021 — the Hòa Bình 2021 plan as data.
// The data lives in ../plan.json (also exported as "@dvcq/plan-hoa-binh-2021/plan.json");
// this module only gives it a type and a validated, immutable form.
import { type Plan, type PlanInput, PlanSchema } from '@dvcq/core';
import planJson from '../plan.json';

/** Mã kế hoạch — the id of the Hòa Bình 2021 plan, as used by `dvcq --plan hoa-binh-2021`. */
export const PLAN_ID = 'hoa-binh-2021' as const;

/**
 * Dữ liệu gốc của kế hoạch — the content of `plan.json` as written (before
 * defaults are applied), for callers that run it through `loadPlan` themselves
 * (e.g. to get lint warnings in their own language). Deep-frozen: read it, never
 * change it.
 */
export const hoaBinh2021PlanInput: Readonly<PlanInput> = _deepFreeze(planJson as PlanInput);

/**
 * Kế hoạch dân vận chính quyền năm 2021 của UBND tỉnh Hòa Bình — the plan,
 * parsed once with `PlanSchema` when this module loads (defaults applied) and
 * deep-frozen, so every importer shares the same immutable value.
 *
 * The shipped file is checked by this package's tests (schema, lint, and every
 * text against the source document), so parsing cannot fail for a released
 * version; if the file were corrupted the import throws, as a packaging bug.
 * Plans supplied by users go through `loadPlan`, which never throws.
 *
 * @example
 * ```ts
 * import { hoaBinh2021Plan } from '@dvcq/plan-hoa-binh-2021';
 * import { allTasks } from '@dvcq/core';
 * allTasks(hoaBinh2021Plan).length; // 29
 * ```
 */
export const hoaBinh2021Plan: Plan = _deepFreeze(PlanSchema.parse(planJson));

/**
 * Nạp kế hoạch Hòa Bình 2021 — returns a fresh, validated copy of the plan that
 * the caller may change freely (e.g. to add units of its own) without touching
 * {@link hoaBinh2021Plan}. Each call parses `plan.json` again (a few ms).
 * @returns the plan, with schema defaults applied
 */
export function loadHoaBinh2021Plan(): Plan {
  return PlanSchema.parse(planJson);
}

function _deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) _deepFreeze(v);
  }
  return value;
}
