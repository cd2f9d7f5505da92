import { DVK_HOLDER_LABELS, DVK_MODEL_FIELD_LABELS, DVK_STAGE_LABELS, type Lang, type OrgUnitKind, REPORT_FIELD_LABELS, TASK_STATUS_LABELS } from '@dvcq/core';
import type { Aggregation } from '../aggregate/types';
import { indicatorByKindColumns, kindColumns, unitKindLabel } from './kinds';

/** Các bảng của bản tổng hợp — the tables a consolidation exports, in workbook order. */
export const TABLE_IDS = ['units', 'indicators', 'tasks', 'texts', 'models'] as const;

/**
 * Bảng — one of {@link TABLE_IDS}: `units` (tình trạng nộp), `indicators` (chỉ tiêu),
 * `tasks` (nhiệm vụ), `texts` (khó khăn, đề xuất, phương hướng của từng đơn vị),
 * `models` (mô hình "Dân vận khéo").
 */
export type TableId = (typeof TABLE_IDS)[number];

/** Ô bảng — a cell: text, number or empty. */
export type Cell = string | number | null;

/** Tùy chọn bảng — options of {@link aggregationTable}. */
export interface TableOptions {
  /** Header and label language (default `vi`). */
  lang?: Lang;
  /**
   * Loại đơn vị có cột riêng — in the indicators table, the kinds of unit that get
   * a column (default: every kind present); the others add up in one "other kinds" column.
   */
  kinds?: readonly OrgUnitKind[];
}

/**
 * @internal Columns holding an instant (ISO 8601 `+07:00`) or a calendar date (`YYYY-MM-DD`),
 * by table (0-based): a spreadsheet writes them as date cells, CSV keeps ISO text.
 */
export const _DATE_COLUMNS: Readonly<Record<TableId, { instants: readonly number[]; dates: readonly number[] }>> = {
  units: { instants: [5], dates: [8] },
  indicators: { instants: [], dates: [] },
  tasks: { instants: [], dates: [] },
  texts: { instants: [], dates: [] },
  models: { instants: [], dates: [] },
};

/**
 * Tên bảng — each table's name, as a sheet name (Excel: ≤ 31 characters, none of
 * `/ \ ? * [ ]`) and in file names.
 */
export const TABLE_LABELS: Readonly<Record<TableId, { vi: string; en: string }>> = {
  units: { vi: 'Đơn vị', en: 'Units' },
  indicators: { vi: 'Chỉ tiêu', en: 'Indicators' },
  tasks: { vi: 'Nhiệm vụ', en: 'Tasks' },
  texts: { vi: 'Khó khăn, đề xuất', en: 'Difficulties, proposals' },
  models: { vi: 'Mô hình Dân vận khéo', en: 'Dân vận khéo models' },
};

/**
 * Bảng của bản tổng hợp — the rows of one table, header first, in the chosen
 * language. Every export format is built from these, so they always agree.
 * In the indicators table, the per-kind columns add up to the total column.
 * @param agg - a consolidation from `aggregate`
 * @param table - `units`, `indicators`, `tasks`, `texts` or `models`
 * @param options - language, kinds with a column of their own
 * @returns rows of cells
 */
export function aggregationTable(agg: Aggregation, table: TableId, options: TableOptions = {}): Cell[][] {
  const lang = options.lang ?? 'vi';
  const L = (vi: string, en: string) => (lang === 'en' ? en : vi);
  if (table === 'units') {
    const rows: Cell[][] = [
      [
        L('Mã đơn vị', 'Unit id'),
        L('Tên đơn vị', 'Unit'),
        L('Loại đơn vị', 'Kind of unit'),
        L('Phải nộp', 'Owes the report'),
        L('Tình trạng', 'Status'),
        L('Thời điểm nộp', 'Submitted at'),
        L('Căn cứ thời điểm', 'Timing basis'),
        REPORT_FIELD_LABELS['/document/number'][lang],
        REPORT_FIELD_LABELS['/document/date'][lang],
        L('Mã hồ sơ', 'Report id'),
        L('Số lần gửi', 'Reports sent'),
      ],
    ];
    for (const u of agg.units) {
      rows.push([
        u.unitId,
        u.name[lang],
        unitKindLabel(u.kind, lang),
        u.owes ? L('Có', 'Yes') : L('Không', 'No'),
        agg.stateLabels[u.state][lang],
        u.submittedAt ?? null,
        u.timingBasis === undefined ? null : u.timingBasis === 'received' ? L('Thời điểm nhận', 'Received') : L('Ngày văn bản', 'Document date'),
        u.documentNumber ?? null,
        u.documentDate ?? null,
        u.reportId ?? null,
        u.reportsSeen,
      ]);
    }
    return rows;
  }
  if (table === 'indicators') {
    const cols = kindColumns(agg, options.kinds);
    const head: Cell[] = [
      L('Mã chỉ tiêu', 'Indicator id'),
      L('Chỉ tiêu', 'Indicator'),
      L('Nội dung', 'Area'),
      L('Nhiệm vụ', 'Task'),
      L('Loại', 'Type'),
      L('Đơn vị tính', 'Unit of measure'),
      L('Tổng', 'Total'),
      L('Trung bình', 'Mean'),
      L('Số đơn vị báo cáo', 'Units reporting'),
    ];
    for (const c of cols) head.push(c.label[lang]);
    const rows: Cell[][] = [head];
    for (const i of agg.indicators) {
      const r: Cell[] = [i.id, i.label[lang], i.areaId, i.task, i.type === 'count' ? L('số lượng', 'count') : L('tỷ lệ %', 'percent'), i.unit?.[lang] ?? null, i.total, i.mean, i.reported];
      for (const g of indicatorByKindColumns(agg, i, cols)) r.push(i.type === 'count' ? g.total : g.mean);
      rows.push(r);
    }
    return rows;
  }
  if (table === 'tasks') {
    const rows: Cell[][] = [
      [
        L('Nhiệm vụ', 'Task'),
        L('Tên nhiệm vụ', 'Task title'),
        L('Nội dung', 'Area'),
        TASK_STATUS_LABELS.done[lang],
        TASK_STATUS_LABELS['in-progress'][lang],
        TASK_STATUS_LABELS['not-started'][lang],
        TASK_STATUS_LABELS['not-applicable'][lang],
        L('Chưa trả lời', 'No answer'),
        L('Kết quả tổng hợp', 'Compiled results'),
      ],
    ];
    for (const t of agg.tasks) {
      rows.push([t.taskId, t.title[lang], t.areaId, t.counts.done, t.counts['in-progress'], t.counts['not-started'], t.counts['not-applicable'], t.counts['no-answer'], t.compiled]);
    }
    return rows;
  }
  if (table === 'texts') {
    const fields = ['difficulties', 'proposals', 'nextDirections'] as const;
    const rows: Cell[][] = [[L('Mã đơn vị', 'Unit id'), L('Tên đơn vị', 'Unit'), ...fields.map((f) => REPORT_FIELD_LABELS[`/${f}`][lang])]];
    const byUnit = new Map<string, Cell[]>();
    for (const f of fields) {
      for (const t of agg.texts[f]) {
        let r = byUnit.get(t.unitId);
        if (!r) byUnit.set(t.unitId, (r = [t.unitId, t.unitName, null, null, null]));
        r[2 + fields.indexOf(f)] = t.text;
      }
    }
    // Unit order, as in the consolidation.
    for (const u of agg.units) {
      const r = byUnit.get(u.unitId);
      if (r) rows.push(r);
    }
    return rows;
  }
  const rows: Cell[][] = [
    [
      L('Mã đơn vị', 'Unit id'),
      L('Tên đơn vị', 'Unit'),
      DVK_MODEL_FIELD_LABELS.name[lang],
      DVK_MODEL_FIELD_LABELS.field[lang],
      DVK_MODEL_FIELD_LABELS.holder[lang],
      DVK_MODEL_FIELD_LABELS.stage[lang],
    ],
  ];
  for (const m of agg.models) rows.push([m.unitId, m.unitName, m.name, m.field === '' ? null : m.field, DVK_HOLDER_LABELS[m.holder][lang], DVK_STAGE_LABELS[m.stage][lang]]);
  return rows;
}
