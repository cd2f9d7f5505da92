// Trích dẫn văn bản — citations of documents in running text, e.g.
// "Chỉ thị số 04/CT-UBND ngày 02/3/2017 của Ủy ban nhân dân tỉnh",
// "Quyết định số 217-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị", "Luật Tiếp công dân",
// "Nghị quyết Trung ương 4, khóa XI".
//
// The text is split into whitespace-separated tokens once (linear), and a citation
// is matched token by token from a bounded lookahead, so the whole scan is O(n) with
// no regular expression over the input.

import type { Message } from '../issues/issue';
import { searchKey } from '../text/normalize';
import type { NamedDocumentEntry, KnownIssuer } from './catalogue';
import { KNOWN_ISSUERS, NAMED_DOCUMENTS } from './catalogue';
import type { DocumentKind } from './codes';
import { DOCUMENT_KINDS, documentKindInfo, kindsForTypeCode, typeCodeName } from './codes';
import type { DocumentDate, DocumentDateStyle } from './date';
import { formatDocumentDate, parseDocumentDate } from './date';
import type { DocumentNumber } from './number';
import { formatDocumentNumber, parseDocumentNumber } from './number';
import type { RefsIssue, RefsResult } from './result';
import { _empty, _fail, _issue, _tooLong } from './result';

/** Cơ quan ban hành — the issuer named in a citation ("của Bộ Chính trị"). */
export interface CitationIssuer {
  /** The name as written (whitespace normalized), e.g. "Ủy ban nhân dân tỉnh Hòa Bình". */
  name: string;
  /** Abbreviation its symbols use, when the issuer is known (`TW`, `UBND`). */
  symbol?: string;
  /** Symbol style of the issuer, when known. */
  style?: 'state' | 'party';
}

/** Văn bản gọi tên — a document cited by name rather than number. */
export interface NamedDocument {
  /** Stable id when the kit knows the document (`luat-to-cao`), else a derived one. */
  id: string;
  /** Canonical name, e.g. "Luật Tố cáo", "Nghị quyết Trung ương 4, khóa XII". */
  name: string;
  /** Hội nghị Trung ương lần thứ … */
  plenum?: number;
  /** Khóa … (as a number: XI → 11). */
  term?: number;
  /** Năm — a year written after a law's name ("Luật Tố cáo năm 2018"). */
  year?: number;
}

/**
 * Liên kết do bộ công cụ bổ sung — the number the kit links a named document to.
 * `linkedBy: 'kit'` marks it as the kit's addition, not the cited text.
 */
export interface KitLink {
  number: DocumentNumber;
  date?: DocumentDate;
  linkedBy: 'kit';
  /** Where the link comes from. */
  source: string;
  note: Message;
}

/** Trích dẫn văn bản — one cited document, as structured data. */
export interface Citation {
  /** Loại văn bản as written; absent only when a bare number of unknown kind was parsed. */
  kind?: DocumentKind;
  /** Số, ký hiệu. */
  number?: DocumentNumber;
  /** Ngày ban hành. */
  date?: DocumentDate;
  /** Cơ quan ban hành ("của …"). */
  issuer?: CitationIssuer;
  /** A law's name after "Luật" or a quoted title after a resolution's name. */
  title?: string;
  /** Trích yếu — "về …" after the citation (only from {@link parseCitation}). */
  subject?: string;
  /** Set when the document is cited by name. */
  named?: NamedDocument;
  /** The kit's link for a named document (never part of the cited text). */
  linked?: KitLink;
  /** The citation as written. */
  raw: string;
}

/** Trích dẫn tìm thấy — a citation found in a paragraph, with its UTF-16 span. */
export interface FoundCitation {
  citation: Citation;
  /** Start offset in the searched text (inclusive). */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** Non-blocking problems: kind/issuer mismatches, non-canonical numbers or dates. */
  warnings: RefsIssue[];
}

/** Longest text {@link parseCitation} accepts. */
export const MAX_CITATION_LENGTH = 2_000;
/** Longest text {@link findCitations} scans. */
export const MAX_PARAGRAPH_LENGTH = 200_000;

const _KIT_NOTE: Message = {
  vi: 'Số hiệu do bộ công cụ bổ sung; văn bản viện dẫn không ghi số.',
  en: 'Number supplied by the kit; the citing text does not state it.',
};

interface _Token {
  start: number;
  end: number;
  /** Token without surrounding quotes/brackets/punctuation. */
  core: string;
  coreStart: number;
  coreEnd: number;
  lead: string;
  trail: string;
  lower: string;
  key: string;
}

const _LEAD = new Set(['“', '"', '(', '«', '[', '‘', "'"]);
const _TRAIL = new Set(['”', '"', ')', '.', ',', ';', ':', '!', '?', '»', ']', '’', "'", '…']);

function _isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x85 || c === 0x2028 || c === 0x2029 ||
    c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function _tokenize(text: string): _Token[] {
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
    // "42/2013/QH13." — a final period is punctuation, never part of a symbol.
    const core = text.slice(a, b);
    const lower = core.normalize('NFC').toLowerCase();
    out.push({ start, end, core, coreStart: a, coreEnd: b, lead: text.slice(start, a), trail: text.slice(b, end), lower, key: searchKey(core) });
  }
  return out;
}

function _phraseKeys(phrase: string): string[] {
  return searchKey(phrase).split(' ');
}

// Longest phrases first, so "Thông tư liên tịch" wins over "Thông tư".
const _KIND_PHRASES: ReadonlyArray<{ keys: string[]; kind: DocumentKind }> = DOCUMENT_KINDS.map((k) => ({
  keys: _phraseKeys(k.kind),
  kind: k.kind,
})).sort((x, y) => y.keys.length - x.keys.length);

const _ISSUER_PHRASES: ReadonlyArray<{ keys: string[]; issuer: KnownIssuer }> = KNOWN_ISSUERS.map((i) => ({
  keys: _phraseKeys(i.name),
  issuer: i,
})).sort((x, y) => y.keys.length - x.keys.length);

const _LAW_TITLES: ReadonlyArray<{ keys: string[]; entry: NamedDocumentEntry }> = NAMED_DOCUMENTS.filter(
  (e) => e.lawTitle !== undefined,
)
  .map((e) => ({ keys: _phraseKeys(e.lawTitle ?? ''), entry: e }))
  .sort((x, y) => y.keys.length - x.keys.length);

// Matches consecutive token keys; words inside the phrase may not be separated by
// punctuation (a comma ends a phrase), the last may carry any trailing punctuation.
function _matchPhrase(tokens: readonly _Token[], at: number, keys: readonly string[]): boolean {
  for (let k = 0; k < keys.length; k++) {
    const t = tokens[at + k];
    if (!t || t.key !== keys[k]) return false;
    if (k > 0 && t.lead !== '') return false;
    if (k < keys.length - 1 && t.trail !== '') return false;
  }
  return true;
}

function _isCapitalized(s: string): boolean {
  const first = s[0] ?? '';
  return first !== first.toLowerCase();
}

const _ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50 };
function _parseRoman(s: string): number | undefined {
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
function _formatRoman(n: number): string {
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

interface _Match {
  citation: Omit<Citation, 'raw'>;
  /** Index after the last token used. */
  next: number;
  /** Offset right after the citation's last character (before trailing punctuation). */
  end: number;
  warnings: RefsIssue[];
  /** Blocking problems found inside a recognized citation (bad number/date). */
  errors: RefsIssue[];
}

function _dateAt(tokens: readonly _Token[], at: number): { date?: DocumentDate; next: number; end: number; warnings: RefsIssue[]; errors: RefsIssue[] } | undefined {
  const t = tokens[at];
  if (!t) return undefined;
  if (t.core.includes('/')) {
    const r = parseDocumentDate(t.core);
    return r.ok
      ? { date: r.value, next: at + 1, end: t.coreEnd, warnings: r.warnings, errors: [] }
      : { next: at + 1, end: t.coreEnd, warnings: [], errors: r.issues };
  }
  const m = tokens[at + 1];
  const y = tokens[at + 4];
  if (m?.lower === 'tháng' && tokens[at + 3]?.lower === 'năm' && y) {
    const r = parseDocumentDate(`${t.core} tháng ${tokens[at + 2]?.core ?? ''} năm ${y.core}`);
    return r.ok
      ? { date: r.value, next: at + 5, end: y.coreEnd, warnings: r.warnings, errors: [] }
      : { next: at + 5, end: y.coreEnd, warnings: [], errors: r.issues };
  }
  return undefined;
}

function _issuerAt(tokens: readonly _Token[], at: number): { issuer: CitationIssuer; next: number; end: number } | undefined {
  for (const p of _ISSUER_PHRASES) {
    if (!_matchPhrase(tokens, at, p.keys)) continue;
    let next = at + p.keys.length;
    // A place name follows some issuers: capitalized words, no punctuation between.
    if (p.issuer.place) {
      while (
        next - at < p.keys.length + 4 &&
        tokens[next - 1]?.trail === '' &&
        tokens[next] !== undefined &&
        tokens[next]?.lead === '' &&
        _isCapitalized(tokens[next]?.core ?? '') &&
        !_isKindStart(tokens, next)
      ) {
        next++;
      }
    }
    const last = tokens[next - 1];
    if (!last) return undefined;
    const name = _joinCores(tokens, at, next);
    const issuer: CitationIssuer = { name, style: p.issuer.style };
    if (p.issuer.symbol !== undefined) issuer.symbol = p.issuer.symbol;
    return { issuer, next, end: last.coreEnd };
  }
  return undefined;
}

function _isKindStart(tokens: readonly _Token[], at: number): boolean {
  return _KIND_PHRASES.some((p) => _matchPhrase(tokens, at, p.keys));
}

// Words of a phrase joined by single spaces: a page break inside "Ủy\n\nban" must
// not leak into names. Inner tokens carry no punctuation (checked by the matchers).
function _joinCores(tokens: readonly _Token[], from: number, to: number): string {
  const words: string[] = [];
  for (let k = from; k < to; k++) words.push(tokens[k]?.core.normalize('NFC') ?? '');
  return words.join(' ');
}

function _checkConsistency(c: Omit<Citation, 'raw'>, warnings: RefsIssue[]): void {
  const n = c.number;
  if (!n || !c.kind) return;
  const info = documentKindInfo(c.kind);
  const expected = n.style === 'party' ? info.partyCode : info.stateCode;
  // A state number without a type code is a công văn — or a law/resolution with the year in.
  const year = n.style === 'state' ? n.year : undefined;
  const mismatch = n.typeCode !== undefined ? n.typeCode !== expected : expected !== undefined && year === undefined;
  if (mismatch) {
    const denotes = n.typeCode !== undefined ? (typeCodeName(n.typeCode, n.style) ?? n.typeCode) : 'Công văn';
    warnings.push(
      _issue(
        'refs.citation.kindMismatch',
        'warning',
        `Ký hiệu ${formatDocumentNumber(n)} là của "${denotes}", không khớp với loại "${c.kind}".`,
        `Symbol ${formatDocumentNumber(n)} denotes "${denotes}", which does not match "${c.kind}".`,
      ),
    );
  }
  const iss = c.issuer;
  if (iss?.symbol === undefined) return;
  const sameIssuer = iss.symbol === 'QH' ? /^QH\d{1,2}$/.test(n.issuer) : iss.symbol === n.issuer;
  if (!sameIssuer || (iss.style !== undefined && iss.style !== n.style)) {
    warnings.push(
      _issue(
        'refs.citation.issuerMismatch',
        'warning',
        `Ký hiệu ${formatDocumentNumber(n)} không khớp với cơ quan ban hành "${iss.name}" (${iss.symbol}).`,
        `Symbol ${formatDocumentNumber(n)} does not match the issuer "${iss.name}" (${iss.symbol}).`,
      ),
    );
  }
}

// Tries to read one citation starting at token `at`.
function _matchAt(tokens: readonly _Token[], at: number, text: string, allowBare: boolean): _Match | undefined {
  let kind: DocumentKind | undefined;
  let i = at;
  for (const p of _KIND_PHRASES) {
    if (_matchPhrase(tokens, at, p.keys)) {
      kind = p.kind;
      i = at + p.keys.length;
      break;
    }
  }
  const warnings: RefsIssue[] = [];
  const errors: RefsIssue[] = [];
  const c: Omit<Citation, 'raw'> = {};
  let end = 0;
  const kindTok = tokens[at];
  if (kind === undefined) {
    if (!allowBare) return undefined;
  } else {
    c.kind = kind;
    end = tokens[i - 1]?.coreEnd ?? 0;
    // Named resolutions: "Nghị quyết [Hội nghị] Trung ương 4, khóa XI [“title”]".
    if (kind === 'Nghị quyết' && _isCapitalized(kindTok?.core ?? '')) {
      const named = _centralResolutionAt(tokens, i, text);
      if (named) return { ...named, warnings, errors };
    }
    // Named laws from the catalogue: "Luật Tiếp công dân".
    if ((kind === 'Luật' || kind === 'Bộ luật') && _isCapitalized(kindTok?.core ?? '') && tokens[i - 1]?.trail === '') {
      for (const l of _LAW_TITLES) {
        if (!_matchPhrase(tokens, i, l.keys)) continue;
        const lastTitle = tokens[i + l.keys.length - 1];
        c.title = _joinCores(tokens, i, i + l.keys.length);
        c.named = { id: l.entry.id, name: l.entry.name };
        i += l.keys.length;
        end = lastTitle?.coreEnd ?? end;
        // "Luật Tố cáo năm 2018": a year that contradicts the link cancels it.
        const yt = tokens[i + 1];
        if (lastTitle?.trail === '' && tokens[i]?.lower === 'năm' && yt && /^\d{4}$/.test(yt.core)) {
          c.named.year = Number(yt.core);
          end = yt.coreEnd;
          i += 2;
        }
        const linkYear = l.entry.number.style === 'state' ? l.entry.number.year : undefined;
        if (c.named.year === undefined || c.named.year === linkYear) {
          c.linked = { number: l.entry.number, linkedBy: 'kit', source: l.entry.source, note: _KIT_NOTE };
          if (l.entry.date) c.linked.date = l.entry.date;
        }
        break;
      }
      // Other laws: a title up to "số" ("Luật Đất đai số 45/2013/QH13").
      if (!c.named) {
        let j = i;
        while (j < i + 10 && tokens[j] && tokens[j]?.lower !== 'số' && tokens[j - 1]?.trail === '') j++;
        if (j > i && tokens[j]?.lower === 'số' && tokens[j - 1]?.trail === '') {
          c.title = _joinCores(tokens, i, j);
          i = j;
        }
      }
    }
  }

  // "số 04/CT-UBND" (the word "số" may be omitted).
  let numberTok: _Token | undefined;
  if (kind !== undefined && tokens[i]?.lower === 'số' && tokens[i - 1]?.trail === '') {
    numberTok = tokens[i + 1];
    if (numberTok) i += 2;
  } else if (kind === undefined || tokens[i - 1]?.trail === '') {
    const t = tokens[i];
    if (t && t.core.length > 0 && t.core.charCodeAt(0) >= 0x30 && t.core.charCodeAt(0) <= 0x39 && t.core.includes('/')) {
      numberTok = t;
      i += 1;
    }
  }
  if (numberTok) {
    const r = parseDocumentNumber(numberTok.core);
    if (r.ok) {
      c.number = r.value;
      warnings.push(...r.warnings);
      end = numberTok.coreEnd;
    } else if (kind !== undefined && tokens[i - 2]?.lower === 'số') {
      errors.push(...r.issues);
      end = numberTok.coreEnd;
    } else return undefined;
  }
  if (!c.number && !c.named) {
    // A kind word alone ("các Nghị quyết, Chỉ thị") is not a citation.
    if (errors.length === 0) return undefined;
    return { citation: c, next: i, end, warnings, errors };
  }
  if (kind === undefined && c.number) {
    const kinds = c.number.typeCode !== undefined ? kindsForTypeCode(c.number.typeCode, c.number.style) : [];
    if (kinds[0]) c.kind = kinds[0].kind;
    else if (c.number.style === 'state' && c.number.year === undefined) c.kind = 'Công văn';
  }

  // ", ngày 12/12/2013" or " ngày 02 tháng 3 năm 2017"
  const prev = tokens[i - 1];
  if (tokens[i]?.lower === 'ngày' && (prev?.trail === '' || prev?.trail === ',')) {
    const d = _dateAt(tokens, i + 1);
    if (d) {
      if (d.date) c.date = d.date;
      warnings.push(...d.warnings);
      errors.push(...d.errors);
      end = d.end;
      i = d.next;
    }
  }
  // "của Bộ Chính trị"
  if (tokens[i]?.lower === 'của' && tokens[i - 1]?.trail === '') {
    const iss = _issuerAt(tokens, i + 1);
    if (iss) {
      c.issuer = iss.issuer;
      end = iss.end;
      i = iss.next;
    }
  }
  _checkConsistency(c, warnings);
  return { citation: c, next: i, end, warnings, errors };
}

function _centralResolutionAt(tokens: readonly _Token[], at: number, text: string): Omit<_Match, 'warnings' | 'errors'> | undefined {
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
  if (entry) {
    c.linked = { number: entry.number, linkedBy: 'kit', source: entry.source, note: _KIT_NOTE };
    if (entry.date) c.linked.date = entry.date;
  }
  return { citation: c, next: i, end };
}

const _PARA = { vi: 'Đoạn văn', en: 'The paragraph' };
const _CIT = { vi: 'Trích dẫn', en: 'The citation' };

/**
 * Tìm trích dẫn — finds every cited document in a paragraph, with its span.
 *
 * Recognizes "<loại> [số] <số, ký hiệu> [, ngày <ngày>] [của <cơ quan>]" for every
 * kind in {@link DOCUMENT_KINDS} (state and Party style numbers), the laws the kit
 * knows by name ("Luật Tiếp công dân", linked to their numbers with `linkedBy: 'kit'`)
 * and "Nghị quyết Trung ương N, khóa …". Issuers are recognized from
 * {@link KNOWN_ISSUERS}; an unknown issuer is left out of the span. A kind word with
 * no number ("các Nghị quyết, Chỉ thị") is not a citation. Line breaks inside a
 * citation (page breaks) are allowed. Text longer than {@link MAX_PARAGRAPH_LENGTH}
 * is rejected before scanning. Linear; never throws.
 *
 * @param text - a paragraph (or a whole document)
 * @returns the citations in order of appearance, with offsets into `text`
 */
export function findCitations(text: string): RefsResult<FoundCitation[]> {
  if (text.length > MAX_PARAGRAPH_LENGTH) return _tooLong(_PARA, MAX_PARAGRAPH_LENGTH);
  // Offsets refer to `text`; NFD input is matched through the NFC keys of tokens.
  const tokens = _tokenize(text);
  const found: FoundCitation[] = [];
  let i = 0;
  while (i < tokens.length) {
    const m = _matchAt(tokens, i, text, false);
    const first = tokens[i];
    if (!m || !first || m.next <= i) {
      i++;
      continue;
    }
    const start = first.coreStart;
    found.push({
      citation: { ...m.citation, raw: text.slice(start, m.end) },
      start,
      end: m.end,
      warnings: [...m.warnings, ...m.errors.map((e) => ({ ...e, severity: 'warning' as const }))],
    });
    i = m.next;
  }
  return { ok: true, value: found, warnings: [] };
}

/**
 * Phân tích trích dẫn — parses one citation, e.g.
 * "Chỉ thị số 04/CT-UBND ngày 02/3/2017 của Ủy ban nhân dân tỉnh về việc …",
 * "Luật Tố cáo", "Nghị quyết Trung ương 4, khóa XII", or a bare number "22-KL/TU".
 *
 * The citation must start the text; a following "về …" becomes `subject`, any other
 * leftover text gives a `refs.citation.unparsedText` warning. An invalid number after
 * "số" or an impossible date fails with that part's issue. Input longer than
 * {@link MAX_CITATION_LENGTH} is rejected before parsing. Never throws.
 *
 * @param text - the citation
 * @returns the structured citation (with warnings), or issues
 */
export function parseCitation(text: string): RefsResult<Citation> {
  if (text.length > MAX_CITATION_LENGTH * 4) return _tooLong(_CIT, MAX_CITATION_LENGTH);
  const s = text.normalize('NFC').trim();
  if (s.length === 0) return _empty(_CIT);
  if (s.length > MAX_CITATION_LENGTH) return _tooLong(_CIT, MAX_CITATION_LENGTH);
  const tokens = _tokenize(s);
  const m = _matchAt(tokens, 0, s, true);
  if (!m || m.next === 0) {
    return _fail(
      _issue(
        'refs.citation.invalid',
        'error',
        'Không nhận ra trích dẫn văn bản (ví dụ: "Chỉ thị số 04/CT-UBND ngày 02/3/2017 của Ủy ban nhân dân tỉnh").',
        'No document citation recognized (e.g. "Chỉ thị số 04/CT-UBND ngày 02/3/2017 của Ủy ban nhân dân tỉnh").',
      ),
    );
  }
  if (m.errors.length > 0) return { ok: false, issues: m.errors };
  const citation: Citation = { ...m.citation, raw: s };
  const warnings = [...m.warnings];
  const rest = tokens[m.next];
  if (rest) {
    const tail = s.slice(rest.start).split(/\s+/).join(' ');
    const trimmed = tail.endsWith('.') || tail.endsWith(';') ? tail.slice(0, -1) : tail;
    if (rest.lower === 'về' && rest.lead === '') citation.subject = trimmed;
    else {
      warnings.push(
        _issue(
          'refs.citation.unparsedText',
          'warning',
          `Phần sau của trích dẫn không được phân tích: "${trimmed.slice(0, 80)}".`,
          `The rest of the citation was not parsed: "${trimmed.slice(0, 80)}".`,
        ),
      );
    }
  }
  return { ok: true, value: citation, warnings };
}

/** Tùy chọn định dạng trích dẫn — options of {@link formatCitation}. */
export interface FormatCitationOptions {
  /** Date style after the number: `short` ("ngày 02/3/2017", default) or `long`. */
  dateStyle?: DocumentDateStyle;
  /** Append the kit's linked number to a named document ("Luật Tố cáo (25/2018/QH14)"); default `false`. */
  withLinked?: boolean;
}

/**
 * Định dạng trích dẫn — writes a citation the canonical way:
 * "Chỉ thị số 04/CT-UBND ngày 02/3/2017 của Ủy ban nhân dân tỉnh",
 * "Luật Tố cáo", "Nghị quyết Trung ương 4, khóa XI “…”". `raw` is ignored.
 * @param c - the citation
 * @param options - see {@link FormatCitationOptions}
 * @returns the citation text
 */
export function formatCitation(c: Omit<Citation, 'raw'> & { raw?: string }, options: FormatCitationOptions = {}): string {
  const parts: string[] = [];
  if (c.named?.plenum !== undefined && c.named.term !== undefined) {
    parts.push(`Nghị quyết Trung ương ${c.named.plenum}, khóa ${_formatRoman(c.named.term)}`);
    if (c.title !== undefined) parts.push(`“${c.title}”`);
  } else {
    if (c.kind !== undefined) parts.push(c.kind);
    if (c.title !== undefined) parts.push(c.title);
    if (c.named?.year !== undefined) parts.push(`năm ${c.named.year}`);
    if (c.number) parts.push(c.kind !== undefined ? `số ${formatDocumentNumber(c.number)}` : formatDocumentNumber(c.number));
    if (c.date) parts.push(options.dateStyle === 'long' ? formatDocumentDate(c.date, 'long') : `ngày ${formatDocumentDate(c.date)}`);
    if (c.issuer) parts.push(`của ${c.issuer.name}`);
    if (c.subject !== undefined) parts.push(c.subject);
  }
  let out = parts.join(' ');
  if (options.withLinked && c.linked) out += ` (${formatDocumentNumber(c.linked.number)})`;
  return out;
}
