// Benchmark (not a test): the consolidated draft for 100 units, budget ≤ 2 s
// (issue 12). 100 owing units of the Bắc Ninh 2026 test plan (12 departments and the first 88
// communes and wards, real names), each with a complete report (every task answered with text,
// every indicator, two models, difficulties and proposals), consolidated with @dvcq/aggregate:
// the draft then holds ~900 paragraphs, a 200-row models table and a 100-row landscape annex.
// Run: pnpm --filter @dvcq/documents bench
import { bench, describe } from 'vitest';
import { expandUnitIds } from '@dvcq/core';
import { aggregate } from '@dvcq/aggregate';
import { renderConsolidatedDocx } from '../src/render';
import { daysBefore, firstDateObligation, testPlans } from '../src/_fixtures/plans';
import { fixtureReport } from '../src/_fixtures/reports';

const { plan } = testPlans.find((p) => p.name === 'bac-ninh-2026')!;
const ob = firstDateObligation(plan);
const ids = expandUnitIds(plan, ob.owedBy).slice(0, 100);
const records = ids.map((id, i) => ({
  id: `r${i}`,
  receivedAt: `${daysBefore(ob.deadline.date, i % 9 === 8 ? -1 : 5)}T10:00:00+07:00`,
  report: fixtureReport(plan, id, { period: ob.period, year: ob.year, number: i + 1, date: daysBefore(ob.deadline.date, 10), seed: i }),
}));
const options = { plan, period: ob.period, year: ob.year, now: `${daysBefore(ob.deadline.date, -5)}T09:00:00+07:00` };
const agg = aggregate(records, options);

describe('consolidated draft, 100 units', () => {
  bench(
    'renderConsolidatedDocx (from the aggregation)',
    async () => {
      const r = await renderConsolidatedDocx(agg, { plan });
      if (!r.ok) throw new Error('not rendered');
    },
    { iterations: 5, warmupIterations: 1, time: 0 },
  );
  bench(
    'aggregate + renderConsolidatedDocx (from the 100 reports)',
    async () => {
      const r = await renderConsolidatedDocx(aggregate(records, options), { plan });
      if (!r.ok) throw new Error('not rendered');
    },
    { iterations: 5, warmupIterations: 1, time: 0 },
  );
});
