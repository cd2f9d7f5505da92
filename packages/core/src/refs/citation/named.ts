// Văn bản gọi tên — documents cited by name rather than number: the laws the kit
// knows ("Luật Tiếp công dân"), any law with a title before "số" ("Luật Đất đai số
// 45/2013/QH13"), and Central Committee resolutions ("Nghị quyết Trung ương 4, khóa
// XI “…”"). A known name is linked to its number with `linkedBy: 'kit'`: the link
// is the kit's addition, never the cited text (docs/domain.md#citations).
import type { Message } from '../../issues/issue';
import type { NamedDocumentEntry } from '../catalogue';
import { NAMED_DOCUMENTS } from '../catalogue';
import { _kindAt } from './read-kind';
import type { _Token } from './tokenize';
import { _isCapitalized, _joinCores, _matchPhrase, _phraseKeys } from './tokenize';
import type { Citation, KitLink, _Match } from './types';

const _KIT_NOTE: Message = {
  vi: 'Số hiệu do bộ công cụ bổ sung; văn bản viện dẫn không ghi số.',
  en: 'Number supplied by the kit; the citing text does not state it.',
};

function _link(entry: NamedDocumentEntry): KitLink {
  const link: KitLink = { number: entry.number, linkedBy: 'kit', source: entry.source, note: _KIT_NOTE };
  if (entry.date) link.date = entry.date;
  return link;
}

const _LAW_TITLES: ReadonlyArray<{ keys: string[]; entry: NamedDocumentEntry }> = NAMED_DOCUMENTS.filter(
  (e) => e.lawTitle !== undefined,
)
  .map((e) => ({ keys: _phraseKeys(e.lawTitle ?? ''), entry: e }))
  .sort((x, y) => y.keys.length - x.keys.length);

const _ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50 };

/** @internal A canonical Roman numeral up to 89 ("XII" → 12); `undefined` otherwise. */
export function _parseRoman(s: string): number | undefined {
  if (s.length === 0 || s.length > 8) return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = _ROMAN[s[i] ?? ''];
    if (v === undefined) return undefined;
    const next = _ROMAN[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && _formatRoman(total) === s ? total : undefined;
}

/** @internal Writes 1–89 as a Roman numeral (the Party's terms: khóa I … khóa XIV). */
export function _formatRoman(n: number): string {
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

/** @internal What a law's name added to a citation being read. */
export interface _LawRead {
  title?: string;
  named?: Citation['named'];
  linked?: KitLink;
  next: number;
  end: number;
}

/**
 * @internal Reads a law's title at token `i` (right after "Luật"/"Bộ luật"): a
 * title the kit knows, optionally followed by "năm YYYY" (a year that contradicts
 * the link cancels it), or any title up to "số" ("Luật Đất đai số …"). `undefined`
 * when neither.
 */
export function _lawTitleAt(tokens: readonly _Token[], i: number): _LawRead | undefined {
  for (const l of _LAW_TITLES) {
    if (!_matchPhrase(tokens, i, l.keys)) continue;
    const lastTitle = tokens[i + l.keys.length - 1];
    const read: _LawRead = {
      title: _joinCores(tokens, i, i + l.keys.length),
      named: { id: l.entry.id, name: l.entry.name },
      next: i + l.keys.length,
      end: lastTitle?.coreEnd ?? 0,
    };
    const yt = tokens[read.next + 1];
    if (lastTitle?.trail === '' && tokens[read.next]?.lower === 'năm' && yt && /^\d{4}$/.test(yt.core)) {
      read.named!.year = Number(yt.core);
      read.end = yt.coreEnd;
      read.next += 2;
    }
    const linkYear = l.entry.number.style === 'state' ? l.entry.number.year : undefined;
    if (read.named!.year === undefined || read.named!.year === linkYear) read.linked = _link(l.entry);
    return read;
  }
  let j = i;
  while (j < i + 10 && tokens[j] && tokens[j]?.lower !== 'số' && tokens[j - 1]?.trail === '') j++;
  if (j > i && tokens[j]?.lower === 'số' && tokens[j - 1]?.trail === '') {
    return { title: _joinCores(tokens, i, j), next: j, end: tokens[j - 1]?.coreEnd ?? 0 };
  }
  return _unknownLawAt(tokens, i);
}

// Words that end a law's name when it is cited without a number: what follows a name in a
// sentence ("Luật … của", "… về", "… theo", "… năm 2018", "… ngày"), never inside one
// ("hiện hành" is checked as a pair: "Thực hiện" starts names).
const _TITLE_STOP: ReadonlySet<string> = new Set([
  'của', 'về', 'theo', 'năm', 'ngày', 'số', 'được', 'đã', 'đang', 'tại', 'để', 'cho', 'với', 'trong', 'trên',
  'này', 'là', 'thì', 'mà', 'nếu', 'khi', 'đối', 'nhằm', 'gắn', 'các', 'những', 'đến', 'từ',
]);
// The commas common law names contain: "Phòng, chống …", "Cán bộ, công chức".
const _COMMA_GOES_ON: ReadonlyArray<[string, string]> = [['phong', 'chong'], ['bo', 'cong']];

/**
 * @internal A law the kit does not know, cited by name as Nghị định 30/2020 prescribes
 * for laws ("Luật Thực hiện dân chủ ở cơ sở"): its title starts with a capital and runs
 * to punctuation, to a word that follows names in sentences, to "và" before a
 * lower-case word, or to the next document kind — at most 12 words. A name with other
 * commas or with "và" before a lower-case word is cut there (docs/domain.md#citations).
 */
function _unknownLawAt(tokens: readonly _Token[], i: number): _LawRead | undefined {
  const first = tokens[i];
  if (!first || !_isCapitalized(first.core) || first.lead !== '' || !/\p{L}/u.test(first.core)) return undefined;
  let j = i;
  while (j < i + 12) {
    const t = tokens[j];
    if (!t) break;
    if (j > i) {
      if (t.lead !== '' || _TITLE_STOP.has(t.lower) || _kindAt(tokens, j) !== undefined) break;
      if (t.lower === 'và' && !_isCapitalized(tokens[j + 1]?.core ?? '')) break;
      // "… hiện hành" (in force) qualifies the law, it is not part of its name.
      if (t.lower === 'hiện' && tokens[j + 1]?.lower === 'hành') break;
    }
    j++;
    if (t.trail === '') continue;
    const next = tokens[j];
    const goesOn = t.trail === ',' && next !== undefined && _COMMA_GOES_ON.some(([a, b]) => t.key === a && next.key === b);
    if (!goesOn) break;
  }
  // A trailing "và" belongs to the sentence.
  while (j > i && tokens[j - 1]?.lower === 'và') j--;
  if (j === i) return undefined;
  // Words joined by single spaces, keeping the commas inside the name ("Phòng, chống").
  const words: string[] = [];
  for (let k = i; k < j; k++) words.push((tokens[k]?.core.normalize('NFC') ?? '') + (k < j - 1 && tokens[k]?.trail === ',' ? ',' : ''));
  const title = words.join(' ');
  const read: _LawRead = { title, named: { id: `luat-${_slug(title)}`, name: `Luật ${title}` }, next: j, end: tokens[j - 1]?.coreEnd ?? 0 };
  const yt = tokens[j + 1];
  if (tokens[j - 1]?.trail === '' && tokens[j]?.lower === 'năm' && yt && /^\d{4}$/.test(yt.core)) {
    read.named!.year = Number(yt.core);
    read.end = yt.coreEnd;
    read.next = j + 2;
  }
  return read;
}

function _slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * @internal Reads "[Hội nghị] Trung ương N, khóa <Roman> [“title”]" at token `at`
 * (right after "Nghị quyết"). `text` is the scanned text, for the quoted title.
 */
export function _centralResolutionAt(tokens: readonly _Token[], at: number, text: string): Omit<_Match, 'warnings' | 'errors'> | undefined {
  let i = at;
  if (tokens[i - 1]?.trail !== '') return undefined;
  if (_matchPhrase(tokens, i, ['hoi', 'nghi'])) i += 2;
  if (!_matchPhrase(tokens, i, ['trung', 'uong'])) return undefined;
  i += 2;
  const pt = tokens[i];
  if (!pt || tokens[i - 1]?.trail !== '' || !/^\d{1,2}$/.test(pt.core)) return undefined;
  const plenum = Number(pt.core);
  i++;
  if (pt.trail !== '' && pt.trail !== ',') return undefined;
  if (tokens[i]?.key !== 'khoa' || tokens[i]?.trail !== '') return undefined;
  const tt = tokens[i + 1];
  const term = tt ? _parseRoman(tt.core) : undefined;
  if (!tt || term === undefined) return undefined;
  i += 2;
  let end = tt.coreEnd;
  const name = `Nghị quyết Trung ương ${plenum}, khóa ${_formatRoman(term)}`;
  const entry = NAMED_DOCUMENTS.find((e) => e.plenum === plenum && e.term === term);
  const c: Omit<Citation, 'raw'> = {
    kind: 'Nghị quyết',
    named: { id: entry?.id ?? `nq-tw${plenum}-khoa-${_formatRoman(term).toLowerCase()}`, name, plenum, term },
  };
  // An immediately following quoted title: “Một số vấn đề cấp bách …”.
  const q = tokens[i];
  if (tt.trail === '' && q && (q.lead.startsWith('“') || q.lead.startsWith('"'))) {
    for (let j = i; j < i + 40 && tokens[j]; j++) {
      const t = tokens[j];
      if (t && (t.trail.startsWith('”') || t.trail.startsWith('"'))) {
        const first = tokens[i];
        if (first) c.title = text.slice(first.coreStart, t.coreEnd).split(/\s+/).join(' ');
        end = t.coreEnd + 1;
        i = j + 1;
        break;
      }
    }
  }
  if (entry) c.linked = _link(entry);
  return { citation: c, next: i, end };
}
