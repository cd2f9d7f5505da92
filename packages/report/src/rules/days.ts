import { parseInstant } from '@dvcq/calendar';
import { YEAR_RANGE } from '../submission/shape';

const _DAY_MS = 86_400_000;
/** Việt Nam is UTC+7 all year (no daylight saving). */
const _VN_OFFSET_MS = 7 * 3_600_000;

/**
 * Khoảng ngày hợp lệ — the dates a report may hold: 1945-01-01 to 2200-12-31, the
 * same years as `year`. Every date library of Java (java.time), .NET (DateOnly,
 * DateTime), Python (datetime.date) and PHP (DateTimeImmutable) represents them;
 * a date outside is `document.date-invalid`.
 */
export const DATE_RANGE = { from: `${YEAR_RANGE.min}-01-01`, to: `${YEAR_RANGE.max}-12-31` } as const;

// Days from 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil);
// exact for any year, unlike Date.UTC, which reads years 0–99 as 1900–1999.
function _daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const _isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * Số ngày — the day number of a calendar date: days since 1970-01-01 in the
 * proleptic Gregorian calendar (1970-01-01 → 0, 2026-06-20 → 20624).
 * @param date - exactly `YYYY-MM-DD` (ASCII digits)
 * @returns the day number, or `null` when the text is not a real date within {@link DATE_RANGE}
 */
export function dayNumber(date: string): number | null {
  if (date.length !== 10 || date.charCodeAt(4) !== 0x2d || date.charCodeAt(7) !== 0x2d) return null;
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) if (!_isDigit(date.charCodeAt(i))) return null;
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (y < YEAR_RANGE.min || y > YEAR_RANGE.max || m < 1 || m > 12 || d < 1) return null;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d > days ? null : _daysFromCivil(y, m, d);
}

/**
 * Ngày hiện tại theo giờ Việt Nam — the day number of an instant's date in UTC+7.
 * @param epochMs - the instant in epoch milliseconds
 * @returns `floor((epochMs + 7 h) / 1 day)`
 */
export function vnDayNumber(epochMs: number): number {
  return Math.floor((epochMs + _VN_OFFSET_MS) / _DAY_MS);
}

/** @internal day number → `YYYY-MM-DD` */
export function _isoOfDay(day: number): string {
  return new Date(day * _DAY_MS).toISOString().slice(0, 10);
}

/**
 * Đồng hồ — the clock of one validation as epoch ms: a Date, epoch ms, or an ISO
 * 8601 text — with an offset (`Z`, `+07:00`) it is that instant; without one (a date
 * and time, or a date alone) it is read in Vietnam time, UTC+7 (`2026-06-20` is
 * 00:00 of 20 June, Vietnam time). A bad clock is the caller's mistake: TypeError.
 * @internal
 */
export function _nowMs(now: Date | string | number | undefined): number {
  if (now === undefined) return Date.now();
  let ms: number;
  if (typeof now === 'string') {
    const r = parseInstant(now);
    ms = r.ok ? r.epochMs : Number.NaN;
  } else ms = now instanceof Date ? now.getTime() : now;
  if (!Number.isFinite(ms)) throw new TypeError(`validateReport: invalid "now": ${String(now)}`);
  return ms;
}
