import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable } from './syllable';
import { seedText } from './__fixtures__/seed';

describe('isVietnameseSyllable', () => {
  it('accepts every lowercase-able word of the seed plan (except abbreviations)', () => {
    const words = seedText.split(/[^\p{L}\p{M}]+/u).filter((w) => w.length > 0 && /[a-z]/i.test(w));
    const rejected = new Set(words.filter((w) => !/^[A-Z]+$/.test(w) && !isVietnameseSyllable(w)));
    // Abbreviations are not syllables: "QĐ" (Quyết định), and "BTh", "60b" in the
    // archive line "Lưu: VT, NC (BTh, 60b)".
    expect([...rejected]).toEqual(['QĐ', 'BTh', 'b']);
  });

  it('accepts hard but valid syllables, old and new tone placement, NFD and capitals', () => {
    for (const w of ['nghiêng', 'khuỷu', 'rượu', 'thuở', 'xoong', 'hoạch', 'quyết', 'giữ', 'gì', 'Hoà', 'Hòa', 'ỦY', 'Hòa'.normalize('NFD')]) {
      expect(isVietnameseSyllable(w), w).toBe(true);
    }
  });

  it('rejects garbled legacy words and non-syllables', () => {
    for (const w of ['nh©n', 'B×nh', 'ñy', 'Hoøa', 'nhaân', 'UÛy', 'nhaõn', 'hoứa', 'kan', 'cem', 'ngi', 'băm'.slice(0, 2), 'tác'.replace('á', 'à'), 'hoaa', 'hòá', '', 'x'.repeat(20)]) {
      expect(isVietnameseSyllable(w), w).toBe(false);
    }
  });
});
