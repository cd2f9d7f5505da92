import { z } from 'zod';
import { isCalendarDate } from './calendar-date';

// Re-exported under its old path; it lives in a zod-free module so that code using
// only the date check (e.g. @dvcq/report in a browser page) does not pull in zod.
export { isCalendarDate };

/**
 * Văn bản song ngữ — a text in Vietnamese (NFC) with an English gloss.
 */
export const LocalizedTextSchema = z.strictObject({
  vi: z.string().min(1).describe('Tiếng Việt (NFC) / Vietnamese text'),
  en: z.string().min(1).describe('Bản dịch tiếng Anh / English gloss'),
});
/** Văn bản song ngữ — a text in Vietnamese with an English gloss. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/**
 * Văn bản của kế hoạch — a text taken verbatim from the plan document, with an
 * English gloss and, where the source has a certain typo, a corrected text beside
 * it. The verbatim text is never changed; `corrected` is the kit's addition.
 */
export const PlanTextSchema = z.strictObject({
  vi: z.string().min(1).describe('Nguyên văn trong kế hoạch (NFC) / verbatim text of the plan'),
  en: z.string().min(1).describe('Bản dịch tiếng Anh / English gloss'),
  corrected: z
    .object({
      vi: z.string().min(1).describe('Văn bản đã sửa lỗi chính tả / corrected text'),
      note: LocalizedTextSchema.describe('Sửa gì và vì sao / what was corrected and why'),
    })
    .optional()
    .describe('Bản sửa lỗi chính tả chắc chắn (bổ sung của bộ công cụ) / certain typo fix, added by the kit'),
});
/** Văn bản của kế hoạch — verbatim plan text + English gloss + optional correction. */
export type PlanText = z.infer<typeof PlanTextSchema>;

/** Calendar date `YYYY-MM-DD` that exists in the proleptic Gregorian calendar. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine(isCalendarDate, { message: 'Ngày không tồn tại / no such calendar date' })
  .describe('Ngày dạng YYYY-MM-DD / date as YYYY-MM-DD');

/** Stable identifier: lower-case ASCII words joined by `-`, or a plan numbering like `II.1.3`. */
export const IdSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z0-9][A-Za-z0-9.\-_]*$/, 'ASCII id: letters, digits, . - _')
  .describe('Mã định danh ổn định / stable identifier');
