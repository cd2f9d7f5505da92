// Số, ký hiệu văn bản — document number and symbol (docs/domain.md#document-numbers).
// State style (Nghị định 30/2020/NĐ-CP, Phụ lục III): <số>/<mã loại>-<cơ quan>[-<đơn vị>],
// công văn without a type code (28/UBND-NC), normative documents with the year
// (09/2019/NĐ-CP, 05/2019/L-CTN), laws with the Quốc hội term (42/2013/QH13).
// Party style (Hướng dẫn 36-HD/VPTW): <số>-<mã loại>/<cơ quan> (217-QĐ/TW).
// Numbers start at 01: numbers below 10 are written with a leading zero.
//
// One reading per text: when the first segment after "/" is a type code and more
// segments follow, it is read as the type code ("45/TTr-NV": a Tờ trình of NV;
// "45/TTr-TTr": a Tờ trình of the Thanh tra tỉnh, whose abbreviation is also TTr). A
// công văn of such an agency with a drafting unit would read the same way: the symbol
// alone cannot tell them apart, and the parser does not guess.

import { _JOINT_CODES, kindsForTypeCode } from './codes';
import type { RefsOptions, RefsResult, _RawIssue, _RawResult } from './result';
import { _empty, _fail, _finish, _issue, _tooLong } from './result';

/** Số, ký hiệu văn bản nhà nước — a state-style number: `04/CT-UBND`, `09/2019/NĐ-CP`, `28/UBND-NC`. */
export interface StateDocumentNumber {
  style: 'state';
  /** Số — the running number (1-based). */
  number: number;
  /** Năm — present in normative documents and laws (`09/2019/NĐ-CP`). */
  year?: number;
  /** Mã loại — type code (`CT`, `KH`, `NĐ` …); absent for công văn and laws. */
  typeCode?: string;
  /** Cơ quan ban hành — issuing agency abbreviation (`UBND`, `CP`, `QH13`). */
  issuer: string;
  /** Cơ quan cùng ban hành — co-issuers of joint documents (`TTLT-BTC-BNV`). */
  coIssuers?: string[];
  /** Đơn vị soạn thảo — drafting unit or field of a công văn (`NC` in `28/UBND-NC`). */
  unit?: string;
  /** The text as written, when parsed. */
  raw?: string;
}

/** Số, ký hiệu văn bản của Đảng — a Party-style number: `217-QĐ/TW`, `22-KL/TU`. */
export interface PartyDocumentNumber {
  style: 'party';
  /** Số — the running number (1-based). */
  number: number;
  /** Mã loại — type code (`QĐ`, `CT`, `KL` …). */
  typeCode: string;
  /** Cơ quan ban hành — issuing body (`TW`, `TU`, `HU`). */
  issuer: string;
  /** The text as written, when parsed. */
  raw?: string;
}

/** Số, ký hiệu văn bản — a document number in state or Party style. */
export type DocumentNumber = StateDocumentNumber | PartyDocumentNumber;

/** Longest document number accepted, checked before any parsing. */
export const MAX_DOCUMENT_NUMBER_LENGTH = 64;
/** Largest running number accepted. */
export const MAX_RUNNING_NUMBER = 999_999;

const _WHAT = { vi: 'Số, ký hiệu văn bản', en: 'The document number' };

function _isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

// Letters and digits of an abbreviation: ASCII plus Đ/đ (NĐ, QyĐ, HĐND, BCĐ).
function _isSymbolSegment(s: string): boolean {
  if (s.length === 0 || s.length > 24) return false;
  let letter = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const isLetter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x110 || c === 0x111;
    if (isLetter) letter = true;
    else if (!_isDigit(c)) return false;
  }
  return letter;
}

function _invalid<T>(): _RawResult<T> {
  return _fail(
    _issue(
      'refs.number.invalid',
      'error',
      'Số, ký hiệu văn bản không đúng dạng (ví dụ: 04/CT-UBND, 28/UBND-NC, 09/2019/NĐ-CP, 217-QĐ/TW).',
      'The document number is not well formed (e.g. 04/CT-UBND, 28/UBND-NC, 09/2019/NĐ-CP, 217-QĐ/TW).',
    ),
  );
}

/**
 * Phân tích số, ký hiệu văn bản — parses a state- or Party-style document number.
 *
 * Accepts `04/CT-UBND`, `28/UBND-NC`, `09/2019/NĐ-CP`, `01/2022/TT-BTTTT`, `42/2013/QH13`,
 * `05/2019/L-CTN`, `15/SY-UBND`, `45/TTr-TTr`, `217-QĐ/TW`, `22-KL/TU` (NFC or NFD,
 * surrounding spaces ignored). A number below 10 without its leading zero (`4/CT-UBND`)
 * is accepted with a `refs.number.non-canonical` warning; an unknown Party type code
 * with `refs.number.unknown-type`. When the first segment after "/" is a type code
 * and more segments follow, it is the type code (`45/TTr-NV` is a Tờ trình of NV).
 * Input longer than {@link MAX_DOCUMENT_NUMBER_LENGTH} is rejected before parsing.
 * Never throws.
 *
 * @param text - the number and symbol as written
 * @param options - `lang` of the messages (default `vi`)
 * @returns the structured number with any warnings, or the errors
 */
export function parseDocumentNumber(text: string, options: RefsOptions = {}): RefsResult<DocumentNumber> {
  return _finish(_parseDocumentNumber(text), options.lang);
}

/** @internal {@link parseDocumentNumber} before the messages' language is chosen. */
export function _parseDocumentNumber(text: string): _RawResult<DocumentNumber> {
  if (text.length > MAX_DOCUMENT_NUMBER_LENGTH * 4) return _tooLong(_WHAT, MAX_DOCUMENT_NUMBER_LENGTH);
  const raw = text.normalize('NFC').trim();
  if (raw.length === 0) return _empty(_WHAT);
  if (raw.length > MAX_DOCUMENT_NUMBER_LENGTH) return _tooLong(_WHAT, MAX_DOCUMENT_NUMBER_LENGTH);

  let i = 0;
  while (i < raw.length && _isDigit(raw.charCodeAt(i))) i++;
  const digits = raw.slice(0, i);
  if (digits.length === 0 || digits.length > 6) return _invalid();
  const number = Number(digits);
  if (number < 1 || number > MAX_RUNNING_NUMBER) {
    return _fail(
      _issue(
        'refs.number.out-of-range',
        'error',
        `Số văn bản phải từ 01 đến ${MAX_RUNNING_NUMBER}.`,
        `The running number must be between 01 and ${MAX_RUNNING_NUMBER}.`,
      ),
    );
  }
  const warnings: _RawIssue[] = [];
  if (digits !== _pad(number)) {
    warnings.push(
      _issue(
        'refs.number.non-canonical',
        'warning',
        `Số văn bản nên viết là "${_pad(number)}" (số nhỏ hơn 10 có số 0 ở trước, theo Nghị định 30/2020/NĐ-CP).`,
        `Write the running number as "${_pad(number)}" (numbers below 10 take a leading zero, Decree 30/2020/NĐ-CP).`,
      ),
    );
  }
  const sep = raw[i];
  const rest = raw.slice(i + 1);

  if (sep === '-') {
    const slash = rest.indexOf('/');
    if (slash < 0) return _invalid();
    const typeCode = rest.slice(0, slash);
    const issuer = rest.slice(slash + 1);
    if (!_isSymbolSegment(typeCode) || !issuer.split('-').every(_isSymbolSegment)) return _invalid();
    if (kindsForTypeCode(typeCode, 'party').length === 0) {
      warnings.push(
        _issue(
          'refs.number.unknown-type',
          'warning',
          `Mã loại văn bản "${typeCode}" không có trong danh mục văn bản của Đảng.`,
          `Type code "${typeCode}" is not in the list of Party document types.`,
        ),
      );
    }
    return { ok: true, value: { style: 'party', number, typeCode, issuer, raw }, warnings };
  }
  if (sep !== '/') return _invalid();

  const parts = rest.split('/');
  if (parts.length > 2) return _invalid();
  let year: number | undefined;
  if (parts.length === 2) {
    const y = parts[0] ?? '';
    if (y.length !== 4 || ![...y].every((c) => _isDigit(c.charCodeAt(0)))) return _invalid();
    year = Number(y);
    if (year < 1945 || year > 2999) return _invalid();
  }
  const segments = (parts[parts.length - 1] ?? '').split('-');
  if (!segments.every(_isSymbolSegment)) return _invalid();
  const value: StateDocumentNumber = { style: 'state', number, issuer: '', raw };
  if (year !== undefined) value.year = year;
  const first = segments[0] ?? '';
  if (segments.length >= 2 && kindsForTypeCode(first, 'state').length > 0) {
    value.typeCode = first;
    value.issuer = segments[1] ?? '';
    const more = segments.slice(2);
    if (more.length > 0) {
      if (_JOINT_CODES.has(first)) value.coIssuers = more;
      else value.unit = more.join('-');
    }
  } else {
    value.issuer = first;
    if (segments.length > 1) value.unit = segments.slice(1).join('-');
  }
  return { ok: true, value: _reorder(value), warnings };
}

// Stable key order so parsed values compare equal to hand-built ones in tests and JSON.
function _reorder(v: StateDocumentNumber): StateDocumentNumber {
  // Built field by field: key order is part of the JSON a CLI prints.
  const out = { style: 'state', number: v.number } as StateDocumentNumber;
  if (v.year !== undefined) out.year = v.year;
  if (v.typeCode !== undefined) out.typeCode = v.typeCode;
  out.issuer = v.issuer;
  if (v.coIssuers !== undefined) out.coIssuers = v.coIssuers;
  if (v.unit !== undefined) out.unit = v.unit;
  if (v.raw !== undefined) out.raw = v.raw;
  return out;
}

function _pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Định dạng số, ký hiệu văn bản — formats a document number canonically
 * (leading zero below 10): `04/CT-UBND`, `09/2019/NĐ-CP`, `28/UBND-NC`, `217-QĐ/TW`.
 * @param n - the structured number (`raw` is ignored)
 * @returns the number and symbol as text
 */
export function formatDocumentNumber(n: DocumentNumber): string {
  if (n.style === 'party') return `${_pad(n.number)}-${n.typeCode}/${n.issuer}`;
  const agency = [n.issuer, ...(n.coIssuers ?? []), ...(n.unit !== undefined ? [n.unit] : [])].join('-');
  const symbol = n.typeCode !== undefined ? `${n.typeCode}-${agency}` : agency;
  return n.year !== undefined ? `${_pad(n.number)}/${n.year}/${symbol}` : `${_pad(n.number)}/${symbol}`;
}

/**
 * So sánh số văn bản — whether two numbers denote the same symbol (ignores `raw`).
 * @param a - a document number
 * @param b - another
 * @returns `true` when both format to the same text
 */
export function sameDocumentNumber(a: DocumentNumber, b: DocumentNumber): boolean {
  return formatDocumentNumber(a) === formatDocumentNumber(b);
}
