import { z } from 'zod';
import { IdSchema, IsoDateSchema, LocalizedTextSchema } from './primitives';

/**
 * Cách hiểu hạn nộp — how a deadline date is read.
 * `before`: "trước ngày X" literally — late from 00:00 of X (UTC+7), last day X−1.
 * `inclusive`: X itself is still allowed — late from 00:00 of X+1.
 */
export const DeadlineSemanticsSchema = z.enum(['before', 'inclusive']);
/** Cách hiểu hạn nộp — `before` or `inclusive`. */
export type DeadlineSemantics = z.infer<typeof DeadlineSemanticsSchema>;

/** Loại kỳ báo cáo — the kind of reporting period. */
export const PeriodKindSchema = z.enum(['monthly', 'quarterly', 'semiannual', 'nine-month', 'annual']);
/** Loại kỳ báo cáo — reporting period kind. */
export type PeriodKind = z.infer<typeof PeriodKindSchema>;

/** Mẫu kỳ số liệu — named data-window presets from Nghị định 09/2019/NĐ-CP, Điều 12. */
export const DataWindowPresetSchema = z.enum([
  'nd09-monthly',
  'nd09-quarterly',
  'nd09-semiannual',
  'nd09-nine-month',
  'nd09-annual',
]);
/** Mẫu kỳ số liệu — data-window preset name. */
export type DataWindowPreset = z.infer<typeof DataWindowPresetSchema>;

/**
 * Kỳ số liệu — the span of days a report's figures cover (both ends inclusive).
 * Optional on an obligation: a plan that does not state it leaves it out.
 */
export const DataWindowSchema = z.strictObject({
  preset: DataWindowPresetSchema.optional(),
  from: IsoDateSchema,
  to: IsoDateSchema,
});
/** Kỳ số liệu — data window. */
export type DataWindow = z.infer<typeof DataWindowSchema>;

/** Hạn nộp — the deadline as the plan states it, with the reading used. */
export const DeadlineSchema = z.strictObject({
  date: IsoDateSchema.describe('Ngày X trong "trước ngày X" / the date named by the plan'),
  semantics: DeadlineSemanticsSchema.default('before'),
  text: z.string().min(1).describe('Nguyên văn / verbatim, e.g. "trước ngày 20/5/2021"'),
});
/** Hạn nộp — deadline. */
export type Deadline = z.infer<typeof DeadlineSchema>;

/**
 * Nghĩa vụ báo cáo — a report that units owe by a deadline.
 * `owedBy` lists unit-group or unit ids; `recipient` is the body the report is
 * addressed to, `via` the body that receives and consolidates it, `copies` the
 * bodies that get a copy, `coordinator` the body that follows up (plan III.2).
 */
export const ObligationSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  period: PeriodKindSchema,
  year: z.number().int().min(1945).max(2200),
  deadline: DeadlineSchema,
  dataWindow: DataWindowSchema.optional().describe('Kỳ số liệu; bỏ trống khi kế hoạch không quy định / omit when the plan does not state it'),
  owedBy: z.array(IdSchema).min(1),
  recipient: IdSchema,
  via: IdSchema.optional(),
  copies: z.array(IdSchema).default([]),
  coordinator: IdSchema.optional(),
  source: z.string().min(1).describe('Vị trí trong kế hoạch / where the plan states it, e.g. "III.1"'),
});
/** Nghĩa vụ báo cáo — reporting obligation. */
export type Obligation = z.infer<typeof ObligationSchema>;
