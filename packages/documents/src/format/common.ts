// Từ ngữ cố định của văn bản — the fixed words of the document form (not report fields:
// those are core's REPORT_FIELD_LABELS), and small helpers shared by both documents.
import { type Plan, findUnit } from '@dvcq/core';
import { documentDateText } from './names';
import { formatNumber, formatPercent } from '@dvcq/core';

/** Từ ngữ của văn bản — the document form's own words. */
export const DOCUMENT_WORDS = {
  /** "Số:" before the number and symbol (Nghị định 30/2020, Phụ lục I, mục II.3). */
  number: 'Số:',
  /** Tên loại văn bản. */
  report: 'BÁO CÁO',
  /** Dấu dự thảo. */
  draft: 'DỰ THẢO',
  /** Where the office writes the number by hand: "Số:      /BC-UBND". */
  blankNumber: '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0',
  /** A date the office fills in: "ngày      tháng      năm 2021". */
  blankDate: (year: number) => `ngày\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0tháng\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0năm ${year}`,
  /** Column headers of the tables. */
  order: 'TT',
  measure: 'Đơn vị tính',
  result: 'Kết quả',
  total: 'Tổng số',
  reportedBy: 'Số đơn vị báo cáo',
  unit: 'Cơ quan, đơn vị',
  /** "Lưu: VT" — the issuer's archive (Văn thư) in the recipients list. */
  archive: 'Lưu: VT',
} as const;

const _ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;

/** Số La Mã của phần — I, II, … for the parts of the content. */
export function _romanHeading(n: number): string {
  return _ROMAN[n - 1] ?? String(n);
}

/** Đoạn văn — a free text split at line breaks into paragraphs (blank lines dropped, NFC). */
export function _textParagraphs(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/** "Lưu: VT, <archive>" — the archive line; the drafting section is the caller's to give. */
export function _archiveLine(archive: string | undefined): string {
  const more = archive?.trim();
  return more ? `${DOCUMENT_WORDS.archive}, ${more}` : DOCUMENT_WORDS.archive;
}

/**
 * Viện dẫn kế hoạch — the plan as the first sentence cites it: its title, its number and date
 * when the plan file gives them, and its issuer ("Kế hoạch … năm 2026 của Ủy ban nhân dân tỉnh
 * Sông Lam").
 */
export function _planReference(plan: Plan): string {
  const issuer = findUnit(plan, plan.issuer);
  const date = documentDateText(plan.date, 'short');
  const id = plan.number ? ` (số ${plan.number}${date ? ` ngày ${date}` : ''})` : '';
  return `${plan.title.vi}${id}${issuer ? ` của ${issuer.name.vi}` : ''}`;
}

/** Đơn vị tính của chỉ tiêu — "%" for a rate, else the indicator's unit of measure. */
export function _measure(ind: { type: 'count' | 'percent'; unit?: { vi: string } | undefined }): string {
  return ind.type === 'percent' ? '%' : (ind.unit?.vi ?? '');
}

/** Giá trị chỉ tiêu — "1.250" or "93,45 %" (empty for no value). */
export function _indicatorText(type: 'count' | 'percent', v: number | null | undefined): string {
  if (v === null || v === undefined) return '';
  return type === 'percent' ? formatPercent(v, { maxDecimals: 2 }) : formatNumber(v);
}
