/**
 * Ngày nghỉ lễ, Tết — Vietnamese public holidays for public servants (Monday–Friday week).
 *
 * Rules by the Labour Code in force on the day:
 * - Bộ luật Lao động 1994, Điều 73 (as amended by the 2007 law adding Giỗ Tổ Hùng Vương),
 *   until 30/4/2013: 1/1; Tết 4 days; 10/3 âm lịch; 30/4; 1/5; 2/9.
 * - Bộ luật Lao động 2012 (10/2012/QH13), Điều 115, 1/5/2013 – 31/12/2020: as above but
 *   Tết 5 days.
 * - Bộ luật Lao động 2019 (45/2019/QH14), Điều 112, from 1/1/2021: Tết 5 days and Quốc
 *   khánh 2 days (2/9 plus one adjacent day, 1/9 or 3/9).
 * A holiday that falls on the weekly rest day gives a day off in lieu on the next working day
 * (Điều 111 khoản 3 BLLĐ 2019; Điều 115 khoản 3 BLLĐ 2012; Điều 73 khoản 2 BLLĐ 1994).
 *
 * The exact Tết days and the adjacent 2/9 day are chosen each year by the Prime Minister, so a
 * computed year is an estimate: Tết = the last day of the lunar year + mùng 1–4 (mùng 1–3 under
 * the 1994 code), which is the "1 ngày cuối năm và 4 ngày đầu năm" practice; the 2/9 companion
 * is the day that joins a weekend (see {@link _nationalDayCompanion}). Announced schedules
 * (see `announced.ts`) replace the estimate occasion by occasion.
 */
import type { LocalizedText } from '../_model';
import { tetOf, lunarToSolar } from '../lunar/lunar';
import { _daysFromCivil, _daysFromIso, _inputError, _isoFromDays, _weekday, formatDateVi } from '../time/time';
import { ANNOUNCED_SCHEDULES } from './announced';
import type { AnnouncedSchedule, HolidayDay, HolidayOccasion, HolidayYear, LaborCodeRef } from './types';

/** Khoảng năm có lịch nghỉ — years for which holidays can be computed. */
export const HOLIDAY_YEAR_RANGE = { from: 2008, to: 2199 } as const;

/** Các Bộ luật Lao động — the Labour Codes whose holiday articles this module applies. */
export const LABOR_CODES: readonly LaborCodeRef[] = [
  {
    id: 'bll-1994',
    citation: {
      vi: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung năm 2007), Điều 73',
      en: 'Labour Code 1994 (as amended in 2007), Article 73',
    },
    from: '2007-04-02',
    to: '2013-04-30',
  },
  {
    id: 'bll-2012',
    citation: { vi: 'Bộ luật Lao động 2012 (10/2012/QH13), Điều 115', en: 'Labour Code 2012 (10/2012/QH13), Article 115' },
    from: '2013-05-01',
    to: '2020-12-31',
  },
  {
    id: 'bll-2019',
    citation: { vi: 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112', en: 'Labour Code 2019 (45/2019/QH14), Article 112' },
    from: '2021-01-01',
  },
];

interface _Day extends HolidayDay {
  readonly occasion: HolidayOccasion;
}

const NAMES = {
  newYear: { vi: 'Tết Dương lịch', en: 'New Year’s Day' },
  tet: { vi: 'Tết Nguyên đán', en: 'Lunar New Year (Tết)' },
  hungKings: { vi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', en: 'Hùng Kings’ Commemoration (10th day of the 3rd lunar month)' },
  reunification: { vi: 'Ngày Chiến thắng (30/4)', en: 'Reunification Day (30 April)' },
  labour: { vi: 'Ngày Quốc tế Lao động (1/5)', en: 'International Labour Day (1 May)' },
  national: { vi: 'Quốc khánh', en: 'National Day' },
} as const satisfies Record<string, LocalizedText>;

/** @internal The Labour Code governing a day number. */
export function _lawOf(day: number): LaborCodeRef {
  for (let i = LABOR_CODES.length - 1; i >= 0; i--) {
    const law = LABOR_CODES[i]!;
    if (day >= _daysFromIso(law.from)) return law;
  }
  return LABOR_CODES[0]!;
}

/**
 * @internal The day that joins 2/9 under BLLĐ 2019 (1/9 or 3/9), chosen to touch a weekend as
 * announced in 2021–2025: Mon → 3/9, Tue → 1/9, Thu → 3/9, Fri → 1/9, Sat → 1/9, Sun → 3/9.
 * On a Wednesday neither joins a weekend; 3/9 is our guess.
 */
export function _nationalDayCompanion(year: number): number {
  const d2 = _daysFromCivil(year, 9, 2);
  const wd = _weekday(d2);
  return wd === 2 || wd === 5 || wd === 6 ? d2 - 1 : d2 + 1;
}

function _checkHolidayYear(year: number): void {
  if (!Number.isInteger(year) || year < HOLIDAY_YEAR_RANGE.from || year > HOLIDAY_YEAR_RANGE.to) {
    throw _inputError({
      ok: false,
      code: 'calendar/year-out-of-range',
      message: {
        vi: `Chỉ tính ngày nghỉ cho các năm ${HOLIDAY_YEAR_RANGE.from}–${HOLIDAY_YEAR_RANGE.to} (năm ${year})`,
        en: `Holidays are available for ${HOLIDAY_YEAR_RANGE.from}–${HOLIDAY_YEAR_RANGE.to} only (got ${year})`,
      },
    });
  }
}

/** @internal Holidays of a year computed from the Labour Code (every day `estimated`). */
export function _estimatedHolidays(year: number): _Day[] {
  const fixed: { day: number; name: LocalizedText; occasion: HolidayOccasion }[] = [];
  const add = (day: number, name: LocalizedText, occasion: HolidayOccasion) => fixed.push({ day, name, occasion });

  add(_daysFromCivil(year, 1, 1), NAMES.newYear, 'new-year');
  const tet = _daysFromIso(tetOf(year));
  const tetDays = _lawOf(tet).id === 'bll-1994' ? 4 : 5;
  for (let i = -1; i < tetDays - 1; i++) add(tet + i, NAMES.tet, 'tet');
  const hung = lunarToSolar({ year, month: 3, day: 10, leap: false });
  if (hung !== undefined) add(_daysFromIso(hung), NAMES.hungKings, 'hung-kings');
  add(_daysFromCivil(year, 4, 30), NAMES.reunification, 'reunification-labour');
  add(_daysFromCivil(year, 5, 1), NAMES.labour, 'reunification-labour');
  const national = _daysFromCivil(year, 9, 2);
  add(national, NAMES.national, 'national-day');
  if (_lawOf(national).id === 'bll-2019') add(_nationalDayCompanion(year), NAMES.national, 'national-day');
  fixed.sort((a, b) => a.day - b.day);

  const off = new Set(fixed.map((f) => f.day));
  const out: _Day[] = fixed.map((f) => ({ date: _isoFromDays(f.day), name: f.name, kind: 'holiday', source: 'estimated', occasion: f.occasion }));
  for (const f of fixed) {
    const wd = _weekday(f.day);
    if (wd !== 0 && wd !== 6) continue;
    let d = f.day + 1;
    while (off.has(d) || _weekday(d) === 0 || _weekday(d) === 6) d++;
    off.add(d);
    out.push({
      date: _isoFromDays(d),
      name: { vi: `Nghỉ bù ${f.name.vi} (${formatDateVi(_isoFromDays(f.day))} rơi vào ngày nghỉ hằng tuần)`, en: `Day off in lieu of ${f.name.en} (${_isoFromDays(f.day)} fell on a weekend)` },
      kind: 'in-lieu',
      source: 'estimated',
      occasion: f.occasion,
    });
  }
  return out;
}

/**
 * @internal Holidays of a year: estimated days, with each occasion that an announcement covers
 * replaced by the announced days.
 */
export function _holidayYear(year: number, schedules: readonly AnnouncedSchedule[]): HolidayYear {
  _checkHolidayYear(year);
  const announced = schedules.filter((s) => s.year === year);
  const covered = new Set(announced.map((s) => s.occasion));
  const days: (HolidayDay & { occasion: HolidayOccasion })[] = _estimatedHolidays(year).filter((d) => !covered.has(d.occasion));
  for (const s of announced) for (const d of s.days) days.push({ ...d, source: 'announced', occasion: s.occasion });
  days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const laws = LABOR_CODES.filter((l) => {
    const from = Number(l.from.slice(0, 4));
    const to = l.to === undefined ? Infinity : Number(l.to.slice(0, 4));
    return from <= year && year <= to;
  });
  return {
    year,
    laws,
    days: days.map(({ date, name, kind, source }) => ({ date, name, kind, source })),
    announcements: announced.map((s) => ({ occasion: s.occasion, document: s.document })),
  };
}

/** @internal The built-in table, re-exported for the working calendar. */
export const _BUILT_IN_SCHEDULES = ANNOUNCED_SCHEDULES;
