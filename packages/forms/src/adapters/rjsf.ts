import type { Lang } from '@dvcq/core';
import type { FormDefinition, FormField } from '../definition/types';
import { conditionHolds, parsePointer, toSubmission, type FormValue } from '../definition/value';
import { placeIssues, type IssueLike } from '../issues/target';
import { _allFields, _keyCodec, _renderSchema, type JsonSchemaNode, type KeyCodec } from './schema';

/** Sơ đồ lỗi RJSF — RJSF's `ErrorSchema`: nested objects with `__errors` lists. */
export interface RjsfErrorSchema {
  __errors?: string[];
  [key: string]: RjsfErrorSchema | string[] | undefined;
}

/** Bộ chuyển RJSF — what {@link toRjsf} returns. */
export interface RjsfAdapter {
  /** JSON Schema for `<Form schema>` (types, choices, labels; no constraints). */
  schema: JsonSchemaNode;
  /**
   * uiSchema for `<Form uiSchema>` given the current `formData`: widgets, help,
   * placeholders, order — and conditional fields (a task's reason when it is not
   * done) set to `ui:widget: "hidden"` while their condition does not hold.
   * Recompute it on every change.
   */
  uiSchema(formData?: unknown): Record<string, unknown>;
  /** Submission (or draft) → `formData` (task ids with dots renamed, e.g. `II_1_1`). */
  toFormData(value: FormValue): Record<string, unknown>;
  /** RJSF `formData` → the submission to pass to `validateReport` (hidden and empty answers dropped). */
  toSubmission(formData: unknown): FormValue;
  /** `validateReport` issues → `extraErrors`, each under the field that shows it; unplaced issues under the root `__errors`. */
  toExtraErrors(issues: readonly IssueLike[], formData: unknown): RjsfErrorSchema;
  /**
   * A `customValidate` for `<Form customValidate>`: runs `validate` (your call to
   * `validateReport`) on the submission and adds each issue with `addError` at
   * the field that shows it.
   */
  customValidate(validate: (submission: FormValue) => readonly IssueLike[]): <E>(formData: unknown, errors: E) => E;
  codec: KeyCodec;
}

/**
 * Bộ chuyển cho react-jsonschema-form — turns a form definition into a JSON
 * Schema and uiSchema for RJSF, and maps `validateReport` issues onto its fields
 * (`extraErrors` or `customValidate`). Pass `noHtml5Validate`; the schema carries
 * no rules, so Ajv in RJSF only checks types and every message comes from
 * `validateReport`.
 * @param definition - from `buildReportForm`
 * @param options - `lang` of the labels (default: the definition's)
 * @returns schema, uiSchema builder and converters
 */
export function toRjsf(definition: FormDefinition, options: { lang?: Lang } = {}): RjsfAdapter {
  const lang = options.lang ?? definition.lang;
  const codec = _keyCodec(definition);
  const schema = _renderSchema(definition, codec, lang);

  const fieldUi = (f: FormField, shown: boolean): Record<string, unknown> => {
    const ui: Record<string, unknown> = {};
    if (!shown) {
      ui['ui:widget'] = 'hidden';
      return ui;
    }
    if (f.widget === 'textarea') ui['ui:widget'] = 'textarea';
    if (f.widget === 'radio') ui['ui:widget'] = 'radio';
    if (f.widget === 'checkboxes') ui['ui:widget'] = 'checkboxes';
    if (f.example) ui['ui:help'] = f.example[lang];
    if (f.autocomplete) ui['ui:autocomplete'] = f.autocomplete;
    return ui;
  };

  const errorsAt = (root: RjsfErrorSchema, pointer: string): RjsfErrorSchema => {
    let node = root;
    for (const s of parsePointer(pointer)) {
      if (!Object.prototype.hasOwnProperty.call(node, s))
        Object.defineProperty(node, s, { value: {}, enumerable: true, writable: true, configurable: true });
      node = node[s] as RjsfErrorSchema;
    }
    return node;
  };

  const toExtraErrors = (issues: readonly IssueLike[], formData: unknown): RjsfErrorSchema => {
    const value = codec.decode(formData);
    const root: RjsfErrorSchema = {};
    for (const p of placeIssues(definition, value, issues)) {
      const node = p.fieldPath === undefined ? root : errorsAt(root, codec.pointer(p.fieldPath));
      (node.__errors ??= []).push(p.issue.message);
    }
    return root;
  };

  return {
    schema,
    codec,
    uiSchema: (formData) => {
      const value = codec.decode(formData ?? {});
      const ui: Record<string, unknown> = { 'ui:submitButtonOptions': { norender: false } };
      for (const { field, repeat } of _allFields(definition)) {
        if (repeat) {
          const arr = _node(ui, parsePointer(codec.pointer(repeat)));
          const items = (arr.items ??= {}) as Record<string, unknown>;
          _leaf(items, parsePointer(field.path), fieldUi(field, true));
          continue;
        }
        _leaf(ui, parsePointer(codec.pointer(field.path)), fieldUi(field, conditionHolds(field.visibleWhen, value)));
      }
      return ui;
    },
    toFormData: (value) => {
      const { planId: _p, period: _pe, year: _y, unitId: _u, ...rest } = value;
      return codec.encode(rest);
    },
    toSubmission: (formData) => toSubmission(definition, codec.decode(formData)),
    toExtraErrors,
    customValidate:
      (validate) =>
      <E>(formData: unknown, errors: E): E => {
        const value = codec.decode(formData);
        const issues = validate(toSubmission(definition, value));
        for (const p of placeIssues(definition, value, issues)) {
          let node = errors as unknown as Record<string, unknown>;
          if (p.fieldPath !== undefined)
            for (const s of parsePointer(codec.pointer(p.fieldPath))) {
              const next = node[s];
              if (next === undefined || next === null || typeof next !== 'object') break;
              node = next as Record<string, unknown>;
            }
          const add = node.addError;
          if (typeof add === 'function') (add as (m: string) => void).call(node, p.issue.message);
        }
        return errors;
      },
  };
}

function _node(root: Record<string, unknown>, segs: string[]): Record<string, unknown> {
  let node = root;
  for (const s of segs) {
    if (!Object.prototype.hasOwnProperty.call(node, s))
      Object.defineProperty(node, s, { value: {}, enumerable: true, writable: true, configurable: true });
    node = node[s] as Record<string, unknown>;
  }
  return node;
}

function _leaf(root: Record<string, unknown>, segs: string[], ui: Record<string, unknown>): void {
  const last = segs.pop()!;
  const node = _node(root, segs);
  Object.defineProperty(node, last, { value: ui, enumerable: true, writable: true, configurable: true });
}
