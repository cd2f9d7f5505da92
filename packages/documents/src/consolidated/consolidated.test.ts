// The consolidated draft, read back from the DOCX file, against an aggregation whose contents
// are known: header in the name of the obligation's recipient, blanks for the office, "DỰ THẢO",
// who reported on time / late / not at all by name, each task with each unit named, indicator
// totals and the per-unit annex on a landscape page, difficulties and proposals by unit, part V
// left for the author, recipients and signature — for every test plan.
import { describe, expect, it } from 'vitest';
import { REPORT_FIELD_LABELS, SUBMISSION_STATUS_LABELS, TASK_STATUS_LABELS, allTasks, expandUnitIds, findUnit } from '@dvcq/core';
import { renderConsolidatedDocx } from '../render';
import { type DocxParagraph, readDocx } from '../_fixtures/read-docx';
import { daysBefore, firstDateObligation, testPlans } from '../_fixtures/plans';
import { fixtureReport } from '../_fixtures/reports';
import { type FixtureSubmission, fixtureAggregation } from '../_fixtures/aggregation';
import { formatNumber } from '@dvcq/core';
import { formatRatioVi } from '../format/numbers';

describe.each(testPlans)('consolidated draft — $name', ({ plan }) => {
  const ob = firstDateObligation(plan);
  const owing = expandUnitIds(plan, ob.owedBy);
  // Every unit but the last two on time, one late, the last one missing.
  const subs: FixtureSubmission[] = owing.slice(0, -1).map((id, i) => ({
    unitId: id,
    state: i === owing.length - 2 ? 'late' : 'on-time',
    report: fixtureReport(plan, id, { period: ob.period, year: ob.year, number: i + 1, date: daysBefore(ob.deadline.date, i === owing.length - 2 ? -2 : 10), seed: i }),
  }));
  const asOf = `${daysBefore(ob.deadline.date, -5)}T09:00:00+07:00`;
  const agg = fixtureAggregation(plan, ob, subs, asOf);
  const issuer = findUnit(plan, ob.recipient)!;
  const coordinator = findUnit(plan, ob.coordinator ?? ob.via!)!;

  it('is a draft in the name of the recipient, with blanks for the office', async () => {
    const r = await renderConsolidatedDocx(agg, { plan });
    expect(r.ok).toBe(true);
    const d = readDocx(r.value!);
    const mark = d.paragraphs.filter((p) => p.borderBox).map((p) => p.text);
    expect(mark).toEqual(['DỰ THẢO', `(${coordinator.shortName ?? coordinator.name.vi} soạn thảo)`]);
    const header = d.tables[0]!;
    expect(header.bordersNone).toBe(true);
    expect(header.cells[0]![0]!.map((p) => p.text).filter(Boolean).join(' ')).toBe(issuer.name.vi.toLocaleUpperCase('vi'));
    expect(header.rows[1]![0]!.trim()).toBe(`Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-${issuer.symbol}`);
    expect(header.rows[1]![1]!.trim()).toBe(`${plan.place}, ngày\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0tháng\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0năm ${asOf.slice(0, 4)}`);
    expect(d.text).toContain('BÁO CÁO');
  });

  it('says who reported on time, late or not at all, by name, with figures written the Vietnamese way', async () => {
    const d = readDocx((await renderConsolidatedDocx(agg, { plan })).value!);
    const paras = d.paragraphs.map((p) => p.text);
    expect(paras).toContain('I. TÌNH HÌNH GỬI BÁO CÁO');
    const s = agg.summary;
    expect(paras.some((p) => p.startsWith(`Số cơ quan, đơn vị phải báo cáo: ${s.owed}; đã gửi: ${s.submitted} (${formatRatioVi(s.completeness)})`))).toBe(true);
    const line = (label: string) => paras.find((p) => p.startsWith(`- ${label} (`))!;
    const onTime = agg.units.filter((u) => u.state === 'on-time');
    expect(line(SUBMISSION_STATUS_LABELS['on-time'].vi)).toContain(`(${onTime.length}): `);
    for (const u of onTime) expect(line(SUBMISSION_STATUS_LABELS['on-time'].vi)).toContain(`${u.name.vi} (Báo cáo số ${u.documentNumber} ngày `);
    const late = agg.units.find((u) => u.state === 'late')!;
    expect(line(SUBMISSION_STATUS_LABELS.late.vi)).toContain(late.name.vi);
    const missing = agg.units.find((u) => u.state === 'overdue')!;
    expect(line(SUBMISSION_STATUS_LABELS.overdue.vi)).toBe(`- ${SUBMISSION_STATUS_LABELS.overdue.vi} (1): ${missing.name.vi}.`);
    expect(paras.some((p) => p.includes(ob.deadline.text))).toBe(true);
  });

  it('compiles each task from the units, each named, in the plan wording', async () => {
    const d = readDocx((await renderConsolidatedDocx(agg, { plan })).value!);
    const paras = d.paragraphs.filter((p) => !p.inTable).map((p) => p.text);
    expect(paras).toContain(`II. ${REPORT_FIELD_LABELS['/tasks'].vi.toLocaleUpperCase('vi')}`);
    for (const t of agg.tasks.filter((x) => x.answers.length > 0)) {
      const task = allTasks(plan).find((x) => x.id === t.taskId)!;
      const i = paras.findIndex((p) => p.endsWith(task.text.corrected?.vi ?? task.text.vi));
      expect(i, t.taskId).toBeGreaterThan(0);
      expect(paras[i + 1]).toMatch(/^Tình trạng thực hiện: /);
      for (const a of t.answers) {
        if (a.status === 'no-answer') continue;
        const st = a.status === 'done' ? '' : ` (${TASK_STATUS_LABELS[a.status as 'in-progress'].vi.charAt(0).toLocaleLowerCase('vi')}${TASK_STATUS_LABELS[a.status as 'in-progress'].vi.slice(1)})`;
        const text = (a.results ?? a.reason)!.split('\n').map((x) => x.trim()).join(' ');
        expect(paras, `${t.taskId} ${a.unitId}`).toContain(`- ${a.unitName}${st}: ${text}`);
      }
    }
  });

  it('totals the indicators and annexes every unit on a landscape page', async () => {
    const d = readDocx((await renderConsolidatedDocx(agg, { plan })).value!);
    const totals = d.tables.find((t) => t.rows[0]![1] === 'Chỉ tiêu')!;
    for (const ind of agg.indicators.filter((i) => i.type === 'count')) {
      const row = totals.rows.find((r) => r[1] === ind.label.vi)!;
      expect(row[3]).toBe(formatNumber(ind.total!));
      expect(row[4]).toBe(String(ind.reported));
    }
    expect(d.sections).toHaveLength(2);
    expect(d.sections[1]).toMatchObject({ orient: 'landscape', pageWidthTw: 16838, pageHeightTw: 11906, titlePage: true });
    const annex = d.tables.find((t) => t.rows[0]![1] === 'Cơ quan, đơn vị' && t.rows[0]![2] === '(1)')!;
    const sent = agg.units.filter((u) => u.state === 'on-time' || u.state === 'late');
    expect(annex.rows.slice(1, -1).map((r) => r[1])).toEqual(sent.map((u) => u.name.vi));
    const first = agg.indicators[0]!;
    expect(annex.rows[1]![2]).toBe(formatNumber(first.byUnit[sent[0]!.unitId]!));
    expect(annex.rows.at(-1)![1]).toBe('Tổng cộng');
    for (const p of annex.cells.at(-1)!.flat().filter((x) => x.text)) expect(p.runs[0]!.bold).toBe(true);
    expect(d.text).toContain('PHỤ LỤC');
    expect(d.text).toContain(`(Kèm theo Báo cáo số`);
  });

  it('compiles difficulties and proposals by unit and leaves part V to its author', async () => {
    const d = readDocx((await renderConsolidatedDocx(agg, { plan })).value!);
    const paras = d.paragraphs.filter((p) => !p.inTable);
    const texts = paras.map((p) => p.text);
    for (const t of agg.texts!.difficulties) expect(texts).toContain(`- ${t.unitName}: ${t.text.split('\n').join(' ')}`);
    for (const t of agg.texts!.proposals) expect(texts).toContain(`- ${t.unitName}: ${t.text}`);
    const v = texts.indexOf(`V. ${REPORT_FIELD_LABELS['/nextDirections'].vi.toLocaleUpperCase('vi')}`);
    expect(v).toBeGreaterThan(0);
    const note = paras[v + 1] as DocxParagraph;
    expect(note.text).toMatch(/^\[Phần này do cơ quan soạn thảo viết/);
    expect(note.runs[0]!.italics).toBe(true);
    // Never filled: no unit's own directions appear anywhere.
    for (const t of agg.texts!.nextDirections ?? []) expect(d.text).not.toContain(t.text);
    expect(texts[v + 2]).toMatch(/^Trên đây là báo cáo .*\.\/\.$/);
  });

  it('sends it to the obligation\'s copies and the coordinator; the plan\'s signer signs', async () => {
    const d = readDocx((await renderConsolidatedDocx(agg, { plan, archive: 'NC' })).value!);
    const signTable = d.tables.find((t) => t.bordersNone && t.rows[0]![0]!.startsWith('Nơi nhận:'))!;
    const rec = signTable.cells[0]![0]!.map((p) => p.text);
    expect(rec).toEqual(['Nơi nhận:', ...ob.copies.map((c) => `- ${findUnit(plan, c)!.shortName ?? findUnit(plan, c)!.name.vi};`), `- ${coordinator.shortName ?? coordinator.name.vi};`, '- Lưu: VT, NC.']);
    const signer = signTable.cells[0]![1]!.map((p) => p.text).filter(Boolean);
    if (plan.signer && plan.issuer === issuer.id) {
      expect(signer).toEqual([`${plan.signer.authority} ${plan.signer.onBehalfOf}`, plan.signer.position, plan.signer.corrected?.name ?? plan.signer.name]);
    } else expect(signer).toEqual([]);
  });

  it('refuses an aggregation of another plan or without an obligation', async () => {
    expect((await renderConsolidatedDocx({ ...agg, planId: 'another' }, { plan })).issues[0]!.code).toBe('documents.plan-mismatch');
    expect((await renderConsolidatedDocx({ ...agg, obligation: null }, { plan })).issues[0]!.code).toBe('documents.no-obligation');
  });
});
