import { describe, expect, it } from 'vitest';
import type { _RawIssue } from '../result';
import { _checkConsistency } from './consistency';

const codes = (c: Parameters<typeof _checkConsistency>[0]): string[] => {
  const w: _RawIssue[] = [];
  _checkConsistency(c, w);
  return w.map((x) => x.code);
};

describe('_checkConsistency', () => {
  it('flags a symbol of another kind, and a công văn symbol under a kind that has a code', () => {
    expect(codes({ kind: 'Kế hoạch', number: { style: 'state', number: 4, typeCode: 'CT', issuer: 'UBND' } })).toEqual(['refs.citation.kind-mismatch']);
    expect(codes({ kind: 'Kế hoạch', number: { style: 'state', number: 4, issuer: 'UBND' } })).toEqual(['refs.citation.kind-mismatch']);
    expect(codes({ kind: 'Luật', number: { style: 'state', number: 42, year: 2013, issuer: 'QH13' } })).toEqual([]);
  });

  it('accepts Party "QĐ" for a Quy định and terms after QH / UBTVQH', () => {
    expect(codes({ kind: 'Quy định', number: { style: 'party', number: 124, typeCode: 'QĐ', issuer: 'TW' }, issuer: { name: 'Ban Bí thư', symbol: 'TW', style: 'party' } })).toEqual([]);
    expect(codes({ kind: 'Nghị quyết', number: { style: 'state', number: 1656, typeCode: 'NQ', issuer: 'UBTVQH15' }, issuer: { name: 'Ủy ban Thường vụ Quốc hội', symbol: 'UBTVQH', style: 'state' } })).toEqual([]);
    expect(codes({ kind: 'Nghị quyết', number: { style: 'state', number: 1656, typeCode: 'NQ', issuer: 'UBTVQH' }, issuer: { name: 'Ủy ban Thường vụ Quốc hội', symbol: 'UBTVQH', style: 'state' } })).toEqual(['refs.citation.issuer-mismatch']);
  });

  it('flags an issuer whose symbol or style differs', () => {
    expect(codes({ kind: 'Chỉ thị', number: { style: 'party', number: 5, typeCode: 'CT', issuer: 'TW' }, issuer: { name: 'Ban Thường vụ Tỉnh ủy', symbol: 'TU', style: 'party' } })).toEqual(['refs.citation.issuer-mismatch']);
  });
});
