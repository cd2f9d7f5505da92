// Browser entry of @dvcq/forms ("@dvcq/forms/browser"): the framework-free renderer
// and what a page needs around it, without the JSON Forms / RJSF adapters — the
// smallest import for a portal page. Pair it with "@dvcq/forms/styles.css".
export { buildReportForm } from './definition/build';
export type { BuildReportFormOptions } from './definition/build';
export type { FormDefinition, FormPeriod } from './definition/types';
export type { FormValue } from './definition/value';
export { renderReportForm } from './renderer/render';
export type { EnglishPack, RenderReportFormOptions, ReportFormHandle, SubmitOutcome } from './renderer/render';
export { clearDraft, defaultDraftKey, loadDraft } from './renderer/draft';
export type { Draft, DraftStorage } from './renderer/draft';
