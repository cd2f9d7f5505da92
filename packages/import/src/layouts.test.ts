// Plan documents in the layouts provinces use, each with the plan a person
// would write from it (src/__fixtures__/*.expected.json, written before the
// importer handled them). The parts compared exactly: header, title, year, basis,
// coordinator, areas, tasks (text, units, due time), obligations and deadlines,
// cited documents, signer, recipients, closing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lamSon2025Docx } from './__fixtures__/lam-son-2025';
import { check } from './__fixtures__/compare';

const dir = join(import.meta.dirname, '__fixtures__');
const json = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'));

describe('plan documents in provincial layouts', () => {
  it('tasks in an appendix table (DOCX: header and signature in tables, group rows I/II/III)', async () => {
    await check(await lamSon2025Docx(), 'ke-hoach-112.docx', json('lam-son-2025.expected.json'), json('lam-son-2025.units.json'));
  });

  it('a numbered list with a lead unit per task (text copied from a legal-documents website)', async () => {
    await check(readFileSync(join(dir, 'ha-son-2024.txt')), 'ha-son-2024.txt', json('ha-son-2024.expected.json'));
  });

  it("a commune's own plan (1.1. tasks, unit-titled implementation items, monthly and quarterly rule deadlines)", async () => {
    await check(readFileSync(join(dir, 'tan-phu-2026.txt')), 'tan-phu-2026.txt', json('tan-phu-2026.expected.json'));
  });

  it('a 2026 plan of a merged province for communes, with quarterly reports (Markdown)', async () => {
    await check(readFileSync(join(dir, 'dong-giang-2026.md')), 'dong-giang-2026.md', json('dong-giang-2026.expected.json'), json('dong-giang-2026.units.json'));
  });
});
