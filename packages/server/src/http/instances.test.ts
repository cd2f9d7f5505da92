// Every kind of reporting obligation (issue 10 §1): monthly, quarterly, nine-month and
// one-off reports appear one instance each in the calendar and the overview, and a
// deployment's announced holidays (the `calendar` option) move working-day deadlines.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plan } from '@dvcq/core';
import { loadPlan } from '@dvcq/core/zod';
import { createWorkingCalendar, parseHolidays } from '@dvcq/calendar';
import { describe, expect, it } from 'vitest';
import { createMemoryReportStore } from '../store/memory';
import { bearerTokenAuth } from './auth';
import { type Overview, calendarView, createReportHandler } from './handler';

const base = JSON.parse(readFileSync(fileURLToPath(new URL('../../../../fixtures/plans/two-level-2026.plan.json', import.meta.url)), 'utf8')) as Plan;
const loaded = loadPlan({
  ...base,
  obligations: [
    ...base.obligations,
    {
      id: 'bc-thang-2026',
      title: { vi: 'Báo cáo tháng', en: 'Monthly report' },
      period: 'monthly',
      year: 2026,
      deadline: { kind: 'after-period', days: 5, count: 'working', semantics: 'inclusive', text: 'chậm nhất 5 ngày làm việc sau khi kết thúc kỳ' },
      owedBy: ['ubnd-xa-phuong'],
      recipient: 'ubnd-tinh',
      via: 'so-noi-vu',
      copies: [],
      coordinator: 'so-noi-vu',
      source: 'III.1',
    },
    {
      id: 'bc-quy-2026',
      title: { vi: 'Báo cáo quý', en: 'Quarterly report' },
      period: 'quarterly',
      year: 2026,
      deadline: { kind: 'day-of-month', day: 15, month: 'last-of-period', semantics: 'before', text: 'trước ngày 15 của tháng cuối quý' },
      owedBy: ['so-ban-nganh'],
      recipient: 'ubnd-tinh',
      via: 'so-noi-vu',
      copies: [],
      coordinator: 'so-noi-vu',
      source: 'III.1',
    },
    {
      id: 'bc-9-thang-2026',
      title: { vi: 'Báo cáo 9 tháng năm 2026', en: 'Nine-month report for 2026' },
      period: 'nine-month',
      year: 2026,
      deadline: { date: '2026-09-20', semantics: 'before', text: 'trước ngày 20/9/2026' },
      owedBy: ['so-ban-nganh', 'ubnd-xa-phuong'],
      recipient: 'ubnd-tinh',
      via: 'so-noi-vu',
      copies: [],
      coordinator: 'so-noi-vu',
      source: 'III.1',
    },
    {
      id: 'bc-dot-xuat-bau-cu',
      title: { vi: 'Báo cáo đột xuất về công tác bầu cử', en: 'One-off report on the elections' },
      period: 'one-off',
      year: 2026,
      deadline: { date: '2026-04-10', semantics: 'before', text: 'trước ngày 10/4/2026' },
      owedBy: ['ubnd-xa-phuong'],
      recipient: 'ubnd-tinh',
      via: 'so-noi-vu',
      copies: [],
      coordinator: 'so-noi-vu',
      source: 'III.1',
    },
  ],
});
if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues.slice(0, 3)));
const plan = loaded.value;
const handlerAt = (now: string, calendar = createWorkingCalendar()) =>
  createReportHandler({
    plan,
    store: createMemoryReportStore(),
    auth: bearerTokenAuth({ lookup: (t) => (t === 'snv' ? { unitId: 'so-noi-vu', readAll: true } : t === 'xa' ? { unitId: 'ubnd-xa-an-phu' } : undefined) }),
    now: () => new Date(now),
    calendar,
  });
const get = async (h: ReturnType<typeof handlerAt>, path: string, token?: string) =>
  (await h(new Request(`http://localhost${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }))).json();

describe('every kind of obligation, one instance each', () => {
  it('the calendar lists 12 months, 4 quarters, the nine-month and the one-off report, each with its deadline', () => {
    const view = calendarView(plan, new Date('2026-05-06T09:00:00+07:00'));
    const keys = view.instances.map((i) => i.key);
    expect(keys).toHaveLength(2 + 12 + 4 + 1 + 1);
    expect(keys.slice(0, 4)).toEqual(['bc-6-thang-2026@2026', 'bc-nam-2026@2026', 'bc-thang-2026@2026-M01', 'bc-thang-2026@2026-M02']);
    expect(keys).toContain('bc-quy-2026@2026-Q2');
    expect(keys).toContain('bc-9-thang-2026@2026');
    expect(keys).toContain('bc-dot-xuat-bau-cu@2026');
    const q2 = view.instances.find((i) => i.key === 'bc-quy-2026@2026-Q2')!;
    expect(q2).toMatchObject({ periodIndex: 2, label: { vi: 'Quý II/2026' }, deadline: { date: '2026-06-15', semantics: 'before', text: 'trước ngày 15 của tháng cuối quý' }, status: 'open' });
    expect(q2.owedBy).toEqual(['van-phong-ubnd-tinh', 'so-noi-vu', 'so-tai-chinh', 'so-y-te']);
    // April: 30/4 and 1/5 are holidays; five working days after 30/4 end on Friday 8/5.
    const april = view.instances.find((i) => i.key === 'bc-thang-2026@2026-M04')!;
    expect(april.deadline.lastDay).toBe('2026-05-08');
    expect(april.status).toBe('open');
  });

  it('the overview gives each instance its own counts; attention is the latest overdue one with units missing', async () => {
    const h = handlerAt('2026-05-06T09:00:00+07:00');
    const snv = (await get(h, '/api/overview', 'snv')) as Overview;
    expect(snv.periods).toHaveLength(20);
    const m03 = snv.periods.find((p) => p.key === 'bc-thang-2026@2026-M03')!;
    expect(m03).toMatchObject({ period: 'monthly', periodIndex: 3, status: 'overdue', label: { vi: 'Tháng 3/2026' }, summary: { owed: 3, submitted: 0, missing: 3 } });
    // Past: M01–M03, Q1, the one-off (10/4) — the latest of them with units missing comes first.
    expect(snv.attention).toBe('bc-dot-xuat-bau-cu@2026');
    const xa = (await get(h, '/api/overview', 'xa')) as Overview;
    expect(xa.periods.find((p) => p.key === 'bc-quy-2026@2026-Q2')!.own).toEqual({ state: 'not-owed' });
    expect(xa.periods.find((p) => p.key === 'bc-thang-2026@2026-M04')!.own).toEqual({ state: 'open' });
    // The consolidation of one instance is asked for by period, year and month/quarter.
    const agg = await get(h, '/api/aggregate?period=monthly&year=2026&periodIndex=4&obligationId=bc-thang-2026', 'snv');
    expect(agg.summary).toMatchObject({ owed: 3, submitted: 0 });
    const bad = await h(new Request('http://localhost/api/aggregate?period=monthly&year=2026&periodIndex=13', { headers: { authorization: 'Bearer snv' } }));
    expect(bad.status).toBe(400);
  });

  it('announced holidays given as the working calendar move a working-day deadline', async () => {
    // A test schedule (not a real announcement): Monday 4/5/2026 off, swapped with Saturday 9/5.
    const file = parseHolidays(
      JSON.stringify({
        format: 'dvcq-holidays/1',
        notices: { 'TEST-1': { type: { vi: 'Thông báo', en: 'Notice' }, number: 'TEST-1/TB', date: '2026-04-01', issuer: { vi: 'Cơ quan thử nghiệm', en: 'Test body' } } },
        schedules: [
          {
            year: 2026,
            occasion: 'reunification-labour',
            notice: 'TEST-1',
            days: [
              { date: '2026-04-30', kind: 'holiday' },
              { date: '2026-05-01', kind: 'holiday' },
              { date: '2026-05-04', kind: 'swapped-off' },
              { date: '2026-05-09', kind: 'working-day' },
            ],
          },
        ],
      }),
    );
    expect(file.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    const calendar = createWorkingCalendar({ announced: file.value });
    const view = calendarView(plan, new Date('2026-05-06T09:00:00+07:00'), { calendar });
    expect(view.instances.find((i) => i.key === 'bc-thang-2026@2026-M04')!.deadline.lastDay).toBe('2026-05-09');
  });

  it('the API answers with the same working calendar', async () => {
    const calendar = createWorkingCalendar();
    const h = handlerAt('2026-05-06T09:00:00+07:00', calendar);
    const cal = await get(h, '/api/calendar');
    expect(cal.instances.find((i: { key: string }) => i.key === 'bc-thang-2026@2026-M04').deadline.lastDay).toBe('2026-05-08');
    const ov = (await get(h, '/api/overview', 'snv')) as Overview;
    expect(ov.periods.find((p) => p.key === 'bc-thang-2026@2026-M04')!.deadline.date).toBe('2026-05-08');
  });
});
