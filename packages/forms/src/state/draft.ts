import type { FormDefinition } from '../definition/types';
import type { FormValue } from '../definition/value';

/** Kho lưu nháp — the part of the Web Storage API drafts need (`localStorage` fits). */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Bản nháp — a saved draft: the edited value and when it was saved. */
export interface Draft {
  /** Format version of the stored record. */
  v: 1;
  /** ISO 8601 time of the save. */
  savedAt: string;
  /** Plan, period, year and unit the draft answers — a draft is never restored into another form. */
  form: FormDefinition['fixed'];
  value: FormValue;
  /**
   * Text typed into a count, percentage or date field that the form could not read
   * (`"1,250"` in a count), by JSON Pointer: kept so the user finds it as typed.
   */
  inputs?: Record<string, string>;
}

/**
 * Khóa nháp mặc định — the storage key of a form's draft: one per plan, unit,
 * period and year, so two reports never share a draft.
 * @param definition - the form
 * @returns `dvcq-forms:<plan id>:<unit id>:<period>[-<month or quarter>][-<obligation id>]:<year>`
 */
export function defaultDraftKey(definition: FormDefinition): string {
  const f = definition.fixed;
  return `dvcq-forms:${f.planId}:${f.unitId}:${f.period}${f.periodIndex ? '-' + f.periodIndex : ''}${f.obligationId ? '-' + f.obligationId : ''}:${f.year}`;
}

/**
 * Lưu nháp — writes a draft. Storage may be full, disabled (private mode) or
 * missing: failure is reported as `false`, never thrown, so typing never breaks.
 * @param storage - where to save
 * @param key - the storage key
 * @param definition - the form (its fixed part is stored with the draft)
 * @param value - the edited value
 * @param now - the save time
 * @param inputs - unread text of count, percentage or date fields, by pointer
 * @returns whether the draft was saved
 */
export function saveDraft(storage: DraftStorage | undefined, key: string, definition: FormDefinition, value: FormValue, now: Date, inputs?: Record<string, string>): boolean {
  if (!storage) return false;
  const draft: Draft = { v: 1, savedAt: now.toISOString(), form: definition.fixed, value, ...(inputs && Object.keys(inputs).length ? { inputs } : {}) };
  try {
    storage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/**
 * Đọc nháp — reads a draft back. A record that is not JSON, of another version
 * or for another form (plan, unit, period, year) is ignored.
 * @param storage - where drafts are saved
 * @param key - the storage key
 * @param definition - the form being shown
 * @returns the draft, or `undefined`
 */
export function loadDraft(storage: DraftStorage | undefined, key: string, definition: FormDefinition): Draft | undefined {
  if (!storage) return undefined;
  let text: string | null;
  try {
    text = storage.getItem(key);
  } catch {
    return undefined;
  }
  // Drafts are small; a huge record is not ours (and is not worth parsing on a slow machine).
  if (text === null || text.length > 2_000_000) return undefined;
  let d: unknown;
  try {
    d = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (d === null || typeof d !== 'object') return undefined;
  const r = d as Partial<Draft>;
  const f = definition.fixed;
  if (r.v !== 1 || typeof r.savedAt !== 'string' || !r.form || r.value === null || typeof r.value !== 'object' || Array.isArray(r.value)) return undefined;
  // A draft is never restored into another report (plan, unit, period and its instance, year).
  if ((['planId', 'unitId', 'period', 'year', 'periodIndex', 'obligationId'] as const).some((k) => r.form![k] !== f[k])) return undefined;
  const inputs: Record<string, string> = {};
  if (r.inputs && typeof r.inputs === 'object') for (const [k, t] of Object.entries(r.inputs)) if (typeof t === 'string') inputs[k] = t;
  return { ...(r as Draft), inputs };
}

/**
 * Xóa nháp — removes a draft (after a successful submission, or on request).
 * @param storage - where drafts are saved
 * @param key - the storage key
 */
export function clearDraft(storage: DraftStorage | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to do: a storage that cannot remove also could not have saved.
  }
}
