import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { formatFieldValue, parseFieldInput } from './input';

const value = (w: Parameters<typeof parseFieldInput>[0], t: string) => parseFieldInput(w, t).value;
const problem = (w: Parameters<typeof parseFieldInput>[0], t: string) => parseFieldInput(w, t).problem?.key;

describe('counts as officials type them', () => {
  test('plain digits, dots, spaces and no-break spaces between thousands; full-width digits', () => {
    for (const t of ['1250', ' 1250 ', '1.250', '1 250', '1\u00a0250', '1\u202f250', '１２５０']) expect(value('count', t), t).toBe(1250);
    expect(value('count', '1.250.000')).toBe(1_250_000);
    expect(value('count', '12 500 000')).toBe(12_500_000);
    expect(value('count', '0')).toBe(0);
    expect(value('count', '')).toBeUndefined();
    expect(value('count', '   ')).toBeUndefined();
  });

  test('never a silent guess: a comma is the decimal mark, so "1,250" is 1,25 — not a whole number', () => {
    const r = parseFieldInput('count', '1,250');
    expect(r.problem).toEqual({ key: 'countNotWhole', params: { text: '1,250', reading: '1,25' } });
    expect(problem('count', '12,5')).toBe('countNotWhole');
    expect(problem('count', '1.250,5')).toBe('countNotWhole');
    // A dot that does not group thousands is not a Vietnamese count either.
    expect(problem('count', '1.25')).toBe('countInvalid');
    expect(problem('count', '1.2500')).toBe('countInvalid');
    expect(problem('count', '1.250 000')).toBe('countInvalid'); // two kinds of separator
    expect(problem('count', 'mười')).toBe('countInvalid');
    expect(problem('count', '-3')).toBe('countNegative');
    expect(problem('count', '- 1.250')).toBe('countNegative');
    expect(problem('count', '9'.repeat(16))).toBe('countInvalid');
  });

  test('shown normalized with dots between thousands; what is shown reads back the same', () => {
    expect(formatFieldValue('count', 1250)).toBe('1.250');
    expect(formatFieldValue('count', 999)).toBe('999');
    expect(formatFieldValue('count', 12_500_000)).toBe('12.500.000');
    fc.assert(fc.property(fc.nat({ max: 1e12 }), (n) => value('count', formatFieldValue('count', n)) === n));
  });
});

describe('percentages', () => {
  test('a decimal comma (or point), an optional % sign', () => {
    for (const [t, v] of [['85,5', 85.5], ['85.5', 85.5], ['85', 85], ['85,5 %', 85.5], ['100%', 100], ['0,25', 0.25], ['-5', -5]] as const) expect(value('percent', t), t).toBe(v);
    expect(formatFieldValue('percent', 85.5)).toBe('85,5');
    for (const t of ['1.000', '85,555', 'tám mươi', '85%%']) expect(problem('percent', t), t).toBe('percentInvalid');
  });
});

describe('dates always day/month/year, whatever the browser', () => {
  test('dd/mm/yyyy and its common variants; ISO too', () => {
    for (const t of ['10/05/2021', '10/5/2021', '10-05-2021', '10.05.2021', '10 / 05 / 2021', '2021-05-10', '１０/０５/２０２１']) expect(value('date', t), t).toBe('2021-05-10');
    expect(formatFieldValue('date', '2021-05-10')).toBe('10/05/2021');
    expect(formatFieldValue('date', 'not a date')).toBe('not a date');
  });

  test('ambiguous or impossible dates are problems with a clear message, never guesses', () => {
    for (const t of ['10/05/21', '05/10', '2021/05/10', 'hôm qua', '10/13/2021', '00/05/2021', '10/05-2021']) expect(problem('date', t), t).toBe('dateInvalid');
    expect(parseFieldInput('date', '31/02/2021').problem).toEqual({ key: 'dateImpossible', params: { text: '31/02/2021', month: 2, year: 2021, days: 28 } });
    expect(value('date', '29/02/2024')).toBe('2024-02-29');
  });

  test('every real date shown as dd/mm/yyyy reads back', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        return value('date', formatFieldValue('date', iso)) === iso;
      }),
    );
  });
});

test('other widgets keep the text; checkboxes the checked values', () => {
  expect(value('text', ' 15/BC-SNV ')).toBe(' 15/BC-SNV ');
  expect(value('text', '')).toBeUndefined();
  expect(value('checkboxes', [] as unknown as string)).toBeUndefined();
  expect(parseFieldInput('checkboxes', ['a', 'b']).value).toEqual(['a', 'b']);
});
