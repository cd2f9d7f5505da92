import { type Issue, type Lang, type Plan, detectLegacyEncoding } from '@dvcq/core';
import { buildReportSchema, type ReportSchema, type ReportSubmission } from '../submission/schema';
import { buildRules } from '../rules/build-rules';
import { buildRuleContext, compileRules, runRules, type CompiledRule } from '../rules/run-rules';
import type { ReportMode, RuleSet } from '../rules/rule';
import { compileTextChecks, runTextChecks, type CompiledTextChecks } from '../text/run-text-checks';
import { _pointerNoRegex, checkInputLimits, LIMITS } from '../text/limits';
import { localeFor } from '../locales/labels';
import { fromZodIssues } from './structural';

/** Vấn đề của báo cáo — an issue found in a submission; `ruleId` when a rule raised it. */
export interface ReportIssue extends Issue {
  /** Id of the rule in rules.json that raised the issue (rules only). */
  ruleId?: string;
}

/** Kết quả kiểm tra báo cáo — the outcome of {@link validateReport}. */
export interface ValidationResult {
  /** `true` when there is no error (warnings allowed). */
  ok: boolean;
  /** The parsed submission, when `ok`. */
  value?: ReportSubmission;
  /** Every issue found, errors and warnings, in one pass. */
  issues: ReportIssue[];
}

/**
 * Bộ kiểm tra đã chuẩn bị — a plan compiled for validation: its zod schema, rule
 * set and compiled rules. Build once per plan with {@link compileReport} (or let
 * {@link validateReport} do it); it holds no per-call state.
 */
export interface CompiledReport {
  readonly kind: 'dvcq.compiled-report';
  readonly plan: Plan;
  readonly schema: ReportSchema;
  readonly ruleSet: RuleSet;
  readonly rules: readonly CompiledRule[];
  readonly textChecks: CompiledTextChecks;
}

/**
 * Chuẩn bị bộ kiểm tra — compiles a plan's schema and rules once, for repeated
 * validation (a server, a form with live validation).
 * @param plan - a loaded plan
 * @returns the compiled report validator data
 */
export function compileReport(plan: Plan): CompiledReport {
  const ruleSet = buildRules(plan);
  return {
    kind: 'dvcq.compiled-report',
    plan,
    schema: buildReportSchema(plan),
    ruleSet,
    rules: compileRules(ruleSet),
    textChecks: compileTextChecks(ruleSet.textChecks),
  };
}

// Memo of compiled plans, keyed by the plan object. It changes no result (a miss only
// costs a compile), so it is not the kind of module state STYLE.md forbids; a WeakMap
// lets a plan and its compiled form be collected together. Plans are treated as immutable.
const _compiled = new WeakMap<Plan, CompiledReport>();

function _compiledFor(plan: Plan | CompiledReport): CompiledReport {
  if ((plan as CompiledReport).kind === 'dvcq.compiled-report') return plan as CompiledReport;
  const p = plan as Plan;
  let c = _compiled.get(p);
  if (!c) _compiled.set(p, (c = compileReport(p)));
  return c;
}

/** Tùy chọn kiểm tra báo cáo — options of {@link validateReport}, per call. */
export interface ValidateReportOptions {
  /** The plan (or its {@link compileReport} result) the report answers. */
  plan: Plan | CompiledReport;
  /** `draft` (missing answers allowed, default) or `final` (complete, checked against the deadline). */
  mode?: ReportMode;
  /** Message language: `vi` (default) or `en`. */
  lang?: Lang;
  /** The clock ("now"): a Date, an ISO 8601 string or epoch ms; default: the current time. */
  now?: Date | string | number;
}

function _nowMs(now: Date | string | number | undefined): number {
  if (now === undefined) return Date.now();
  const ms = now instanceof Date ? now.getTime() : typeof now === 'number' ? now : Date.parse(now);
  // A bad clock is the caller's mistake, not the submission's.
  if (!Number.isFinite(ms)) throw new TypeError(`validateReport: invalid "now": ${String(now)}`);
  return ms;
}

/**
 * Kiểm tra báo cáo — checks a submission against a plan: the input guard (size
 * limits), the shape (zod), every rule of the mode (rules.json, run on the raw
 * input so they run whatever else is broken) and the text checks, all in one pass.
 * Never throws on bad input.
 * @param input - the submission: parsed JSON, or JSON text
 * @param options - plan, mode, language, clock
 * @returns `{ ok, value?, issues }`; `ok` when no issue is an error
 */
export function validateReport(input: unknown, options: ValidateReportOptions): ValidationResult {
  const compiled = _compiledFor(options.plan);
  const lang: Lang = options.lang === 'en' ? 'en' : 'vi';
  const mode: ReportMode = options.mode === 'final' ? 'final' : 'draft';
  const nowMs = _nowMs(options.now);
  const messages = localeFor(lang).messages;
  let value = input;
  if (typeof input === 'string') {
    if (input.length > LIMITS.jsonText)
      return { ok: false, issues: [{ code: 'input.too-large', severity: 'error', path: '', message: messages['input.too-large']({ limit: LIMITS.jsonText }) }] };
    try {
      value = JSON.parse(input);
    } catch (e) {
      const detail = e instanceof Error ? e.message.slice(0, 200) : '';
      return { ok: false, issues: [{ code: 'input.json-syntax', severity: 'error', path: '', message: messages['input.json-syntax']({ detail }) }] };
    }
  }
  const tooBig = checkInputLimits(value);
  if (tooBig) return { ok: false, issues: [{ code: tooBig.code, severity: 'error', path: _pointerNoRegex(tooBig.path), message: messages[tooBig.code]({ limit: tooBig.limit }) }] };

  const issues: ReportIssue[] = [];
  const parsed = compiled.schema.safeParse(value);
  if (!parsed.success) issues.push(...fromZodIssues(parsed.error.issues, lang, value));
  const ctx = buildRuleContext(value, compiled.ruleSet.context, { mode, nowMs });
  issues.push(...runRules(compiled.rules, value, ctx, lang));
  issues.push(...runTextChecks(compiled.textChecks, value, lang, _detectLegacy));
  const unique = _dedupe(issues);
  const ok = !unique.some((i) => i.severity === 'error');
  return ok && parsed.success ? { ok, value: parsed.data, issues: unique } : { ok, issues: unique };
}

function _detectLegacy(s: string): string | null {
  return detectLegacyEncoding(s).encoding;
}

// zod may report one problem twice (e.g. two `too_big` checks of one number) where a
// JSON Schema validator reports it once: one issue per (code, path) keeps both sides equal.
function _dedupe(issues: ReportIssue[]): ReportIssue[] {
  const seen = new Set<string>();
  const out: ReportIssue[] = [];
  for (const i of issues) {
    const k = `${i.code}\u0000${i.path}\u0000${i.ruleId ?? ""}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(i);
  }
  return out;
}
