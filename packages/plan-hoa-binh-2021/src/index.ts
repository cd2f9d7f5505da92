// Public API of @dvcq/plan-hoa-binh-2021 — the Hòa Bình 2021 plan as data.
// The data lives in ../plan.json (also exported as "@dvcq/plan-hoa-binh-2021/plan.json");
// this module only gives it a type and an immutable form.
//
// No parse at import: plan.json already holds every default of `PlanSchema`
// (written out explicitly), and a test checks that `PlanSchema.parse(planJson)`
// deep-equals the file, so the typed value below cannot drift from the schema.
// Importing the plan therefore loads neither zod nor @dvcq/core (cold start of a
// server or CLI; a browser page that only needs the data stays small).
import type { Plan, PlanInput } from '@dvcq/core';
import planJson from '../plan.json';

/** Mã kế hoạch — the id of the Hòa Bình 2021 plan, as used by `dvcq --plan hoa-binh-2021`. */
export const PLAN_ID = 'hoa-binh-2021' as const;

/**
 * Dữ liệu gốc của kế hoạch — the content of `plan.json` as written, for callers
 * that run it through `loadPlan` themselves (e.g. to get lint warnings in their own
 * language). The file states every schema default explicitly, so this is the same
 * deep-frozen value as {@link hoaBinh2021Plan}: read it, never change it.
 */
// `@__PURE__`: freezing only matters to importers of the value; a bundle that does
// not import it (a form page using hoaBinh2021FormPlan) leaves the plan file out.
export const hoaBinh2021PlanInput: Readonly<PlanInput> = /* @__PURE__ */ _deepFreeze(planJson as PlanInput);

/**
 * Kế hoạch dân vận chính quyền năm 2021 của UBND tỉnh Hòa Bình — the plan,
 * deep-frozen, so every importer shares the same immutable value.
 *
 * `plan.json` holds every schema default, and this package's tests check it
 * (`PlanSchema.parse(planJson)` deep-equals the file, lint, and every text against
 * the source document), so the value is exactly what `PlanSchema.parse` returns —
 * without paying for zod at import. Plans supplied by users go through `loadPlan`,
 * which validates them and never throws.
 *
 * @example
 * ```ts
 * import { hoaBinh2021Plan } from '@dvcq/plan-hoa-binh-2021';
 * import { allTasks } from '@dvcq/core';
 * allTasks(hoaBinh2021Plan).length; // 29
 * ```
 */
export const hoaBinh2021Plan: Plan = hoaBinh2021PlanInput as Plan;

// The form views live in modules of their own (also subpaths "./form-plan" and
// "./form-plan-vi"), so a bundler can keep the full-text view out of a page that
// imports only the Vietnamese one.
export { hoaBinh2021FormPlan } from './form-plan';
export { hoaBinh2021FormPlanVi } from './form-plan-vi';
export { hoaBinh2021FormPlanTextsVi } from './form-plan-texts-vi';

/**
 * Nạp kế hoạch Hòa Bình 2021 — returns a fresh copy of the plan that the caller
 * may change freely (e.g. to add units of its own) without touching
 * {@link hoaBinh2021Plan}. The copy is deep (nothing shared, nothing frozen) and
 * equals `PlanSchema.parse(planJson)` (checked by this package's tests).
 * @returns the plan, with schema defaults applied
 */
export function loadHoaBinh2021Plan(): Plan {
  return JSON.parse(JSON.stringify(planJson)) as Plan;
}

function _deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) _deepFreeze(v);
  }
  return value;
}
