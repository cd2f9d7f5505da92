// Ngày trong trích dẫn — reading ", ngày 12/12/2013" or " ngày 02 tháng 3 năm 2017"
// after a citation's number; the date itself is parsed by `parseDocumentDate`.
import type { DocumentDate } from '../date';
import { _parseDocumentDate } from '../date';
import type { _RawIssue } from '../result';
import type { _Token } from './tokenize';

/** @internal A date read from tokens (`date` absent when it failed: see `errors`). */
export interface _DateRead {
  date?: DocumentDate;
  /** Index after the last token used. */
  next: number;
  /** Offset after the date's last character. */
  end: number;
  warnings: _RawIssue[];
  errors: _RawIssue[];
}

/**
 * @internal Reads the date that starts at token `at`: one token with slashes
 * (`02/3/2017`) or the five words "02 tháng 3 năm 2017". `undefined` when neither.
 */
export function _dateAt(tokens: readonly _Token[], at: number): _DateRead | undefined {
  const t = tokens[at];
  if (!t) return undefined;
  if (t.core.includes('/')) {
    const r = _parseDocumentDate(t.core);
    return r.ok
      ? { date: r.value, next: at + 1, end: t.coreEnd, warnings: r.warnings, errors: [] }
      : { next: at + 1, end: t.coreEnd, warnings: [], errors: r.issues };
  }
  const m = tokens[at + 1];
  const y = tokens[at + 4];
  if (m?.lower === 'tháng' && tokens[at + 3]?.lower === 'năm' && y) {
    const r = _parseDocumentDate(`${t.core} tháng ${tokens[at + 2]?.core ?? ''} năm ${y.core}`);
    return r.ok
      ? { date: r.value, next: at + 5, end: y.coreEnd, warnings: r.warnings, errors: [] }
      : { next: at + 5, end: y.coreEnd, warnings: [], errors: r.issues };
  }
  return undefined;
}

/**
 * @internal Reads a date clause "ngày <date>" at token `i`: the word "ngày" must
 * follow the previous token directly or after a comma ("217-QĐ/TW, ngày 12/12/2013").
 */
export function _dateClauseAt(tokens: readonly _Token[], i: number): _DateRead | undefined {
  const prev = tokens[i - 1];
  if (tokens[i]?.lower !== 'ngày' || !(prev?.trail === '' || prev?.trail === ',')) return undefined;
  return _dateAt(tokens, i + 1);
}
