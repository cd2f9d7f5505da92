// Public API of @dvcq/calendar — a hand-picked list (no `export *` of internals).
export {
  VN_UTC_OFFSET_MINUTES,
  addDays,
  formatDateVi,
  formatInstant,
  parseDate,
  parseInstant,
  vietnamDateOf,
} from './time/time';
export type { CalendarInputError, InstantInput, IsoDate, ParsedDate, ParsedInstant } from './time/time';

export { LUNAR_YEAR_RANGE, leapMonthOf, lunarToSolar, solarToLunar, tetOf } from './lunar/lunar';
export type { LunarDate, LunarOptions } from './lunar/lunar';

export { HOLIDAY_YEAR_RANGE, LABOR_CODES } from './holidays/holidays';
export { ANNOUNCED_SCHEDULES } from './holidays/announced';
export type {
  AnnouncedSchedule,
  HolidayDay,
  HolidayKind,
  HolidayOccasion,
  HolidaySource,
  HolidayYear,
  LaborCodeRef,
} from './holidays/types';

export { addWorkingDays, countWorkingDays, createWorkingCalendar, holidaysOf, isWorkingDay } from './workdays/workdays';
export type { WorkingCalendar, WorkingCalendarOptions, WorkingDayOptions } from './workdays/workdays';

export { deadlineOf } from './deadline/deadline';
export type { Deadline } from './deadline/deadline';

export { DATA_WINDOW_NOT_STATED, dataWindowOf, nd09DataWindow } from './window/window';
export type { DataWindowInfo } from './window/window';

export { STATUS_LABELS, obligationCalendar, obligationsForUnit, statusOf, unitStatuses } from './status/status';
export type {
  CalendarEntry,
  ObligationCalendar,
  ObligationCalendarOptions,
  ObligationStatus,
  ObligationStatusKind,
  StatusOptions,
  UnitStatus,
  UnitStatusesOptions,
} from './status/status';

export { obligationUid, obligationsToIcs } from './ics/ics';
export type { IcsOptions } from './ics/ics';

export type { DeadlineSpec, PlanLike } from './_model';
