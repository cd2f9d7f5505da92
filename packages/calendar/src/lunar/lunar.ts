/**
 * Âm lịch Việt Nam — the Vietnamese lunisolar calendar, computed from astronomy at UTC+7.
 *
 * Rules (as stated by Hồ Ngọc Đức, "Thuật toán tính âm lịch", and used by Vietnamese
 * almanacs since the 1967/1968 switch to UTC+7):
 * - a month starts on the local day (UTC+7) that contains the astronomical new moon;
 * - the month containing the December solstice (sun at 270°) is month 11;
 * - a year from one month 11 to the next with 13 months gets a leap month: the first month
 *   after month 11 that contains no major solar term (trung khí, a multiple of 30° of solar
 *   longitude) repeats the number of the month before it.
 *
 * Astronomy: mean new moon plus the main periodic terms (Meeus, "Astronomical Algorithms",
 * ch. 49, as simplified by Hồ Ngọc Đức) and the sun's apparent longitude from the equation
 * of centre (Meeus ch. 25, low precision). Accurate enough for 1800–2199, the range
 * Hồ Ngọc Đức states; we reject dates outside it.
 *
 * Why not `Intl` with `ca-chinese`: ICU computes the Chinese calendar for UTC+8, and
 * Vietnamese dates differ in some years (Tết 1985, 2007). The `timeZone` option exists so
 * tests can reproduce the Chinese (UTC+8) results for comparison.
 */
import { _daysFromIso, _isoFromDays, _inputError, type IsoDate } from '../time/time';

/** Ngày âm lịch — a date in the Vietnamese lunar calendar. */
export interface LunarDate {
  /** Năm âm lịch — the lunar year (named by the Gregorian year in which it mostly falls). */
  readonly year: number;
  /** Tháng âm lịch 1–12 (tháng Giêng = 1, tháng Chạp = 12). */
  readonly month: number;
  /** Ngày 1–30. */
  readonly day: number;
  /** Tháng nhuận — true in a leap month. */
  readonly leap: boolean;
}

/** Tùy chọn âm lịch — options: the time zone in hours east of UTC (default 7, Việt Nam). */
export interface LunarOptions {
  readonly timeZone?: number;
}

/** Khoảng năm hỗ trợ — Gregorian years the lunar computation accepts. */
export const LUNAR_YEAR_RANGE = { from: 1800, to: 2199 } as const;

const SYNODIC_MONTH = 29.530588853;
/** JDE of the new moon k = 0 (1900-01-01 13:52 UT, Meeus' epoch used by Hồ Ngọc Đức). */
const NEW_MOON_EPOCH = 2415021.076998695;
/** Julian Day Number of 1970-01-01 (our day number 0). */
const JDN_UNIX_EPOCH = 2440588;
const DR = Math.PI / 180;

/** Julian Ephemeris Day of the k-th new moon after 1900-01-01, in UT (ΔT removed). */
function _newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DR);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // sun's mean anomaly
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // moon's mean anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // moon's argument of latitude
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * DR) + 0.0021 * Math.sin(2 * DR * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * DR) + 0.0161 * Math.sin(DR * 2 * Mpr);
  c1 = c1 - 0.0004 * Math.sin(DR * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(DR * 2 * F) - 0.0051 * Math.sin(DR * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(DR * (M - Mpr)) + 0.0004 * Math.sin(DR * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(DR * (2 * F - M)) - 0.0006 * Math.sin(DR * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(DR * (2 * F - Mpr)) + 0.0005 * Math.sin(DR * (2 * Mpr + M));
  // ΔT (TT − UT) in days, polynomial fits for before/after 1900 (T in Julian centuries).
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/** Apparent solar longitude (radians, 0 ≤ L < 2π) at Julian Day `jd` (UT). */
function _sunLongitude(jd: number): number {
  const T = (jd - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2; // mean anomaly
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2; // mean longitude
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DR * M);
  DL += (0.019993 - 0.000101 * T) * Math.sin(DR * 2 * M) + 0.00029 * Math.sin(DR * 3 * M);
  let L = (L0 + DL) * DR;
  L -= Math.PI * 2 * Math.floor(L / (Math.PI * 2));
  return L;
}

/** Julian Day Number of the local day (at `tz`) containing the k-th new moon. */
function _newMoonDay(k: number, tz: number): number {
  return Math.floor(_newMoon(k) + 0.5 + tz / 24);
}

/** Sector 0–11 (30° each) of the sun's longitude at local midnight starting day `jdn`. */
function _sunSector(jdn: number, tz: number): number {
  return Math.floor((_sunLongitude(jdn - 0.5 - tz / 24) / Math.PI) * 6);
}

/** JDN of the first day of lunar month 11 of Gregorian year `yy` (the solstice month). */
function _month11(yy: number, tz: number): number {
  const off = _jdnFromIso(`${String(yy).padStart(4, '0')}-12-31`) - 2415021;
  const k = Math.floor(off / SYNODIC_MONTH);
  let nm = _newMoonDay(k, tz);
  // Already past 270° at the start of this month → the solstice fell in the previous month.
  if (_sunSector(nm, tz) >= 9) nm = _newMoonDay(k - 1, tz);
  return nm;
}

/** Index (1-based, counted from month 11) of the leap month in a 13-month year starting at a11. */
function _leapMonthOffset(a11: number, tz: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = _sunSector(_newMoonDay(k + i, tz), tz);
  let last: number;
  do {
    last = arc;
    i++;
    arc = _sunSector(_newMoonDay(k + i, tz), tz);
  } while (arc !== last && i < 14);
  return i - 1;
}

function _jdnFromIso(date: IsoDate): number {
  return _daysFromIso(date) + JDN_UNIX_EPOCH;
}

function _tz(options: LunarOptions | undefined): number {
  const tz = options?.timeZone ?? 7;
  if (!Number.isFinite(tz) || tz < -12 || tz > 14) throw new RangeError('calendar.invalid-time-zone');
  return tz;
}

function _checkYear(y: number): void {
  if (!Number.isInteger(y) || y < LUNAR_YEAR_RANGE.from || y > LUNAR_YEAR_RANGE.to) {
    throw _inputError({
      ok: false,
      code: 'calendar.year-out-of-range',
      message: {
        vi: `Năm ${y} nằm ngoài khoảng tính âm lịch ${LUNAR_YEAR_RANGE.from}–${LUNAR_YEAR_RANGE.to}`,
        en: `Year ${y} is outside the lunar range ${LUNAR_YEAR_RANGE.from}–${LUNAR_YEAR_RANGE.to}`,
      },
    });
  }
}

/**
 * Đổi dương lịch sang âm lịch — convert a Gregorian date to the Vietnamese lunar calendar.
 * @param date - `YYYY-MM-DD` (1800-01-31 … 2199-12-31)
 * @param options - `timeZone` in hours east of UTC; default 7 (Việt Nam). 8 gives the Chinese calendar.
 * @returns the lunar date `{ year, month, day, leap }`
 * @throws RangeError with code `calendar.invalid-date` or `calendar.year-out-of-range` (programmer mistakes)
 */
export function solarToLunar(date: IsoDate, options?: LunarOptions): LunarDate {
  const tz = _tz(options);
  const dayNumber = _jdnFromIso(date);
  const yy = Number(date.slice(0, 4));
  _checkYear(yy);
  // The k estimate from the mean month can be one off near a new moon that falls close to
  // local midnight (e.g. 2054-05-07): step until [monthStart, nextStart) contains the day.
  let k = Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  while (_newMoonDay(k, tz) > dayNumber) k--;
  while (_newMoonDay(k + 1, tz) <= dayNumber) k++;
  const monthStart = _newMoonDay(k, tz);
  let a11 = _month11(yy, tz);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = yy;
    a11 = _month11(yy - 1, tz);
  } else {
    lunarYear = yy + 1;
    b11 = _month11(yy + 1, tz);
  }
  const day = dayNumber - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = _leapMonthOffset(a11, tz);
    if (diff >= leapDiff) {
      month = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { year: lunarYear, month, day, leap };
}

/**
 * Đổi âm lịch sang dương lịch — convert a Vietnamese lunar date to the Gregorian calendar.
 * @param lunar - `{ year, month, day, leap }`
 * @param options - `timeZone` in hours east of UTC; default 7 (Việt Nam)
 * @returns `YYYY-MM-DD`, or `undefined` when the lunar date does not exist (a leap month that
 *   year does not have, day 30 of a 29-day month, out-of-range numbers)
 */
export function lunarToSolar(lunar: LunarDate, options?: LunarOptions): IsoDate | undefined {
  const tz = _tz(options);
  const { year, month, day, leap } = lunar;
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1 || day > 30) {
    return undefined;
  }
  if (!Number.isInteger(year) || year < LUNAR_YEAR_RANGE.from || year > LUNAR_YEAR_RANGE.to) return undefined;
  let a11: number;
  let b11: number;
  if (month < 11) {
    a11 = _month11(year - 1, tz);
    b11 = _month11(year, tz);
  } else {
    a11 = _month11(year, tz);
    b11 = _month11(year + 1, tz);
  }
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = _leapMonthOffset(a11, tz);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return undefined;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return undefined;
  }
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  const monthStart = _newMoonDay(k + off, tz);
  const nextStart = _newMoonDay(k + off + 1, tz);
  if (day > nextStart - monthStart) return undefined;
  return _isoFromDays(monthStart + day - 1 - JDN_UNIX_EPOCH);
}

/**
 * Ngày Tết Nguyên đán — the Gregorian date of mùng 1 tháng Giêng of a lunar year.
 * @param year - the lunar year, e.g. 2021 (Tân Sửu) → `2021-02-12`
 * @param options - `timeZone` (default 7)
 * @returns `YYYY-MM-DD`
 */
export function tetOf(year: number, options?: LunarOptions): IsoDate {
  _checkYear(year);
  const d = lunarToSolar({ year, month: 1, day: 1, leap: false }, options);
  // Month 1 day 1 always exists; undefined here would be a bug in this module.
  if (d === undefined) throw new Error(`calendar.internal: no Tết for ${year}`);
  return d;
}

/**
 * Tháng nhuận của năm âm lịch — the leap month of a lunar year, if any.
 * @param year - the lunar year
 * @param options - `timeZone` (default 7)
 * @returns the number (1–12) of the month that is repeated, or `undefined` in a 12-month year
 */
export function leapMonthOf(year: number, options?: LunarOptions): number | undefined {
  _checkYear(year);
  for (let m = 1; m <= 12; m++) {
    if (lunarToSolar({ year, month: m, day: 1, leap: true }, options) !== undefined) return m;
  }
  return undefined;
}
