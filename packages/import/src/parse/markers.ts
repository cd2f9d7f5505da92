// Nhãn đánh số — the numbering labels Vietnamese administrative documents use:
// I./II. (phần), 1./2. (mục), 1.1. (tiểu mục), a)/b) (điểm), "-" and "+" bullets.
import { searchKey } from '@dvcq/core';

/** Kind of a numbering label, outermost first. */
export type _MarkerKind = 'roman' | 'decimal' | 'decimal2' | 'letter' | 'dash' | 'plus';

/** A label found at the start of a paragraph. */
export interface _Marker {
  kind: _MarkerKind;
  /** The label's value: "II", "3", "1.2", "b", "-", "+". */
  value: string;
  /** Text after the label. */
  rest: string;
}

const _ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50 };

/** Value of a Roman numeral (I–L), or undefined when it is not a canonical one. */
export function _romanValue(s: string): number | undefined {
  if (s.length === 0 || s.length > 7) return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = _ROMAN_VALUES[s[i] ?? ''];
    if (v === undefined) return undefined;
    const next = _ROMAN_VALUES[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && total <= 50 && _toRoman(total) === s ? total : undefined;
}

function _toRoman(n: number): string {
  const table: Array<[number, string]> = [[50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let r = n;
  for (const [v, sym] of table) {
    while (r >= v) {
      out += sym;
      r -= v;
    }
  }
  return out;
}

const _ROMAN = /^(?:PHẦN\s+|Phần\s+)?([IVXL]{1,7})\s*[.:)\-–]\s*(?=\S)/u;
const _DECIMAL2 = /^(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\.?\s+(?=\S)/u;
const _DECIMAL = /^(\d{1,2})\s*[.)]\s*(?=[^\d\s/])/u;
const _LETTER = /^([a-zđ])\s*\)\s*(?=\S)|^([a-zđ])\.\s+(?=\S)/u;
const _BULLET = /^([-–—•·▪◦○*+])\s*(?=\S)/u;

/**
 * Nhãn đầu đoạn — the numbering label a paragraph starts with, if any.
 * @param text - paragraph text (normalized)
 * @returns the label, or undefined
 */
export function _markerOf(text: string): _Marker | undefined {
  let m = _ROMAN.exec(text);
  if (m && _romanValue(m[1]!) !== undefined) {
    // "I." followed by a lower-case word is a sentence ("I. là…" never heads a part).
    return { kind: 'roman', value: m[1]!, rest: text.slice(m[0].length) };
  }
  m = _DECIMAL2.exec(text);
  if (m) return { kind: 'decimal2', value: m[1]!, rest: text.slice(m[0].length) };
  m = _DECIMAL.exec(text);
  if (m) return { kind: 'decimal', value: m[1]!, rest: text.slice(m[0].length) };
  m = _LETTER.exec(text);
  if (m) return { kind: 'letter', value: (m[1] ?? m[2])!, rest: text.slice(m[0].length) };
  m = _BULLET.exec(text);
  if (m) {
    const c = m[1]!;
    // "- 2 -" page numbers are dropped by the readers; "-Tiếp tục" (no space) is a bullet.
    return { kind: c === '+' ? 'plus' : 'dash', value: c === '+' ? '+' : '-', rest: text.slice(m[0].length) };
  }
  return undefined;
}

const _STANDALONE_KEYS = [
  'ke hoach',
  'quyet dinh',
  'chuong trinh',
  'huong dan',
  'phu luc',
  'noi nhan',
  'cong hoa xa hoi chu nghia viet nam',
  'doc lap - tu do - hanh phuc',
];

/**
 * Dòng đứng riêng — a line that always starts its own paragraph: a document kind
 * in capitals ("KẾ HOẠCH"), "Nơi nhận:", "PHỤ LỤC", a signing authority
 * ("KT. CHỦ TỊCH"), "Số: …", the national motto.
 * @param text - the line
 * @returns true when the line cannot continue the paragraph before it
 */
export function _isStandalone(text: string): boolean {
  if (/^(?:TM|KT|TL|TUQ|Q)\.\s*\S/u.test(text)) return true;
  if (/^Số\s*:/u.test(text)) return true;
  const key = searchKey(text).replace(/[:.]+$/, '');
  if (_STANDALONE_KEYS.some((k) => key === k || (k === 'phu luc' && /^phu luc(?: [ivx\d]+)?$/.test(key)))) return true;
  if (key.startsWith('noi nhan')) return true;
  return false;
}

/**
 * Chữ in hoa — whether a text is written in capitals (at least one letter, no
 * lower-case letter).
 * @param text - any text
 * @returns true for "NỘI DUNG, NHIỆM VỤ"
 */
export function _isUpper(text: string): boolean {
  let letters = 0;
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower === upper) continue;
    if (ch === lower) return false;
    letters++;
  }
  return letters >= 2;
}

/** Whether a text starts with a lower-case letter. */
export function _startsLower(text: string): boolean {
  // Opening quotes and brackets do not count: "“điểm nóng”" continues a sentence.
  const ch = text.replace(/^[“"'‘(\[«]+/u, '')[0] ?? '';
  return ch.toLowerCase() !== ch.toUpperCase() && ch === ch.toLowerCase();
}
