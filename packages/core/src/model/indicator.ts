import { z } from 'zod';
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
});
/** Chỉ tiêu — indicator. */
export type Indicator = z.infer<typeof IndicatorSchema>;
