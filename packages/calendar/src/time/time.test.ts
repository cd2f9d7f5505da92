import { describe, expect, it } from 'vitest';
import { addDays, formatDateTimeVi, formatDateVi, formatInstant, parseDate, parseInstant, vietnamDateOf } from './time';

describe('time at UTC+7', () => {
  it('parses instants; no offset means Việt Nam time, never host time', () => {
    expect(parseInstant('2021-05-20')).toEqual({ ok: true, epochMs: Date.UTC(2021, 4, 19, 17), iso: '2021-05-20T00:00:00+07:00' });
    expect(parseInstant('2021-05-20T08:30')).toMatchObject({ iso: '2021-05-20T08:30:00+07:00' });
    expect(parseInstant('2021-05-19T17:00:00Z')).toMatchObject({ iso: '2021-05-20T00:00:00+07:00' });
    expect(parseInstant('2021-05-20T00:00:00-05:00')).toMatchObject({ iso: '2021-05-20T12:00:00+07:00' });
    expect(parseInstant('2021-05-20T00:00:00.250+0700')).toMatchObject({ iso: '2021-05-20T00:00:00.250+07:00' });
  });

  it('rejects bad input as values with stable codes', () => {
    for (const bad of ['', '2021-02-29', '2021-13-01', '20/5/2021', '2021-05-20T24:00', 'x'.repeat(100)]) {
      expect(parseInstant(bad)).toMatchObject({ ok: false, code: 'calendar.invalid-instant' });
    }
    expect(parseDate('2020-02-29')).toEqual({ ok: true, date: '2020-02-29' });
    expect(parseDate('2021-02-29')).toMatchObject({ ok: false, code: 'calendar.invalid-date' });
  });

  it('formats and converts', () => {
    expect(formatInstant(Date.UTC(2021, 11, 31, 17))).toBe('2022-01-01T00:00:00+07:00');
    expect(vietnamDateOf('2021-12-31T17:00:00Z')).toBe('2022-01-01');
    expect(vietnamDateOf(new Date(Date.UTC(2021, 11, 31, 16, 59)))).toBe('2021-12-31');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(formatDateVi('2021-05-09')).toBe('09/05/2021');
  });
});

describe('formatDateTimeVi', () => {
  it('writes dd/mm/yyyy HH:mm at UTC+7, from any input form', () => {
    expect(formatDateTimeVi('2021-05-25T09:00:00+07:00')).toBe('25/05/2021 09:00');
    expect(formatDateTimeVi('2021-05-25T02:00:59Z')).toBe('25/05/2021 09:00');
    expect(formatDateTimeVi('2021-05-25T09:00')).toBe('25/05/2021 09:00'); // no offset = Việt Nam time
    expect(formatDateTimeVi(new Date('2021-12-31T17:30:00Z'))).toBe('01/01/2022 00:30');
    expect(formatDateTimeVi(Date.UTC(2026, 0, 5, 1, 5))).toBe('05/01/2026 08:05');
    expect(() => formatDateTimeVi('hôm qua')).toThrow();
  });

  it('does not depend on the host time zone', () => {
    const before = process.env.TZ;
    const out: string[] = [];
    try {
      for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Ho_Chi_Minh']) {
        process.env.TZ = tz;
        out.push(formatDateTimeVi(new Date('2021-05-24T20:15:00-04:00')));
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
    expect(out).toEqual(Array(4).fill('25/05/2021 07:15'));
  });
});
