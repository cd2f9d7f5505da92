// Public API of @dvcq/report — what users call: compile a plan, validate a report,
// format the issues, the codes and the types. The engine's parts (shape, rules,
// logic, limits, text checks) are in "@dvcq/report/engine"; the zod schemas in
// "@dvcq/report/zod"; the exports for other languages in "@dvcq/report/export"
// (Node); a sample report in "@dvcq/report/testing". Browser-safe: no Node built-ins,
// no Ajv, no zod here.
export { compileReport, validateReport } from './validate/validate';
export type { CompileReportOptions, CompiledReport, ReportIssue, ValidateReportOptions, ValidationResult } from './validate/validate';
export type { ValidateCallOptions } from './validate/engine';
export { reportContext } from './rules/report-context';
export type { ReportContextOptions } from './rules/report-context';
export { fixHint, formatIssues } from './validate/format';
export type { FixHintOptions, FormatIssuesOptions } from './validate/format';
export { fieldLabel } from './locales/labels';

export { ISSUE_CODES } from './locales/codes';
export type { FieldLabels, HintCatalogue, IssueCode, Locale, MessageCatalogue, MessageParams, ReportCatalogue } from './locales/codes';
export { vi, viCatalogue } from './locales/vi';
export { en } from './locales/en';
export type { ReportLocales } from './rules/families/family';

export type { DvkModel, ReportDocument, ReportSigner, ReportSubmission, TaskEntry } from './submission/types';
export type { ContextInstance, ContextTables, ContextUnit, ReportMode, Rule, RuleSet, TextCheck } from './rules/rule';
