// The ONE definition of a report's shape, as data. Everything structural is derived
// from it: the zod schema (`buildReportSchema`, zod/mini), the JSON Schema export (zod's
// `toJSONSchema` of that schema) and the structural check `validateReport` runs
// (`checkShape`, below). The check interprets the same nodes zod is built from, with
// zod's semantics (which checks run after which failures), so the two cannot disagree
// on what is allowed — and `src/submission/shape.test.ts` proves it against zod on every
// vector and on arbitrary input (fast-check). Why not zod on the hot path: zod is most
// of a browser form page's JavaScript and of a Node process's cold start, and
// classic zod probes `new Function` (a CSP violation report) — see README "Budgets".
import { type Issue, type Plan, allTasks } from '@dvcq/core';
import { LIMITS } from '../text/limits';
import type { IssueCode, MessageCatalogue, MessageParams } from '../locales/codes';

/**
 * Tình trạng thực hiện nhiệm vụ — how far a unit got with a task.
 * `done` đã thực hiện, `in-progress` đang thực hiện, `not-started` chưa thực hiện,
 * `not-applicable` không thuộc phạm vi của đơn vị.
 */
export const TASK_STATUSES = ['done', 'in-progress', 'not-started', 'not-applicable'] as const;
/** Tình trạng thực hiện nhiệm vụ — task status. */
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Loại kỳ báo cáo — the period kinds a submission may name (same list as the plan model). */
export const REPORT_PERIODS = ['monthly', 'quarterly', 'semiannual', 'nine-month', 'annual'] as const;

/** Thẩm quyền ký — signing authority prefixes of Nghị định 30/2020/NĐ-CP (`none`: the head signs). */
export const SIGNING_AUTHORITIES = ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.', 'none'] as const;

/**
 * Nút hình dạng — one node of the shape description. Objects are always strict
 * (unknown keys are errors). `string` checks run in the order min, max, non-blank
 * (`\S`: free text must contain a non-space character — portable and linear).
 */
export type ShapeNode =
  | { readonly t: 'string'; readonly min?: number; readonly max: number; readonly nonBlank?: true }
  | { readonly t: 'int'; readonly min: number; readonly max: number }
  | { readonly t: 'number' }
  | { readonly t: 'enum'; readonly values: readonly string[] }
  | { readonly t: 'array'; readonly item: ShapeNode; readonly max: number }
  | { readonly t: 'object'; readonly name?: string; readonly props: ReadonlyArray<ShapeProp> };

/** Thuộc tính của nút đối tượng — a property of an object node. */
export interface ShapeProp {
  readonly key: string;
  readonly node: ShapeNode;
  readonly optional: boolean;
}

const _text = (max: number): ShapeNode => ({ t: 'string', max, nonBlank: true });
const _opt = (key: string, node: ShapeNode): ShapeProp => ({ key, node, optional: true });
const _req = (key: string, node: ShapeNode): ShapeProp => ({ key, node, optional: false });
const _id: ShapeNode = { t: 'string', min: 1, max: LIMITS.id };

/** @internal Mục báo cáo của một nhiệm vụ — every field optional (rules decide what is needed). */
export const _TASK_ENTRY: ShapeNode = {
  t: 'object',
  name: 'TaskEntry',
  props: [_opt('status', { t: 'enum', values: TASK_STATUSES }), _opt('results', _text(LIMITS.longText)), _opt('reason', _text(LIMITS.longText))],
};

/** @internal Người ký (Nghị định 30/2020, Điều 8 and Phụ lục I). */
export const _SIGNER: ShapeNode = {
  t: 'object',
  name: 'ReportSigner',
  props: [
    _opt('authority', { t: 'enum', values: SIGNING_AUTHORITIES }),
    _opt('onBehalfOf', _text(LIMITS.shortText)),
    _opt('position', _text(LIMITS.shortText)),
    _opt('name', _text(LIMITS.shortText)),
  ],
};

/** @internal Thông tin văn bản báo cáo. */
export const _DOCUMENT: ShapeNode = {
  t: 'object',
  name: 'ReportDocument',
  props: [
    _opt('number', { t: 'string', min: 1, max: LIMITS.documentNumber }),
    _opt('date', { t: 'string', min: 1, max: LIMITS.date }),
    _opt('place', _text(LIMITS.shortText)),
    _opt('signer', _SIGNER),
    _opt('recipients', { t: 'array', item: _id, max: LIMITS.recipients }),
  ],
};

/** @internal Mô hình "Dân vận khéo" (plan II.8.1, II.8.4). */
export const _DVK_MODEL: ShapeNode = {
  t: 'object',
  name: 'DvkModel',
  props: [
    _req('name', _text(LIMITS.shortText)),
    _req('field', _text(LIMITS.shortText)),
    _req('holder', { t: 'enum', values: ['collective', 'individual'] }),
    _req('stage', { t: 'enum', values: ['registered', 'recognized'] }),
  ],
};

/** Tùy chọn hình dạng — options of {@link reportShape}. */
export interface ReportShapeOptions {
  /** When given, indicators asked only in other periods are left out. */
  period?: (typeof REPORT_PERIODS)[number];
}

/** Phần kế hoạch mà hình dạng báo cáo cần — what of a plan the report shape reads. */
export type ShapePlan = Pick<Plan, 'sections' | 'indicators'>;

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
    indicators.push(_opt(ind.id, ind.type === 'count' ? { t: 'int', min: 0, max: LIMITS.count } : { t: 'number' }));
  }
  return {
    t: 'object',
    props: [
      _req('planId', _id),
      _req('period', { t: 'enum', values: REPORT_PERIODS }),
      _req('year', { t: 'int', min: 1945, max: 2200 }),
      _req('unitId', _id),
      _opt('document', _DOCUMENT),
      _opt('tasks', { t: 'object', props: tasks }),
      _opt('indicators', { t: 'object', props: indicators }),
      _opt('models', { t: 'array', item: _DVK_MODEL, max: LIMITS.models }),
      _opt('difficulties', _text(LIMITS.longText)),
      _opt('proposals', _text(LIMITS.longText)),
      _opt('nextDirections', _text(LIMITS.longText)),
    ],
  };
}

// ---------------------------------------------------------------------------------
// The structural check: zod's semantics on the same nodes, our codes and messages.
// zod runs a type's checks (lengths, bounds) only while no "aborting" issue was
// raised for that value — an element of the wrong type under an array stops the
// array's own `maxItems` check — and `fromZodIssues` maps `invalid_type` of an absent
// value to `schema.required`. The check mirrors both, so its issues equal
// `fromZodIssues(buildReportSchema(plan).safeParse(x).error.issues)` (tested).

const _hasOwn = Object.prototype.hasOwnProperty;
const _BLANK_OK = /\S/;
const _TYPE_VI: Record<string, string> = { string: 'chuỗi ký tự', number: 'số', int: 'số nguyên', array: 'danh sách', object: 'đối tượng' };

/** Một vấn đề cấu trúc thô — a structural problem before its message is written. */
interface _Raw {
  code: IssueCode;
  path: Array<string | number>;
  params: MessageParams;
}

const _isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function _typeIssue(out: _Raw[], v: unknown, path: Array<string | number>, expected: string): void {
  if (v === undefined) out.push({ code: 'schema.required', path: path.slice(), params: {} });
  else out.push({ code: 'schema.type', path: path.slice(), params: { expected: _TYPE_VI[expected] ?? expected, expectedEn: expected === 'int' ? 'integer' : expected } });
}

/** State of one check: where we are, what was found. */
interface _State {
  path: Array<string | number>;
  out: _Raw[];
}

/** A compiled node: checks `v` (issues into `st.out`) and returns its copy (objects and arrays fresh). */
type _Check = (v: unknown, st: _State) => unknown;

/** Compiles a node into a closure (key sets built once, no per-call lookups of the description). */
function _compile(node: ShapeNode): _Check {
  switch (node.t) {
    case 'string': {
      const { min, max } = node;
      const nonBlank = node.nonBlank === true;
      return (v, st) => {
        if (typeof v !== 'string') {
          _typeIssue(st.out, v, st.path, 'string');
          _lengthChecks(min, max, v, st.path, st.out);
          return v;
        }
        if ((min !== undefined && v.length < min * 2) || v.length > max) _lengthChecks(min, max, v, st.path, st.out);
        if (nonBlank && !_BLANK_OK.test(v)) st.out.push({ code: 'schema.blank', path: st.path.slice(), params: {} });
        return v;
      };
    }
    case 'number':
      return (v, st) => {
        if (typeof v !== 'number' || !Number.isFinite(v)) _typeIssue(st.out, v, st.path, 'number');
        return v;
      };
    case 'int': {
      const { min, max } = node;
      return (v, st) => {
        // zod's z.int(): a number type first, then the safe-integer format, then the bounds.
        if (typeof v !== 'number' || !Number.isFinite(v)) return _typeIssue(st.out, v, st.path, 'number'), v;
        if (!Number.isInteger(v)) return _typeIssue(st.out, v, st.path, 'int'), v;
        const path = st.path;
        // z.int() is a *safe* integer: its own bounds come before ours (both reported).
        if (v > Number.MAX_SAFE_INTEGER) st.out.push({ code: 'schema.too-big', path: path.slice(), params: { limit: String(Number.MAX_SAFE_INTEGER) } });
        if (v < Number.MIN_SAFE_INTEGER) st.out.push({ code: 'schema.too-small', path: path.slice(), params: { limit: String(Number.MIN_SAFE_INTEGER) } });
        if (v < min) st.out.push({ code: 'schema.too-small', path: path.slice(), params: { limit: String(min) } });
        if (v > max) st.out.push({ code: 'schema.too-big', path: path.slice(), params: { limit: String(max) } });
        return v;
      };
    }
    case 'enum': {
      const values = node.values;
      const list = values.join(', ');
      return (v, st) => {
        if (typeof v !== 'string' || !values.includes(v)) st.out.push({ code: 'schema.enum', path: st.path.slice(), params: { values: list } });
        return v;
      };
    }
    case 'array': {
      const max = node.max;
      const item = _compile(node.item);
      return (v, st) => {
        if (!Array.isArray(v)) {
          _typeIssue(st.out, v, st.path, 'array');
          _lengthChecks(undefined, max, v, st.path, st.out);
          return v;
        }
        // zod caps arrays before their items: an array over its maximum is reported as
        // too long and its items are not looked at (nothing walks a hostile list).
        if (v.length > max) {
          st.out.push({ code: 'schema.too-big', path: st.path.slice(), params: { limit: String(max) } });
          return v;
        }
        const copy = new Array<unknown>(v.length);
        for (let i = 0; i < v.length; i++) {
          st.path.push(i);
          copy[i] = item(v[i], st);
          st.path.pop();
        }
        return copy;
      };
    }
    case 'object': {
      const props = node.props.map((p) => ({ key: p.key, optional: p.optional, check: _compile(p.node) }));
      const known = new Set(props.map((p) => p.key));
      return (v, st) => {
        if (!_isObject(v)) return _typeIssue(st.out, v, st.path, 'object'), v;
        const copy: Record<string, unknown> = {};
        for (let i = 0; i < props.length; i++) {
          const p = props[i]!;
          const x = _hasOwn.call(v, p.key) ? v[p.key] : undefined;
          if (x === undefined && p.optional) continue;
          st.path.push(p.key);
          const c = p.check(x, st);
          st.path.pop();
          if (c !== undefined) copy[p.key] = c;
        }
        for (const k of Object.keys(v))
          if (!known.has(k)) {
            st.path.push(k);
            st.out.push({ code: 'schema.unknown-field', path: st.path.slice(), params: {} });
            st.path.pop();
          }
        return copy;
      };
    }
  }
}

// zod's length checks (minLength/maxLength) run on anything with a `length` — even
// after a wrong-type issue (a list where text belongs is also "too long") — and count
// a string's length in code points (as JSON Schema's maxLength does), not UTF-16 units.
function _lengthChecks(min: number | undefined, max: number, v: unknown, path: Array<string | number>, out: _Raw[]): void {
  if (v === null || v === undefined) return;
  const units = (v as { length?: unknown }).length;
  if (units === undefined) return;
  if (min !== undefined) {
    const n = typeof v === 'string' && (units as number) >= min && (units as number) < min * 2 ? _codePoints(v) : units;
    if (!((n as number) >= min)) out.push({ code: 'schema.too-small', path: path.slice(), params: { limit: String(min) } });
  }
  const n = typeof v === 'string' && (units as number) > max ? _codePoints(v) : units;
  if (!((n as number) <= max)) out.push({ code: 'schema.too-big', path: path.slice(), params: { limit: String(max) } });
}

function _codePoints(s: string): number {
  let count = s.length;
  for (let i = 0; i < s.length - 1; i++)
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  return count;
}

/**
 * Hình dạng đã biên dịch — a shape compiled into closures once (`compileReport` does
 * it): checks a value and, when the shape holds, returns a fresh copy of it (what
 * zod's parse returns: new objects and arrays, properties in shape order).
 */
export type CompiledShape = (value: unknown, messages: MessageCatalogue) => { issues: Issue[]; value?: unknown };

/**
 * Biên dịch hình dạng — compiles a shape for repeated checks.
 * @param root - from {@link reportShape}
 * @returns the compiled check
 */
export function compileShape(root: ShapeNode): CompiledShape {
  const check = _compile(root);
  return (value, messages) => {
    const st: _State = { path: [], out: [] };
    const copy = check(value, st);
    if (st.out.length === 0) return { issues: [], value: copy };
    return { issues: st.out.map((r) => ({ code: r.code, severity: 'error', path: _pointer(r.path), message: messages[r.code](r.params) })) };
  };
}

/** `checkShape` (./check-shape) with the message catalogue given. @internal */
export function _checkShapeWith(root: ShapeNode, value: unknown, messages: MessageCatalogue): Issue[] {
  return compileShape(root)(value, messages).issues;
}

function _pointer(segs: ReadonlyArray<string | number>): string {
  let out = '';
  for (const s of segs) out += '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1');
  return out;
}

/**
 * Sao chép theo hình dạng — a fresh copy of a value that passed the shape (see
 * {@link CompiledShape}). @internal
 */
export function _copyShaped(node: ShapeNode, v: unknown): unknown {
  return compileShape(node)(v, {} as MessageCatalogue).value;
}
