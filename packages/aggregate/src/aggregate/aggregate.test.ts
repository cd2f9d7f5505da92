import { hoaBinh2021Plan as plan } from '@dvcq/plan-hoa-binh-2021';
import type { Plan } from '@dvcq/core';
import { createWorkingCalendar, obligationInstances } from '@dvcq/calendar';
import { describe, expect, it } from 'vitest';
// The sample-report generator moves to @dvcq/report/testing; until then it is read from its current home.
import { sampleReport } from '@dvcq/report/testing';
import { aggregate } from './aggregate';

const rep = (unitId: string, extra: Record<string, unknown> = {}) => ({ ...sampleReport(plan, unitId, { period: 'semiannual', year: 2021 }), ...extra });
const at = (unitId: string, receivedAt: string, more: Record<string, unknown> = {}) => ({ report: rep(unitId), receivedAt, id: `${unitId}@${receivedAt}`, ...more });
const six = { plan, period: 'semiannual', year: 2021 } as const;

describe('aggregate: unit states and timeliness', () => {
  const inputs = [
    at('so-y-te', '2021-05-19T23:59:59+07:00'), // last second of the last day: on time
    at('so-tu-phap', '2021-05-20T00:00:00+07:00'), // deadline instant: late ("trước ngày 20/5")
    at('ubnd-huyen-da-bac', '2021-05-10T08:00:00+07:00'),
  ];
  const agg = aggregate(inputs, { ...six, now: '2021-06-01T00:00:00+07:00' });

  it('gives each owing unit its status from the calendar', () => {
    const state = Object.fromEntries(agg.units.map((u) => [u.unitId, u.state]));
    expect(state['so-y-te']).toBe('on-time');
    expect(state['so-tu-phap']).toBe('late');
    expect(state['ubnd-huyen-da-bac']).toBe('on-time');
    expect(state['so-noi-vu']).toBe('overdue');
    expect(agg.summary).toEqual({ owed: 28, submitted: 3, onTime: 2, late: 1, missing: 25, pending: 0, completeness: 3 / 28, timeliness: 2 / 3 });
    expect(agg.obligation).toMatchObject({ id: 'bc-6-thang-2021', key: 'bc-6-thang-2021@2021', deadline: { date: '2021-05-20', lastDay: '2021-05-19', semantics: 'before' } });
    expect(agg.units.find((u) => u.unitId === 'so-y-te')).toMatchObject({ timingBasis: 'received', submittedAt: '2021-05-19T23:59:59+07:00', documentNumber: '01/BC-SYT', owes: true });
  });

  it('an extension ("gia hạn") moves one unit’s deadline: on time, or still pending, until the new last day', () => {
    const ext = aggregate(inputs, { ...six, now: '2021-05-22T09:00:00+07:00', extensions: { 'so-tu-phap': '2021-05-25', 'so-noi-vu': '2021-05-25', 'so-y-te': '2021-05-01' } });
    const row = (id: string) => ext.units.find((u) => u.unitId === id)!;
    expect(row('so-tu-phap')).toMatchObject({ state: 'on-time', extendedTo: '2021-05-25' });
    expect(row('so-noi-vu')).toMatchObject({ state: 'open', extendedTo: '2021-05-25' });
    // An earlier "extension" changes nothing.
    expect(row('so-y-te').state).toBe('on-time');
    expect(row('so-y-te').extendedTo).toBeUndefined();
    expect(row('so-van-hoa-the-thao-va-du-lich')?.state ?? row('so-tai-chinh').state).toBe('overdue');
    expect(ext.summary).toMatchObject({ submitted: 3, onTime: 3, late: 0, missing: 24, pending: 1 });
    const after = aggregate([], { ...six, now: '2021-05-26T00:00:00+07:00', extensions: { 'so-noi-vu': '2021-05-25' } });
    expect(after.units.find((u) => u.unitId === 'so-noi-vu')!.state).toBe('overdue');
  });

  it('before the deadline an unsent report is pending, not missing', () => {
    const early = aggregate([], { ...six, now: '2021-05-01T00:00:00+07:00' });
    expect(early.summary).toMatchObject({ submitted: 0, missing: 0, pending: 28, timeliness: null, completeness: 0 });
    expect(new Set(early.units.map((u) => u.state))).toEqual(new Set(['open']));
  });

  it('a report dated after `now` is not yet sent as of `now`', () => {
    const r = aggregate([at('so-y-te', '2021-05-15T08:00:00+07:00')], { ...six, now: '2021-05-10T00:00:00+07:00' });
    expect(r.units.find((u) => u.unitId === 'so-y-te')).toMatchObject({ state: 'open', reportsSeen: 1 });
    expect(r.summary.submitted).toBe(0);
  });

  it('a period the plan owes nothing for: no obligation, every sender upcoming and not owing', () => {
    const r = aggregate([{ report: { ...rep('so-y-te'), period: 'quarterly' }, receivedAt: '2021-04-01T08:00:00+07:00' }], { plan, period: 'quarterly', year: 2021, now: '2021-06-01' });
    expect(r.obligation).toBeNull();
    expect(r.summary).toMatchObject({ owed: 0, completeness: 1 });
    expect(r.units).toEqual([expect.objectContaining({ unitId: 'so-y-te', owes: false })]);
  });
});

describe('aggregate: reading inputs', () => {
  it('counts the latest correction and judges time by the first report sent, in any input order', () => {
    const first = { report: rep('so-y-te', { difficulties: 'bản đầu' }), receivedAt: '2021-05-18T08:00:00+07:00', id: 'a' };
    const corr = { report: rep('so-y-te', { difficulties: 'bản sửa', document: { ...(rep('so-y-te').document as object), number: '02/BC-SYT' } }), receivedAt: '2021-05-25T08:00:00+07:00', id: 'b', replaces: 'a' };
    for (const order of [[corr, first], [first, corr]]) {
      const r = aggregate(order, { ...six, now: '2021-06-01' });
      const u = r.units.find((x) => x.unitId === 'so-y-te')!;
      expect(u).toMatchObject({ state: 'on-time', reportId: 'b', documentNumber: '02/BC-SYT', reportsSeen: 2 });
      expect(r.ignored).toEqual([{ ref: 'a', code: 'superseded' }]);
    }
  });

  it('bare files are timed by their document date; other periods, plans and units are ignored with a reason', () => {
    const r = aggregate(
      [
        rep('so-y-te', { document: { ...(rep('so-y-te').document as object), date: '2021-05-20' } }),
        { ...sampleReport(plan, 'so-tu-phap', { period: 'annual', year: 2021 }) } as Record<string, unknown>,
        { ...rep('so-xay-dung'), planId: 'x' },
        { ...rep('so-xay-dung'), unitId: 'khong-co' },
        { ...rep('so-xay-dung'), year: 2022 },
        42 as unknown as Record<string, unknown>,
      ],
      { ...six, now: '2021-06-01' },
    );
    expect(r.units.find((x) => x.unitId === 'so-y-te')).toMatchObject({ state: 'late', timingBasis: 'document-date' });
    expect(r.ignored).toEqual([
      { ref: '#2', code: 'other-period' },
      { ref: '#3', code: 'other-plan' },
      { ref: '#4', code: 'unknown-unit' },
      { ref: '#5', code: 'other-period' },
      { ref: '#6', code: 'not-an-object' },
    ]);
  });

  it('never throws on malformed values: they are skipped field by field', () => {
    const bad = rep('so-y-te', { indicators: { 'tiep-cong-dan': 'nhiều', 'so-vu-viec': Number.NaN }, tasks: { 'II.1.1': 'xong', 'II.1.2': { status: 'maybe' } }, document: null });
    const r = aggregate([{ report: bad, receivedAt: 'hôm qua', id: 7 as unknown as string }], { ...six, now: '2021-06-01' });
    const u = r.units.find((x) => x.unitId === 'so-y-te')!;
    expect(u).toMatchObject({ reportsSeen: 1, reportId: '#1' });
    expect(r.indicators.find((i) => i.id === 'tiep-cong-dan')).toMatchObject({ total: null, reported: 0 });
    expect(r.tasks.find((t) => t.taskId === 'II.1.2')!.counts['no-answer']).toBe(1);
  });
});

describe('aggregate: instances of an obligation', () => {
  // Two one-off (đột xuất) style obligations sharing a period: reports must name theirs.
  const twin: Plan = structuredClone(plan);
  const ob = twin.obligations.find((o) => o.id === 'bc-6-thang-2021')!;
  twin.obligations.push({ ...structuredClone(ob), id: 'bc-dot-xuat-2021', title: { vi: 'Báo cáo đột xuất', en: 'Ad hoc report' }, deadline: { date: '2021-04-10', semantics: 'inclusive', text: 'chậm nhất ngày 10/4/2021' } });
  const sent = (unitId: string, extra: Record<string, unknown>) => ({ report: rep(unitId, extra), receivedAt: '2021-05-01T08:00:00+07:00', source: `${unitId}.json` });

  it('picks the instance by obligationId and judges time against its own deadline', () => {
    const inputs = [sent('so-y-te', { obligationId: 'bc-dot-xuat-2021' }), sent('so-tu-phap', { obligationId: 'bc-6-thang-2021' }), sent('so-xay-dung', {})];
    const adhoc = aggregate(inputs, { plan: twin, period: 'semiannual', year: 2021, obligationId: 'bc-dot-xuat-2021', now: '2021-06-01' });
    expect(adhoc.obligation).toMatchObject({ id: 'bc-dot-xuat-2021', key: 'bc-dot-xuat-2021@2021', deadline: { lastDay: '2021-04-10' } });
    expect(adhoc.units.find((u) => u.unitId === 'so-y-te')!.state).toBe('late');
    expect(adhoc.ignored).toEqual([
      { ref: 'so-tu-phap.json', code: 'other-period' },
      { ref: 'so-xay-dung.json', code: 'ambiguous-obligation' },
    ]);
    const semi = aggregate(inputs, { plan: twin, period: 'semiannual', year: 2021, obligationId: 'bc-6-thang-2021', now: '2021-06-01' });
    expect(semi.units.find((u) => u.unitId === 'so-tu-phap')!.state).toBe('on-time');
    expect(semi.summary.submitted).toBe(1);
  });

  // Quarterly and monthly obligations whose deadlines follow a rule per period.
  const ruled: Plan = structuredClone(plan);
  const semi = ruled.obligations.find((o) => o.id === 'bc-6-thang-2021')!;
  const base = { owedBy: semi.owedBy, recipient: semi.recipient, copies: [], source: 'III.1' };
  ruled.obligations.push(
    { ...base, id: 'bc-quy-2021', title: { vi: 'Báo cáo quý', en: 'Quarterly report' }, period: 'quarterly', year: 2021, deadline: { kind: 'day-of-month', day: 15, month: 'last-of-period', semantics: 'before', text: 'trước ngày 15 của tháng cuối quý' } },
    { ...base, id: 'bc-thang-2021', title: { vi: 'Báo cáo tháng', en: 'Monthly report' }, period: 'monthly', year: 2021, deadline: { kind: 'after-period', days: 5, count: 'working', semantics: 'inclusive', text: 'chậm nhất 5 ngày làm việc sau khi kết thúc kỳ' } },
  );
  const quarterly = ruled.obligations.find((o) => o.id === 'bc-quy-2021')!;
  const monthly = ruled.obligations.find((o) => o.id === 'bc-thang-2021')!;
  const inPeriod = (unitId: string, period: string, periodIndex: number, receivedAt: string) => ({ report: rep(unitId, { planId: ruled.id, period, periodIndex }), receivedAt, source: `${unitId}-${periodIndex}` });

  it('a quarter is one instance: its key, label and rule deadline come from the calendar', () => {
    const q2 = obligationInstances(quarterly).find((i) => i.index === 2)!;
    expect(q2.deadline.lastDay).toBe('2021-06-14'); // "trước ngày 15 của tháng cuối quý"
    const inputs = [inPeriod('so-y-te', 'quarterly', 2, '2021-06-14T17:00:00+07:00'), inPeriod('so-tu-phap', 'quarterly', 2, '2021-06-15T08:00:00+07:00'), inPeriod('so-xay-dung', 'quarterly', 3, '2021-06-10T08:00:00+07:00')];
    const r = aggregate(inputs, { plan: ruled, period: 'quarterly', year: 2021, periodIndex: 2, now: '2021-07-01' });
    expect(r.obligation).toMatchObject({ id: 'bc-quy-2021', key: 'bc-quy-2021@2021-Q2', label: { vi: 'Quý II/2021' }, index: 2, deadline: { lastDay: q2.deadline.lastDay, instant: q2.deadline.instant } });
    const state = Object.fromEntries(r.units.map((u) => [u.unitId, u.state]));
    expect([state['so-y-te'], state['so-tu-phap'], state['so-noi-vu']]).toEqual(['on-time', 'late', 'overdue']);
    expect(r.ignored).toEqual([{ ref: 'so-xay-dung-3', code: 'other-period' }]);
    // Before its quarter opens, the third quarter is upcoming for everyone.
    const q3 = aggregate(inputs, { plan: ruled, period: 'quarterly', year: 2021, periodIndex: 3, now: '2021-06-20' });
    expect(new Set(q3.units.filter((u) => u.reportsSeen === 0).map((u) => u.state))).toEqual(new Set(['upcoming']));
  });

  it('a month counted in working days uses the calendar given (holidays files change the deadline)', () => {
    // A test-only holidays file (not a real notice): it adds a day off on Wednesday 3/2/2021,
    // inside the five working days after January, so January's deadline moves a day later.
    const extra = createWorkingCalendar({
      announced: {
        format: 'dvcq-holidays/1',
        notices: { 'TEST-1': { type: { vi: 'Thông báo (thử nghiệm)', en: 'Notice (test)' }, number: '1/TB-TEST', date: '2021-01-15', issuer: { vi: 'Cơ quan thử nghiệm', en: 'Test body' } } },
        schedules: [{ year: 2021, occasion: 'new-year', notice: 'TEST-1', days: [{ date: '2021-01-01', kind: 'holiday' }, { date: '2021-02-03', kind: 'in-lieu' }] }],
      },
    });
    const usual = obligationInstances(monthly).find((i) => i.index === 1)!;
    const moved = obligationInstances(monthly, { calendar: extra }).find((i) => i.index === 1)!;
    expect([usual.deadline.lastDay, moved.deadline.lastDay]).toEqual(['2021-02-05', '2021-02-08']);
    const sent = [inPeriod('so-y-te', 'monthly', 1, '2021-02-08T10:00:00+07:00')];
    const a = aggregate(sent, { plan: ruled, period: 'monthly', year: 2021, periodIndex: 1, now: '2021-03-01' });
    const b = aggregate(sent, { plan: ruled, period: 'monthly', year: 2021, periodIndex: 1, now: '2021-03-01', calendar: extra });
    expect(a.obligation).toMatchObject({ key: 'bc-thang-2021@2021-M01', label: { vi: 'Tháng 1/2021' }, deadline: { lastDay: '2021-02-05' } });
    expect(a.units.find((u) => u.unitId === 'so-y-te')!.state).toBe('late');
    expect(b.obligation!.deadline.lastDay).toBe('2021-02-08');
    expect(b.units.find((u) => u.unitId === 'so-y-te')!.state).toBe('on-time');
  });

  it('a month or quarter is part of the instance: reports of another index are left out', () => {
    const q = (unitId: string, periodIndex?: number) => ({ report: rep(unitId, periodIndex === undefined ? {} : { periodIndex }), source: `${unitId}-${periodIndex}` });
    const r = aggregate([q('so-y-te', 2), q('so-tu-phap', 3), q('so-xay-dung')], { plan, period: 'semiannual', year: 2021, periodIndex: 2, now: '2021-06-01' });
    expect(r.periodIndex).toBe(2);
    expect(r.units.map((u) => u.unitId)).toEqual(['so-y-te']);
    expect(r.ignored.map((i) => i.ref)).toEqual(['so-tu-phap-3', 'so-xay-dung-undefined']);
  });
});

describe('aggregate: indicator totals', () => {
  const inputs = [at('so-y-te', '2021-05-10T08:00:00+07:00'), at('so-tu-phap', '2021-05-10T08:00:00+07:00'), at('ubnd-huyen-da-bac', '2021-05-10T08:00:00+07:00'), at('van-phong-ubnd-tinh', '2021-05-10T08:00:00+07:00')];
  const agg = aggregate(inputs, { ...six, now: '2021-06-01T00:00:00+07:00' });
  const ind = (u: string) => rep(u).indicators as Record<string, number>;

  it('sums counts over units, by unit kind and by content area', () => {
    const row = agg.indicators.find((i) => i.id === 'tiep-cong-dan')!;
    const units = ['so-y-te', 'so-tu-phap', 'ubnd-huyen-da-bac', 'van-phong-ubnd-tinh'].filter((u) => agg.units.some((x) => x.unitId === u));
    expect(row.total).toBe(units.reduce((s, u) => s + ind(u)['tiep-cong-dan']!, 0));
    expect(row.byKind.department?.total).toBe(ind('so-y-te')['tiep-cong-dan']! + ind('so-tu-phap')['tiep-cong-dan']!);
    expect(row.byKind['district-committee']?.total).toBe(ind('ubnd-huyen-da-bac')['tiep-cong-dan']);
    expect(row.byUnit['so-y-te']).toBe(ind('so-y-te')['tiep-cong-dan']);
    expect(row.areaId).toBe('II.5');
    expect(agg.areas.find((x) => x.areaId === 'II.5')?.indicators).toContain('tiep-cong-dan');
  });

  it('per-kind totals add up to the total for every indicator', () => {
    for (const i of agg.indicators) {
      const parts = Object.values(i.byKind);
      expect(parts.reduce((s, g) => s + g.reported, 0)).toBe(i.reported);
      if (i.type === 'count' && i.reported > 0) expect(parts.reduce((s, g) => s + (g.total ?? 0), 0)).toBe(i.total);
    }
  });

  it('keeps percentages as means, never sums', () => {
    const pct = agg.indicators.find((i) => i.type === 'percent')!;
    expect(pct.total).toBeNull();
    const values = Object.values(pct.byUnit);
    expect(pct.mean).toBe(Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100);
  });
});

describe('aggregate: task compilation', () => {
  const inputs = [at('so-y-te', '2021-05-10T08:00:00+07:00'), at('so-tu-phap', '2021-05-10T08:00:00+07:00'), at('ubnd-huyen-da-bac', '2021-05-10T08:00:00+07:00')];
  const agg = aggregate(inputs, { ...six, now: '2021-06-01T00:00:00+07:00' });

  it('counts task statuses and compiles results naming each unit', () => {
    const t = agg.tasks.find((x) => x.taskId === 'II.1.1')!;
    expect(t.counts.done + t.counts['in-progress'] + t.counts['not-started'] + t.counts['not-applicable']).toBe(3);
    expect(t.compiled).toMatch(/^– Sở Y tế tỉnh Hòa Bình \((đã|đang) thực hiện\): /m);
    expect(t.compiled).toMatch(/^– Ủy ban nhân dân huyện Đà Bắc /m);
    const en = aggregate(inputs, { ...six, now: '2021-06-01', lang: 'en' });
    expect(en.tasks.find((x) => x.taskId === 'II.1.1')!.compiled).toMatch(/Department of Health/);
  });

  it('a task left out by a unit it applies to is "no-answer"; one that does not apply is no gap', () => {
    const r = rep('so-y-te');
    const tasks = { ...(r.tasks as Record<string, unknown>) };
    const [dropped] = Object.keys(tasks);
    delete tasks[dropped!];
    const agg2 = aggregate([{ report: { ...r, tasks }, receivedAt: '2021-05-10T08:00:00+07:00' }], { ...six, now: '2021-06-01' });
    const row = agg2.tasks.find((t) => t.taskId === dropped)!;
    expect(row.counts['no-answer']).toBe(1);
    expect(row.answers).toEqual([expect.objectContaining({ unitId: 'so-y-te', status: 'no-answer' })]);
    expect(agg2.tasks.length).toBe(29);
    const answeredOrGap = agg2.tasks.reduce((s, t) => s + t.answers.length, 0);
    expect(answeredOrGap).toBe(Object.keys(r.tasks as object).length);
  });
});

describe('aggregate: free texts and models', () => {
  it('collects each unit’s non-blank texts and valid models from its counted report, in unit order', () => {
    const a = { report: rep('so-y-te', { difficulties: 'Thiếu biên chế.', proposals: '  ', nextDirections: 'Tiếp tục.', models: [{ name: 'Mô hình A', field: 'Y tế', holder: 'collective', stage: 'recognized' }, { name: '', holder: 'x' }, 7] }), receivedAt: '2021-05-10T08:00:00+07:00', id: 'a' };
    const b = { report: rep('so-noi-vu', { difficulties: 'bản cũ', proposals: 'Bổ sung kinh phí.' }), receivedAt: '2021-05-09T08:00:00+07:00', id: 'b' };
    const b2 = { report: rep('so-noi-vu', { difficulties: 'bản sửa', proposals: 42, models: [] }), receivedAt: '2021-05-11T08:00:00+07:00', id: 'b2', replaces: 'b' };
    const agg = aggregate([a, b, b2], { ...six, now: '2021-06-01' });
    const order = agg.units.map((u) => u.unitId);
    expect(order.indexOf('so-noi-vu')).toBeLessThan(order.indexOf('so-y-te'));
    expect(agg.texts.difficulties).toEqual([
      { unitId: 'so-noi-vu', unitName: 'Sở Nội vụ tỉnh Hòa Bình', text: 'bản sửa' },
      { unitId: 'so-y-te', unitName: 'Sở Y tế tỉnh Hòa Bình', text: 'Thiếu biên chế.' },
    ]);
    expect(agg.texts.proposals).toEqual([]);
    expect(agg.texts.nextDirections.map((t) => t.unitId)).toEqual(['so-noi-vu', 'so-y-te']);
    expect(agg.models).toEqual([{ unitId: 'so-y-te', unitName: 'Sở Y tế tỉnh Hòa Bình', name: 'Mô hình A', field: 'Y tế', holder: 'collective', stage: 'recognized' }]);
    expect(agg.units.find((u) => u.unitId === 'so-y-te')).toMatchObject({ documentNumber: '01/BC-SYT', documentDate: (rep('so-y-te').document as { date: string }).date });
  });
});
