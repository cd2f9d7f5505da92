// The main entry's compile and validate: both catalogues, and the context tables of
// @dvcq/calendar (every kind of deadline; working days with the holidays of a working
// calendar). The browser entry (../browser.ts) has the same functions with lighter
// defaults.
import type { Lang, Plan } from '@dvcq/core';
import { parseInstant } from '@dvcq/calendar';
import { legacyEncodingOf } from '@dvcq/core/legacy';
import { vi } from '../locales/vi';
import { en } from '../locales/en';
import type { ContextTables } from '../rules/rule';
import type { ReportLocales } from '../rules/families/family';
import { type ReportContextOptions, reportContext } from '../rules/report-context';
import { type CompiledReport, type ValidateCallOptions, type ValidationResult, _compile, _guardInput, _validate } from './engine';

export type { CompiledReport, ReportIssue, ValidationResult } from './engine';

/** Tùy chọn chuẩn bị — options of {@link compileReport}. */
export interface CompileReportOptions extends ReportContextOptions {
  /** Message catalogues (default: `{ vi, en }`; `{ vi }` to validate in Vietnamese only). */
  locales?: ReportLocales;
  /** Context tables computed before, e.g. on a server (default: `reportContext(plan, { calendar })`). */
  context?: ContextTables;
}

/**
 * Chuẩn bị bộ kiểm tra — compiles a plan's shape, context and rules once, for
 * repeated validation (a server, a CLI over many files, a form validating live):
 * pass the result as `plan` to {@link validateReport}.
 * @param plan - a loaded plan
 * @param options - catalogues; context tables, or the working calendar to compute them with
 * @returns the compiled report
 */
export function compileReport(plan: Plan, options: CompileReportOptions = {}): CompiledReport {
  return _compile(plan, options.locales ?? { vi, en }, options.context ?? reportContext(plan, options), legacyEncodingOf);
}

/** Tùy chọn kiểm tra báo cáo — options of {@link validateReport}, per call. */
export interface ValidateReportOptions extends ValidateCallOptions, ReportContextOptions {
  /**
   * The plan the report answers, or — for more than one call — its
   * {@link compileReport} result (a plain plan is compiled again on every call, with
   * `calendar` when given).
   */
  plan: Plan | CompiledReport;
}

/**
 * Kiểm tra báo cáo — checks a submission against a plan: the input guard (size
 * limits), the shape (the issues a JSON Schema validator gives on the exported
 * schema, all errors reported), the text checks and every rule of the mode
 * (rules.json, on the NFC view of the input, so they run whatever else is broken),
 * all in one pass. Never throws on bad input.
 * @param input - the submission: parsed JSON, or JSON text
 * @param options - plan (or compiled report), mode, language, clock, working calendar
 * @returns `{ ok, value?, issues }`; `ok` when no issue is an error
 */
export function validateReport(input: unknown, options: ValidateReportOptions): ValidationResult {
  const clock = (): number => _nowMs(options.now);
  if ((options.plan as CompiledReport).kind === 'dvcq.compiled-report') return _validate(input, options.plan as CompiledReport, options, clock);
  // A plain plan is compiled only for an input that passes the guard (a hostile input
  // costs no compile); the guard's parse is reused.
  const lang: Lang = options.lang === 'en' ? 'en' : 'vi';
  const guarded = _guardInput(input, lang === 'en' ? en : vi, lang, options.plan as Plan);
  if ('rejected' in guarded) return { ok: false, issues: guarded.rejected };
  return _validate(guarded.value, compileReport(options.plan as Plan, options.calendar ? { calendar: options.calendar } : {}), options, clock);
}

/**
 * Đồng hồ — the clock of one validation as epoch ms: a Date, epoch ms, or an ISO
 * 8601 text — with an offset (`Z`, `+07:00`) it is that instant; without one (a date
 * and time, or a date alone) it is read in Vietnam time, UTC+7 (`2026-06-20` is
 * 00:00 of 20 June, Vietnam time). A bad clock is the caller's mistake: TypeError.
 */
function _nowMs(now: Date | string | number | undefined): number {
  if (now === undefined) return Date.now();
  let ms: number;
  if (typeof now === 'string') {
    const r = parseInstant(now);
    ms = r.ok ? r.epochMs : Number.NaN;
  } else ms = now instanceof Date ? now.getTime() : now;
  if (!Number.isFinite(ms)) throw new TypeError(`validateReport: invalid "now": ${String(now)}`);
  return ms;
}
