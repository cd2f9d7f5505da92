// The issue's proof: importing the Hòa Bình 2021 source document — as text and
// as a DOCX built from it — gives the hand-made plan file's 29 task ids and texts,
// its two obligations and deadlines, its cited documents and its signer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPlan } from '@dvcq/core/zod';
import { describe, expect, it } from 'vitest';
import { docxFromMarkdown as docxFrom } from './__fixtures__/markdown-docx';
import { importPlan } from './index';

const planDir = join(import.meta.dirname, '../../plan-hoa-binh-2021');
const sourceFile = join(planDir, 'source/ke-hoach-dan-van-chinh-quyen-2021.md');
const expected = JSON.parse(readFileSync(join(planDir, 'plan.json'), 'utf8'));

/** The parts the issue compares exactly. */
function essentials(plan: any) {
  const tasks = plan.sections.filter((s: any) => s.kind === 'content').flatMap((s: any) => s.areas.flatMap((a: any) => a.tasks.map((t: any) => ({ id: t.id, text: t.text.vi, cites: t.cites }))));
  const obligations = plan.obligations.map((o: any) => ({
    id: o.id,
    period: o.period,
    year: o.year,
    deadline: o.deadline,
    owedBy: o.owedBy,
    recipient: o.recipient,
    via: o.via,
    copies: o.copies,
    coordinator: o.coordinator,
    source: o.source,
    title: o.title.vi,
  }));
  const documents = plan.documents
    .map((d: any) => ({ id: d.id, number: d.number, date: d.date, text: d.text, linkedBy: d.linkedBy ?? 'plan' }))
    .sort((a: any, b: any) => a.id.localeCompare(b.id));
  const { authority, onBehalfOf, position, name } = plan.signer;
  return { tasks, obligations, documents, basis: plan.basis, signer: { authority, onBehalfOf, position, name } };
}

const units = { orgUnits: expected.orgUnits, unitGroups: expected.unitGroups };

describe('Hòa Bình 2021 source document', () => {
  const markdown = readFileSync(sourceFile, 'utf8');
  const want = essentials(expected);

  it('as text gives the hand-made plan file (tasks, obligations, documents, signer)', async () => {
    const r = await importPlan(new TextEncoder().encode(markdown), { fileName: 'ke-hoach.md', id: 'hoa-binh-2021', units });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const got = essentials(r.plan);
    expect(got.tasks).toHaveLength(29);
    expect(got.tasks).toEqual(want.tasks);
    expect(got.obligations).toEqual(want.obligations);
    expect(got.documents.map((d: any) => JSON.parse(JSON.stringify(d)))).toEqual(want.documents);
    expect(got.basis).toEqual(want.basis);
    expect(got.signer).toEqual(want.signer);
    const loaded = loadPlan(r.plan);
    expect(loaded.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(loaded.ok).toBe(true);
    // The rest is reported: no place, number or date in this copy; English to write.
    const codes = new Set(r.findings.map((f) => f.code));
    for (const c of ['import.place-missing', 'import.number-missing', 'import.date-missing', 'import.untranslated']) expect(codes).toContain(c);
    expect(r.findings.every((f) => /^import\.[a-z0-9]+(?:-[a-z0-9]+)*$/.test(f.code))).toBe(true);
  });

  it('as a DOCX built from it gives the same parts', async () => {
    const bytes = await docxFrom(markdown);
    const r = await importPlan(bytes, { fileName: 'ke-hoach.docx', id: 'hoa-binh-2021', units });
    expect(r.ok && r.format).toBe('docx');
    if (!r.ok) return;
    const got = essentials(r.plan);
    expect(got.tasks).toEqual(want.tasks);
    expect(got.obligations).toEqual(want.obligations);
    expect(got.documents.map((d: any) => JSON.parse(JSON.stringify(d)))).toEqual(want.documents);
    expect(got.signer).toEqual(want.signer);
    expect(loadPlan(r.plan).ok).toBe(true);
  });

  it('without a units list still finds every task and obligation, and flags the units', async () => {
    const r = await importPlan(markdown, { fileName: 'ke-hoach.md', id: 'hoa-binh-2021' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(essentials(r.plan).tasks.map((t: any) => t.id)).toEqual(want.tasks.map((t: any) => t.id));
    expect(essentials(r.plan).obligations.map((o: any) => o.deadline)).toEqual(want.obligations.map((o: any) => o.deadline));
    expect(r.needsReview).toBe(true);
    expect(r.findings.some((f) => f.code === 'import.unit-new' || f.code === 'import.group-members-unknown')).toBe(true);
    expect(loadPlan(r.plan).ok).toBe(true);
  });
});
