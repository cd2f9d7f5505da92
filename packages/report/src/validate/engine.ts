// The validator proper, with the message catalogues and the context tables passed in
// (nothing imported here chooses them): the entries do — the main entry with both
// catalogues and @dvcq/calendar's context, the browser entry with Vietnamese and a
// context computed without the calendar's holiday tables.
import type { Issue, Lang, Plan } from '@dvcq/core';
import type { ReportSubmission } from '../submission/types';
import { type ShapeNode, reportShape } from '../submission/shape';
import { type ShapeCheck, compileShape } from '../submission/check';
import { _ruleSet } from '../rules/rule-set';
import type { ReportLocales } from '../rules/families/family';
import { buildRuleContext, compileRules, runRules, type CompiledRule } from '../rules/run-rules';
import type { ContextTables, ReportMode, RuleSet } from '../rules/rule';
import { _runTextChecks, compileTextChecks, type CompiledTextChecks, type LegacyDetector } from '../text/run-text-checks';
import { _pointerNoRegex, _utf8Exceeds, checkInputLimits, LIMITS } from '../text/limits';
import type { IssueCode, ReportCatalogue } from '../locales/codes';
import { _describe, _describeRaws, _label } from './describe';

/** Vấn đề của báo cáo — an issue found in a submission; `ruleId` when a rule raised it. */
export interface ReportIssue extends Issue {
  /** Id of the rule in rules.json that raised the issue (rules only). */
  ruleId?: string;
}

/** Kết quả kiểm tra báo cáo — the outcome of `validateReport`. */
export interface ValidationResult {
  /** `true` when there is no error (warnings allowed). */
  ok: boolean;
  /** A fresh copy of the submission (as typed), when `ok`. */
  value?: ReportSubmission;
  /** Every issue found, errors and warnings, in one pass; distinct by code and path (and rule). */
  issues: ReportIssue[];
}

/**
 * Bộ kiểm tra đã chuẩn bị — a plan compiled for validation: its shape, rule set,
 * compiled rules and the message catalogues it speaks. Build once per plan with
 * `compileReport` and pass it as `plan`; it holds no per-call state.
 */
export interface CompiledReport {
  readonly kind: 'dvcq.compiled-report';
  readonly plan: Plan;
  /** The report's shape (from `reportShape(plan)`). */
  readonly shape: ShapeNode;
  /** The shape compiled into closures. */
  readonly shapeCheck: ShapeCheck;
  readonly ruleSet: RuleSet;
  readonly rules: readonly CompiledRule[];
  readonly textChecks: CompiledTextChecks;
  /** Message catalogues: `vi` always, `en` when compiled with it. */
  readonly locales: ReportLocales;
  /**
   * Dò bảng mã cũ — the detector the legacy-encoding check (`text.legacy-encoding`)
   * runs. The main entry always sets it; a browser page may compile without it while
   * it loads (`loadLegacyEncoding` of `@dvcq/report/browser`): then that check does
   * not run, and the page compiles again once the detector has arrived.
   */
  readonly legacyEncoding?: LegacyDetector;
}

/** @internal A compiled report from its parts (no `legacyEncoding`: that check does not run). */
export function _compile(plan: Plan, locales: ReportLocales, context: ContextTables, legacyEncoding?: LegacyDetector): CompiledReport {
  const ruleSet = _ruleSet(plan, locales, context);
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
    ...(legacyEncoding ? { legacyEncoding } : {}),
  };
}

/** Tùy chọn mỗi lần kiểm tra — the per-call options of `validateReport`. */
export interface ValidateCallOptions {
  /** `draft` (missing answers allowed, default) or `final` (complete, checked against the deadline). */
  mode?: ReportMode;
  /** Message language: `vi` (default) or `en` (the compiled report must have `en`). */
  lang?: Lang;
  /**
   * The clock ("now"): a Date, epoch ms, or ISO 8601 text — with an offset it is that
   * instant, without one (date and time, or a date alone) it is Vietnam time (UTC+7).
   * Default: the current time.
   */
  now?: Date | string | number;
}

const _OUT_OF_RANGE: Record<Lang, string> = { vi: 'số nằm ngoài phạm vi số thực 64 bit', en: 'a number outside the 64-bit floating-point range' };

/**
 * `validateReport` on a compiled report: the input guard, the shape, the text checks
 * and every rule of the mode (on the NFC view of the submission), in one pass;
 * messages from the compiled report's catalogue for `lang`; the clock as a function
 * giving epoch ms (each entry reads `now` its own way). Never throws on bad input; throws a TypeError when
 * `lang` is `en` and the report was compiled without the English catalogue.
 * @internal
 */
export function _validate(input: unknown, compiled: CompiledReport, options: Omit<ValidateCallOptions, 'now'>, clock: () => number): ValidationResult {
  const lang: Lang = options.lang === 'en' ? 'en' : 'vi';
  const catalogue = compiled.locales[lang];
  if (!catalogue) throw new TypeError(`validateReport: the report was compiled without the "${lang}" messages (compileReport(plan, { locales: { vi, en } }))`);
  const mode: ReportMode = options.mode === 'final' ? 'final' : 'draft';
  const guarded = _guardInput(input, catalogue, lang, compiled.plan);
  if ('rejected' in guarded) return { ok: false, issues: guarded.rejected };
  // The clock is read after the guard (no regex runs before it).
  const nowMs = clock();
  const value = guarded.value;
  const checked = compiled.shapeCheck(value);
  const issues: ReportIssue[] = _describeRaws(checked.issues, catalogue, lang, compiled.plan);
  const shapeOk = issues.length === 0;
  const text = _runTextChecks(compiled.textChecks, value, compiled.legacyEncoding);
  for (const t of text.issues) {
    const path = _pointerNoRegex(t.path);
    const params = { field: _label(path, catalogue, lang, compiled.plan), kind: 'text', ...(t.encoding !== undefined ? { encoding: t.encoding } : {}) };
    issues.push({ code: t.check.code, severity: t.check.severity, path, message: catalogue.messages[t.check.code as IssueCode](params) });
  }
  // Rules read the NFC view: "PHÓ GIÁM ĐỐC" typed in NFD is still a deputy.
  const ctx = buildRuleContext(text.nfc, compiled.ruleSet.context, { mode, nowMs });
  for (const i of runRules(compiled.rules, text.nfc, ctx, lang)) issues.push(i);
  const unique = _dedupe(issues);
  let ok = true;
  for (const i of unique) if (i.severity === 'error') ok = false;
  // `value` is a fresh copy (the caller may keep or change it freely).
  return ok && shapeOk ? { ok, value: checked.value as ReportSubmission, issues: unique } : { ok, issues: unique };
}

/**
 * The input guard: JSON text (at most LIMITS.jsonText bytes of UTF-8) parsed, then
 * the size limits — before any schema, regex or rule sees the input.
 * @internal
 */
export function _guardInput(input: unknown, catalogue: ReportCatalogue, lang: Lang, plan?: Plan): { value: unknown } | { rejected: Issue[] } {
  let value = input;
  if (typeof input === 'string') {
    if (_utf8Exceeds(input, LIMITS.jsonText)) return { rejected: [_describe('input.too-large', [], 'group', { limit: LIMITS.jsonText }, catalogue, lang)] };
    try {
      value = JSON.parse(input);
    } catch (e) {
      const detail = e instanceof Error ? e.message.slice(0, 200) : '';
      return { rejected: [_describe('input.json-syntax', [], 'group', { detail }, catalogue, lang)] };
    }
  }
  const violations = checkInputLimits(value);
  if (violations.length === 0) return { value };
  return {
    rejected: violations.map((v) =>
      _describe(v.code, v.path, 'group', v.code === 'input.json-syntax' ? { detail: _OUT_OF_RANGE[lang] } : { limit: v.limit }, catalogue, lang, plan),
    ),
  };
}

// Rules of two obligations may raise one code at one path; keep one issue per
// (code, path, rule), so the issues are a set.
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
