// Result values and issues of the document-reference parsers: errors are values
// with stable codes `refs.<part>.<kebab-case>`, never thrown for bad input.
import type { Issue, Lang, Message, Result, Severity } from '../issues/issue';
import { pickMessage } from '../issues/issue';

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
 * Vấn đề trích dẫn — one problem found in a document number, date or citation: core's
 * `Issue` shape (`path` is `''`: the whole text), with a stable refs code and the message
 * in the language asked for.
 */
export interface RefsIssue extends Issue {
  /** Stable machine-readable code. */
  code: RefsIssueCode;
}

/**
 * Kết quả phân tích — core's `Result`: a value with any warnings (`ok`), or the errors
 * that prevented one. Parsers never throw on bad input.
 */
export type RefsResult<T> = Result<T, RefsIssue>;

/** Tùy chọn phân tích — per-call options of the refs parsers. */
export interface RefsOptions {
  /** Language of the messages: `vi` (default) or `en`. */
  lang?: Lang;
}

/** @internal A problem before its language is chosen. */
export interface _RawIssue {
  code: RefsIssueCode;
  severity: Severity;
  message: Message;
}

/** @internal A parse outcome before its language is chosen. */
export type _RawResult<T> = { ok: true; value: T; warnings: _RawIssue[] } | { ok: false; issues: _RawIssue[] };

/** @internal */
export function _issue(code: RefsIssueCode, severity: Severity, vi: string, en: string): _RawIssue {
  return { code, severity, message: { vi, en } };
}

/** @internal The public form of a raw issue, in `lang`. */
export function _pick(issue: _RawIssue, lang: Lang = 'vi'): RefsIssue {
  return { code: issue.code, severity: issue.severity, path: '', message: pickMessage(issue.message, lang) };
}

/** @internal The public form of a raw result, in `lang`. */
export function _finish<T>(r: _RawResult<T>, lang: Lang = 'vi'): RefsResult<T> {
  return r.ok ? { ok: true, value: r.value, issues: r.warnings.map((w) => _pick(w, lang)) } : { ok: false, issues: r.issues.map((i) => _pick(i, lang)) };
}

/** @internal */
export function _fail<T>(issue: _RawIssue): _RawResult<T> {
  return { ok: false, issues: [issue] };
}

/** @internal */
export function _tooLong<T>(what: Message, max: number): _RawResult<T> {
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
export function _empty<T>(what: Message): _RawResult<T> {
  return _fail(_issue('refs.input.empty', 'error', `${what.vi} đang để trống.`, `${what.en} is empty.`));
}
