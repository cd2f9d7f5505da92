import ExcelJS from 'exceljs';
import { hoaBinh2021Plan as plan } from '@dvcq/plan-hoa-binh-2021';
import { describe, expect, it } from 'vitest';
import { exampleReport } from '../example/example-report';
import { toCsv } from '../export/csv';
import { toXlsx } from '../export/xlsx';
import { aggregate } from './aggregate';

const rep = (unitId: string, extra: Record<string, unknown> = {}) => ({ ...exampleReport(plan, unitId, { period: 'semiannual', year: 2021 }), ...extra });
const at = (unitId: string, receivedAt: string, more: Record<string, unknown> = {}) => ({ report: rep(unitId), receivedAt, id: `${unitId}@${receivedAt}`, ...more });

describe('aggregate', () => {
  const inputs = [
    at('so-y-te', '2021-05-19T23:59:59+07:00'), // last second of the last day: on time
    at('so-tu-phap', '2021-05-20T00:00:00+07:00'), // deadline instant: late ("trước ngày 20/5")
    at('ubnd-huyen-da-bac', '2021-05-10T08:00:00+07:00'),
  ];
  const agg = aggregate(inputs, { plan, period: 'semiannual', year: 2021, now: '2021-06-01T00:00:00+07:00' });

  it('gives each owing unit its status from the calendar', () => {
    const state = Object.fromEntries(agg.units.map((u) => [u.unitId, u.state]));
    expect(state['so-y-te']).toBe('on-time');
    expect(state['so-tu-phap']).toBe('late');
    expect(state['ubnd-huyen-da-bac']).toBe('on-time');
    expect(state['so-noi-vu']).toBe('overdue');
    expect(agg.summary).toEqual({ owed: 28, submitted: 3, onTime: 2, late: 1, missing: 25, pending: 0, completeness: 3 / 28, timeliness: 2 / 3 });
    expect(agg.obligation?.deadline).toMatchObject({ date: '2021-05-20', lastDay: '2021-05-19', semantics: 'before' });
    expect(agg.units.find((u) => u.unitId === 'so-y-te')).toMatchObject({ timingBasis: 'received', submittedAt: '2021-05-19T23:59:59+07:00', documentNumber: '01/BC-SYT' });
  });

  it('before the deadline an unsent report is pending, not missing', () => {
    const early = aggregate([], { plan, period: 'semiannual', year: 2021, now: '2021-05-01T00:00:00+07:00' });
    expect(early.summary).toMatchObject({ submitted: 0, missing: 0, pending: 28, timeliness: null });
    expect(new Set(early.units.map((u) => u.state))).toEqual(new Set(['open']));
  });

  it('totals indicators by unit kind and keeps percentages as means', () => {
    const a = rep('so-y-te');
    const b = rep('ubnd-huyen-da-bac');
    const ind = (r: Record<string, unknown>) => r.indicators as Record<string, number>;
    const row = agg.indicators.find((i) => i.id === 'tiep-cong-dan')!;
    const sTp = ind(rep('so-tu-phap'))['tiep-cong-dan']!;
    expect(row.total).toBe(ind(a)['tiep-cong-dan']! + ind(b)['tiep-cong-dan']! + sTp);
    expect(row.byKind.department?.total).toBe(ind(a)['tiep-cong-dan']! + sTp);
    expect(row.byKind['district-committee']?.total).toBe(ind(b)['tiep-cong-dan']);
    expect(row.byUnit['so-y-te']).toBe(ind(a)['tiep-cong-dan']);
    expect(row.areaId).toBe('II.5');
    const pct = agg.indicators.find((i) => i.type === 'percent')!;
    expect(pct.total).toBeNull();
    expect(pct.mean).toBeGreaterThan(0);
    expect(pct.mean).toBeLessThanOrEqual(100);
    expect(agg.areas.find((x) => x.areaId === 'II.5')?.indicators).toContain('tiep-cong-dan');
  });

  it('counts task statuses and compiles results naming each unit', () => {
    const t = agg.tasks.find((x) => x.taskId === 'II.1.1')!;
    const answered = t.counts.done + t.counts['in-progress'] + t.counts['not-started'] + t.counts['not-applicable'];
    expect(answered).toBe(3);
    expect(t.compiled).toMatch(/^- Sở Y tế tỉnh Hòa Bình \((đã|đang) thực hiện\): /m);
    expect(t.compiled).toMatch(/^- Ủy ban nhân dân huyện Đà Bắc /m);
    const en = aggregate(inputs, { plan, period: 'semiannual', year: 2021, now: '2021-06-01', lang: 'en' });
    expect(en.tasks.find((x) => x.taskId === 'II.1.1')!.compiled).toMatch(/Department of Health/);
  });

  it('counts the latest correction and judges time by the first report sent', () => {
    const first = { report: rep('so-y-te', { difficulties: 'bản đầu' }), receivedAt: '2021-05-18T08:00:00+07:00', id: 'a' };
    const corr = { report: rep('so-y-te', { difficulties: 'bản sửa', document: { ...(rep('so-y-te').document as object), number: '02/BC-SYT' } }), receivedAt: '2021-05-25T08:00:00+07:00', id: 'b', replaces: 'a' };
    const r = aggregate([corr, first], { plan, period: 'semiannual', year: 2021, now: '2021-06-01' });
    const u = r.units.find((x) => x.unitId === 'so-y-te')!;
    expect(u).toMatchObject({ state: 'on-time', reportId: 'b', documentNumber: '02/BC-SYT', reportsSeen: 2 });
    expect(r.ignored).toEqual([{ ref: 'a', code: 'superseded' }]);
  });

  it('bare files are timed by their document date; other periods and plans are ignored with a reason', () => {
    const r = aggregate(
      [rep('so-y-te', { document: { ...(rep('so-y-te').document as object), date: '2021-05-20' } }), exampleReport(plan, 'so-tu-phap', { period: 'annual', year: 2021 }), { ...rep('so-xay-dung'), planId: 'x' }, 42 as unknown as Record<string, unknown>],
      { plan, period: 'semiannual', year: 2021, now: '2021-06-01' },
    );
    expect(r.units.find((x) => x.unitId === 'so-y-te')).toMatchObject({ state: 'late', timingBasis: 'document-date' });
    expect(r.ignored.map((i) => i.code).sort()).toEqual(['not-an-object', 'other-period', 'other-plan']);
  });
});

describe('exports', () => {
  const agg = aggregate([at('so-y-te', '2021-05-10T08:00:00+07:00'), { report: rep('so-tu-phap', { difficulties: '=HYPERLINK("http://x")' }), receivedAt: '2021-05-11T08:00:00+07:00' }], {
    plan,
    period: 'semiannual',
    year: 2021,
    now: '2021-06-01',
  });

  it('CSV: BOM, CRLF, quoted Vietnamese, every owing unit, formulas neutralised', () => {
    const csv = toCsv(agg);
    expect(csv.startsWith('\uFEFFMã đơn vị,Tên đơn vị,Loại,Tình trạng')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 28);
    expect(lines.find((l) => l.startsWith('so-y-te,'))).toMatch(/Nộp đúng hạn/);
    const tasks = toCsv({ ...agg, tasks: [{ ...agg.tasks[0]!, compiled: '=1+1' }] }, { table: 'tasks', lang: 'en', bom: false });
    expect(tasks).toMatch(/^Task,Area,Done/);
    expect(tasks).toContain("'=1+1");
    expect(tasks).not.toMatch(/,=1\+1/);
  });

  it('XLSX: read back with exceljs, four sheets agreeing with the consolidation', async () => {
    const bytes = await toXlsx(agg);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng quan', 'Đơn vị', 'Chỉ tiêu', 'Nhiệm vụ']);
    const units = wb.getWorksheet('Đơn vị')!;
    expect(units.rowCount).toBe(29);
    const rows = new Map<string, string>();
    units.eachRow((row, i) => {
      if (i > 1) rows.set(String(row.getCell(1).value), String(row.getCell(4).value));
    });
    expect(rows.get('so-y-te')).toBe('Nộp đúng hạn');
    expect(rows.get('so-noi-vu')).toBe('Quá hạn, chưa nộp');
    const inds = wb.getWorksheet('Chỉ tiêu')!;
    let total: unknown;
    inds.eachRow((row) => {
      if (row.getCell(1).value === 'tiep-cong-dan') total = row.getCell(7).value;
    });
    expect(total).toBe(agg.indicators.find((i) => i.id === 'tiep-cong-dan')!.total);
    const summary = wb.getWorksheet('Tổng quan')!;
    expect(summary.getRow(7).values).toEqual([undefined, 'Số đơn vị phải nộp', 28]);
  });
});
