// The documents as an official would print them: converted to PDF with LibreOffice headless,
// their text read back with pdftotext (every Vietnamese word of the document must survive,
// paragraphs in one piece), the page count and size checked, and the pages kept as PNG images
// (pdftoppm) in .test-results/documents/ for a person to look at. Where LibreOffice or poppler
// is missing the suite says so and is skipped — except under CI=true, where it must run.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandUnitIds, findUnit } from '@dvcq/core';
import { type ReportSubmission, validateReport } from '@dvcq/report';
import { toDocx } from './docx/write';
import { unitReportDocument } from './unit-report/unit-report';
import type { BlockSpec, OfficialDocumentSpec } from './model/document';
import { daysBefore, firstDateObligation, testPlans, validatable } from './_fixtures/plans';
import { fixtureReport } from './_fixtures/reports';

const root = join(import.meta.dirname, '..', '..', '..');
const artefacts = join(root, '.test-results', 'documents');
const tools = ['soffice', 'pdftotext', 'pdftoppm', 'pdfinfo'];
const missing = tools.filter((t) => spawnSync('sh', ['-c', `command -v ${t}`]).status !== 0);
const ci = process.env.CI === 'true';
if (missing.length > 0 && !ci) console.warn(`[documents] PDF checks skipped: ${missing.join(', ')} not installed (apt-get install libreoffice-writer-nogui poppler-utils).`);

/** The documents checked: a unit report of a department and of a People's Committee, per test plan. */
function documents(): Array<{ name: string; spec: OfficialDocumentSpec }> {
  const out: Array<{ name: string; spec: OfficialDocumentSpec }> = [];
  for (const { name, plan } of testPlans) {
    const check = validatable(plan);
    const ob = firstDateObligation(plan);
    const owing = expandUnitIds(plan, ob.owedBy).map((id) => findUnit(plan, id)!);
    for (const unit of [owing.find((u) => u.kind === 'department')!, owing.find((u) => u.kind.endsWith('committee'))!]) {
      const report = fixtureReport(plan, unit.id, { period: ob.period, year: ob.year, number: 9, date: daysBefore(ob.deadline.date, 15), seed: 3 });
      // Validated where validateReport reads the plan's deadlines (see validatable()), else as written.
      const v = check ? validateReport(report, { plan, mode: 'final', now: `${daysBefore(ob.deadline.date, 14)}T09:00:00+07:00` }) : undefined;
      if (v && !v.ok) throw new Error(`fixture report not valid: ${JSON.stringify(v.issues)}`);
      out.push({ name: `${name}-${unit.id}`, spec: unitReportDocument((v?.value ?? report) as ReportSubmission, { plan }) });
    }
  }
  return out;
}

/** Every text the document shows: paragraphs (kept whole) and table cells (checked word by word). */
function expectedTexts(spec: OfficialDocumentSpec): { paragraphs: string[]; cells: string[] } {
  const paragraphs = [
    ...(spec.header.governingBody ? [spec.header.governingBody.toLocaleUpperCase('vi')] : []),
    ...spec.header.issuingBody.map((l) => l.toLocaleUpperCase('vi')),
    spec.header.numberLine,
    spec.header.placeDateLine,
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    spec.docType,
    spec.summary,
    'Nơi nhận:',
    ...spec.recipients.map((r) => `- ${r}`),
    ...spec.signature.titleLines,
    spec.signature.name,
  ];
  const cells: string[] = [];
  const walk = (blocks: readonly BlockSpec[]) => {
    for (const b of blocks) {
      if (b.kind === 'heading') paragraphs.push(b.text);
      else if (b.kind === 'paragraph') paragraphs.push(b.runs.map((r) => r.text).join(''));
      else if (b.kind === 'author-note') paragraphs.push(`[${b.text}]`);
      else cells.push(...b.columns.map((c) => c.header), ...b.rows.flat(), ...(b.totals ?? []));
    }
  };
  walk(spec.body);
  for (const a of spec.annexes) {
    paragraphs.push(a.label, a.title, a.attachedTo);
    walk(a.blocks);
  }
  return { paragraphs, cells };
}

// Whitespace collapsed; a free-standing hyphen dropped on both sides, since pdftotext joins a
// line ending in " -" with the next line without it ("2021 -⏎2026" → "2021 2026").
const flat = (s: string) =>
  s.normalize('NFC').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').replace(/(?<= |^)-(?= |$)/g, '').replace(/ +/g, ' ').trim();
const words = (s: string) => flat(s).split(' ').filter(Boolean);

describe.skipIf(missing.length > 0 && !ci)('PDF through LibreOffice', () => {
  const docs = documents();
  const work = mkdtempSync(join(tmpdir(), 'dvcq-documents-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  beforeAll(async () => {
    if (missing.length > 0) throw new Error(`CI=true: ${missing.join(', ')} must be installed (libreoffice-writer-nogui, poppler-utils)`);
    for (const d of docs) writeFileSync(join(work, `${d.name}.docx`), await toDocx(d.spec));
    // One LibreOffice start for all files, with a profile of its own (no clash with a running office).
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...docs.map((d) => join(work, `${d.name}.docx`))],
      { stdio: 'ignore', timeout: 240_000 },
    );
    rmSync(artefacts, { recursive: true, force: true });
    mkdirSync(artefacts, { recursive: true });
  }, 300_000);

  it.each(docs.map((d) => [d.name, d] as const))('%s: every word survives, A4, sane page count, page numbers from page 2', (name, d) => {
    const pdf = join(work, `${name}.pdf`);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    // Pages are separated by form feeds; a page from the second on starts with its number.
    const pageTexts = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, pages);
    expect(flat(pageTexts[0]!)).not.toMatch(/^\d/);
    pageTexts.forEach((t, i) => {
      if (i > 0) expect(flat(t), `page ${i + 1} of ${name}`).toMatch(new RegExp(`^${i + 1} `));
    });
    const text = flat(pageTexts.map((t, i) => (i === 0 ? t : t.replace(/^\s*\d+\s*\n/, ''))).join(' '));
    const { paragraphs, cells } = expectedTexts(d.spec);
    for (const p of paragraphs) expect(text, name).toContain(flat(p));
    // Table cells may be read in another order: count their words instead.
    const have = new Map<string, number>();
    for (const w of text.split(' ')) have.set(w, (have.get(w) ?? 0) + 1);
    for (const w of words(cells.join(' '))) expect(have.get(w) ?? 0, `"${w}" in ${name}`).toBeGreaterThan(0);
    // Sane length: about 2 500 characters a page at most, never a page per paragraph.
    const chars = paragraphs.join('').length + cells.join('').length;
    expect(pages).toBeGreaterThanOrEqual(Math.max(1, Math.floor(chars / 4000)));
    expect(pages).toBeLessThanOrEqual(Math.ceil(chars / 1200) + 1);
    // Page images for people to look at (test artefacts).
    execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(artefacts, name)]);
    expect(readdirSync(artefacts).filter((f) => f.startsWith(name) && f.endsWith('.png'))).toHaveLength(pages);
  });
});

describe.runIf(missing.length > 0 && ci)('PDF tools under CI', () => {
  it('are installed (LibreOffice Writer, poppler-utils)', () => {
    expect(missing).toEqual([]);
  });
});
