import ExcelJS from 'exceljs';
import { hoaBinh2021Plan as plan } from '@dvcq/plan-hoa-binh-2021';
import { describe, expect, it } from 'vitest';
import { sampleReport } from '@dvcq/report/testing';
import { aggregate } from '../aggregate/aggregate';
import { TABLE_IDS, TABLE_LABELS, _DATE_COLUMNS, aggregationTable } from '../tables/tables';
import { _wallTime, toXlsx } from './xlsx';

const HOSTILE = ['=1+1', '=HYPERLINK("http://x","y")', '+1', '-1', '@SUM(A1:A2)', '\t=1+1', "'đã có dấu nháy", 'Đã triển khai.\n=1+1', 'Sáng · Chiều'];

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

/** A sheet's cells as values (`null` for empty), row by row. */
function cells(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const r: unknown[] = [];
    for (let c = 1; c <= ws.columnCount; c++) r.push(row.getCell(c).value ?? null);
    out.push(r);
  });
  return out;
}

describe('toXlsx reads back with exceljs', () => {
  const agg = aggregate(
    ['so-y-te', 'so-tu-phap', 'van-phong-ubnd-tinh', 'ubnd-huyen-da-bac'].map((u, i) => ({
      report: sampleReport(plan, u, { period: 'semiannual', year: 2021, number: i + 1, seed: i }),
      receivedAt: '2021-05-10T08:00:00+07:00',
    })),
    { plan, period: 'semiannual', year: 2021, now: '2021-06-01T00:00:00+07:00' },
  );

  it('a summary sheet and one sheet per table, each holding exactly the rows of its table', async () => {
    const wb = await load(await toXlsx(agg));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng quan', ...TABLE_IDS.map((t) => TABLE_LABELS[t].vi)]);
    for (const t of TABLE_IDS) {
      const { instants, dates } = _DATE_COLUMNS[t];
      const want = aggregationTable(agg, t).map((r, i) => (i === 0 ? r : r.map((c, k) => (typeof c === 'string' && [...instants, ...dates].includes(k) ? _wallTime(c) : c))));
      expect(cells(wb.getWorksheet(TABLE_LABELS[t].vi)!)).toEqual(want);
    }
    const summary = wb.getWorksheet('Tổng quan')!;
    expect(summary.getRow(2).values).toEqual([undefined, 'Kỳ báo cáo', agg.obligation!.label.vi]);
    expect(summary.getRow(7).values).toEqual([undefined, 'Số đơn vị phải nộp', 28]);
    const en = await load(await toXlsx(agg, { lang: 'en' }));
    expect(en.worksheets.map((w) => w.name)).toEqual(['Summary', ...TABLE_IDS.map((t) => TABLE_LABELS[t].en)]);
  });

  it('submission times and document dates are date cells in Việt Nam wall time', async () => {
    const head = aggregationTable(agg, 'units')[0]!;
    expect(_DATE_COLUMNS.units.instants.map((k) => head[k])).toEqual(['Thời điểm nộp']);
    expect(_DATE_COLUMNS.units.dates.map((k) => head[k])).toEqual(['Ngày ban hành']);
    const wb = await load(await toXlsx(agg));
    const ws = wb.getWorksheet('Đơn vị')!;
    let seen = 0;
    ws.eachRow((row, i) => {
      if (i === 1 || row.getCell(1).value !== 'so-y-te') return;
      const at = row.getCell(6);
      expect(at.value).toEqual(new Date(Date.UTC(2021, 4, 10, 8, 0, 0))); // 10/05/2021 08:00 in Việt Nam
      expect(at.numFmt).toBe('dd/mm/yyyy hh:mm');
      expect(row.getCell(9).numFmt).toBe('dd/mm/yyyy');
      expect(row.getCell(9).value).toBeInstanceOf(Date);
      seen++;
    });
    expect(seen).toBe(1);
    expect(_wallTime('2021-05-19T23:59:59+07:00')).toEqual(new Date(Date.UTC(2021, 4, 19, 23, 59, 59)));
    expect(_wallTime('19/05/2021')).toBeUndefined();
  });

  it('texts are string cells exactly as written: no leading apostrophe, never a formula', async () => {
    const c = structuredClone(agg);
    HOSTILE.forEach((s, i) => {
      c.tasks[i]!.compiled = s;
      c.units[i]!.documentNumber = s;
    });
    const wb = await load(await toXlsx(c));
    const tasks = wb.getWorksheet('Nhiệm vụ')!;
    const units = wb.getWorksheet('Đơn vị')!;
    HOSTILE.forEach((s, i) => {
      for (const cell of [tasks.getRow(i + 2).getCell(9), units.getRow(i + 2).getCell(8)]) {
        expect(cell.type, s).toBe(ExcelJS.ValueType.String);
        expect(cell.value).toBe(s);
        expect(cell.formula).toBeUndefined();
      }
    });
    // No cell anywhere starts with the CSV guard's apostrophe unless its text does.
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((cell) => typeof cell.value === 'string' && cell.value.startsWith("'") && expect(cell.value).toBe("'đã có dấu nháy")));
  });

  it('unit kinds are translated; per-kind columns add up to the total', async () => {
    const wb = await load(await toXlsx(agg, { kinds: ['department', 'district-committee'] }));
    const ws = wb.getWorksheet('Chỉ tiêu')!;
    const rows = cells(ws);
    const head = rows[0] as string[];
    expect(head.slice(9)).toEqual(['Sở, ban, ngành', 'UBND cấp huyện', 'Loại đơn vị khác']);
    for (const r of rows.slice(1)) {
      if (r[4] !== 'số lượng' || r[6] === null) continue;
      expect((r.slice(9) as Array<number | null>).reduce<number>((s, v) => s + (v ?? 0), 0)).toBe(r[6]);
    }
    const kinds = cells(wb.getWorksheet('Đơn vị')!).slice(1).map((r) => r[2]);
    expect(kinds).toContain('Văn phòng UBND tỉnh');
    expect(kinds.every((k) => typeof k === 'string' && !/^[a-z-]+$/.test(k))).toBe(true);
  });
});
