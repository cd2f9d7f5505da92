import { describe, expect, it } from 'vitest';
import { obligationInstances } from '../instances/instances';
import { PLAN_2021, PLAN_2026 } from './fixture';
import { instanceStatus, instancesForUnit, obligationCalendar, obligationsForUnit, statusOf, unitStatuses } from './status';

const six = PLAN_2021.obligations[0]!;

describe('statusOf', () => {
  it('walks through upcoming → open → overdue around "trước ngày 20/5/2021"', () => {
    expect(statusOf(six, '2020-12-31T23:59:59+07:00').status).toBe('upcoming');
    expect(statusOf(six, '2021-01-01T00:00:00+07:00').status).toBe('open');
    expect(statusOf(six, '2021-05-19T23:59:59+07:00').status).toBe('open');
    expect(statusOf(six, '2021-05-20T00:00:00+07:00').status).toBe('overdue');
    // 2021-05-19T17:00Z is 00:00 on 20/05 in Việt Nam: already late, whatever the host zone.
    expect(statusOf(six, '2021-05-19T17:00:00Z').status).toBe('overdue');
    expect(statusOf(six, '2021-05-19T16:59:59Z').status).toBe('open');
  });

  it('opens at the data window when the plan states one', () => {
    const withWindow = { ...six, dataWindow: { preset: 'nd09-semiannual' as const, from: '2020-12-15', to: '2021-06-14' } };
    const s = statusOf(withWindow, '2020-12-20');
    expect(s.status).toBe('open');
    expect(s.opensAt).toBe('2020-12-15T00:00:00+07:00');
    expect(s.opensFrom).toBe('data-window');
    expect(statusOf(six, '2020-12-20').opensFrom).toBe('period-start');
  });

  it('on-time / late with a submission time', () => {
    expect(statusOf(six, '2021-06-01', { submittedAt: '2021-05-19T23:59:59+07:00' }).status).toBe('on-time');
    expect(statusOf(six, '2021-06-01', { submittedAt: '2021-05-20T00:00:00+07:00' }).status).toBe('late');
    // A submission after the instant asked about does not count yet.
    const s = statusOf(six, '2021-05-10', { submittedAt: '2021-05-25' });
    expect(s.status).toBe('open');
    expect(s.submittedAt).toBeUndefined();
  });

  it('counts working days left to the last allowed day', () => {
    // Mon 10/05 … Wed 19/05/2021: 8 working days, today included.
    expect(statusOf(six, '2021-05-10T15:00:00+07:00').workingDaysLeft).toBe(8);
    expect(statusOf(six, '2021-05-19T08:00:00+07:00').workingDaysLeft).toBe(1);
    expect(statusOf(six, '2021-05-20T08:00:00+07:00').workingDaysLeft).toBe(0);
    // From Thu 29/04: 30/04 and 03/05 are off, 01–02/05 a weekend → 29/04, 04–07/05, 10–14/05, 17–19/05 = 1+4+5+3.
    expect(statusOf(six, '2021-04-29').workingDaysLeft).toBe(13);
  });
});

describe('obligations per unit', () => {
  it('through unit groups and unit validity', () => {
    expect(obligationsForUnit(PLAN_2021, 'so-tu-phap').map((o) => o.id)).toEqual(['bc-6-thang-2021', 'bc-nam-2021']);
    expect(obligationsForUnit(PLAN_2021, 'ban-dan-van')).toEqual([]); // receives a copy, owes nothing
    expect(obligationsForUnit(PLAN_2021, 'khong-co')).toEqual([]);
    // Created 01/06/2021: too late to owe the 6-month report (last day 19/05), owes the annual one.
    expect(obligationsForUnit(PLAN_2021, 'huyen-moi').map((o) => o.id)).toEqual(['bc-nam-2021']);
    // Abolished after 30/06/2025: owes nothing "now" in 2025-08, but did in 2021.
    expect(obligationsForUnit(PLAN_2021, 'huyen-cao-phong', '2025-08-01')).toEqual([]);
    expect(obligationsForUnit(PLAN_2021, 'huyen-cao-phong', '2021-03-01')).toHaveLength(2);
  });
});

describe('obligationCalendar (the CLI JSON)', () => {
  it('maps one-to-one onto `dvcq calendar --json`', () => {
    const cal = obligationCalendar(PLAN_2021, { at: '2021-05-10T09:00:00+07:00', unitId: 'so-tu-phap' });
    expect(cal.at).toBe('2021-05-10T09:00:00+07:00');
    // The wave-1 keys keep their values; the instance keys come after them.
    const wave1 = ['id', 'title', 'deadline', 'lastDay', 'semantics', 'status', 'workingDaysLeft'] as const;
    const pick = (o: (typeof cal.obligations)[number]) => Object.fromEntries(wave1.map((k) => [k, o[k]]));
    expect(JSON.parse(JSON.stringify({ obligations: cal.obligations.map(pick) }))).toEqual({
      obligations: [
        { id: 'bc-6-thang-2021', title: { vi: 'Báo cáo 6 tháng', en: 'Six-month report' }, deadline: '2021-05-20T00:00:00+07:00', lastDay: '2021-05-19', semantics: 'before', status: 'open', workingDaysLeft: 8 },
        { id: 'bc-nam-2021', title: { vi: 'Báo cáo năm', en: 'Annual report' }, deadline: '2021-11-05T00:00:00+07:00', lastDay: '2021-11-04', semantics: 'before', status: 'open', workingDaysLeft: 127 },
      ],
    });
    expect(Object.keys(cal.obligations[0]!).slice(0, 7)).toEqual([...wave1]);
    expect(cal.obligations[0]).toMatchObject({
      key: 'bc-6-thang-2021@2021',
      label: { vi: '6 tháng năm 2021' },
      period: 'semiannual',
      year: 2021,
      date: '2021-05-20',
      text: 'trước ngày 20/5/2021',
      window: { stated: false },
      opensAt: '2021-01-01T00:00:00+07:00',
    });
    expect(cal.obligations[0]!.index).toBeUndefined();
  });

  it('applies --submitted-at', () => {
    const cal = obligationCalendar(PLAN_2021, { at: '2021-12-01', submittedAt: '2021-05-21T10:00:00+07:00' });
    expect(cal.obligations.map((o) => o.status)).toEqual(['late', 'on-time']);
  });
});

describe('unitStatuses', () => {
  it('lists who is overdue and who submitted', () => {
    const rows = unitStatuses(PLAN_2021, {
      at: '2021-05-25',
      submittedAt: (u, o, i) => (u === 'so-noi-vu' && o === 'bc-6-thang-2021' && i.key === 'bc-6-thang-2021@2021' ? '2021-05-18T16:00:00+07:00' : undefined),
    });
    const six = rows.filter((r) => r.obligationId === 'bc-6-thang-2021');
    expect(six.map((r) => `${r.unitId}:${r.status}`)).toEqual(['so-noi-vu:on-time', 'so-tu-phap:overdue', 'huyen-cao-phong:overdue']);
    // huyen-moi exists only from 01/06/2021: not listed on 25/05.
    expect(rows.filter((r) => r.obligationId === 'bc-nam-2021').map((r) => r.unitId)).toEqual(['so-noi-vu', 'so-tu-phap', 'huyen-cao-phong']);
  });

  it('does not trip over __proto__ / constructor ids', () => {
    const plan = { ...PLAN_2021, orgUnits: [...PLAN_2021.orgUnits, { id: '__proto__', name: { vi: 'x', en: 'x' }, kind: 'other' as const, validFrom: '2020-01-01' }] };
    expect(obligationsForUnit(plan, '__proto__')).toEqual([]);
    expect(obligationsForUnit(plan, 'constructor')).toEqual([]);
  });
});

describe('instances: status per month / quarter', () => {
  const quy = PLAN_2026.obligations[0]!;

  it('statusOf an obligation with several instances is the instance in progress', () => {
    // 20/05/2026: Q1 (late from 15/03) is past; Q2 is due before 15/06 and its window opened 15/03.
    const s = statusOf(quy, '2026-05-20T09:00:00+07:00');
    expect(s).toMatchObject({ instanceKey: 'bc-quy@2026-Q2', status: 'open', opensFrom: 'data-window', opensAt: '2026-03-15T00:00:00+07:00' });
    expect(statusOf(quy, '2027-03-01').instanceKey).toBe('bc-quy@2026-Q4');
    expect(statusOf(quy, '2027-03-01').status).toBe('overdue');
  });

  it('instanceStatus: upcoming before the window, on-time / late per instance', () => {
    const [q1, q2] = obligationInstances(quy);
    expect(instanceStatus(q2!, '2026-03-14T23:59:59+07:00').status).toBe('upcoming');
    expect(instanceStatus(q2!, '2026-03-15T00:00:00+07:00').status).toBe('open');
    expect(instanceStatus(q1!, '2026-04-01', { submittedAt: '2026-03-14T10:00:00+07:00' }).status).toBe('on-time');
    expect(instanceStatus(q1!, '2026-04-01', { submittedAt: '2026-03-15T00:00:00+07:00' }).status).toBe('late');
    // 10 working days from Mon 01/06 to Fri 12/06/2026 (the last allowed day, 14/06, is a Sunday).
    expect(instanceStatus(q2!, '2026-06-01T08:00:00+07:00').workingDaysLeft).toBe(10);
  });

  it('a unit owes the instances whose last day it existed on', () => {
    // xa-b exists until 30/06/2026: owes Q1 and Q2 (last days 14/03, 14/06), not Q3/Q4, and the one-off (10/07) not.
    expect(instancesForUnit(PLAN_2026, 'xa-b').map((i) => i.key)).toEqual(['bc-quy@2026-Q1', 'bc-quy@2026-Q2', 'bc-thang@2026-M03']);
    expect(obligationsForUnit(PLAN_2026, 'xa-b').map((o) => o.id)).toEqual(['bc-quy', 'bc-thang']);
    expect(instancesForUnit(PLAN_2026, 'xa-a').map((i) => i.key)).toEqual([
      'bc-quy@2026-Q1', 'bc-quy@2026-Q2', 'bc-quy@2026-Q3', 'bc-quy@2026-Q4',
      'bc-thang@2026-M03', 'bc-thang@2026-M08', 'bc-thang@2026-M12', 'bc-dot-xuat@2026',
    ]);
  });

  it('unitStatuses: one row per unit × instance, submissions looked up per instance', () => {
    const rows = unitStatuses(PLAN_2026, {
      at: '2026-09-10T09:00:00+07:00',
      instanceKeys: ['bc-thang@2026-M08', 'bc-quy@2026-Q3'],
      submittedAt: (u, _o, i) => (u === 'xa-a' && i.index === 8 ? '2026-09-04T10:00:00+07:00' : undefined),
    });
    expect(rows.map((r) => `${r.instanceKey} ${r.unitId} ${r.status} ${r.workingDaysLeft}`)).toEqual([
      'bc-quy@2026-Q3 so-noi-vu open 3',
      'bc-quy@2026-Q3 so-tu-phap open 3',
      'bc-quy@2026-Q3 xa-a open 3',
      'bc-thang@2026-M08 xa-a on-time 0',
    ]);
    expect(rows[3]!.index).toBe(8);
  });

  it('obligationCalendar lists every instance with its label, rule and window', () => {
    const cal = obligationCalendar(PLAN_2026, { at: '2026-05-20T09:00:00+07:00', unitId: 'so-tu-phap' });
    expect(cal.obligations.map((o) => `${o.key} ${o.label.vi} ${o.status}`)).toEqual([
      'bc-quy@2026-Q1 Quý I/2026 overdue',
      'bc-quy@2026-Q2 Quý II/2026 open',
      'bc-quy@2026-Q3 Quý III/2026 upcoming',
      'bc-quy@2026-Q4 Quý IV/2026 upcoming',
      'bc-9-thang@2026 9 tháng năm 2026 open',
    ]);
    expect(cal.obligations[1]).toMatchObject({ index: 2, date: '2026-06-15', rule: { vi: 'Ngày 15 của tháng cuối kỳ (tháng 6/2026) = 15/06/2026.' } });
  });
});
