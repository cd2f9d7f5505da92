// Số, ký hiệu trong trích dẫn — reading "số 04/CT-UBND" (the word "số" may be
// omitted) after a kind, or a bare number; the number itself is parsed by
// `parseDocumentNumber`.
import type { DocumentNumber } from '../number';
import { _parseDocumentNumber } from '../number';
import type { _RawIssue } from '../result';
import type { _Token } from './tokenize';

/**
 * @internal What stood at the number's place: nothing (`absent`), a token that
 * looked like a number but is not one and was not announced by "số" (`rejected`:
 * no citation here), or a number read — `number` absent when it failed after "số"
 * (its issues in `errors`).
 */
export type _NumberRead =
  | { status: 'absent' }
  | { status: 'rejected' }
  | { status: 'read'; number?: DocumentNumber; next: number; end: number; warnings: _RawIssue[]; errors: _RawIssue[] };

function _looksLikeNumber(t: _Token | undefined): t is _Token {
  if (!t || t.core.length === 0) return false;
  const c = t.core.charCodeAt(0);
  return c >= 0x30 && c <= 0x39 && t.core.includes('/');
}

/**
 * @internal Reads the number at token `i`. After a kind ("Chỉ thị số 04/CT-UBND",
 * "Chỉ thị 04/CT-UBND") the kind and the number may not be separated by
 * punctuation; without a kind (`hasKind` false) only a bare number is read.
 */
export function _numberAt(tokens: readonly _Token[], i: number, hasKind: boolean): _NumberRead {
  let tok: _Token | undefined;
  let next = i;
  let announced = false;
  if (hasKind && tokens[i]?.lower === 'số' && tokens[i - 1]?.trail === '') {
    tok = tokens[i + 1];
    if (!tok) return { status: 'absent' };
    next = i + 2;
    announced = true;
  } else if (!hasKind || tokens[i - 1]?.trail === '') {
    const t = tokens[i];
    if (!_looksLikeNumber(t)) return { status: 'absent' };
    tok = t;
    next = i + 1;
  } else return { status: 'absent' };
  const r = _parseDocumentNumber(tok.core);
  if (r.ok) return { status: 'read', number: r.value, next, end: tok.coreEnd, warnings: r.warnings, errors: [] };
  // "số" announced a number: report why it is not one. A stray token is no citation.
  if (announced) return { status: 'read', next, end: tok.coreEnd, warnings: [], errors: r.issues };
  return { status: 'rejected' };
}
