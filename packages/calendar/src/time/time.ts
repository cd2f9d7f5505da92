/**
 * Dates and instants in Việt Nam time (Asia/Ho_Chi_Minh, UTC+7, no daylight saving since
 * 1975). Everything here is arithmetic on epoch milliseconds and day numbers: no local
 * `Date` getter is ever used, so results never depend on the host's time zone.
 */
import type { LocalizedText } from '../_model';

/** Độ lệch giờ Việt Nam — offset of Asia/Ho_Chi_Minh from UTC, in minutes (+420). */
export const VN_UTC_OFFSET_MINUTES = 420;

const DAY_MS = 86_400_000;
const VN_OFFSET_MS = VN_UTC_OFFSET_MINUTES * 60_000;
const MAX_INPUT_LENGTH = 64;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

/** Ngày dương lịch `YYYY-MM-DD` — a calendar date in Việt Nam, as an ISO string. */
export type IsoDate = string;

/** Thời điểm — an instant given as a `Date` or an ISO 8601 string (see {@link parseInstant}). */
export type InstantInput = Date | string;

/** Lỗi đầu vào — an input error as a value, with a stable code and a bilingual message. */
export interface CalendarInputError {
  readonly ok: false;
  readonly code: 'calendar.invalid-date' | 'calendar.invalid-instant' | 'calendar.year-out-of-range';
  readonly message: LocalizedText;
}

/** Kết quả đọc một ngày — a parsed date, or an error value. */
export type ParsedDate = { readonly ok: true; readonly date: IsoDate } | CalendarInputError;

/** Kết quả đọc một thời điểm — a parsed instant (epoch ms + `+07:00` ISO), or an error value. */
export type ParsedInstant =
  | { readonly ok: true; readonly epochMs: number; readonly iso: string }
  | CalendarInputError;

/** @internal Days since 1970-01-01 for a proleptic Gregorian date (Hinnant's days_from_civil). */
export function _daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** @internal Inverse of {@link _daysFromCivil}. */
export function _civilFromDays(n: number): { y: number; m: number; d: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

function _pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function _validCivil(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const c = _civilFromDays(_daysFromCivil(y, m, d));
  return c.y === y && c.m === m && c.d === d;
}

/** @internal Day number → `YYYY-MM-DD`. */
export function _isoFromDays(n: number): IsoDate {
  const { y, m, d } = _civilFromDays(n);
  return `${_pad(y, 4)}-${_pad(m)}-${_pad(d)}`;
}

/**
 * @internal `YYYY-MM-DD` → day number; throws on a malformed date (a programmer mistake).
 * Kept free of parseDate's user messages: it is on the form page (size budget).
 */
export function _daysFromIso(date: IsoDate): number {
  const m = typeof date === 'string' ? ISO_DATE.exec(date) : null;
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (y >= 1000 && _validCivil(y, mo, d)) return _daysFromCivil(y, mo, d);
  }
  throw Object.assign(new RangeError(`calendar.invalid-date: ${String(date)}`), { code: 'calendar.invalid-date' });
}

/** @internal Weekday of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function _weekday(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** @internal Throwable form of an input error, keeping its stable code. */
export function _inputError(e: CalendarInputError): Error & { code: string } {
  const err = new RangeError(`${e.code}: ${e.message.en}`) as RangeError & { code: string };
  err.code = e.code;
  return err;
}

/**
 * Đọc ngày `YYYY-MM-DD` — parse and check a calendar date (years 1000–9999).
 * @param input - text such as `2026-06-20`
 * @returns `{ ok: true, date }` or an error value with code `calendar.invalid-date`
 */
export function parseDate(input: string): ParsedDate {
  const m = typeof input === 'string' && input.length <= MAX_INPUT_LENGTH ? ISO_DATE.exec(input) : null;
  if (m) {
    const y = Number(m[1]);
    if (y >= 1000 && _validCivil(y, Number(m[2]), Number(m[3]))) return { ok: true, date: input };
  }
  return {
    ok: false,
    code: 'calendar.invalid-date',
    message: { vi: 'Ngày không hợp lệ (cần dạng YYYY-MM-DD)', en: 'Invalid date (expected YYYY-MM-DD)' },
  };
}

/**
 * Đọc thời điểm — parse an ISO 8601 instant. Text without an offset is read as Việt Nam
 * time (UTC+7), never as the host's local time; a bare date means 00:00 of that day in Việt Nam.
 * @param input - e.g. `2026-06-20T00:00:00+07:00`, `2026-06-19T17:00Z`, `2026-06-20T08:30`, `2026-06-20`
 * @returns `{ ok: true, epochMs, iso }` (iso with `+07:00`) or an error value `calendar.invalid-instant`
 */
export function parseInstant(input: string): ParsedInstant {
  const bad: CalendarInputError = {
    ok: false,
    code: 'calendar.invalid-instant',
    message: {
      vi: 'Thời điểm không hợp lệ (cần dạng ISO 8601, ví dụ 2026-06-20T08:00:00+07:00)',
      en: 'Invalid instant (expected ISO 8601, e.g. 2026-06-20T08:00:00+07:00)',
    },
  };
  if (typeof input !== 'string' || input.length > MAX_INPUT_LENGTH) return bad;
  const m = ISO_INSTANT.exec(input);
  if (!m) return bad;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const hh = m[4] === undefined ? 0 : Number(m[4]);
  const mi = m[5] === undefined ? 0 : Number(m[5]);
  const ss = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  if (y < 1000 || !_validCivil(y, mo, d) || hh > 23 || mi > 59 || ss > 59) return bad;
  let offsetMin = VN_UTC_OFFSET_MINUTES;
  const z = m[8];
  if (z === 'Z' || z === 'z') offsetMin = 0;
  else if (z !== undefined) {
    const sign = z[0] === '-' ? -1 : 1;
    const digits = z.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    if (oh > 23 || om > 59) return bad;
    offsetMin = sign * (oh * 60 + om);
  }
  const epochMs = _daysFromCivil(y, mo, d) * DAY_MS + ((hh * 60 + mi - offsetMin) * 60 + ss) * 1000 + ms;
  return { ok: true, epochMs, iso: formatInstant(epochMs) };
}

/** @internal An instant input → epoch ms; throws on malformed input (a programmer mistake). */
export function _toEpochMs(input: InstantInput): number {
  if (input instanceof Date || Object.prototype.toString.call(input) === '[object Date]') {
    const t = (input as Date).getTime();
    if (Number.isNaN(t)) throw _inputError(parseInstant('') as CalendarInputError);
    return t;
  }
  const p = parseInstant(input as string);
  if (!p.ok) throw _inputError(p);
  return p.epochMs;
}

/**
 * Viết thời điểm theo giờ Việt Nam — format an instant as ISO 8601 with offset `+07:00`.
 * @param instant - epoch milliseconds or a `Date`
 * @returns e.g. `2026-06-20T00:00:00+07:00` (milliseconds only when not zero)
 */
export function formatInstant(instant: number | Date): string {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const local = ms + VN_OFFSET_MS;
  const day = Math.floor(local / DAY_MS);
  let rest = local - day * DAY_MS;
  const milli = rest % 1000;
  rest = (rest - milli) / 1000;
  const s = rest % 60;
  const mi = ((rest - s) / 60) % 60;
  const h = Math.floor(rest / 3600);
  const frac = milli === 0 ? '' : `.${_pad(milli, 3)}`;
  return `${_isoFromDays(day)}T${_pad(h)}:${_pad(mi)}:${_pad(s)}${frac}+07:00`;
}

/**
 * Ngày tại Việt Nam của một thời điểm — the Việt Nam calendar date of an instant.
 * @param instant - an instant (`Date` or ISO string)
 * @returns `YYYY-MM-DD` in UTC+7
 */
export function vietnamDateOf(instant: InstantInput): IsoDate {
  return _isoFromDays(_vnDayOfMs(_toEpochMs(instant)));
}

/** @internal Day number (UTC+7) of an epoch-ms instant. */
export function _vnDayOfMs(ms: number): number {
  return Math.floor((ms + VN_OFFSET_MS) / DAY_MS);
}

/** @internal Epoch ms of 00:00 (UTC+7) of a day number. */
export function _vnMidnightMs(day: number): number {
  return day * DAY_MS - VN_OFFSET_MS;
}

/**
 * Cộng ngày lịch — add calendar days to a date.
 * @param date - `YYYY-MM-DD`
 * @param days - whole days, may be negative
 * @returns the shifted `YYYY-MM-DD`
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return _isoFromDays(_daysFromIso(date) + days);
}

/**
 * Viết ngày kiểu Việt Nam — format `YYYY-MM-DD` as `dd/mm/yyyy` (the form used in documents).
 * @param date - `YYYY-MM-DD`
 * @returns e.g. `20/06/2026`
 */
export function formatDateVi(date: IsoDate): string {
  const { y, m, d } = _civilFromDays(_daysFromIso(date));
  return `${_pad(d)}/${_pad(m)}/${y}`;
}

/**
 * Viết ngày giờ kiểu Việt Nam — format an instant as `dd/mm/yyyy HH:mm` in Việt Nam time
 * (UTC+7), whatever the host's time zone: how a portal or a form shows when a report was
 * received. Seconds are not shown.
 * @param instant - epoch milliseconds, a `Date`, or ISO text (without an offset = UTC+7)
 * @returns e.g. `25/05/2021 09:00`
 * @throws a `calendar/invalid-instant` error for text that is not an instant (a programmer mistake)
 */
export function formatDateTimeVi(instant: InstantInput | number): string {
  const iso = formatInstant(typeof instant === 'number' ? instant : _toEpochMs(instant));
  return `${formatDateVi(iso.slice(0, 10))} ${iso.slice(11, 16)}`;
}
