import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNfc, normalizeText, searchKey } from './normalize';
import { seedParagraphs } from './__fixtures__/seed';

describe('normalizeText', () => {
  it('composes NFD into NFC', () => {
    const nfd = 'Hòa Bình'.normalize('NFD');
    expect(nfd).not.toBe('Hòa Bình');
    expect(normalizeText(nfd)).toBe('Hòa Bình');
  });

  it('trims, collapses spaces/tabs and turns NBSP and other Unicode spaces into spaces', () => {
    expect(normalizeText('  Ủy\u00a0ban \t\t nhân\u202fdân\u3000tỉnh  ')).toBe('Ủy ban nhân dân tỉnh');
    expect(normalizeText('Sở\u200b Nội vụ\ufeff')).toBe('Sở Nội vụ');
  });

  it('inline mode joins lines; paragraphs mode keeps one blank line between paragraphs', () => {
    const s = 'Công văn số 28/UBND-NC ngày 11/01/2021 của Ủy\r\n\r\n\r\nban nhân dân tỉnh\nvề thực hiện';
    expect(normalizeText(s)).toBe('Công văn số 28/UBND-NC ngày 11/01/2021 của Ủy ban nhân dân tỉnh về thực hiện');
    expect(normalizeText(s, { mode: 'paragraphs' })).toBe(
      'Công văn số 28/UBND-NC ngày 11/01/2021 của Ủy\n\nban nhân dân tỉnh về thực hiện',
    );
    expect(normalizeText(' a \n \n  \n b\u2029c ', { mode: 'paragraphs' })).toBe('a\n\nb\n\nc');
  });

  it('keeps the soft hyphen, which is the letter "ư" in TCVN3 text', () => {
    expect(normalizeText('Th«ng t\u00ad')).toBe('Th«ng t\u00ad');
  });

  it('leaves every seed paragraph NFC and stable', () => {
    for (const p of seedParagraphs) {
      const n = normalizeText(p);
      expect(isNfc(n)).toBe(true);
      expect(normalizeText(n)).toBe(n);
    }
  });

  it('is idempotent in both modes (property)', () => {
    for (const mode of ['inline', 'paragraphs'] as const) {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
          const once = normalizeText(s, { mode });
          expect(normalizeText(once, { mode })).toBe(once);
          expect(isNfc(once)).toBe(true);
        }),
      );
    }
  });

  it('gives the same result for NFC and NFD input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        expect(normalizeText(s.normalize('NFD'))).toBe(normalizeText(s.normalize('NFC')));
      }),
    );
  });
});

describe('isNfc', () => {
  it('tells NFC from NFD', () => {
    expect(isNfc('Nghị quyết')).toBe(true);
    expect(isNfc('Nghị quyết'.normalize('NFD'))).toBe(false);
    expect(isNfc('')).toBe(true);
  });
});

describe('searchKey', () => {
  it('gives one key for old/new tone placement, case, NFD and no accents', () => {
    const keys = ['Hoà', 'Hòa', 'HOÀ', 'HOA', 'hoa', 'Hòa'.normalize('NFD'), 'Hoà'.normalize('NFD')].map(searchKey);
    expect(new Set(keys)).toEqual(new Set(['hoa']));
    expect(searchKey('Thủy')).toBe(searchKey('Thuỷ'));
  });

  it('maps đ/Đ to d and normalizes whitespace', () => {
    expect(searchKey('  Đảng  ủy\u00a0ĐÀ BẮC ')).toBe('dang uy da bac');
  });

  it('keeps distinct words distinct', () => {
    expect(searchKey('Quy định')).not.toBe(searchKey('Quyết định'));
  });

  it('is idempotent and normalization-independent (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        const k = searchKey(s);
        expect(searchKey(k)).toBe(k);
        expect(searchKey(s.normalize('NFD'))).toBe(k);
      }),
    );
  });

  it('is case-insensitive on Vietnamese text (property)', () => {
    const letters = [...'aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ \u00a0'];
    const viet = fc.string({ unit: fc.constantFrom(...letters), maxLength: 40 });
    fc.assert(
      fc.property(viet, (s) => {
        expect(searchKey(s.toUpperCase())).toBe(searchKey(s));
        expect(searchKey(s.normalize('NFD').toUpperCase())).toBe(searchKey(s));
      }),
    );
  });

  it('has no combining marks and no đ in its output (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 40 }), (s) => {
        const k = searchKey(s).normalize('NFD');
        for (const ch of k) {
          const c = ch.charCodeAt(0);
          expect(c >= 0x300 && c <= 0x36f).toBe(false);
          expect(ch === 'đ' || ch === 'Đ').toBe(false);
        }
      }),
    );
  });
});
