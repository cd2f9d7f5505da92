import type { Lang, Plan } from '@dvcq/core';
import type { Locale } from './codes';
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

/**
 * Nhãn trường — the human label of the field a JSON Pointer names, in the
 * caller's language: fixed fields from the locale, tasks by their plan id,
 * indicators by their label in the plan. Unknown paths come back as the pointer.
 * @param pointer - JSON Pointer into a submission
 * @param lang - `vi` or `en`
 * @param plan - the plan, to name indicators (optional)
 * @returns a label such as "Nhiệm vụ II.1.1 — Kết quả thực hiện"
 */
export function fieldLabel(pointer: string, lang: Lang, plan?: Plan): string {
  const L = localeFor(lang).labels;
  if (_own(L.fixed, pointer)) return L.fixed[pointer]!;
  const s = parsePointer(pointer);
  const [a, b, c] = s;
  if (a === 'tasks' && b !== undefined) {
    const base = L.task(b);
    if (s.length === 2) return base;
    if (s.length === 3 && (c === 'status' || c === 'results' || c === 'reason')) return `${base} — ${L.taskField[c]}`;
  }
  if (a === 'indicators' && b !== undefined && s.length === 2) {
    const ind = plan?.indicators.find((i) => i.id === b);
    return ind ? ind.label[lang] : `${L.fixed['/indicators']} ${b}`;
  }
  if (a === 'document' && b === 'recipients' && c !== undefined && /^\d{1,6}$/.test(c) && s.length === 3)
    return L.recipient(Number(c) + 1);
  if (a === 'models' && b !== undefined && /^\d{1,6}$/.test(b)) {
    const base = L.model(Number(b) + 1);
    if (s.length === 2) return base;
    if (s.length === 3 && (c === 'name' || c === 'field' || c === 'holder' || c === 'stage')) return `${base} — ${L.modelField[c]}`;
  }
  return pointer;
}
