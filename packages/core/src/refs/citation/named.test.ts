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

  it('reads any title up to "số"', () => {
    expect(_lawTitleAt(_tokenize('Luật Đất đai số 45/2013/QH13'), 1)).toMatchObject({ title: 'Đất đai', next: 3 });
  });

  it('reads a law the kit does not know, cited by name, without linking it', () => {
    const read = (s: string) => _lawTitleAt(_tokenize(s), 1);
    expect(read('Luật Thực hiện dân chủ ở cơ sở.')).toEqual({
      title: 'Thực hiện dân chủ ở cơ sở',
      named: { id: 'luat-thuc-hien-dan-chu-o-co-so', name: 'Luật Thực hiện dân chủ ở cơ sở' },
      next: 8,
      end: 30,
    });
    expect(read('Luật Đất đai hiện hành')?.title).toBe('Đất đai');
    expect(read('Luật Phòng, chống tham nhũng, Luật Tiếp cận thông tin')?.title).toBe('Phòng, chống tham nhũng');
    expect(read('Luật Cán bộ, công chức và Luật Viên chức')?.title).toBe('Cán bộ, công chức');
    expect(read('Luật Khoa học và Công nghệ về')?.title).toBe('Khoa học và Công nghệ');
    expect(read('Luật Đất đai và các văn bản hướng dẫn')?.title).toBe('Đất đai');
    expect(read('Luật Đất đai năm 2024 về')).toMatchObject({ title: 'Đất đai', named: { year: 2024 } });
    expect(read('Luật quy định')).toBeUndefined();
    expect(read('Luật “Đất đai”')).toBeUndefined();
    expect(read('Luật')).toBeUndefined();
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
