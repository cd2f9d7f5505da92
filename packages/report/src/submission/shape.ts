// The ONE definition of a report's shape, as data; its closed lists (periods, statuses,
// signing authorities, model holders and stages) are core's vocabulary. Everything structural is derived
// from it: the JSON Schema export (../exports/json-schema.ts writes each node as the
// keywords below), the structural check `validateReport` runs (./check.ts, which gives
// exactly the errors a JSON Schema validator reporting all errors gives on that
// schema) and the zod schema of `@dvcq/report/zod` (a zod wrapper around the check).
// Each node is written as these JSON Schema keywords, and only these:
//   string → type, minLength?, maxLength, pattern? (non-blank)
//   int    → type: integer, minimum, maximum
//   number → type: number
//   enum   → enum (no `type`: one keyword, one issue)
//   array  → type, maxItems, items
//   object → type, properties, required, additionalProperties: false
import { DVK_HOLDERS, DVK_STAGES, PERIOD_KINDS, type PeriodKind, type Plan, SIGNING_AUTHORITIES, TASK_STATUSES, allTasks } from '@dvcq/core';
import { LIMITS } from '../text/limits';

/**
 * Loại trường — what a value means to the person filling the form, so that a message
 * can use words that fit it ("số lượt" is a count, not "a value"): a count of
 * things, a percentage, a year, a month or quarter (1–12), a date, a document number, an id from the plan, a
 * name or title, free text, or a choice.
 */
export type FieldKind = 'count' | 'percent' | 'year' | 'period-index' | 'date' | 'document-number' | 'id' | 'name' | 'text' | 'choice' | 'list' | 'group';

/**
 * Ký tự trống — the characters a "blank" answer consists of: Unicode White_Space
 * (U+0009–U+000D, U+0020, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029,
 * U+202F, U+205F, U+3000) and the invisible format characters U+00AD, U+180E,
 * U+200B–U+200F, U+2060–U+2064, U+FEFF. Listed explicitly (no `\s`: its meaning
 * differs between regex engines), as inclusive code point ranges.
 */
export const BLANK_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x09, 0x0d], [0x20, 0x20], [0x85, 0x85], [0xa0, 0xa0], [0xad, 0xad], [0x1680, 0x1680], [0x180e, 0x180e],
  [0x2000, 0x200f], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x2064], [0x3000, 0x3000], [0xfeff, 0xfeff],
];

/**
 * Mẫu "không trống" — the JSON Schema `pattern` of free text: one character that is
 * not blank (see {@link BLANK_RANGES}). Written with literal characters only (a
 * negated class of literal ranges): the same in ECMAScript, Java, .NET, PCRE (with
 * the `u` flag) and Python.
 */
export const NON_BLANK_PATTERN = '[^' + BLANK_RANGES.map(([a, b]) => (a === b ? String.fromCharCode(a) : `${String.fromCharCode(a)}-${String.fromCharCode(b)}`)).join('') + ']';

/**
 * Nút hình dạng — one node of the shape description. Objects are always strict
 * (unknown keys are errors). `kind` chooses the words of the messages.
 */
export type ShapeNode =
  | { readonly t: 'string'; readonly kind: FieldKind; readonly min?: number; readonly max: number; readonly nonBlank?: true }
  | { readonly t: 'int'; readonly kind: FieldKind; readonly min: number; readonly max: number }
  | { readonly t: 'number'; readonly kind: FieldKind }
  | { readonly t: 'enum'; readonly kind: FieldKind; readonly values: readonly string[] }
  | { readonly t: 'array'; readonly kind: FieldKind; readonly item: ShapeNode; readonly max: number }
  | { readonly t: 'object'; readonly kind: FieldKind; readonly name?: string; readonly props: ReadonlyArray<ShapeProp> };

/** Thuộc tính của nút đối tượng — a property of an object node. */
export interface ShapeProp {
  readonly key: string;
  readonly node: ShapeNode;
  readonly optional: boolean;
}

const _text = (max: number, kind: FieldKind = 'text'): ShapeNode => ({ t: 'string', kind, max, nonBlank: true });
const _opt = (key: string, node: ShapeNode): ShapeProp => ({ key, node, optional: true });
const _req = (key: string, node: ShapeNode): ShapeProp => ({ key, node, optional: false });
const _id: ShapeNode = { t: 'string', kind: 'id', min: 1, max: LIMITS.id };

/** @internal Mục báo cáo của một nhiệm vụ — every field optional (rules decide what is needed). */
export const _TASK_ENTRY: ShapeNode = {
  t: 'object',
  kind: 'group',
  name: 'TaskEntry',
  props: [_opt('status', { t: 'enum', kind: 'choice', values: TASK_STATUSES }), _opt('results', _text(LIMITS.longText)), _opt('reason', _text(LIMITS.longText))],
};

/** @internal Người ký (Nghị định 30/2020, Điều 8 and Phụ lục I). */
export const _SIGNER: ShapeNode = {
  t: 'object',
  kind: 'group',
  name: 'ReportSigner',
  props: [
    _opt('authority', { t: 'enum', kind: 'choice', values: SIGNING_AUTHORITIES }),
    _opt('onBehalfOf', _text(LIMITS.shortText, 'name')),
    _opt('position', _text(LIMITS.shortText, 'name')),
    _opt('name', _text(LIMITS.shortText, 'name')),
  ],
};

/** @internal Thông tin văn bản báo cáo. */
export const _DOCUMENT: ShapeNode = {
  t: 'object',
  kind: 'group',
  name: 'ReportDocument',
  props: [
    _opt('number', { t: 'string', kind: 'document-number', min: 1, max: LIMITS.documentNumber }),
    _opt('date', { t: 'string', kind: 'date', min: 1, max: LIMITS.date }),
    _opt('place', _text(LIMITS.shortText, 'name')),
    _opt('signer', _SIGNER),
    _opt('recipients', { t: 'array', kind: 'list', item: _id, max: LIMITS.recipients }),
  ],
};

/** @internal Mô hình "Dân vận khéo" (plan II.8.1, II.8.4). */
export const _DVK_MODEL: ShapeNode = {
  t: 'object',
  kind: 'group',
  name: 'DvkModel',
  props: [
    _req('name', _text(LIMITS.shortText, 'name')),
    _req('field', _text(LIMITS.shortText, 'name')),
    _req('holder', { t: 'enum', kind: 'choice', values: DVK_HOLDERS }),
    _req('stage', { t: 'enum', kind: 'choice', values: DVK_STAGES }),
  ],
};

/** Tùy chọn hình dạng — options of {@link reportShape}. */
export interface ReportShapeOptions {
  /** When given, indicators asked only in other periods are left out. */
  period?: PeriodKind;
}

/** Phần kế hoạch mà hình dạng báo cáo cần — what of a plan the report shape reads. */
export type ShapePlan = Pick<Plan, 'sections' | 'indicators'>;

/** Năm báo cáo nhỏ nhất và lớn nhất — the years a report may name (also the range of every date). */
export const YEAR_RANGE = { min: 1945, max: 2200 } as const;

/**
 * Hình dạng báo cáo — the shape of a report submission for a plan, as data: one
 * optional property per task of the plan under `tasks`, one per indicator under
 * `indicators` (counts are whole numbers ≥ 0; percentages are checked 0–100 by a rule,
 * so the message can name the indicator). Shape only: completeness and cross-field
 * checks are rules, which run whatever the shape says.
 * @param plan - the plan (its tasks and indicators)
 * @param options - optional narrowing to one period
 * @returns the root object node
 */
export function reportShape(plan: ShapePlan, options: ReportShapeOptions = {}): ShapeNode {
  const tasks: ShapeProp[] = allTasks(plan as Plan).map((t) => _opt(t.id, _TASK_ENTRY));
  const indicators: ShapeProp[] = [];
  for (const ind of plan.indicators) {
    if (options.period !== undefined && ind.periods !== undefined && !ind.periods.includes(options.period)) continue;
    indicators.push(_opt(ind.id, ind.type === 'count' ? { t: 'int', kind: 'count', min: 0, max: LIMITS.count } : { t: 'number', kind: 'percent' }));
  }
  return {
    t: 'object',
    kind: 'group',
    props: [
      _req('planId', _id),
      _req('period', { t: 'enum', kind: 'choice', values: PERIOD_KINDS }),
      _req('year', { t: 'int', kind: 'year', min: YEAR_RANGE.min, max: YEAR_RANGE.max }),
      _req('unitId', _id),
      _opt('periodIndex', { t: 'int', kind: 'period-index', min: 1, max: 12 }),
      _opt('obligationId', _id),
      _opt('document', _DOCUMENT),
      _opt('tasks', { t: 'object', kind: 'group', props: tasks }),
      _opt('indicators', { t: 'object', kind: 'group', props: indicators }),
      _opt('models', { t: 'array', kind: 'list', item: _DVK_MODEL, max: LIMITS.models }),
      _opt('difficulties', _text(LIMITS.longText)),
      _opt('proposals', _text(LIMITS.longText)),
      _opt('nextDirections', _text(LIMITS.longText)),
    ],
  };
}
