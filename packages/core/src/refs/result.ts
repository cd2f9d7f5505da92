// Result values and issues of the document-reference parsers: errors are values
// with stable codes `refs.<part>.<kebab-case>`, never thrown for bad input.
import type { Message, Severity } from '../issues/issue';

/** Mã vấn đề — stable codes of problems found while parsing references. */
export type RefsIssueCode =
  | 'refs.input.too-long'
  | 'refs.input.empty'
  | 'refs.number.invalid'
  | 'refs.number.out-of-range'
  | 'refs.number.unknown-type'
  | 'refs.number.non-canonical'
  | 'refs.date.invalid'
  | 'refs.date.impossible'
  | 'refs.date.non-canonical'
  | 'refs.citation.invalid'
  | 'refs.citation.unparsed-text'
  | 'refs.citation.kind-mismatch'
  | 'refs.citation.issuer-mismatch';

/**
 * Vấn đề trích dẫn — one problem found in a document number, date or citation,
 * with a stable `code` and a bilingual message (Vietnamese first).
 */
export interface RefsIssue {
  /** Stable machine-readable code. */
  code: RefsIssueCode;
  /** `error` when nothing usable was parsed; `warning` for accepted but non-canonical input. */
  severity: Severity;
  /** What went wrong, in Vietnamese and English. */
  message: Message;
}

/**
 * Kết quả phân tích — the outcome of a parse: a value (with any warnings) or the
 * errors that prevented one. Parsers never throw on bad input.
 */
export type RefsResult<T> =
  | { ok: true; value: T; warnings: RefsIssue[] }
  | { ok: false; issues: RefsIssue[] };

/** @internal */
export function _issue(code: RefsIssueCode, severity: Severity, vi: string, en: string): RefsIssue {
  return { code, severity, message: { vi, en } };
}

/** @internal */
export function _fail<T>(issue: RefsIssue): RefsResult<T> {
  return { ok: false, issues: [issue] };
}

/** @internal */
export function _tooLong<T>(what: Message, max: number): RefsResult<T> {
  return _fail(
    _issue(
      'refs.input.too-long',
      'error',
      `${what.vi} quá dài (tối đa ${max} ký tự).`,
      `${what.en} is too long (at most ${max} characters).`,
    ),
  );
}

/** @internal */
export function _empty<T>(what: Message): RefsResult<T> {
  return _fail(_issue('refs.input.empty', 'error', `${what.vi} đang để trống.`, `${what.en} is empty.`));
}
