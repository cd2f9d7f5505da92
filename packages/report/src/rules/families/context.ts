// The context tables of rules.json: the plan facts the rule context is built from —
// units with their symbols and tasks, and every report the plan asks for (one
// instance per month, quarter, year… of each obligation) with its first day and its
// deadline — so that another language builds the context with lookups only.
import { type Obligation, type Plan, allTasks, expandUnitIds, obligationIndexes, taskUnitIds } from '@dvcq/core';
import { instanceKey } from '@dvcq/calendar';
import type { ContextInstance, ContextTables, ContextUnit } from '../rule';
import { _isoOfDay, dayNumber } from '../days';

/**
 * Kỳ báo cáo đã tính — what the tables need of one instance (the fields of
 * @dvcq/calendar's `ObligationInstance` they read).
 */
export interface InstanceFacts {
  readonly obligationId: string;
  readonly key: string;
  readonly index?: number;
  readonly span?: { readonly from: string };
  readonly window: { readonly stated: true; readonly from: string } | { readonly stated: false };
  readonly deadline: { readonly date: string; readonly semantics: 'before' | 'inclusive'; readonly lastDay: string };
}

/**
 * Bảng ngữ cảnh từ các kỳ báo cáo — the context tables of a plan from its instances
 * (computed by @dvcq/calendar, or given).
 * @param plan - the plan
 * @param instances - every instance of every obligation, in plan order
 * @returns units and instances as rules.json holds them
 */
export function contextTables(plan: Plan, instances: readonly InstanceFacts[]): ContextTables {
  // Each unit's tasks in plan order (core's tasksForUnit for every unit, with each task's
  // units expanded once instead of once per unit).
  const tasksOf = new Map(plan.orgUnits.map((u) => [u.id, [] as string[]]));
  for (const t of allTasks(plan)) for (const id of taskUnitIds(plan, t)) tasksOf.get(id)?.push(t.id);
  const units: ContextUnit[] = plan.orgUnits.map((u) => ({ id: u.id, symbol: u.symbol ?? null, tasks: tasksOf.get(u.id)! }));
  const byId = new Map(plan.obligations.map((o) => [o.id, o]));
  const owed = new Map(plan.obligations.map((o) => [o.id, expandUnitIds(plan, o.owedBy)]));
  return {
    utcOffsetMinutes: 420,
    units,
    instances: instances.map((i): ContextInstance => {
      const o = byId.get(i.obligationId)!;
      const periodStart = i.window.stated ? i.window.from : i.span?.from ?? `${o.year}-01-01`;
      const lateFromDay = dayNumber(i.deadline.lastDay)! + 1;
      return {
        key: i.key,
        obligationId: o.id,
        period: o.period,
        year: o.year,
        index: i.index ?? null,
        owedBy: owed.get(o.id)!,
        periodStart,
        periodStartDay: dayNumber(periodStart)!,
        deadline: { date: i.deadline.date, semantics: i.deadline.semantics },
        lateFrom: _isoOfDay(lateFromDay),
        lateFromDay,
      };
    }),
  };
}

/**
 * Kỳ báo cáo không cần lịch làm việc — the instances of a plan whose obligations all
 * have a fixed-date deadline, computed without @dvcq/calendar's working calendar (and
 * its holiday tables), exactly as `obligationInstances` computes them (tested): what a
 * browser page can afford. Throws a TypeError for a deadline rule or a data window
 * given by a preset alone: compute the context on a server with `reportContext`.
 * @internal
 */
export function _fixedDateInstances(plan: Pick<Plan, 'obligations'>): InstanceFacts[] {
  return plan.obligations.map((o: Obligation) => {
    const d = o.deadline;
    const w = o.dataWindow;
    if ((d.kind !== undefined && d.kind !== 'date') || (w !== undefined && (w.from === undefined || w.to === undefined)))
      throw new TypeError(
        `@dvcq/report: obligation "${o.id}" needs @dvcq/calendar: pass { context: reportContext(plan) }`,
      );
    const owed = obligationIndexes(o);
    const index = owed.length === 1 ? owed[0] : undefined;
    const first = o.period === 'monthly' ? index ?? 1 : o.period === 'quarterly' ? (index ?? 1) * 3 - 2 : 1;
    // A fixed date: late from that day ("before") or the next ("inclusive") — what
    // calendar's deadlineTimes computes, here without its clock functions (page size).
    const late = dayNumber(d.date)! + (d.semantics === 'inclusive' ? 1 : 0);
    return {
      obligationId: o.id,
      key: instanceKey(o.id, o.year, o.period, index),
      ...(index !== undefined ? { index } : {}),
      ...(o.period !== 'one-off' ? { span: { from: `${o.year}-${String(first).padStart(2, '0')}-01` } } : {}),
      window: w ? { stated: true as const, from: w.from! } : { stated: false as const },
      deadline: { date: d.date, semantics: d.semantics, lastDay: _isoOfDay(late - 1) },
    };
  });
}
