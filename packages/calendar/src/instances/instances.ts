/**
 * Kỳ báo cáo của một nghĩa vụ — the instances of an obligation: one report per month or quarter
 * owed (monthly, quarterly), or one a year (six-month, nine-month, annual, one-off). Each
 * instance has its calendar period, its data window and its deadline, computed from the
 * obligation's fixed date or its rule per period (docs/domain.md#deadlines).
 */
import { obligationIndexes } from '@dvcq/core';
import type { AfterPeriodDeadlineSpec, LocalizedText, ObligationLike, PeriodKind, PlanLike } from '../_model';
import { deadlineOf, type Deadline } from '../deadline/deadline';
import { _civilFromDays, _daysFromCivil, _daysFromIso, _isoFromDays, formatDateVi, type IsoDate } from '../time/time';
import { _instanceWindow, type DataWindowInfo } from '../window/window';
import { addWorkingDays, createWorkingCalendar, type WorkingCalendar, type WorkingDayOptions } from '../workdays/workdays';

/** Kỳ báo cáo — one report an obligation asks for: its period, data window and deadline. */
export interface ObligationInstance {
  readonly obligationId: string;
  readonly period: PeriodKind;
  readonly year: number;
  /** Tháng (1–12) hoặc quý (1–4) — for monthly and quarterly obligations. */
  readonly index?: number;
  /** Khóa ổn định — `<obligationId>@<year>`, `<obligationId>@<year>-Q<n>` or `<obligationId>@<year>-M<nn>`. */
  readonly key: string;
  /** Tên kỳ — "Quý II/2026", "Tháng 3/2026", "6 tháng năm 2021", "9 tháng năm 2026", "Năm 2026"; a one-off report's title. */
  readonly label: LocalizedText;
  /** Tên báo cáo — the obligation's title. */
  readonly title: LocalizedText;
  /** Kỳ báo cáo theo lịch — the calendar period reported on (both ends inclusive); absent for one-off reports. */
  readonly span?: { readonly from: IsoDate; readonly to: IsoDate };
  /** Kỳ số liệu — the data window of this instance, or "not stated by the plan". */
  readonly window: DataWindowInfo;
  /** Hạn nộp — the deadline of this instance, with its reading. */
  readonly deadline: Deadline;
}

/** Tùy chọn tính kỳ báo cáo — options: a working calendar (holidays, incl. announced files) to reuse. */
export type InstanceOptions = WorkingDayOptions;

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const MONTH_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Khóa kỳ báo cáo — the stable key of an instance.
 * @param obligationId - the obligation id
 * @param year - the reporting year
 * @param period - the period kind
 * @param index - the month or quarter (monthly / quarterly only)
 * @returns e.g. `bc-quy@2026-Q2`, `bc-thang@2026-M03`, `bc-nam@2026`
 */
export function instanceKey(obligationId: string, year: number, period: PeriodKind, index?: number): string {
  if (index !== undefined && period === 'quarterly') return `${obligationId}@${year}-Q${index}`;
  if (index !== undefined && period === 'monthly') return `${obligationId}@${year}-M${pad2(index)}`;
  return `${obligationId}@${year}`;
}

/**
 * Tên kỳ báo cáo — the label of a period: "Quý II/2026", "Tháng 3/2026", "6 tháng năm 2021",
 * "9 tháng năm 2026", "Năm 2026".
 * @param period - the period kind (`one-off` has no period label: use the report's title)
 * @param year - the year
 * @param index - the month (1–12) or quarter (1–4)
 * @returns the label in Vietnamese and English
 */
export function periodLabel(period: Exclude<PeriodKind, 'one-off'>, year: number, index?: number): LocalizedText {
  switch (period) {
    case 'monthly':
      return index === undefined ? { vi: `Các tháng năm ${year}`, en: `Months of ${year}` } : { vi: `Tháng ${index}/${year}`, en: `${MONTH_EN[index - 1] ?? index} ${year}` };
    case 'quarterly':
      return index === undefined ? { vi: `Các quý năm ${year}`, en: `Quarters of ${year}` } : { vi: `Quý ${ROMAN[index - 1] ?? index}/${year}`, en: `Q${index} ${year}` };
    case 'semiannual':
      return { vi: `6 tháng năm ${year}`, en: `Six months of ${year}` };
    case 'nine-month':
      return { vi: `9 tháng năm ${year}`, en: `Nine months of ${year}` };
    case 'annual':
      return { vi: `Năm ${year}`, en: `Year ${year}` };
  }
}

/** @internal The calendar period of an instance (absent for one-off). */
export function _span(period: PeriodKind, year: number, index: number | undefined): { from: IsoDate; to: IsoDate } | undefined {
  const range = (m1: number, m2: number) => ({
    from: _isoFromDays(_daysFromCivil(year, m1, 1)),
    to: _isoFromDays(_daysFromCivil(year, m2 + 1, 1) - 1),
  });
  switch (period) {
    case 'monthly':
      return index === undefined ? range(1, 12) : range(index, index);
    case 'quarterly':
      return index === undefined ? range(1, 12) : range(index * 3 - 2, index * 3);
    case 'semiannual':
      return range(1, 6);
    case 'nine-month':
      return range(1, 9);
    case 'annual':
      return range(1, 12);
    case 'one-off':
      return undefined;
  }
}

const _monthName = (y: number, m: number): LocalizedText => ({ vi: `tháng ${m}/${y}`, en: `${MONTH_EN[m - 1]} ${y}` });

/** A deadline computed from a rule carries the computation in words. */
function _ruleDeadline(date: IsoDate, semantics: Deadline['semantics'], text: string | undefined, rule: LocalizedText): Deadline {
  return { ...deadlineOf({ date, semantics, text }), rule };
}

/** @internal The deadline of one instance. */
function _instanceDeadline(ob: ObligationLike, span: { from: IsoDate; to: IsoDate } | undefined, window: DataWindowInfo, calendar: WorkingCalendar): Deadline {
  const d = ob.deadline;
  if (d.kind === undefined || d.kind === 'date') return deadlineOf(d);
  if (!span) {
    const err = new RangeError(`calendar.one-off-needs-date: obligation "${ob.id}" is one-off, its deadline must be a date`) as RangeError & { code: string };
    err.code = 'calendar.one-off-needs-date';
    throw err;
  }
  if (d.kind === 'day-of-month') {
    const end = _civilFromDays(_daysFromIso(span.to));
    const y = d.month === 'after-period' && end.m === 12 ? end.y + 1 : end.y;
    const m = d.month === 'after-period' ? (end.m % 12) + 1 : end.m;
    const length = _civilFromDays(_daysFromCivil(y, m + 1, 1) - 1).d;
    const day = Math.min(d.day, length);
    const which = d.month === 'after-period' ? { vi: 'tháng sau kỳ', en: 'the month after the period' } : { vi: 'tháng cuối kỳ', en: 'the period’s last month' };
    const month = _monthName(y, m);
    const clamp = day < d.day ? { vi: ` (tháng chỉ có ${length} ngày: ngày cuối tháng)`, en: ` (the month has ${length} days: its last day)` } : { vi: '', en: '' };
    return _ruleDeadline(_isoFromDays(_daysFromCivil(y, m, day)), d.semantics, d.text, {
      vi: `Ngày ${d.day} của ${which.vi} (${month.vi}) = ${formatDateVi(_isoFromDays(_daysFromCivil(y, m, day)))}${clamp.vi}.`,
      en: `Day ${d.day} of ${which.en} (${month.en}) = ${_isoFromDays(_daysFromCivil(y, m, day))}${clamp.en}.`,
    });
  }
  // after-period: counted from the data window's last day when the obligation states one,
  // else from the calendar period's last day.
  const a = d as AfterPeriodDeadlineSpec;
  const fromWindow = window.stated;
  const base = window.stated ? window.to : span.to;
  let date: IsoDate;
  if (a.count === 'calendar') date = _isoFromDays(_daysFromIso(base) + a.days);
  else if (a.days > 0) date = addWorkingDays(base, a.days, { calendar });
  else date = calendar.isWorkingDay(base) ? base : addWorkingDays(base, 1, { calendar });
  const unit = a.count === 'working' ? { vi: 'ngày làm việc', en: 'working day(s)' } : { vi: 'ngày', en: 'calendar day(s)' };
  const what = fromWindow ? { vi: 'ngày cuối kỳ số liệu', en: 'last day of the data window' } : { vi: 'ngày cuối kỳ báo cáo', en: 'last day of the period' };
  return _ruleDeadline(date, a.semantics, a.text, {
    vi: `${a.days} ${unit.vi} sau ${formatDateVi(base)} (${what.vi}) = ${formatDateVi(date)}.`,
    en: `${a.days} ${unit.en} after ${base} (${what.en}) = ${date}.`,
  });
}

/** @internal The indexes an obligation owes (months or quarters), or `[undefined]` for one report. */
function _indexes(ob: ObligationLike): (number | undefined)[] {
  const owed = obligationIndexes({ period: ob.period, ...(ob.indexes ? { indexes: [...ob.indexes] } : {}) });
  if (owed.length === 0) return [undefined];
  // A fixed date is one report: its month or quarter is the single index the plan gives (lint:
  // plan.deadline-needs-rule).
  if (ob.deadline.kind === undefined || ob.deadline.kind === 'date') return [owed.length === 1 ? owed[0] : undefined];
  return owed;
}

/**
 * Các kỳ báo cáo của một nghĩa vụ — the instances of an obligation, in period order: one per
 * month or quarter owed (`indexes`, all by default) for monthly and quarterly obligations with
 * a rule deadline, one otherwise. Working-day rules use the holidays of `options.calendar`
 * (built-in table plus any announced file), so pass the same calendar you use elsewhere.
 * @param obligation - the obligation
 * @param options - `calendar` (default: a fresh calendar with the built-in table)
 * @returns the instances, each with key, label, calendar period, data window and deadline (the
 *   same array on each call with the same calendar: treat it as read-only)
 * @throws RangeError `calendar.one-off-needs-date` when a one-off obligation has a rule deadline
 */
export function obligationInstances(obligation: ObligationLike, options?: InstanceOptions): readonly ObligationInstance[] {
  const calendar = options?.calendar ?? createWorkingCalendar();
  const memo = calendar._memo.get(obligation) as readonly ObligationInstance[] | undefined;
  if (memo) return memo;
  const ob = obligation;
  const out = _indexes(ob).map((index): ObligationInstance => {
    const span = _span(ob.period, ob.year, index);
    const window = _instanceWindow(ob.dataWindow, ob.period, ob.year, index);
    const deadline = _instanceDeadline(ob, span, window, calendar);
    return {
      obligationId: ob.id,
      period: ob.period,
      year: ob.year,
      ...(index !== undefined ? { index } : {}),
      key: instanceKey(ob.id, ob.year, ob.period, index),
      label: ob.period === 'one-off' ? ob.title : periodLabel(ob.period, ob.year, index),
      title: ob.title,
      ...(span ? { span } : {}),
      window,
      deadline,
    };
  });
  calendar._memo.set(obligation, out);
  return out;
}

/**
 * Mọi kỳ báo cáo của kế hoạch — the instances of every obligation, in plan order then period order.
 * @param plan - the plan
 * @param options - `calendar` to reuse
 * @returns all instances
 */
export function planInstances(plan: Pick<PlanLike, 'obligations'>, options?: InstanceOptions): ObligationInstance[] {
  const calendar = options?.calendar ?? createWorkingCalendar();
  return plan.obligations.flatMap((ob) => obligationInstances(ob, { calendar }));
}

/** Tìm kỳ báo cáo của một báo cáo — what a report names: its period, year, month/quarter, and (when several obligations match) its obligation. */
export interface InstanceQuery {
  readonly period: PeriodKind;
  readonly year: number;
  /** Tháng hoặc quý — the report's `periodIndex` (monthly / quarterly). */
  readonly periodIndex?: number;
  readonly obligationId?: string;
}

/** Kết quả tìm kỳ báo cáo — the one matching instance, or why there is none. */
export type InstanceMatch =
  | { readonly ok: true; readonly instance: ObligationInstance }
  | { readonly ok: false; readonly reason: 'none' | 'ambiguous'; readonly candidates: readonly ObligationInstance[] };

/**
 * Kỳ báo cáo của một báo cáo — the instance a report belongs to: same period kind and year,
 * same month/quarter (`periodIndex`, for monthly and quarterly instances), and the same
 * obligation when `obligationId` is given (needed when several obligations match, e.g. one-off
 * reports).
 * @param plan - the plan
 * @param query - `{ period, year, periodIndex?, obligationId? }`
 * @param options - `calendar` to reuse
 * @returns `{ ok: true, instance }`, or `{ ok: false, reason: 'none' | 'ambiguous', candidates }`
 */
export function findInstance(plan: Pick<PlanLike, 'obligations'>, query: InstanceQuery, options?: InstanceOptions): InstanceMatch {
  const calendar = options?.calendar ?? createWorkingCalendar();
  const candidates = plan.obligations
    .filter((o) => o.period === query.period && o.year === query.year && (query.obligationId === undefined || o.id === query.obligationId))
    .flatMap((o) => obligationInstances(o, { calendar }))
    .filter((i) => i.index === query.periodIndex);
  if (candidates.length === 1) return { ok: true, instance: candidates[0]! };
  return { ok: false, reason: candidates.length === 0 ? 'none' : 'ambiguous', candidates };
}

/**
 * @internal The instance in progress at an instant: the first whose deadline instant is after
 * `atMs`, else the last one.
 */
export function _currentInstance(instances: readonly ObligationInstance[], atMs: number): ObligationInstance {
  return instances.find((i) => i.deadline.epochMs > atMs) ?? instances[instances.length - 1]!;
}

/**
 * Kỳ báo cáo được gia hạn — the instance as one unit owes it after a deadline extension
 * ("gia hạn"): the same instance with the deadline moved to the end of `lastDay` (inclusive,
 * Việt Nam time: late from 00:00 of the next day), its reading saying so. Every check that
 * decides lateness for that unit (status, consolidation, reminders) reads the extended instance,
 * so an extension is applied in one place. An extension never shortens the deadline: a
 * `lastDay` before the plan's last day leaves the instance as it is.
 * @param instance - an instance (from `obligationInstances`)
 * @param lastDay - the new last day allowed, `YYYY-MM-DD`
 * @returns the extended instance (a new object), or `instance` itself when nothing changes
 * @throws RangeError for a `lastDay` that is not a calendar date (a programmer's mistake)
 */
export function extendInstance(instance: ObligationInstance, lastDay: IsoDate): ObligationInstance {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(lastDay) || _isoFromDays(_daysFromIso(lastDay)) !== lastDay) throw new RangeError(`calendar.bad-date: ${lastDay}`);
  if (lastDay <= instance.deadline.lastDay) return instance;
  const d = deadlineOf({ date: lastDay, semantics: 'inclusive' });
  const vi = formatDateVi(lastDay);
  return {
    ...instance,
    deadline: {
      ...d,
      text: `Gia hạn đến hết ngày ${vi}`,
      reading: {
        vi: `Được gia hạn: nộp đến hết ngày ${vi} (giờ Việt Nam, UTC+7); hạn theo kế hoạch: ${instance.deadline.text ?? formatDateVi(instance.deadline.lastDay)}.`,
        en: `Extended: due by the end of ${lastDay} (Việt Nam time, UTC+7); the plan's deadline: ${instance.deadline.text ?? instance.deadline.lastDay}.`,
      },
    },
  };
}
