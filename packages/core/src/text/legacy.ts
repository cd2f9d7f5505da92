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

const _GRAVE = '\u0300';
const _HOOK = '\u0309';
const _TILDE = '\u0303';
const _ACUTE = '\u0301';
const _DOT = '\u0323';
/** Tone order used by both tables: huyền, hỏi, ngã, sắc, nặng. */
const _TONES: readonly string[] = [_GRAVE, _HOOK, _TILDE, _ACUTE, _DOT];

// TCVN3 (VN3 subset used by .VnTime fonts): the code of each toned lowercase vowel,
// in the tone order above. The gaps (0xBA, 0xBF–0xC5, 0xCD, 0xD9–0xDB, 0xE0, 0xF0)
// hold capitals only in the full VN1 set, which the common fonts do not use.
const _TCVN3_TONED: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['a', [0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ['ă', [0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ['â', [0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ['e', [0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ['ê', [0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ['i', [0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ['o', [0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ['ô', [0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ['ơ', [0xea, 0xeb, 0xec, 0xed, 0xee]],
  ['u', [0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ['ư', [0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ['y', [0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
];
const _TCVN3_PLAIN: ReadonlyArray<readonly [string, number]> = [
  ['Ă', 0xa1], ['Â', 0xa2], ['Ê', 0xa3], ['Ô', 0xa4], ['Ơ', 0xa5], ['Ư', 0xa6], ['Đ', 0xa7],
  ['ă', 0xa8], ['â', 0xa9], ['ê', 0xaa], ['ô', 0xab], ['ơ', 0xac], ['ư', 0xad], ['đ', 0xae],
];

// VNI: a base letter followed by one modifier byte. Tone modifiers for a, e, o, u, y, ơ, ư;
// circumflex+tone for a/e/o; breve+tone for a; i, đ, ơ, ư and ỵ are single bytes.
const _VNI_TONE = ['ø', 'û', 'õ', 'ù', 'ï'];
const _VNI_CIRCUMFLEX = ['â', 'à', 'å', 'ã', 'á', 'ä'];
const _VNI_BREVE = ['ê', 'è', 'ú', 'ü', 'é', 'ë'];
const _VNI_I = ['ì', 'æ', 'ó', 'í', 'ò'];

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

// Whether a UTF-16 unit can be part of a word in legacy or Unicode Vietnamese text:
// ASCII letters, Latin-1 0xA1–0xFF (TCVN3 uses symbols such as "©", "×", "­" as
// letters), the Vietnamese letters outside Latin-1, and combining marks.
function _isWordChar(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xa1 && c <= 0xff) ||
    c === 0x102 || c === 0x103 || c === 0x110 || c === 0x111 || c === 0x128 || c === 0x129 ||
    c === 0x168 || c === 0x169 || c === 0x1a0 || c === 0x1a1 || c === 0x1af || c === 0x1b0 ||
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x1ea0 && c <= 0x1ef9)
  );
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
   * Share (0–1) of the words with non-ASCII letters that only make sense once
   * decoded with `encoding`; `0` when `encoding` is `null`.
   */
  confidence: number;
  /** Word counts behind the verdict. */
  evidence: {
    /** Words (with non-ASCII letters) examined. */
    words: number;
    /** Words that are valid Vietnamese as they stand. */
    unicode: number;
    /** Words valid only after TCVN3 decoding. */
    tcvn3: number;
    /** Words valid only after VNI decoding. */
    vni: number;
  };
  /** One garbled word and its decoding, for showing to a user. */
  sample?: { original: string; decoded: string };
  /** User-facing explanation; present when `encoding` is not `null`. */
  message?: Message;
}

/** Tùy chọn dò bảng mã — options of {@link detectLegacyEncoding}. */
export interface DetectLegacyOptions {
  /** Only the first `maxChars` characters are examined (default 100 000). */
  maxChars?: number;
  /** Minimum confidence to report an encoding (default 0.3). */
  minConfidence?: number;
}

/** Default number of characters {@link detectLegacyEncoding} examines. */
export const LEGACY_DETECT_MAX_CHARS = 100_000;

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

/**
 * Dò bảng mã cũ — detects text typed in a legacy TCVN3 (ABC) or VNI font and read
 * as Unicode, e.g. "Hßa B×nh", "ñy ban nh©n d©n" (TCVN3) or "UÛy ban nhaân daân" (VNI).
 *
 * Each word with non-ASCII letters is checked as a Vietnamese syllable as it stands,
 * and after decoding with each encoding; a word votes for an encoding when only its
 * decoding is a valid syllable. Normal Unicode Vietnamese is made of valid syllables
 * and so is never flagged; words containing letters outside Latin-1 ("ạ", "ư") cannot
 * come from a legacy font and count as Unicode. Examines at most `maxChars`
 * characters; linear; never throws.
 *
 * @param s - text to check
 * @param options - see {@link DetectLegacyOptions}
 * @returns the verdict with its evidence and, when detected, a bilingual message
 */
export function detectLegacyEncoding(s: string, options: DetectLegacyOptions = {}): LegacyEncodingReport {
  const max = options.maxChars ?? LEGACY_DETECT_MAX_CHARS;
  const minConfidence = options.minConfidence ?? 0.3;
  const text = (s.length > max ? s.slice(0, max) : s).normalize('NFC');
  const evidence = { words: 0, unicode: 0, tcvn3: 0, vni: 0 };
  let tcvnSample: { original: string; decoded: string } | undefined;
  let vniSample: { original: string; decoded: string } | undefined;
  for (const w of _words(text)) {
    const word = text.slice(w.start, w.end);
    let ascii = true;
    let beyondLatin1 = false;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c > 0x7f) ascii = false;
      if (c > 0xff) beyondLatin1 = true;
    }
    if (ascii) continue;
    evidence.words++;
    if (beyondLatin1 || isVietnameseSyllable(word)) {
      evidence.unicode++;
      continue;
    }
    const t = _decodeTcvn3Chars(word);
    if (isVietnameseSyllable(t)) {
      evidence.tcvn3++;
      tcvnSample ??= { original: word, decoded: t };
    }
    const v = _decodeVni(word);
    if (isVietnameseSyllable(v)) {
      evidence.vni++;
      vniSample ??= { original: word, decoded: v };
    }
  }
  const best: LegacyEncoding | null =
    evidence.tcvn3 > evidence.vni ? 'tcvn3' : evidence.vni > evidence.tcvn3 ? 'vni' : null;
  const votes = best === 'tcvn3' ? evidence.tcvn3 : best === 'vni' ? evidence.vni : 0;
  const confidence = evidence.words === 0 ? 0 : votes / evidence.words;
  if (best === null || votes === 0 || confidence < minConfidence) {
    return { encoding: null, confidence: 0, evidence };
  }
  const sample = best === 'tcvn3' ? tcvnSample : vniSample;
  const report: LegacyEncodingReport = { encoding: best, confidence, evidence, message: legacyEncodingMessage(best) };
  if (sample) report.sample = sample;
  return report;
}
