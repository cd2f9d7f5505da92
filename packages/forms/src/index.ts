// Public API of @dvcq/forms — a hand-picked list (no `export *` of internals).
export { buildReportForm } from './definition/build';
export type { BuildReportFormOptions } from './definition/build';
export type {
  FormCondition,
  FormDefinition,
  FormField,
  FormGroup,
  FormItem,
  FormOption,
  FormPeriod,
  FormRepeat,
  FormSection,
  FormWidget,
} from './definition/types';
export { conditionHolds, formFields, getAt, parseNumberInput, parsePointer, setAt, toSubmission } from './definition/value';
export type { FormValue } from './definition/value';
export { placeIssues } from './issues/target';
export type { IssueLike, PlacedIssue } from './issues/target';
export { UI } from './messages/ui';
export type { UiKey } from './messages/ui';

export { toJsonForms } from './adapters/jsonforms';
export type { JsonFormsAdapter, JsonFormsError, JsonFormsRule, JsonFormsUiElement } from './adapters/jsonforms';
export { toRjsf } from './adapters/rjsf';
export type { RjsfAdapter, RjsfErrorSchema } from './adapters/rjsf';
export type { JsonSchemaNode, KeyCodec } from './adapters/schema';

export { renderReportForm } from './renderer/render';
export type { EnglishPack, RenderReportFormOptions, ReportFormHandle, SubmitOutcome } from './renderer/render';
export { clearDraft, defaultDraftKey, loadDraft, saveDraft } from './renderer/draft';
export type { Draft, DraftStorage } from './renderer/draft';
