// Public API of @dvcq/calendar — a hand-picked list (no `export *` of internals).
export {
  VN_UTC_OFFSET_MINUTES,
  addDays,
  formatDateTimeVi,
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
export { HOLIDAYS_FORMAT, HOLIDAY_KINDS, HOLIDAY_OCCASIONS } from './holidays/types';
export { MAX_HOLIDAYS_LENGTH, parseHolidays, validateHolidays } from './holidays/file';
export { holidaysJsonSchema } from './holidays/schema';
export type { HolidaysReadOptions } from './holidays/file';
export type {
  AnnouncedDay,
  AnnouncedSchedule,
  HolidayBasis,
  HolidayDay,
  HolidayKind,
  HolidayNotice,
  HolidayOccasion,
  HolidaySource,
  HolidayYear,
  HolidaysFile,
  LaborCodeRef,
} from './holidays/types';

export { BUILT_IN_HOLIDAYS, addWorkingDays, countWorkingDays, createWorkingCalendar, holidaysOf, isWorkingDay } from './workdays/workdays';
export type { WorkingCalendar, WorkingCalendarOptions, WorkingDayOptions } from './workdays/workdays';

export { deadlineOf, deadlineTimes } from './deadline/deadline';
export type { Deadline, DeadlineTimes } from './deadline/deadline';

export { DATA_WINDOW_NOT_STATED, DATA_WINDOW_PRESETS, dataWindowOf, nd09DataWindow } from './window/window';
export type { DataWindowInfo } from './window/window';

export { extendInstance, findInstance, instanceKey, obligationInstances, periodLabel, planInstances } from './instances/instances';
export type { InstanceMatch, InstanceOptions, InstanceQuery, ObligationInstance } from './instances/instances';

export {
  STATUS_LABELS,
  instanceStatus,
  instancesForUnit,
  obligationCalendar,
  obligationsForUnit,
  statusOf,
  unitStatuses,
} from './status/status';
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

export type {
  AfterPeriodDeadlineSpec,
  DataWindowPreset,
  DataWindowSpec,
  DateDeadlineSpec,
  DayOfMonthDeadlineSpec,
  DeadlineRuleSpec,
  DeadlineSemantics,
  DeadlineSpec,
  LocalizedText,
  ObligationLike,
  PeriodKind,
  PlanLike,
} from './_model';
