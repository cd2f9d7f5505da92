// "@dvcq/forms/locales/en": the form's own English words, for a page that ships
// Vietnamese and loads English when the user switches (`english` option of
// `renderReportForm` / `createFormState`: `{ messages, ui: uiEn, plan? }`).
export { uiEn } from '../messages/ui-en';
