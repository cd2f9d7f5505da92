// Public API of @dvcq/report — a hand-picked list (no `export *` of internals).
// Browser-safe: no Node built-ins, no Ajv, no json-schema-to-typescript here
// (those live in the Node-only subpath `@dvcq/report/export`), and no zod at run
// time: the zod schemas are in `@dvcq/report/zod`, so importing this entry and
// validating once stays within the cold-start budget.
export type { DvkModel, ReportDocument, ReportSigner, ReportSubmission, TaskEntry } from './submission/types';
export { BLANK_RANGES, NON_BLANK_PATTERN, YEAR_RANGE, reportShape } from './submission/shape';
export type { FieldKind, ReportShapeOptions, ShapeNode, ShapePlan, ShapeProp } from './submission/shape';
export { compileShape } from './submission/check';
export type { RawIssue, ShapeCheck } from './submission/check';
export { checkShape } from './submission/check-shape';

export { buildRules, buildRulesWith } from './rules/build-rules';
export type { ReportLocales, RuleFamily } from './rules/families/family';
export { RULE_FAMILIES } from './rules/families/index';
export { LOGIC_OPERATORS, compileLogic, logicTruthy } from './rules/logic';
export type { CompiledLogic, JsonLogic } from './rules/logic';
export { buildRuleContext, compileRules, prepareRead, runRules } from './rules/run-rules';
export type { CompiledRule, RuleContextOptions } from './rules/run-rules';
export { DATE_RANGE, dayNumber, vnDayNumber } from './rules/days';
export type {
  ContextObligation,
  ContextTables,
  ContextUnit,
  MissingStrategy,
  ReadType,
  ReportMode,
  Rule,
  RuleContext,
  RuleRead,
  RuleSet,
  TextCheck,
} from './rules/rule';

export { LIMITS, checkInputLimits } from './text/limits';
export type { LimitViolation } from './text/limits';
export { REPORT_NUMBER_PATTERN, TEXT_CHECKS } from './text/text-checks';
export { compileTextChecks } from './text/run-text-checks';
export type { CompiledTextChecks, LegacyDetector } from './text/run-text-checks';

export { compileReport, validateReport } from './validate/validate';
export type { ValidateReportOptions } from './validate/validate';
export { compileReportWith, validateCompiled } from './validate/compiled';
export type { CompiledReport, ReportIssue, ValidateCompiledOptions, ValidationResult } from './validate/compiled';
export { STRUCTURAL_CODES, fromJsonSchemaErrors, fromZodIssues } from './validate/structural';
export type { JsonSchemaError, StructuralIssueOptions } from './validate/structural';
export { fixHint, fixHintIn, formatIssues } from './validate/format';
export type { FormatIssuesOptions } from './validate/format';

export { ISSUE_CODES } from './locales/codes';
export type { FieldLabels, HintCatalogue, IssueCode, Locale, MessageCatalogue, MessageParams, ReportCatalogue } from './locales/codes';
export { vi, viCatalogue } from './locales/vi';
export { en } from './locales/en';
export { fieldLabel, localeFor, parsePointer } from './locales/labels';
