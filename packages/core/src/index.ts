// Public API of @dvcq/core — a hand-picked list (no `export *` of internals).
export type { Issue, Lang, Message, Severity } from './issues/issue';
export { pickMessage, toJsonPointer } from './issues/issue';

export {
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  PlanTextSchema,
  isCalendarDate,
} from './model/primitives';
export type { LocalizedText, PlanText } from './model/primitives';
export { OrgUnitKindSchema, OrgUnitSchema, UnitGroupSchema } from './model/org';
export type { OrgUnit, OrgUnitKind, UnitGroup } from './model/org';
export { CitedDocumentSchema, RecipientLineSchema, SignerBlockSchema, SigningAuthoritySchema } from './model/document';
export type { CitedDocument, RecipientLine, SignerBlock, SigningAuthority } from './model/document';
export {
  DataWindowPresetSchema,
  DataWindowSchema,
  DeadlineSchema,
  DeadlineSemanticsSchema,
  ObligationSchema,
  PeriodKindSchema,
} from './model/obligation';
export type { DataWindow, DataWindowPreset, Deadline, DeadlineSemantics, Obligation, PeriodKind } from './model/obligation';
export { IndicatorSchema } from './model/indicator';
export type { Indicator } from './model/indicator';
export {
  ContentAreaSchema,
  ImplementationItemSchema,
  PLAN_FORMAT_VERSION,
  ParagraphSchema,
  PartSchema,
  PlanSchema,
  SectionSchema,
  TaskSchema,
} from './model/plan';
export type { ContentArea, ImplementationItem, Paragraph, Part, Plan, PlanInput, Section, Task } from './model/plan';
export { allTasks, contentAreas, expandUnitIds, findUnit, isUnitValidOn, tasksForUnit } from './model/query';
export { planJsonSchema } from './model/json-schema';

export { MAX_PLAN_BYTES, loadPlan } from './load/load-plan';
export type { LoadPlanOptions, LoadPlanResult } from './load/load-plan';
export { lintPlan } from './load/lint';
export type { LintOptions } from './load/lint';
