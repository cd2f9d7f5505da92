import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLegacy, detectLegacyEncoding, encodeLegacy, legacyDetectionTables, legacyEncodingMessage, legacyEncodingOf } from './legacy';
import { isVietnameseSyllable, vietnameseSyllableTables } from './syllable';
import { seedParagraphs } from './__fixtures__/seed';

const hasNonAscii = (s: string): boolean => [...s].some((c) => c.charCodeAt(0) > 0x7f);

describe('legacy tables on well-known garbled phrases', () => {
  it('decodes TCVN3 (ABC) as seen in old .VnTime documents', () => {
    expect(decodeLegacy('Hßa B×nh', 'tcvn3')).toBe('Hòa Bình');
    expect(decodeLegacy('ñy ban nh©n d©n tØnh', 'tcvn3')).toBe('ủy ban nhân dân tỉnh');
    expect(decodeLegacy('Céng hßa x· héi chñ nghÜa ViÖt Nam', 'tcvn3')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(decodeLegacy('§éc lËp - Tù do - H¹nh phóc', 'tcvn3')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(decodeLegacy('Th«ng t\u00ad', 'tcvn3')).toBe('Thông tư');
  });

  it('restores capitals of .VnTimeH headings unless asked not to', () => {
    expect(decodeLegacy('CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM', 'tcvn3')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(decodeLegacy('KÕ HO¹CH', 'tcvn3', { restoreCapitals: false })).toBe('Kế HOạCH');
  });

  it('decodes VNI as seen in old VNI-Times documents', () => {
    expect(decodeLegacy('UÛy ban nhaân daân', 'vni')).toBe('Ủy ban nhân dân');
    expect(decodeLegacy('Hoøa Bình', 'vni')).toBe('Hòa Bình');
    expect(decodeLegacy('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'vni')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(decodeLegacy('Ñoäc laäp - Töï do - Haïnh phuùc', 'vni')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(decodeLegacy('ÑAÛNG COÄNG SAÛN', 'vni')).toBe('ĐẢNG CỘNG SẢN');
  });

  it('encodes to the same well-known forms', () => {
    expect(encodeLegacy('Ủy ban nhân dân', 'tcvn3')).toBe('ñy ban nh©n d©n');
    expect(encodeLegacy('Hòa Bình', 'tcvn3')).toBe('Hßa B×nh');
    expect(encodeLegacy('Ủy ban nhân dân', 'vni')).toBe('UÛy ban nhaân daân');
    expect(encodeLegacy('Hòa Bình', 'vni')).toBe('Hoøa Bình');
    expect(encodeLegacy('người được', 'vni')).toBe('ngöôøi ñöôïc');
  });
});

describe('round trips through each encoding', () => {
  it('VNI round-trips every seed paragraph exactly', () => {
    for (const p of seedParagraphs) expect(decodeLegacy(encodeLegacy(p, 'vni'), 'vni')).toBe(p);
  });

  it('TCVN3 round-trips every seed paragraph up to the capitals the encoding cannot hold', () => {
    for (const p of seedParagraphs) {
      const back = decodeLegacy(encodeLegacy(p, 'tcvn3'), 'tcvn3');
      expect(back.toLowerCase()).toBe(p.toLowerCase());
    }
    // Headings in capitals come back in capitals.
    expect(decodeLegacy(encodeLegacy('KẾ HOẠCH', 'tcvn3'), 'tcvn3')).toBe('KẾ HOẠCH');
    expect(decodeLegacy(encodeLegacy('I. MỤC ĐÍCH, YÊU CẦU', 'tcvn3'), 'tcvn3')).toBe('I. MỤC ĐÍCH, YÊU CẦU');
  });

  it('round-trips lowercase Vietnamese in both encodings (property)', () => {
    const letters = [...'aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ .,-/0123456789'];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...letters), maxLength: 80 }), (s) => {
        expect(decodeLegacy(encodeLegacy(s, 'tcvn3'), 'tcvn3')).toBe(s);
        expect(decodeLegacy(encodeLegacy(s, 'vni'), 'vni')).toBe(s);
      }),
    );
  });
});

describe('detectLegacyEncoding', () => {
  it('does not take two words glued by a symbol for a legacy syllable ("c«I" of a URL beside Unicode text)', () => {
    // Found by the corpus property (legacy-corpus.test.ts): "c«I" decodes in TCVN3 to "côI".
    expect(detectLegacyEncoding('https://example.invalid/a?b=c«I, Thành ').encoding).toBeNull();
    expect(detectLegacyEncoding('Mã «A»B«C» · Hòa Bình').encoding).toBeNull();
    // A heading typed in .VnTimeH keeps its capitals and is still detected.
    expect(detectLegacyEncoding('C«NG T¸C D¢N VËN').encoding).toBe('tcvn3');
  });
  it('flags the classic examples with the right encoding and a bilingual message', () => {
    const t = detectLegacyEncoding('Hßa B×nh');
    expect(t.encoding).toBe('tcvn3');
    expect(t.message?.vi).toMatch(/^Văn bản có vẻ được gõ bằng bảng mã TCVN3 \(ABC\) cũ/);
    expect(t.message?.en).toMatch(/TCVN3 \(ABC\)/);
    expect(t.sample).toEqual({ original: 'Hßa', decoded: 'Hòa' });
    expect(detectLegacyEncoding('ñy ban nh©n d©n').encoding).toBe('tcvn3');
    expect(detectLegacyEncoding('UÛy ban nhaân daân').encoding).toBe('vni');
    expect(detectLegacyEncoding('Hoøa Bình').encoding).toBe('vni');
    expect(legacyEncodingMessage('vni').vi).toMatch(/bảng mã VNI/);
  });

  it('never flags a paragraph of the seed plan', () => {
    for (const p of seedParagraphs) {
      const r = detectLegacyEncoding(p);
      expect(r.encoding, p).toBeNull();
      expect(r.message).toBeUndefined();
    }
    for (const p of seedParagraphs) expect(detectLegacyEncoding(p.normalize('NFD')).encoding).toBeNull();
  });

  it('flags every seed paragraph garbled by TCVN3 or VNI, with the right encoding', () => {
    let checked = 0;
    for (const p of seedParagraphs.filter(hasNonAscii)) {
      for (const enc of ['tcvn3', 'vni'] as const) {
        const r = detectLegacyEncoding(encodeLegacy(p, enc));
        expect(r.encoding, `${enc}: ${p}`).toBe(enc);
        expect(r.confidence).toBeGreaterThan(0.3);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(80);
  });

  it('does not flag plain ASCII, empty input or foreign Latin-1 words', () => {
    expect(detectLegacyEncoding('').encoding).toBeNull();
    expect(detectLegacyEncoding('UBND MTTQVN 04/CT-UBND').encoding).toBeNull();
    expect(detectLegacyEncoding('Müller, José, Peña, François').encoding).toBeNull();
  });

  it('examines only maxChars characters', () => {
    const garbled = encodeLegacy('Ủy ban nhân dân tỉnh Hòa Bình', 'tcvn3');
    const s = 'a '.repeat(1000) + garbled;
    expect(detectLegacyEncoding(s).encoding).toBe('tcvn3');
    expect(detectLegacyEncoding(s, { maxChars: 2000 }).encoding).toBeNull();
  });

  it('never throws and stays fast on huge or random input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const r = detectLegacyEncoding(s);
        expect(r.confidence).toBeGreaterThanOrEqual(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
        decodeLegacy(s, 'tcvn3');
        decodeLegacy(s, 'vni');
      }),
    );
    const huge = '©×ø'.repeat(400_000);
    const t0 = performance.now();
    detectLegacyEncoding(huge);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('the examples of issue 9 §B1 and the lean verdict', () => {
  it('punctuation and symbols around Unicode words are not legacy text', () => {
    for (const s of ['Đà Bắc · Cao Phong · Mai Châu', 'Sáng · Chiều', '« Dân » « vận »', '«Dân»', 'Th·', 'N·m', '5 µm', '© 2021 UBND', 'x·y']) {
      expect(detectLegacyEncoding(s).encoding, s).toBeNull();
      expect(legacyEncodingOf(s), s).toBeNull();
    }
  });

  it('legacyEncodingOf gives detectLegacyEncoding\'s verdict (property)', () => {
    const pieces = ['Hßa', 'B×nh', 'nh©n', 'UÛy', 'Hoøa', 'nhaân', 'Hòa', 'Bình', '·', '«', 'x·', 'th×', 'traán', ' ', ', '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (xs) => {
        const s = xs.join(' ');
        expect(legacyEncodingOf(s)).toBe(detectLegacyEncoding(s).encoding);
      }),
    );
  });
});

describe('the detection as data (for other languages)', () => {
  const tables = legacyDetectionTables();
  const decodeWith = (s: string, enc: 'tcvn3' | 'vni'): string => {
    const map = tables[enc];
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const two = s.slice(i, i + 2);
      if (enc === 'vni' && two.length === 2 && Object.prototype.hasOwnProperty.call(map, two)) {
        out += map[two];
        i++;
      } else out += Object.prototype.hasOwnProperty.call(map, s[i]!) ? map[s[i]!] : s[i];
    }
    return out.normalize('NFC');
  };

  it('the exported tables decode exactly as decodeLegacy (property)', () => {
    const alphabet = [...new Set([...Object.keys(tables.tcvn3), ...Object.keys(tables.vni).join(''), ...'abcdeghiklmnopqrstuvxyAEIOUY .,'])];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 40 }), (s) => {
        expect(decodeWith(s, 'tcvn3')).toBe(decodeLegacy(s, 'tcvn3', { restoreCapitals: false }));
        expect(decodeWith(s, 'vni')).toBe(decodeLegacy(s, 'vni'));
      }),
      { numRuns: 2000 },
    );
  });

  it('tables are JSON and complete', () => {
    expect(JSON.parse(JSON.stringify(tables))).toEqual(tables);
    expect(Object.keys(tables.tcvn3)).toHaveLength(74);
    expect(tables.ambiguous).toContain(0xb7);
    expect(tables.minConfidence).toBe(0.3);
    const syl = vietnameseSyllableTables();
    expect(syl.initials[0]).toBe('ngh');
    expect(syl.nuclei['uyê']).toBe(2);
    expect(JSON.parse(JSON.stringify(syl))).toEqual(syl);
    expect(isVietnameseSyllable('nghiêng')).toBe(true);
  });
});
