import { z } from 'zod';
import { SIGNING_AUTHORITIES } from '../vocabulary/vocabulary';
import { IdSchema, IsoDateSchema, LocalizedTextSchema } from './primitives';

/**
 * Văn bản được viện dẫn — a document the plan cites, as structured data.
 * `text` is the citation exactly as written in the plan. Documents the plan names
 * without a number (e.g. "Luật Tiếp công dân") may carry a `number` that the kit
 * linked: `linkedBy: 'kit'` says the number is the kit's addition, not the plan's text.
 */
export const CitedDocumentSchema = z.strictObject({
  id: IdSchema,
  type: LocalizedTextSchema.describe('Loại văn bản / document type, e.g. Chỉ thị / Directive'),
  number: z.string().min(1).optional().describe('Số, ký hiệu / number and symbol, e.g. "04/CT-UBND", "217-QĐ/TW"'),
  date: IsoDateSchema.optional().describe('Ngày ban hành / date of issue'),
  issuer: LocalizedTextSchema.optional().describe('Cơ quan ban hành / issuing body'),
  title: LocalizedTextSchema.optional().describe('Trích yếu / subject'),
  text: z.string().min(1).describe('Nguyên văn cách kế hoạch viện dẫn / the citation verbatim'),
  linkedBy: z
    .enum(['plan', 'kit'])
    .default('plan')
    .describe('"plan": số hiệu có trong kế hoạch; "kit": do bộ công cụ bổ sung / who supplied the number'),
  note: LocalizedTextSchema.optional(),
});
/** Văn bản được viện dẫn — a cited document. */
export type CitedDocument = z.infer<typeof CitedDocumentSchema>;

/**
 * Thẩm quyền ký — signing authority prefix (Nghị định 30/2020/NĐ-CP):
 * `TM.` on behalf of a collective body, `KT.` a deputy signing for the head,
 * `TL.` by order, `TUQ.` by authorization, `Q.` acting; `none` the head signs.
 */
export const SigningAuthoritySchema = z.enum(SIGNING_AUTHORITIES);

/**
 * Khối chữ ký — the signature block of a document, e.g.
 * "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Đình Công Sứ".
 */
export const SignerBlockSchema = z.strictObject({
  authority: SigningAuthoritySchema,
  onBehalfOf: z.string().min(1).optional().describe('Chức vụ sau thẩm quyền ký / the title after the prefix, e.g. "CHỦ TỊCH"'),
  position: z.string().min(1).describe('Chức vụ người ký / signer position, e.g. "PHÓ CHỦ TỊCH"'),
  name: z.string().min(1).describe('Họ tên người ký, nguyên văn / signer name, verbatim'),
  corrected: z
    .strictObject({
      name: z.string().min(1).describe('Họ tên đã sửa / corrected name'),
      note: LocalizedTextSchema.describe('Sửa gì và vì sao / what was corrected and why'),
    })
    .optional()
    .describe('Bản sửa lỗi chắc chắn (bổ sung của bộ công cụ) / certain typo fix, added by the kit'),
});
/** Khối chữ ký — signature block. */
export type SignerBlock = z.infer<typeof SignerBlockSchema>;

/**
 * Nơi nhận — one line of the recipients list, verbatim, with the units it names.
 * `archive` marks the "Lưu: …" line (the issuer's own archive copies).
 */
export const RecipientLineSchema = z.strictObject({
  text: z.string().min(1).describe('Nguyên văn dòng nơi nhận / the line verbatim, without "- " and ";"'),
  en: z.string().min(1).optional().describe('Bản dịch tiếng Anh / English gloss'),
  units: z.array(IdSchema).default([]).describe('Mã đơn vị/nhóm được nêu / unit or group ids named'),
  archive: z.boolean().default(false),
});
/** Nơi nhận — one recipients line. */
export type RecipientLine = z.infer<typeof RecipientLineSchema>;
