import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent } from './numbers';

const NBSP = '\u00a0';

describe('formatNumber / formatPercent', () => {
  it('writes numbers the Vietnamese way and the English way', () => {
    expect(formatNumber(1250.5)).toBe('1.250,5');
    expect(formatNumber(1250.5, { lang: 'en' })).toBe('1,250.5');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(0.125, { maxDecimals: 2 })).toBe('0,13');
    expect(formatNumber(12, { maxDecimals: 0 })).toBe('12');
    expect(formatNumber(-3.5)).toBe('-3,5');
    expect(formatNumber(Number.NaN)).toBe('—');
    expect(formatNumber(Number.POSITIVE_INFINITY, { lang: 'en' })).toBe('—');
  });

  it('writes percentages with a no-break space in Vietnamese', () => {
    expect(formatPercent(93.4)).toBe(`93,4${NBSP}%`);
    expect(formatPercent(93.44)).toBe(`93,4${NBSP}%`);
    expect(formatPercent(7.142857)).toBe(`7,1${NBSP}%`);
    expect(formatPercent(100)).toBe(`100${NBSP}%`);
    expect(formatPercent(93.4, { lang: 'en' })).toBe('93.4%');
    expect(formatPercent(Number.NaN)).toBe('—');
  });

  it('reads back to the value it wrote (within the digits kept)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 3 }), (x, d) => {
        const vi = formatNumber(x, { maxDecimals: d });
        const back = Number(vi.replace(/\./g, '').replace(',', '.').replace('\u2212', '-'));
        expect(Math.abs(back - x)).toBeLessThanOrEqual(0.5 * 10 ** -d + Math.abs(x) * 1e-12);
        const en = formatNumber(x, { lang: 'en', maxDecimals: d });
        expect(Number(en.replace(/,/g, ''))).toBe(back);
      }),
      { numRuns: 300 },
    );
  });
});
