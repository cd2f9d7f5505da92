import type { Lang, Plan } from '@dvcq/core';
import type { FieldLabels, Locale } from './codes';
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

const _own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

// An array index segment ("0", "12"; at most 6 digits), checked without a regex: the
// input guard labels fields of oversized input and runs no regex on it.
function _isIndex(s: string): boolean {
  if (s.length === 0 || s.length > 6 || (s.length > 1 && s.charCodeAt(0) === 0x30)) return false;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0x30 || s.charCodeAt(i) > 0x39) return false;
  return true;
}

/** What of a plan field labels read: indicator labels. */
export type LabelPlan = Pick<Plan, 'indicators'>;

/**
 * `fieldLabel` with the labels given (a compiled report's catalogue). @internal
 * @returns the label, or `undefined` when the pointer names no known field
 */
export function _fieldLabelIn(pointer: string, L: FieldLabels, lang: Lang, plan?: LabelPlan): string | undefined {
  return _fieldLabelOf(pointer, parsePointer(pointer), L, lang, plan);
}

/** `_fieldLabelIn` with the pointer's segments given (no regex runs). @internal */
export function _fieldLabelOf(pointer: string, s: readonly string[], L: FieldLabels, lang: Lang, plan?: LabelPlan): string | undefined {
  if (_own(L.fixed, pointer)) return L.fixed[pointer]!;
  const [a, b, c] = s;
  if (a === 'tasks' && b !== undefined) {
    const base = L.task(b);
    if (s.length === 2) return base;
    if (s.length === 3 && (c === 'status' || c === 'results' || c === 'reason')) return `${base} — ${L.taskField[c]}`;
  }
  if (a === 'indicators' && b !== undefined && s.length === 2) {
    const ind = plan?.indicators.find((i) => i.id === b);
    return ind ? ind.label[lang] : L.indicator(b);
  }
  if (a === 'document' && b === 'recipients' && c !== undefined && _isIndex(c) && s.length === 3) return L.recipient(Number(c) + 1);
  if (a === 'models' && b !== undefined && _isIndex(b)) {
    const base = L.model(Number(b) + 1);
    if (s.length === 2) return base;
    if (s.length === 3 && (c === 'name' || c === 'field' || c === 'holder' || c === 'stage')) return `${base} — ${L.modelField[c]}`;
  }
  return undefined;
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
