import { type Issue, type Lang, type Plan, detectLegacyEncoding } from '@dvcq/core';
import type { ReportSubmission } from '../submission/schema';
import { type ShapeNode, _copyShaped, checkShape, reportShape } from '../submission/shape';
import { buildRules } from '../rules/build-rules';
import { buildRuleContext, compileRules, runRules, type CompiledRule } from '../rules/run-rules';
import type { ReportMode, RuleSet } from '../rules/rule';
import { compileTextChecks, runTextChecks, type CompiledTextChecks } from '../text/run-text-checks';
import { _pointerNoRegex, checkInputLimits, LIMITS } from '../text/limits';
import { localeFor } from '../locales/labels';

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
 * Bộ kiểm tra đã chuẩn bị — a plan compiled for validation: its shape (the one
 * structure definition `buildReportSchema` builds zod from), rule set and compiled
 * rules. Build once per plan with {@link compileReport} and pass it as `plan`; it
 * holds no per-call state. (It no longer carries a zod schema: validation does not
 * use zod — call `buildReportSchema(plan)` when you want one.)
 */
export interface CompiledReport {
  readonly kind: 'dvcq.compiled-report';
  readonly plan: Plan;
  /** The report's shape (from `reportShape(plan)`). */
  readonly shape: ShapeNode;
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
    shape: reportShape(plan),
    ruleSet,
    rules: compileRules(ruleSet),
    textChecks: compileTextChecks(ruleSet.textChecks),
  };
}

// No memo of compiled plans (STYLE.md: no module-level mutable state): a plain plan
// is compiled on every call, which costs a few milliseconds. Callers that validate
// more than once (a server, a CLI over many files, a form validating live) call
// `compileReport(plan)` once and pass the result as `plan`.
function _compiledFor(plan: Plan | CompiledReport): CompiledReport {
  return (plan as CompiledReport).kind === 'dvcq.compiled-report' ? (plan as CompiledReport) : compileReport(plan as Plan);
}

/** Tùy chọn kiểm tra báo cáo — options of {@link validateReport}, per call. */
export interface ValidateReportOptions {
  /**
   * The plan the report answers, or — for more than one call — its
   * {@link compileReport} result (a plain plan is compiled again on every call).
   */
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
 * limits), the shape (the structure `buildReportSchema` gives zod, checked without
 * zod, same issues), every rule of the mode (rules.json, run on the raw
 * input so they run whatever else is broken) and the text checks, all in one pass.
 * Never throws on bad input.
 * @param input - the submission: parsed JSON, or JSON text
 * @param options - plan, mode, language, clock
 * @returns `{ ok, value?, issues }`; `ok` when no issue is an error
 */
export function validateReport(input: unknown, options: ValidateReportOptions): ValidationResult {
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

  // The plan is compiled (when not given compiled) only for an input within limits.
  const compiled = _compiledFor(options.plan);
  const issues: ReportIssue[] = [];
  const shapeIssues = checkShape(compiled.shape, value, lang);
  for (const i of shapeIssues) issues.push(i);
  const ctx = buildRuleContext(value, compiled.ruleSet.context, { mode, nowMs });
  issues.push(...runRules(compiled.rules, value, ctx, lang));
  issues.push(...runTextChecks(compiled.textChecks, value, lang, _detectLegacy));
  const unique = _dedupe(issues);
  const ok = !unique.some((i) => i.severity === 'error');
  // Like zod's parse, `value` is a fresh copy (the caller may keep or change it freely).
  return ok && shapeIssues.length === 0 ? { ok, value: _copyShaped(compiled.shape, value) as ReportSubmission, issues: unique } : { ok, issues: unique };
}

function _detectLegacy(s: string): string | null {
  return detectLegacyEncoding(s).encoding;
}

// A shape problem may be reported twice (e.g. two bounds of one number) where a JSON
// Schema validator reports it once: one issue per (code, path) keeps both sides equal.
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
