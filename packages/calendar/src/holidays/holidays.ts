/**
 * Ngày nghỉ lễ, Tết — Vietnamese public holidays for public servants (Monday–Friday week).
 *
 * Rules by the Labour Code in force on the day (docs/domain.md#holidays):
 * - Bộ luật Lao động 1994, Điều 73 (as amended in 2007, adding Giỗ Tổ Hùng Vương), until
 *   30/4/2013: 1/1; Tết 4 days; 10/3 âm lịch; 30/4; 1/5; 2/9.
 * - Bộ luật Lao động 2012 (10/2012/QH13), Điều 115, 1/5/2013 – 31/12/2020: as above but
 *   Tết 5 days.
 * - Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1, from 1/1/2021: Tết 5 days and
 *   Quốc khánh 2 days (2/9 and one day before or after); khoản 3: the Prime Minister fixes
 *   the Tết days and the second Quốc khánh day each year.
 * A holiday that falls on the weekly rest day gives a day off in lieu on the next working day:
 * Điều 111 khoản 3 BLLĐ 2019 ("nếu ngày nghỉ hằng tuần trùng với ngày nghỉ lễ, tết … thì người
 * lao động được nghỉ bù ngày nghỉ hằng tuần vào ngày làm việc kế tiếp"); Điều 115 khoản 3
 * BLLĐ 2012; Điều 73 BLLĐ 1994.
 *
 * Days fixed by the code itself are `law`; the Tết days and the second Quốc khánh day, when no
 * notice is known, are `estimated`: Tết = the last day of the lunar year + mùng 1–4 (mùng 1–3
 * under the 1994 code), the 2/9 companion the day that joins a weekend
 * ({@link _nationalDayCompanion}). Announced schedules (the built-in `announced.json` and any
 * file a deployment passes) replace the computed days occasion by occasion.
 */
import type { LocalizedText } from '../_model';
import { lunarToSolar, tetOf } from '../lunar/lunar';
import { _daysFromCivil, _daysFromIso, _inputError, _isoFromDays, _weekday, formatDateVi } from '../time/time';
import type { AnnouncedSchedule, HolidayBasis, HolidayDay, HolidayKind, HolidayNotice, HolidayOccasion, HolidayYear, HolidaysFile, LaborCodeRef } from './types';

/** Khoảng năm có lịch nghỉ — years for which holidays can be computed. */
export const HOLIDAY_YEAR_RANGE = { from: 2008, to: 2199 } as const;

const QUOC_HOI = { vi: 'Quốc hội', en: 'National Assembly' } as const;

interface _Code extends LaborCodeRef {
  readonly basis: Omit<HolidayBasis, 'provision'>;
  /** The article listing the holidays, and the one giving a day in lieu. */
  readonly holidays: LocalizedText;
  readonly inLieu: LocalizedText;
  /** Where the code says the yearly Tết / Quốc khánh days are chosen (BLLĐ 2019 only). */
  readonly chosen: LocalizedText;
}

const _CODES: readonly _Code[] = [
  {
    id: 'bll-1994',
    citation: { vi: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung năm 2007), Điều 73', en: 'Labour Code 1994 (as amended in 2007), Article 73' },
    from: '2007-04-02',
    to: '2013-04-30',
    basis: {
      citation: { vi: 'Bộ luật Lao động ngày 23/6/1994 (sửa đổi, bổ sung năm 2007)', en: 'Labour Code of 23 June 1994 (as amended in 2007)' },
      date: '1994-06-23',
      issuer: QUOC_HOI,
    },
    holidays: { vi: 'Điều 73', en: 'Article 73' },
    inLieu: { vi: 'Điều 73', en: 'Article 73' },
    chosen: { vi: 'Điều 73 (ngày nghỉ Tết cụ thể được công bố hằng năm; đây là ước tính)', en: 'Article 73 (the Tết days are announced each year; this is an estimate)' },
  },
  {
    id: 'bll-2012',
    citation: { vi: 'Bộ luật Lao động 2012 (10/2012/QH13), Điều 115', en: 'Labour Code 2012 (10/2012/QH13), Article 115' },
    from: '2013-05-01',
    to: '2020-12-31',
    basis: {
      citation: { vi: 'Bộ luật Lao động 10/2012/QH13 ngày 18/6/2012 của Quốc hội', en: 'Labour Code 10/2012/QH13 of 18 June 2012 (National Assembly)' },
      number: '10/2012/QH13',
      date: '2012-06-18',
      issuer: QUOC_HOI,
    },
    holidays: { vi: 'Điều 115 khoản 1', en: 'Article 115(1)' },
    inLieu: { vi: 'Điều 115 khoản 3', en: 'Article 115(3)' },
    chosen: { vi: 'Điều 115 khoản 1 (ngày nghỉ cụ thể được công bố hằng năm; đây là ước tính)', en: 'Article 115(1) (the days are announced each year; this is an estimate)' },
  },
  {
    id: 'bll-2019',
    citation: { vi: 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112', en: 'Labour Code 2019 (45/2019/QH14), Article 112' },
    from: '2021-01-01',
    basis: {
      citation: { vi: 'Bộ luật Lao động 45/2019/QH14 ngày 20/11/2019 của Quốc hội', en: 'Labour Code 45/2019/QH14 of 20 November 2019 (National Assembly)' },
      number: '45/2019/QH14',
      date: '2019-11-20',
      issuer: QUOC_HOI,
    },
    holidays: { vi: 'Điều 112 khoản 1', en: 'Article 112(1)' },
    inLieu: { vi: 'Điều 111 khoản 3', en: 'Article 111(3)' },
    chosen: {
      vi: 'Điều 112 khoản 1 và 3 (Thủ tướng quyết định cụ thể ngày nghỉ Tết Âm lịch và Quốc khánh hằng năm; chưa có thông báo, đây là ước tính)',
      en: 'Article 112(1) and (3) (the Prime Minister fixes the Tết and National Day days each year; no notice known, this is an estimate)',
    },
  },
];

/** Các Bộ luật Lao động — the Labour Codes whose holiday articles this module applies. */
export const LABOR_CODES: readonly LaborCodeRef[] = _CODES.map(({ id, citation, from, to }) => ({ id, citation, from, ...(to ? { to } : {}) }));

const NAMES = {
  newYear: { vi: 'Tết Dương lịch', en: 'New Year’s Day' },
  tet: { vi: 'Tết Nguyên đán', en: 'Lunar New Year (Tết)' },
  hungKings: { vi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', en: 'Hùng Kings’ Commemoration (10th day of the 3rd lunar month)' },
  reunification: { vi: 'Ngày Chiến thắng (30/4)', en: 'Reunification Day (30 April)' },
  labour: { vi: 'Ngày Quốc tế Lao động (1/5)', en: 'International Labour Day (1 May)' },
  national: { vi: 'Quốc khánh', en: 'National Day' },
} as const satisfies Record<string, LocalizedText>;

const OCCASION_NAMES: Readonly<Record<HolidayOccasion, LocalizedText>> = {
  'new-year': NAMES.newYear,
  tet: NAMES.tet,
  'hung-kings': NAMES.hungKings,
  'reunification-labour': { vi: 'Ngày Chiến thắng và Ngày Quốc tế Lao động', en: 'Reunification Day and Labour Day' },
  'national-day': NAMES.national,
};

/** @internal The Labour Code governing a day number. */
function _codeOf(day: number): _Code {
  for (let i = _CODES.length - 1; i >= 0; i--) {
    const law = _CODES[i]!;
    if (day >= _daysFromIso(law.from)) return law;
  }
  return _CODES[0]!;
}

/** @internal The Labour Code governing a day number (public shape). */
export function _lawOf(day: number): LaborCodeRef {
  return LABOR_CODES.find((l) => l.id === _codeOf(day).id)!;
}

/**
 * @internal The day that joins 2/9 under BLLĐ 2019 (1/9 or 3/9), chosen to touch a weekend as
 * announced in 2021–2025: Mon → 3/9, Tue → 1/9, Thu → 3/9, Fri → 1/9, Sat → 1/9, Sun → 3/9.
 * On a Wednesday neither joins a weekend; 2026 (a Wednesday) was announced with 1/9 (plus a
 * swap of Monday 31/8), so 1/9 is the estimate.
 */
export function _nationalDayCompanion(year: number): number {
  const d2 = _daysFromCivil(year, 9, 2);
  const wd = _weekday(d2);
  return wd === 2 || wd === 3 || wd === 5 || wd === 6 ? d2 - 1 : d2 + 1;
}

function _checkHolidayYear(year: number): void {
  if (!Number.isInteger(year) || year < HOLIDAY_YEAR_RANGE.from || year > HOLIDAY_YEAR_RANGE.to) {
    throw _inputError({
      ok: false,
      code: 'calendar.year-out-of-range',
      message: {
        vi: `Chỉ tính ngày nghỉ cho các năm ${HOLIDAY_YEAR_RANGE.from}–${HOLIDAY_YEAR_RANGE.to} (năm ${year})`,
        en: `Holidays are available for ${HOLIDAY_YEAR_RANGE.from}–${HOLIDAY_YEAR_RANGE.to} only (got ${year})`,
      },
    });
  }
}

const _isWeekend = (n: number) => _weekday(n) === 0 || _weekday(n) === 6;

/** @internal Holidays of a year computed from the Labour Code: `law` days and `estimated` ones. */
export function _computedHolidays(year: number): HolidayDay[] {
  interface Fixed {
    day: number;
    name: LocalizedText;
    occasion: HolidayOccasion;
    estimated: boolean;
  }
  const fixed: Fixed[] = [];
  const add = (day: number, name: LocalizedText, occasion: HolidayOccasion, estimated = false) => fixed.push({ day, name, occasion, estimated });

  add(_daysFromCivil(year, 1, 1), NAMES.newYear, 'new-year');
  const tet = _daysFromIso(tetOf(year));
  const tetDays = _codeOf(tet).id === 'bll-1994' ? 4 : 5;
  for (let i = -1; i < tetDays - 1; i++) add(tet + i, NAMES.tet, 'tet', true);
  const hung = lunarToSolar({ year, month: 3, day: 10, leap: false });
  if (hung !== undefined) add(_daysFromIso(hung), NAMES.hungKings, 'hung-kings');
  add(_daysFromCivil(year, 4, 30), NAMES.reunification, 'reunification-labour');
  add(_daysFromCivil(year, 5, 1), NAMES.labour, 'reunification-labour');
  const national = _daysFromCivil(year, 9, 2);
  add(national, NAMES.national, 'national-day');
  if (_codeOf(national).id === 'bll-2019') add(_nationalDayCompanion(year), NAMES.national, 'national-day', true);
  fixed.sort((a, b) => a.day - b.day);

  const basis = (f: Fixed, provision: LocalizedText): HolidayBasis => ({ ..._codeOf(f.day).basis, provision });
  const off = new Set(fixed.map((f) => f.day));
  const out: HolidayDay[] = fixed.map((f) => ({
    date: _isoFromDays(f.day),
    name: f.name,
    kind: 'holiday',
    source: f.estimated ? 'estimated' : 'law',
    occasion: f.occasion,
    notice: basis(f, f.estimated ? _codeOf(f.day).chosen : _codeOf(f.day).holidays),
  }));
  for (const f of fixed) {
    if (!_isWeekend(f.day)) continue;
    let d = f.day + 1;
    while (off.has(d) || _isWeekend(d)) d++;
    off.add(d);
    out.push({
      date: _isoFromDays(d),
      name: { vi: `Nghỉ bù ${f.name.vi} (${formatDateVi(_isoFromDays(f.day))} rơi vào ngày nghỉ hằng tuần)`, en: `Day off in lieu of ${f.name.en} (${_isoFromDays(f.day)} fell on a weekend)` },
      kind: 'in-lieu',
      source: f.estimated ? 'estimated' : 'law',
      occasion: f.occasion,
      notice: basis(f, f.estimated ? _codeOf(f.day).chosen : _codeOf(f.day).inLieu),
    });
  }
  return out;
}

/** @internal The citation of a notice in words. */
export function _noticeBasis(n: HolidayNotice): HolidayBasis {
  const subjectVi = n.subject ? ` về ${n.subject.vi}` : '';
  const subjectEn = n.subject ? ` (${n.subject.en})` : '';
  return {
    citation: {
      vi: `${n.type.vi} ${n.number} ngày ${formatDateVi(n.date)} của ${n.issuer.vi}${subjectVi}`,
      en: `${n.issuer.en} ${n.type.en.toLowerCase()} ${n.number} of ${n.date}${subjectEn}`,
    },
    number: n.number,
    date: n.date,
    issuer: n.issuer,
    ...(n.url !== undefined ? { url: n.url } : {}),
  };
}

function _defaultName(s: AnnouncedSchedule, kind: HolidayKind, date: string): LocalizedText {
  const occasion = OCCASION_NAMES[s.occasion];
  const other = (k: HolidayKind) => s.days.filter((d) => d.kind === k).map((d) => d.date);
  const list = (dates: string[], sep: string) => dates.map((d) => formatDateVi(d)).join(sep);
  switch (kind) {
    case 'holiday':
      if (s.occasion === 'reunification-labour') return date.slice(5) === '05-01' ? NAMES.labour : NAMES.reunification;
      return occasion;
    case 'in-lieu':
      return { vi: `Nghỉ bù ${occasion.vi}`, en: `Day off in lieu (${occasion.en})` };
    case 'swapped-off': {
      const w = other('working-day');
      return w.length
        ? { vi: `Nghỉ hoán đổi dịp ${occasion.vi} (làm bù ngày ${list(w, ', ')})`, en: `Day off by swap, ${occasion.en} (worked on ${w.join(', ')})` }
        : { vi: `Nghỉ hoán đổi dịp ${occasion.vi}`, en: `Day off by swap, ${occasion.en}` };
    }
    case 'working-day': {
      const o = other('swapped-off');
      return o.length
        ? { vi: `Làm bù cho ngày nghỉ ${list(o, ', ')} (dịp ${occasion.vi})`, en: `Working day in exchange for ${o.join(', ')} (${occasion.en})` }
        : { vi: `Ngày làm bù (dịp ${occasion.vi})`, en: `Working day in exchange (${occasion.en})` };
    }
  }
}

/** @internal An announced schedule with its notice resolved, ready to merge. */
export interface _ResolvedSchedule {
  readonly year: number;
  readonly occasion: HolidayOccasion;
  readonly notice: HolidayBasis;
  readonly days: readonly { readonly date: string; readonly kind: HolidayKind; readonly name: LocalizedText }[];
}

/**
 * @internal Resolve the schedules of holidays files: later files replace earlier ones for the
 * same year and occasion (the built-in table comes first).
 */
export function _resolveSchedules(files: readonly HolidaysFile[]): Map<string, _ResolvedSchedule> {
  const out = new Map<string, _ResolvedSchedule>();
  for (const f of files) {
    for (const s of f.schedules) {
      const n = Object.prototype.hasOwnProperty.call(f.notices, s.notice) ? f.notices[s.notice] : undefined;
      if (!n) continue; // validateHolidays rejects this; never reached with a validated file
      out.set(`${s.year}:${s.occasion}`, {
        year: s.year,
        occasion: s.occasion,
        notice: _noticeBasis(n),
        days: s.days.map((d) => ({ date: d.date, kind: d.kind, name: d.name ?? _defaultName(s, d.kind, d.date) })),
      });
    }
  }
  return out;
}

const _SOURCE_RANK = { announced: 0, law: 1, estimated: 2 } as const;

/**
 * @internal Holidays of a year: computed days, with each occasion that an announcement covers
 * replaced by the announced days (an announcement of a neighbouring year may add days to this
 * one, e.g. a working Saturday in late December for a New Year swap).
 */
export function _holidayYear(year: number, schedules: ReadonlyMap<string, _ResolvedSchedule>): HolidayYear {
  _checkHolidayYear(year);
  const own = [...schedules.values()].filter((s) => s.year === year);
  const covered = new Set(own.map((s) => s.occasion));
  const byDate = new Map<string, HolidayDay>();
  const put = (d: HolidayDay) => {
    const prev = byDate.get(d.date);
    if (!prev || _SOURCE_RANK[d.source] < _SOURCE_RANK[prev.source]) byDate.set(d.date, d);
  };
  for (const d of _computedHolidays(year)) if (!covered.has(d.occasion)) put(d);
  const used: HolidayYear['announcements'][number][] = [];
  for (const s of schedules.values()) {
    if (s.year < year - 1 || s.year > year + 1) continue;
    let touched = false;
    for (const d of s.days) {
      if (Number(d.date.slice(0, 4)) !== year) continue;
      touched = true;
      put({ date: d.date, name: d.name, kind: d.kind, source: 'announced', occasion: s.occasion, notice: s.notice });
    }
    if (touched || s.year === year) used.push({ occasion: s.occasion, document: s.notice.citation, notice: s.notice });
  }
  const days = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const laws = LABOR_CODES.filter((l) => {
    const from = Number(l.from.slice(0, 4));
    const to = l.to === undefined ? Infinity : Number(l.to.slice(0, 4));
    return from <= year && year <= to;
  });
  return { year, laws, days, announcements: used };
}
