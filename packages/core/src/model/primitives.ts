import { z } from 'zod';

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

/**
 * Kiểm tra ngày hợp lệ — whether `YYYY-MM-DD` names a real calendar date.
 * @param value - the text to check
 * @returns true for e.g. `2021-05-20`, false for `2021-02-30` or `20/5/2021`
 */
export function isCalendarDate(value: string): boolean {
  if (value.length !== 10) return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]!;
  return d <= days;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Stable identifier: lower-case ASCII words joined by `-`, or a plan numbering like `II.1.3`. */
export const IdSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z0-9][A-Za-z0-9.\-_]*$/, 'ASCII id: letters, digits, . - _')
  .describe('Mã định danh ổn định / stable identifier');
