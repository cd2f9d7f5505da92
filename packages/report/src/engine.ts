// Engine entry of @dvcq/report ("@dvcq/report/engine"): the parts `validateReport`
// runs, for servers, form engines and other-language ports — the shape and its check,
// the rule builder and its families, the rule context and runner, the JSON Logic
// evaluator, the input guard, the text checks, and the mapping of zod / JSON Schema
// errors to our issues.
export { BLANK_RANGES, NON_BLANK_PATTERN, YEAR_RANGE, reportShape } from './submission/shape';
export type { FieldKind, ReportShapeOptions, ShapeNode, ShapePlan, ShapeProp } from './submission/shape';
export { compileShape } from './submission/check';
export type { RawIssue, ShapeCheck } from './submission/check';
export { checkShape } from './submission/check-shape';

export { buildRules } from './rules/build-rules';
export type { BuildRulesOptions } from './rules/build-rules';
export { RULE_FAMILIES } from './rules/families/index';
export type { FamilyInput, ReportLocales, RuleFamily } from './rules/families/family';
export { contextTables } from './rules/families/context';
export type { InstanceFacts } from './rules/families/context';
export { reportContext } from './rules/report-context';
export { LOGIC_OPERATORS, compileLogic, logicTruthy } from './rules/logic';
export type { CompiledLogic, JsonLogic } from './rules/logic';
export { buildRuleContext, compileRules, prepareRead, runRules } from './rules/run-rules';
export type { CompiledRule, RuleContextOptions } from './rules/run-rules';
export { DATE_RANGE, dayNumber, vnDayNumber } from './rules/days';
export type {
  ContextInstance,
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

export { STRUCTURAL_CODES, fromJsonSchemaErrors, fromZodIssues } from './validate/structural';
export type { JsonSchemaError, StructuralIssueOptions } from './validate/structural';
