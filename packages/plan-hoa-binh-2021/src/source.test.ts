// The source document (source/ke-hoach-dan-van-chinh-quyen-2021.md) is data kept byte for
// byte: its README records the SHA-256, and any edit — even a "typo fix" — fails here.
// Errors are corrected beside the text, in plan.json (docs/domain.md#source-errors).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import pkg from '../package.json';
import { readSeed, seedPath } from '../../../tests/support/seed';

const readme = readFileSync(new URL('../source/README.md', import.meta.url), 'utf8');

describe('source/ — the plan as received', () => {
  it('is byte-identical to the file whose SHA-256 the README records', () => {
    const recorded = /`([0-9a-f]{64})`/.exec(readme)?.[1];
    expect(recorded, 'README states a SHA-256').toBeDefined();
    const bytes = readFileSync(seedPath());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(recorded);
    expect(readme).toContain(`| ${bytes.length} |`);
  });

  it('is UTF-8 NFC text without CR', () => {
    const text = readSeed();
    expect(text.normalize('NFC')).toBe(text);
    expect(text).not.toContain('\r');
    expect(text).not.toContain('\uFFFD');
  });

  it('is published with the package', () => {
    expect(pkg.files).toContain('source');
  });
});
