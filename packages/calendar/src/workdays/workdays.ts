/**
 * Ngày làm việc — working days of Vietnamese public agencies: Monday–Friday (the 40-hour week
 * of Quyết định 188/1999/QĐ-TTg, weekly rest on Saturday and Sunday) minus holidays, days off
 * in lieu and swapped days off, plus announced working weekend days (làm bù).
 */
import type { Issue } from '@dvcq/core';
import { validateHolidays } from '../holidays/file';
import { _holidayYear, _resolveSchedules } from '../holidays/holidays';
import builtIn from '../holidays/announced.json';
import type { HolidayYear, HolidaysFile } from '../holidays/types';
import { _civilFromDays, _daysFromIso, _isoFromDays, _weekday, type IsoDate } from '../time/time';

/**
 * Lịch nghỉ có sẵn — the announced schedules shipped with this release, as a holidays file
 * (`dvcq-holidays/1`); also readable as `@dvcq/calendar/holidays.json`.
 */
export const BUILT_IN_HOLIDAYS: HolidaysFile = builtIn as HolidaysFile;

/** Tùy chọn lịch làm việc — options for {@link createWorkingCalendar}. */
export interface WorkingCalendarOptions {
  /**
   * Lịch nghỉ đã công bố bổ sung — holidays files (see `parseHolidays`) with schedules
   * announced after this release, or a local decision. For a year and occasion they list,
   * they replace the built-in entry (and later files replace earlier ones).
   */
  readonly announced?: HolidaysFile | readonly HolidaysFile[];
  /** Bỏ bảng có sẵn — ignore the built-in table (only computed days and `announced`). */
  readonly builtIn?: boolean;
}

/** Lịch làm việc — holidays and working days, memoised per instance (no shared state). */
export interface WorkingCalendar {
  /** Lịch nghỉ của năm — the holiday calendar of a year (2008–2199). */
  holidaysOf(year: number): HolidayYear;
  /** Có phải ngày làm việc — whether `date` is a working day. */
  isWorkingDay(date: IsoDate): boolean;
  /** @internal Day-number form of {@link WorkingCalendar.isWorkingDay}. */
  _isWorkingDayNumber(day: number): boolean;
  /** @internal Off-weekday and working-weekend day numbers of a year. */
  _yearSets(year: number): { readonly offWeekdays: readonly number[]; readonly workingWeekends: readonly number[] };
  /**
   * @internal Values computed with this calendar, keyed by the object they were computed from
   * (an obligation's instances): plans are data and are not changed in place, so a calendar
   * reused across calls does each computation once.
   */
  readonly _memo: WeakMap<object, unknown>;
}

/** Options accepted by the working-day functions: a calendar to reuse (else a fresh one). */
export interface WorkingDayOptions {
  readonly calendar?: WorkingCalendar;
}

/**
 * Tạo lịch làm việc — create a working calendar: the built-in announced table plus the
 * holidays files you pass (no global state: pass the calendar to each call that needs it).
 * Reuse one instance across many calls: it memoises each year's holidays and each
 * obligation's instances (an obligation object is not expected to change in place).
 * @param options - `announced` holidays files (checked: an invalid file is a programmer
 *   mistake here — check user files with `parseHolidays` first), `builtIn: false`
 * @returns a {@link WorkingCalendar}
 * @throws TypeError with code `calendar.invalid-holidays` when a file fails the check
 */
export function createWorkingCalendar(options?: WorkingCalendarOptions): WorkingCalendar {
  const given = options?.announced === undefined ? [] : Array.isArray(options.announced) ? options.announced : [options.announced as HolidaysFile];
  for (const f of given) {
    const r = validateHolidays(f, { lang: 'en' });
    if (!r.ok) {
      const first = r.issues.filter((i: Issue) => i.severity === 'error').slice(0, 3);
      const err = new TypeError(`calendar.invalid-holidays: ${first.map((i) => `${i.path || '/'} ${i.message}`).join('; ')} (check the file with parseHolidays first)`) as TypeError & { code: string };
      err.code = 'calendar.invalid-holidays';
      throw err;
    }
  }
  const schedules = _resolveSchedules([...(options?.builtIn === false ? [] : [BUILT_IN_HOLIDAYS]), ...given]);
  const years = new Map<number, HolidayYear>();
  const sets = new Map<number, { off: Set<number>; work: Set<number>; offWeekdays: number[]; workingWeekends: number[] }>();

  const holidaysOf = (year: number): HolidayYear => {
    let y = years.get(year);
    if (!y) {
      y = _holidayYear(year, schedules);
      years.set(year, y);
    }
    return y;
  };
  const setsOf = (year: number) => {
    let s = sets.get(year);
    if (!s) {
      const off = new Set<number>();
      const work = new Set<number>();
      for (const d of holidaysOf(year).days) {
        const n = _daysFromIso(d.date);
        if (d.kind === 'working-day') work.add(n);
        else off.add(n);
      }
      const isWeekend = (n: number) => _weekday(n) === 0 || _weekday(n) === 6;
      s = {
        off,
        work,
        offWeekdays: [...off].filter((n) => !isWeekend(n) && !work.has(n)),
        workingWeekends: [...work].filter((n) => isWeekend(n)),
      };
      sets.set(year, s);
    }
    return s;
  };
  const isWorkingDayNumber = (n: number): boolean => {
    const s = setsOf(_civilFromDays(n).y);
    if (s.work.has(n)) return true;
    if (s.off.has(n)) return false;
    const wd = _weekday(n);
    return wd !== 0 && wd !== 6;
  };
  return {
    holidaysOf,
    isWorkingDay: (date) => isWorkingDayNumber(_daysFromIso(date)),
    _isWorkingDayNumber: isWorkingDayNumber,
    _yearSets: (year) => setsOf(year),
    _memo: new WeakMap(),
  };
}

/**
 * Lịch nghỉ lễ của năm — the holiday calendar of a year: every holiday, day off in lieu,
 * swapped day off and working weekend day, each with its source (`announced`, `law`,
 * `estimated`) and the notice or law article it comes from.
 * @param year - 2008–2199
 * @param options - `calendar` to reuse
 * @returns `{ year, laws, days, announcements }`
 * @throws RangeError with code `calendar.year-out-of-range` outside 2008–2199
 */
export function holidaysOf(year: number, options?: WorkingDayOptions): HolidayYear {
  return (options?.calendar ?? createWorkingCalendar()).holidaysOf(year);
}

/**
 * Có phải ngày làm việc — whether a date is a working day for public agencies.
 * @param date - `YYYY-MM-DD`
 * @param options - `calendar` to reuse
 * @returns true on Monday–Friday that is not a holiday / day off, and on a working Saturday
 */
export function isWorkingDay(date: IsoDate, options?: WorkingDayOptions): boolean {
  return (options?.calendar ?? createWorkingCalendar()).isWorkingDay(date);
}

/** Monday–Friday count in day numbers [0-based reference Monday 1970-01-05, n). */
function _weekdaysBefore(n: number): number {
  const r = n - 4;
  const weeks = Math.floor(r / 7);
  return weeks * 5 + Math.min(r - weeks * 7, 5);
}

/**
 * Đếm ngày làm việc — count working days between two dates, both ends included.
 * @param from - `YYYY-MM-DD`
 * @param to - `YYYY-MM-DD`
 * @param options - `calendar` to reuse
 * @returns the number of working days in [from, to]; 0 when `from` is after `to`
 */
export function countWorkingDays(from: IsoDate, to: IsoDate, options?: WorkingDayOptions): number {
  const cal = options?.calendar ?? createWorkingCalendar();
  const a = _daysFromIso(from);
  const b = _daysFromIso(to);
  if (a > b) return 0;
  let count = _weekdaysBefore(b + 1) - _weekdaysBefore(a);
  for (let y = _civilFromDays(a).y; y <= _civilFromDays(b).y; y++) {
    const s = cal._yearSets(y);
    for (const n of s.offWeekdays) if (n >= a && n <= b) count--;
    for (const n of s.workingWeekends) if (n >= a && n <= b) count++;
  }
  return count;
}

/**
 * Cộng ngày làm việc — the date `n` working days after (or before, if negative) a date.
 * The start date itself is not counted: `addWorkingDays(friday, 1)` is the next working day.
 * @param date - `YYYY-MM-DD`
 * @param n - working days to add (integer; 0 returns `date` unchanged)
 * @param options - `calendar` to reuse
 * @returns `YYYY-MM-DD`, always a working day when `n ≠ 0`
 */
export function addWorkingDays(date: IsoDate, n: number, options?: WorkingDayOptions): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError('calendar.invalid-count: n must be an integer');
  const cal = options?.calendar ?? createWorkingCalendar();
  let d = _daysFromIso(date);
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  while (left > 0) {
    d += step;
    if (cal._isWorkingDayNumber(d)) left--;
  }
  return _isoFromDays(d);
}
