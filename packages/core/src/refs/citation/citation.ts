// Trích dẫn văn bản — citations of documents in running text, e.g.
// "Chỉ thị số 04/CT-UBND ngày 02/3/2017 của Ủy ban nhân dân tỉnh",
// "Quyết định số 217-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị", "Luật Tiếp công dân",
// "Nghị quyết Trung ương 4, khóa XI".
//
// The text is tokenized once (tokenize.ts) and a citation is read token by token:
// kind (read-kind.ts), number (read-number.ts), date (read-date.ts), issuer
// (read-issuer.ts), named documents (named.ts), then checked (consistency.ts). Each
// reader looks ahead a bounded number of tokens, so the whole scan is O(n) with no
// regular expression over the input. Rules: docs/domain.md#citations.
import type { DocumentDateStyle } from '../date';
import { formatDocumentDate } from '../date';
import { kindsForTypeCode } from '../codes';
import { formatDocumentNumber } from '../number';
import type { RefsOptions, RefsResult, _RawIssue, _RawResult } from '../result';
import { _empty, _fail, _finish, _issue, _pick, _tooLong } from '../result';
import { _checkConsistency } from './consistency';
import { _centralResolutionAt, _formatRoman, _lawTitleAt } from './named';
import { _dateClauseAt } from './read-date';
import { _issuerClauseAt } from './read-issuer';
import { _kindAt } from './read-kind';
import { _numberAt } from './read-number';
import type { _Token } from './tokenize';
import { _isCapitalized, _tokenize } from './tokenize';
import type { Citation, FoundCitation, _Match } from './types';

/** Longest text {@link parseCitation} accepts. */
export const MAX_CITATION_LENGTH = 2_000;
/** Longest text {@link findCitations} scans. */
export const MAX_PARAGRAPH_LENGTH = 200_000;

// Tries to read one citation starting at token `at`; `allowBare` accepts a number
// without a kind ("22-KL/TU").
function _matchAt(tokens: readonly _Token[], at: number, text: string, allowBare: boolean): _Match | undefined {
  const k = _kindAt(tokens, at);
  const kind = k?.kind;
  let i = k?.next ?? at;
  const warnings: _RawIssue[] = [];
  const errors: _RawIssue[] = [];
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
    // Laws by name: "Luật Tiếp công dân", "Luật Đất đai số 45/2013/QH13".
    if ((kind === 'Luật' || kind === 'Bộ luật') && _isCapitalized(kindTok?.core ?? '') && tokens[i - 1]?.trail === '') {
      const law = _lawTitleAt(tokens, i);
      if (law) {
        if (law.title !== undefined) c.title = law.title;
        if (law.named) c.named = law.named;
        if (law.linked) c.linked = law.linked;
        i = law.next;
        end = law.end;
      }
    }
  }

  const num = _numberAt(tokens, i, kind !== undefined);
  if (num.status === 'rejected') return undefined;
  if (num.status === 'read') {
    if (num.number) c.number = num.number;
    warnings.push(...num.warnings);
    errors.push(...num.errors);
    end = num.end;
    i = num.next;
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

  const d = _dateClauseAt(tokens, i);
  if (d) {
    if (d.date) c.date = d.date;
    warnings.push(...d.warnings);
    errors.push(...d.errors);
    end = d.end;
    i = d.next;
  }
  const iss = _issuerClauseAt(tokens, i);
  if (iss) {
    c.issuer = iss.issuer;
    end = iss.end;
    i = iss.next;
  }
  _checkConsistency(c, warnings);
  return { citation: c, next: i, end, warnings, errors };
}

const _PARA = { vi: 'Đoạn văn', en: 'The paragraph' };
const _CIT = { vi: 'Trích dẫn', en: 'The citation' };

/**
 * Tìm trích dẫn — finds every cited document in a paragraph, with its span.
 *
 * Recognizes "<loại> [số] <số, ký hiệu> [, ngày <ngày>] [của <cơ quan>]" for every
 * kind in `DOCUMENT_KINDS` (state and Party style numbers), the laws the kit
 * knows by name ("Luật Tiếp công dân", linked to their numbers with `linkedBy: 'kit'`)
 * and "Nghị quyết Trung ương N, khóa …". Issuers are recognized from
 * `KNOWN_ISSUERS`; an unknown issuer is left out of the span. A kind word with
 * no number ("các Nghị quyết, Chỉ thị") is not a citation. Line breaks inside a
 * citation (page breaks) are allowed. Text longer than {@link MAX_PARAGRAPH_LENGTH}
 * is rejected before scanning. Linear; never throws.
 *
 * @param text - a paragraph (or a whole document)
 * @param options - `lang` of the messages (default `vi`)
 * @returns the citations in order of appearance, with offsets into `text` and each one's
 *   warnings (an invalid number or date inside a citation is a warning here)
 */
export function findCitations(text: string, options: RefsOptions = {}): RefsResult<FoundCitation[]> {
  const lang = options.lang;
  if (text.length > MAX_PARAGRAPH_LENGTH) return _finish(_tooLong<FoundCitation[]>(_PARA, MAX_PARAGRAPH_LENGTH), lang);
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
      issues: [...m.warnings, ...m.errors.map((e) => ({ ...e, severity: 'warning' as const }))].map((w) => _pick(w, lang)),
    });
    i = m.next;
  }
  return { ok: true, value: found, issues: [] };
}

/**
 * Phân tích trích dẫn — parses one citation, e.g.
 * "Chỉ thị số 04/CT-UBND ngày 02/3/2017 của Ủy ban nhân dân tỉnh về việc …",
 * "Luật Tố cáo", "Nghị quyết Trung ương 4, khóa XII", or a bare number "22-KL/TU".
 *
 * The citation must start the text; a following "về …" becomes `subject`, any other
 * leftover text gives a `refs.citation.unparsed-text` warning. An invalid number after
 * "số" or an impossible date fails with that part's issue. Input longer than
 * {@link MAX_CITATION_LENGTH} is rejected before parsing. Never throws.
 *
 * @param text - the citation
 * @param options - `lang` of the messages (default `vi`)
 * @returns the structured citation with any warnings, or the errors
 */
export function parseCitation(text: string, options: RefsOptions = {}): RefsResult<Citation> {
  return _finish(_parseCitation(text), options.lang);
}

function _parseCitation(text: string): _RawResult<Citation> {
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
          'refs.citation.unparsed-text',
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
