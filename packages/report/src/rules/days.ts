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
  // Date.UTC is exact within DATE_RANGE (its two-digit-year quirk lies outside it).
  return d > days ? null : Date.UTC(y, m - 1, d) / _DAY_MS;
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
