import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { PLAN_2021, PLAN_2026 } from '../status/fixture';
import { obligationsToIcs, obligationUid } from './ics';

const parse = (text: string) => new ICAL.Component(ICAL.parse(text));

describe('obligationsToIcs', () => {
  const text = obligationsToIcs(PLAN_2021, { unitId: 'so-tu-phap', generatedAt: '2021-01-04T08:00:00+07:00' });
  const vevents = parse(text).getAllSubcomponents('vevent');

  it('is valid iCalendar with one all-day event per obligation on the last allowed day', () => {
    expect(vevents).toHaveLength(2);
    const ev = new ICAL.Event(vevents[0]!);
    expect(ev.startDate.isDate).toBe(true);
    expect(ev.startDate.toString()).toBe('2021-05-19');
    expect(ev.endDate.toString()).toBe('2021-05-20');
    expect(ev.summary).toBe('Hạn cuối nộp: Báo cáo 6 tháng');
    expect(ev.description).toContain('Nộp trước 00:00 ngày 20/05/2021');
    expect(ev.description).toContain('Kế hoạch không quy định kỳ số liệu');
    expect(vevents[0]!.getFirstPropertyValue('x-dvcq-deadline')).toBe('2021-05-20T00:00:00+07:00');
    expect(new ICAL.Event(vevents[1]!).startDate.toString()).toBe('2021-11-04');
    expect(text).toContain('X-WR-TIMEZONE:Asia/Ho_Chi_Minh');
    expect(text).toContain('\r\n');
  });

  it('has stable UIDs from plan, obligation and unit', () => {
    expect(new ICAL.Event(vevents[0]!).uid).toBe('hoa-binh-2021/bc-6-thang-2021/so-tu-phap@dvcq-kit');
    expect(obligationUid('p', 'o')).toBe('p/o/all@dvcq-kit');
    const again = obligationsToIcs(PLAN_2021, { unitId: 'so-tu-phap', generatedAt: '2021-01-04T08:00:00+07:00' });
    expect(again).toBe(text);
  });

  it('sets reminders 7 and 1 working days before, at 08:00 Việt Nam time, as UTC instants', () => {
    const alarms = vevents[0]!.getAllSubcomponents('valarm');
    expect(alarms).toHaveLength(2);
    const triggers = alarms.map((a) => a.getFirstPropertyValue('trigger') as InstanceType<typeof ICAL.Time>);
    // 7 working days before Wed 19/05/2021 → Mon 10/05; 1 → Tue 18/05; 08:00 +07 = 01:00Z.
    expect(triggers.map((t) => t.toJSDate().toISOString())).toEqual(['2021-05-10T01:00:00.000Z', '2021-05-18T01:00:00.000Z']);
    expect(alarms[0]!.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(text).toMatch(/TRIGGER;VALUE=DATE-TIME:20210510T010000Z/);
    // Holidays are skipped: 7 working days before 04/11/2021 → 26/10 (no holiday) — and for a
    // deadline after 2/9: 1 working day before Mon 06/09/2021 is Wed 01/09 (02–03/09 off).
    const sept = obligationsToIcs(
      { ...PLAN_2021, obligations: [{ ...PLAN_2021.obligations[0]!, id: 'x', deadline: { date: '2021-09-07', semantics: 'before', text: 'x' } }] },
      { reminders: [1], generatedAt: '2021-01-01' },
    );
    expect(sept).toMatch(/TRIGGER;VALUE=DATE-TIME:20210901T010000Z/);
  });

  it('English and plan-wide export', () => {
    const en = parse(obligationsToIcs(PLAN_2021, { lang: 'en', reminders: [], generatedAt: '2021-01-01' })).getAllSubcomponents('vevent');
    expect(en).toHaveLength(2);
    expect(new ICAL.Event(en[0]!).summary).toBe('Last day to submit: Six-month report');
    expect(new ICAL.Event(en[0]!).uid).toBe('hoa-binh-2021/bc-6-thang-2021/all@dvcq-kit');
    expect(en[0]!.getAllSubcomponents('valarm')).toHaveLength(0);
  });
});

describe('obligationsToIcs with instances', () => {
  it('one event per quarter, UIDs with the instance, the rule in the description', () => {
    const vevents = parse(obligationsToIcs(PLAN_2026, { unitId: 'so-tu-phap', generatedAt: '2026-01-01', reminders: [] })).getAllSubcomponents('vevent');
    expect(vevents.map((v) => new ICAL.Event(v).uid)).toEqual([
      'tinh-mau-2026/bc-quy/so-tu-phap/2026-Q1@dvcq-kit',
      'tinh-mau-2026/bc-quy/so-tu-phap/2026-Q2@dvcq-kit',
      'tinh-mau-2026/bc-quy/so-tu-phap/2026-Q3@dvcq-kit',
      'tinh-mau-2026/bc-quy/so-tu-phap/2026-Q4@dvcq-kit',
      'tinh-mau-2026/bc-9-thang/so-tu-phap@dvcq-kit',
    ]);
    const q2 = new ICAL.Event(vevents[1]!);
    expect(q2.summary).toBe('Hạn cuối nộp: Báo cáo quý — Quý II/2026');
    expect(q2.startDate.toString()).toBe('2026-06-14');
    expect(q2.description).toContain('Cách tính hạn: Ngày 15 của tháng cuối kỳ (tháng 6/2026) = 15/06/2026.');
    expect(q2.description).toContain('Kỳ số liệu: 15/03/2026 – 14/06/2026');
    expect(vevents[1]!.getFirstPropertyValue('x-dvcq-instance')).toBe('bc-quy@2026-Q2');
    expect(obligationUid('p', 'o', undefined, { period: 'monthly', year: 2026, index: 3 })).toBe('p/o/all/2026-M03@dvcq-kit');
  });
});
