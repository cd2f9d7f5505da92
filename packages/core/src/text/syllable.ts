// A structural check of Vietnamese syllables (âm tiết): initial consonant + rhyme
// (vần = medial/nucleus + final consonant) + at most one tone. It is what lets
// `detectLegacyEncoding` tell text garbled by a legacy font encoding apart from
// normal Unicode: a garbled word ("nh©n", "Hoøa") is not a syllable, while its
// decoding ("nhân", "Hòa") is.

const _INITIALS: readonly string[] = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '',
];
const _FINALS: readonly string[] = ['ng', 'nh', 'ch', 'c', 'm', 'n', 'p', 't', ''];

// 0 = open only (ends in a glide, takes no final consonant),
// 1 = open or closed, 2 = closed only (needs a final consonant).
const _NUCLEI: ReadonlyMap<string, 0 | 1 | 2> = new Map<string, 0 | 1 | 2>([
  ['a', 1], ['e', 1], ['ê', 1], ['i', 1], ['o', 1], ['ô', 1], ['ơ', 1], ['u', 1], ['ư', 1],
  ['oa', 1], ['oe', 1], ['uê', 1], ['uy', 1],
  ['ă', 2], ['â', 2], ['iê', 2], ['yê', 2], ['uô', 2], ['ươ', 2], ['oă', 2], ['uâ', 2], ['uyê', 2], ['oo', 2],
  ['y', 0], ['ai', 0], ['ao', 0], ['au', 0], ['ay', 0], ['âu', 0], ['ây', 0], ['eo', 0], ['êu', 0],
  ['ia', 0], ['iu', 0], ['oi', 0], ['ôi', 0], ['ơi', 0], ['ui', 0], ['ưi', 0], ['ưu', 0], ['ua', 0],
  ['ưa', 0], ['uơ', 0], ['iêu', 0], ['yêu', 0], ['oai', 0], ['oay', 0], ['oao', 0], ['oeo', 0],
  ['uây', 0], ['uôi', 0], ['ươi', 0], ['ươu', 0], ['uya', 0], ['uyu', 0],
]);
// "-ch" and "-nh" only follow front vowels: anh, ếch, inh, oanh, huênh, huỳnh.
const _PALATAL_OK = new Set(['a', 'ê', 'i', 'oa', 'uê', 'uy']);
const _LETTERS = new Set('aăâbcdđeêghiklmnoôơpqrstuưvxy');

const _VOWELS = new Set('aeiouy');
function _isShapeMark(c: number): boolean {
  return c === 0x302 || c === 0x306 || c === 0x31b;
}

const _ACUTE = 0x301;
const _DOT = 0x323;
function _isToneMark(c: number): boolean {
  return c === 0x300 || c === _ACUTE || c === 0x303 || c === 0x309 || c === _DOT;
}

/** Longest input checked; no Vietnamese syllable is longer than 7 letters ("nghiêng"). */
const _MAX_SYLLABLE = 16;

/**
 * Âm tiết tiếng Việt — whether a word is a structurally valid Vietnamese syllable.
 *
 * Checks the initial consonant, the rhyme (nucleus and final consonant, e.g. `ă`/`â`
 * need a final, `ai`/`ao` take none, `-ch`/`-nh` only after front vowels), at most one
 * tone mark, and that stop finals (`-c`, `-ch`, `-p`, `-t`) carry only sắc or nặng.
 * Case-insensitive, NFC or NFD, old- or new-style tone placement. It does not check
 * that the syllable is an attested word.
 *
 * @param word - one word, without spaces or punctuation
 * @returns `true` when `word` can be a Vietnamese syllable
 */
export function isVietnameseSyllable(word: string): boolean {
  if (word.length === 0 || word.length > _MAX_SYLLABLE) return false;
  const nfd = word.toLowerCase().normalize('NFD');
  let tone = 0;
  let tones = 0;
  let base = '';
  for (let i = 0; i < nfd.length; i++) {
    const c = nfd.charCodeAt(i);
    if (_isToneMark(c)) {
      // A tone sits on a vowel (after its circumflex/breve/horn, if any): "ñ" is
      // n + tilde in NFD and must not pass as a toned letter.
      let j = i - 1;
      while (j >= 0 && _isShapeMark(nfd.charCodeAt(j))) j--;
      if (j < 0 || !_VOWELS.has(nfd[j] ?? '')) return false;
      tones++;
      tone = c;
    } else base += nfd[i];
  }
  if (tones > 1) return false;
  base = base.normalize('NFC');
  for (const ch of base) if (!_LETTERS.has(ch)) return false;
  for (const initial of _INITIALS) {
    if (!base.startsWith(initial)) continue;
    if (_isRhyme(base.slice(initial.length), initial, tone)) return true;
  }
  return false;
}

function _isRhyme(rest: string, initial: string, tone: number): boolean {
  if (rest.length === 0) return false;
  const first = rest[0] ?? '';
  const front = first === 'i' || first === 'e' || first === 'ê' || first === 'y';
  // Spelling rules: k/gh/ngh only before front vowels, c/g/ng never before them.
  if ((initial === 'k' || initial === 'gh' || initial === 'ngh') && !front) return false;
  if ((initial === 'c' || initial === 'ng') && front) return false;
  if (initial === 'qu' && (first === 'u' || first === 'o')) return false;
  for (const fin of _FINALS) {
    if (!rest.endsWith(fin)) continue;
    const nucleus = rest.slice(0, rest.length - fin.length);
    const kind = _NUCLEI.get(nucleus);
    if (kind === undefined) continue;
    if (fin === '' ? kind === 2 : kind === 0) continue;
    if ((fin === 'ch' || fin === 'nh') && !_PALATAL_OK.has(nucleus)) continue;
    if (nucleus === 'i' && (fin === 'ng' || fin === 'c')) continue;
    if (nucleus === 'oo' && fin !== 'ng' && fin !== 'c') continue;
    const stop = fin === 'c' || fin === 'ch' || fin === 'p' || fin === 't';
    if (stop && tone !== _ACUTE && tone !== _DOT) continue;
    return true;
  }
  return false;
}

/** Bảng âm tiết — the tables {@link isVietnameseSyllable} checks against, as data. */
export interface VietnameseSyllableTables {
  /** Initial consonants, longest first (`''`: none). */
  initials: string[];
  /** Final consonants (`''`: none). */
  finals: string[];
  /** Nucleus (vowel or vowel cluster, lowercase, no tone) → 0 open only, 1 open or closed, 2 closed only. */
  nuclei: Record<string, 0 | 1 | 2>;
  /** Nuclei that take the finals `ch` and `nh`. */
  palatalNuclei: string[];
  /** The letters of the alphabet (lowercase). */
  letters: string;
}

/**
 * Bảng âm tiết — the tables of {@link isVietnameseSyllable}, so another language
 * implements the same check (the validation contract writes out the rules).
 * @returns a fresh JSON-ready object
 */
export function vietnameseSyllableTables(): VietnameseSyllableTables {
  return {
    initials: [..._INITIALS],
    finals: [..._FINALS],
    nuclei: Object.fromEntries(_NUCLEI),
    palatalNuclei: [..._PALATAL_OK],
    letters: [..._LETTERS].join(''),
  };
}
