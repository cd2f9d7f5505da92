// Public API of @dvcq/core — a hand-picked list (no `export *` of internals).
export type { Issue, Lang, Message, Severity } from './issues/issue';
export { parsePointer, pickMessage, toJsonPointer } from './issues/issue';

export { IdSchema, IsoDateSchema, LocalizedTextSchema, PlanTextSchema } from './model/primitives';
// zod-free module: code that only checks dates (report rules in a browser) loads no zod.
export { isCalendarDate } from './model/calendar-date';
export type { LocalizedText, PlanText } from './model/primitives';
export { OrgUnitKindSchema, OrgUnitSchema, UnitGroupSchema } from './model/org';
export type { OrgUnit, OrgUnitKind, UnitGroup } from './model/org';
export { CitedDocumentSchema, RecipientLineSchema, SignerBlockSchema, SigningAuthoritySchema } from './model/document';
export type { CitedDocument, RecipientLine, SignerBlock, SigningAuthority } from './model/document';
export {
  DataWindowPresetSchema,
  DataWindowSchema,
  DeadlineSchema,
  DeadlineSemanticsSchema,
  ObligationSchema,
  PeriodKindSchema,
} from './model/obligation';
export type { DataWindow, DataWindowPreset, Deadline, DeadlineSemantics, Obligation, PeriodKind } from './model/obligation';
export { IndicatorSchema } from './model/indicator';
export type { Indicator } from './model/indicator';
export {
  ContentAreaSchema,
  ImplementationItemSchema,
  PLAN_FORMAT_VERSION,
  ParagraphSchema,
  PartSchema,
  PlanSchema,
  SectionSchema,
  TaskSchema,
} from './model/plan';
export type { ContentArea, ImplementationItem, Paragraph, Part, Plan, PlanInput, Section, Task } from './model/plan';
export { allTasks, contentAreas, expandUnitIds, findUnit, isUnitValidOn, tasksForUnit } from './model/query';
export { planJsonSchema } from './model/json-schema';
export { formPlanView } from './model/view';
export type { FormPlanViewOptions } from './model/view';

export { MAX_PLAN_BYTES, loadPlan } from './load/load-plan';
export type { LoadPlanOptions, LoadPlanResult } from './load/load-plan';
export { lintPlan } from './load/lint';
export type { LintOptions } from './load/lint';

// Document references (Nghị định 30/2020/NĐ-CP and Party style).
export {
  DOCUMENT_KINDS,
  KNOWN_ISSUERS,
  MAX_CITATION_LENGTH,
  MAX_DOCUMENT_DATE_LENGTH,
  MAX_DOCUMENT_NUMBER_LENGTH,
  MAX_PARAGRAPH_LENGTH,
  MAX_RUNNING_NUMBER,
  NAMED_DOCUMENTS,
  daysInMonth,
  documentDateToIso,
  documentKindInfo,
  findCitations,
  formatCitation,
  formatDocumentDate,
  formatDocumentNumber,
  kindsForTypeCode,
  parseCitation,
  parseDocumentDate,
  parseDocumentNumber,
  sameDocumentNumber,
  typeCodeName,
} from './refs/index';
export type {
  Citation,
  CitationIssuer,
  DocumentDate,
  DocumentDateStyle,
  DocumentKind,
  DocumentKindInfo,
  DocumentNumber,
  FormatCitationOptions,
  FoundCitation,
  KitLink,
  KnownIssuer,
  NamedDocument,
  NamedDocumentEntry,
  PartyDocumentNumber,
  RefsIssue,
  RefsIssueCode,
  RefsResult,
  StateDocumentNumber,
} from './refs/index';

// Vietnamese text utilities.
export {
  LEGACY_DETECT_MAX_CHARS,
  decodeLegacy,
  detectLegacyEncoding,
  encodeLegacy,
  isNfc,
  isVietnameseSyllable,
  legacyDetectionTables,
  legacyEncodingMessage,
  legacyEncodingOf,
  normalizeText,
  searchKey,
  vietnameseSyllableTables,
} from './text/index';
export type {
  DecodeLegacyOptions,
  DetectLegacyOptions,
  LegacyDetectionTables,
  LegacyEncoding,
  LegacyEncodingReport,
  LegacyEvidence,
  VietnameseSyllableTables,
  NormalizeTextOptions,
  WhitespaceMode,
} from './text/index';
