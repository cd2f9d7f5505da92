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
import { consolidatedReportDocument } from './consolidated/consolidated';
import { fixtureAggregation } from './_fixtures/aggregation';
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
    // The consolidated draft of the same period: all but one unit reported.
    const ids = owing.map((u) => u.id);
    const subs = ids.slice(0, -1).map((id, i) => ({
      unitId: id,
      state: i % 7 === 6 ? ('late' as const) : ('on-time' as const),
      report: fixtureReport(plan, id, { period: ob.period, year: ob.year, number: i + 1, date: daysBefore(ob.deadline.date, 10), seed: i }),
    }));
    const agg = fixtureAggregation(plan, ob, subs, `${daysBefore(ob.deadline.date, -5)}T09:00:00+07:00`);
    out.push({ name: `${name}-tong-hop`, spec: consolidatedReportDocument(agg, { plan }) });
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
  // The blanks left for the office (runs of no-break spaces) read as column gaps to pdftotext,
  // which may then order the pieces differently: each piece is checked on its own.
  return { paragraphs: paragraphs.flatMap((p) => p.split(/\u00a0{2,}/)).filter((p) => p.trim()), cells };
}

// Whitespace collapsed and hyphens dropped on both sides: pdftotext joins a line that ends in a
// hyphen with the next one and drops the hyphen ("2021 -⏎2026" → "2021 2026", "BC-⏎STC" →
// "BCSTC"). Every letter, with its diacritics, is still compared.
const flat = (s: string) => s.normalize('NFC').replace(/\u00a0/g, ' ').replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
const words = (s: string) => flat(s).split(' ').filter(Boolean);
const joined = (s: string) => flat(s).replace(/ /g, '');

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
    // An annex (a section of its own) numbers its pages again from 1, hidden on its first page.
    let sectionStart = 0;
    const firstOfSection = new Set([0]);
    pageTexts.forEach((t, i) => {
      if (i === 0) return;
      const f = flat(t);
      if (!f.startsWith(`${i - sectionStart + 1} `) && d.spec.annexes.some((a) => f.includes(flat(a.title)))) {
        sectionStart = i;
        firstOfSection.add(i);
        expect(f, `first annex page ${i + 1} of ${name}`).not.toMatch(/^\d+ /);
      } else expect(f, `page ${i + 1} of ${name}`).toMatch(new RegExp(`^${i - sectionStart + 1} `));
    });
    expect(firstOfSection.size).toBe(1 + d.spec.annexes.length);
    const text = flat(pageTexts.map((t, i) => (firstOfSection.has(i) ? t : t.replace(/^\s*\d+\s*\n/, ''))).join(' '));
    const { paragraphs, cells } = expectedTexts(d.spec);
    // Compared without spaces, since a dropped end-of-line hyphen also drops the space around it.
    const compact = text.replace(/ /g, '');
    for (const p of paragraphs) expect(compact, `${name}: ${p.slice(0, 60)}`).toContain(joined(p));
    // Table cells may be read in another order: each of their words must be there.
    for (const w of new Set(words(cells.join(' ')))) expect(compact.includes(w), `"${w}" in ${name}`).toBe(true);
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
