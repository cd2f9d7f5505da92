import type { Lang } from '@dvcq/core';
import type { FormDefinition, FormField } from '../definition/types';
import { formatFieldValue, parseFieldInput } from '../definition/input';
import { getAt, parsePointer, setAt, type FormValue } from '../definition/value';

/** Lược đồ JSON (tối thiểu) — the JSON Schema subset the adapters emit. */
export type JsonSchemaNode = {
  type?: string;
  title?: string;
  description?: string;
  format?: string;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  oneOf?: Array<{ const: string; title: string }>;
  uniqueItems?: boolean;
  maxItems?: number;
  [k: string]: unknown;
};

/**
 * Bảng đổi khóa — renderers that address data with dotted paths (JSON Forms
 * joins path segments with ".") cannot hold a key such as `II.1.1`. Keys are
 * renamed for the renderer (`II_1_1`) and renamed back before validation; the
 * table is per form, so no global state.
 */
export interface KeyCodec {
  /** Renderer data → submission value (plan ids as keys). */
  decode(data: unknown): FormValue;
  /** Submission value → renderer data. */
  encode(value: FormValue): Record<string, unknown>;
  /** A submission JSON Pointer → the renderer's pointer (`/tasks/II.1.1/status` → `/tasks/II_1_1/status`). */
  pointer(pointer: string): string;
}

/** @internal Builds the key table of a form: one renamed key per object property with a dot. */
export function _keyCodec(definition: FormDefinition): KeyCodec {
  const toKey = new Map<string, string>(); // "parentPointer\u0000key" → renderer key
  const used = new Map<string, Set<string>>();
  const add = (parent: string, key: string) => {
    const id = `${parent}\u0000${key}`;
    if (toKey.has(id)) return;
    const taken = used.get(parent) ?? new Set<string>();
    let k = key.replace(/\./g, '_');
    for (let n = 2; taken.has(k); n++) k = `${key.replace(/\./g, '_')}_${n}`;
    taken.add(k);
    used.set(parent, taken);
    toKey.set(id, k);
  };
  for (const f of _allFields(definition)) {
    const segs = parsePointer(f.field.path);
    const base = f.repeat ? [...parsePointer(f.repeat), '*'] : [];
    const full = [...base, ...segs];
    for (let i = 0; i < full.length; i++) add('/' + full.slice(0, i).join('/'), full[i]!);
  }
  const fromKey = new Map<string, string>();
  for (const [id, k] of toKey) {
    const [parent, key] = id.split('\u0000') as [string, string];
    fromKey.set(`${parent}\u0000${k}`, key);
  }
  const walk = (v: unknown, parent: string[], map: Map<string, string>, forward: boolean): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x, [...parent, '*'], map, forward));
    if (v === null || typeof v !== 'object') return v;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) {
      const renamed = map.get(`/${parent.join('/')}\u0000${k}`) ?? k;
      // The original key travels in the parent path so the lookup uses plan ids.
      const original = forward ? k : renamed;
      Object.defineProperty(out, renamed, {
        value: walk((v as Record<string, unknown>)[k], [...parent, original], map, forward),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  };
  // Dates travel as dd/mm/yyyy text in the renderer (a date input would follow the
  // browser's locale) and as ISO dates in the submission.
  const dates = _allFields(definition).filter((f) => f.field.widget === 'date' && !f.repeat).map((f) => f.field.path);
  const convert = (value: FormValue, fn: (v: string) => unknown): FormValue => {
    for (const p of dates) {
      const v = getAt(value, p);
      if (typeof v === 'string') value = setAt(value, p, fn(v) ?? v);
    }
    return value;
  };
  return {
    encode: (value) => walk(convert(value, (v) => formatFieldValue('date', v)), [], toKey, true) as Record<string, unknown>,
    decode: (data) => convert(walk(data ?? {}, [], fromKey, false) as FormValue, (v) => parseFieldInput('date', v).value),
    pointer: (p) => {
      const parents: string[] = [];
      let out = '';
      for (const s of parsePointer(p)) {
        const at = `/${parents.join('/')}`;
        const isArrayLevel = toKey.has(`${at}\u0000*`);
        const k = isArrayLevel ? s : (toKey.get(`${at}\u0000${s}`) ?? s);
        out += '/' + k.replace(/~/g, '~0').replace(/\//g, '~1');
        parents.push(isArrayLevel ? '*' : s);
      }
      return out;
    },
  };
}

/** @internal Every field with the repeat it belongs to. */
export function _allFields(definition: FormDefinition): Array<{ field: FormField; repeat?: string }> {
  const out: Array<{ field: FormField; repeat?: string }> = [];
  for (const s of definition.sections)
    for (const item of s.items) {
      if (item.kind === 'field') out.push({ field: item });
      else if (item.kind === 'group') for (const f of item.fields) out.push({ field: f });
      else for (const f of item.fields) out.push({ field: f, repeat: item.path });
    }
  return out;
}

/**
 * @internal The JSON Schema (draft-07 compatible) a renderer draws from. It holds
 * types, choices and labels only: no `required`, no bounds, no patterns — every
 * verdict comes from `validateReport`, so the renderer's own validator (Ajv in
 * JSON Forms and RJSF) can never word a rule differently or flag a hidden field.
 */
export function _renderSchema(definition: FormDefinition, codec: KeyCodec, lang: Lang): JsonSchemaNode {
  const root: JsonSchemaNode = { type: 'object', title: definition.title[lang], properties: {} };
  for (const { field, repeat } of _allFields(definition)) {
    let node = root;
    let segs = parsePointer(codec.pointer(field.path));
    if (repeat) {
      const rsegs = parsePointer(codec.pointer(repeat));
      node = _ensure(root, rsegs, 'array');
      node.items ??= { type: 'object', properties: {} };
      node = node.items;
      // Within an item, renamed keys never occur (model field names have no dots).
      segs = parsePointer(field.path);
    }
    const leaf = segs.pop()!;
    node = _ensure(node, segs, 'object');
    node.properties![leaf] = _fieldSchema(field, lang);
  }
  for (const s of definition.sections)
    for (const item of s.items) {
      if (item.kind !== 'repeat') continue;
      const arr = _ensure(root, parsePointer(codec.pointer(item.path)), 'array');
      arr.title = item.label[lang];
      if (item.help) arr.description = item.help[lang];
    }
  return root;
}

function _ensure(root: JsonSchemaNode, segs: string[], lastType: 'object' | 'array'): JsonSchemaNode {
  let node = root;
  segs.forEach((seg, i) => {
    node.properties ??= {};
    const type = i === segs.length - 1 ? lastType : 'object';
    if (!Object.prototype.hasOwnProperty.call(node.properties, seg))
      Object.defineProperty(node.properties, seg, {
        value: type === 'object' ? { type, properties: {} } : { type },
        enumerable: true,
        writable: true,
        configurable: true,
      });
    node = node.properties[seg]!;
  });
  return node;
}

function _fieldSchema(field: FormField, lang: Lang): JsonSchemaNode {
  const base: JsonSchemaNode = { title: field.label[lang] };
  if (field.help) base.description = field.help[lang];
  const options = field.options?.map((o) => ({ const: o.value, title: o.label[lang] }));
  switch (field.widget) {
    case 'count':
      return { ...base, type: 'integer' };
    case 'percent':
      return { ...base, type: 'number' };
    case 'date':
      // Text, not `format: date`: renderers draw a date format as a locale-dependent date input.
      return { ...base, type: 'string' };
    case 'checkboxes':
      return { ...base, type: 'array', uniqueItems: true, items: { type: 'string', oneOf: options ?? [] } };
    case 'select':
    case 'radio':
      return { ...base, type: 'string', oneOf: options ?? [] };
    default:
      return { ...base, type: 'string' };
  }
}

/** @internal Reads a value through the codec (used by the adapters' visibility helpers). */
export function _get(value: FormValue, pointer: string): unknown {
  return getAt(value, pointer);
}

/** @internal */
export function _set(value: FormValue, pointer: string, v: unknown): FormValue {
  return setAt(value, pointer, v);
}
