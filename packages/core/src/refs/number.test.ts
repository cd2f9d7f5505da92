import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentNumber } from './number';
import { MAX_DOCUMENT_NUMBER_LENGTH, formatDocumentNumber, parseDocumentNumber, sameDocumentNumber } from './number';
import { typeCodeName } from './codes';
import { partyNumberArb, stateNumberArb } from './__fixtures__/arbitraries';

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

  it('lists co-issuers of joint documents', () => {
    expect(value('03/2016/TTLT-BTC-BNV')).toMatchObject({ typeCode: 'TTLT', issuer: 'BTC', coIssuers: ['BNV'] });
  });

  it('accepts NFD and surrounding spaces', () => {
    expect(value('  09/2019/NĐ-CP '.normalize('NFD'))).toMatchObject({ typeCode: 'NĐ', raw: '09/2019/NĐ-CP' });
  });

  it('warns when a number below 10 lacks its leading zero', () => {
    const r = parseDocumentNumber('4/CT-UBND');
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(['refs.number.nonCanonical']);
    expect(r.ok && formatDocumentNumber(r.value)).toBe('04/CT-UBND');
    const clean = parseDocumentNumber('04/CT-UBND');
    expect(clean.ok && clean.warnings).toEqual([]);
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
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(['refs.number.unknownType']);
  });
});

describe('parseDocumentNumber — bad input', () => {
  it('rejects malformed numbers with stable codes and bilingual messages', () => {
    for (const bad of ['CT-UBND', '04/', '04/CT-', '04-CT', 'abc', '04/CT UBND', '04//CT-UBND', '04/19/NĐ-CP', '1234567/CT-UBND', '04/CT-UBND/x/y']) {
      const r = parseDocumentNumber(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) {
        expect(r.issues[0]?.code).toBe('refs.number.invalid');
        expect(r.issues[0]?.message.vi).toMatch(/không đúng dạng/);
        expect(r.issues[0]?.message.en).toMatch(/not well formed/);
      }
    }
    const zero = parseDocumentNumber('00/CT-UBND');
    expect(!zero.ok && zero.issues[0]?.code).toBe('refs.number.outOfRange');
    const empty = parseDocumentNumber('   ');
    expect(!empty.ok && empty.issues[0]?.code).toBe('refs.input.empty');
  });

  it('rejects oversize input before parsing', () => {
    const r = parseDocumentNumber('1'.repeat(MAX_DOCUMENT_NUMBER_LENGTH + 1));
    expect(!r.ok && r.issues[0]?.code).toBe('refs.input.tooLong');
    const huge = parseDocumentNumber('04/CT-' + 'A'.repeat(5_000_000));
    expect(!huge.ok && huge.issues[0]?.code).toBe('refs.input.tooLong');
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

  it('parse(format(n)) equals n for state and Party numbers (property)', () => {
    fc.assert(
      fc.property(fc.oneof(stateNumberArb, partyNumberArb), (n) => {
        const text = formatDocumentNumber(n);
        const r = parseDocumentNumber(text);
        expect(r.ok).toBe(true);
        if (r.ok) {
          expect(r.value).toEqual({ ...n, raw: text });
          expect(r.warnings).toEqual([]);
          expect(formatDocumentNumber(r.value)).toBe(text);
        }
      }),
    );
  });
});
