// The context tables of rules.json: the plan facts the rule context is built from
// (units with their symbols and tasks, obligations with their days), so that another
// language builds the context with lookups only.
import { type Obligation, type Plan, expandUnitIds, tasksForUnit } from '@dvcq/core';
import { deadlineOf } from '@dvcq/calendar';
import type { ContextObligation, ContextTables, ContextUnit } from '../rule';
import { _isoOfDay, dayNumber } from '../days';

function _contextObligation(plan: Plan, o: Obligation): ContextObligation {
  const periodStart = o.dataWindow?.from ?? `${o.year}-01-01`;
  // The calendar owns the reading of "trước ngày X" (literal by default: docs/domain.md#deadlines).
  const d = deadlineOf(o);
  const lateFromDay = dayNumber(d.lastDay)! + 1;
  return {
    id: o.id,
    period: o.period,
    year: o.year,
    owedBy: expandUnitIds(plan, o.owedBy),
    periodStart,
    periodStartDay: dayNumber(periodStart)!,
    deadline: { date: d.date, semantics: d.semantics },
    lateFrom: _isoOfDay(lateFromDay),
    lateFromDay,
  };
}

/**
 * Bảng ngữ cảnh — the context tables of a plan.
 * @param plan - a loaded plan
 * @returns units and obligations as rules.json holds them
 */
export function contextTables(plan: Plan): ContextTables {
  const units: ContextUnit[] = plan.orgUnits.map((u) => ({ id: u.id, symbol: u.symbol ?? null, tasks: tasksForUnit(plan, u.id).map((t) => t.id) }));
  return { utcOffsetMinutes: 420, units, obligations: plan.obligations.map((o) => _contextObligation(plan, o)) };
}
