import { stringify } from 'csv-stringify/sync';
import type { Lang, OrgUnitKind } from '@dvcq/core';
import type { Aggregation } from '../aggregate/types';
import { type Cell, type TableId, aggregationTable } from '../tables/tables';

/** Tùy chọn CSV — options of {@link toCsv}. */
export interface CsvOptions {
  /** Which table (default `units`). */
  table?: TableId;
  /** Header language (default `vi`). */
  lang?: Lang;
  /** Kinds of unit with a column of their own in the indicators table (the rest add up in "other kinds"). */
  kinds?: readonly OrgUnitKind[];
  /**
   * Prefix a UTF-8 byte order mark (default `true`): without it Excel on Windows
   * opens the file as Windows-1258/1252 and garbles Vietnamese.
   */
  bom?: boolean;
  /**
   * Chặn chèn công thức (default `true`) — prefix `'` to a text cell that starts with
   * `= + - @`, a tab or a carriage return, so a spreadsheet shows it as text instead
   * of running it (OWASP "CSV injection"). Turn off only for a program that reads the
   * CSV and never opens it in a spreadsheet.
   */
  formulaGuard?: boolean;
}

/**
 * @internal Line breaks a spreadsheet or a CSV reader may split a record on: CR, LF,
 * and the Unicode ones (VT, FF, FS/GS/RS, NEL, LS, PS) that Python's `splitlines` and
 * some importers honour. A field holding any of them is always quoted.
 */
export const _LINE_BREAK = /[\n\v\f\r\u001c-\u001e\u0085\u2028\u2029]/;

/** @internal The characters that make a spreadsheet read a cell as a formula (OWASP). */
const _FORMULA_START = /^[=+\-@\t\r]/;

/**
 * @internal Spreadsheet formula guard for CSV: a text cell starting with = + - @ or a
 * tab/CR gets a leading `'`. Numbers are left alone. (XLSX needs no guard: its text
 * cells are typed as text.)
 */
export function _guardFormula(v: Cell): Cell {
  return typeof v === 'string' && _FORMULA_START.test(v) ? `'${v}` : v;
}

/**
 * @internal Rows as RFC 4180 CSV: CRLF between records, fields quoted when they hold
 * a comma, a quote or any line break (csv-stringify alone leaves a bare LF unquoted
 * once the record delimiter is CRLF), quotes doubled.
 */
export function _csvText(rows: readonly Cell[][], guard: boolean): string {
  const cells = guard ? rows.map((r) => r.map(_guardFormula)) : (rows as Cell[][]);
  return stringify(cells, { record_delimiter: 'windows', quoted_match: _LINE_BREAK, cast: { number: (n) => String(n) } });
}

/**
 * Xuất CSV — one table of a consolidation as CSV (RFC 4180: CRLF, UTF-8 with BOM,
 * every field holding a comma, a quote or a line break of any kind quoted), written
 * with `csv-stringify`. Text cells that a spreadsheet would run as a formula are
 * neutralised (`formulaGuard`).
 * @param agg - a consolidation from `aggregate`
 * @param options - table, language, kinds, BOM, formula guard
 * @returns the CSV text
 */
export function toCsv(agg: Aggregation, options: CsvOptions = {}): string {
  const rows = aggregationTable(agg, options.table ?? 'units', {
    lang: options.lang ?? 'vi',
    ...(options.kinds !== undefined ? { kinds: options.kinds } : {}),
  });
  const text = _csvText(rows, options.formulaGuard ?? true);
  return (options.bom ?? true) ? `\uFEFF${text}` : text;
}
