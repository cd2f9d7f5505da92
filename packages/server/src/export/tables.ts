import type { Lang } from '@dvcq/core';
import type { Aggregation } from '../aggregate/aggregate';

/** Bảng xuất — which table of a consolidation to export. */
export type CsvTable = 'units' | 'indicators' | 'tasks';

/** Ô bảng — a cell: text, number or empty. */
export type Cell = string | number | null;

const _kindVi: Record<string, { vi: string; en: string }> = {
  department: { vi: 'Sở, ban, ngành', en: 'Department' },
  'district-committee': { vi: 'UBND cấp huyện', en: 'District committee' },
  'commune-committee': { vi: 'UBND cấp xã', en: 'Commune committee' },
  'province-committee': { vi: 'UBND tỉnh', en: 'Provincial committee' },
};

/** @internal Label of a unit kind. */
export function _kindLabel(kind: string, lang: Lang): string {
  const k = _kindVi[kind];
  return k ? k[lang] : kind;
}

/**
 * Bảng của bản tổng hợp — the rows of one table, header first, in the chosen
 * language. CSV and XLSX exports are both built from these, so they always agree.
 * @param agg - a consolidation from `aggregate`
 * @param table - `units`, `indicators` or `tasks`
 * @param lang - header and label language
 * @returns rows of cells
 */
export function aggregationTable(agg: Aggregation, table: CsvTable, lang: Lang): Cell[][] {
  const L = (vi: string, en: string) => (lang === 'en' ? en : vi);
  if (table === 'units') {
    const rows: Cell[][] = [[L('Mã đơn vị', 'Unit id'), L('Tên đơn vị', 'Unit'), L('Loại', 'Kind'), L('Tình trạng', 'Status'), L('Thời điểm nộp', 'Submitted at'), L('Căn cứ thời điểm', 'Timing basis'), L('Số, ký hiệu', 'Document number'), L('Mã hồ sơ', 'Report id'), L('Số lần gửi', 'Reports sent')]];
    for (const u of agg.units) {
      rows.push([
        u.unitId,
        u.name[lang],
        _kindLabel(u.kind, lang),
        agg.stateLabels[u.state][lang],
        u.submittedAt ?? null,
        u.timingBasis === undefined ? null : u.timingBasis === 'received' ? L('Thời điểm nhận', 'Received') : L('Ngày văn bản', 'Document date'),
        u.documentNumber ?? null,
        u.reportId ?? null,
        u.reportsSeen,
      ]);
    }
    return rows;
  }
  if (table === 'indicators') {
    const kinds = [...new Set(agg.indicators.flatMap((i) => Object.keys(i.byKind)))].sort();
    const head: Cell[] = [L('Mã chỉ tiêu', 'Indicator id'), L('Chỉ tiêu', 'Indicator'), L('Nội dung', 'Area'), L('Nhiệm vụ', 'Task'), L('Loại', 'Type'), L('Đơn vị tính', 'Unit of measure'), L('Tổng', 'Total'), L('Trung bình', 'Mean'), L('Số đơn vị báo cáo', 'Units reporting')];
    for (const k of kinds) head.push(`${_kindLabel(k, lang)}`);
    const rows: Cell[][] = [head];
    for (const i of agg.indicators) {
      const r: Cell[] = [i.id, i.label[lang], i.areaId, i.task, i.type === 'count' ? L('số lượng', 'count') : L('tỷ lệ %', 'percent'), i.unit?.[lang] ?? null, i.total, i.mean, i.reported];
      for (const k of kinds) {
        const g = i.byKind[k as keyof typeof i.byKind];
        r.push(g === undefined ? null : i.type === 'count' ? g.total : g.mean);
      }
      rows.push(r);
    }
    return rows;
  }
  const rows: Cell[][] = [[L('Nhiệm vụ', 'Task'), L('Nội dung', 'Area'), L('Đã thực hiện', 'Done'), L('Đang thực hiện', 'In progress'), L('Chưa thực hiện', 'Not started'), L('Không thuộc phạm vi', 'Not applicable'), L('Chưa trả lời', 'No answer'), L('Kết quả tổng hợp', 'Compiled results')]];
  for (const t of agg.tasks) {
    rows.push([t.taskId, t.areaId, t.counts.done, t.counts['in-progress'], t.counts['not-started'], t.counts['not-applicable'], t.counts['no-answer'], t.compiled]);
  }
  return rows;
}

/**
 * @internal Spreadsheet formula injection guard (OWASP "CSV injection"): a text
 * cell starting with = + - @ or a tab/CR is prefixed with `'` so Excel and
 * LibreOffice show it as text instead of running it. Numbers are left alone.
 */
export function _safeCell(v: Cell): Cell {
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(v)) return `'${v}`;
  return v;
}
