// Ngày tháng năm ban hành — dates as written in Vietnamese documents.
// Nghị định 30/2020/NĐ-CP, Phụ lục I: days below 10 and months 1 and 2 take a
// leading zero ("ngày 02 tháng 3 năm 2017", "11/01/2021") so a date cannot be
// altered by adding a digit; months 3–12 are written without one.

import type { RefsOptions, RefsResult, _RawIssue, _RawResult } from './result';
import { _empty, _fail, _finish, _issue, _tooLong } from './result';

/** Ngày văn bản — a calendar date (no time, no time zone). */
export interface DocumentDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/**
 * Kiểu ngày — `short` is `02/3/2017`, `long` is `ngày 02 tháng 3 năm 2017`.
 */
export type DocumentDateStyle = 'short' | 'long';

/** Longest date text accepted, checked before parsing. */
export const MAX_DOCUMENT_DATE_LENGTH = 64;

const _WHAT = { vi: 'Ngày văn bản', en: 'The document date' };

function _isDigits(s: string, min: number, max: number): boolean {
  if (s.length < min || s.length > max) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/**
 * Số ngày trong tháng — days in a month of the proleptic Gregorian calendar.
 * @param year - the year
 * @param month - 1–12
 * @returns 28–31
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function _invalid<T>(): _RawResult<T> {
  return _fail(
    _issue(
      'refs.date.invalid',
      'error',
      'Ngày không đúng dạng (ví dụ: 02/3/2017 hoặc ngày 02 tháng 3 năm 2017).',
      'The date is not well formed (e.g. 02/3/2017 or "ngày 02 tháng 3 năm 2017").',
    ),
  );
}

function _dayText(d: number): string {
  return d < 10 ? `0${d}` : String(d);
}
function _monthText(m: number): string {
  return m < 3 ? `0${m}` : String(m);
}

/**
 * Phân tích ngày — parses `02/3/2017`, `2/3/2017`, `02/03/2017`, `ngày 02/3/2017`,
 * `ngày 02 tháng 3 năm 2017` or `02 tháng 3 năm 2017` (case-insensitive words).
 *
 * Impossible dates (31/02) fail with `refs.date.impossible`; accepted forms that
 * differ from the canonical one of Nghị định 30/2020 get `refs.date.non-canonical`.
 * Input longer than {@link MAX_DOCUMENT_DATE_LENGTH} is rejected first. Never throws.
 *
 * @param text - the date as written
 * @param options - `lang` of the messages (default `vi`)
 * @returns the date with any warnings, or the errors
 */
export function parseDocumentDate(text: string, options: RefsOptions = {}): RefsResult<DocumentDate> {
  return _finish(_parseDocumentDate(text), options.lang);
}

/** @internal {@link parseDocumentDate} before the messages' language is chosen. */
export function _parseDocumentDate(text: string): _RawResult<DocumentDate> {
  if (text.length > MAX_DOCUMENT_DATE_LENGTH * 4) return _tooLong(_WHAT, MAX_DOCUMENT_DATE_LENGTH);
  const s = text.normalize('NFC').trim();
  if (s.length === 0) return _empty(_WHAT);
  if (s.length > MAX_DOCUMENT_DATE_LENGTH) return _tooLong(_WHAT, MAX_DOCUMENT_DATE_LENGTH);
  const words = s.split(/\s+/).filter((w) => w.length > 0);
  if (words[0]?.toLowerCase() === 'ngày') words.shift();
  let dayText: string;
  let monthText: string;
  let yearText: string;
  let long = false;
  if (words.length === 1) {
    const parts = (words[0] ?? '').split('/');
    if (parts.length !== 3) return _invalid();
    [dayText, monthText, yearText] = parts as [string, string, string];
  } else if (words.length === 5 && words[1]?.toLowerCase() === 'tháng' && words[3]?.toLowerCase() === 'năm') {
    [dayText, , monthText, , yearText] = words as [string, string, string, string, string];
    long = true;
  } else return _invalid();
  if (!_isDigits(dayText, 1, 2) || !_isDigits(monthText, 1, 2) || !_isDigits(yearText, 4, 4)) return _invalid();
  const date: DocumentDate = { year: Number(yearText), month: Number(monthText), day: Number(dayText) };
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.year < 1000) return _invalid();
  if (date.day > daysInMonth(date.year, date.month)) {
    return _fail(
      _issue(
        'refs.date.impossible',
        'error',
        `Ngày ${date.day}/${date.month}/${date.year} không tồn tại (tháng ${date.month} năm ${date.year} có ${daysInMonth(date.year, date.month)} ngày).`,
        `${date.day}/${date.month}/${date.year} does not exist (month ${date.month} of ${date.year} has ${daysInMonth(date.year, date.month)} days).`,
      ),
    );
  }
  const warnings: _RawIssue[] = [];
  if (dayText !== _dayText(date.day) || monthText !== _monthText(date.month)) {
    const canonical = formatDocumentDate(date, long ? 'long' : 'short');
    warnings.push(
      _issue(
        'refs.date.non-canonical',
        'warning',
        `Nên viết ngày là "${canonical}" (ngày nhỏ hơn 10 và tháng 1, 2 có số 0 ở trước, theo Nghị định 30/2020/NĐ-CP).`,
        `Write the date as "${canonical}" (days below 10 and months 1–2 take a leading zero, Decree 30/2020/NĐ-CP).`,
      ),
    );
  }
  return { ok: true, value: date, warnings };
}

/**
 * Định dạng ngày — formats a date the way Nghị định 30/2020/NĐ-CP writes it:
 * `short` → `02/3/2017`, `11/01/2021`; `long` → `ngày 02 tháng 3 năm 2017`.
 * @param d - the date (assumed valid)
 * @param style - `short` (default) or `long`
 * @returns the date as text
 */
export function formatDocumentDate(d: DocumentDate, style: DocumentDateStyle = 'short'): string {
  return style === 'long'
    ? `ngày ${_dayText(d.day)} tháng ${_monthText(d.month)} năm ${d.year}`
    : `${_dayText(d.day)}/${_monthText(d.month)}/${d.year}`;
}

/**
 * Ngày ISO — the ISO 8601 calendar date (`2017-03-02`) of a document date.
 * @param d - the date
 * @returns `YYYY-MM-DD`
 */
export function documentDateToIso(d: DocumentDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
