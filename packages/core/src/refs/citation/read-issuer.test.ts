import { describe, expect, it } from 'vitest';
import { KNOWN_ISSUERS } from '../catalogue';
import { _issuerAt, _issuerClauseAt } from './read-issuer';
import { _tokenize } from './tokenize';

describe('_issuerAt / _issuerClauseAt', () => {
  it('prefers the longest known name', () => {
    expect(_issuerAt(_tokenize('Ban Thường vụ Tỉnh ủy'), 0)?.issuer).toEqual({ name: 'Ban Thường vụ Tỉnh ủy', symbol: 'TU', style: 'party' });
  });

  it('takes a place after issuers that have one, stopping at punctuation or a kind', () => {
    expect(_issuerAt(_tokenize('Ủy ban nhân dân tỉnh Hòa Bình về việc'), 0)?.issuer.name).toBe('Ủy ban nhân dân tỉnh Hòa Bình');
    expect(_issuerAt(_tokenize('Ủy ban nhân dân tỉnh Hòa Bình, Kế hoạch'), 0)?.issuer.name).toBe('Ủy ban nhân dân tỉnh Hòa Bình');
    expect(_issuerAt(_tokenize('Ủy ban nhân dân tỉnh Kế hoạch số'), 0)?.issuer.name).toBe('Ủy ban nhân dân tỉnh');
    expect(_issuerAt(_tokenize('Ủy ban nhân dân xã Tân Lạc'), 0)?.issuer).toMatchObject({ name: 'Ủy ban nhân dân xã Tân Lạc', symbol: 'UBND' });
  });

  it('needs "của" right before the name', () => {
    expect(_issuerClauseAt(_tokenize('04/CT-UBND của Bộ Chính trị'), 1)?.issuer.symbol).toBe('TW');
    expect(_issuerClauseAt(_tokenize('04/CT-UBND, của Bộ Chính trị'), 1)).toBeUndefined();
    expect(_issuerClauseAt(_tokenize('04/CT-UBND của một cơ quan'), 1)).toBeUndefined();
  });

  it('recognizes every known issuer by its own name', () => {
    for (const k of KNOWN_ISSUERS) expect(_issuerAt(_tokenize(k.name), 0)?.issuer.name, k.name).toBe(k.name);
  });
});
