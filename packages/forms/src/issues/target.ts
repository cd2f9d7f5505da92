import type { FormDefinition, FormField } from '../definition/types';
import { _eachField, conditionHolds, parsePointer } from '../definition/value';

/** Vấn đề (dạng tối thiểu) — the part of a `validateReport` issue the form needs. */
export interface IssueLike {
  code: string;
  severity: 'error' | 'warning';
  /** JSON Pointer into the submission. */
  path: string;
  message: string;
  ruleId?: string;
}

/** Vấn đề đã gắn vào ô nhập — an issue with the form field it is shown on. */
export interface PlacedIssue<I extends IssueLike = IssueLike> {
  issue: I;
  /**
   * Concrete JSON Pointer of the field that shows it (with the item index inside a
   * repeating group, e.g. `/models/0/name`), or `undefined` when no visible field
   * fits (the whole report, or a field this form does not show): such issues are
   * still listed in the error summary — never dropped.
   */
  fieldPath: string | undefined;
  /** The field's definition, when placed. */
  field: FormField | undefined;
  /** The repeat item index, when the field is inside a repeating group. */
  index?: number;
}

/**
 * Gắn vấn đề vào ô nhập — places each issue on the field that should show it: the
 * field at the issue's path; else the field holding it (a recipients entry
 * `/document/recipients/1` → the recipients field); else the first visible field
 * under it (a missing task entry `/tasks/II.1.1` → its status). Hidden fields are
 * never chosen.
 * @param definition - the form
 * @param value - the current value (decides visibility)
 * @param issues - issues from `validateReport`
 * @returns one placement per issue, in the same order
 */
export function placeIssues<I extends IssueLike>(definition: FormDefinition, value: unknown, issues: readonly I[]): PlacedIssue<I>[] {
  const candidates = _candidates(definition, value);
  return issues.map((issue) => {
    const segs = parsePointer(issue.path);
    let best: { c: _Candidate; score: number } | undefined;
    for (const c of candidates) {
      const score = _match(c.segs, segs);
      if (score === undefined) continue;
      if (!best || score > best.score) best = { c, score };
    }
    if (!best) return { issue, fieldPath: undefined, field: undefined };
    return {
      issue,
      fieldPath: best.c.pointer,
      field: best.c.field,
      ...(best.c.index !== undefined ? { index: best.c.index } : {}),
    };
  });
}

/**
 * Thứ tự biểu mẫu — issues sorted as the form shows their fields, top to bottom
 * (a repeat item's fields in item order); issues about the whole report (no
 * field) first. Issues of one field keep their order.
 * @param definition - the form
 * @param placed - placed issues (from {@link placeIssues})
 * @param value - the current value (decides which repeat items exist)
 * @returns a sorted copy
 */
export function inFormOrder<P extends PlacedIssue>(definition: FormDefinition, placed: readonly P[], value: unknown): P[] {
  const order = new Map(_candidates(definition, value).map((c, i) => [c.pointer, i]));
  const rank = (p: P) => (p.fieldPath === undefined ? -1 : (order.get(p.fieldPath) ?? order.size));
  return placed.slice().sort((a, b) => rank(a) - rank(b));
}

interface _Candidate {
  pointer: string;
  segs: string[];
  field: FormField;
  index?: number;
}

/** Exact match 3, issue inside the field (deeper) 2, field under the issue (first one wins) 1. */
function _match(field: string[], issue: string[]): number | undefined {
  const n = Math.min(field.length, issue.length);
  for (let i = 0; i < n; i++) if (field[i] !== issue[i]) return undefined;
  if (field.length === issue.length) return 3;
  if (issue.length > field.length) return 2;
  return 1;
}

function _candidates(definition: FormDefinition, value: unknown): _Candidate[] {
  const out: _Candidate[] = [];
  _eachField(definition, value, (field, pointer, scope, index) => {
    if (conditionHolds(field.visibleWhen, scope)) out.push({ pointer, segs: parsePointer(pointer), field, ...(index !== undefined ? { index } : {}) });
  });
  return out;
}
