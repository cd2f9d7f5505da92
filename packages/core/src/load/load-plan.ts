import { type Plan, PlanSchema } from '../model/plan';
import type { Issue, Lang, Result } from '../issues/issue';
import { readJsonBounded } from '../issues/json';
import { _fromZodIssues } from './zod-issues';
import { lintPlan } from './lint';
import { MAX_PLAN_BYTES } from './limits';

/** Kết quả nạp kế hoạch — the outcome of {@link loadPlan}: the plan as `value`. */
export type LoadPlanResult = Result<Plan>;

/** Tùy chọn nạp kế hoạch — options for {@link loadPlan}. */
export interface LoadPlanOptions {
  /** Message language, `vi` by default. */
  lang?: Lang;
}

/**
 * Nạp kế hoạch — reads a plan from parsed JSON or JSON text, checks its shape
 * and lints it. Never throws on bad input: problems come back as issues.
 * `ok` is true when there is no error; warnings may still be present.
 * @param input - the plan file content (a JSON string or an already parsed value)
 * @param options - message language
 * @returns `{ ok: true, value: plan, issues: warnings }` or `{ ok: false, issues }`
 */
export function loadPlan(input: unknown, options: LoadPlanOptions = {}): LoadPlanResult {
  const lang = options.lang ?? 'vi';
  let value = input;
  if (typeof input === 'string') {
    const read = readJsonBounded(input, { domain: 'plan', maxLength: MAX_PLAN_BYTES, what: { vi: 'Tệp kế hoạch', en: 'Plan file' }, lang });
    if (!read.ok) return read;
    value = read.value;
  }
  const parsed = PlanSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: _fromZodIssues(parsed.error.issues, 'plan.schema', lang) };
  const issues: Issue[] = lintPlan(parsed.data, { lang });
  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues };
  return { ok: true, value: parsed.data, issues };
}
