import { getByPointer, parsePointer } from '@dvcq/core';
import type { FormCondition, FormDefinition, FormField, FormRepeat } from './types';

export { parsePointer };

/** Giá trị biểu mẫu — a JSON value being edited (a submission in progress). */
export type FormValue = Record<string, unknown>;


/**
 * Đọc giá trị theo JSON Pointer — core's `getByPointer` (own properties only, so a
 * key such as `constructor` never reaches `Object.prototype`), under the name this
 * package has always exported.
 */
export const getAt = getByPointer;

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
 * @internal Calls `fn` for every field in form order with its concrete JSON Pointer
 * (inside a repeating group, one call per existing item: `/models/0/name`) and the
 * value its condition reads (the item, inside a repeat).
 */
export function _eachField(
  definition: FormDefinition,
  value: unknown,
  fn: (field: FormField, pointer: string, scope: unknown, index?: number, repeat?: FormRepeat) => void,
): void {
  for (const s of definition.sections)
    for (const item of s.items) {
      if (item.kind !== 'repeat') for (const f of item.kind === 'field' ? [item] : item.fields) fn(f, f.path, value);
      else {
        const rows = getAt(value, item.path);
        if (Array.isArray(rows)) rows.forEach((row, i) => item.fields.forEach((f) => fn(f, `${item.path}/${i}${f.path}`, row, i, item)));
      }
    }
}

/**
 * Các ô nhập (phẳng) — every field of the definition outside repeating groups, in order.
 * @param definition - the form
 * @returns the fields
 */
export function formFields(definition: FormDefinition): FormField[] {
  const out: FormField[] = [];
  _eachField(definition, {}, (f) => out.push(f));
  return out;
}

/**
 * Bài nộp từ giá trị biểu mẫu — turns what the user typed into the submission to
 * check and send: the fixed plan/period/year/unit, visible answers only (a hidden
 * field's value is dropped, never sent — so it can never be required either),
 * empty text and empty groups left out, text trimmed of outer spaces. An item of a
 * repeating group that the user added but left blank is still sent: the report then
 * says which of its fields is missing, instead of the row silently vanishing.
 * @param definition - the form
 * @param value - the edited value (may hold hidden or empty answers)
 * @returns the submission
 */
export function toSubmission(definition: FormDefinition, value: FormValue): FormValue {
  let out: FormValue = { ...definition.fixed };
  _eachField(definition, value, (f, pointer, scope, index, repeat) => {
    // Once per repeat, before its first field: one (possibly empty) object per item.
    if (repeat && index === 0 && f === repeat.fields[0]) out = setAt(out, repeat.path, (getAt(value, repeat.path) as unknown[]).map(() => ({})));
    const v = conditionHolds(f.visibleWhen, scope) ? _clean(getAt(value, pointer)) : undefined;
    if (v !== undefined) out = setAt(out, pointer, v);
  });
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
