// Indicator totals: per indicator of the period the sum (counts) or the mean
// (percentages) over the units' counted reports, by content area and by kind of unit.
import { type Indicator, type OrgUnitKind, type Plan, contentAreas } from '@dvcq/core';
import { type _UnitReports, _isObj, _own } from './inputs';
import type { AreaRow, IndicatorRow, UnitRow } from './types';

/** @internal Content areas with their tasks, and the area of each task. */
export function _areas(plan: Plan): { areas: AreaRow[]; areaOfTask: Map<string, string> } {
  const areaOfTask = new Map<string, string>();
  const areas: AreaRow[] = [];
  for (const a of contentAreas(plan)) {
    for (const t of a.tasks) areaOfTask.set(t.id, a.id);
    areas.push({ areaId: a.id, title: { vi: a.title.vi, en: a.title.en }, indicators: [], tasks: a.tasks.map((t) => t.id) });
  }
  return { areas, areaOfTask };
}

/** @internal Indicators asked in a period (those without `periods` are asked in every one). */
export function _indicatorsOfPeriod(plan: Plan, period: string): Indicator[] {
  return plan.indicators.filter((i) => i.periods === undefined || (i.periods as readonly string[]).includes(period));
}

/** @internal Rounds to 2 decimals (means of percentages). */
export function _round(x: number): number {
  return Math.round(x * 100) / 100;
}

function _emptyIndicator(ind: Indicator, areaId: string): IndicatorRow {
  const row: IndicatorRow = {
    id: ind.id,
    label: { vi: ind.label.vi, en: ind.label.en },
    type: ind.type,
    task: ind.task,
    areaId,
    mandatedBy: ind.mandatedBy,
    total: null,
    mean: null,
    reported: 0,
    min: null,
    max: null,
    byKind: {},
    byUnit: {},
  };
  if (ind.unit) row.unit = { vi: ind.unit.vi, en: ind.unit.en };
  return row;
}

/**
 * @internal Totals of every indicator of the period over the counted report of each
 * unit row; also lists each indicator under its content area. Non-numeric values
 * are skipped (inputs are taken as validated, never thrown on).
 */
export function _indicatorTotals(
  plan: Plan,
  period: string,
  units: readonly UnitRow[],
  byUnit: ReadonlyMap<string, _UnitReports>,
  areas: readonly AreaRow[],
  areaOfTask: ReadonlyMap<string, string>,
): IndicatorRow[] {
  const areaById = new Map(areas.map((a) => [a.areaId, a]));
  const acc = new Map<string, { row: IndicatorRow; sums: Map<OrgUnitKind, { s: number; n: number }>; sum: number }>();
  for (const ind of _indicatorsOfPeriod(plan, period)) {
    const areaId = areaOfTask.get(ind.task) ?? '';
    areaById.get(areaId)?.indicators.push(ind.id);
    acc.set(ind.id, { row: _emptyIndicator(ind, areaId), sums: new Map(), sum: 0 });
  }
  const list = [...acc.values()];
  for (const u of units) {
    const slot = byUnit.get(u.unitId);
    const values = slot ? _own(slot.current.report, 'indicators') : undefined;
    if (!_isObj(values)) continue;
    for (const a of list) {
      const v = _own(values, a.row.id);
      if (typeof v !== 'number' || !Number.isFinite(v)) continue;
      const r = a.row;
      r.byUnit[u.unitId] = v;
      r.reported++;
      r.min = r.min === null ? v : Math.min(r.min, v);
      r.max = r.max === null ? v : Math.max(r.max, v);
      a.sum += v;
      const k = a.sums.get(u.kind);
      if (k) (k.s += v), k.n++;
      else a.sums.set(u.kind, { s: v, n: 1 });
    }
  }
  const rows: IndicatorRow[] = [];
  for (const { row, sums, sum } of list) {
    if (row.reported > 0) {
      if (row.type === 'count') row.total = sum;
      else row.mean = _round(sum / row.reported);
    }
    for (const [kind, { s, n }] of sums) {
      row.byKind[kind] = row.type === 'count' ? { total: s, mean: null, reported: n } : { total: null, mean: _round(s / n), reported: n };
    }
    rows.push(row);
  }
  return rows;
}
