// Public API of @dvcq/aggregate — a hand-picked list (no `export *` of internals).
export { aggregate } from './aggregate/aggregate';
export type {
  AggregateInput,
  AggregateOptions,
  Aggregation,
  AggregationDeadline,
  AggregationObligation,
  AggregationSummary,
  AggregationTexts,
  AreaRow,
  IgnoredCode,
  IgnoredInput,
  IndicatorGroupTotal,
  IndicatorRow,
  TaskAnswer,
  TaskAnswerStatus,
  TaskRow,
  UnitModel,
  UnitReportState,
  UnitRow,
  UnitText,
} from './aggregate/types';

export { TABLE_IDS, TABLE_LABELS, aggregationTable } from './tables/tables';
export type { Cell, TableId, TableOptions } from './tables/tables';
export { OTHER_KINDS_COLUMN, indicatorByKindColumns, kindColumns, unitKindLabel } from './tables/kinds';
export type { KindColumn } from './tables/kinds';

export { EXPORT_FORMATS, csvFormat, exportFileName, findExportFormat, xlsxFormat } from './export/registry';
export type { ExportFormat, ExportOptions } from './export/registry';
export { toCsv } from './export/csv';
export type { CsvOptions } from './export/csv';
export { toXlsx } from './export/xlsx';
export type { XlsxOptions } from './export/xlsx';
export { formatAggregation } from './export/text';
