import { describe, expect, it } from 'vitest';
import * as api from './index';

describe('public API', () => {
  it('exports exactly the hand-picked runtime names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'BUILT_IN_HOLIDAYS', 'DATA_WINDOW_NOT_STATED', 'DATA_WINDOW_PRESETS', 'HOLIDAYS_FORMAT', 'HOLIDAY_KINDS', 'HOLIDAY_OCCASIONS',
      'HOLIDAY_YEAR_RANGE', 'LABOR_CODES', 'LUNAR_YEAR_RANGE', 'MAX_HOLIDAYS_LENGTH', 'STATUS_LABELS',
      'VN_UTC_OFFSET_MINUTES', 'addDays', 'addWorkingDays', 'countWorkingDays', 'createWorkingCalendar', 'dataWindowOf',
      'deadlineOf', 'deadlineTimes', 'extendInstance', 'findInstance', 'formatDateTimeVi', 'formatDateVi', 'formatInstant', 'holidaysJsonSchema', 'holidaysOf', 'instanceKey', 'instanceStatus', 'instancesForUnit',
      'isWorkingDay', 'leapMonthOf', 'lunarToSolar', 'nd09DataWindow', 'obligationCalendar', 'obligationInstances', 'obligationUid',
      'obligationsForUnit', 'obligationsToIcs', 'parseDate', 'parseHolidays', 'parseInstant', 'periodLabel', 'planInstances',
      'solarToLunar', 'statusOf', 'tetOf', 'unitStatuses', 'validateHolidays', 'vietnamDateOf',
    ]);
  });

  it('the holidays JSON of `dvcq calendar holidays 2021 --json` maps directly', () => {
    const y = api.holidaysOf(2021);
    const json = { year: y.year, days: y.days.map((d) => ({ date: d.date, name: d.name.vi, kind: d.kind, source: d.source })) };
    expect(json.days[0]).toEqual({ date: '2021-01-01', name: 'Tết Dương lịch', kind: 'holiday', source: 'law' });
  });
});
