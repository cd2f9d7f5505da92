// Thể thức và kỹ thuật trình bày — the layout of an administrative document under Nghị định
// 30/2020/NĐ-CP ngày 05/3/2020 về công tác văn thư, Điều 8–9 and Phụ lục I ("Thể thức, kỹ
// thuật trình bày văn bản hành chính và bản sao văn bản"), Phần I. Every figure below is the
// decree's range and the value the kit picks inside it; the README ("Thể thức") lists them
// with the sources they were checked against. Where the decree gives a range the kit takes a
// value inside it and says so; what the decree does not regulate (the "DỰ THẢO" mark, table
// text size) is marked as the kit's choice.
import { _BOLD, _CHARS, _REGULAR, _UNITS_PER_EM } from './metrics';

/** 1 mm in twentieths of a point (twips), the unit of DOCX page geometry. */
const _MM = 1440 / 25.4;

/** Millimetres → twips, rounded. */
export function _mm(mm: number): number {
  return Math.round(mm * _MM);
}

/**
 * Khổ giấy, định lề — page and margins (Phụ lục I, Phần I, mục I "Quy định chung"): A4 210 × 297 mm,
 * portrait; top and bottom margins 20–25 mm, left 30–35 mm, right 15–20 mm. The kit takes
 * the smallest margins (20/20/30/15 mm): the most text per page, all inside the ranges.
 */
export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  margin: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 },
  /** Số trang sits in the top margin (Phụ lục I, mục I): 10 mm from the edge, half of the 20 mm margin. */
  headerMm: 10,
  footerMm: 10,
} as const;

/** Text width of a portrait A4 page with {@link PAGE}'s margins: 165 mm. */
export const TEXT_WIDTH_MM = PAGE.widthMm - PAGE.margin.leftMm - PAGE.margin.rightMm;
/** Text width of a landscape page (the per-unit annex table: Phụ lục I, mục I allows a wide table across the page). */
export const LANDSCAPE_TEXT_WIDTH_MM = PAGE.heightMm - PAGE.margin.leftMm - PAGE.margin.rightMm;

/**
 * Phông chữ — "phông chữ tiếng Việt Times New Roman, bộ mã ký tự Unicode theo Tiêu chuẩn
 * Việt Nam TCVN 6909:2001, màu đen" (Phụ lục I, mục I). Text is written NFC.
 */
export const FONT = { family: 'Times New Roman', color: '000000' } as const;

/** A text style: size in points, and the decree's range for it. */
export interface TextStyle {
  /** Cỡ chữ (pt). */
  readonly size: number;
  /** The decree's range, `[min, max]` pt; `null` where the decree fixes no size (kit choice). */
  readonly range: readonly [number, number] | null;
  readonly bold?: boolean;
  readonly italics?: boolean;
  /** In hoa — the element is written in capitals. */
  readonly upper?: boolean;
}

/**
 * Cỡ chữ, kiểu chữ của từng thành phần — size and style of each element (Phụ lục I, Phần I,
 * mục II and the table of font sizes). Sizes inside the decree's ranges; the header uses the
 * smaller size so that the Quốc hiệu fits on one line in its column.
 */
export const STYLES = {
  /** Quốc hiệu: in hoa, cỡ 12–13, đứng, đậm (mục II.1). */
  nationalName: { size: 12, range: [12, 13], bold: true, upper: true },
  /** Tiêu ngữ: in thường, cỡ 13–14, đứng, đậm; a rule below as long as the line (mục II.1). */
  motto: { size: 13, range: [13, 14], bold: true },
  /** Tên cơ quan chủ quản trực tiếp: in hoa, cỡ 12–13, đứng (mục II.2). */
  governingBody: { size: 12, range: [12, 13], upper: true },
  /** Tên cơ quan ban hành: in hoa, cỡ 12–13, đứng, đậm; a rule below, 1/3–1/2 of the line (mục II.2). */
  issuingBody: { size: 12, range: [12, 13], bold: true, upper: true },
  /** Số, ký hiệu: "Số" in thường, ký hiệu in hoa, cỡ 13, đứng (mục II.3). */
  number: { size: 13, range: [13, 13] },
  /** Địa danh và thời gian ban hành: in thường, cỡ 13–14, nghiêng (mục II.4). */
  placeDate: { size: 13, range: [13, 14], italics: true },
  /** Tên loại văn bản: in hoa, cỡ 13–14, đứng, đậm (mục II.5). */
  docType: { size: 14, range: [13, 14], bold: true, upper: true },
  /** Trích yếu nội dung: in thường, cỡ 13–14, đứng, đậm; a rule below, 1/3–1/2 of the line (mục II.5). */
  summary: { size: 14, range: [13, 14], bold: true },
  /** Nội dung văn bản: in thường, cỡ 13–14, đứng, canh đều hai lề (mục II.6). */
  body: { size: 14, range: [13, 14] },
  /** Headings of the content's parts (I., 1.): in the body's size, bold (mục II.6: parts have titles). */
  heading: { size: 14, range: [13, 14], bold: true },
  /** Quyền hạn, chức vụ người ký: in hoa, cỡ 13–14, đứng, đậm (mục II.7). */
  signerTitle: { size: 14, range: [13, 14], bold: true, upper: true },
  /** Họ tên người ký: in thường, cỡ 13–14, đứng, đậm (mục II.7). */
  signerName: { size: 14, range: [13, 14], bold: true },
  /** Từ "Nơi nhận": in thường, cỡ 12, nghiêng, đậm (mục II.9). */
  recipientsLabel: { size: 12, range: [12, 12], bold: true, italics: true },
  /** Danh sách nơi nhận: in thường, cỡ 11, đứng (mục II.9). */
  recipients: { size: 11, range: [11, 11] },
  /** Số trang: chữ số Ả Rập, cỡ 13–14, đứng, canh giữa trong lề trên, không hiện ở trang đầu (mục I). */
  pageNumber: { size: 13, range: [13, 14] },
  /** Text in tables — the decree fixes no size: kit choice, 12 pt (11 pt in the wide annex). */
  table: { size: 12, range: null },
  tableSmall: { size: 11, range: null },
  /** "DỰ THẢO" — not an element of Nghị định 30/2020 (kit convention, boxed, bold). */
  draftMark: { size: 13, range: null, bold: true, upper: true },
} as const satisfies Record<string, TextStyle>;

/**
 * Đoạn văn nội dung — paragraphs of the content (Phụ lục I, mục II.6): first-line indent
 * 1 cm or 1,27 cm (kit: 1,27 cm), at least 6 pt between paragraphs (kit: 6 pt), line spacing
 * from single up to 1,5 lines (kit: 1,15).
 */
export const PARAGRAPH = {
  firstLineIndentMm: 12.7,
  spacingAfterPt: 6,
  /** Line spacing as a multiple of single (DOCX `line` = 240 × multiple, rule `auto`). */
  lineMultiple: 1.15,
} as const;

/** Tiêu ngữ — the motto, written as the decree gives it (hyphens with spaces). */
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** Quốc hiệu — the national name. */
export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
/** Rule under the issuing body and the summary: 1/3–1/2 of the line (kit: 40 %). */
export const SHORT_RULE_FRACTION = 0.4;

const _widths = (() => {
  const regular = new Map<string, number>();
  const bold = new Map<string, number>();
  let i = 0;
  for (const ch of _CHARS) {
    regular.set(ch, _REGULAR[i]!);
    bold.set(ch, _BOLD[i]!);
    i++;
  }
  return { regular, bold };
})();

/**
 * Độ rộng dòng chữ — the advance width of a line of text set in Times New Roman, in points.
 * Characters outside the measured set count as the width of "n" (an average lower-case
 * letter): only the length of a rule depends on it.
 * @param text - the line (NFC)
 * @param sizePt - font size
 * @param bold - bold face
 * @returns the width in points
 */
export function textWidthPt(text: string, sizePt: number, bold = false): number {
  const table = bold ? _widths.bold : _widths.regular;
  const fallback = table.get('n')!;
  let units = 0;
  for (const ch of text.normalize('NFC')) units += table.get(ch) ?? fallback;
  return (units / _UNITS_PER_EM) * sizePt;
}
