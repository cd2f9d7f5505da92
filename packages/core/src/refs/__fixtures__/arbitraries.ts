// Test helpers: fast-check generators of structured document numbers.
import fc from 'fast-check';
import { typeCodeName } from '../codes';
import type { DocumentNumber, StateDocumentNumber } from '../number';

const segment = fc
  .tuple(fc.constantFrom('A', 'B', 'C', 'Đ', 'N', 'Q', 'T', 'U', 'V', 'X'), fc.string({ unit: fc.constantFrom(...'ABCDĐHKNQSTUVWX0123456789'), maxLength: 6 }))
  .map(([a, b]) => a + b);
// An agency abbreviation that is not itself a type code (else it reads as one).
const agency = segment.filter((s) => typeCodeName(s, 'state') === undefined);

/** State-style numbers (with/without year, type code, unit). */
export const stateNumberArb: fc.Arbitrary<DocumentNumber> = fc
  .record(
    {
      number: fc.integer({ min: 1, max: 999_999 }),
      year: fc.integer({ min: 1945, max: 2999 }),
      typeCode: fc.constantFrom('NQ', 'QĐ', 'CT', 'QC', 'QyĐ', 'TC', 'TB', 'HD', 'CTr', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB', 'TTr', 'HĐ', 'CĐ', 'BGN', 'BTT', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB', 'NĐ', 'TT'),
      issuer: agency,
      unit: agency,
    },
    { requiredKeys: ['number', 'issuer'] },
  )
  .map((r) => {
    // Same key order as the parser's output.
    const n = { style: 'state', number: r.number } as StateDocumentNumber;
    if (r.year !== undefined) n.year = r.year;
    if (r.typeCode !== undefined) n.typeCode = r.typeCode;
    n.issuer = r.issuer;
    if (r.unit !== undefined) n.unit = r.unit;
    return n;
  });

/** Party-style numbers. */
export const partyNumberArb: fc.Arbitrary<DocumentNumber> = fc.record({
  style: fc.constant('party' as const),
  number: fc.integer({ min: 1, max: 999_999 }),
  typeCode: fc.constantFrom('NQ', 'QĐ', 'CT', 'KL', 'QC', 'TT', 'HD', 'BC', 'KH', 'CTr', 'TB', 'TTr', 'ĐA', 'CV', 'BB'),
  issuer: fc.constantFrom('TW', 'TU', 'HU', 'ĐU', 'VPTW', 'BDVTW'),
});

