import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _centralResolutionAt, _formatRoman, _lawTitleAt, _parseRoman } from './named';
import { _tokenize } from './tokenize';

describe('Roman numerals of Party terms', () => {
  it('round-trips 1–89 and rejects non-canonical numerals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 89 }), (n) => {
        expect(_parseRoman(_formatRoman(n))).toBe(n);
      }),
    );
    for (const bad of ['IIII', 'VV', 'IC', '', 'xi', 'XIIIIIIII']) expect(_parseRoman(bad), bad).toBeUndefined();
    expect(_parseRoman('XII')).toBe(12);
  });
});

describe('_lawTitleAt', () => {
  it('links a known law, and only when its stated year agrees', () => {
    expect(_lawTitleAt(_tokenize('Luật Tố cáo'), 1)).toMatchObject({ named: { id: 'luat-to-cao' }, linked: { linkedBy: 'kit' } });
    expect(_lawTitleAt(_tokenize('Luật Tố cáo năm 2011'), 1)?.linked).toBeUndefined();
  });

  it('reads any title up to "số", and nothing without one', () => {
    expect(_lawTitleAt(_tokenize('Luật Đất đai số 45/2013/QH13'), 1)).toMatchObject({ title: 'Đất đai', next: 3 });
    expect(_lawTitleAt(_tokenize('Luật Đất đai hiện hành'), 1)).toBeUndefined();
  });
});

describe('_centralResolutionAt', () => {
  it('reads plenum, term and a quoted title', () => {
    const text = 'Nghị quyết Trung ương 4, khóa XI “Một số vấn đề cấp bách” và';
    const r = _centralResolutionAt(_tokenize(text), 2, text);
    expect(r?.citation).toMatchObject({ named: { id: 'nq-tw4-khoa-xi', plenum: 4, term: 11 }, title: 'Một số vấn đề cấp bách', linked: { linkedBy: 'kit' } });
  });

  it('derives an id for resolutions the kit does not link', () => {
    const text = 'Nghị quyết Hội nghị Trung ương 7 khóa XII';
    const r = _centralResolutionAt(_tokenize(text), 2, text);
    expect(r?.citation.named?.id).toBe('nq-tw7-khoa-xii');
    expect(r?.citation.linked).toBeUndefined();
  });
});
