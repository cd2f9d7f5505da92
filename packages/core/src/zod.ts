// @dvcq/core/zod — the plan model as zod schemas, and the loader that checks a plan file
// with them. Kept out of the main entry so that code which only reads a loaded plan
// (calendar, report validation, forms in a browser) never loads zod.
export { IdSchema, IsoDateSchema, LocalizedTextSchema, PlanTextSchema } from './model/primitives';
export { OrgUnitKindSchema, OrgUnitSchema, UnitGroupSchema } from './model/org';
export { CitedDocumentSchema, RecipientLineSchema, SignerBlockSchema, SigningAuthoritySchema } from './model/document';
export {
  AfterPeriodDeadlineSchema,
  DataWindowPresetSchema,
  DataWindowSchema,
  DateDeadlineSchema,
  DayOfMonthDeadlineSchema,
  DeadlineSchema,
  DeadlineSemanticsSchema,
  ObligationSchema,
  PeriodKindSchema,
} from './model/obligation';
export { IndicatorSchema, IndicatorSumSchema } from './model/indicator';
export { ContentAreaSchema, ImplementationItemSchema, ParagraphSchema, PartSchema, PlanSchema, RemindersSchema, SectionSchema, TaskDueSchema, TaskSchema } from './model/plan';
export { planJsonSchema } from './model/json-schema';
export { loadPlan } from './load/load-plan';
export type { LoadPlanOptions, LoadPlanResult } from './load/load-plan';
