// Zod entry of @dvcq/report ("@dvcq/report/zod"): the report's zod schema built from
// a plan (zod/mini; Standard Schema compatible) and its part schemas. Kept out of
// the main entry so that importing `validateReport` never loads zod (cold start,
// docs/performance.md); the schemas wrap the same structural check `validateReport` runs.
export { DvkModelSchema, ReportDocumentSchema, ReportSignerSchema, TaskEntrySchema, buildReportSchema } from './submission/schema';
export type { ReportSchema, ReportSchemaOptions } from './submission/schema';
export type { DvkModel, ReportDocument, ReportSigner, ReportSubmission, TaskEntry } from './submission/types';
