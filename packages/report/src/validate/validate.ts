import type { Lang, Plan } from '@dvcq/core';
import type { ReportMode } from '../rules/rule';
import { vi } from '../locales/vi';
import { en } from '../locales/en';
import { type CompiledReport, type ValidationResult, _guardInput, compileReportWith, validateCompiled } from './compiled';

export type { CompiledReport, ReportIssue, ValidationResult } from './compiled';

/**
 * Chuẩn bị bộ kiểm tra — compiles a plan's shape and rules once, with the Vietnamese
 * and English messages, for repeated validation (a server, a CLI over many files, a
 * form with live validation): pass the result as `plan` to {@link validateReport}.
 * @param plan - a loaded plan
 * @returns the compiled report validator data
 */
export function compileReport(plan: Plan): CompiledReport {
  return compileReportWith(plan, { vi, en });
}

// No memo of compiled plans (CONTRIBUTING.md: no module-level mutable state): a plain plan
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
  /**
   * The clock ("now"): a Date, epoch ms, or ISO 8601 text — with an offset it is that
   * instant, without one (date and time, or a date alone) it is Vietnam time (UTC+7).
   * Default: the current time.
   */
  now?: Date | string | number;
}

/**
 * Kiểm tra báo cáo — checks a submission against a plan: the input guard (size
 * limits), the shape (the issues a JSON Schema validator gives on the exported
 * schema, all errors reported), the text checks and every rule of the mode
 * (rules.json, on the NFC view of the input, so they run whatever else is broken),
 * all in one pass.
 * Never throws on bad input.
 * @param input - the submission: parsed JSON, or JSON text
 * @param options - plan, mode, language, clock
 * @returns `{ ok, value?, issues }`; `ok` when no issue is an error
 */
export function validateReport(input: unknown, options: ValidateReportOptions): ValidationResult {
  const opts = { ...(options.mode ? { mode: options.mode } : {}), ...(options.lang ? { lang: options.lang } : {}), ...(options.now !== undefined ? { now: options.now } : {}) };
  if ((options.plan as CompiledReport).kind === 'dvcq.compiled-report') return validateCompiled(input, options.plan as CompiledReport, opts);
  // A plain plan is compiled only for an input that passes the guard (a hostile input
  // costs no compile); the guard's parse is reused.
  const lang = options.lang === 'en' ? 'en' : 'vi';
  const guarded = _guardInput(input, lang === 'en' ? en : vi, lang, options.plan as Plan);
  if ('rejected' in guarded) return { ok: false, issues: guarded.rejected };
  return validateCompiled(guarded.value, _compiledFor(options.plan), opts);
}
