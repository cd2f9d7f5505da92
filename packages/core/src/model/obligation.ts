import { z } from 'zod';
import { DEADLINE_READINGS, PERIOD_KINDS } from '../vocabulary/vocabulary';
import { IdSchema, IsoDateSchema, LocalizedTextSchema } from './primitives';

/**
 * Cách hiểu hạn nộp — how a deadline date is read.
 * `before`: "trước ngày X" literally — late from 00:00 of X (UTC+7), last day X−1.
 * `inclusive`: X itself is still allowed — late from 00:00 of X+1.
 */
export const DeadlineSemanticsSchema = z.enum(DEADLINE_READINGS);

/** Loại kỳ báo cáo — the kind of reporting period (vocabulary `PERIOD_KINDS`). */
export const PeriodKindSchema = z.enum(PERIOD_KINDS);

/**
 * Mẫu kỳ số liệu — named data-window presets: the cut-off periods of Nghị định 09/2019/NĐ-CP,
 * Điều 12 (monthly, quarterly, six-month, annual). Điều 12 defines no nine-month window, so
 * there is no nine-month preset: a nine-month obligation states `from`/`to` as its province's
 * text says (docs/domain.md#data-windows).
 */
export const DataWindowPresetSchema = z.enum(['nd09-monthly', 'nd09-quarterly', 'nd09-semiannual', 'nd09-annual']);
/** Mẫu kỳ số liệu — data-window preset name. */
export type DataWindowPreset = z.infer<typeof DataWindowPresetSchema>;

/**
 * Kỳ số liệu — the span of days a report's figures cover (both ends inclusive).
 * Optional on an obligation: a plan that does not state it leaves it out. `from`/`to`
 * fix the window of a single report; a `preset` alone means "computed for each report
 * of the obligation" (a quarterly obligation has four windows).
 */
export const DataWindowSchema = z
  .strictObject({
    preset: DataWindowPresetSchema.optional(),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
  })
  .refine((w) => (w.from === undefined) === (w.to === undefined), { message: 'from và to đi cùng nhau / from and to go together' })
  .refine((w) => w.preset !== undefined || w.from !== undefined, { message: 'Cần preset hoặc from/to / a preset or from/to is needed' });
/** Kỳ số liệu — data window. */
export type DataWindow = z.infer<typeof DataWindowSchema>;

const _reading = {
  semantics: DeadlineSemanticsSchema.default('before'),
  text: z.string().min(1).describe('Nguyên văn / verbatim, e.g. "trước ngày 20/6/2026"'),
};

/** Hạn nộp là một ngày — "trước ngày 20/6/2026": one fixed date (the report has one instance). */
export const DateDeadlineSchema = z.strictObject({
  kind: z.literal('date').optional(),
  date: IsoDateSchema.describe('Ngày X trong "trước ngày X" / the date named by the plan'),
  ..._reading,
});

/**
 * Hạn nộp là một ngày trong tháng — "trước ngày 15 của tháng cuối quý" (`last-of-period`)
 * or "trước ngày 05 của tháng đầu kỳ sau" (`after-period`), for every report of the
 * obligation. A day beyond the month's length means the month's last day.
 */
export const DayOfMonthDeadlineSchema = z.strictObject({
  kind: z.literal('day-of-month'),
  day: z.number().int().min(1).max(31),
  month: z.enum(['last-of-period', 'after-period']),
  ..._reading,
});

/**
 * Hạn nộp tính từ khi hết kỳ — "chậm nhất 5 ngày làm việc sau khi kết thúc kỳ": N working
 * days (public holidays and weekends skipped) or calendar days after the period's last
 * day — the data window's last day when the obligation states one, else the calendar
 * period's.
 */
export const AfterPeriodDeadlineSchema = z.strictObject({
  kind: z.literal('after-period'),
  days: z.number().int().min(0).max(366),
  count: z.enum(['working', 'calendar']),
  ..._reading,
});

/** Hạn nộp — the deadline as the plan states it (a date or a rule per period), with the reading used. */
export const DeadlineSchema = z.union([DateDeadlineSchema, DayOfMonthDeadlineSchema, AfterPeriodDeadlineSchema]);
/** Hạn nộp — deadline. */
export type Deadline = z.infer<typeof DeadlineSchema>;
/** Hạn nộp là một ngày — fixed-date deadline. */
export type DateDeadline = z.infer<typeof DateDeadlineSchema>;
/** Hạn nộp là một ngày trong tháng — day-of-month rule. */
export type DayOfMonthDeadline = z.infer<typeof DayOfMonthDeadlineSchema>;
/** Hạn nộp tính từ khi hết kỳ — days-after-period rule. */
export type AfterPeriodDeadline = z.infer<typeof AfterPeriodDeadlineSchema>;

/**
 * Nghĩa vụ báo cáo — reports that units owe by a deadline: one report a year (six-month,
 * nine-month, annual, one-off) or one per month or quarter (`indexes` says which; all by
 * default). `owedBy` lists unit-group or unit ids; `recipient` is the body the report is
 * addressed to, `via` the body that receives and consolidates it, `copies` the bodies
 * that get a copy, `coordinator` the body that follows up.
 */
export const ObligationSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  period: PeriodKindSchema,
  year: z.number().int().min(1945).max(2200),
  indexes: z
    .array(z.number().int().min(1).max(12))
    .min(1)
    .optional()
    .describe('Tháng (1–12) hoặc quý (1–4) phải báo cáo; bỏ trống = tất cả / months or quarters owed; omitted = all'),
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
