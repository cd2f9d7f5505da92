/**
 * Tình trạng — where a report (an instance of an obligation) stands at an instant.
 *
 * Plain definitions, each time concept named once ("timely" is never "locked"; see
 * docs/domain.md#time-terms):
 * - `upcoming` (chưa đến kỳ): before the instance opens. It opens at 00:00 (UTC+7) of the
 *   first day of its data window when the plan states one, else of the first day of its
 *   calendar period (1 January for six-month, nine-month and annual reports; the year's start
 *   for a one-off report) — the period being reported on has started.
 * - `open` (đang trong hạn): opened, deadline instant not reached, nothing submitted yet.
 * - `overdue` (quá hạn): the deadline instant has passed and nothing was submitted.
 * - `on-time` (nộp đúng hạn) / `late` (nộp trễ hạn): a submission exists at the instant
 *   asked about, made before / at-or-after the deadline instant.
 * Nothing here "locks" a report: a late report can still be sent; it is only marked late.
 */
import { SUBMISSION_STATUS_LABELS, type SubmissionStatus, expandUnitIds, isUnitValidOn } from '@dvcq/core';
import type { _Plan, DeadlineSemantics, LocalizedText, ObligationLike, PeriodKind, PlanLike } from '../_model';
import type { Deadline } from '../deadline/deadline';
import { _currentInstance, obligationInstances, type ObligationInstance } from '../instances/instances';
import { _daysFromCivil, _daysFromIso, _isoFromDays, _toEpochMs, _vnDayOfMs, _vnMidnightMs, formatInstant, type InstantInput, type IsoDate } from '../time/time';
import type { DataWindowInfo } from '../window/window';
import { countWorkingDays, createWorkingCalendar, type WorkingCalendar, type WorkingDayOptions } from '../workdays/workdays';

/** Tình trạng — `upcoming` | `open` | `overdue` | `on-time` | `late` (core vocabulary `SUBMISSION_STATUSES`). */
export type ObligationStatusKind = SubmissionStatus;

/** Tên tình trạng — user-facing names of the statuses: core's `SUBMISSION_STATUS_LABELS`, one wording everywhere. */
export const STATUS_LABELS: Readonly<Record<ObligationStatusKind, LocalizedText>> = SUBMISSION_STATUS_LABELS;

/** Tùy chọn tình trạng — options: the submission time and a working calendar to reuse. */
export interface StatusOptions extends WorkingDayOptions {
  /** Thời điểm nộp — when the report was submitted; ignored if later than `at`. */
  readonly submittedAt?: InstantInput;
}

/** Tình trạng một kỳ báo cáo — the status of one instance of an obligation at an instant. */
export interface ObligationStatus {
  readonly obligationId: string;
  /** Khóa kỳ báo cáo — the instance's key (see `instanceKey`). */
  readonly instanceKey: string;
  readonly status: ObligationStatusKind;
  readonly deadline: Deadline;
  /** Thời điểm mở kỳ — when the instance opens, ISO with `+07:00`. */
  readonly opensAt: string;
  /** Why it opens then: the stated data window, the calendar period, or the year (one-off). */
  readonly opensFrom: 'data-window' | 'period-start' | 'year-start';
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

/** @internal The instant an instance opens. */
export function _opensAt(inst: ObligationInstance): { ms: number; from: ObligationStatus['opensFrom'] } {
  if (inst.window.stated) return { ms: _vnMidnightMs(_daysFromIso(inst.window.from)), from: 'data-window' };
  if (inst.span) return { ms: _vnMidnightMs(_daysFromIso(inst.span.from)), from: 'period-start' };
  return { ms: _vnMidnightMs(_daysFromCivil(inst.year, 1, 1)), from: 'year-start' };
}

function _isInstance(x: ObligationInstance | ObligationLike): x is ObligationInstance {
  return typeof (x as ObligationInstance).key === 'string' && typeof (x as ObligationInstance).deadline?.epochMs === 'number';
}

/** @internal Status kind from the instants involved. */
function _kind(atMs: number, deadlineMs: number, opensMs: number, subMs: number | undefined): ObligationStatusKind {
  if (subMs !== undefined && subMs <= atMs) return subMs < deadlineMs ? 'on-time' : 'late';
  if (atMs >= deadlineMs) return 'overdue';
  if (atMs < opensMs) return 'upcoming';
  return 'open';
}

/** @internal Status of an instance with a calendar already chosen. */
function _status(inst: ObligationInstance, atMs: number, calendar: WorkingCalendar, subMs: number | undefined): ObligationStatus {
  const opens = _opensAt(inst);
  const d = inst.deadline;
  const workingDaysLeft = atMs >= d.epochMs ? 0 : countWorkingDays(_isoFromDays(_vnDayOfMs(atMs)), d.lastDay, { calendar });
  const counted = subMs !== undefined && subMs <= atMs;
  return {
    obligationId: inst.obligationId,
    instanceKey: inst.key,
    status: _kind(atMs, d.epochMs, opens.ms, subMs),
    deadline: d,
    opensAt: formatInstant(opens.ms),
    opensFrom: opens.from,
    workingDaysLeft,
    at: formatInstant(atMs),
    ...(counted ? { submittedAt: formatInstant(subMs) } : {}),
  };
}

/**
 * Tình trạng kỳ báo cáo — the status of an instance at an instant.
 * @param instance - an instance (from `obligationInstances`)
 * @param at - the instant (default: now); strings without offset are read as Việt Nam time
 * @param options - `submittedAt`, `calendar`
 * @returns status, deadline, opening instant and working days left
 */
export function instanceStatus(instance: ObligationInstance, at?: InstantInput, options?: StatusOptions): ObligationStatus {
  const atMs = at === undefined ? Date.now() : _toEpochMs(at);
  const calendar = options?.calendar ?? createWorkingCalendar();
  const subMs = options?.submittedAt === undefined ? undefined : _toEpochMs(options.submittedAt);
  return _status(instance, atMs, calendar, subMs);
}

/**
 * Tình trạng nghĩa vụ — the status of an obligation (or of one instance) at an instant. For a
 * monthly or quarterly obligation with several instances it is the status of the instance in
 * progress at `at`: the first whose deadline instant is after `at`, else the last one.
 * @param obligation - an obligation or an instance
 * @param at - the instant (default: now); strings without offset are read as Việt Nam time
 * @param options - `submittedAt`, `calendar`
 * @returns status, deadline, opening instant and working days left
 */
export function statusOf(obligation: ObligationLike | ObligationInstance, at?: InstantInput, options?: StatusOptions): ObligationStatus {
  const atMs = at === undefined ? Date.now() : _toEpochMs(at);
  const calendar = options?.calendar ?? createWorkingCalendar();
  const inst = _isInstance(obligation) ? obligation : _currentInstance(obligationInstances(obligation, { calendar }), atMs);
  const subMs = options?.submittedAt === undefined ? undefined : _toEpochMs(options.submittedAt);
  return _status(inst, atMs, calendar, subMs);
}

/** @internal Expanded unit ids of an obligation, with the units looked up. */
function _expanded(plan: PlanLike, ob: ObligationLike): { id: string; unit: PlanLike['orgUnits'][number] }[] {
  const byId = new Map(plan.orgUnits.map((u) => [u.id, u]));
  // expandUnitIds reads only orgUnits and unitGroups, which PlanLike keeps.
  return expandUnitIds(plan as unknown as _Plan, ob.owedBy).flatMap((id) => {
    const unit = byId.get(id);
    return unit ? [{ id, unit }] : [];
  });
}

/** @internal Unit ids that owe an instance: listed (directly or through a group) and existing on its last allowed day. */
export function _owers(plan: PlanLike, ob: ObligationLike, lastDay: IsoDate): Set<string> {
  return new Set(_expanded(plan, ob).filter((x) => isUnitValidOn(x.unit, lastDay)).map((x) => x.id));
}

/**
 * Nghĩa vụ của đơn vị — the obligations a unit owes: listed in `owedBy` directly or through a
 * unit group, and the unit existed on the last allowed day of at least one instance (and,
 * when `at` is given, still exists on that day in Việt Nam).
 * @param plan - the plan
 * @param unitId - an org unit id (unknown ids owe nothing)
 * @param at - optional instant; units abolished (validTo) before it owe nothing
 * @param options - `calendar` to reuse
 * @returns the obligations in plan order
 */
export function obligationsForUnit(plan: PlanLike, unitId: string, at?: InstantInput, options?: WorkingDayOptions): ObligationLike[] {
  return instancesForUnit(plan, unitId, at, options)
    .map((i) => i.obligationId)
    .filter((id, k, all) => all.indexOf(id) === k)
    .map((id) => plan.obligations.find((o) => o.id === id)!);
}

/**
 * Kỳ báo cáo của đơn vị — the instances a unit owes (see {@link obligationsForUnit}): each
 * instance whose last allowed day the unit existed on.
 * @param plan - the plan
 * @param unitId - an org unit id
 * @param at - optional instant; units abolished before it owe nothing
 * @param options - `calendar` to reuse
 * @returns instances in plan order, then period order
 */
export function instancesForUnit(plan: PlanLike, unitId: string, at?: InstantInput, options?: WorkingDayOptions): ObligationInstance[] {
  const unit = plan.orgUnits.find((u) => u.id === unitId);
  if (!unit) return [];
  if (at !== undefined && !isUnitValidOn(unit, _isoFromDays(_vnDayOfMs(_toEpochMs(at))))) return [];
  const calendar = options?.calendar ?? createWorkingCalendar();
  const out: ObligationInstance[] = [];
  for (const ob of plan.obligations) {
    if (!_expanded(plan, ob).some((x) => x.id === unitId)) continue;
    for (const inst of obligationInstances(ob, { calendar })) if (isUnitValidOn(unit, inst.deadline.lastDay)) out.push(inst);
  }
  return out;
}

/**
 * Một dòng lịch báo cáo — one instance row: the fields of `dvcq calendar --json` (the first
 * seven are the wave-1 keys, kept; the rest were added with instances).
 */
export interface CalendarEntry {
  /** The obligation id. */
  readonly id: string;
  readonly title: LocalizedText;
  /** ISO instant with `+07:00`: the first late instant. */
  readonly deadline: string;
  readonly lastDay: IsoDate;
  readonly semantics: DeadlineSemantics;
  readonly status: ObligationStatusKind;
  readonly workingDaysLeft: number;
  /** Khóa kỳ báo cáo — e.g. `bc-quy@2026-Q2`. */
  readonly key: string;
  /** Tên kỳ — e.g. "Quý II/2026". */
  readonly label: LocalizedText;
  readonly period: PeriodKind;
  readonly year: number;
  readonly index?: number;
  /** Ngày X — the date the deadline names. */
  readonly date: IsoDate;
  /** Cách hiểu hạn — the reading in words. */
  readonly reading: LocalizedText;
  /** Cách tính ngày X — for rule deadlines. */
  readonly rule?: LocalizedText;
  /** Nguyên văn — the plan's words. */
  readonly text?: string;
  readonly window: DataWindowInfo;
  readonly opensAt: string;
}

/** Lịch báo cáo — the instances of a plan (or of one unit) with their status at an instant. */
export interface ObligationCalendar {
  readonly at: string;
  readonly unitId?: string;
  readonly obligations: readonly CalendarEntry[];
}

/** Tùy chọn lịch báo cáo — options for {@link obligationCalendar}. */
export interface ObligationCalendarOptions extends StatusOptions {
  /** Instant (default now). */
  readonly at?: InstantInput;
  /** Only the instances this unit owes (see {@link instancesForUnit}). */
  readonly unitId?: string;
}

/**
 * Lịch báo cáo — every instance of every obligation (or a unit's) with deadline, reading,
 * data window and status; the `obligations` array maps one-to-one onto the JSON of
 * `dvcq calendar --json`.
 * @param plan - the plan
 * @param options - `at`, `unitId`, `submittedAt` (applies to each listed instance), `calendar`
 * @returns `{ at, unitId?, obligations: CalendarEntry[] }`
 */
export function obligationCalendar(plan: PlanLike, options?: ObligationCalendarOptions): ObligationCalendar {
  const atMs = options?.at === undefined ? Date.now() : _toEpochMs(options.at);
  const calendar = options?.calendar ?? createWorkingCalendar();
  const instances =
    options?.unitId === undefined ? plan.obligations.flatMap((ob) => obligationInstances(ob, { calendar })) : instancesForUnit(plan, options.unitId, new Date(atMs), { calendar });
  const subMs = options?.submittedAt === undefined ? undefined : _toEpochMs(options.submittedAt);
  return {
    at: formatInstant(atMs),
    ...(options?.unitId !== undefined ? { unitId: options.unitId } : {}),
    obligations: instances.map((inst): CalendarEntry => {
      const s = _status(inst, atMs, calendar, subMs);
      const d = inst.deadline;
      return {
        id: inst.obligationId,
        title: inst.title,
        deadline: d.instant,
        lastDay: d.lastDay,
        semantics: d.semantics,
        status: s.status,
        workingDaysLeft: s.workingDaysLeft,
        key: inst.key,
        label: inst.label,
        period: inst.period,
        year: inst.year,
        ...(inst.index !== undefined ? { index: inst.index } : {}),
        date: d.date,
        reading: d.reading,
        ...(d.rule ? { rule: d.rule } : {}),
        ...(d.text !== undefined ? { text: d.text } : {}),
        window: inst.window,
        opensAt: s.opensAt,
      };
    }),
  };
}

/** Tình trạng theo đơn vị — one unit × instance status row. */
export interface UnitStatus {
  readonly unitId: string;
  readonly obligationId: string;
  /** Khóa kỳ báo cáo — the instance's key. */
  readonly instanceKey: string;
  /** Tháng hoặc quý — for monthly and quarterly instances. */
  readonly index?: number;
  readonly status: ObligationStatusKind;
  readonly workingDaysLeft: number;
}

/** Tùy chọn tình trạng các đơn vị — options for {@link unitStatuses}. */
export interface UnitStatusesOptions extends WorkingDayOptions {
  readonly at?: InstantInput;
  /** Thời điểm nộp của đơn vị — look up a unit's submission time for an instance of an obligation. */
  readonly submittedAt?: (unitId: string, obligationId: string, instance: ObligationInstance) => InstantInput | undefined;
  /** Restrict to these units (default: every unit of the plan). */
  readonly unitIds?: readonly string[];
  /** Restrict to these instances, by key (default: every instance). */
  readonly instanceKeys?: readonly string[];
}

/**
 * Tình trạng của mọi đơn vị — for the body that follows up: each owing unit × instance with its
 * status (who is open, who is overdue, who submitted late). Units are those valid at `at`
 * that existed on the instance's last allowed day.
 * @param plan - the plan
 * @param options - `at`, `submittedAt` lookup, `unitIds`, `instanceKeys`, `calendar`
 * @returns rows in plan order of obligations, then period order, then unit order
 */
export function unitStatuses(plan: PlanLike, options?: UnitStatusesOptions): UnitStatus[] {
  const atMs = options?.at === undefined ? Date.now() : _toEpochMs(options.at);
  const atDay = _isoFromDays(_vnDayOfMs(atMs));
  const calendar = options?.calendar ?? createWorkingCalendar();
  const wanted = options?.unitIds ? new Set(options.unitIds) : undefined;
  const keys = options?.instanceKeys ? new Set(options.instanceKeys) : undefined;
  const rows: UnitStatus[] = [];
  for (const ob of plan.obligations) {
    const owing = _expanded(plan, ob).filter((x) => isUnitValidOn(x.unit, atDay) && (!wanted || wanted.has(x.id)));
    for (const inst of obligationInstances(ob, { calendar })) {
      if (keys && !keys.has(inst.key)) continue;
      const base = _status(inst, atMs, calendar, undefined);
      const opensMs = _opensAt(inst).ms;
      for (const { id, unit } of owing) {
        if (!isUnitValidOn(unit, inst.deadline.lastDay)) continue;
        const sub = options?.submittedAt?.(id, ob.id, inst);
        const status = sub === undefined ? base.status : _kind(atMs, inst.deadline.epochMs, opensMs, _toEpochMs(sub));
        rows.push({ unitId: id, obligationId: ob.id, instanceKey: inst.key, ...(inst.index !== undefined ? { index: inst.index } : {}), status, workingDaysLeft: base.workingDaysLeft });
      }
    }
  }
  return rows;
}
