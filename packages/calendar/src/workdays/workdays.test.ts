import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _daysFromCivil, _isoFromDays } from '../time/time';
import { addWorkingDays, countWorkingDays, createWorkingCalendar, isWorkingDay } from './workdays';

describe('working days', () => {
  it('counts both ends inclusive and skips weekends and holidays', () => {
    expect(countWorkingDays('2021-05-17', '2021-05-21')).toBe(5); // Mon–Fri
    expect(countWorkingDays('2021-05-15', '2021-05-16')).toBe(0); // weekend
    expect(countWorkingDays('2021-05-19', '2021-05-19')).toBe(1);
    expect(countWorkingDays('2021-05-20', '2021-05-19')).toBe(0);
    // 26/4–7/5/2021: 10 weekdays minus 30/04 and 03/05 (in lieu of 1/5).
    expect(countWorkingDays('2021-04-26', '2021-05-07')).toBe(8);
    // Tết 2021: 10 weekdays 08–19/02 minus 5 weekdays off (10, 11, 12, 15, 16).
    expect(countWorkingDays('2021-02-08', '2021-02-19')).toBe(5);
    // 2024: the working Saturday 04/05 counts, the swapped Monday 29/04 does not.
    expect(countWorkingDays('2024-04-27', '2024-05-05')).toBe(3); // 02, 03, 04/05
  });

  it('a whole year: 2021 has 261 weekdays, 11 of them off → 250 working days', () => {
    expect(countWorkingDays('2021-01-01', '2021-12-31')).toBe(250);
  });

  it('isWorkingDay', () => {
    expect(isWorkingDay('2021-05-03')).toBe(false);
    expect(isWorkingDay('2021-05-04')).toBe(true);
    expect(isWorkingDay('2024-05-04')).toBe(true); // working Saturday
    expect(isWorkingDay('2024-05-11')).toBe(false);
  });

  it('addWorkingDays', () => {
    expect(addWorkingDays('2021-04-29', 1)).toBe('2021-05-04');
    expect(addWorkingDays('2021-05-04', -1)).toBe('2021-04-29');
    expect(addWorkingDays('2021-05-19', -7)).toBe('2021-05-10');
    expect(addWorkingDays('2021-05-15', 0)).toBe('2021-05-15');
    expect(addWorkingDays('2021-02-09', 1)).toBe('2021-02-17');
  });

  it('agrees with a day-by-day count (property, 2008–2199)', () => {
    const cal = createWorkingCalendar();
    const day = fc.integer({ min: _daysFromCivil(2008, 1, 1), max: _daysFromCivil(2199, 12, 31) - 400 });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), (a, len) => {
        let slow = 0;
        for (let n = a; n <= a + len; n++) if (cal.isWorkingDay(_isoFromDays(n))) slow++;
        expect(countWorkingDays(_isoFromDays(a), _isoFromDays(a + len), { calendar: cal })).toBe(slow);
      }),
      { numRuns: 300 },
    );
  });

  it('addWorkingDays and countWorkingDays are consistent (property)', () => {
    const cal = createWorkingCalendar();
    const opts = { calendar: cal };
    const day = fc.integer({ min: _daysFromCivil(2010, 1, 1), max: _daysFromCivil(2198, 1, 1) });
    fc.assert(
      fc.property(day, fc.integer({ min: -300, max: 300 }).filter((n) => n !== 0), (a, n) => {
        const start = _isoFromDays(a);
        const r = addWorkingDays(start, n, opts);
        expect(isWorkingDay(r, opts)).toBe(true);
        if (n > 0) expect(countWorkingDays(_isoFromDays(a + 1), r, opts)).toBe(n);
        else expect(countWorkingDays(r, _isoFromDays(a - 1), opts)).toBe(-n);
        // Going back the same number of working days lands on the start or on the working day before it.
        const back = addWorkingDays(r, -n, opts);
        if (isWorkingDay(start, opts)) expect(back).toBe(start);
      }),
      { numRuns: 300 },
    );
  });
});
