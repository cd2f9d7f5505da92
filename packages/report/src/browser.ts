// Browser entry of @dvcq/report ("@dvcq/report/browser"): the validator with the
// message catalogues passed in — Vietnamese here, English from
// "@dvcq/report/locales/en" when the page asks for it — and no zod. Nothing in this
// entry's import graph reaches the English catalogue or zod, so a bundler that splits
// code keeps both out of a page's first load. Same functions as the main entry.
export { compileReportWith, validateCompiled } from './validate/compiled';
export type { CompiledReport, ReportIssue, ValidateCompiledOptions, ValidationResult } from './validate/compiled';
export { buildRulesWith } from './rules/build-rules-with';
export type { ReportLocales } from './rules/families/family';
export { fixHintIn } from './validate/hint';
export { viCatalogue } from './locales/vi';
export type { IssueCode, Locale, ReportCatalogue } from './locales/codes';
export type { ReportMode } from './rules/rule';
