// Legacy Vietnamese font encodings (bảng mã cũ). Before Unicode (mandated for state
// bodies by Quyết định 72/2002/QĐ-TTg), Vietnamese was typed with 8-bit fonts:
// TCVN3/ABC (TCVN 5712:1993, fonts .VnTime/.VnArial) and VNI (VNI-Times). Copied out
// of those documents, the bytes are read as Windows-1252/Latin-1 characters and the
// text looks like "ñy ban nh©n d©n" (TCVN3) or "UÛy ban nhaân daân" (VNI).
//
// Tables are generated from the structure of each encoding (one code per toned
// vowel in TCVN3; base letter + one modifier byte in VNI) and the decoders are the
// exact inverses of the encoders, which the tests check on the seed plan.

import type { Message } from '../issues/issue';
import { isVietnameseSyllable } from './syllable';

/** Bảng mã cũ — a legacy 8-bit Vietnamese font encoding. */
export type LegacyEncoding = 'tcvn3' | 'vni';

import {
  AMBIGUOUS_CHARS,
  SYMBOL_RANGES as _SYMBOL_RANGES,
  TCVN3_PLAIN as _TCVN3_PLAIN,
  TCVN3_TONED as _TCVN3_TONED,
  TONES as _TONES,
  VNI_BREVE as _VNI_BREVE,
  VNI_CIRCUMFLEX as _VNI_CIRCUMFLEX,
  VNI_I as _VNI_I,
  VNI_TONE as _VNI_TONE,
  WORD_RANGES as _WORD_RANGES,
} from './legacy-tables';

interface _Tables {
  readonly tcvn3Encode: ReadonlyMap<string, string>;
  readonly tcvn3Decode: ReadonlyMap<string, string>;
  readonly vniEncode: ReadonlyMap<string, string>;
  readonly vniDecode: ReadonlyMap<string, string>;
}

function _buildTables(): _Tables {
  const tcvn3Encode = new Map<string, string>();
  const tcvn3Decode = new Map<string, string>();
  for (const [letter, code] of _TCVN3_PLAIN) {
    tcvn3Encode.set(letter, String.fromCharCode(code));
    tcvn3Decode.set(String.fromCharCode(code), letter);
  }
  for (const [base, codes] of _TCVN3_TONED) {
    _TONES.forEach((tone, t) => {
      const lower = (base + tone).normalize('NFC');
      const byte = String.fromCharCode(codes[t] ?? 0);
      tcvn3Encode.set(lower, byte);
      // .VnTime has no toned capitals: a capital is typed with the lowercase code
      // (and shown in capitals only by switching to the .VnTimeH font).
      tcvn3Encode.set(lower.toUpperCase(), byte);
      tcvn3Decode.set(byte, lower);
    });
  }

  const vniEncode = new Map<string, string>();
  const add = (lower: string, code: string): void => {
    vniEncode.set(lower, code);
    vniEncode.set(lower.toUpperCase(), code.toUpperCase());
  };
  add('đ', 'ñ');
  add('ơ', 'ô');
  add('ư', 'ö');
  add('â', 'aâ');
  add('ê', 'eâ');
  add('ô', 'oâ');
  add('ă', 'aê');
  _TONES.forEach((tone, t) => {
    const mod = _VNI_TONE[t] ?? '';
    for (const v of ['a', 'e', 'o', 'u', 'y']) add((v + tone).normalize('NFC'), v + mod);
    add(('ơ' + tone).normalize('NFC'), 'ô' + mod);
    add(('ư' + tone).normalize('NFC'), 'ö' + mod);
    add(('i' + tone).normalize('NFC'), _VNI_I[t] ?? '');
    for (const v of ['a', 'e', 'o']) add((v + '\u0302' + tone).normalize('NFC'), v + (_VNI_CIRCUMFLEX[t + 1] ?? ''));
    add(('a\u0306' + tone).normalize('NFC'), 'a' + (_VNI_BREVE[t + 1] ?? ''));
  });
  // ỵ is a single byte in VNI, not y + dot.
  add('ỵ', 'î');
  const vniDecode = new Map<string, string>();
  for (const [letter, code] of vniEncode) {
    vniDecode.set(code, letter);
    // Accept a modifier whose case differs from its base letter (typed with caps
    // lock toggled mid-word); the base letter decides the case.
    if (code.length === 2) {
      const b = code[0] ?? '';
      const m = code[1] ?? '';
      const swapped = m === m.toUpperCase() ? m.toLowerCase() : m.toUpperCase();
      if (!vniDecode.has(b + swapped)) vniDecode.set(b + swapped, letter);
    }
  }
  return { tcvn3Encode, tcvn3Decode, vniEncode, vniDecode };
}

// Built once and frozen in spirit: read-only after construction, never mutated.
const _T: _Tables = _buildTables();

/**
 * Mã hóa sang bảng mã cũ — encodes Unicode Vietnamese as a legacy font encoding,
 * returning the characters a Windows-1252 reader would show for those bytes.
 *
 * Meant for test fixtures and round-trip checks. TCVN3 has no toned capitals, so a
 * toned capital ("Ủ") is written with the lowercase code, as typists did in .VnTime.
 * Characters with no code (digits, punctuation, other scripts) pass through.
 *
 * @param s - Unicode text (any normalization form)
 * @param encoding - `tcvn3` or `vni`
 * @returns the garbled-looking legacy text
 */
export function encodeLegacy(s: string, encoding: LegacyEncoding): string {
  const table = encoding === 'tcvn3' ? _T.tcvn3Encode : _T.vniEncode;
  let out = '';
  for (const ch of s.normalize('NFC')) out += table.get(ch) ?? ch;
  return out;
}

/** Tùy chọn giải mã — options of {@link decodeLegacy}. */
export interface DecodeLegacyOptions {
  /**
   * TCVN3 only: restore capitals in words typed in the capitals-only .VnTimeH font
   * (a word whose plain letters are all capitals, e.g. "TØNH" → "TỈNH"). Default `true`.
   */
  restoreCapitals?: boolean;
}

/**
 * Giải mã bảng mã cũ — converts text garbled by a legacy font encoding back to
 * Unicode NFC, e.g. `decodeLegacy('ñy ban nh©n d©n', 'tcvn3')` → `'ủy ban nhân dân'`.
 *
 * TCVN3 is lossy for capitals: plain text keeps no font, so a toned capital typed
 * with .VnTimeH comes back in lowercase unless its word is all capitals (see
 * `restoreCapitals`). VNI keeps case. Linear in the input; never throws.
 *
 * @param s - text as read from the legacy document
 * @param encoding - `tcvn3` or `vni`
 * @param options - see {@link DecodeLegacyOptions}
 * @returns Unicode NFC text
 */
export function decodeLegacy(s: string, encoding: LegacyEncoding, options: DecodeLegacyOptions = {}): string {
  if (encoding === 'vni') return _decodeVni(s);
  const plain = _decodeTcvn3Chars(s);
  return options.restoreCapitals === false ? plain : _restoreCapitals(s, plain);
}

function _decodeTcvn3Chars(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] ?? '';
    out += _T.tcvn3Decode.get(ch) ?? ch;
  }
  return out.normalize('NFC');
}

function _decodeVni(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const one = s[i] ?? '';
    const two = _T.vniDecode.get(one + (s[i + 1] ?? ''));
    if (two !== undefined && i + 1 < s.length) {
      out += two;
      i++;
      continue;
    }
    out += _T.vniDecode.get(one) ?? one;
  }
  return out.normalize('NFC');
}

interface _Word {
  start: number;
  end: number;
}

function _words(s: string): _Word[] {
  const words: _Word[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const inWord = i < s.length && _isWordChar(s.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      words.push({ start, end: i });
      start = -1;
    }
  }
  return words;
}

function _isUpperPlain(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xa1 && c <= 0xa7);
}
function _isLowerPlain(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xa8 && c <= 0xae);
}

// .VnTimeH headings ("KÕ HO¹CH") decode to mixed case; a word whose unambiguous
// letters are all capitals is upper-cased. A word with a single capital ("X·")
// follows its neighbours, so "CéNG HßA X· HéI" becomes "CỘNG HÒA XÃ HỘI".
function _restoreCapitals(original: string, decoded: string): string {
  // TCVN3 decoding maps one UTF-16 unit to one letter; NFC keeps the length here
  // because every decoded letter is already precomposed.
  if (decoded.length !== original.length) return decoded;
  const words = _words(original);
  const state = words.map((w) => {
    let upper = 0;
    let lower = 0;
    for (let i = w.start; i < w.end; i++) {
      const c = original.charCodeAt(i);
      if (_isUpperPlain(c)) upper++;
      else if (_isLowerPlain(c)) lower++;
    }
    return lower > 0 || upper === 0 ? 0 : upper >= 2 ? 2 : 1;
  });
  let out = '';
  let last = 0;
  words.forEach((w, k) => {
    const st = state[k] ?? 0;
    const shout = st === 2 || (st === 1 && ((state[k - 1] ?? 0) === 2 || (state[k + 1] ?? 0) === 2));
    if (!shout) return;
    out += decoded.slice(last, w.start) + decoded.slice(w.start, w.end).toUpperCase();
    last = w.end;
  });
  return out + decoded.slice(last);
}


/**
 * Kết quả dò bảng mã — what {@link detectLegacyEncoding} found.
 * `encoding` is `null` when the text reads as normal Unicode (or is too ambiguous).
 */
export interface LegacyEncodingReport {
  /** The legacy encoding the text appears to be typed in, or `null`. */
  encoding: LegacyEncoding | null;
  /**
   * Share (0–1) of the counted words that only make sense once decoded with
   * `encoding`; `0` when `encoding` is `null`.
   */
  confidence: number;
  /** Word counts behind the verdict (see {@link detectLegacyEncoding} for the classes). */
  evidence: LegacyEvidence;
  /** One garbled word and its decoding, for showing to a user. */
  sample?: { original: string; decoded: string };
  /** User-facing explanation; present when `encoding` is not `null`. */
  message?: Message;
}

/** Bằng chứng dò bảng mã — the word counts of {@link detectLegacyEncoding}. */
export interface LegacyEvidence {
  /** Words counted: those with a non-ASCII character, except neutral ones. */
  words: number;
  /** Words that read as Unicode Vietnamese: valid syllables, or holding a letter outside Latin-1. */
  unicode: number;
  /** Of those, words holding a Vietnamese letter outside Latin-1 ("ư", "ạ", "đ"), which no legacy font read as Windows-1252 produces. */
  unicodeOnly: number;
  /** Words that are not valid as they stand but are once decoded as TCVN3. */
  tcvn3: number;
  /** Words that are not valid as they stand but are once decoded as VNI. */
  vni: number;
  /** Of the TCVN3 votes, words with a Latin-1 character no Unicode Vietnamese word or notation uses ("©", "ß", "Ø"). */
  strongTcvn3: number;
  /** Of the VNI votes, the same. */
  strongVni: number;
}

/** Tùy chọn dò bảng mã — options of {@link detectLegacyEncoding}. */
export interface DetectLegacyOptions {
  /** Only the first `maxChars` UTF-16 code units are examined (default 100 000). */
  maxChars?: number;
  /** Minimum confidence to report an encoding (default 0.3). */
  minConfidence?: number;
}

/** Default number of characters {@link detectLegacyEncoding} examines. */
export const LEGACY_DETECT_MAX_CHARS = 100_000;

/** Default minimum confidence of {@link detectLegacyEncoding}. */
const _MIN_CONFIDENCE = 0.3;

/**
 * Thông điệp bảng mã cũ — the bilingual explanation shown when text is in a legacy encoding.
 * @param encoding - `tcvn3` or `vni`
 * @returns the message in Vietnamese and English
 */
export function legacyEncodingMessage(encoding: LegacyEncoding): Message {
  return encoding === 'tcvn3'
    ? {
        vi: 'Văn bản có vẻ được gõ bằng bảng mã TCVN3 (ABC) cũ (phông .VnTime) nên hiển thị sai khi đọc dưới dạng Unicode. Vui lòng chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của UniKey) rồi nhập lại.',
        en: 'The text appears to be typed in the legacy TCVN3 (ABC) encoding (.VnTime fonts), so it is garbled when read as Unicode. Please convert it to Unicode (e.g. with the UniKey converter) and enter it again.',
      }
    : {
        vi: 'Văn bản có vẻ được gõ bằng bảng mã VNI cũ (phông VNI-Times) nên hiển thị sai khi đọc dưới dạng Unicode. Vui lòng chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của UniKey) rồi nhập lại.',
        en: 'The text appears to be typed in the legacy VNI encoding (VNI-Times fonts), so it is garbled when read as Unicode. Please convert it to Unicode (e.g. with the UniKey converter) and enter it again.',
      };
}

const _AMBIGUOUS: ReadonlySet<number> = new Set([...AMBIGUOUS_CHARS].map((ch) => ch.charCodeAt(0)));

function _inRanges(c: number, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  // An index loop: this runs for every character of every string checked, often before
  // the JIT has warmed up, where destructuring an iterator is slow.
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i]!;
    if (c >= r[0] && c <= r[1]) return true;
  }
  return false;
}

// Whether a UTF-16 unit can be part of a word in legacy or Unicode Vietnamese text.
function _isWordChar(c: number): boolean {
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  return _inRanges(c, _WORD_RANGES);
}

/** The word without the Latin-1 symbols at its two ends ("«Dân»" → "Dân"). */
function _core(word: string): string {
  let a = 0;
  let b = word.length;
  while (a < b && _inRanges(word.charCodeAt(a), _SYMBOL_RANGES)) a++;
  while (b > a && _inRanges(word.charCodeAt(b - 1), _SYMBOL_RANGES)) b--;
  return word.slice(a, b);
}

/**
 * An ASCII capital after an ASCII small letter ("c«I"): words typed in a legacy font
 * keep the usual casing of their ASCII letters (all small, capitalised, or all capitals
 * in headings), so such a word is two words glued by a symbol, not a legacy syllable.
 */
function _mixedCase(word: string): boolean {
  let small = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) small = true;
    else if (small && c >= 0x41 && c <= 0x5a) return true;
  }
  return false;
}

function _isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** One word's class (see detectLegacyEncoding): `ascii` and `neutral` are not counted. */
type _Vote =
  | 'ascii'
  | 'neutral'
  | 'unicode-only'
  | 'unicode'
  | { readonly tcvn3: string | null; readonly vni: string | null; readonly strong: boolean };

function _vote(word: string): _Vote {
  if (_isAscii(word)) return 'ascii';
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0xff) return 'unicode-only';
  if (isVietnameseSyllable(word)) return 'unicode';
  const core = _core(word);
  if (_isAscii(core) || isVietnameseSyllable(core) || _mixedCase(word)) return 'neutral';
  const t = _decodeTcvn3Chars(word);
  const v = _decodeVni(word);
  let strong = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 0x7f && !_AMBIGUOUS.has(c)) strong = true;
  }
  return { tcvn3: isVietnameseSyllable(t) ? t : null, vni: isVietnameseSyllable(v) ? v : null, strong };
}

function _decodesValid(word: string, enc: LegacyEncoding): boolean {
  const d = enc === 'tcvn3' ? _decodeTcvn3Chars(word) : _decodeVni(word);
  return d !== word && isVietnameseSyllable(d);
}

interface _Verdict {
  encoding: LegacyEncoding | null;
  confidence: number;
  evidence: LegacyEvidence;
  sample?: { original: string; decoded: string };
}

function _detect(s: string, max: number, minConfidence: number): _Verdict {
  const text = (s.length > max ? s.slice(0, max) : s).normalize('NFC');
  const evidence: LegacyEvidence = { words: 0, unicode: 0, unicodeOnly: 0, tcvn3: 0, vni: 0, strongTcvn3: 0, strongVni: 0 };
  let tcvnSample: { original: string; decoded: string } | undefined;
  let vniSample: { original: string; decoded: string } | undefined;
  let valid: string[] | undefined;
  for (const w of _words(text)) {
    const word = text.slice(w.start, w.end);
    const vote = _vote(word);
    if (vote === 'ascii' || vote === 'neutral') continue;
    evidence.words++;
    if (vote === 'unicode-only' || vote === 'unicode') {
      evidence.unicode++;
      if (vote === 'unicode-only') evidence.unicodeOnly++;
      else (valid ??= []).push(word);
      continue;
    }
    if (vote.tcvn3 !== null) {
      evidence.tcvn3++;
      if (vote.strong) evidence.strongTcvn3++;
      tcvnSample ??= { original: word, decoded: vote.tcvn3 };
    }
    if (vote.vni !== null) {
      evidence.vni++;
      if (vote.strong) evidence.strongVni++;
      vniSample ??= { original: word, decoded: vote.vni };
    }
  }
  let lead = evidence.tcvn3 - evidence.vni;
  // A tie is broken by the valid words whose decoding is also valid ("Xaõ" → "Xã" in VNI).
  if (lead === 0 && evidence.tcvn3 > 0 && valid)
    for (const word of valid) lead += (_decodesValid(word, 'tcvn3') ? 1 : 0) - (_decodesValid(word, 'vni') ? 1 : 0);
  const best: LegacyEncoding | null = lead > 0 ? 'tcvn3' : lead < 0 ? 'vni' : null;
  const votes = best === 'tcvn3' ? evidence.tcvn3 : best === 'vni' ? evidence.vni : 0;
  const strong = best === 'tcvn3' ? evidence.strongTcvn3 : best === 'vni' ? evidence.strongVni : 0;
  const confidence = evidence.words === 0 ? 0 : votes / evidence.words;
  if (best === null || (strong === 0 && votes < 2) || votes <= evidence.unicodeOnly || confidence < minConfidence)
    return { encoding: null, confidence: 0, evidence };
  const sample = best === 'tcvn3' ? tcvnSample : vniSample;
  return sample ? { encoding: best, confidence, evidence, sample } : { encoding: best, confidence, evidence };
}

/**
 * Dò bảng mã cũ — detects text typed in a legacy TCVN3 (ABC) or VNI font and read
 * as Unicode, e.g. "Hßa B×nh", "ñy ban nh©n d©n" (TCVN3) or "UÛy ban nhaân daân" (VNI).
 *
 * The text (NFC) is cut into words: runs of ASCII letters, Latin-1 characters
 * U+00A1–U+00FF, Vietnamese letters and combining marks. Each word with a non-ASCII
 * character falls in one class:
 * - **Unicode only**: it holds a letter outside Latin-1 ("ư", "ạ", "đ"), which no
 *   legacy font read as Windows-1252 produces;
 * - **Unicode**: it is a valid Vietnamese syllable as it stands;
 * - **neutral** (not counted): without the Latin-1 symbols at its ends (U+00A1–U+00BF,
 *   ×, ÷) it is ASCII only or a valid syllable — "«Dân»", "·", "Th·", "µm" —, or an
 *   ASCII capital follows an ASCII small letter in it ("c«I": two words glued by a
 *   symbol; legacy words keep their ASCII letters' usual casing);
 * - otherwise a **vote** for each encoding whose decoding of the word is a valid
 *   syllable, **strong** when the word holds a Latin-1 character that is neither a
 *   Vietnamese letter nor · × ÷ or the soft hyphen ("nh©n", "Hßa", "Hoøa").
 *
 * The encoding with more votes wins (a tie: the one that also decodes more of the
 * valid words; still tied: none). It is reported when it has a strong vote or at
 * least two votes, more votes than there are Unicode-only words, and votes make up
 * at least `minConfidence` of the counted words. Correct Unicode Vietnamese never
 * meets that, whatever punctuation or symbols surround its words: measured on every
 * plan text, every province, district and commune name and sentences with every
 * common symbol (false-positive rate 0, `legacy-corpus.test.ts`), as are texts with
 * one typo. Examines at most `maxChars` UTF-16 code units; linear; never throws.
 *
 * @param s - text to check
 * @param options - see {@link DetectLegacyOptions}
 * @returns the verdict with its evidence and, when detected, a bilingual message
 */
export function detectLegacyEncoding(s: string, options: DetectLegacyOptions = {}): LegacyEncodingReport {
  const v = _detect(s, options.maxChars ?? LEGACY_DETECT_MAX_CHARS, options.minConfidence ?? _MIN_CONFIDENCE);
  if (v.encoding === null) return { encoding: null, confidence: 0, evidence: v.evidence };
  const report: LegacyEncodingReport = { encoding: v.encoding, confidence: v.confidence, evidence: v.evidence, message: legacyEncodingMessage(v.encoding) };
  if (v.sample) report.sample = v.sample;
  return report;
}

/**
 * Bảng mã cũ của văn bản — {@link detectLegacyEncoding}'s verdict alone (default
 * options), for validators that only need the encoding's name (no message text is
 * loaded with it).
 * @param s - text to check
 * @returns `tcvn3`, `vni` or `null`
 */
export function legacyEncodingOf(s: string): LegacyEncoding | null {
  return _detect(s, LEGACY_DETECT_MAX_CHARS, _MIN_CONFIDENCE).encoding;
}

/**
 * Bảng dữ liệu dò bảng mã — everything {@link detectLegacyEncoding} uses, as data,
 * so that another language implements the same algorithm (written out in the
 * validation contract, `CONTRACT.md` of `dvcq schema`): the character classes as
 * inclusive code point ranges, the decoding tables and the thresholds. The syllable
 * check's tables come from `vietnameseSyllableTables`.
 * @returns a fresh JSON-ready object
 */
export function legacyDetectionTables(): LegacyDetectionTables {
  return {
    wordRanges: _WORD_RANGES.map(([a, b]) => [a, b]),
    symbolRanges: _SYMBOL_RANGES.map(([a, b]) => [a, b]),
    ambiguous: [..._AMBIGUOUS].sort((a, b) => a - b),
    tcvn3: Object.fromEntries([..._T.tcvn3Decode].sort(([a], [b]) => (a < b ? -1 : 1))),
    vni: Object.fromEntries([..._T.vniDecode].sort(([a], [b]) => (a < b ? -1 : 1))),
    minConfidence: _MIN_CONFIDENCE,
    maxChars: LEGACY_DETECT_MAX_CHARS,
  };
}

/** Bảng dữ liệu dò bảng mã — the data of {@link legacyDetectionTables}. */
export interface LegacyDetectionTables {
  /** Characters that make up words (inclusive code point ranges). */
  wordRanges: Array<[number, number]>;
  /** Latin-1 symbols set aside at the ends of a word. */
  symbolRanges: Array<[number, number]>;
  /** Latin-1 code points that do not make a vote strong. */
  ambiguous: number[];
  /** TCVN3: one character → the Unicode letter it stands for. */
  tcvn3: Record<string, string>;
  /** VNI: one or two characters → the Unicode letter they stand for (decoding tries two characters, then one). */
  vni: Record<string, string>;
  minConfidence: number;
  maxChars: number;
}
