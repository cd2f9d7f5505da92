import { z } from 'zod';
import { DVK_STAGES } from '../vocabulary/vocabulary';
import { IdSchema, LocalizedTextSchema } from './primitives';
import { PeriodKindSchema } from './obligation';

/**
 * Chỉ tiêu — a figure a report gives, linked to the task it measures.
 * `mandatedBy: 'plan'` when the plan's text asks for it; `'kit'` when the kit
 * suggests it to evidence a task. `partOf` names the total this figure is a part
 * of (e.g. resolved petitions ≤ petitions received), which rules check.
 */
export const IndicatorSchema = z.strictObject({
  id: IdSchema,
  label: LocalizedTextSchema,
  help: LocalizedTextSchema.optional(),
  task: IdSchema.describe('Nhiệm vụ được đo / the task measured'),
  type: z.enum(['count', 'percent']),
  unit: LocalizedTextSchema.optional().describe('Đơn vị tính / unit of measure, e.g. "lượt"'),
  partOf: IdSchema.optional(),
  periods: z.array(PeriodKindSchema).optional().describe('Chỉ hỏi trong các kỳ này; bỏ trống = mọi kỳ / only asked in these periods'),
  mandatedBy: z.enum(['plan', 'kit']),
  countsModels: z
    .enum(DVK_STAGES)
    .optional()
    .describe('Chỉ tiêu này đếm số mô hình "Dân vận khéo" ở giai đoạn này (so với danh sách mô hình của báo cáo) / this count is the number of listed models at that stage'),
});
/** Chỉ tiêu — indicator. */
export type Indicator = z.infer<typeof IndicatorSchema>;

/**
 * Tổng các phần — indicators that are mutually exclusive parts of one whole (e.g. files
 * settled on time + settled late ≤ files received): the rules check Σ parts ≤ total.
 * `partOf` on an indicator states one part ≤ its total; a sum states several together.
 */
export const IndicatorSumSchema = z.strictObject({
  id: IdSchema,
  parts: z.array(IdSchema).min(2).describe('Các chỉ tiêu thành phần, loại trừ nhau / mutually exclusive parts'),
  total: IdSchema.describe('Chỉ tiêu tổng / the whole'),
  severity: z.enum(['error', 'warning']).default('error'),
  note: LocalizedTextSchema.optional().describe('Vì sao (nguồn hoặc lập luận) / why (source or reasoning)'),
});
/** Tổng các phần — indicator sum. */
export type IndicatorSum = z.infer<typeof IndicatorSumSchema>;
