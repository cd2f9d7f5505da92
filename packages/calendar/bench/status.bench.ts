/**
 * Benchmark (not a test): statuses for 10,000 units, and the instances of rule-based
 * obligations. Run: `pnpm --filter @dvcq/calendar bench` (vitest bench). Also prints one timed
 * run of each, from a cold start of the module.
 */
import { bench, describe } from 'vitest';
import { createWorkingCalendar, obligationCalendar, obligationInstances, planInstances, statusOf, unitStatuses } from '../src/index';
import type { ObligationLike, PlanLike } from '../src/index';

const UNITS = 10_000;
const orgUnits = Array.from({ length: UNITS }, (_, i) => ({
  id: `don-vi-${i}`,
  name: { vi: `Đơn vị ${i}`, en: `Unit ${i}` },
  kind: 'commune-committee' as const,
  validFrom: '2020-01-01',
}));
const base = { owedBy: ['tat-ca'], recipient: 'don-vi-0', copies: [], source: 'III.1' };
const ob = (id: string, date: string, period: 'semiannual' | 'annual'): ObligationLike => ({
  id,
  title: { vi: id, en: id },
  period,
  year: 2021,
  deadline: { date, semantics: 'before', text: `trước ngày ${date}` },
  ...base,
});
const unitGroups = [{ id: 'tat-ca', name: { vi: 'Tất cả', en: 'All' }, members: orgUnits.map((u) => u.id) }];
const plan: PlanLike = { id: 'bench', orgUnits, unitGroups, obligations: [ob('bc-6-thang', '2021-05-20', 'semiannual'), ob('bc-nam', '2021-11-05', 'annual')] };

// A 2026 plan with rules: quarterly "trước ngày 15 của tháng cuối quý" and monthly
// "chậm nhất 5 ngày làm việc sau khi kết thúc tháng" (4 + 12 instances).
const quarterly: ObligationLike = {
  id: 'bc-quy',
  title: { vi: 'Báo cáo quý', en: 'Quarterly report' },
  period: 'quarterly',
  year: 2026,
  deadline: { kind: 'day-of-month', day: 15, month: 'last-of-period', semantics: 'before' },
  dataWindow: { preset: 'nd09-quarterly' },
  ...base,
};
const monthly: ObligationLike = {
  id: 'bc-thang',
  title: { vi: 'Báo cáo tháng', en: 'Monthly report' },
  period: 'monthly',
  year: 2026,
  deadline: { kind: 'after-period', days: 5, count: 'working', semantics: 'inclusive' },
  ...base,
};
const plan2026: PlanLike = { id: 'bench-2026', orgUnits, unitGroups, obligations: [quarterly, monthly] };

const at = '2021-05-10T09:00:00+07:00';
const submittedAt = (unitId: string, obligationId: string) =>
  obligationId === 'bc-6-thang' && unitId.endsWith('7') ? '2021-05-08T10:00:00+07:00' : undefined;

{
  const t0 = performance.now();
  const rows = unitStatuses(plan, { at, submittedAt });
  const t1 = performance.now();
  const cal = createWorkingCalendar();
  let n = 0;
  for (const u of orgUnits)
    for (const o of plan.obligations) {
      const s = submittedAt(u.id, o.id);
      statusOf(o, at, { calendar: cal, ...(s ? { submittedAt: s } : {}) });
      n++;
    }
  const t2 = performance.now();
  const rows2026 = unitStatuses(plan2026, { at: '2026-08-10T09:00:00+07:00' });
  const t3 = performance.now();
  console.log(`[bench] unitStatuses: ${rows.length} statuses (10,000 units × 2 obligations) in ${(t1 - t0).toFixed(1)} ms`);
  console.log(`[bench] statusOf per unit × obligation (shared calendar): ${n} statuses in ${(t2 - t1).toFixed(1)} ms`);
  console.log(`[bench] unitStatuses with instances: ${rows2026.length} statuses (10,000 units × 16 instances) in ${(t3 - t2).toFixed(1)} ms`);
}

describe('10,000 units × 2 obligations', () => {
  bench('unitStatuses (bulk, with submissions)', () => {
    unitStatuses(plan, { at, submittedAt });
  });
  bench('statusOf × 20,000 (one shared working calendar)', () => {
    const calendar = createWorkingCalendar();
    for (const u of orgUnits) for (const o of plan.obligations) statusOf(o, at, { calendar, ...(u.id.endsWith('7') ? { submittedAt: '2021-05-08' } : {}) });
  });
  bench('obligationCalendar for one unit (CLI path)', () => {
    obligationCalendar(plan, { at, unitId: 'don-vi-4242' });
  });
});

describe('instances (quarterly + monthly working-day rule, 16 instances)', () => {
  const calendar = createWorkingCalendar();
  bench('planInstances, fresh working calendar', () => {
    planInstances(plan2026);
  });
  bench('obligationInstances × 1,000 monthly obligations (12 instances each, shared calendar)', () => {
    // A new object each time: a calendar memoises the instances of an obligation object it has seen.
    for (let i = 0; i < 1000; i++) obligationInstances({ ...monthly }, { calendar });
  });
  bench('unitStatuses: 10,000 units × 16 instances = 160,000 rows', () => {
    unitStatuses(plan2026, { at: '2026-08-10T09:00:00+07:00', calendar });
  });
});
