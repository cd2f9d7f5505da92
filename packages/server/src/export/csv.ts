import { stringify } from 'csv-stringify/sync';
import type { Lang } from '@dvcq/core';
import type { Aggregation } from '../aggregate/aggregate';
import { _safeCell, aggregationTable, type CsvTable } from './tables';

export type { CsvTable } from './tables';

/** Tùy chọn CSV — options of {@link toCsv}. */
export interface CsvOptions {
  /** Which table (default `units`). */
  table?: CsvTable;
  /** Header language (default `vi`). */
  lang?: Lang;
  /**
   * Prefix a UTF-8 byte order mark (default `true`): without it Excel on Windows
   * opens the file as Windows-1258/1252 and garbles Vietnamese.
   */
  bom?: boolean;
}

/**
 * Xuất CSV — one table of a consolidation as CSV (RFC 4180, CRLF, UTF-8 with BOM),
 * written with `csv-stringify`. Text cells that a spreadsheet would run as a
 * formula are neutralised.
 * @param agg - a consolidation from `aggregate`
 * @param options - table, language, BOM
 * @returns the CSV text
 */
export function toCsv(agg: Aggregation, options: CsvOptions = {}): string {
  const rows = aggregationTable(agg, options.table ?? 'units', options.lang ?? 'vi').map((r) => r.map(_safeCell));
  const text = stringify(rows, { record_delimiter: 'windows', cast: { number: (n) => String(n) } });
  return (options.bom ?? true) ? `\uFEFF${text}` : text;
}
