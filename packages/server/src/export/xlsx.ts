import type { Lang } from '@dvcq/core';
import type { Aggregation } from '../aggregate/aggregate';
import { _safeCell, aggregationTable, type CsvTable } from './tables';

/** Tùy chọn XLSX — options of {@link toXlsx}. */
export interface XlsxOptions {
  /** Sheet names and headers language (default `vi`). */
  lang?: Lang;
}

/** @internal Sheet names (Excel: ≤ 31 characters, no `/ \ ? * [ ]`). */
export const _SHEETS: Record<CsvTable | 'summary', { vi: string; en: string }> = {
  summary: { vi: 'Tổng quan', en: 'Summary' },
  units: { vi: 'Đơn vị', en: 'Units' },
  indicators: { vi: 'Chỉ tiêu', en: 'Indicators' },
  tasks: { vi: 'Nhiệm vụ', en: 'Tasks' },
};

/**
 * Xuất XLSX — the consolidation as an Excel workbook (written with `exceljs`):
 * a summary sheet (deadline, completeness, timeliness) and one sheet per table
 * (units, indicators, tasks), headers bold and frozen. `exceljs` is loaded on
 * first use so importing `@dvcq/server` stays fast.
 * @param agg - a consolidation from `aggregate`
 * @param options - language
 * @returns the `.xlsx` file bytes
 */
export async function toXlsx(agg: Aggregation, options: XlsxOptions = {}): Promise<Uint8Array> {
  const lang = options.lang ?? 'vi';
  const L = (vi: string, en: string) => (lang === 'en' ? en : vi);
  const mod = (await import('exceljs')) as unknown as { default?: typeof import('exceljs') } & typeof import('exceljs');
  const ExcelJS = mod.default ?? mod;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'DVCQ Kit';
  // A fixed date keeps the file a function of its input (same data → same bytes modulo zip).
  wb.created = new Date(Date.parse(agg.asOf));

  const s = agg.summary;
  const summary: Array<[string, string | number | null]> = [
    [L('Kế hoạch', 'Plan'), agg.planId],
    [L('Kỳ báo cáo', 'Period'), `${agg.period} ${agg.year}`],
    [L('Báo cáo', 'Report'), agg.obligation ? agg.obligation.title[lang] : null],
    [L('Hạn nộp', 'Deadline'), agg.obligation ? (agg.obligation.deadline.text ?? agg.obligation.deadline.date) : null],
    [L('Cách hiểu hạn', 'Deadline reading'), agg.obligation ? agg.obligation.deadline.reading[lang] : null],
    [L('Tính đến', 'As of'), agg.asOf],
    [L('Số đơn vị phải nộp', 'Units owing'), s.owed],
    [L('Đã nộp', 'Submitted'), s.submitted],
    [L('Đúng hạn', 'On time'), s.onTime],
    [L('Trễ hạn', 'Late'), s.late],
    [L('Quá hạn chưa nộp', 'Missing (overdue)'), s.missing],
    [L('Chưa nộp, còn trong hạn', 'Not submitted, still in time'), s.pending],
    [L('Tỷ lệ đầy đủ (%)', 'Completeness (%)'), Math.round(s.completeness * 1000) / 10],
    [L('Tỷ lệ đúng hạn (%)', 'Timeliness (%)'), s.timeliness === null ? null : Math.round(s.timeliness * 1000) / 10],
  ];
  const ws0 = wb.addWorksheet(_SHEETS.summary[lang]);
  ws0.addRows(summary.map(([k, v]) => [k, typeof v === 'string' ? _safeCell(v) : v]));
  ws0.getColumn(1).font = { bold: true };
  ws0.getColumn(1).width = 32;
  ws0.getColumn(2).width = 60;

  for (const table of ['units', 'indicators', 'tasks'] as const) {
    const rows = aggregationTable(agg, table, lang);
    const ws = wb.addWorksheet(_SHEETS[table][lang], { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRows(rows.map((r) => r.map(_safeCell)));
    ws.getRow(1).font = { bold: true };
    const width = rows[0]?.length ?? 0;
    for (let c = 1; c <= width; c++) ws.getColumn(c).width = table === 'tasks' && c === width ? 100 : 18;
    if (table === 'tasks') ws.getColumn(width).alignment = { wrapText: true, vertical: 'top' };
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
