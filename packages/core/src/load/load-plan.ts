import { type Plan, PlanSchema } from '../model/plan';
import type { Issue, Lang } from '../issues/issue';
import { pickMessage } from '../issues/issue';
import { _fromZodIssues } from './zod-issues';
import { lintPlan } from './lint';

/** Kết quả nạp kế hoạch — the outcome of {@link loadPlan}. */
export type LoadPlanResult =
  | { ok: true; plan: Plan; issues: Issue[] }
  | { ok: false; plan?: undefined; issues: Issue[] };

/** Tùy chọn nạp kế hoạch — options for {@link loadPlan}. */
export interface LoadPlanOptions {
  /** Message language, `vi` by default. */
  lang?: Lang;
}

/** Largest plan file accepted, checked before parsing (a plan is tens of kB). */
export const MAX_PLAN_BYTES = 5 * 1024 * 1024;

/**
 * Nạp kế hoạch — reads a plan from parsed JSON or JSON text, checks its shape
 * and lints it. Never throws on bad input: problems come back as issues.
 * `ok` is true when there is no error; warnings may still be present.
 * @param input - the plan file content (a JSON string or an already parsed value)
 * @param options - message language
 * @returns the plan and its warnings, or the issues that prevent loading
 */
export function loadPlan(input: unknown, options: LoadPlanOptions = {}): LoadPlanResult {
  const lang = options.lang ?? 'vi';
  let value = input;
  if (typeof input === 'string') {
    if (input.length > MAX_PLAN_BYTES)
      return { ok: false, issues: [{ code: 'plan.too-large', severity: 'error', path: '', message: pickMessage({ vi: `Tệp kế hoạch quá lớn (tối đa ${MAX_PLAN_BYTES} byte).`, en: `Plan file too large (max ${MAX_PLAN_BYTES} bytes).` }, lang) }] };
    try {
      value = JSON.parse(input);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return { ok: false, issues: [{ code: 'plan.json-syntax', severity: 'error', path: '', message: pickMessage({ vi: `Tệp kế hoạch không phải JSON hợp lệ: ${detail}`, en: `Plan file is not valid JSON: ${detail}` }, lang) }] };
    }
  }
  const parsed = PlanSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: _fromZodIssues(parsed.error.issues, 'plan.schema', lang) };
  const issues = lintPlan(parsed.data, { lang });
  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues };
  return { ok: true, plan: parsed.data, issues };
}
