import { uiEn } from './ui-en';
import { type UiKey, uiVi } from './ui-vi';
import { uiTexts, type UiTexts } from './texts';

export type { UiKey, UiTexts };

/**
 * Nhãn giao diện — the form's own words in both languages (field labels that the
 * plan does not supply, buttons, headings, input messages). Validation messages of
 * rules are NOT here: they all come from `validateReport`, so the form and the
 * server never word a rule twice.
 */
export const UI: UiTexts = uiTexts(uiVi, uiEn);
