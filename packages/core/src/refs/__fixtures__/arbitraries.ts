// Test helpers: fast-check generators of structured document numbers, over every
// type code the kit knows × the issuer forms real symbols use (docs/domain.md#document-numbers).
import fc from 'fast-check';
import { DOCUMENT_KINDS, _JOINT_CODES } from '../codes';
import type { DocumentNumber, PartyDocumentNumber, StateDocumentNumber } from '../number';

/** Every state type code (Nghị định 30/2020 Phụ lục III, copies, normative codes). */
export const STATE_TYPE_CODES: readonly string[] = DOCUMENT_KINDS.flatMap((k) => (k.stateCode !== undefined ? [k.stateCode] : []));
/** Every Party type code. */
export const PARTY_TYPE_CODES: readonly string[] = [...new Set(DOCUMENT_KINDS.flatMap((k) => (k.partyCode !== undefined ? [k.partyCode] : [])))];

// Issuer abbreviations as they occur: upper case, Đ, mixed case (TTg), digits (QH15).
const REAL_STATE_ISSUERS = ['UBND', 'CP', 'TTg', 'BNV', 'BTTTT', 'HĐND', 'SGDĐT', 'SLĐTBXH', 'QH13', 'QH15', 'UBTVQH15', 'CTN', 'SNV', 'VPUBND', 'VPCP', 'BCĐ', 'TTCP'];
const REAL_PARTY_ISSUERS = ['TW', 'TU', 'HU', 'ĐU', 'ĐUK', 'BCSĐ', 'VPTW', 'BDVTW', 'BTCTW', 'UBKTTW', 'BTGTU', 'BDVTU'];

const segmentArb = fc
  .tuple(fc.constantFrom(...'ABCDĐHKLNQSTUVX'), fc.string({ unit: fc.constantFrom(...'ABCDĐHKNQSTUVWXgry0123456789'), maxLength: 6 }))
  .map(([a, b]) => a + b);

/** An agency abbreviation that is not a state type code. */
export const agencyArb: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...REAL_STATE_ISSUERS), segmentArb).filter((s) => !STATE_TYPE_CODES.includes(s));
/** An agency abbreviation that is also a state type code (Thanh tra tỉnh signs "TTr"). */
export const lookalikeAgencyArb: fc.Arbitrary<string> = fc.constantFrom(...STATE_TYPE_CODES);
/** Any issuer form: ordinary or a type-code look-alike. */
export const anyAgencyArb: fc.Arbitrary<string> = fc.oneof(agencyArb, lookalikeAgencyArb);
/** A drafting unit: one or two segments ("NC", "VP-KSTT"), possibly a type-code look-alike. */
const unitArb = fc.array(anyAgencyArb, { minLength: 1, maxLength: 2 }).map((xs) => xs.join('-'));

const yearArb = fc.integer({ min: 1945, max: 2999 });
const runningArb = fc.integer({ min: 1, max: 999_999 });

function _state(r: { number: number; year?: number; typeCode?: string; issuer: string; coIssuers?: string[]; unit?: string }): StateDocumentNumber {
  // Same key order as the parser's output.
  const n = { style: 'state', number: r.number } as StateDocumentNumber;
  if (r.year !== undefined) n.year = r.year;
  if (r.typeCode !== undefined) n.typeCode = r.typeCode;
  n.issuer = r.issuer;
  if (r.coIssuers !== undefined) n.coIssuers = r.coIssuers;
  if (r.unit !== undefined) n.unit = r.unit;
  return n;
}

/** State numbers with a type code: every code × every issuer form, year and unit/co-issuers optional. */
export const typedStateNumberArb: fc.Arbitrary<StateDocumentNumber> = fc
  .record(
    { number: runningArb, year: yearArb, typeCode: fc.constantFrom(...STATE_TYPE_CODES), issuer: anyAgencyArb, unit: unitArb, coIssuers: fc.array(anyAgencyArb, { minLength: 1, maxLength: 3 }) },
    { requiredKeys: ['number', 'typeCode', 'issuer'] },
  )
  .map((r) => {
    // Joint documents list co-issuers, others a drafting unit.
    const joint = _JOINT_CODES.has(r.typeCode);
    return _state({ ...r, unit: joint ? undefined : r.unit, coIssuers: joint ? r.coIssuers : undefined });
  });

/**
 * State numbers without a type code that read back unambiguously: a công văn
 * (`28/UBND-NC`) of an ordinary agency, with or without a unit, or of a look-alike
 * agency without one (`45/TTr`); a law or resolution with the year (`42/2013/QH13`).
 */
export const untypedStateNumberArb: fc.Arbitrary<StateDocumentNumber> = fc.oneof(
  fc.record({ number: runningArb, issuer: agencyArb, unit: unitArb }, { requiredKeys: ['number', 'issuer'] }).map(_state),
  fc.record({ number: runningArb, issuer: lookalikeAgencyArb }).map(_state),
  fc.record({ number: runningArb, year: yearArb, issuer: agencyArb }).map(_state),
);

/**
 * The one ambiguous form: a công văn of a look-alike agency with a drafting unit
 * (`45/TTr-NV`), which reads back as a typed number (a Tờ trình of NV).
 */
export const ambiguousStateNumberArb: fc.Arbitrary<StateDocumentNumber> = fc
  .record({ number: runningArb, issuer: lookalikeAgencyArb, unit: unitArb })
  .map(_state);

/** State-style numbers that read back unambiguously. */
export const stateNumberArb: fc.Arbitrary<DocumentNumber> = fc.oneof(typedStateNumberArb, untypedStateNumberArb);

/** Party-style numbers: every Party type code × real and generated issuers. */
export const partyNumberArb: fc.Arbitrary<PartyDocumentNumber> = fc.record({
  style: fc.constant('party' as const),
  number: runningArb,
  typeCode: fc.constantFrom(...PARTY_TYPE_CODES),
  issuer: fc.oneof(fc.constantFrom(...REAL_PARTY_ISSUERS), segmentArb, fc.tuple(segmentArb, segmentArb).map(([a, b]) => `${a}-${b}`)),
});
