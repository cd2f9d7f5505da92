import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentNumber } from './number';
import { MAX_DOCUMENT_NUMBER_LENGTH, formatDocumentNumber, parseDocumentNumber, sameDocumentNumber } from './number';
import { typeCodeName } from './codes';
import {
  PARTY_TYPE_CODES,
  STATE_TYPE_CODES,
  ambiguousStateNumberArb,
  partyNumberArb,
  typedStateNumberArb,
  untypedStateNumberArb,
} from './__fixtures__/arbitraries';

function value(text: string): DocumentNumber {
  const r = parseDocumentNumber(text);
  if (!r.ok) throw new Error(`expected ${text} to parse: ${r.issues.map((i) => i.code).join(', ')}`);
  return r.value;
}

describe('parseDocumentNumber — state style (Nghị định 30/2020/NĐ-CP)', () => {
  it('parses the seed and DESIGN examples', () => {
    expect(value('04/CT-UBND')).toEqual({ style: 'state', number: 4, typeCode: 'CT', issuer: 'UBND', raw: '04/CT-UBND' });
    expect(value('28/UBND-NC')).toEqual({ style: 'state', number: 28, issuer: 'UBND', unit: 'NC', raw: '28/UBND-NC' });
    expect(value('128/KH-UBND')).toMatchObject({ number: 128, typeCode: 'KH', issuer: 'UBND' });
    expect(value('09/2019/NĐ-CP')).toMatchObject({ number: 9, year: 2019, typeCode: 'NĐ', issuer: 'CP' });
    expect(value('01/2022/TT-BTTTT')).toMatchObject({ number: 1, year: 2022, typeCode: 'TT', issuer: 'BTTTT' });
    expect(value('42/2013/QH13')).toEqual({ style: 'state', number: 42, year: 2013, issuer: 'QH13', raw: '42/2013/QH13' });
    expect(value('15/BC-SNV')).toMatchObject({ typeCode: 'BC', issuer: 'SNV' });
    expect(value('12/QyĐ-UBND')).toMatchObject({ typeCode: 'QyĐ' });
    expect(value('03/CTr-UBND')).toMatchObject({ typeCode: 'CTr' });
    expect(value('100/QĐ-TTg')).toMatchObject({ typeCode: 'QĐ', issuer: 'TTg' });
  });

  it('reads the copy codes of Phụ lục III (SY, TrS, SL) and the President\'s Lệnh', () => {
    expect(value('15/SY-UBND')).toEqual({ style: 'state', number: 15, typeCode: 'SY', issuer: 'UBND', raw: '15/SY-UBND' });
    expect(value('03/TrS-SNV')).toMatchObject({ typeCode: 'TrS', issuer: 'SNV' });
    expect(value('07/SL-VPUBND')).toMatchObject({ typeCode: 'SL', issuer: 'VPUBND' });
    expect(typeCodeName('SY', 'state')).toBe('Bản sao y');
    expect(typeCodeName('TrS', 'state')).toBe('Bản trích sao');
    expect(typeCodeName('SL', 'state')).toBe('Bản sao lục');
    // Not issuer "L" with unit "CTN": a Lệnh of the Chủ tịch nước.
    expect(value('05/2019/L-CTN')).toEqual({ style: 'state', number: 5, year: 2019, typeCode: 'L', issuer: 'CTN', raw: '05/2019/L-CTN' });
    expect(typeCodeName('L', 'state')).toBe('Lệnh');
  });

  it('reads an agency whose abbreviation is also a type code (Thanh tra tỉnh: TTr)', () => {
    expect(value('45/TTr-TTr')).toEqual({ style: 'state', number: 45, typeCode: 'TTr', issuer: 'TTr', raw: '45/TTr-TTr' });
    expect(value('10/BC-TTr')).toMatchObject({ typeCode: 'BC', issuer: 'TTr' });
    expect(value('45/TTr')).toEqual({ style: 'state', number: 45, issuer: 'TTr', raw: '45/TTr' });
    // Documented: the type-code reading wins when more segments follow.
    expect(value('45/TTr-NV')).toMatchObject({ typeCode: 'TTr', issuer: 'NV' });
    for (const s of ['45/TTr-TTr', '10/BC-TTr', '45/TTr']) expect(parseDocumentNumber(s).ok && parseDocumentNumber(s).issues).toEqual([]);
  });

  it('lists co-issuers of joint documents', () => {
    expect(value('03/2016/TTLT-BTC-BNV')).toMatchObject({ typeCode: 'TTLT', issuer: 'BTC', coIssuers: ['BNV'] });
  });

  it('accepts NFD and surrounding spaces', () => {
    expect(value('  09/2019/NĐ-CP '.normalize('NFD'))).toMatchObject({ typeCode: 'NĐ', raw: '09/2019/NĐ-CP' });
  });

  it('warns when a number below 10 lacks its leading zero', () => {
    const r = parseDocumentNumber('4/CT-UBND');
    expect(r.ok && r.issues.map((w) => w.code)).toEqual(['refs.number.non-canonical']);
    expect(r.ok && formatDocumentNumber(r.value)).toBe('04/CT-UBND');
    const clean = parseDocumentNumber('04/CT-UBND');
    expect(clean.ok && clean.issues).toEqual([]);
  });
});

describe('parseDocumentNumber — Party style', () => {
  it('parses the seed examples', () => {
    expect(value('217-QĐ/TW')).toEqual({ style: 'party', number: 217, typeCode: 'QĐ', issuer: 'TW', raw: '217-QĐ/TW' });
    expect(value('22-KL/TU')).toMatchObject({ style: 'party', number: 22, typeCode: 'KL', issuer: 'TU' });
    for (const n of ['05-CT/TW', '124-QĐ/TW', '890-QĐ/TU', '22-CT/TU']) expect(value(n).style).toBe('party');
  });

  it('names the type codes, Party QĐ covering Quyết định and Quy định', () => {
    expect(typeCodeName('KH', 'state')).toBe('Kế hoạch');
    expect(typeCodeName('BC', 'state')).toBe('Báo cáo');
    expect(typeCodeName('CT', 'state')).toBe('Chỉ thị');
    expect(typeCodeName('KL', 'party')).toBe('Kết luận');
    expect(typeCodeName('QĐ', 'party')).toBe('Quyết định / Quy định');
    expect(typeCodeName('QyĐ', 'state')).toBe('Quy định');
    expect(typeCodeName('XX', 'state')).toBeUndefined();
  });

  it('warns on an unknown Party type code', () => {
    const r = parseDocumentNumber('12-XYZ/TU');
    expect(r.ok && r.issues.map((w) => w.code)).toEqual(['refs.number.unknown-type']);
  });
});

describe('parseDocumentNumber — bad input', () => {
  it('rejects malformed numbers with stable codes and bilingual messages', () => {
    for (const bad of ['CT-UBND', '04/', '04/CT-', '04-CT', 'abc', '04/CT UBND', '04//CT-UBND', '04/19/NĐ-CP', '1234567/CT-UBND', '04/CT-UBND/x/y']) {
      const r = parseDocumentNumber(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) {
        expect(r.issues[0]?.code).toBe('refs.number.invalid');
        expect(r.issues[0]?.message).toMatch(/không đúng dạng/);
        const en = parseDocumentNumber(bad, { lang: 'en' });
        expect(!en.ok && en.issues[0]?.message).toMatch(/not well formed/);
      }
    }
    const zero = parseDocumentNumber('00/CT-UBND');
    expect(!zero.ok && zero.issues[0]?.code).toBe('refs.number.out-of-range');
    const empty = parseDocumentNumber('   ');
    expect(!empty.ok && empty.issues[0]?.code).toBe('refs.input.empty');
  });

  it('rejects oversize input before parsing', () => {
    const r = parseDocumentNumber('1'.repeat(MAX_DOCUMENT_NUMBER_LENGTH + 1));
    expect(!r.ok && r.issues[0]?.code).toBe('refs.input.too-long');
    const huge = parseDocumentNumber('04/CT-' + 'A'.repeat(5_000_000));
    expect(!huge.ok && huge.issues[0]?.code).toBe('refs.input.too-long');
  });

  it('never throws on random input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        const r = parseDocumentNumber(s);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
  });
});

describe('format → parse round trip', () => {
  it('formats canonically', () => {
    expect(formatDocumentNumber({ style: 'state', number: 4, typeCode: 'CT', issuer: 'UBND' })).toBe('04/CT-UBND');
    expect(formatDocumentNumber({ style: 'state', number: 28, issuer: 'UBND', unit: 'NC' })).toBe('28/UBND-NC');
    expect(formatDocumentNumber({ style: 'state', number: 9, year: 2019, typeCode: 'NĐ', issuer: 'CP' })).toBe('09/2019/NĐ-CP');
    expect(formatDocumentNumber({ style: 'party', number: 5, typeCode: 'CT', issuer: 'TW' })).toBe('05-CT/TW');
    expect(sameDocumentNumber(value('4/CT-UBND'), value('04/CT-UBND'))).toBe(true);
  });

  const roundTrip = (n: DocumentNumber) => {
    const text = formatDocumentNumber(n);
    const r = parseDocumentNumber(text);
    expect(r.ok, text).toBe(true);
    if (r.ok) {
      expect(r.value).toEqual({ ...n, raw: text });
      expect(r.issues).toEqual([]);
      expect(formatDocumentNumber(r.value)).toBe(text);
    }
  };

  it('the generators cover every type code the kit knows', () => {
    expect(STATE_TYPE_CODES).toEqual(expect.arrayContaining(['NQ', 'QĐ', 'QyĐ', 'TTr', 'BC', 'SY', 'TrS', 'SL', 'NĐ', 'TT', 'TTLT', 'L']));
    expect(PARTY_TYPE_CODES).toEqual(expect.arrayContaining(['NQ', 'QĐ', 'CT', 'KL', 'TT', 'CV']));
  });

  it('parse(format(n)) equals n for every state type code × issuer form, year and unit (property)', () => {
    fc.assert(fc.property(typedStateNumberArb, roundTrip), { numRuns: 2000 });
  });

  it('parse(format(n)) equals n for công văn and numbers without a type code (property)', () => {
    fc.assert(fc.property(untypedStateNumberArb, roundTrip), { numRuns: 1000 });
  });

  it('parse(format(n)) equals n for every Party type code × issuer form (property)', () => {
    fc.assert(fc.property(partyNumberArb, roundTrip), { numRuns: 1000 });
  });

  it('a công văn of an agency abbreviated like a type code, with a unit, reads as that type: same text back (property)', () => {
    fc.assert(
      fc.property(ambiguousStateNumberArb, (n) => {
        const text = formatDocumentNumber(n);
        const r = parseDocumentNumber(text);
        expect(r.ok).toBe(true);
        if (!r.ok || r.value.style !== 'state') return;
        expect(r.value.typeCode).toBe(n.issuer);
        expect(formatDocumentNumber(r.value)).toBe(text);
      }),
    );
  });

  it('format(parse(t)) is stable for any text that parses (property)', () => {
    const seg = fc.oneof(fc.constantFrom(...STATE_TYPE_CODES, ...PARTY_TYPE_CODES, 'UBND', 'TW', 'QH15', 'CTN'), fc.string({ unit: fc.constantFrom(...'ABĐLQTgry19'), minLength: 1, maxLength: 4 }));
    const textArb = fc
      .tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom('/', '-'), fc.array(seg, { minLength: 1, maxLength: 4 }), fc.array(fc.constantFrom('-', '/'), { minLength: 3, maxLength: 3 }))
      .map(([num, sep, segs, joins]) => `${String(num).padStart(2, '0')}${sep}${segs.map((x, i) => (i === 0 ? x : `${joins[i - 1]}${x}`)).join('')}`);
    fc.assert(
      fc.property(textArb, (t) => {
        const r = parseDocumentNumber(t);
        if (!r.ok) return;
        const again = parseDocumentNumber(formatDocumentNumber(r.value));
        expect(again.ok).toBe(true);
        if (again.ok) expect({ ...again.value, raw: undefined }).toEqual({ ...r.value, raw: undefined });
      }),
      { numRuns: 2000 },
    );
  });
});
