// Public API of @dvcq/forms — a hand-picked list (no `export *` of internals).
export { buildReportForm } from './definition/build-report-form';
export type { BuildReportFormOptions } from './definition/build';
export type {
  FormCondition,
  FormDefinition,
  FormField,
  FormFixed,
  FormGroup,
  FormItem,
  FormOption,
  FormPeriod,
  FormRepeat,
  FormSection,
  FormWidget,
} from './definition/types';
export { conditionHolds, formFields, getAt, parsePointer, setAt, toSubmission } from './definition/value';
export type { FormValue } from './definition/value';
export { formatFieldValue, parseFieldInput } from './definition/input';
export type { InputProblem, ParsedInput } from './definition/input';
export { inFormOrder, placeIssues } from './issues/target';
export type { IssueLike, PlacedIssue } from './issues/target';
export { UI } from './messages/ui';
export type { UiKey, UiTexts } from './messages/ui';

export { toJsonForms } from './adapters/jsonforms';
export type { JsonFormsAdapter, JsonFormsError, JsonFormsRule, JsonFormsUiElement } from './adapters/jsonforms';
export { toRjsf } from './adapters/rjsf';
export type { RjsfAdapter, RjsfErrorSchema } from './adapters/rjsf';
export type { JsonSchemaNode, KeyCodec } from './adapters/schema';

export { createFormState } from './state/state';
export { postReport } from './state/post';
export type { PostReportOptions } from './state/post';
export type { DraftInfo, EnglishPack, FieldMessage, FormState, FormStateOptions, SubmitOutcome, SummaryEntry } from './state/state';
export { renderReportForm } from './renderer/render';
export type { RenderReportFormOptions, ReportFormHandle } from './renderer/render';
export { clearDraft, defaultDraftKey, loadDraft, saveDraft } from './state/draft';
export type { Draft, DraftStorage } from './state/draft';
