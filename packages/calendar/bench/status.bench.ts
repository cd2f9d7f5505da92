/**
 * Benchmark (not a test): statuses for 10,000 units × 2 obligations.
 * Run: `pnpm --filter @dvcq/calendar bench` (vitest bench). Also prints one timed run.
 */
import { bench, describe } from 'vitest';
import { createWorkingCalendar, obligationCalendar, statusOf, unitStatuses } from '../src/index';
import type { PlanLike } from '../src/index';

const UNITS = 10_000;
const orgUnits = Array.from({ length: UNITS }, (_, i) => ({
  id: `don-vi-${i}`,
  name: { vi: `Đơn vị ${i}`, en: `Unit ${i}` },
  kind: 'commune-committee' as const,
  validFrom: '2020-01-01',
}));
const ob = (id: string, date: string, period: 'semiannual' | 'annual') => ({
  id,
  title: { vi: id, en: id },
  period,
  year: 2021,
  deadline: { date, semantics: 'before' as const, text: `trước ngày ${date}` },
  owedBy: ['tat-ca'],
  recipient: 'don-vi-0',
  copies: [],
  source: 'III.1',
});
const plan: PlanLike = {
  id: 'bench',
  orgUnits,
  unitGroups: [{ id: 'tat-ca', name: { vi: 'Tất cả', en: 'All' }, members: orgUnits.map((u) => u.id) }],
  obligations: [ob('bc-6-thang', '2021-05-20', 'semiannual'), ob('bc-nam', '2021-11-05', 'annual')],
};
const at = '2021-05-10T09:00:00+07:00';
const submittedAt = (unitId: string, obligationId: string) =>
  obligationId === 'bc-6-thang' && unitId.endsWith('7') ? '2021-05-08T10:00:00+07:00' : undefined;

{
  const t0 = performance.now();
  const rows = unitStatuses(plan, { at, submittedAt });
  const t1 = performance.now();
  const cal = createWorkingCalendar();
  let n = 0;
  for (const u of orgUnits) for (const o of plan.obligations) {
    statusOf(o, at, { calendar: cal, ...(submittedAt(u.id, o.id) ? { submittedAt: submittedAt(u.id, o.id)! } : {}) });
    n++;
  }
  const t2 = performance.now();
  console.log(`[bench] unitStatuses: ${rows.length} statuses (10,000 units × 2 obligations) in ${(t1 - t0).toFixed(1)} ms`);
  console.log(`[bench] statusOf per unit × obligation (shared calendar): ${n} statuses in ${(t2 - t1).toFixed(1)} ms`);
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
