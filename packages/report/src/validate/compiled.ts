// The validator proper, with the message catalogues passed in (never imported here):
// a browser page that validates in Vietnamese ships no English catalogue and loads
// it only when the user switches language. `validateReport` / `compileReport`
// (./validate) are these functions with both catalogues.
import { type Issue, type Lang, type Plan, detectLegacyEncoding } from '@dvcq/core';
import type { ReportSubmission } from '../submission/schema';
import { type CompiledShape, type ShapeNode, compileShape, reportShape } from '../submission/shape';
import { type ReportLocales, buildRulesWith } from '../rules/build-rules-with';
import { buildRuleContext, compileRules, runRules, type CompiledRule } from '../rules/run-rules';
import type { ReportMode, RuleSet } from '../rules/rule';
import { _runTextChecksWith, compileTextChecks, type CompiledTextChecks } from '../text/run-text-checks';
import { _pointerNoRegex, checkInputLimits, LIMITS } from '../text/limits';
import type { MessageCatalogue } from '../locales/codes';

/** Vấn đề của báo cáo — an issue found in a submission; `ruleId` when a rule raised it. */
export interface ReportIssue extends Issue {
  /** Id of the rule in rules.json that raised the issue (rules only). */
  ruleId?: string;
}

/** Kết quả kiểm tra báo cáo — the outcome of `validateReport`. */
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
 * structure definition `buildReportSchema` builds zod from), rule set, compiled
 * rules and the message catalogues it speaks. Build once per plan with
 * `compileReport` and pass it as `plan`; it holds no per-call state. (It carries no
 * zod schema: validation does not use zod — call `buildReportSchema(plan)` for one.)
 */
export interface CompiledReport {
  readonly kind: 'dvcq.compiled-report';
  readonly plan: Plan;
  /** The report's shape (from `reportShape(plan)`). */
  readonly shape: ShapeNode;
  /** The shape compiled into closures (`compileShape(shape)`). */
  readonly shapeCheck: CompiledShape;
  readonly ruleSet: RuleSet;
  readonly rules: readonly CompiledRule[];
  readonly textChecks: CompiledTextChecks;
  /** Message catalogues: `vi` always, `en` when compiled with it. */
  readonly locales: ReportLocales;
}

/**
 * Chuẩn bị bộ kiểm tra với bộ thông điệp cho trước — `compileReport` with the
 * catalogues given. `compileReportWith(plan, { vi })` validates in Vietnamese only
 * (a page that loads English on demand compiles again with `{ vi, en }`).
 * @param plan - a loaded plan
 * @param locales - `{ vi }` or `{ vi, en }` (the `vi` and `en` exports of this package)
 * @returns the compiled report
 */
export function compileReportWith(plan: Plan, locales: ReportLocales): CompiledReport {
  const ruleSet = buildRulesWith(plan, locales);
  const shape = reportShape(plan);
  return {
    kind: 'dvcq.compiled-report',
    plan,
    shape,
    shapeCheck: compileShape(shape),
    ruleSet,
    rules: compileRules(ruleSet),
    textChecks: compileTextChecks(ruleSet.textChecks),
    locales,
  };
}

/** Tùy chọn kiểm tra một bộ đã chuẩn bị — options of {@link validateCompiled}, per call. */
export interface ValidateCompiledOptions {
  /** `draft` (missing answers allowed, default) or `final` (complete, checked against the deadline). */
  mode?: ReportMode;
  /** Message language: `vi` (default) or `en` (the compiled report must have `en`). */
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
 * Kiểm tra báo cáo với bộ đã chuẩn bị — `validateReport` on a compiled report:
 * the input guard, the shape, every rule of the mode and the text checks, in one
 * pass; messages from the compiled report's catalogue for `lang`. Never throws on
 * bad input; throws a TypeError when `lang` is `en` and the report was compiled
 * without the English catalogue (a programmer mistake).
 * @param input - the submission: parsed JSON, or JSON text
 * @param compiled - from `compileReport` / {@link compileReportWith}
 * @param options - mode, language, clock
 * @returns `{ ok, value?, issues }`; `ok` when no issue is an error
 */
export function validateCompiled(input: unknown, compiled: CompiledReport, options: ValidateCompiledOptions = {}): ValidationResult {
  const lang: Lang = options.lang === 'en' ? 'en' : 'vi';
  const locale = compiled.locales[lang];
  if (!locale) throw new TypeError(`validateReport: the report was compiled without the "${lang}" messages (compileReportWith(plan, { vi, en }))`);
  const mode: ReportMode = options.mode === 'final' ? 'final' : 'draft';
  const nowMs = _nowMs(options.now);
  const messages = locale.messages;
  const guarded = _guardInput(input, messages);
  if ('rejected' in guarded) return guarded.rejected;
  const value = guarded.value;

  const checked = compiled.shapeCheck(value, messages);
  const issues: ReportIssue[] = checked.issues;
  const shapeOk = issues.length === 0;
  const ctx = buildRuleContext(value, compiled.ruleSet.context, { mode, nowMs });
  for (const i of runRules(compiled.rules, value, ctx, lang)) issues.push(i);
  for (const i of _runTextChecksWith(compiled.textChecks, value, messages, _detectLegacy)) issues.push(i);
  const unique = _dedupe(issues);
  let ok = true;
  for (const i of unique) if (i.severity === 'error') ok = false;
  // Like zod's parse, `value` is a fresh copy (the caller may keep or change it freely).
  return ok && shapeOk ? { ok, value: checked.value as ReportSubmission, issues: unique } : { ok, issues: unique };
}

/**
 * The input guard: JSON text parsed (bounded), then the size limits — before any
 * schema, regex or rule sees the input.
 * @internal
 */
export function _guardInput(input: unknown, messages: MessageCatalogue): { value: unknown } | { rejected: ValidationResult } {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > LIMITS.jsonText)
      return { rejected: { ok: false, issues: [{ code: 'input.too-large', severity: 'error', path: '', message: messages['input.too-large']({ limit: LIMITS.jsonText }) }] } };
    try {
      value = JSON.parse(input);
    } catch (e) {
      const detail = e instanceof Error ? e.message.slice(0, 200) : '';
      return { rejected: { ok: false, issues: [{ code: 'input.json-syntax', severity: 'error', path: '', message: messages['input.json-syntax']({ detail }) }] } };
    }
  }
  const tooBig = checkInputLimits(value);
  if (tooBig) return { rejected: { ok: false, issues: [{ code: tooBig.code, severity: 'error', path: _pointerNoRegex(tooBig.path), message: messages[tooBig.code]({ limit: tooBig.limit }) }] } };
  return { value };
}

function _detectLegacy(s: string): string | null {
  return detectLegacyEncoding(s).encoding;
}

// A shape problem may be reported twice (e.g. two bounds of one number) where a JSON
// Schema validator reports it once: one issue per (code, path) keeps both sides equal.
function _dedupe(issues: ReportIssue[]): ReportIssue[] {
  if (issues.length < 2) return issues;
  const seen = new Set<string>();
  const out: ReportIssue[] = [];
  for (const i of issues) {
    const k = `${i.code}\u0000${i.path}\u0000${i.ruleId ?? ''}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(i);
  }
  return out;
}
