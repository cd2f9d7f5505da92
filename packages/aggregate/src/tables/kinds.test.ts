import { hoaBinh2021Plan as plan } from '@dvcq/plan-hoa-binh-2021';
import type { OrgUnitKind, Plan } from '@dvcq/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate } from '../aggregate/aggregate';
import { OTHER_KINDS_COLUMN, indicatorByKindColumns, kindColumns, unitKindLabel } from './kinds';
import { aggregationTable } from './tables';

const KINDS: OrgUnitKind[] = ['province-committee', 'province-committee-office', 'department', 'district-committee', 'commune-committee', 'party-committee', 'party-body', 'front-and-mass-organizations', 'leadership', 'other'];

/** A plan whose owing units have random kinds, and reports giving random counts. */
function scenario(kinds: OrgUnitKind[], values: number[]) {
  const p: Plan = structuredClone(plan);
  const ob = p.obligations.find((o) => o.period === 'semiannual')!;
  const owing = p.orgUnits.filter((u) => ob.owedBy.some((g) => p.unitGroups.find((x) => x.id === g)?.members.includes(u.id) || g === u.id)).slice(0, kinds.length);
  owing.forEach((u, i) => (u.kind = kinds[i]!));
  const ind = p.indicators.find((i) => i.type === 'count' && (i.periods === undefined || i.periods.includes('semiannual')))!;
  const pct = p.indicators.find((i) => i.type === 'percent' && (i.periods === undefined || i.periods.includes('semiannual')))!;
  const inputs = owing.map((u, i) => ({
    report: { planId: p.id, period: 'semiannual', year: 2021, unitId: u.id, indicators: { [ind.id]: values[i % values.length]!, [pct.id]: (values[i % values.length]! % 101) } },
    receivedAt: '2021-05-10T08:00:00+07:00',
  }));
  return { agg: aggregate(inputs, { plan: p, period: 'semiannual', year: 2021, now: '2021-06-01' }), ind: ind.id, pct: pct.id };
}

describe('kind columns', () => {
  it('every unit kind has a Vietnamese and an English label', () => {
    for (const k of KINDS) {
      expect(unitKindLabel(k, 'vi')).not.toBe(k);
      expect(unitKindLabel(k, 'en')).not.toBe(k);
    }
    expect(unitKindLabel('province-committee-office', 'vi')).toBe('Văn phòng UBND tỉnh');
  });

  it('columns add up to the total whatever the kinds of the units and the columns chosen (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...KINDS), { minLength: 1, maxLength: 20 }),
        fc.array(fc.nat(1000), { minLength: 1, maxLength: 5 }),
        fc.option(fc.subarray(KINDS), { nil: undefined }),
        (kinds, values, chosen) => {
          const { agg, ind, pct } = scenario(kinds, values);
          const cols = kindColumns(agg, chosen);
          // Each unit's kind is in exactly one column.
          for (const u of agg.units) expect(cols.filter((c) => c.kinds.includes(u.kind))).toHaveLength(1);
          const row = agg.indicators.find((i) => i.id === ind)!;
          const parts = indicatorByKindColumns(agg, row, cols);
          expect(parts.reduce((s, g) => s + (g.total ?? 0), 0)).toBe(row.total ?? 0);
          expect(parts.reduce((s, g) => s + g.reported, 0)).toBe(row.reported);
          // Percentages: the reported counts add up, and each column's mean lies within its units' values.
          const prow = agg.indicators.find((i) => i.id === pct)!;
          expect(indicatorByKindColumns(agg, prow, cols).reduce((s, g) => s + g.reported, 0)).toBe(prow.reported);
          // The table shows the same columns.
          const head = aggregationTable(agg, 'indicators', chosen ? { kinds: chosen } : {})[0]!;
          expect(head.slice(9)).toEqual(cols.map((c) => c.label.vi));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('gathers kinds without a column in "other kinds", and only when there are some', () => {
    const { agg } = scenario(['department', 'province-committee-office', 'district-committee'], [1]);
    expect(kindColumns(agg).map((c) => c.key)).toEqual(['province-committee-office', 'department', 'district-committee']);
    expect(kindColumns(agg, ['department', 'district-committee']).map((c) => c.key)).toEqual(['department', 'district-committee', OTHER_KINDS_COLUMN]);
    expect(kindColumns(agg, ['department', 'district-committee', 'province-committee-office']).map((c) => c.key)).not.toContain(OTHER_KINDS_COLUMN);
  });

  it('a merged column of percentages is the mean over its units, not a mean of means', () => {
    const { agg, pct } = scenario(['department', 'department', 'department', 'party-body'], [10, 20, 30, 100]);
    const row = agg.indicators.find((i) => i.id === pct)!;
    const [other] = indicatorByKindColumns(agg, row, kindColumns(agg, []));
    expect(other).toEqual({ total: null, mean: 40, reported: 4 });
  });
});
