import type { LocalizedText } from '@dvcq/core';
import type { UiKey } from './ui-vi';

/** Chữ giao diện song ngữ — the form's own words, each as `{ vi, en }`. */
export type UiTexts = Record<UiKey, LocalizedText>;

/**
 * Ghép chữ giao diện — pairs the Vietnamese words with the English ones; without
 * English (a page before its English pack has loaded) every `en` is `''` and
 * renderers show the Vietnamese text.
 * @param vi - the Vietnamese words
 * @param en - the English words, when loaded
 * @returns the bilingual words
 */
export function uiTexts(vi: Record<UiKey, string>, en?: Record<UiKey, string>): UiTexts {
  const out = {} as UiTexts;
  for (const k of Object.keys(vi) as UiKey[]) out[k] = { vi: vi[k], en: en?.[k] ?? '' };
  return out;
}

/**
 * Điền tham số — fills `{name}` placeholders of both languages.
 * @param m - the text
 * @param params - values by name
 * @returns the filled text
 */
export function fill(m: LocalizedText, params: Record<string, string | number>): LocalizedText {
  const f = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
  return { vi: f(m.vi), en: f(m.en) };
}
