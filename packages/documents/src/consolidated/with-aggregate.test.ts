// The consolidated draft from @dvcq/aggregate's own aggregate(): reports as a server keeps
// them (with their receipt times), one sent late, one never sent — for every test plan whose
// reports the aggregation reads. The type check below keeps ConsolidationInput in step with
// @dvcq/aggregate's Aggregation (a change there fails the typecheck here).
import { describe, expect, it } from 'vitest';
import { type Aggregation, aggregate } from '@dvcq/aggregate';
import { SUBMISSION_STATUS_LABELS, expandUnitIds } from '@dvcq/core';
import { renderConsolidatedDocx } from '../render';
import type { ConsolidationInput } from './types';
import { readDocx } from '../_fixtures/read-docx';
import { daysBefore, firstDateObligation, testPlans } from '../_fixtures/plans';
import { fixtureReport } from '../_fixtures/reports';

/** Every Aggregation is a ConsolidationInput (compile-time). */
export const _aggregationIsInput = (a: Aggregation): ConsolidationInput => a;

describe.each(testPlans)('consolidated draft from aggregate() — $name', ({ plan }) => {
  const ob = firstDateObligation(plan);
  const owing = expandUnitIds(plan, ob.owedBy);
  const lastDay = ob.deadline.semantics === 'before' ? daysBefore(ob.deadline.date, 1) : ob.deadline.date;
  const records = owing.slice(0, -1).map((unitId, i) => ({
    id: `r${i}`,
    receivedAt: `${i === 0 ? daysBefore(lastDay, -1) : daysBefore(lastDay, 3)}T10:00:00+07:00`,
    report: fixtureReport(plan, unitId, { period: ob.period, year: ob.year, number: i + 1, date: daysBefore(lastDay, 3), seed: i }),
  }));
  const agg = aggregate(records, { plan, period: ob.period, year: ob.year, now: `${daysBefore(lastDay, -10)}T00:00:00+07:00` });

  it('names the late and the missing units as the aggregation counts them', async () => {
    expect(agg.summary).toMatchObject({ owed: owing.length, late: 1, missing: 1, onTime: owing.length - 2 });
    const r = await renderConsolidatedDocx(agg, { plan });
    expect(r.ok, JSON.stringify(r.issues)).toBe(true);
    const paras = readDocx(r.value!).paragraphs.map((p) => p.text);
    const late = agg.units.find((u) => u.state === 'late')!;
    const missing = agg.units.find((u) => u.state === 'overdue')!;
    expect(paras.find((p) => p.startsWith(`- ${SUBMISSION_STATUS_LABELS.late.vi} (1): `))).toContain(late.name.vi);
    expect(paras).toContain(`- ${SUBMISSION_STATUS_LABELS.overdue.vi} (1): ${missing.name.vi}.`);
    // Every answer the aggregation compiled is in the document, its unit named.
    for (const t of agg.tasks) for (const a of t.answers.filter((x) => x.status === 'done' && x.results)) {
      expect(paras.some((p) => p.startsWith(`- ${a.unitName}: `) && p.endsWith(a.results!.split('\n').map((l) => l.trim()).join(' ')))).toBe(true);
    }
  });
});
