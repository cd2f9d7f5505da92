// Public API of @dvcq/import — a hand-picked list.
export { MAX_IMPORT_BYTES, MAX_IMPORT_CHARS, MAX_IMPORT_PDF_PAGES, importPlan } from './import-plan';
export type { ImportOptions, ImportResult } from './import-plan';
export type { ImportUnits } from './extract/units';
export { formatSourcePlace } from './findings';
export type { FindingSeverity, ImportFinding } from './findings';
export { formatFindings } from './review';
export type { FormatFindingsOptions } from './review';
export { detectFormat } from './read/detect';
export type { SourceFormat } from './read/detect';
export type { SourcePlace } from './read/types';
