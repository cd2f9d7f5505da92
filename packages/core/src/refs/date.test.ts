import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_DATE_LENGTH, daysInMonth, documentDateToIso, formatDocumentDate, parseDocumentDate } from './date';

describe('parseDocumentDate', () => {
  it('parses the short and long forms of the seed', () => {
    for (const s of ['02/3/2017', 'ngày 02/3/2017', 'ngày 02 tháng 3 năm 2017', '02 tháng 3 năm 2017', 'Ngày 02 tháng 3 năm 2017']) {
      const r = parseDocumentDate(s);
      expect(r.ok && r.value, s).toEqual({ year: 2017, month: 3, day: 2 });
      expect(r.ok && r.issues, s).toEqual([]);
    }
    const jan = parseDocumentDate('11/01/2021');
    expect(jan.ok && jan.value).toEqual({ year: 2021, month: 1, day: 11 });
    expect(jan.ok && jan.issues).toEqual([]);
  });

  it('tolerates missing or extra leading zeros with a non-canonical warning', () => {
    for (const s of ['2/3/2017', '02/03/2017', 'ngày 2 tháng 03 năm 2017', '11/1/2021']) {
      const r = parseDocumentDate(s);
      expect(r.ok, s).toBe(true);
      if (r.ok) expect(r.issues.map((w) => w.code)).toEqual(['refs.date.non-canonical']);
    }
    const r = parseDocumentDate('2/3/2017');
    expect(r.ok && r.issues[0]?.message).toMatch(/"02\/3\/2017"/);
    const en = parseDocumentDate('2/3/2017', { lang: 'en' });
    expect(en.ok && en.issues[0]?.message).toMatch(/Write the date as "02\/3\/2017"/);
    expect(en.ok && en.issues[0]?.path).toBe('');
  });

  it('rejects impossible dates with refs.date.impossible', () => {
    for (const s of ['31/02/2017', '29/02/2019', '31/4/2021', 'ngày 30 tháng 02 năm 2020']) {
      const r = parseDocumentDate(s);
      expect(!r.ok && r.issues[0]?.code, s).toBe('refs.date.impossible');
    }
    expect(parseDocumentDate('29/02/2020').ok).toBe(true);
    expect(parseDocumentDate('29/02/1900').ok).toBe(false);
    expect(parseDocumentDate('29/02/2000').ok).toBe(true);
  });

  it('rejects malformed dates with refs.date.invalid', () => {
    for (const s of ['02/13/2017', '00/3/2017', '02/3/17', '2017-03-02', 'ngày 02 tháng ba năm 2017', '02/3', 'abc', '1/1/2017/1']) {
      const r = parseDocumentDate(s);
      expect(!r.ok && r.issues[0]?.code, s).toBe('refs.date.invalid');
    }
    const long = parseDocumentDate(' '.repeat(10) + '1'.repeat(MAX_DOCUMENT_DATE_LENGTH + 1));
    expect(!long.ok && long.issues[0]?.code).toBe('refs.input.too-long');
    expect(!parseDocumentDate('x'.repeat(10_000_000)).ok).toBe(true);
  });

  it('never throws on random input (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => void parseDocumentDate(s)));
  });
});

describe('formatDocumentDate', () => {
  it('writes leading zeros for days < 10 and months 1–2 only (Nghị định 30/2020)', () => {
    expect(formatDocumentDate({ year: 2017, month: 3, day: 2 })).toBe('02/3/2017');
    expect(formatDocumentDate({ year: 2021, month: 1, day: 11 })).toBe('11/01/2021');
    expect(formatDocumentDate({ year: 2018, month: 2, day: 2 }, 'short')).toBe('02/02/2018');
    expect(formatDocumentDate({ year: 2017, month: 3, day: 2 }, 'long')).toBe('ngày 02 tháng 3 năm 2017');
    expect(formatDocumentDate({ year: 2021, month: 11, day: 5 }, 'long')).toBe('ngày 05 tháng 11 năm 2021');
    expect(documentDateToIso({ year: 2017, month: 3, day: 2 })).toBe('2017-03-02');
  });

  it('round-trips every valid date in both styles (property)', () => {
    const dateArb = fc
      .record({ year: fc.integer({ min: 1000, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
      .filter((d) => d.day <= daysInMonth(d.year, d.month));
    fc.assert(
      fc.property(dateArb, fc.constantFrom('short' as const, 'long' as const), (d, style) => {
        const r = parseDocumentDate(formatDocumentDate(d, style));
        expect(r.ok && r.value).toEqual(d);
        expect(r.ok && r.issues).toEqual([]);
      }),
    );
  });

  it('agrees with the JavaScript calendar on month lengths (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
      }),
    );
  });
});
