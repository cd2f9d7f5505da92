import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortTitle } from './short-title';

describe('shortTitle', () => {
  it('keeps the first clause; commas do not end it', () => {
    expect(shortTitle('Chủ động đề xuất giải pháp triển khai thực hiện tốt nhiệm vụ quản lý nhà nước.')).toBe(
      'Chủ động đề xuất giải pháp triển khai thực hiện tốt nhiệm vụ quản lý nhà nước',
    );
    expect(shortTitle('Các Sở, ban, ngành thực hiện tốt quy chế dân chủ; kiên quyết xử lý vi phạm.')).toBe('Các Sở, ban, ngành thực hiện tốt quy chế dân chủ…');
    expect(shortTitle('Thực hiện các nội dung sau: a) tuyên truyền; b) kiểm tra.')).toBe('Thực hiện các nội dung sau…');
  });

  it('cuts a long clause at a word boundary and marks it', () => {
    const t =
      'Tập trung khắc phục yếu kém trong công tác điều chỉnh quy hoạch, thực hiện quy hoạch, lập kế hoạch sử dụng đất; bồi thường, hỗ trợ tái định cư.';
    const s = shortTitle(t);
    expect(s).toBe('Tập trung khắc phục yếu kém trong công tác điều chỉnh quy hoạch, thực hiện quy…');
    expect(s.length).toBeLessThanOrEqual(80);
    expect(shortTitle(t, { maxLength: 40 })).toBe('Tập trung khắc phục yếu kém trong công…');
    // A linking word is not left at the end.
    expect(shortTitle('Tăng cường kiểm tra việc thực hiện của các cơ quan, đơn vị', { maxLength: 44 })).toBe('Tăng cường kiểm tra việc thực hiện…');
    expect(shortTitle('Step up inspections of how the policies are carried out', { maxLength: 24 })).toBe('Step up inspections…');
  });

  it('does not take abbreviations, numbers or dates for clause ends', () => {
    expect(shortTitle('Phối hợp với UBND TP. Hòa Bình tổ chức hội nghị. Báo cáo kết quả.')).toBe('Phối hợp với UBND TP. Hòa Bình tổ chức hội nghị…');
    expect(shortTitle('Thực hiện Công văn số 28/UBND-NC ngày 11/01/2021 với 1.250 hồ sơ.')).toBe('Thực hiện Công văn số 28/UBND-NC ngày 11/01/2021 với 1.250 hồ sơ');
  });

  it('normalises to NFC and collapses white space', () => {
    expect(shortTitle('  Tăng cường\n kiểm tra  '.normalize('NFD'))).toBe('Tăng cường kiểm tra');
  });

  it('only cuts: the title is a prefix of the text, within the limit, ending at a word boundary', () => {
    const word = fc.string({ unit: fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậ'), minLength: 1, maxLength: 12 });
    const sep = fc.constantFrom(' ', ', ', '; ', '. ', ': ', ' - ', '\n');
    const text = fc.array(fc.tuple(word, sep), { minLength: 1, maxLength: 40 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 10, max: 120 }), (t, max) => {
        const s = shortTitle(t, { maxLength: max });
        const flat = t.normalize('NFC').replace(/\s+/gu, ' ').trim();
        const body = s.endsWith('…') ? s.slice(0, -1) : s;
        expect(s.length).toBeLessThanOrEqual(max);
        expect(flat.startsWith(body)).toBe(true);
        const next = flat.charAt(body.length);
        // The character after the cut is never a letter (no word is split) — unless one word alone exceeds the limit.
        if (body.includes(' ')) expect(/\p{L}/u.test(next)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
