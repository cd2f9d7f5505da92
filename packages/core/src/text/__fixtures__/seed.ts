// Test helper: the seed plan text (Hòa Bình 2021), copied verbatim from
// ../shared/seed/000_a9ee7a222427fd03.txt, split into paragraphs at blank lines.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The seed plan text, verbatim. */
export const seedText: string = readFileSync(
  fileURLToPath(new URL('./seed-hoa-binh-2021.txt', import.meta.url)),
  'utf8',
);

/** The seed's paragraphs (blank-line separated, trimmed, non-empty). */
export const seedParagraphs: string[] = seedText
  .split(/\n[ \t]*\n/)
  .map((p) => p.trim())
  .filter((p) => p.length > 0);
