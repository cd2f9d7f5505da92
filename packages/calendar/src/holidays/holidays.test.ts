import { describe, expect, it } from 'vitest';
import { BUILT_IN_HOLIDAYS, createWorkingCalendar, holidaysOf, isWorkingDay } from '../workdays/workdays';
import { validateHolidays } from './file';
import { _computedHolidays, _nationalDayCompanion, HOLIDAY_YEAR_RANGE } from './holidays';
import type { HolidaysFile } from './types';

const brief = (year: number) => holidaysOf(year).days.map((d) => `${d.date} ${d.kind} ${d.source}`);

describe('holidaysOf', () => {
  it('2021: Tết and Quốc khánh per Thông báo 4875/TB-LĐTBXH, the rest by the Labour Code', () => {
    const y = holidaysOf(2021);
    expect(y.laws.map((l) => l.id)).toEqual(['bll-2019']);
    expect(brief(2021)).toEqual([
      '2021-01-01 holiday law',
      '2021-02-10 holiday announced', '2021-02-11 holiday announced', '2021-02-12 holiday announced',
      '2021-02-13 holiday announced', '2021-02-14 holiday announced',
      // mùng 2–3 Tết fell on Saturday–Sunday → days in lieu on mùng 4–5.
      '2021-02-15 in-lieu announced', '2021-02-16 in-lieu announced',
      '2021-04-21 holiday law', '2021-04-30 holiday law', '2021-05-01 holiday law',
      '2021-05-03 in-lieu law',
      '2021-09-02 holiday announced', '2021-09-03 holiday announced',
    ]);
    const tet = y.days.find((d) => d.date === '2021-02-15')!;
    expect(tet.notice.number).toBe('4875/TB-LĐTBXH');
    expect(tet.notice.date).toBe('2020-12-10');
    expect(tet.notice.citation.vi).toBe(
      'Thông báo 4875/TB-LĐTBXH ngày 10/12/2020 của Bộ Lao động – Thương binh và Xã hội về nghỉ Tết Âm lịch và Quốc khánh năm 2021',
    );
    // 1/5/2021 was a Saturday: the day in lieu comes from Điều 111 khoản 3 BLLĐ 2019 (not Điều 112).
    const lieu = y.days.find((d) => d.date === '2021-05-03')!;
    expect(lieu.notice.number).toBe('45/2019/QH14');
    expect(lieu.notice.provision).toEqual({ vi: 'Điều 111 khoản 3', en: 'Article 111(3)' });
    expect(y.days.find((d) => d.date === '2021-04-30')!.notice.provision?.vi).toBe('Điều 112 khoản 1');
    expect(JSON.stringify(y)).not.toContain('9895');
    expect(y.announcements.map((a) => `${a.occasion} ${a.notice.number}`)).toEqual(['tet 4875/TB-LĐTBXH', 'national-day 4875/TB-LĐTBXH']);
  });

  it('every day names its notice or law article', () => {
    for (let year = 2019; year <= 2028; year++)
      for (const d of holidaysOf(year).days) {
        expect(d.notice.citation.vi.length).toBeGreaterThan(10);
        expect(d.notice.issuer.vi.length).toBeGreaterThan(2);
        if (d.source !== 'announced') expect(d.notice.provision).toBeDefined();
      }
  });

  it('2026: New Year swap (12729/VPCP-KGVX), Tết and Quốc khánh with a swap (9441/TB-BNV)', () => {
    expect(brief(2026)).toEqual([
      '2026-01-01 holiday announced',
      '2026-01-02 swapped-off announced',
      '2026-01-10 working-day announced',
      '2026-02-16 holiday announced', '2026-02-17 holiday announced', '2026-02-18 holiday announced',
      '2026-02-19 holiday announced', '2026-02-20 holiday announced',
      // Giỗ Tổ (10/3 âm lịch) is Sunday 26/04 → in lieu Monday 27/04; 30/4–1/5 are Thu–Fri.
      '2026-04-26 holiday law', '2026-04-27 in-lieu law', '2026-04-30 holiday law', '2026-05-01 holiday law',
      '2026-08-22 working-day announced',
      '2026-08-31 swapped-off announced',
      '2026-09-01 holiday announced', '2026-09-02 holiday announced',
    ]);
    const y = holidaysOf(2026);
    expect(y.days.find((d) => d.date === '2026-01-10')!.notice.citation.vi).toBe(
      'Công văn 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ về nghỉ Tết Dương lịch năm 2026',
    );
    expect(y.days.find((d) => d.date === '2026-02-16')!.notice.citation.vi).toContain('Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ');
    expect(y.days.find((d) => d.date === '2026-01-02')!.name.vi).toBe('Nghỉ hoán đổi dịp Tết Dương lịch (làm bù ngày 10/01/2026)');
    expect(isWorkingDay('2026-01-02')).toBe(false);
    expect(isWorkingDay('2026-01-10')).toBe(true);
    expect(isWorkingDay('2026-08-22')).toBe(true);
    expect(isWorkingDay('2026-08-31')).toBe(false);
  });

  it('2027: no notice known — law days and estimates, never presented as announced', () => {
    const y = holidaysOf(2027);
    expect(y.announcements).toEqual([]);
    expect(y.days.filter((d) => d.source === 'announced')).toEqual([]);
    expect(y.days.filter((d) => d.occasion === 'tet').every((d) => d.source === 'estimated')).toBe(true);
    expect(y.days.find((d) => d.date === '2027-01-01')!.source).toBe('law');
    // 2/9/2027 is a Thursday: the estimated companion is Friday 3/9.
    expect(y.days.filter((d) => d.occasion === 'national-day').map((d) => `${d.date} ${d.source}`)).toEqual(['2027-09-02 law', '2027-09-03 estimated']);
  });

  it('the Labour Code 2019 estimate for 2021 differs from the announcement only in Tết', () => {
    const est = _computedHolidays(2021);
    // 30 Tết (11/02) + mùng 1–4 (12–15/02); mùng 2–3 are a weekend → in lieu 16–17/02.
    expect(est.filter((d) => d.occasion === 'tet').map((d) => `${d.date} ${d.kind} ${d.source}`)).toEqual([
      '2021-02-11 holiday estimated', '2021-02-12 holiday estimated', '2021-02-13 holiday estimated', '2021-02-14 holiday estimated',
      '2021-02-15 holiday estimated', '2021-02-16 in-lieu estimated', '2021-02-17 in-lieu estimated',
    ]);
    expect(est.filter((d) => d.occasion === 'national-day').map((d) => d.date)).toEqual(['2021-09-02', '2021-09-03']);
  });

  it('2022–2025 mix announced occasions with law days', () => {
    const y22 = holidaysOf(2022);
    expect(y22.days.filter((d) => d.source === 'announced').map((d) => d.date)).toEqual([
      '2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04', '2022-09-01', '2022-09-02',
    ]);
    // 1/1/2022 Saturday → in lieu Monday 03/01; Giỗ Tổ 10/04 Sunday → 11/04; 30/4–1/5 weekend → 02–03/05.
    expect(brief(2022)).toEqual(expect.arrayContaining(['2022-01-03 in-lieu law', '2022-04-11 in-lieu law', '2022-05-02 in-lieu law', '2022-05-03 in-lieu law']));
    expect(brief(2024)).toEqual(expect.arrayContaining(['2024-04-29 swapped-off announced', '2024-05-04 working-day announced', '2024-04-18 holiday law']));
    expect(holidaysOf(2025).days.filter((d) => d.kind === 'working-day').map((d) => d.date)).toEqual(['2025-04-26']);
    expect(holidaysOf(2023).days.find((d) => d.date === '2023-09-04')!.notice.number).toBe('8056/VPCP-KGVX');
  });

  it('uses the earlier Labour Codes for earlier years', () => {
    const y19 = holidaysOf(2019);
    expect(y19.laws.map((l) => l.id)).toEqual(['bll-2012']);
    expect(y19.days.every((d) => d.source !== 'announced')).toBe(true);
    // BLLĐ 2012: Tết 5 days (04–08/02/2019: 30 Tết + mùng 1–4), 2/9 one day only (a Monday).
    expect(y19.days.filter((d) => d.occasion === 'tet').map((d) => d.date)).toEqual(['2019-02-04', '2019-02-05', '2019-02-06', '2019-02-07', '2019-02-08']);
    expect(y19.days.filter((d) => d.occasion === 'national-day').map((d) => d.date)).toEqual(['2019-09-02']);
    expect(y19.days.find((d) => d.date === '2019-09-02')!.notice.provision?.vi).toBe('Điều 115 khoản 1');
    // 2013: Tết (10/02) still under BLLĐ 1994 → 4 days; both codes apply that year.
    const y13 = holidaysOf(2013);
    expect(y13.laws.map((l) => l.id)).toEqual(['bll-1994', 'bll-2012']);
    expect(y13.days.filter((d) => d.occasion === 'tet' && d.kind === 'holiday').length).toBe(4);
  });

  it('picks the 2/9 companion that joins a weekend, as announced 2021–2026', () => {
    const iso = (y: number) => new Date(_nationalDayCompanion(y) * 86_400_000).toISOString().slice(0, 10);
    expect(iso(2021)).toBe('2021-09-03');
    expect(iso(2022)).toBe('2022-09-01');
    expect(iso(2023)).toBe('2023-09-01');
    expect(iso(2024)).toBe('2024-09-03');
    expect(iso(2025)).toBe('2025-09-01');
    expect(iso(2026)).toBe('2026-09-01'); // a Wednesday: 2026 was announced with 1/9
  });

  it('every year 2008–2199 is consistent: one entry per date, days off on weekdays, working days on weekends', () => {
    const cal = createWorkingCalendar();
    for (let year = HOLIDAY_YEAR_RANGE.from; year <= HOLIDAY_YEAR_RANGE.to; year++) {
      const days = cal.holidaysOf(year).days;
      const dates = days.map((d) => d.date);
      expect(new Set(dates).size).toBe(dates.length);
      expect([...dates].sort()).toEqual(dates);
      for (const d of days) {
        expect(d.date.slice(0, 4)).toBe(String(year));
        const wd = new Date(`${d.date}T00:00:00Z`).getUTCDay();
        if (d.kind === 'working-day') expect([0, 6]).toContain(wd);
        if (d.kind === 'in-lieu' || d.kind === 'swapped-off') expect([0, 6]).not.toContain(wd);
      }
    }
  });

  it('the built-in table is a valid holidays file, with no warning', () => {
    expect(validateHolidays(BUILT_IN_HOLIDAYS)).toEqual({ ok: true, value: BUILT_IN_HOLIDAYS, issues: [] });
  });

  it('rejects years outside 2008–2199 with a coded error', () => {
    expect(() => holidaysOf(2000)).toThrow(expect.objectContaining({ code: 'calendar.year-out-of-range' }));
  });
});

describe('announced holidays files (per call, no global state)', () => {
  const tet2027: HolidaysFile = {
    format: 'dvcq-holidays/1',
    notices: {
      'tb-thu': {
        type: { vi: 'Thông báo', en: 'Notice' },
        number: '1/TB-THU',
        date: '2026-10-01',
        issuer: { vi: 'Cơ quan thử nghiệm', en: 'Test body' },
        url: 'https://example.invalid/tb-thu',
      },
    },
    schedules: [
      {
        year: 2027,
        occasion: 'tet',
        notice: 'tb-thu',
        days: ['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'].map((date) => ({ date, kind: 'holiday' as const })),
      },
    ],
  };

  it('replaces the computed days of the occasions it lists, with its notice', () => {
    const cal = createWorkingCalendar({ announced: tet2027 });
    const tet = cal.holidaysOf(2027).days.filter((d) => d.occasion === 'tet');
    expect(tet.map((d) => `${d.date} ${d.source}`)).toEqual(['2027-02-04 announced', '2027-02-05 announced', '2027-02-08 announced', '2027-02-09 announced', '2027-02-10 announced']);
    expect(tet[0]!.notice).toMatchObject({ number: '1/TB-THU', date: '2026-10-01', url: 'https://example.invalid/tb-thu' });
    expect(tet[0]!.notice.citation.vi).toBe('Thông báo 1/TB-THU ngày 01/10/2026 của Cơ quan thử nghiệm');
    expect(cal.isWorkingDay('2027-02-04')).toBe(false);
    expect(cal.isWorkingDay('2027-02-11')).toBe(true);
    // Other occasions and the built-in table are untouched; a fresh calendar knows nothing of the file.
    expect(cal.holidaysOf(2026).days).toEqual(holidaysOf(2026).days);
    expect(createWorkingCalendar().isWorkingDay('2027-02-04')).toBe(true);
  });

  it('a later file replaces the built-in schedule of the same year and occasion', () => {
    const fix: HolidaysFile = { ...tet2027, schedules: [{ year: 2026, occasion: 'tet', notice: 'tb-thu', days: [{ date: '2026-02-16', kind: 'holiday' }] }] };
    const tet = createWorkingCalendar({ announced: fix }).holidaysOf(2026).days.filter((d) => d.occasion === 'tet');
    expect(tet.map((d) => d.date)).toEqual(['2026-02-16']);
    expect(createWorkingCalendar({ announced: fix, builtIn: false }).holidaysOf(2026).days.find((d) => d.date === '2026-01-02')).toBeUndefined();
  });

  it('a schedule may reach into the neighbouring year (a late-December working Saturday for a New Year swap)', () => {
    const file: HolidaysFile = {
      ...tet2027,
      schedules: [
        {
          year: 2030,
          occasion: 'new-year',
          notice: 'tb-thu',
          days: [
            { date: '2029-12-29', kind: 'working-day' },
            { date: '2030-01-01', kind: 'holiday' },
            { date: '2030-01-02', kind: 'swapped-off' },
          ],
        },
      ],
    };
    const cal = createWorkingCalendar({ announced: file });
    expect(cal.isWorkingDay('2029-12-29')).toBe(true);
    expect(cal.holidaysOf(2029).days.find((d) => d.date === '2029-12-29')).toMatchObject({ kind: 'working-day', source: 'announced', occasion: 'new-year' });
    expect(cal.isWorkingDay('2030-01-02')).toBe(false);
  });

  it('refuses an invalid file (a programmer mistake: check user files with parseHolidays)', () => {
    const bad = { ...tet2027, schedules: [{ ...tet2027.schedules[0]!, notice: 'khong-co' }] };
    expect(() => createWorkingCalendar({ announced: bad })).toThrow(expect.objectContaining({ code: 'calendar.invalid-holidays' }));
  });
});
