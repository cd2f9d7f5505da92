import { describe, expect, it } from 'vitest';
import { parseHolidays, validateHolidays } from './file';

const good = {
  format: 'dvcq-holidays/1',
  notices: {
    'tb-1': {
      type: { vi: 'Thông báo', en: 'Notice' },
      number: '1/TB-BNV',
      date: '2026-10-15',
      issuer: { vi: 'Bộ Nội vụ', en: 'Ministry of Home Affairs' },
    },
  },
  schedules: [
    {
      year: 2027,
      occasion: 'national-day',
      notice: 'tb-1',
      days: [
        { date: '2027-09-02', kind: 'holiday' },
        { date: '2027-09-03', kind: 'holiday' },
      ],
    },
  ],
};
const clone = (): any => JSON.parse(JSON.stringify(good));
const codes = (r: { issues: { code: string; path: string }[] }) => r.issues.map((i) => `${i.code} ${i.path}`);

describe('validateHolidays', () => {
  it('accepts a well-formed file', () => {
    const r = validateHolidays(good);
    expect(r.ok).toBe(true);
    expect(r.issues).toEqual([]);
  });

  it('names every problem with a code, a JSON Pointer and a message in the caller’s language', () => {
    const f = clone();
    f.format = 'dvcq-holidays/2';
    f.extra = 1;
    f.notices['tb-1'].date = '2026-02-30';
    f.notices['tb-1'].url = 'javascript:alert(1)';
    delete f.notices['tb-1'].issuer;
    f.schedules[0].occasion = 'christmas';
    f.schedules[0].days[0].kind = 'off';
    f.schedules[0].days[1].date = '2027-9-3';
    f.schedules.push({ year: 1999, occasion: 'tet', notice: 'tb-2', days: [] });
    const r = validateHolidays(f, { lang: 'en' });
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual([
      'holidays.unknown-property /extra',
      'holidays.format /format',
      'holidays.required /notices/tb-1/issuer',
      'holidays.invalid-date /notices/tb-1/date',
      'holidays.invalid-url /notices/tb-1/url',
      'holidays.enum /schedules/0/occasion',
      'holidays.enum /schedules/0/days/0/kind',
      'holidays.invalid-date /schedules/0/days/1/date',
      'holidays.year-out-of-range /schedules/1/year',
      'holidays.unknown-notice /schedules/1/notice',
      'holidays.days /schedules/1/days',
    ]);
    expect(r.issues.every((i) => i.severity === 'error')).toBe(true);
    expect(r.issues[0]!.message).toBe('Holidays file: unknown field "extra" (fields: $schema, format, comment, notices, schedules).');
    const vi = validateHolidays(f);
    expect(vi.issues[3]!.message).toBe('Ngày ban hành phải là một ngày có thật, dạng YYYY-MM-DD (ví dụ 2026-02-16).');
  });

  it('checks the calendar sense of the days', () => {
    const f = clone();
    f.schedules[0].days = [
      { date: '2027-09-02', kind: 'holiday' },
      { date: '2027-09-02', kind: 'holiday' }, // twice
      { date: '2027-09-04', kind: 'in-lieu' }, // a Saturday
      { date: '2027-09-06', kind: 'working-day' }, // a Monday
      { date: '2029-01-01', kind: 'holiday' }, // two years away
    ];
    f.schedules.push({ ...f.schedules[0], days: [{ date: '2027-09-10', kind: 'swapped-off' }] }); // same year + occasion
    const r = validateHolidays(f, { lang: 'en' });
    expect(codes(r)).toEqual([
      'holidays.duplicate-date /schedules/0/days/1/date',
      'holidays.kind-weekday /schedules/0/days/2/kind',
      'holidays.kind-weekday /schedules/0/days/3/kind',
      'holidays.date-outside-year /schedules/0/days/4/date',
      'holidays.swap-unbalanced /schedules/0/days',
      'holidays.duplicate-schedule /schedules/1',
      'holidays.swap-unbalanced /schedules/1/days',
    ]);
    expect(r.issues.find((i) => i.code === 'holidays.kind-weekday')!.message).toBe(
      'Day off 2027-09-04 is a Saturday: a day in lieu or swapped day off must be a weekday.',
    );
    expect(r.issues.find((i) => i.code === 'holidays.swap-unbalanced')!.severity).toBe('warning');
  });

  it('warnings alone keep the file usable', () => {
    const f = clone();
    f.notices['tb-2'] = { ...f.notices['tb-1'], number: '2/TB-BNV' };
    const r = validateHolidays(f);
    expect(r.ok).toBe(true);
    expect(codes(r)).toEqual(['holidays.unused-notice /notices/tb-2']);
  });

  it('escapes keys in pointers and ignores prototype keys', () => {
    const f = JSON.parse('{"format":"dvcq-holidays/1","notices":{"9441/TB-BNV":{"type":1},"__proto__":{"number":"x"}},"schedules":[{"year":2027,"occasion":"tet","notice":"constructor","days":[{"date":"2027-02-05","kind":"holiday"}]}]}');
    const r = validateHolidays(f, { lang: 'en' });
    expect(codes(r)).toEqual(expect.arrayContaining([
      'holidays.type /notices/9441~1TB-BNV/type',
      'holidays.required /notices/__proto__/type',
      'holidays.unknown-notice /schedules/0/notice',
    ]));
    expect(({} as Record<string, unknown>).number).toBeUndefined();
  });

  it('rejects what is not an object', () => {
    expect(codes(validateHolidays([]))).toEqual(['holidays.type ']);
    expect(codes(validateHolidays(null))).toEqual(['holidays.type ']);
  });
});

describe('parseHolidays', () => {
  it('parses and checks', () => {
    expect(parseHolidays(JSON.stringify(good)).ok).toBe(true);
    expect(parseHolidays('\uFEFF' + JSON.stringify(good)).ok).toBe(true);
  });

  it('a syntax error names its line and column', () => {
    const r = parseHolidays('{\n  "format": "dvcq-holidays/1",\n  "notices": {,\n}', { lang: 'en' });
    expect(codes(r)).toEqual(['holidays.json-syntax ']);
    expect(r.issues[0]!.message).toMatch(/^The holidays file is not valid JSON \(line 3, column 15\)\./);
  });

  it('checks the size before parsing', () => {
    const r = parseHolidays(' '.repeat(101) + '{}', { maxLength: 100 });
    expect(codes(r)).toEqual(['holidays.too-large ']);
  });
});
