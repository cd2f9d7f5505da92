// Browser entry of @dvcq/forms ("@dvcq/forms/browser"): the framework-free renderer,
// the form state under it, and drafts — without the JSON Forms / RJSF adapters and
// without the English words (they load on demand) — the smallest import for a
// portal page. Pair it with "@dvcq/forms/styles.css".
export type { FormDefinition, FormPeriod } from './definition/types';
export type { FormValue } from './definition/value';
export { renderReportForm } from './renderer/render';
export type { RenderReportFormOptions, ReportFormHandle } from './renderer/render';
export { createFormState } from './state/state';
export { postReport } from './state/post';
export type { PostReportOptions } from './state/post';
export type { DraftInfo, EnglishPack, FieldMessage, FormState, FormStateOptions, SubmitOutcome, SummaryEntry } from './state/state';
export { clearDraft, defaultDraftKey, loadDraft } from './state/draft';
export type { Draft, DraftStorage } from './state/draft';
