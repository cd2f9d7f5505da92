import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, holidaysOf } from '../workdays/workdays';
import { ANNOUNCED_SCHEDULES } from './announced';
import { _estimatedHolidays, _nationalDayCompanion } from './holidays';

const brief = (year: number) => holidaysOf(year).days.map((d) => `${d.date} ${d.kind} ${d.source}`);

describe('holidaysOf', () => {
  it('2021 is the announced schedule', () => {
    const y = holidaysOf(2021);
    expect(y.laws.map((l) => l.id)).toEqual(['bll-2019']);
    const off = y.days.filter((d) => d.kind !== 'working-day').map((d) => d.date);
    expect(off).toEqual([
      '2021-01-01',
      '2021-02-10', '2021-02-11', '2021-02-12', '2021-02-13', '2021-02-14', '2021-02-15', '2021-02-16',
      '2021-04-21', '2021-04-30', '2021-05-01', '2021-05-03', '2021-09-02', '2021-09-03',
    ]);
    expect(y.days.every((d) => d.source === 'announced')).toBe(true);
    expect(y.days.find((d) => d.date === '2021-05-03')?.kind).toBe('in-lieu');
    expect(y.announcements.map((a) => a.occasion).sort()).toEqual(['hung-kings', 'national-day', 'new-year', 'reunification-labour', 'tet']);
    expect(y.announcements.find((a) => a.occasion === 'tet')?.document.vi).toContain('9895/VPCP-KGVX');
  });

  it('the Labour Code 2019 estimate for 2021 differs from the announcement only in Tết', () => {
    const est = _estimatedHolidays(2021);
    // 30 Tết (11/02) + mùng 1–4 (12–15/02); mùng 2–3 are a weekend → in lieu 16–17/02.
    expect(est.filter((d) => d.occasion === 'tet').map((d) => `${d.date} ${d.kind}`)).toEqual([
      '2021-02-11 holiday', '2021-02-12 holiday', '2021-02-13 holiday', '2021-02-14 holiday', '2021-02-15 holiday',
      '2021-02-16 in-lieu', '2021-02-17 in-lieu',
    ]);
    // 1/5/2021 is a Saturday → in lieu on Monday 03/05, as announced.
    expect(est.filter((d) => d.kind === 'in-lieu' && d.occasion === 'reunification-labour').map((d) => d.date)).toEqual(['2021-05-03']);
    expect(est.filter((d) => d.occasion === 'national-day').map((d) => d.date)).toEqual(['2021-09-02', '2021-09-03']);
  });

  it('2022–2025 mix announced occasions with estimated ones', () => {
    const y22 = holidaysOf(2022);
    expect(y22.days.filter((d) => d.source === 'announced').map((d) => d.date)).toEqual([
      '2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04', '2022-09-01', '2022-09-02',
    ]);
    // 1/1/2022 Saturday → in lieu Monday 03/01; Giỗ Tổ 10/04 Sunday → 11/04; 30/4–1/5 weekend → 02–03/05.
    expect(brief(2022)).toEqual(expect.arrayContaining([
      '2022-01-03 in-lieu estimated', '2022-04-11 in-lieu estimated', '2022-05-02 in-lieu estimated', '2022-05-03 in-lieu estimated',
    ]));
    const y24 = holidaysOf(2024);
    expect(y24.days.filter((d) => d.kind === 'working-day').map((d) => `${d.date} ${d.source}`)).toEqual(['2024-05-04 announced']);
    expect(brief(2024)).toContain('2024-04-29 in-lieu announced');
    expect(brief(2024)).toContain('2024-04-18 holiday estimated'); // Giỗ Tổ 2024
    const y25 = holidaysOf(2025);
    expect(y25.days.filter((d) => d.kind === 'working-day').map((d) => d.date)).toEqual(['2025-04-26']);
  });

  it('uses the earlier Labour Codes for earlier years', () => {
    const y19 = holidaysOf(2019);
    expect(y19.laws.map((l) => l.id)).toEqual(['bll-2012']);
    expect(y19.days.every((d) => d.source === 'estimated')).toBe(true);
    // BLLĐ 2012: Tết 5 days (04–08/02/2019: 30 Tết + mùng 1–4), 2/9 one day only (a Monday).
    expect(y19.days.filter((d) => d.name.vi === 'Tết Nguyên đán').map((d) => d.date)).toEqual([
      '2019-02-04', '2019-02-05', '2019-02-06', '2019-02-07', '2019-02-08',
    ]);
    expect(y19.days.filter((d) => d.name.vi === 'Quốc khánh').map((d) => d.date)).toEqual(['2019-09-02']);
    // 2013: Tết (10/02) still under BLLĐ 1994 → 4 days; both codes apply that year.
    const y13 = holidaysOf(2013);
    expect(y13.laws.map((l) => l.id)).toEqual(['bll-1994', 'bll-2012']);
    expect(y13.days.filter((d) => d.name.vi === 'Tết Nguyên đán').length).toBe(4);
  });

  it('estimates future years from BLLĐ 2019 and marks them estimated', () => {
    const y = holidaysOf(2026);
    expect(y.announcements).toEqual([]);
    expect(y.days.every((d) => d.source === 'estimated')).toBe(true);
    expect(y.days.filter((d) => d.name.vi === 'Tết Nguyên đán').map((d) => d.date)).toEqual([
      '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20',
    ]);
  });

  it('picks the 2/9 companion that joins a weekend, as announced 2021–2025', () => {
    const iso = (y: number) => new Date(_nationalDayCompanion(y) * 86_400_000).toISOString().slice(0, 10);
    expect(iso(2021)).toBe('2021-09-03');
    expect(iso(2022)).toBe('2022-09-01');
    expect(iso(2023)).toBe('2023-09-01');
    expect(iso(2024)).toBe('2024-09-03');
    expect(iso(2025)).toBe('2025-09-01');
  });

  it('every announced day lies in its year, kinds are consistent with weekdays', () => {
    for (const s of ANNOUNCED_SCHEDULES) {
      for (const d of s.days) {
        expect(d.date.slice(0, 4)).toBe(String(s.year));
        const wd = new Date(`${d.date}T00:00:00Z`).getUTCDay();
        if (d.kind === 'working-day') expect([0, 6]).toContain(wd);
        if (d.kind === 'in-lieu') expect([0, 6]).not.toContain(wd);
      }
    }
  });

  it('caller schedules replace the built-in entry for their year and occasion', () => {
    const cal = createWorkingCalendar({
      schedules: [{
        year: 2026, occasion: 'tet', document: { vi: 'Thông báo thử', en: 'Test notice' },
        days: ['2026-02-14', '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22']
          .map((date) => ({ date, name: { vi: 'Tết Nguyên đán', en: 'Tết' }, kind: 'holiday' as const })),
      }],
    });
    const tet = cal.holidaysOf(2026).days.filter((d) => d.name.vi === 'Tết Nguyên đán');
    expect(tet.length).toBe(9);
    expect(tet.every((d) => d.source === 'announced')).toBe(true);
  });

  it('rejects years outside 2008–2199 with a coded error', () => {
    expect(() => holidaysOf(2000)).toThrow(expect.objectContaining({ code: 'calendar/year-out-of-range' }));
  });
});
