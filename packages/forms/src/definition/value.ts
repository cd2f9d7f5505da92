import { parsePointer } from '@dvcq/core';
import type { FormCondition, FormDefinition, FormField, FormItem } from './types';

export { parsePointer };

/** Giá trị biểu mẫu — a JSON value being edited (a submission in progress). */
export type FormValue = Record<string, unknown>;


/**
 * Đọc giá trị theo JSON Pointer — reads own properties only, so a key such as
 * `constructor` never reaches `Object.prototype`.
 * @param value - the document
 * @param pointer - RFC 6901 pointer
 * @returns the value, or `undefined`
 */
export function getAt(value: unknown, pointer: string): unknown {
  let cur: unknown = value;
  for (const seg of parsePointer(pointer)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}

/**
 * Ghi giá trị theo JSON Pointer — returns a copy of `value` with the value at
 * `pointer` replaced (`undefined` deletes it). Intermediate objects are created;
 * numeric segments under an array index it. `__proto__` is written as an own
 * property (never through the prototype setter).
 * @param value - the document (not changed)
 * @param pointer - RFC 6901 pointer, not `''`
 * @param next - the new value, or `undefined` to remove
 * @returns the updated copy
 */
export function setAt<T extends FormValue>(value: T, pointer: string, next: unknown): T {
  const segs = parsePointer(pointer);
  if (segs.length === 0) throw new RangeError('forms.set-root: setAt needs a non-empty pointer');
  return _set(value, segs, 0, next) as T;
}

function _set(node: unknown, segs: string[], i: number, next: unknown): unknown {
  const seg = segs[i]!;
  const last = i === segs.length - 1;
  if (Array.isArray(node)) {
    const idx = Number(seg);
    const copy = node.slice();
    const child = last ? next : _set(copy[idx] ?? {}, segs, i + 1, next);
    if (child === undefined) copy.splice(idx, 1);
    else copy[idx] = child;
    return copy;
  }
  const src = node !== null && typeof node === 'object' ? (node as Record<string, unknown>) : {};
  const copy: Record<string, unknown> = {};
  for (const k of Object.keys(src)) _define(copy, k, src[k]);
  const prev = Object.prototype.hasOwnProperty.call(src, seg) ? src[seg] : undefined;
  const child = last ? next : _set(prev ?? {}, segs, i + 1, next);
  if (child === undefined) delete copy[seg];
  else _define(copy, seg, child);
  return copy;
}

function _define(obj: Record<string, unknown>, key: string, v: unknown): void {
  Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
}

/**
 * Điều kiện có thỏa không — whether a field's condition holds for a value.
 * @param condition - the field's `visibleWhen` (absent: always shown)
 * @param value - the whole submission (or, in a repeat, the item)
 * @returns true when the field is shown
 */
export function conditionHolds(condition: FormCondition | undefined, value: unknown): boolean {
  if (!condition) return true;
  const v = getAt(value, condition.path);
  return typeof v === 'string' && condition.in.includes(v);
}

/**
 * Các ô nhập (phẳng) — every field of the definition outside repeating groups,
 * in order, with its section id.
 * @param definition - the form
 * @returns the fields
 */
export function formFields(definition: FormDefinition): FormField[] {
  const out: FormField[] = [];
  for (const s of definition.sections) for (const item of s.items) _collect(item, out);
  return out;
}

function _collect(item: FormItem, out: FormField[]): void {
  if (item.kind === 'field') out.push(item);
  else if (item.kind === 'group') out.push(...item.fields);
}

/**
 * Bài nộp từ giá trị biểu mẫu — turns what the user typed into the submission to
 * check and send: the fixed plan/period/year/unit, visible answers only (a hidden
 * field's value is dropped, never sent — so it can never be required either),
 * empty text and empty groups left out, text trimmed of outer spaces.
 * @param definition - the form
 * @param value - the edited value (may hold hidden or empty answers)
 * @returns the submission
 */
export function toSubmission(definition: FormDefinition, value: FormValue): FormValue {
  let out: FormValue = { ...definition.fixed };
  for (const s of definition.sections) {
    for (const item of s.items) {
      if (item.kind === 'repeat') {
        const rows = getAt(value, item.path);
        if (!Array.isArray(rows)) continue;
        const kept: FormValue[] = [];
        for (const row of rows) {
          let r: FormValue = {};
          for (const f of item.fields) {
            if (!conditionHolds(f.visibleWhen, row)) continue;
            const v = _clean(getAt(row, f.path));
            if (v !== undefined) r = setAt(r, f.path, v);
          }
          // An item the user added but left blank is still sent: the report then says
          // which of its fields is missing, instead of the row silently vanishing.
          kept.push(r);
        }
        if (kept.length > 0) out = setAt(out, item.path, kept);
        continue;
      }
      const fields = item.kind === 'field' ? [item] : item.fields;
      for (const f of fields) {
        if (!conditionHolds(f.visibleWhen, value)) continue;
        const v = _clean(getAt(value, f.path));
        if (v !== undefined) out = setAt(out, f.path, v);
      }
    }
  }
  return out;
}

function _clean(v: unknown): unknown {
  if (typeof v === 'string') {
    const t = v.trim();
    return t === '' ? undefined : t.normalize('NFC');
  }
  if (Array.isArray(v)) return v.length === 0 ? undefined : v;
  return v;
}

/**
 * Đọc số nhập — reads a number typed into a count or percent field. Only plain
 * numerals are converted (a decimal comma is read as a decimal point for a
 * percent); anything else — "1.000", "mười" — is passed on as text so that
 * `validateReport` reports it, rather than the form guessing (Number("1.000") is 1).
 * @param text - the typed text
 * @param widget - `count` or `percent`
 * @returns a number, the trimmed text, or `undefined` when empty
 */
export function parseNumberInput(text: string, widget: 'count' | 'percent'): number | string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  if (widget === 'count' ? /^-?\d{1,12}$/.test(t) : /^-?\d{1,12}([.,]\d{1,6})?$/.test(t)) return Number(t.replace(',', '.'));
  return t;
}
