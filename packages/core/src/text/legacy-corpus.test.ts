// The false-positive rate of detectLegacyEncoding on real Unicode Vietnamese must be 0,
// whatever punctuation and symbols surround the words, and TCVN3/VNI text made by the
// real encodings must still be detected. Corpus: every string of every plan file in
// the repository, the seed plan text, the names of all provinces (63 and 34), of every
// district and commune (before and after 01/7/2025), and sentences with every common
// symbol (__fixtures__/vi-corpus/README.md gives the sources).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLegacyEncoding, encodeLegacy } from './legacy';
import { seedParagraphs } from './__fixtures__/seed';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../../../..');
const corpusDir = join(here, '__fixtures__/vi-corpus');
const lines = (f: string) => readFileSync(join(corpusDir, f), 'utf8').split('\n').filter((l) => l.length > 0);

function strings(v: unknown, out: string[]): string[] {
  if (typeof v === 'string') out.push(v);
  else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}
/** Every plan file of the repository: plan packages and test fixtures. */
function planFiles(): string[] {
  const files: string[] = [];
  for (const d of readdirSync(join(root, 'packages'))) {
    const f = join(root, 'packages', d, 'plan.json');
    if (d.startsWith('plan-') && existsSync(f)) files.push(f);
  }
  for (const f of readdirSync(join(root, 'fixtures/plans'))) if (f.endsWith('.json')) files.push(join(root, 'fixtures/plans', f));
  return files;
}

const names = ['provinces-63.txt', 'provinces-34.txt', 'districts-2025-03.txt', 'communes-2025-03.txt', 'communes-2025-07.txt'].flatMap(lines);
const sentences = lines('sentences.txt');
const planTexts = planFiles().flatMap((f) => strings(JSON.parse(readFileSync(f, 'utf8')), []));
const corpus = [...names, ...sentences, ...planTexts, ...seedParagraphs];

// Every common punctuation mark and symbol, incl. the Latin-1 ones that are letters in
// TCVN3, emoji and other astral characters, and invisible characters.
const SYMBOLS = [
  '«', '»', '·', '“', '”', '‘', '’', '–', '—', '…', '№', '§', '°', '%', '‰', '€', '₫', '©', '®', '™', '•', '→', '≤', '≥', '±', '×', '÷',
  '¡', '¿', '¢', '£', '¤', '¥', '¦', '¨', 'ª', '¬', '\u00ad', '¯', '²', '³', '´', 'µ', '¶', '¸', '¹', 'º', '¼', '½', '¾',
  '(', ')', '[', ']', '"', "'", ',', '.', ';', ':', '!', '?', '/', '-', '*', '#', '&', '@',
  '😀', '👍', '🇻🇳', '𠀀', '𝐀', '\u00a0', '\u202f', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\t',
];
const DECORATIONS: Array<(w: string, s: string) => string> = [
  (w, s) => s + w,
  (w, s) => w + s,
  (w, s) => s + w + s,
  (w, s) => `${s} ${w} ${s}`,
  (w, s) => s + s + w + s + s,
];
const decorate = (text: string, s: string, k: number): string => text.split(' ').map((w) => DECORATIONS[k % DECORATIONS.length]!(w, s)).join(' ');

describe('detectLegacyEncoding: no false positive on Unicode Vietnamese', () => {
  it('the corpus is large and real', () => {
    expect(names.length).toBeGreaterThan(11_000);
    expect(planTexts.length).toBeGreaterThan(1_000);
    expect(sentences.length).toBeGreaterThan(60);
    for (const s of corpus) expect(s.normalize('NFC')).toBe(s);
  });

  it('flags none of the corpus, as it is and in NFD (false-positive rate 0)', () => {
    const flagged = corpus.filter((s) => detectLegacyEncoding(s).encoding !== null || detectLegacyEncoding(s.normalize('NFD')).encoding !== null);
    expect(flagged).toEqual([]);
  });

  it('flags none of the corpus with any symbol around every word, or joining the words', () => {
    const flagged: string[] = [];
    let checked = 0;
    corpus.forEach((text, i) => {
      // Six symbols per text, rotating, so that every symbol meets every kind of text.
      for (let j = 0; j < 6; j++) {
        const k = (i * 7 + j * 13) % SYMBOLS.length;
        const s = SYMBOLS[k]!;
        for (const t of [decorate(text, s, i + k), text.split(' ').join(s), text.split(' ').join(` ${s} `)]) {
          checked++;
          if (detectLegacyEncoding(t).encoding !== null) flagged.push(t);
        }
      }
    });
    expect(checked).toBeGreaterThan(200_000);
    expect(flagged.slice(0, 20)).toEqual([]);
  });

  it('flags no mix of corpus words, symbols, digits and English (property)', () => {
    const words = [...new Set(corpus.flatMap((s) => s.split(/\s+/)).filter((w) => w.length > 0 && w.length < 30))];
    const token = fc.oneof(
      { arbitrary: fc.constantFrom(...words), weight: 6 },
      { arbitrary: fc.constantFrom(...SYMBOLS), weight: 3 },
      { arbitrary: fc.integer({ min: 0, max: 1_000_000 }).map(String), weight: 1 },
      { arbitrary: fc.constantFrom('the', 'report', 'UBND', 'No.', 'Q2/2021', '05/BC-SNV', 'https://example.invalid/a?b=c'), weight: 1 },
    );
    const glue = fc.constantFrom(' ', '', ' ', '\u00a0', ', ', ' · ', '·', '«', '»', ' – ', '\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(token, glue), { minLength: 1, maxLength: 12 }), (parts) => {
        const text = parts.map(([t, g]) => t + g).join('');
        expect(detectLegacyEncoding(text).encoding, JSON.stringify(text)).toBeNull();
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('detectLegacyEncoding: typos are not legacy text', () => {
  it('flags no corpus name with one typo (a letter dropped, added or swapped)', () => {
    let seed = 20_210_520;
    const rnd = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const letters = [...'aàáâãeèéêiìíoòóôõuùúyýnhgtcmđươă'];
    const flagged: string[] = [];
    for (const s of names)
      for (let k = 0; k < 3; k++) {
        const a = [...s];
        const i = Math.floor(rnd() * a.length);
        const op = rnd();
        if (op < 1 / 3) a.splice(i, 1);
        else if (op < 2 / 3) a.splice(i, 0, letters[Math.floor(rnd() * letters.length)]!);
        else if (i + 1 < a.length) [a[i], a[i + 1]] = [a[i + 1]!, a[i]!];
        const t = a.join('');
        if (detectLegacyEncoding(t).encoding !== null) flagged.push(t);
      }
    expect(flagged).toEqual([]);
  });
});

describe('detectLegacyEncoding: TCVN3 and VNI text is detected', () => {
  // Strings with at least this many words holding a Vietnamese letter with a diacritic.
  const vietnameseWords = (s: string) => s.split(/\s+/).filter((w) => /[à-ỹđĐÀ-Ỹ]/u.test(w.normalize('NFC'))).length;
  for (const enc of ['tcvn3', 'vni'] as const) {
    it(`${enc}: every plan text and seed paragraph of 5 or more Vietnamese words`, () => {
      const texts = [...planTexts, ...seedParagraphs].filter((s) => vietnameseWords(s) >= 5);
      expect(texts.length).toBeGreaterThan(250);
      const missed = texts.filter((s) => detectLegacyEncoding(encodeLegacy(s, enc)).encoding !== enc);
      expect(missed).toEqual([]);
    });

    it(`${enc}: unit names of 3 or more Vietnamese words (measured rate ≥ 90 %)`, () => {
      const texts = names.filter((s) => vietnameseWords(s) >= 3);
      const hit = texts.filter((s) => detectLegacyEncoding(encodeLegacy(s, enc)).encoding === enc).length;
      expect(texts.length).toBeGreaterThan(5_000);
      expect(hit / texts.length).toBeGreaterThanOrEqual(0.9);
      // Never the other encoding.
      expect(texts.filter((s) => detectLegacyEncoding(encodeLegacy(s, enc)).encoding === (enc === 'vni' ? 'tcvn3' : 'vni'))).toEqual([]);
    });
  }

  it('legacy text stays detected with Unicode punctuation around it (property)', () => {
    const texts = [...planTexts, ...seedParagraphs].filter((s) => vietnameseWords(s) >= 8);
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.constantFrom('tcvn3', 'vni') as fc.Arbitrary<'tcvn3' | 'vni'>, fc.constantFrom('“', '”', '–', '—', '…', '•', '→', '😀', '\u00a0', ' '), (text, enc, s) => {
        const garbled = encodeLegacy(text, enc).split(' ').join(` ${s} `);
        expect(detectLegacyEncoding(garbled).encoding).toBe(enc);
      }),
      { numRuns: 500 },
    );
  });
});
