import { describe, expect, it } from 'vitest';
import { _dateAt, _dateClauseAt } from './read-date';
import { _tokenize } from './tokenize';

describe('_dateAt / _dateClauseAt', () => {
  it('reads the short and the long form', () => {
    expect(_dateAt(_tokenize('02/3/2017'), 0)).toMatchObject({ date: { year: 2017, month: 3, day: 2 }, next: 1 });
    expect(_dateAt(_tokenize('02 tháng 3 năm 2017'), 0)).toMatchObject({ date: { year: 2017, month: 3, day: 2 }, next: 5 });
    expect(_dateAt(_tokenize('hôm nay'), 0)).toBeUndefined();
  });

  it('reads "ngày" directly after the number or after a comma, not after other punctuation', () => {
    expect(_dateClauseAt(_tokenize('217-QĐ/TW, ngày 12/12/2013'), 1)?.date).toEqual({ year: 2013, month: 12, day: 12 });
    expect(_dateClauseAt(_tokenize('04/CT-UBND ngày 02/3/2017'), 1)?.date).toEqual({ year: 2017, month: 3, day: 2 });
    expect(_dateClauseAt(_tokenize('04/CT-UBND; ngày 02/3/2017'), 1)).toBeUndefined();
  });

  it('keeps an impossible date as an error with its span', () => {
    const r = _dateAt(_tokenize('31/02/2017'), 0);
    expect(r?.date).toBeUndefined();
    expect(r?.errors.map((e) => e.code)).toEqual(['refs.date.impossible']);
    expect(r?.end).toBe(10);
  });
});
