import type { Lang, OrgUnitKind } from '@dvcq/core';
import type { Aggregation } from '../aggregate/types';
import { TABLE_IDS, TABLE_LABELS, _DATE_COLUMNS, aggregationTable } from '../tables/tables';

/** Tùy chọn XLSX — options of {@link toXlsx}. */
export interface XlsxOptions {
  /** Sheet names and headers language (default `vi`). */
  lang?: Lang;
  /** Kinds of unit with a column of their own in the indicators sheet (the rest add up in "other kinds"). */
  kinds?: readonly OrgUnitKind[];
}

/** @internal Name of the summary sheet. */
export const _SUMMARY_SHEET = { vi: 'Tổng quan', en: 'Summary' } as const;

/**
 * @internal A date cell showing Việt Nam wall time: spreadsheet dates have no time zone,
 * so the instant's UTC+7 clock reading is stored as is. `undefined` when not ISO.
 */
export function _wallTime(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\+07:00)?$/.exec(text);
  if (!m) return undefined;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)));
}

const _INSTANT_FORMAT = 'dd/mm/yyyy hh:mm';
const _DATE_FORMAT = 'dd/mm/yyyy';

/** @internal The summary sheet's lines: label, value. */
export function _summaryLines(agg: Aggregation, lang: Lang): Array<[string, string | number | Date | null]> {
  const L = (vi: string, en: string) => (lang === 'en' ? en : vi);
  const s = agg.summary;
  const ob = agg.obligation;
  return [
    [L('Kế hoạch', 'Plan'), agg.planId],
    [L('Kỳ báo cáo', 'Period'), ob ? ob.label[lang] : `${agg.period} ${agg.periodIndex !== undefined ? `${agg.periodIndex}/` : ''}${agg.year}`],
    [L('Báo cáo', 'Report'), ob ? ob.title[lang] : null],
    [L('Hạn nộp', 'Deadline'), ob ? (ob.deadline.text ?? ob.deadline.date) : null],
    [L('Cách hiểu hạn', 'Deadline reading'), ob ? ob.deadline.reading[lang] : null],
    [L('Tính đến', 'As of'), _wallTime(agg.asOf) ?? agg.asOf],
    [L('Số đơn vị phải nộp', 'Units owing'), s.owed],
    [L('Đã nộp', 'Submitted'), s.submitted],
    [L('Đúng hạn', 'On time'), s.onTime],
    [L('Trễ hạn', 'Late'), s.late],
    [L('Quá hạn chưa nộp', 'Missing (overdue)'), s.missing],
    [L('Chưa nộp, còn trong hạn', 'Not submitted, still in time'), s.pending],
    [L('Tỷ lệ đầy đủ (%)', 'Completeness (%)'), Math.round(s.completeness * 1000) / 10],
    [L('Tỷ lệ đúng hạn (%)', 'Timeliness (%)'), s.timeliness === null ? null : Math.round(s.timeliness * 1000) / 10],
  ];
}

/**
 * Xuất XLSX — the consolidation as an Excel workbook (written with `exceljs`): a
 * summary sheet (deadline, completeness, timeliness) and one sheet per table
 * (units, indicators, tasks, texts, models), headers bold and frozen. Texts are
 * string cells as given — never formulas, never prefixed — so a text starting with "="
 * stays text. Submission times and document dates are date cells in Việt Nam wall time
 * (`dd/mm/yyyy hh:mm`, `dd/mm/yyyy`), so the spreadsheet can sort and filter them.
 * `exceljs` is loaded on first use so importing the package stays fast.
 * @param agg - a consolidation from `aggregate`
 * @param options - language, kinds
 * @returns the `.xlsx` file bytes
 */
export async function toXlsx(agg: Aggregation, options: XlsxOptions = {}): Promise<Uint8Array> {
  const lang = options.lang ?? 'vi';
  const mod = (await import('exceljs')) as unknown as { default?: typeof import('exceljs') } & typeof import('exceljs');
  const ExcelJS = mod.default ?? mod;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'DVCQ Kit';
  // A fixed date keeps the file a function of its input (same data → same content).
  wb.created = new Date(Date.parse(agg.asOf));
  wb.modified = wb.created;

  const ws0 = wb.addWorksheet(_SUMMARY_SHEET[lang]);
  const lines = _summaryLines(agg, lang);
  ws0.addRows(lines);
  lines.forEach(([, v], i) => {
    if (v instanceof Date) ws0.getRow(i + 1).getCell(2).numFmt = _INSTANT_FORMAT;
  });
  ws0.getColumn(1).font = { bold: true };
  ws0.getColumn(1).width = 32;
  ws0.getColumn(2).width = 60;

  for (const table of TABLE_IDS) {
    const rows = aggregationTable(agg, table, { lang, ...(options.kinds !== undefined ? { kinds: options.kinds } : {}) });
    const ws = wb.addWorksheet(TABLE_LABELS[table][lang], { views: [{ state: 'frozen', ySplit: 1 }] });
    // Instants and dates become date cells (Việt Nam wall time), shown dd/mm/yyyy [hh:mm].
    const { instants, dates } = _DATE_COLUMNS[table];
    ws.addRows(
      rows.map((r, i) =>
        i === 0 ? r : r.map((c, k) => (typeof c === 'string' && (instants.includes(k) || dates.includes(k)) ? (_wallTime(c) ?? c) : c)),
      ),
    );
    for (const k of instants) ws.getColumn(k + 1).numFmt = _INSTANT_FORMAT;
    for (const k of dates) ws.getColumn(k + 1).numFmt = _DATE_FORMAT;
    ws.getRow(1).font = { bold: true };
    const width = rows[0]?.length ?? 0;
    // Long texts (compiled results, difficulties and proposals) get wide, wrapped columns.
    const wide = table === 'tasks' ? [2, width] : table === 'texts' ? [3, 4, 5] : table === 'models' ? [3] : [];
    for (let c = 1; c <= width; c++) {
      const col = ws.getColumn(c);
      col.width = wide.includes(c) ? (c === width && table === 'tasks' ? 100 : 50) : 18;
      if (wide.includes(c)) col.alignment = { wrapText: true, vertical: 'top' };
    }
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
