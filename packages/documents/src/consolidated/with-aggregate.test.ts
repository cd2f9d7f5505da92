// The consolidated draft from @dvcq/aggregate's own aggregate(): reports as a server keeps
// them (with their receipt times), one sent late, one never sent — for every test plan whose
// reports the aggregation reads. The type check below keeps ConsolidationInput in step with
// @dvcq/aggregate's Aggregation (a change there fails the typecheck here).
import { describe, expect, it } from 'vitest';
import { type Aggregation, EXPORT_FORMATS, aggregate, findExportFormat } from '@dvcq/aggregate';
import { DVK_MODEL_FIELD_LABELS, SUBMISSION_STATUS_LABELS, expandUnitIds } from '@dvcq/core';
import { renderConsolidatedDocx } from '../render';
import type { ConsolidationInput } from './types';
import { DocumentNotWrittenError, consolidatedDocxFormat } from './format';
import { readDocx } from '../_fixtures/read-docx';
import { daysBefore, firstDateObligation, testPlans } from '../_fixtures/plans';
import { fixtureReport } from '../_fixtures/reports';

/** Every Aggregation is a ConsolidationInput (compile-time). */
export const _aggregationIsInput = (a: Aggregation): ConsolidationInput => a;

describe.each(testPlans)('consolidated draft from aggregate() — $name', ({ plan }) => {
  const ob = firstDateObligation(plan);
  const owing = expandUnitIds(plan, ob.owedBy);
  const lastDay = ob.deadline.semantics === 'before' ? daysBefore(ob.deadline.date, 1) : ob.deadline.date;
  const records = owing.slice(0, -1).map((unitId, i) => ({
    id: `r${i}`,
    receivedAt: `${i === 0 ? daysBefore(lastDay, -1) : daysBefore(lastDay, 3)}T10:00:00+07:00`,
    report: fixtureReport(plan, unitId, { period: ob.period, year: ob.year, number: i + 1, date: daysBefore(lastDay, 3), seed: i }),
  }));
  const agg = aggregate(records, { plan, period: ob.period, year: ob.year, now: `${daysBefore(lastDay, -10)}T00:00:00+07:00` });

  it('names the late and the missing units as the aggregation counts them', async () => {
    expect(agg.summary).toMatchObject({ owed: owing.length, late: 1, missing: 1, onTime: owing.length - 2 });
    const r = await renderConsolidatedDocx(agg, { plan });
    expect(r.ok, JSON.stringify(r.issues)).toBe(true);
    const paras = readDocx(r.value!).paragraphs.map((p) => p.text);
    const late = agg.units.find((u) => u.state === 'late')!;
    const missing = agg.units.find((u) => u.state === 'overdue')!;
    expect(paras.find((p) => p.startsWith(`- ${SUBMISSION_STATUS_LABELS.late.vi} (1): `))).toContain(late.name.vi);
    expect(paras).toContain(`- ${SUBMISSION_STATUS_LABELS.overdue.vi} (1): ${missing.name.vi}.`);
    // Every answer the aggregation compiled is in the document, its unit named.
    for (const t of agg.tasks) for (const a of t.answers.filter((x) => x.status === 'done' && x.results)) {
      expect(paras.some((p) => p.startsWith(`- ${a.unitName}: `) && p.endsWith(a.results!.split('\n').map((l) => l.trim()).join(' ')))).toBe(true);
    }
  });
});

describe('consolidatedDocxFormat (an export format of @dvcq/aggregate)', () => {
  const { plan } = testPlans[0]!;
  const ob = firstDateObligation(plan);
  const records = expandUnitIds(plan, ob.owedBy)
    .slice(0, 2)
    .map((unitId, i) => ({ receivedAt: `${daysBefore(ob.deadline.date, 5)}T10:00:00+07:00`, report: fixtureReport(plan, unitId, { period: ob.period, year: ob.year, number: i + 1, date: daysBefore(ob.deadline.date, 5) }) }));
  const agg = aggregate(records, { plan, period: ob.period, year: ob.year, now: `${ob.deadline.date}T00:00:00+07:00` });

  it('is found by id among the formats and writes the draft', async () => {
    const f = findExportFormat('docx', [...EXPORT_FORMATS, consolidatedDocxFormat])!;
    expect(f).toBe(consolidatedDocxFormat);
    expect([f.ext, f.perTable, f.mime]).toEqual(['docx', false, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']);
    const d = readDocx(await f.write(agg, { plan }));
    expect(d.paragraphs.some((p) => p.text === 'DỰ THẢO')).toBe(true);
    // The aggregation's texts and models are compiled, and the reports cited with their dates.
    for (const t of agg.texts.difficulties) expect(d.text).toContain(`- ${t.unitName}: ${t.text.split('\n').map((l) => l.trim()).join(' ')}`);
    expect(d.text).toMatch(/\(Báo cáo số 01\/BC-\w+ ngày \d{2}\/\d{1,2}\/\d{4}\)/);
    expect(d.tables.some((t) => t.rows[0]![2] === DVK_MODEL_FIELD_LABELS.name.vi && t.rows.length === 1 + agg.models.length)).toBe(true);
  });

  it('rejects without a plan (programmer error) and with the issues for another plan', async () => {
    await expect(consolidatedDocxFormat.write(agg)).rejects.toThrow(TypeError);
    const other = testPlans[1]!.plan;
    await expect(consolidatedDocxFormat.write(agg, { plan: other })).rejects.toMatchObject({ code: 'documents.plan-mismatch', issues: [expect.objectContaining({ code: 'documents.plan-mismatch' })] });
    await expect(consolidatedDocxFormat.write(agg, { plan: other })).rejects.toBeInstanceOf(DocumentNotWrittenError);
  });
});
