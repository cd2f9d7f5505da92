import { describe, expect, it } from 'vitest';
import { _numberAt } from './read-number';
import { _tokenize } from './tokenize';

describe('_numberAt', () => {
  it('reads "số <number>" after a kind', () => {
    const t = _tokenize('Chỉ thị số 04/CT-UBND ngày');
    const r = _numberAt(t, 2, true);
    expect(r).toMatchObject({ status: 'read', number: { typeCode: 'CT', issuer: 'UBND' }, next: 4 });
  });

  it('reads a number without "số" after a kind, and a bare number without a kind', () => {
    expect(_numberAt(_tokenize('Chỉ thị 04/CT-UBND'), 2, true)).toMatchObject({ status: 'read', next: 3 });
    expect(_numberAt(_tokenize('22-KL/TU'), 0, false)).toMatchObject({ status: 'read', number: { style: 'party', typeCode: 'KL' } });
  });

  it('reports the number\'s issues when "số" announced it', () => {
    const r = _numberAt(_tokenize('Chỉ thị số 04/'), 2, true);
    expect(r.status).toBe('read');
    if (r.status === 'read') {
      expect(r.number).toBeUndefined();
      expect(r.errors.map((e) => e.code)).toEqual(['refs.number.invalid']);
    }
  });

  it('rejects a stray token that only looks like a number, and finds nothing after punctuation', () => {
    expect(_numberAt(_tokenize('Chỉ thị 04/'), 2, true)).toEqual({ status: 'rejected' });
    expect(_numberAt(_tokenize('các Chỉ thị, 04/CT-UBND'), 3, true)).toEqual({ status: 'absent' });
    expect(_numberAt(_tokenize('Chỉ thị này'), 2, true)).toEqual({ status: 'absent' });
  });
});
