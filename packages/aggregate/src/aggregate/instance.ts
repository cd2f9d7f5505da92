// Which instance of an obligation is consolidated, and which reports answer it.
// An instance (computed by @dvcq/calendar) is one report a unit owes: an obligation in
// a given period, year and — for monthly and quarterly reports — month or quarter,
// with its own data window and deadline. The obligation of a report is the instance
// with the report's period, year and periodIndex, and its obligationId when given; a
// report that leaves several candidates open is ambiguous.
import type { Obligation, Plan } from '@dvcq/core';
import { type ObligationInstance, type WorkingCalendar, createWorkingCalendar, instanceStatus, obligationInstances } from '@dvcq/calendar';
import type { AggregateOptions, IgnoredCode } from './types';

/** @internal One instance, with its obligation. */
export interface _Instance extends ObligationInstance {
  obligation: Obligation;
}

/** @internal The selection: the instance consolidated (if the plan owes one) and its candidates. */
export interface _Selection {
  period: string;
  year: number;
  index?: number;
  obligationId?: string;
  instance?: _Instance;
  /** Instances sharing the period, year and index (several only for one-off reports and the like). */
  candidates: _Instance[];
}

const _own = (o: Record<string, unknown>, k: string): unknown => (Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);

/** @internal Instances of the plan's obligations in a period and year, in plan order then period order. */
export function _instancesOf(plan: Plan, period: string, year: number, calendar: WorkingCalendar): _Instance[] {
  return plan.obligations
    .filter((o) => o.period === period && o.year === year)
    .flatMap((o) => obligationInstances(o, { calendar }).map((i) => ({ ...i, obligation: o })));
}

/** @internal Picks the instance named by the options. */
export function _select(options: AggregateOptions, calendar: WorkingCalendar): _Selection {
  const { plan, period, year, periodIndex, obligationId } = options;
  const candidates = _instancesOf(plan, period, year, calendar).filter((i) => i.index === periodIndex);
  const instance = obligationId === undefined ? candidates[0] : candidates.find((i) => i.obligationId === obligationId);
  return {
    period,
    year,
    ...(periodIndex !== undefined ? { index: periodIndex } : {}),
    ...(obligationId !== undefined ? { obligationId } : {}),
    ...(instance ? { instance } : {}),
    candidates,
  };
}

/** @internal The working calendar of a call: the one given (with announced holidays files), else the built-in table. */
export function _calendarOf(options: AggregateOptions): WorkingCalendar {
  return options.calendar ?? createWorkingCalendar();
}

/**
 * @internal Whether a report answers the selected instance: `undefined` when it does,
 * else the reason it is left out.
 */
export function _belongs(report: Record<string, unknown>, sel: _Selection): IgnoredCode | undefined {
  if (_own(report, 'period') !== sel.period || _own(report, 'year') !== sel.year) return 'other-period';
  if (_own(report, 'periodIndex') !== sel.index) return 'other-period';
  const given = _own(report, 'obligationId');
  const wanted = sel.instance?.obligationId ?? sel.obligationId;
  if (typeof given === 'string') return wanted === undefined || given === wanted ? undefined : 'other-period';
  // No obligationId: the report answers the only instance of its period, if there is one.
  if (sel.candidates.length > 1) return 'ambiguous-obligation';
  return undefined;
}

/** @internal Where the instance stands at an instant, before any submission (the calendar's words). */
export function _phase(inst: _Instance | undefined, nowMs: number, calendar: WorkingCalendar): 'upcoming' | 'open' | 'overdue' {
  if (!inst) return 'upcoming';
  const s = instanceStatus(inst, new Date(nowMs), { calendar }).status;
  return s === 'upcoming' ? 'upcoming' : s === 'open' ? 'open' : 'overdue';
}
