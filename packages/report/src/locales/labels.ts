import type { Lang, Plan } from '@dvcq/core';
import type { Locale } from './codes';
import { type LabelPlan, _fieldLabelIn } from './field-label';

export { _fieldLabelIn, _fieldLabelOf } from './field-label';
export type { LabelPlan } from './field-label';
import { vi } from './vi';
import { en } from './en';
import { parsePointer } from './pointer';

export { parsePointer };

/**
 * Gói ngôn ngữ theo mã — the locale for a language (a pure lookup, no global state).
 * @param lang - `vi` or `en`
 * @returns that language's messages, hints and labels
 */
export function localeFor(lang: Lang): Locale {
  return lang === 'en' ? en : vi;
}

/**
 * Nhãn trường — the human label of the field a JSON Pointer names, in the
 * caller's language: fixed fields from the locale, tasks by their plan id,
 * indicators by their label in the plan. Unknown paths come back as the pointer.
 * @param pointer - JSON Pointer into a submission
 * @param lang - `vi` or `en`
 * @param plan - the plan, to name indicators (optional)
 * @returns a label such as "Nhiệm vụ II.1.1 — Kết quả thực hiện"
 */
export function fieldLabel(pointer: string, lang: Lang, plan?: LabelPlan): string {
  return _fieldLabelIn(pointer, localeFor(lang).labels, lang, plan) ?? pointer;
}
