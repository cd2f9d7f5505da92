/**
 * Tình trạng nghĩa vụ — where an obligation stands at an instant.
 *
 * Plain definitions (each time concept named once, timely ≠ locked: docs/domain.md#time-terms):
 * - `upcoming` (chưa đến kỳ): before the obligation opens. It opens at 00:00 (UTC+7) of the
 *   first day of its data window when the plan states one, else of 1 January of its year —
 *   the period being reported on has started.
 * - `open` (đang trong hạn): opened, deadline instant not reached, nothing submitted yet.
 * - `overdue` (quá hạn): the deadline instant has passed and nothing was submitted.
 * - `on-time` (nộp đúng hạn) / `late` (nộp trễ hạn): a submission exists at the instant
 *   asked about, made before / at-or-after the deadline instant.
 * Nothing here "locks" a report: a late report can still be sent; it is only marked late.
 */
import { expandUnitIds, isUnitValidOn } from '@dvcq/core';
import type { _Plan, LocalizedText, ObligationLike, PlanLike } from '../_model';
import { deadlineOf, type Deadline } from '../deadline/deadline';
import {
  _daysFromCivil,
  _daysFromIso,
  _isoFromDays,
  _toEpochMs,
  _vnDayOfMs,
  _vnMidnightMs,
  formatInstant,
  type InstantInput,
  type IsoDate,
} from '../time/time';
import { countWorkingDays, createWorkingCalendar, type WorkingDayOptions } from '../workdays/workdays';
import type { DeadlineSemantics } from '../_model';

/** Tình trạng — `upcoming` | `open` | `overdue` | `on-time` | `late`. */
export type ObligationStatusKind = 'upcoming' | 'open' | 'overdue' | 'on-time' | 'late';

/** Tên tình trạng — user-facing names of the statuses. */
export const STATUS_LABELS: Readonly<Record<ObligationStatusKind, LocalizedText>> = {
  upcoming: { vi: 'Chưa đến kỳ', en: 'Upcoming' },
  open: { vi: 'Đang trong hạn', en: 'Open' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  'on-time': { vi: 'Nộp đúng hạn', en: 'Submitted on time' },
  late: { vi: 'Nộp trễ hạn', en: 'Submitted late' },
};

/** Tùy chọn tình trạng — options: the submission time and a working calendar to reuse. */
export interface StatusOptions extends WorkingDayOptions {
  /** Thời điểm nộp — when the report was submitted; ignored if later than `at`. */
  readonly submittedAt?: InstantInput;
}

/** Tình trạng một nghĩa vụ — the status of one obligation at an instant. */
export interface ObligationStatus {
  readonly obligationId: string;
  readonly status: ObligationStatusKind;
  readonly deadline: Deadline;
  /** Thời điểm mở kỳ — when the obligation opens, ISO with `+07:00`. */
  readonly opensAt: string;
  /** Why it opens then: the stated data window, or the start of the obligation's year. */
  readonly opensFrom: 'data-window' | 'year-start';
  /**
   * Số ngày làm việc còn lại — working days from the day of `at` (counted if it is a working
   * day) to the last allowed day, both included; 0 once the deadline instant has passed.
   */
  readonly workingDaysLeft: number;
  /** The instant asked about, `+07:00`. */
  readonly at: string;
  /** The submission time taken into account, `+07:00`. */
  readonly submittedAt?: string;
}

/** @internal The instant an obligation opens. */
export function _opensAt(ob: ObligationLike): { ms: number; from: 'data-window' | 'year-start' } {
  // Transitional (obligation instances replace this): a preset-only window opens with its year.
  if (ob.dataWindow?.from !== undefined) return { ms: _vnMidnightMs(_daysFromIso(ob.dataWindow.from)), from: 'data-window' };
  return { ms: _vnMidnightMs(_daysFromCivil(ob.year, 1, 1)), from: 'year-start' };
}

/**
 * Tình trạng nghĩa vụ — the status of an obligation at an instant.
 * @param obligation - the obligation
 * @param at - the instant (default: now); strings without offset are read as Việt Nam time
 * @param options - `submittedAt`, `calendar`
 * @returns status, deadline, opening instant and working days left
 */
export function statusOf(obligation: ObligationLike, at?: InstantInput, options?: StatusOptions): ObligationStatus {
  const atMs = at === undefined ? Date.now() : _toEpochMs(at);
  const calendar = options?.calendar ?? createWorkingCalendar();
  const deadline = deadlineOf(obligation);
  const opens = _opensAt(obligation);
  const subMs = options?.submittedAt === undefined ? undefined : _toEpochMs(options.submittedAt);
  let status: ObligationStatusKind;
  if (subMs !== undefined && subMs <= atMs) status = subMs < deadline.epochMs ? 'on-time' : 'late';
  else if (atMs >= deadline.epochMs) status = 'overdue';
  else if (atMs < opens.ms) status = 'upcoming';
  else status = 'open';
  const workingDaysLeft =
    atMs >= deadline.epochMs ? 0 : countWorkingDays(_isoFromDays(_vnDayOfMs(atMs)), deadline.lastDay, { calendar });
  return {
    obligationId: obligation.id,
    status,
    deadline,
    opensAt: formatInstant(opens.ms),
    opensFrom: opens.from,
    workingDaysLeft,
    at: formatInstant(atMs),
    ...(subMs !== undefined && subMs <= atMs ? { submittedAt: formatInstant(subMs) } : {}),
  };
}

/** @internal Unit ids that owe an obligation and existed on its last allowed day. */
export function _owers(plan: PlanLike, ob: ObligationLike): Set<string> {
  const lastDay = deadlineOf(ob).lastDay;
  const byId = new Map(plan.orgUnits.map((u) => [u.id, u]));
  const out = new Set<string>();
  // expandUnitIds reads only orgUnits and unitGroups, which PlanLike keeps.
  for (const id of expandUnitIds(plan as _Plan, ob.owedBy)) {
    const u = byId.get(id);
    if (u && isUnitValidOn(u, lastDay)) out.add(id);
  }
  return out;
}

/**
 * Nghĩa vụ của đơn vị — the obligations a unit owes: listed in `owedBy` directly or through a
 * unit group, and the unit existed on the obligation's last allowed day (and, when `at` is
 * given, still exists on that day in Việt Nam).
 * @param plan - the plan
 * @param unitId - an org unit id (unknown ids owe nothing)
 * @param at - optional instant; units abolished (validTo) before it owe nothing
 * @returns the obligations in plan order
 */
export function obligationsForUnit(plan: PlanLike, unitId: string, at?: InstantInput): ObligationLike[] {
  const unit = plan.orgUnits.find((u) => u.id === unitId);
  if (!unit) return [];
  if (at !== undefined && !isUnitValidOn(unit, _isoFromDays(_vnDayOfMs(_toEpochMs(at))))) return [];
  return plan.obligations.filter((ob) => _owers(plan, ob).has(unitId));
}

/** Một dòng lịch báo cáo — one obligation row, exactly the fields of `dvcq calendar --json`. */
export interface CalendarEntry {
  readonly id: string;
  readonly title: LocalizedText;
  /** ISO instant with `+07:00`: the first late instant. */
  readonly deadline: string;
  readonly lastDay: IsoDate;
  readonly semantics: DeadlineSemantics;
  readonly status: ObligationStatusKind;
  readonly workingDaysLeft: number;
}

/** Lịch báo cáo — the obligations of a plan (or of one unit) with their status at an instant. */
export interface ObligationCalendar {
  readonly at: string;
  readonly unitId?: string;
  readonly obligations: readonly CalendarEntry[];
}

/** Tùy chọn lịch báo cáo — options for {@link obligationCalendar}. */
export interface ObligationCalendarOptions extends StatusOptions {
  /** Instant (default now). */
  readonly at?: InstantInput;
  /** Only the obligations this unit owes (see {@link obligationsForUnit}). */
  readonly unitId?: string;
}

/**
 * Lịch báo cáo — every obligation (or a unit's) with deadline, reading and status; the
 * `obligations` array maps one-to-one onto the JSON of `dvcq calendar --json`.
 * @param plan - the plan
 * @param options - `at`, `unitId`, `submittedAt` (applies to each listed obligation), `calendar`
 * @returns `{ at, unitId?, obligations: [{ id, title, deadline, lastDay, semantics, status, workingDaysLeft }] }`
 */
export function obligationCalendar(plan: PlanLike, options?: ObligationCalendarOptions): ObligationCalendar {
  const atMs = options?.at === undefined ? Date.now() : _toEpochMs(options.at);
  const calendar = options?.calendar ?? createWorkingCalendar();
  const obs = options?.unitId === undefined ? plan.obligations : obligationsForUnit(plan, options.unitId, new Date(atMs));
  const statusOptions: StatusOptions = { calendar, ...(options?.submittedAt !== undefined ? { submittedAt: options.submittedAt } : {}) };
  return {
    at: formatInstant(atMs),
    ...(options?.unitId !== undefined ? { unitId: options.unitId } : {}),
    obligations: obs.map((ob) => {
      const s = statusOf(ob, new Date(atMs), statusOptions);
      return {
        id: ob.id,
        title: ob.title,
        deadline: s.deadline.instant,
        lastDay: s.deadline.lastDay,
        semantics: s.deadline.semantics,
        status: s.status,
        workingDaysLeft: s.workingDaysLeft,
      };
    }),
  };
}

/** Tình trạng theo đơn vị — one unit × obligation status row. */
export interface UnitStatus {
  readonly unitId: string;
  readonly obligationId: string;
  readonly status: ObligationStatusKind;
  readonly workingDaysLeft: number;
}

/** Tùy chọn tình trạng các đơn vị — options for {@link unitStatuses}. */
export interface UnitStatusesOptions extends WorkingDayOptions {
  readonly at?: InstantInput;
  /** Thời điểm nộp của đơn vị — look up a unit's submission time for an obligation. */
  readonly submittedAt?: (unitId: string, obligationId: string) => InstantInput | undefined;
  /** Restrict to these units (default: every unit of the plan). */
  readonly unitIds?: readonly string[];
}

/**
 * Tình trạng của mọi đơn vị — for the Sở Nội vụ: each owing unit × obligation with its status
 * (who is open, who is overdue, who submitted late). Units are those valid at `at`.
 * @param plan - the plan
 * @param options - `at`, `submittedAt` lookup, `unitIds`, `calendar`
 * @returns rows in plan order of obligations, then unit order
 */
export function unitStatuses(plan: PlanLike, options?: UnitStatusesOptions): UnitStatus[] {
  const atMs = options?.at === undefined ? Date.now() : _toEpochMs(options.at);
  const atDay = _isoFromDays(_vnDayOfMs(atMs));
  const calendar = options?.calendar ?? createWorkingCalendar();
  const wanted = options?.unitIds ? new Set(options.unitIds) : undefined;
  const validNow = new Set(plan.orgUnits.filter((u) => isUnitValidOn(u, atDay) && (!wanted || wanted.has(u.id))).map((u) => u.id));
  const rows: UnitStatus[] = [];
  for (const ob of plan.obligations) {
    const base = statusOf(ob, new Date(atMs), { calendar });
    for (const unitId of _owers(plan, ob)) {
      if (!validNow.has(unitId)) continue;
      const sub = options?.submittedAt?.(unitId, ob.id);
      let status = base.status;
      if (sub !== undefined) {
        const subMs = _toEpochMs(sub);
        if (subMs <= atMs) status = subMs < base.deadline.epochMs ? 'on-time' : 'late';
      }
      rows.push({ unitId, obligationId: ob.id, status, workingDaysLeft: base.workingDaysLeft });
    }
  }
  return rows;
}
