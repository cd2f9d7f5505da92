// When reminders are due: per instance of an obligation (each month, quarter or
// period), on the working day N working days before its last day to submit, and on
// the first working day after it (the days the calendar's ICS alarms use).
import { type Plan, type Reminders, expandUnitIds, findUnit, isUnitValidOn } from '@dvcq/core';
import { type IsoDate, type ObligationInstance, type WorkingCalendar, addWorkingDays, countWorkingDays, createWorkingCalendar, formatInstant, planInstances } from '@dvcq/calendar';

/** Nhắc hạn mặc định — 5 and 1 working days before the last day, and the first working day after. */
export const DEFAULT_REMINDERS: Readonly<Reminders> = Object.freeze({ beforeWorkingDays: Object.freeze([5, 1]) as unknown as number[], afterDeadline: true });

/** Số ngày làm việc tối đa nhắc bù — an after-deadline reminder missed (portal stopped) is still sent this many working days later. */
export const AFTER_DEADLINE_CATCH_UP_DAYS = 5;

/** Mốc nhắc — one reminder day of an instance. */
export interface ReminderStage {
  /** `before-<N>` or `after`. */
  stage: string;
  /** The working day it is due on (Việt Nam date). */
  date: IsoDate;
  /** N, for a `before-<N>` stage. */
  workingDaysBefore?: number;
}

/** Nhắc hạn của kế hoạch — the plan's reminder settings, or the defaults. */
export function planReminders(plan: Pick<Plan, 'reminders'>): Reminders {
  const r = plan.reminders ?? DEFAULT_REMINDERS;
  return { beforeWorkingDays: [...new Set(r.beforeWorkingDays)].sort((a, b) => b - a), afterDeadline: r.afterDeadline };
}

/**
 * Các mốc nhắc — the reminder days of one instance, earliest first.
 * @param instance - an instance (calendar's `planInstances`)
 * @param reminders - the plan's settings ({@link planReminders})
 * @param calendar - the working calendar (holidays)
 * @returns the stages with their dates
 */
export function reminderStages(instance: ObligationInstance, reminders: Reminders, calendar: WorkingCalendar): ReminderStage[] {
  const last = instance.deadline.lastDay;
  const out: ReminderStage[] = [];
  for (const n of reminders.beforeWorkingDays) {
    out.push({ stage: `before-${n}`, date: n === 0 ? last : addWorkingDays(last, -n, { calendar }), workingDaysBefore: n });
  }
  if (reminders.afterDeadline) out.push({ stage: 'after', date: addWorkingDays(last, 1, { calendar }) });
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Việc nhắc đến hạn — the stage of an instance due now, and the units that owe it. */
export interface DueStage {
  instance: ObligationInstance;
  stage: ReminderStage;
  /** Units that owe the instance (listed, and existing on its last day); who has submitted is not checked here. */
  owedBy: string[];
}

/**
 * @internal The stage of an instance current on `today`: the latest whose day has
 * come. A stage stays current until the next one's day (so a stage missed while
 * the portal was stopped is sent late, saying the true days left); before-stages
 * end with the last day to submit, the after-stage {@link AFTER_DEADLINE_CATCH_UP_DAYS}
 * working days after its day.
 */
export function _currentStage(instance: ObligationInstance, stages: readonly ReminderStage[], today: IsoDate, calendar: WorkingCalendar): ReminderStage | undefined {
  let current: ReminderStage | undefined;
  for (const s of stages) if (s.date <= today) current = s;
  if (current === undefined) return undefined;
  if (current.stage === 'after') return countWorkingDays(current.date, today, { calendar }) <= AFTER_DEADLINE_CATCH_UP_DAYS + 1 ? current : undefined;
  return today <= instance.deadline.lastDay ? current : undefined;
}

/** Tùy chọn lịch nhắc — options of {@link dueStages}. */
export interface DueStagesOptions {
  calendar?: WorkingCalendar;
}

/**
 * Mốc nhắc đang đến hạn — every instance of the plan with a reminder stage due at
 * `at`, and the units that owe it.
 * @param plan - the plan
 * @param at - the instant (its Việt Nam date is "today")
 * @param options - the working calendar
 * @returns one entry per instance with a stage due
 */
export function dueStages(plan: Plan, at: Date, options: DueStagesOptions = {}): DueStage[] {
  const calendar = options.calendar ?? createWorkingCalendar();
  const settings = planReminders(plan);
  const today = formatInstant(at).slice(0, 10);
  const out: DueStage[] = [];
  for (const instance of planInstances(plan, { calendar })) {
    const stage = _currentStage(instance, reminderStages(instance, settings, calendar), today, calendar);
    if (stage === undefined) continue;
    const ob = plan.obligations.find((o) => o.id === instance.obligationId);
    if (!ob) continue;
    const owedBy = expandUnitIds(plan, ob.owedBy).filter((id) => {
      const u = findUnit(plan, id);
      return u !== undefined && isUnitValidOn(u, instance.deadline.lastDay);
    });
    out.push({ instance, stage, owedBy });
  }
  return out;
}
