// Browser entry of @dvcq/report ("@dvcq/report/browser"): the main entry's functions
// with what a form page can afford by default — Vietnamese messages only (English from
// "@dvcq/report/locales/en" when the page asks for it), no zod, and context tables
// computed without @dvcq/calendar's holiday tables (fixed-date deadlines; for a plan
// with deadline rules pass `context`, computed on a server with `reportContext`), and
// the legacy-encoding check when the page gives it the detector (`legacyEncoding`,
// loaded on demand with `loadLegacyEncoding`: its tables stay out of the first
// download). Nothing here imports @dvcq/core/legacy statically: a bundler would put
// it in the page's first file however it is used.
import type { Plan } from '@dvcq/core';
import { viCatalogue } from './locales/vi';
import type { ReportCatalogue } from './locales/codes';
import type { ContextTables, RuleSet } from './rules/rule';
import type { ReportLocales } from './rules/families/family';
import { _fixedDateInstances, contextTables } from './rules/families/context';
import { _ruleSet } from './rules/rule-set';
import { type CompiledReport, type ValidateCallOptions, type ValidationResult, _compile, _validate } from './validate/engine';
import { _fixHint } from './validate/hint';
import type { LegacyDetector } from './text/run-text-checks';

export type { CompiledReport, ReportIssue, ValidateCallOptions, ValidationResult } from './validate/engine';
export type { ReportLocales } from './rules/families/family';
export { viCatalogue } from './locales/vi';
export type { IssueCode, Locale, ReportCatalogue } from './locales/codes';
export type { ContextTables, ReportMode, RuleSet } from './rules/rule';
export type { LegacyDetector } from './text/run-text-checks';

/** Tùy chọn chuẩn bị trên trang web — options of the browser {@link compileReport}. */
export interface BrowserCompileOptions {
  /** Message catalogues (default: `{ vi: viCatalogue }`). */
  locales?: ReportLocales;
  /** Context tables computed on a server with `reportContext` (needed when a deadline is a rule). */
  context?: ContextTables;
  /**
   * Dò bảng mã cũ — the legacy-encoding detector: what {@link loadLegacyEncoding}
   * resolves to (or `legacyEncodingOf` of `@dvcq/core/legacy` imported by the page).
   * Without it the `text.legacy-encoding` check does not run: load it, compile again
   * with it, and check again before sending (`@dvcq/forms` does, and waits for it
   * before a submission). The main entry always runs the check.
   */
  legacyEncoding?: LegacyDetector;
}

/**
 * Tải bộ dò bảng mã cũ — loads the legacy-encoding detector (`legacyEncodingOf` of
 * `@dvcq/core/legacy`, with its tables and the syllable check, ≈ 2.7 kB gzip) as a
 * separate chunk for a bundler that splits code; pass it as `legacyEncoding`.
 * @returns the detector
 */
export function loadLegacyEncoding(): Promise<LegacyDetector> {
  return import('@dvcq/core/legacy').then((m) => m.legacyEncodingOf);
}

const _context = (plan: Plan, given?: ContextTables): ContextTables => given ?? contextTables(plan, _fixedDateInstances(plan));

/**
 * Chuẩn bị bộ kiểm tra — the main entry's `compileReport` for a browser page: default
 * catalogue Vietnamese only, default context computed for fixed-date deadlines
 * (a TypeError names the obligation that needs `context`), the legacy-encoding check
 * when `legacyEncoding` is given.
 * @param plan - a loaded plan (or its form view)
 * @param options - catalogues, context tables, legacy-encoding detector
 * @returns the compiled report
 */
export function compileReport(plan: Plan, options: BrowserCompileOptions = {}): CompiledReport {
  return _compile(plan, options.locales ?? { vi: viCatalogue }, _context(plan, options.context), options.legacyEncoding);
}

/**
 * Dựng bộ quy tắc — the rule set of a plan (as the engine's `buildRules`) with the
 * browser defaults of {@link compileReport}.
 * @param plan - a loaded plan
 * @param options - catalogues, context tables
 * @returns the rule set
 */
export function buildRules(plan: Plan, options: BrowserCompileOptions = {}): RuleSet {
  return _ruleSet(plan, options.locales ?? { vi: viCatalogue }, _context(plan, options.context));
}

/** Tùy chọn kiểm tra trên trang web — options of the browser {@link validateReport}. */
export interface BrowserValidateOptions extends Omit<ValidateCallOptions, 'now'> {
  /** A compiled report, or a plan (compiled with the browser defaults on every call). */
  plan: Plan | CompiledReport;
  /**
   * The clock: a Date or epoch ms (default: the current time). ISO text is read by the
   * main entry only (it needs @dvcq/calendar's parser, kept off the page).
   */
  now?: Date | number;
}

/**
 * Kiểm tra báo cáo — the main entry's `validateReport`; a plain plan is compiled with
 * the browser defaults (no legacy-encoding check: compile with `legacyEncoding` for
 * it); `now` is a Date or epoch ms.
 * @param input - the submission: parsed JSON, or JSON text
 * @param options - plan or compiled report, mode, language, clock
 * @returns `{ ok, value?, issues }`
 */
export function validateReport(input: unknown, options: BrowserValidateOptions): ValidationResult {
  const p = options.plan;
  const now = options.now ?? Date.now();
  const ms = now instanceof Date ? now.getTime() : now;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) throw new TypeError(`validateReport: "now" must be a Date or epoch ms on a page: ${String(now)}`);
  return _validate(input, (p as CompiledReport).kind === 'dvcq.compiled-report' ? (p as CompiledReport) : compileReport(p as Plan), options, () => ms);
}

/**
 * Gợi ý sửa — the generic fix hint of an issue code from a catalogue (the browser
 * `viCatalogue` has none: its messages say what to do).
 * @param code - an issue code
 * @param options - `catalogue` (default `viCatalogue`)
 * @returns the hint, or `undefined`
 */
export function fixHint(code: string, options: { catalogue?: ReportCatalogue } = {}): string | undefined {
  return _fixHint(code, options.catalogue ?? viCatalogue);
}
