// Bảng dò bảng mã cũ — the data of legacy-encoding detection (TCVN3, VNI), as a module
// of pure data (no imports, no code): legacy.ts builds its encoders, decoders and
// character classes from these arrays, `legacyDetectionTables` exports them for other
// languages, and a page could load them apart from the rest.

/** Dấu thanh — the combining tone marks in the order both tables use: huyền, hỏi, ngã, sắc, nặng. */
export const TONES: readonly string[] = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

/**
 * TCVN3 (VN3 subset used by .VnTime fonts): the code of each toned lowercase vowel, in
 * the tone order of {@link TONES}. The gaps (0xBA, 0xBF–0xC5, 0xCD, 0xD9–0xDB, 0xE0,
 * 0xF0) hold capitals only in the full VN1 set, which the common fonts do not use.
 */
export const TCVN3_TONED: ReadonlyArray<readonly [string, readonly number[]]> = [
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

/** TCVN3: the code of each letter without a tone that is not ASCII. */
export const TCVN3_PLAIN: ReadonlyArray<readonly [string, number]> = [
  ['Ă', 0xa1], ['Â', 0xa2], ['Ê', 0xa3], ['Ô', 0xa4], ['Ơ', 0xa5], ['Ư', 0xa6], ['Đ', 0xa7],
  ['ă', 0xa8], ['â', 0xa9], ['ê', 0xaa], ['ô', 0xab], ['ơ', 0xac], ['ư', 0xad], ['đ', 0xae],
];

// VNI: a base letter followed by one modifier byte. Tone modifiers for a, e, o, u, y, ơ, ư;
// circumflex+tone for a/e/o; breve+tone for a; i, đ, ơ, ư and ỵ are single bytes.
/** VNI: the tone modifier byte, in the tone order of {@link TONES}. */
export const VNI_TONE: readonly string[] = ['ø', 'û', 'õ', 'ù', 'ï'];
/** VNI: circumflex alone, then circumflex with each tone. */
export const VNI_CIRCUMFLEX: readonly string[] = ['â', 'à', 'å', 'ã', 'á', 'ä'];
/** VNI: breve alone, then breve with each tone. */
export const VNI_BREVE: readonly string[] = ['ê', 'è', 'ú', 'ü', 'é', 'ë'];
/** VNI: the single byte of i with each tone. */
export const VNI_I: readonly string[] = ['ì', 'æ', 'ó', 'í', 'ò'];

/** Ký tự của từ — the code point ranges (inclusive) of word characters in detection. */
export const WORD_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x41, 0x5a], [0x61, 0x7a], [0xa1, 0xff], [0x102, 0x103], [0x110, 0x111], [0x128, 0x129],
  [0x168, 0x169], [0x1a0, 0x1a1], [0x1af, 0x1b0], [0x300, 0x36f], [0x1ea0, 0x1ef9],
];

/**
 * Latin-1 characters that are not letters: punctuation and symbols in Unicode text
 * (« » · § © ® ° ± × ÷), letters in TCVN3 ("nh©n", "B×nh").
 */
export const SYMBOL_RANGES: ReadonlyArray<readonly [number, number]> = [[0xa1, 0xbf], [0xd7, 0xd7], [0xf7, 0xf7]];

/**
 * Latin-1 letters of the Vietnamese alphabet (à á â ã è é ê ì í ò ó ô õ ù ú ý, capitals
 * too) and the symbols a Unicode writer also puts between letters (· × ÷, soft hyphen:
 * "N·m", "Thông\u00adtư"): a legacy-looking word made only of these may be a Unicode typo
 * or notation. Any other Latin-1 character ("©", "ß", "Ø") in a garbled word is a legacy
 * font's doing.
 */
export const AMBIGUOUS_CHARS = 'àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ\u00b7\u00d7\u00f7\u00ad';
