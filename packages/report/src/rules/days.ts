import { isCalendarDate } from '@dvcq/core';

const _DAY_MS = 86_400_000;
/** Việt Nam is UTC+7 all year (no daylight saving). */
const _VN_OFFSET_MS = 7 * 3_600_000;

/**
 * Số ngày — the day number of a calendar date: days since 1970-01-01 in the
 * proleptic Gregorian calendar (1970-01-01 → 0, 2021-11-05 → 18936).
 * @param date - `YYYY-MM-DD`
 * @returns the day number, or `null` when the text is not a real calendar date
 */
export function dayNumber(date: string): number | null {
  if (date.length !== 10 || !isCalendarDate(date)) return null;
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / _DAY_MS;
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
