// Vietnamese text normalization. Every function here is a single linear pass
// over the input (no regular expressions), so no input size can make them slow
// beyond O(n), and none of them throws on any string.

/**
 * Chế độ chuẩn hóa khoảng trắng — how `normalizeText` treats line breaks.
 * - `inline`: every run of whitespace (line breaks included) becomes one space.
 * - `paragraphs`: blank lines separate paragraphs; each paragraph becomes one line
 *   and paragraphs are joined by exactly one blank line (`\n\n`).
 */
export type WhitespaceMode = 'inline' | 'paragraphs';

/** Tùy chọn chuẩn hóa — options of {@link normalizeText}. */
export interface NormalizeTextOptions {
  /** Line-break handling; default `inline`. */
  mode?: WhitespaceMode;
}

const _SPACE = 1;
const _NEWLINE = 2;
const _PARAGRAPH = 3;
const _DROP = 4;

// Classifies one UTF-16 code unit. Unicode spaces (NBSP U+00A0, figure/narrow NBSP,
// U+2000–U+200A, ideographic space) come from copying out of Word/PDF and must
// compare equal to an ASCII space. U+200B (zero-width space) and U+FEFF (BOM) are
// invisible and dropped. U+00AD (soft hyphen) is kept on purpose: in text typed in
// the legacy TCVN3 encoding it stands for the letter "ư", and dropping it would
// destroy the evidence `detectLegacyEncoding` needs.
function _classify(c: number): number {
  if (c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0xa0) return _SPACE;
  if (c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028) return _NEWLINE;
  if (c === 0x2029) return _PARAGRAPH;
  if (c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) return _SPACE;
  if (c === 0x200b || c === 0xfeff) return _DROP;
  return 0;
}

/**
 * Chuẩn hóa văn bản — NFC normalization plus whitespace cleanup.
 *
 * Converts to Unicode NFC (Vietnamese typed on macOS or pasted from PDFs is often
 * NFD), turns NBSP and other Unicode spaces and tabs into plain spaces, drops
 * zero-width spaces and BOMs, collapses runs of spaces and trims. Line breaks
 * follow `options.mode` (see {@link WhitespaceMode}). Idempotent:
 * `normalizeText(normalizeText(s, o), o) === normalizeText(s, o)`.
 *
 * @param s - any string
 * @param options - `{ mode: 'inline' | 'paragraphs' }`, default `inline`
 * @returns the normalized text
 */
export function normalizeText(s: string, options: NormalizeTextOptions = {}): string {
  const paragraphs = options.mode === 'paragraphs';
  const nfc = s.normalize('NFC');
  let out = '';
  // pending separator: 0 none, 1 space, 2 paragraph break
  let pending = 0;
  let newlinesInRun = 0;
  for (let i = 0; i < nfc.length; i++) {
    const c = nfc.charCodeAt(i);
    const k = _classify(c);
    if (k === _DROP) continue;
    if (k === _SPACE) {
      if (pending < 1) pending = 1;
      continue;
    }
    if (k === _NEWLINE || k === _PARAGRAPH) {
      // CR LF counts as one line break.
      if (c === 0x0d && nfc.charCodeAt(i + 1) === 0x0a) i++;
      newlinesInRun += k === _PARAGRAPH ? 2 : 1;
      if (paragraphs && newlinesInRun >= 2) pending = 2;
      else if (pending < 1) pending = 1;
      continue;
    }
    if (out.length > 0) {
      if (pending === 2) out += '\n\n';
      else if (pending === 1) out += ' ';
    }
    pending = 0;
    newlinesInRun = 0;
    out += nfc[i];
  }
  return out;
}

/**
 * Kiểm tra dạng NFC — whether a string is already in Unicode NFC.
 * @param s - any string
 * @returns `true` when `s === s.normalize('NFC')`
 */
export function isNfc(s: string): boolean {
  return s === s.normalize('NFC');
}

/**
 * Khóa tìm kiếm — an accent- and case-insensitive key for search and matching.
 *
 * "Hoà", "Hòa", "HOA", "hoa" and the NFD spelling of "Hòa" all give `"hoa"`:
 * every combining mark is removed after NFD decomposition (so old-style "oà" and
 * new-style "òa" tone placement compare equal), `đ`/`Đ` become `d` (they do not
 * decompose in Unicode), letters are lower-cased and whitespace is normalized as
 * by {@link normalizeText} in `inline` mode. Idempotent.
 *
 * @param s - any string
 * @returns the search key
 */
export function searchKey(s: string): string {
  const nfd = s.normalize('NFD').toLowerCase().normalize('NFD');
  let out = '';
  for (let i = 0; i < nfd.length; i++) {
    const c = nfd.charCodeAt(i);
    // Combining Diacritical Marks block: tones, circumflex, breve, horn.
    if (c >= 0x300 && c <= 0x36f) continue;
    if (c === 0x111 || c === 0x110) {
      out += 'd';
      continue;
    }
    out += nfd[i];
  }
  // Whitespace last, so a mark stripped next to a space cannot leave an untrimmed edge.
  return normalizeText(out);
}
