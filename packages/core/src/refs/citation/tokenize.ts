// Tách từ — the citation scanner's tokenizer. A text is split once into
// whitespace-separated tokens (linear), each with its core (quotes, brackets and
// punctuation around it removed), offsets into the text and a search key; phrases
// are then matched token by token, so no regular expression ever runs over input.
import { searchKey } from '../../text/normalize';

/** @internal A whitespace-separated token of the scanned text. */
export interface _Token {
  start: number;
  end: number;
  /** Token without surrounding quotes/brackets/punctuation. */
  core: string;
  coreStart: number;
  coreEnd: number;
  /** What was stripped before the core (opening quotes, brackets). */
  lead: string;
  /** What was stripped after the core (closing quotes, punctuation). */
  trail: string;
  /** The core, NFC, lower case. */
  lower: string;
  /** The core's accent-insensitive search key (`searchKey`). */
  key: string;
}

const _LEAD = new Set(['“', '"', '(', '«', '[', '‘', "'"]);
const _TRAIL = new Set(['”', '"', ')', '.', ',', ';', ':', '!', '?', '»', ']', '’', "'", '…']);

/** @internal Unicode white space (`\s` of ECMAScript), tested by code unit. */
export function _isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x85 || c === 0x2028 || c === 0x2029 ||
    c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * @internal Splits `text` into tokens in one pass. A final period is punctuation,
 * never part of a symbol ("42/2013/QH13." → core "42/2013/QH13").
 */
export function _tokenize(text: string): _Token[] {
  const out: _Token[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && _isSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    const start = i;
    while (i < text.length && !_isSpace(text.charCodeAt(i))) i++;
    const end = i;
    let a = start;
    let b = end;
    while (a < b && _LEAD.has(text[a] ?? '')) a++;
    while (b > a && _TRAIL.has(text[b - 1] ?? '')) b--;
    const core = text.slice(a, b);
    const lower = core.normalize('NFC').toLowerCase();
    out.push({ start, end, core, coreStart: a, coreEnd: b, lead: text.slice(start, a), trail: text.slice(b, end), lower, key: searchKey(core) });
  }
  return out;
}

/** @internal The search keys of a phrase's words ("Bộ Chính trị" → ["bo", "chinh", "tri"]). */
export function _phraseKeys(phrase: string): string[] {
  return searchKey(phrase).split(' ');
}

/**
 * @internal Whether the tokens from `at` spell `keys`. Words inside the phrase may
 * not be separated by punctuation (a comma ends a phrase); the last may carry any
 * trailing punctuation.
 */
export function _matchPhrase(tokens: readonly _Token[], at: number, keys: readonly string[]): boolean {
  for (let k = 0; k < keys.length; k++) {
    const t = tokens[at + k];
    if (!t || t.key !== keys[k]) return false;
    if (k > 0 && t.lead !== '') return false;
    if (k < keys.length - 1 && t.trail !== '') return false;
  }
  return true;
}

/** @internal Whether a word starts with an upper-case letter. */
export function _isCapitalized(s: string): boolean {
  const first = s[0] ?? '';
  return first !== first.toLowerCase();
}

/**
 * @internal Words of a phrase joined by single spaces (NFC): a page break inside
 * "Ủy\n\nban" must not leak into names. Inner tokens carry no punctuation (the
 * matchers check it).
 */
export function _joinCores(tokens: readonly _Token[], from: number, to: number): string {
  const words: string[] = [];
  for (let k = from; k < to; k++) words.push(tokens[k]?.core.normalize('NFC') ?? '');
  return words.join(' ');
}
