import { z } from 'zod';
import { type Plan, allTasks } from '@dvcq/core';
import { LIMITS } from '../text/limits';

/**
 * Tình trạng thực hiện nhiệm vụ — how far a unit got with a task.
 * `done` đã thực hiện, `in-progress` đang thực hiện, `not-started` chưa thực hiện,
 * `not-applicable` không thuộc phạm vi của đơn vị.
 */
export const TASK_STATUSES = ['done', 'in-progress', 'not-started', 'not-applicable'] as const;
/** Tình trạng thực hiện nhiệm vụ — task status. */
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Loại kỳ báo cáo — the period kinds a submission may name (same list as the plan model). */
export const REPORT_PERIODS = ['monthly', 'quarterly', 'semiannual', 'nine-month', 'annual'] as const;

/** Thẩm quyền ký — signing authority prefixes of Nghị định 30/2020/NĐ-CP (`none`: the head signs). */
export const SIGNING_AUTHORITIES = ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.', 'none'] as const;

// Free text must contain a non-space character: `\S` is in the portable ECMA-262
// subset every JSON Schema validator supports (and is linear).
const _text = (max: number) => z.string().max(max).regex(/\S/);
const _shortText = () => _text(LIMITS.shortText);
const _longText = () => _text(LIMITS.longText);

/**
 * Mục báo cáo của một nhiệm vụ — a unit's answer for one task. Every field is
 * optional in the shape: which ones are needed depends on the status and the mode,
 * and that is checked by rules (so a draft can be saved half-filled).
 */
export const TaskEntrySchema = z.strictObject({
  status: z.enum(TASK_STATUSES).optional(),
  results: _longText().optional(),
  reason: _longText().optional(),
});
/** Mục báo cáo của một nhiệm vụ — task entry. */
export type TaskEntry = z.infer<typeof TaskEntrySchema>;

/** Người ký — the report's signature block (Nghị định 30/2020, Điều 8 and Phụ lục I). */
export const ReportSignerSchema = z.strictObject({
  authority: z.enum(SIGNING_AUTHORITIES).optional(),
  onBehalfOf: _shortText().optional(),
  position: _shortText().optional(),
  name: _shortText().optional(),
});
/** Người ký — signer. */
export type ReportSigner = z.infer<typeof ReportSignerSchema>;

/** Thông tin văn bản báo cáo — the report's own document data. */
export const ReportDocumentSchema = z.strictObject({
  number: z.string().min(1).max(LIMITS.documentNumber).optional(),
  date: z.string().min(1).max(LIMITS.date).optional(),
  place: _shortText().optional(),
  signer: ReportSignerSchema.optional(),
  recipients: z.array(z.string().min(1).max(LIMITS.id)).max(LIMITS.recipients).optional(),
});
/** Thông tin văn bản báo cáo — document data. */
export type ReportDocument = z.infer<typeof ReportDocumentSchema>;

/** Mô hình "Dân vận khéo" — one row of the repeating group of models (plan II.8.1, II.8.4). */
export const DvkModelSchema = z.strictObject({
  name: _shortText(),
  field: _shortText(),
  holder: z.enum(['collective', 'individual']),
  stage: z.enum(['registered', 'recognized']),
});
/** Mô hình "Dân vận khéo" — a model. */
export type DvkModel = z.infer<typeof DvkModelSchema>;

/** Hình dạng zod của một báo cáo — the static type of {@link buildReportSchema}'s result. */
export type ReportSchema<TTaskId extends string = string, TIndicatorId extends string = string> = z.ZodObject<
  {
    planId: z.ZodString;
    period: z.ZodEnum<{ [K in (typeof REPORT_PERIODS)[number]]: K }>;
    year: z.ZodNumber;
    unitId: z.ZodString;
    document: z.ZodOptional<typeof ReportDocumentSchema>;
    tasks: z.ZodOptional<z.ZodObject<{ [K in TTaskId]: z.ZodOptional<typeof TaskEntrySchema> }, z.core.$strict>>;
    indicators: z.ZodOptional<z.ZodObject<{ [K in TIndicatorId]: z.ZodOptional<z.ZodNumber> }, z.core.$strict>>;
    models: z.ZodOptional<z.ZodArray<typeof DvkModelSchema>>;
    difficulties: z.ZodOptional<z.ZodString>;
    proposals: z.ZodOptional<z.ZodString>;
    nextDirections: z.ZodOptional<z.ZodString>;
  },
  z.core.$strict
>;

/** Báo cáo (đã kiểm tra cấu trúc) — a report submission as the zod schema infers it. */
export type ReportSubmission = z.infer<ReportSchema>;

/** Tùy chọn dựng lược đồ — options for {@link buildReportSchema}. */
export interface ReportSchemaOptions {
  /**
   * Kỳ báo cáo — when given, indicators asked only in other periods are left out
   * of the shape (a form for a 6-month report never shows an annual-only figure).
   * Without it every indicator is allowed and the rule `indicator.not-in-period` checks.
   */
  period?: (typeof REPORT_PERIODS)[number];
}

/**
 * Dựng lược đồ báo cáo — builds the zod schema of a report submission for a plan:
 * one optional property per task of the plan under `tasks`, one per indicator
 * under `indicators`. The schema checks shape only (types, enums, lengths, unknown
 * fields); completeness and cross-field checks are rules ({@link buildRules}) so that
 * they run even when the shape is broken and travel beside the JSON Schema.
 * zod 4 schemas implement Standard Schema (`schema['~standard']`).
 * @param plan - a loaded plan
 * @param options - optional narrowing to one period
 * @returns a strict zod object schema
 */
export function buildReportSchema(plan: Plan, options: ReportSchemaOptions = {}): ReportSchema {
  const taskShape: Record<string, z.ZodOptional<typeof TaskEntrySchema>> = {};
  for (const t of allTasks(plan)) taskShape[t.id] = TaskEntrySchema.optional();
  const indicatorShape: Record<string, z.ZodOptional<z.ZodNumber>> = {};
  for (const ind of plan.indicators) {
    if (options.period !== undefined && ind.periods !== undefined && !ind.periods.includes(options.period)) continue;
    // Counts are whole, non-negative numbers; percentages are checked 0–100 by a rule
    // (indicator.percent-range) so the message can name the indicator.
    indicatorShape[ind.id] = (ind.type === 'count' ? z.int().min(0).max(LIMITS.count) : z.number()).optional();
  }
  return z.strictObject({
    planId: z.string().min(1).max(LIMITS.id),
    period: z.enum(REPORT_PERIODS),
    year: z.int().min(1945).max(2200),
    unitId: z.string().min(1).max(LIMITS.id),
    document: ReportDocumentSchema.optional(),
    tasks: z.strictObject(taskShape).optional(),
    indicators: z.strictObject(indicatorShape).optional(),
    models: z.array(DvkModelSchema).max(LIMITS.models).optional(),
    difficulties: _longText().optional(),
    proposals: _longText().optional(),
    nextDirections: _longText().optional(),
  }) as unknown as ReportSchema;
}
