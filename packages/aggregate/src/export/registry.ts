// The export formats of a consolidation: each format is one value `{ id, mime, ext,
// write }`; servers, the CLI and apps look formats up in a list instead of naming
// them. A new format (DOCX in @dvcq/documents) is a new value added to the list.
import type { Lang, Message, OrgUnitKind, Plan } from '@dvcq/core';
import type { Aggregation } from '../aggregate/types';
import type { TableId } from '../tables/tables';
import { toCsv } from './csv';
import { toXlsx } from './xlsx';

/** Tùy chọn xuất — options every format understands (each may ignore some). */
export interface ExportOptions {
  /** Language of headers and labels (default `vi`). */
  lang?: Lang;
  /** For formats that write one table at a time ({@link ExportFormat.perTable}): which one (default `units`). */
  table?: TableId;
  /** Kinds of unit with a column of their own (the rest add up in "other kinds"). */
  kinds?: readonly OrgUnitKind[];
  /**
   * Kế hoạch — the plan the consolidation was made from, for formats that need more than
   * the consolidation (an official document names the issuer, recipients, signer). Servers
   * and the CLI always pass it.
   */
  plan?: Plan;
}

/**
 * Định dạng xuất — one way to write a consolidation to a file.
 * @typeParam O - the options `write` takes (a format may accept more than {@link ExportOptions})
 */
export interface ExportFormat<O extends ExportOptions = ExportOptions> {
  /** Mã định dạng — stable id, e.g. `csv`, `xlsx`, `docx` (the `?format=` of a server, `--format` of the CLI). */
  readonly id: string;
  /** Tên định dạng — e.g. "Bảng tính Excel (XLSX)", for buttons and help texts. */
  readonly label: Message;
  /** Kiểu MIME — the `Content-Type` to serve it with. */
  readonly mime: string;
  /** Phần mở rộng — file name extension, without the dot. */
  readonly ext: string;
  /** `true` when the format writes one table at a time (`options.table`), `false` for the whole consolidation. */
  readonly perTable: boolean;
  /**
   * Ghi tệp — writes the consolidation.
   * @param agg - a consolidation from `aggregate`
   * @param options - language, table, kinds …
   * @returns the file's bytes
   */
  write(agg: Aggregation, options?: O): Promise<Uint8Array>;
}

/** Định dạng CSV — one table as CSV (UTF-8 with BOM, CRLF, formula guard). */
export const csvFormat: ExportFormat = {
  id: 'csv',
  label: { vi: 'Bảng CSV (một bảng)', en: 'CSV table (one table)' },
  mime: 'text/csv; charset=utf-8',
  ext: 'csv',
  perTable: true,
  write: async (agg, options = {}) => new TextEncoder().encode(toCsv(agg, options)),
};

/** Định dạng XLSX — the whole consolidation as an Excel workbook (summary + one sheet per table). */
export const xlsxFormat: ExportFormat = {
  id: 'xlsx',
  label: { vi: 'Bảng tính Excel (XLSX)', en: 'Excel workbook (XLSX)' },
  mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ext: 'xlsx',
  perTable: false,
  write: (agg, options = {}) => toXlsx(agg, options),
};

/** Các định dạng có sẵn — the formats this package ships, in the order to offer them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [csvFormat, xlsxFormat];

/**
 * Tìm định dạng — the format with an id in a list (default: {@link EXPORT_FORMATS}).
 * Pass your own list to add formats, e.g. `[...EXPORT_FORMATS, docxFormat]`.
 * @param id - a format id (`csv`, `xlsx`, …)
 * @param formats - the formats offered
 * @returns the format, or `undefined` when none has that id
 */
export function findExportFormat(id: string, formats: readonly ExportFormat[] = EXPORT_FORMATS): ExportFormat | undefined {
  return formats.find((f) => f.id === id);
}

/**
 * Tên tệp xuất — a file name for an export: `tong-hop-<plan>-<instance>[-<table>].<ext>`,
 * ASCII only (safe in a `Content-Disposition` header and on every file system).
 * @param agg - the consolidation
 * @param format - the format
 * @param table - the table, for per-table formats
 * @returns e.g. `tong-hop-hoa-binh-2021-semiannual-2021-units.csv`
 */
export function exportFileName(agg: Aggregation, format: Pick<ExportFormat, 'ext' | 'perTable'>, table?: TableId): string {
  const when = `${agg.period}-${agg.year}${agg.periodIndex !== undefined ? `-${String(agg.periodIndex).padStart(2, '0')}` : ''}`;
  const ob = agg.obligation && agg.period === 'one-off' ? `-${agg.obligation.id}` : '';
  const stem = `tong-hop-${agg.planId}-${when}${ob}${format.perTable ? `-${table ?? 'units'}` : ''}`;
  return `${stem.replace(/[^A-Za-z0-9._-]+/g, '-')}.${format.ext}`;
}
