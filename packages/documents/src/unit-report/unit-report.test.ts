// The unit's report, read back from the DOCX file: page, margins, fonts, header, number and
// date, title, content from the report and the plan, tables, recipients and signature — for
// every test plan, a department and a People's Committee each.
import { describe, expect, it } from 'vitest';
import { type Plan, REPORT_FIELD_LABELS, TASK_STATUS_LABELS, allTasks, expandUnitIds, findUnit, formatDocumentDate, tasksForUnit } from '@dvcq/core';
import type { ReportSubmission } from '@dvcq/report';
import { renderUnitReportDocx } from '../render';
import { toDocx } from '../docx/write';
import { unitReportDocument } from './unit-report';
import { type DocxParagraph, type DocxTable, readDocx } from '../_fixtures/read-docx';
import { daysBefore, firstDateObligation, testPlans, validatable } from '../_fixtures/plans';
import { fixtureReport } from '../_fixtures/reports';
import { MOTTO, NATIONAL_NAME, textWidthPt } from '../layout/nd30';

const MM = 1440 / 25.4;
const inMm = (tw: number) => tw / MM;

function unitsOf(plan: Plan) {
  const ob = firstDateObligation(plan);
  const owing = expandUnitIds(plan, ob.owedBy).map((id) => findUnit(plan, id)!);
  const depts = owing.filter((u) => u.kind === 'department' && u.parent !== undefined);
  const dept = depts.sort((a, b) => tasksForUnit(plan, b.id).length - tasksForUnit(plan, a.id).length)[0]!;
  const committee = owing.find((u) => u.kind.endsWith('committee'))!;
  return { ob, dept, committee };
}

/** Width of a rule paragraph (its cell or text width minus its indents), in points. */
function ruleWidthPt(p: DocxParagraph, boxTw: number): number {
  return (boxTw - (p.indentLeftTw ?? 0) - (p.indentRightTw ?? 0)) / 20;
}

describe.each(testPlans)('unit report — $name', ({ plan }) => {
  if (!validatable(plan)) {
    it.skip('validateReport cannot check this plan yet (rule deadlines wait for calendar instances in @dvcq/report)');
    return;
  }
  const { ob, dept, committee } = unitsOf(plan);
  const date = daysBefore(ob.deadline.date, 15);
  const now = `${daysBefore(ob.deadline.date, 14)}T09:00:00+07:00`;

  describe.each([
    ['department', dept, 7],
    ['committee', committee, 12],
  ] as const)('%s', (_kind, unit, number) => {
    const report = fixtureReport(plan, unit.id, { period: ob.period, year: ob.year, number, date, seed: number });

    it('is written from a report valid in final mode, laid out per Nghị định 30/2020', async () => {
      const r = await renderUnitReportDocx(report, { plan, now });
      expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(r.ok).toBe(true);
      const d = readDocx(r.value!);

      // A4 portrait, margins inside Phụ lục I's ranges, page numbers from page 2 in the top margin.
      const s = d.sections[0]!;
      expect([s.pageWidthTw, s.pageHeightTw, s.orient]).toEqual([11906, 16838, 'portrait']);
      expect(inMm(s.margin.top)).toBeGreaterThanOrEqual(19.99);
      expect(inMm(s.margin.top)).toBeLessThanOrEqual(25.01);
      expect(inMm(s.margin.bottom)).toBeGreaterThanOrEqual(19.99);
      expect(inMm(s.margin.bottom)).toBeLessThanOrEqual(25.01);
      expect(inMm(s.margin.left)).toBeGreaterThanOrEqual(29.99);
      expect(inMm(s.margin.left)).toBeLessThanOrEqual(35.01);
      expect(inMm(s.margin.right)).toBeGreaterThanOrEqual(14.99);
      expect(inMm(s.margin.right)).toBeLessThanOrEqual(20.01);
      expect(s.titlePage).toBe(true);
      expect(s.headerFirst).toBe('');
      expect(s.headerHasPageField).toBe(true);

      // Times New Roman, black, everywhere.
      expect(d.defaults).toMatchObject({ font: 'Times New Roman', color: '000000' });
      for (const p of d.paragraphs) for (const run of p.runs) if (run.text) expect([run.font, run.color]).toEqual(['Times New Roman', '000000']);

      // Header: a borderless two-column table.
      const header = d.blocks[0] as DocxTable;
      expect(header.kind).toBe('table');
      expect(header.bordersNone).toBe(true);
      const [left, right] = header.cells[0]!;
      const [numberCell, dateCell] = header.cells[1]!;
      const texts = (ps: DocxParagraph[]) => ps.map((p) => p.text).filter(Boolean);
      // Quốc hiệu upper case bold 12–13; Tiêu ngữ bold 13–14 with a rule as long as the line.
      expect(texts(right!)).toEqual([NATIONAL_NAME, MOTTO]);
      const [qh, tn] = right!.filter((p) => p.text);
      expect(qh!.runs[0]).toMatchObject({ bold: true, italics: false });
      expect(qh!.runs[0]!.sizePt).toBeGreaterThanOrEqual(12);
      expect(qh!.runs[0]!.sizePt).toBeLessThanOrEqual(13);
      expect(tn!.runs[0]).toMatchObject({ bold: true });
      expect(tn!.runs[0]!.sizePt).toBeGreaterThanOrEqual(13);
      expect(tn!.runs[0]!.sizePt).toBeLessThanOrEqual(14);
      const mottoRule = right!.find((p) => p.borderBottom)!;
      expect(ruleWidthPt(mottoRule, header.columnWidthsTw[1]!)).toBeCloseTo(textWidthPt(MOTTO, tn!.runs[0]!.sizePt!, true), 0);
      // Governing body (a department's parent) upright, issuing body bold, a rule 1/3–1/2 of its line.
      const leftTexts = texts(left!);
      if (unit.kind === 'department') {
        const parent = findUnit(plan, unit.parent!)!;
        expect(leftTexts[0]).toBe(parent.name.vi.replace(/^Ủy ban nhân dân /, 'UBND ').toLocaleUpperCase('vi'));
        expect(left!.find((p) => p.text === leftTexts[0])!.runs[0]).toMatchObject({ bold: false, sizePt: 12 });
        expect(leftTexts[1]).toBe((unit.shortName ?? unit.name.vi).toLocaleUpperCase('vi'));
      } else {
        expect(leftTexts.join(' ')).toBe(unit.name.vi.toLocaleUpperCase('vi'));
        expect(leftTexts[0]).toBe('ỦY BAN NHÂN DÂN');
      }
      const issuing = left!.filter((p) => p.text && p.runs[0]!.bold);
      expect(issuing.length).toBeGreaterThan(0);
      const issuerRule = left!.find((p) => p.borderBottom)!;
      const issuerLine = Math.max(...issuing.map((p) => textWidthPt(p.text, p.runs[0]!.sizePt!, true)));
      expect(ruleWidthPt(issuerRule, header.columnWidthsTw[0]!) / issuerLine).toBeGreaterThanOrEqual(1 / 3);
      expect(ruleWidthPt(issuerRule, header.columnWidthsTw[0]!) / issuerLine).toBeLessThanOrEqual(1 / 2);
      // Number and symbol (13, upright), level with the place and date (13–14, italic).
      const numberLine = numberCell!.find((p) => p.text)!;
      expect(numberLine.text).toBe(`Số: ${String(number).padStart(2, '0')}/BC-${unit.symbol}`);
      expect(numberLine.runs[0]).toMatchObject({ sizePt: 13, bold: false, italics: false });
      const dateLine = dateCell!.find((p) => p.text)!;
      const [y, m, dd] = date.split('-').map(Number) as [number, number, number];
      expect(dateLine.text).toBe(`${plan.place}, ${formatDocumentDate({ year: y, month: m, day: dd }, 'long')}`);
      expect(dateLine.text).toMatch(/, ngày \d{2} tháng (0[12]|[3-9]|1[0-2]) năm \d{4}$/);
      expect(dateLine.runs[0]).toMatchObject({ italics: true, sizePt: 13 });

      // "BÁO CÁO" and its summary, bold 13–14, centred; a rule under the summary.
      const top = d.blocks.filter((b): b is DocxParagraph => b.kind === 'p');
      const type = top.find((p) => p.text === 'BÁO CÁO')!;
      expect(type).toMatchObject({ align: 'center' });
      expect(type.runs[0]).toMatchObject({ bold: true, sizePt: 14 });
      const summary = top[top.indexOf(type) + 1]!;
      expect(summary.text).toContain(plan.title.vi);
      expect(summary.runs[0]).toMatchObject({ bold: true, sizePt: 14 });
      expect(top[top.indexOf(type) + 2]!.borderBottom).toBe(true);
      expect(top.some((p) => p.text === 'DỰ THẢO')).toBe(false);

      // Content: justified, 13–14 pt, first-line indent 1–1,27 cm, ≥ 6 pt between paragraphs.
      const body = top.slice(top.indexOf(type) + 4).filter((p) => p.text);
      expect(body.length).toBeGreaterThan(5);
      for (const p of body) {
        expect(p.align).toBe('both');
        expect(inMm(p.firstLineTw!)).toBeGreaterThanOrEqual(10);
        expect(inMm(p.firstLineTw!)).toBeLessThanOrEqual(12.71);
        expect(p.spacingAfterTw!).toBeGreaterThanOrEqual(120);
        expect(p.lineTw! / 240).toBeLessThanOrEqual(1.5);
        for (const run of p.runs) expect(run.sizePt).toBe(14);
      }
      expect(body[0]!.text).toContain(unit.name.vi);
      // Every task of the unit, in the plan's wording, with the report's status and text.
      const tasks = report.tasks as Record<string, { status: keyof typeof TASK_STATUS_LABELS; results?: string; reason?: string }>;
      for (const t of allTasks(plan).filter((x) => x.id in tasks)) {
        const i = body.findIndex((p) => p.text.includes(t.text.corrected?.vi ?? t.text.vi));
        expect(i, t.id).toBeGreaterThan(0);
        expect(body[i + 1]!.text).toBe(`Tình trạng thực hiện: ${TASK_STATUS_LABELS[tasks[t.id]!.status].vi}.`);
        const first = (tasks[t.id]!.results ?? tasks[t.id]!.reason)!.split('\n')[0]!;
        expect(body[i + 2]!.text).toContain(first);
      }
      expect(d.text).toContain(`IV. ${REPORT_FIELD_LABELS['/difficulties'].vi.toLocaleUpperCase('vi')}`);
      for (const line of (report.difficulties as string).split('\n')) expect(d.text).toContain(line);
      expect(d.text).toContain(report.proposals as string);
      expect(d.text).toContain(report.nextDirections as string);
      expect(body.at(-1)!.text).toMatch(/\.\/\.$/);

      // Indicators as a table, numbers written the Vietnamese way.
      const indTable = d.tables.find((t) => t.rows[0]![1] === 'Chỉ tiêu')!;
      const values = report.indicators as Record<string, number>;
      for (const ind of plan.indicators.filter((i) => values[i.id] !== undefined)) {
        const row = indTable.rows.find((r) => r[1] === ind.label.vi)!;
        expect(row, ind.id).toBeDefined();
        const v = values[ind.id]!;
        expect(row[3]).toBe(ind.type === 'percent' ? `${String(v).replace('.', ',')}\u00a0%` : v >= 1000 ? `${Math.floor(v / 1000)}.${String(v % 1000).padStart(3, '0')}` : String(v));
      }
      const models = d.tables.find((t) => t.rows[0]![1] === 'Tên mô hình')!;
      expect(models.rows.slice(1).map((r) => r[1])).toEqual((report.models as Array<{ name: string }>).map((m) => m.name));

      // Recipients (12 bold italic label, 11 upright lines) and the signature block.
      const sign = d.blocks.at(-1) as DocxTable;
      expect(sign.kind).toBe('table');
      expect(sign.bordersNone).toBe(true);
      const [rec, signer] = sign.cells[0]!;
      expect(rec![0]!.text).toBe('Nơi nhận:');
      expect(rec![0]!.runs[0]).toMatchObject({ bold: true, italics: true, sizePt: 12 });
      const via = findUnit(plan, ob.via!)!;
      const to = findUnit(plan, ob.recipient)!;
      expect(rec!.slice(1).map((p) => p.text)).toEqual([
        `- ${to.shortName ?? to.name.vi} (qua ${via.shortName ?? via.name.vi});`,
        ...ob.copies.map((c) => `- ${findUnit(plan, c)!.shortName ?? findUnit(plan, c)!.name.vi};`),
        '- Lưu: VT.',
      ]);
      for (const p of rec!.slice(1)) expect(p.runs[0]).toMatchObject({ sizePt: 11, bold: false, italics: false });
      const signer0 = (report.document as { signer: { onBehalfOf: string; position: string; name: string } }).signer;
      const signerTexts = signer!.map((p) => p.text).filter(Boolean);
      expect(signerTexts).toEqual([`KT. ${signer0.onBehalfOf}`, signer0.position, signer0.name]);
      for (const p of signer!.filter((x) => x.text)) expect(p.runs[0]).toMatchObject({ bold: true, sizePt: 14 });
      expect(d.title).toContain(unit.name.vi);
    });

    it('refuses a final document from a report not valid in final mode, and writes it as a draft', async () => {
      const incomplete = structuredClone(report);
      const firstTask = Object.keys(incomplete.tasks as object)[0]!;
      delete (incomplete.tasks as Record<string, unknown>)[firstTask];
      const final = await renderUnitReportDocx(incomplete, { plan, now });
      expect(final.ok).toBe(false);
      expect(final.issues.some((i) => i.severity === 'error' && i.path.includes(firstTask))).toBe(true);
      const draft = await renderUnitReportDocx(incomplete, { plan, now, draft: true });
      expect(draft.ok).toBe(true);
      const d = readDocx(draft.value!);
      const mark = d.paragraphs.find((p) => p.text === 'DỰ THẢO')!;
      expect(mark.borderBox).toBe(true);
      expect(mark.runs[0]).toMatchObject({ bold: true });
      expect(d.text).toContain('[Tình trạng thực hiện: chưa có trong báo cáo]');
    });
  });

  it('writes no draft from a report of another shape, plan or unit', async () => {
    const report = fixtureReport(plan, dept.id, { period: ob.period, year: ob.year, number: 1, date });
    for (const bad of [
      { ...report, unexpected: true },
      { ...report, planId: 'another-plan' },
      { ...report, unitId: 'no-such-unit' },
      '{ not json',
    ]) {
      const r = await renderUnitReportDocx(bad, { plan, now, draft: true });
      expect(r.ok, JSON.stringify(r.issues.map((i) => i.code))).toBe(false);
      expect(r.issues.length).toBeGreaterThan(0);
    }
  });

  it('accepts JSON text and an archive mark', async () => {
    const report = fixtureReport(plan, dept.id, { period: ob.period, year: ob.year, number: 3, date });
    const r = await renderUnitReportDocx(JSON.stringify(report), { plan, now, archive: 'VP, 02b' });
    expect(r.ok).toBe(true);
    expect(readDocx(r.value!).text).toContain('- Lưu: VT, VP, 02b.');
  });
});

// Obligations of every kind (quarterly "Quý II/2026", nine-month, annual, one-off): the
// document names the instance and sends it where the obligation says. Built without
// validation, so it runs for plans whose rule deadlines validateReport does not read yet.
describe.each(testPlans)('every obligation kind — $name', ({ plan }) => {
  const cases = plan.obligations.flatMap((ob) => {
    const units = expandUnitIds(plan, ob.owedBy).map((id) => findUnit(plan, id)!);
    const unit = units.find((u) => u.kind === 'department') ?? units[0]!;
    const index = ob.period === 'quarterly' ? (ob.indexes?.[1] ?? 2) : ob.period === 'monthly' ? (ob.indexes?.[0] ?? 3) : undefined;
    return [{ ob, unit, index }];
  });
  it.each(cases.map((c) => [`${c.ob.id}${c.index ? ` #${c.index}` : ''}`, c] as const))('%s', async (_n, { ob, unit, index }) => {
    const report = fixtureReport(plan, unit.id, { period: ob.period, year: ob.year, ...(index ? { periodIndex: index } : {}), number: 4, date: `${ob.year}-06-01`, seed: 2 });
    if (ob.period === 'one-off') report.obligationId = ob.id;
    const d = readDocx(await toDocx(unitReportDocument(report as unknown as ReportSubmission, { plan })));
    const roman = ['I', 'II', 'III', 'IV'][(index ?? 1) - 1];
    const label =
      ob.period === 'quarterly' ? `Quý ${roman}/${ob.year}` : ob.period === 'monthly' ? `Tháng ${index}/${ob.year}` : ob.period === 'semiannual' ? `6 tháng năm ${ob.year}`
      : ob.period === 'nine-month' ? `9 tháng năm ${ob.year}` : ob.period === 'annual' ? `năm ${ob.year}` : ob.title.vi;
    const summary = d.paragraphs[d.paragraphs.findIndex((p) => p.text === 'BÁO CÁO') + 1]!;
    expect(summary.text).toBe(`Kết quả thực hiện ${plan.title.vi} (kỳ ${label})`);
    const rec = (d.blocks.at(-1) as DocxTable).cells[0]![0]!.map((p) => p.text);
    const to = findUnit(plan, ob.recipient)!;
    const via = ob.via ? findUnit(plan, ob.via)! : undefined;
    expect(rec[1]).toBe(`- ${to.shortName ?? to.name.vi}${via ? ` (qua ${via.shortName ?? via.name.vi})` : ''};`);
    expect(rec.at(-1)).toBe('- Lưu: VT.');
    expect(rec).toHaveLength(2 + ob.copies.length + 1);
  });
});
