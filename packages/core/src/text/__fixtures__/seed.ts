// Test helper: the seed plan text (Hòa Bình 2021), read at test time from the plan
// package's source folder (packages/plan-hoa-binh-2021/source/), split into paragraphs
// at blank lines.
import { readSeed } from '../../../../../tests/support/seed';

/** The seed plan text, verbatim. */
export const seedText: string = readSeed();

/** The seed's paragraphs (blank-line separated, trimmed, non-empty). */
export const seedParagraphs: string[] = seedText
  .split(/\n[ \t]*\n/)
  .map((p) => p.trim())
  .filter((p) => p.length > 0);
