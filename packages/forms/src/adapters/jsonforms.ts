import type { Lang } from '@dvcq/core';
import type { FormCondition, FormDefinition, FormField, FormItem } from '../definition/types';
import { toSubmission, type FormValue } from '../definition/value';
import { placeIssues, type IssueLike } from '../issues/target';
import { _keyCodec, _renderSchema, type JsonSchemaNode, type KeyCodec } from './schema';

/** Phần tử UI schema của JSON Forms — the UI schema elements this adapter emits. */
export type JsonFormsUiElement =
  | { type: 'VerticalLayout'; elements: JsonFormsUiElement[] }
  | { type: 'Group'; label: string; elements: JsonFormsUiElement[]; rule?: JsonFormsRule }
  | { type: 'Label'; text: string }
  | { type: 'Control'; scope: string; label?: string; options?: Record<string, unknown>; rule?: JsonFormsRule };

/** Quy tắc hiển thị JSON Forms — a SHOW rule with a schema-based condition. */
export interface JsonFormsRule {
  effect: 'SHOW';
  condition: { scope: string; schema: { enum: string[] }; failWhenUndefined: true };
}

/**
 * Lỗi dạng Ajv — the `ErrorObject` shape JSON Forms reads from `additionalErrors`
 * (it places an error on the control whose data path equals `instancePath`).
 */
export interface JsonFormsError {
  instancePath: string;
  message: string;
  schemaPath: string;
  keyword: string;
  params: { code: string; severity: 'error' | 'warning'; ruleId?: string; path: string };
}

/** Bộ chuyển JSON Forms — what {@link toJsonForms} returns. */
export interface JsonFormsAdapter {
  /** JSON Schema for `<JsonForms schema>` (types, choices, labels; no constraints). */
  schema: JsonSchemaNode;
  /** UI schema for `<JsonForms uischema>`: a Group per section and task, SHOW rules for conditional fields. */
  uischema: JsonFormsUiElement;
  /** Submission (or draft) → `data` for JSON Forms (task ids with dots are renamed, e.g. `II_1_1`). */
  toData(value: FormValue): Record<string, unknown>;
  /** JSON Forms `data` → the submission to pass to `validateReport` (hidden and empty answers dropped). */
  toSubmission(data: unknown): FormValue;
  /**
   * `validateReport` issues → `additionalErrors`, each on the control that shows it.
   * Issues no visible control shows (e.g. about the whole report) are returned in
   * `unplaced` so the page can list them.
   */
  toErrors(issues: readonly IssueLike[], data: unknown): { errors: JsonFormsError[]; unplaced: IssueLike[] };
  /** The key table (plan id ↔ renderer key). */
  codec: KeyCodec;
}

/**
 * Bộ chuyển cho JSON Forms — turns a form definition into a JSON Schema and a UI
 * schema for JSON Forms (`@jsonforms/react` or any JSON Forms binding), and maps
 * `validateReport` issues onto its controls through `additionalErrors`.
 * Use it with `validationMode="NoValidation"`: the schema carries no rules, all
 * messages come from `validateReport`.
 * @param definition - from `buildReportForm`
 * @param options - `lang` of the labels (default: the definition's)
 * @returns schema, uischema and converters
 */
export function toJsonForms(definition: FormDefinition, options: { lang?: Lang } = {}): JsonFormsAdapter {
  const lang = options.lang ?? definition.lang;
  const codec = _keyCodec(definition);
  const schema = _renderSchema(definition, codec, lang);
  const scope = (pointer: string) => '#' + codec.pointer(pointer).replace(/\/([^/]+)/g, '/properties/$1');
  const rule = (c: FormCondition | undefined): { rule?: JsonFormsRule } =>
    c ? { rule: { effect: 'SHOW', condition: { scope: scope(c.path), schema: { enum: [...c.in] }, failWhenUndefined: true } } } : {};
  const control = (f: FormField): JsonFormsUiElement => {
    const opts: Record<string, unknown> = {};
    if (f.widget === 'textarea') opts.multi = true;
    if (f.widget === 'radio') opts.format = 'radio';
    if (f.widget === 'checkboxes') opts.format = 'checkboxes';
    if (f.example) opts.description = f.example[lang];
    return { type: 'Control', scope: scope(f.path), label: f.label[lang], ...(Object.keys(opts).length ? { options: opts } : {}), ...rule(f.visibleWhen) };
  };
  const item = (it: FormItem): JsonFormsUiElement => {
    if (it.kind === 'field') return control(it);
    if (it.kind === 'group') return { type: 'Group', label: it.label[lang], elements: it.fields.map(control) };
    // Arrays of objects: JSON Forms draws one row/detail per item from the items schema.
    return {
      type: 'Control',
      scope: scope(it.path),
      label: it.label[lang],
      options: {
        detail: { type: 'VerticalLayout', elements: it.fields.map((f) => ({ ...control(f), scope: '#' + f.path.replace(/\/([^/]+)/g, '/properties/$1') })) },
      },
    };
  };
  const uischema: JsonFormsUiElement = {
    type: 'VerticalLayout',
    elements: definition.sections.map((s) => ({
      type: 'Group',
      label: s.title[lang],
      elements: [...(s.help ? [{ type: 'Label' as const, text: s.help[lang] }] : []), ...s.items.map(item)],
    })),
  };
  return {
    schema,
    uischema,
    codec,
    toData: (value) => {
      const { planId: _p, period: _pe, year: _y, unitId: _u, ...rest } = value;
      return codec.encode(rest);
    },
    toSubmission: (data) => toSubmission(definition, codec.decode(data)),
    toErrors: (issues, data) => {
      const value = codec.decode(data);
      const errors: JsonFormsError[] = [];
      const unplaced: IssueLike[] = [];
      for (const p of placeIssues(definition, value, issues)) {
        if (p.fieldPath === undefined) {
          unplaced.push(p.issue);
          continue;
        }
        errors.push({
          instancePath: codec.pointer(p.fieldPath),
          message: p.issue.message,
          schemaPath: `#/dvcq/${p.issue.code}`,
          keyword: 'dvcq',
          params: {
            code: p.issue.code,
            severity: p.issue.severity,
            path: p.issue.path,
            ...(p.issue.ruleId !== undefined ? { ruleId: p.issue.ruleId } : {}),
          },
        });
      }
      return { errors, unplaced };
    },
  };
}
