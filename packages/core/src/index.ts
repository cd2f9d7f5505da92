// Public API of @dvcq/core — a hand-picked list (no `export *` of internals).
export type { Issue, Lang, Message, Severity } from './issues/issue';
export { parsePointer, pickMessage, toJsonPointer } from './issues/issue';

// The main entry loads no zod: types, the vocabulary, plan queries, lint, the JSON
// reader and the text and document-reference utilities. The zod plan model and the
// loader that uses it are in `@dvcq/core/zod`; Node file helpers in `@dvcq/core/node`.
export type { Result } from './issues/issue';
export { getByPointer } from './issues/issue';
export { DEFAULT_JSON_MAX_DEPTH, DEFAULT_JSON_MAX_LENGTH, readJsonBounded } from './issues/json';
export type { ReadJsonOptions } from './issues/json';

export {
  DEADLINE_READINGS,
  DEADLINE_READING_LABELS,
  DVK_HOLDERS,
  DVK_HOLDER_LABELS,
  DVK_MODEL_FIELDS,
  DVK_MODEL_FIELD_LABELS,
  DVK_STAGES,
  DVK_STAGE_LABELS,
  PERIOD_INDEX_MAX,
  PERIOD_KINDS,
  PERIOD_LABELS,
  PERIOD_NOUNS,
  REPORT_FIELDS,
  REPORT_FIELD_LABELS,
  SEVERITIES,
  SEVERITY_LABELS,
  SIGNING_AUTHORITIES,
  SIGNING_AUTHORITY_LABELS,
  SUBMISSION_STATUSES,
  SUBMISSION_STATUS_LABELS,
  TASK_DUE_KINDS,
  TASK_DUE_KIND_LABELS,
  TASK_ENTRY_FIELDS,
  TASK_ENTRY_FIELD_LABELS,
  TASK_ROLES,
  TASK_ROLE_LABELS,
  TASK_STATUSES,
  TASK_STATUS_LABELS,
  UNIT_KINDS,
  UNIT_KIND_LABELS,
} from './vocabulary/vocabulary';
export type {
  DeadlineSemantics,
  DvkHolder,
  DvkModelField,
  DvkStage,
  OrgUnitKind,
  PeriodKind,
  ReportField,
  SigningAuthority,
  SubmissionStatus,
  TaskDueKind,
  TaskEntryField,
  TaskRole,
  TaskStatus,
} from './vocabulary/vocabulary';

// zod-free module: code that only checks dates (report rules in a browser) loads no zod.
export { isCalendarDate } from './model/calendar-date';
export type { LocalizedText, PlanText } from './model/primitives';
export type { OrgUnit, UnitGroup } from './model/org';
export type { CitedDocument, RecipientLine, SignerBlock } from './model/document';
export type { AfterPeriodDeadline, DataWindow, DataWindowPreset, DateDeadline, DayOfMonthDeadline, Deadline, Obligation } from './model/obligation';
export type { Indicator, IndicatorSum } from './model/indicator';
export type { ContentArea, ImplementationItem, Paragraph, Part, Plan, PlanInput, Reminders, Section, Task, TaskDue } from './model/plan';
export { PLAN_FORMAT_VERSION } from './model/version';
export {
  allTasks,
  contentAreas,
  expandUnitIds,
  findUnit,
  isUnitValidOn,
  obligationIndexes,
  planCoordinator,
  taskRoleOf,
  taskUnitIds,
  tasksForUnit,
} from './model/query';
export { formPlanTaskTexts, formPlanView } from './model/view';
export type { FormPlanViewOptions } from './model/view';

export { MAX_PLAN_BYTES } from './load/limits';
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
  RefsOptions,
  RefsResult,
  StateDocumentNumber,
} from './refs/index';

// Vietnamese text utilities.
export {
  formatNumber,
  formatPercent,
  isNfc,
  normalizeText,
  searchKey,
  shortTitle,
} from './text/index';
export type {
  FormatNumberOptions,
  ShortTitleOptions,
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
