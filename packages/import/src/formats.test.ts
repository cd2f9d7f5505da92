// The same plan document through every reader: Markdown text, a saved web page,
// a Word document, and a PDF printed from it (LibreOffice), each compared with
// the plan a person wrote from the document.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from './__fixtures__/compare';
import { docxFromMarkdown, htmlFromMarkdown } from './__fixtures__/markdown-docx';

const dir = join(import.meta.dirname, '__fixtures__');
const json = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
const markdown = readFileSync(join(dir, 'dong-giang-2026.md'), 'utf8');
const expected = json('dong-giang-2026.expected.json');
const units = json('dong-giang-2026.units.json');

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
// Outside CI a machine without LibreOffice skips the PDF case (with a message); under CI it fails.
if (!soffice && !process.env.CI) console.warn('formats.test: LibreOffice (soffice) not found — the PDF case is skipped');

describe('one document, every reader', () => {
  it('a saved web page (HTML with navigation and scripts around the text)', async () => {
    await check(htmlFromMarkdown(markdown), 'ke-hoach.html', expected, units);
  });

  it('a Word document', async () => {
    await check(await docxFromMarkdown(markdown), 'ke-hoach.docx', expected, units);
  });

  it.skipIf(!soffice && !process.env.CI)('a PDF with a text layer (printed from the Word document)', async () => {
    expect(soffice, 'LibreOffice (soffice) is needed to print the PDF').toBeDefined();
    const tmp = mkdtempSync(join(tmpdir(), 'dvcq-import-pdf-'));
    writeFileSync(join(tmp, 'ke-hoach.docx'), await docxFromMarkdown(markdown));
    execFileSync(soffice!, ['--headless', `-env:UserInstallation=file://${tmp}/profile`, '--convert-to', 'pdf', '--outdir', tmp, join(tmp, 'ke-hoach.docx')], { stdio: 'ignore', timeout: 120_000 });
    const pdf = readFileSync(join(tmp, 'ke-hoach.pdf'));
    const r = await check(new Uint8Array(pdf), 'ke-hoach.pdf', expected, units);
    expect(r?.format).toBe('pdf');
  }, 180_000);
});
