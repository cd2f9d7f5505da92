import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DataWindowPreset, DataWindowSpec, DeadlineRuleSpec, ObligationLike, PeriodKind } from '../_model';
import { deadlineOf } from '../deadline/deadline';
import { PLAN_2021, PLAN_2026 } from '../status/fixture';
import { addDays, parseInstant } from '../time/time';
import { createWorkingCalendar } from '../workdays/workdays';
import { extendInstance, findInstance, instanceKey, obligationInstances, periodLabel, planInstances } from './instances';
import { instanceStatus } from '../status/status';

const ob = (id: string) => PLAN_2026.obligations.find((o) => o.id === id)!;

describe('obligationInstances', () => {
  it('quarterly, "trước ngày 15 của tháng cuối quý", with the Nghị định 09 window per quarter', () => {
    const q = obligationInstances(ob('bc-quy'));
    expect(q.map((i) => i.key)).toEqual(['bc-quy@2026-Q1', 'bc-quy@2026-Q2', 'bc-quy@2026-Q3', 'bc-quy@2026-Q4']);
    expect(q.map((i) => i.label.vi)).toEqual(['Quý I/2026', 'Quý II/2026', 'Quý III/2026', 'Quý IV/2026']);
    const q2 = q[1]!;
    expect(q2).toMatchObject({ obligationId: 'bc-quy', period: 'quarterly', year: 2026, index: 2, label: { vi: 'Quý II/2026', en: 'Q2 2026' } });
    expect(q2.span).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(q2.window).toEqual({ stated: true, preset: 'nd09-quarterly', from: '2026-03-15', to: '2026-06-14' });
    expect(q2.deadline).toMatchObject({ date: '2026-06-15', semantics: 'before', lastDay: '2026-06-14', instant: '2026-06-15T00:00:00+07:00' });
    expect(q2.deadline.rule?.vi).toBe('Ngày 15 của tháng cuối kỳ (tháng 6/2026) = 15/06/2026.');
    expect(q2.deadline.text).toBe('trước ngày 15 của tháng cuối quý');
  });

  it('nine-month, "chậm nhất 5 ngày làm việc sau khi kết thúc kỳ", counted from the stated window', () => {
    const [n] = obligationInstances(ob('bc-9-thang'));
    expect(n!.key).toBe('bc-9-thang@2026');
    expect(n!.label).toEqual({ vi: '9 tháng năm 2026', en: 'Nine months of 2026' });
    expect(n!.span).toEqual({ from: '2026-01-01', to: '2026-09-30' });
    // 14/09/2026 is a Monday: 15, 16, 17, 18, 21/09 → the 5th working day is Monday 21/09; inclusive.
    expect(n!.deadline).toMatchObject({ date: '2026-09-21', semantics: 'inclusive', lastDay: '2026-09-21', instant: '2026-09-22T00:00:00+07:00' });
    expect(n!.deadline.rule?.vi).toBe('5 ngày làm việc sau 14/09/2026 (ngày cuối kỳ số liệu) = 21/09/2026.');
  });

  it('monthly with the months the plan lists, working days that skip the announced 2026 days off', () => {
    const m = obligationInstances(ob('bc-thang'));
    expect(m.map((i) => `${i.key} ${i.label.vi} ${i.deadline.date}`)).toEqual([
      // 31/03 (Tue) → 01, 02, 03/04.
      'bc-thang@2026-M03 Tháng 3/2026 2026-04-03',
      // 31/08 (Mon) → 01–02/09 Quốc khánh (9441/TB-BNV) → 03, 04, 07/09.
      'bc-thang@2026-M08 Tháng 8/2026 2026-09-07',
      // 31/12 (Thu) → 01/01/2027 Tết Dương lịch → 04, 05, 06/01/2027.
      'bc-thang@2026-M12 Tháng 12/2026 2027-01-06',
    ]);
    expect(m[0]!.window).toEqual({ stated: false, message: { vi: 'Kế hoạch không quy định kỳ số liệu', en: 'Not stated by the plan' } });
  });

  it('one-off: one instance labelled with its title', () => {
    const [o] = obligationInstances(ob('bc-dot-xuat'));
    expect(o).toMatchObject({ key: 'bc-dot-xuat@2026', label: { vi: 'Báo cáo đột xuất về sáp nhập' }, deadline: { lastDay: '2026-07-10' } });
    expect(o!.span).toBeUndefined();
    expect(o!.index).toBeUndefined();
  });

  it('fixed-date obligations keep their single instance (the 2021 plan)', () => {
    const all = planInstances(PLAN_2021);
    expect(all.map((i) => `${i.key} ${i.label.vi} ${i.deadline.lastDay}`)).toEqual([
      'bc-6-thang-2021@2021 6 tháng năm 2021 2021-05-19',
      'bc-nam-2021@2021 Năm 2021 2021-11-04',
    ]);
    expect(deadlineOf(PLAN_2021.obligations[0]!)).toEqual(all[0]!.deadline);
  });

  it('day-of-month past the month end means its last day; "after-period" of December is January', () => {
    const base = { ...ob('bc-quy'), id: 'x', period: 'monthly' as const, dataWindow: undefined };
    const feb = obligationInstances({ ...base, indexes: [2], deadline: { kind: 'day-of-month', day: 31, month: 'last-of-period', semantics: 'inclusive' } });
    expect(feb[0]!.deadline.date).toBe('2026-02-28');
    expect(feb[0]!.deadline.rule?.vi).toContain('tháng chỉ có 28 ngày');
    const dec = obligationInstances({ ...base, indexes: [12], deadline: { kind: 'day-of-month', day: 5, month: 'after-period', semantics: 'before' } });
    expect(dec[0]!.deadline).toMatchObject({ date: '2027-01-05', lastDay: '2027-01-04' });
    const annual = obligationInstances({ ...base, period: 'annual', deadline: { kind: 'day-of-month', day: 10, month: 'after-period', semantics: 'before' } });
    expect(annual[0]!.deadline.date).toBe('2027-01-10');
  });

  it('a holidays file passed per call moves a working-day deadline', () => {
    const m1: ObligationLike = { ...ob('bc-thang'), id: 'm1', year: 2027, indexes: [1], deadline: { kind: 'after-period', days: 3, count: 'working', semantics: 'inclusive' } };
    // 2027 has no notice: the estimated Tết starts Friday 05/02; 31/01/2027 is a Sunday → 01, 02, 03/02.
    expect(obligationInstances(m1)[0]!.deadline.date).toBe('2027-02-03');
    const calendar = createWorkingCalendar({
      announced: {
        format: 'dvcq-holidays/1',
        notices: { n: { type: { vi: 'Thông báo', en: 'Notice' }, number: '9/TB-THU', date: '2026-10-01', issuer: { vi: 'Cơ quan thử', en: 'Test body' } } },
        schedules: [{ year: 2027, occasion: 'tet', notice: 'n', days: ['2027-02-01', '2027-02-02', '2027-02-03', '2027-02-04', '2027-02-05'].map((date) => ({ date, kind: 'holiday' as const })) }],
      },
    });
    expect(obligationInstances(m1, { calendar })[0]!.deadline.date).toBe('2027-02-10');
  });

  it('keys, labels', () => {
    expect(instanceKey('bc', 2026, 'monthly', 3)).toBe('bc@2026-M03');
    expect(instanceKey('bc', 2026, 'quarterly', 4)).toBe('bc@2026-Q4');
    expect(instanceKey('bc', 2021, 'semiannual')).toBe('bc@2021');
    expect(periodLabel('semiannual', 2021)).toEqual({ vi: '6 tháng năm 2021', en: 'Six months of 2021' });
    expect(periodLabel('annual', 2026)).toEqual({ vi: 'Năm 2026', en: 'Year 2026' });
    expect(periodLabel('monthly', 2026, 3)).toEqual({ vi: 'Tháng 3/2026', en: 'March 2026' });
  });

  it('deadlineOf refuses a rule deadline without an instance (programmer mistake)', () => {
    expect(() => deadlineOf(ob('bc-quy'))).toThrow('calendar.rule-needs-instance');
    expect(deadlineOf(obligationInstances(ob('bc-quy'))[0]!)).toEqual(obligationInstances(ob('bc-quy'))[0]!.deadline);
  });
});

describe('findInstance (the obligation of a report)', () => {
  it('by period, year and month/quarter', () => {
    const r = findInstance(PLAN_2026, { period: 'quarterly', year: 2026, periodIndex: 2 });
    expect(r.ok && r.instance.key).toBe('bc-quy@2026-Q2');
    expect(findInstance(PLAN_2026, { period: 'monthly', year: 2026, periodIndex: 4 })).toMatchObject({ ok: false, reason: 'none' });
    expect(findInstance(PLAN_2026, { period: 'quarterly', year: 2026 })).toMatchObject({ ok: false, reason: 'none' });
    expect(findInstance(PLAN_2021, { period: 'annual', year: 2021 })).toMatchObject({ ok: true, instance: { key: 'bc-nam-2021@2021' } });
  });

  it('several one-off reports need the obligation id', () => {
    const plan = { ...PLAN_2026, obligations: [...PLAN_2026.obligations, { ...ob('bc-dot-xuat'), id: 'bc-dot-xuat-2' }] };
    const r = findInstance(plan, { period: 'one-off', year: 2026 });
    expect(r).toMatchObject({ ok: false, reason: 'ambiguous' });
    expect(!r.ok && r.candidates.map((c) => c.key)).toEqual(['bc-dot-xuat@2026', 'bc-dot-xuat-2@2026']);
    expect(findInstance(plan, { period: 'one-off', year: 2026, obligationId: 'bc-dot-xuat-2' })).toMatchObject({ ok: true, instance: { key: 'bc-dot-xuat-2@2026' } });
  });
});

// ---- Properties over random obligations (run again under TZ=UTC and TZ=America/New_York by the test command). ----

const DAY_MS = 86_400_000;
const calendar = createWorkingCalendar();
const RULE_PERIODS: PeriodKind[] = ['monthly', 'quarterly', 'semiannual', 'nine-month', 'annual'];
const PRESET: Partial<Record<PeriodKind, DataWindowPreset>> = { monthly: 'nd09-monthly', quarterly: 'nd09-quarterly', semiannual: 'nd09-semiannual', annual: 'nd09-annual' };

const arbRule: fc.Arbitrary<DeadlineRuleSpec> = fc.oneof(
  fc.record({
    kind: fc.constant('day-of-month' as const),
    day: fc.integer({ min: 1, max: 31 }),
    month: fc.constantFrom('last-of-period' as const, 'after-period' as const),
    semantics: fc.constantFrom('before' as const, 'inclusive' as const),
  }),
  fc.record({
    kind: fc.constant('after-period' as const),
    days: fc.integer({ min: 0, max: 40 }),
    count: fc.constantFrom('working' as const, 'calendar' as const),
    semantics: fc.constantFrom('before' as const, 'inclusive' as const),
  }),
);

const arbObligation: fc.Arbitrary<ObligationLike> = fc
  .record({
    period: fc.constantFrom(...RULE_PERIODS),
    year: fc.integer({ min: 2009, max: 2197 }),
    deadline: arbRule,
    indexes: fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 12 }), { nil: undefined }),
    window: fc.boolean(),
  })
  .map(({ period, year, deadline, indexes, window }) => {
    const max = period === 'monthly' ? 12 : 4;
    const idx = period === 'monthly' || period === 'quarterly' ? indexes?.filter((i) => i <= max) : undefined;
    const dataWindow: DataWindowSpec | undefined = !window
      ? undefined
      : period === 'nine-month'
        ? { from: `${year - 1}-12-15`, to: `${year}-09-14` }
        : { preset: PRESET[period] };
    return {
      id: 'bc',
      title: { vi: 'Báo cáo', en: 'Report' },
      period,
      year,
      ...(idx && idx.length ? { indexes: idx } : {}),
      deadline,
      ...(dataWindow ? { dataWindow } : {}),
      owedBy: ['x'],
    };
  });

describe('instance properties', () => {
  it('deadline instants never depend on the host time zone: 00:00 at UTC+7 of the late day', () => {
    fc.assert(
      fc.property(arbObligation, (o) => {
        for (const i of obligationInstances(o, { calendar })) {
          const d = i.deadline;
          const lateDay = d.semantics === 'inclusive' ? addDays(d.date, 1) : d.date;
          const [y, m, dd] = lateDay.split('-').map(Number) as [number, number, number];
          expect(d.epochMs).toBe(Date.UTC(y, m - 1, dd) - 7 * 3_600_000);
          expect(d.instant).toBe(`${lateDay}T00:00:00+07:00`);
          expect(new Date(d.instant).getTime()).toBe(d.epochMs);
          const parsed = parseInstant(d.instant);
          expect(parsed.ok && parsed.epochMs).toBe(d.epochMs);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('"before X" → last day X−1; "inclusive" → last day X', () => {
    fc.assert(
      fc.property(arbObligation, (o) => {
        for (const i of obligationInstances(o, { calendar })) {
          const d = i.deadline;
          expect(d.lastDay).toBe(d.semantics === 'before' ? addDays(d.date, -1) : d.date);
          // The last allowed day ends exactly at the deadline instant.
          expect(Date.parse(`${d.lastDay}T00:00:00+07:00`) + DAY_MS).toBe(d.epochMs);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('an after-period working-day deadline lands on a working day, after the period', () => {
    fc.assert(
      fc.property(arbObligation, fc.integer({ min: 0, max: 40 }), (o0, days) => {
        const o = { ...o0, deadline: { kind: 'after-period' as const, days, count: 'working' as const, semantics: o0.deadline.semantics } };
        for (const i of obligationInstances(o, { calendar })) {
          expect(calendar.isWorkingDay(i.deadline.date)).toBe(true);
          const base = i.window.stated ? i.window.to : i.span!.to;
          if (days > 0) expect(i.deadline.date > base).toBe(true);
          else expect(i.deadline.date >= base).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('instances of an obligation are disjoint and ordered', () => {
    fc.assert(
      fc.property(arbObligation, (o) => {
        const list = obligationInstances(o, { calendar });
        expect(list.length).toBeGreaterThan(0);
        expect(new Set(list.map((i) => i.key)).size).toBe(list.length);
        for (let k = 1; k < list.length; k++) {
          const a = list[k - 1]!;
          const b = list[k]!;
          expect(a.index! < b.index!).toBe(true);
          expect(a.span!.to < b.span!.from).toBe(true);
          if (a.window.stated && b.window.stated) expect(a.window.to < b.window.from).toBe(true);
          expect(a.deadline.epochMs < b.deadline.epochMs).toBe(true);
        }
        for (const i of list) {
          expect(i.span!.from <= i.span!.to).toBe(true);
          if (i.window.stated) expect(i.window.from <= i.window.to).toBe(true);
          expect(i.key.startsWith(`bc@${o.year}`)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('extendInstance', () => {
  it('moves one unit’s deadline to the end of the new last day; status follows; never shortens', () => {
    const q2 = obligationInstances(ob('bc-quy'))[1]!;
    const x = extendInstance(q2, '2026-06-20');
    expect(x.key).toBe(q2.key);
    expect(x.deadline).toMatchObject({ date: '2026-06-20', semantics: 'inclusive', lastDay: '2026-06-20', instant: '2026-06-21T00:00:00+07:00' });
    expect(x.deadline.reading.vi).toBe('Được gia hạn: nộp đến hết ngày 20/06/2026 (giờ Việt Nam, UTC+7); hạn theo kế hoạch: trước ngày 15 của tháng cuối quý.');
    expect(x.deadline.text).toBe('Gia hạn đến hết ngày 20/06/2026');
    // 16/6: overdue by the plan, open with the extension; 21/6 00:00: overdue again.
    expect(instanceStatus(q2, '2026-06-16T09:00:00+07:00').status).toBe('overdue');
    expect(instanceStatus(x, '2026-06-16T09:00:00+07:00').status).toBe('open');
    expect(instanceStatus(x, '2026-06-20T23:59:59+07:00').status).toBe('open');
    expect(instanceStatus(x, '2026-06-21T00:00:00+07:00').status).toBe('overdue');
    expect(extendInstance(q2, '2026-06-14')).toBe(q2);
    expect(extendInstance(q2, '2026-06-01')).toBe(q2);
    expect(() => extendInstance(q2, '2026-02-30')).toThrow(RangeError);
    expect(q2.deadline.lastDay).toBe('2026-06-14');
  });
});
