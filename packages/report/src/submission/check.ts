// The structural check: JSON Schema semantics on the shape's nodes, every error
// reported (what a validator of the exported schema gives with all errors on: Ajv
// `allErrors`, Python `iter_errors`). Each keyword is checked on its own, so one value
// may break two of them (`-1.5` for a count: `type` and `minimum`); keywords that
// apply to one type only (`minLength`, `minimum`, `maxItems`…) ignore values of other
// types; `enum` has no `type` beside it. Proved against Ajv on arbitrary mutations of
// valid reports (check.test.ts).
import type { IssueCode } from '../locales/codes';
import { type FieldKind, type ShapeNode, BLANK_RANGES } from './shape';

/** Vấn đề cấu trúc thô — a structural problem before its message is written. */
export interface RawIssue {
  readonly code: IssueCode;
  /** JSON Pointer segments of the value. */
  readonly path: ReadonlyArray<string | number>;
  /** The node's meaning, for the message's words. */
  readonly kind: FieldKind;
  /** The JSON Schema keyword that failed (`required`, `type`, `enum`…). */
  readonly keyword: string;
  /** `minimum`/`maxLength`…: the limit; `type`: the expected type; `enum`: the allowed values. */
  readonly limit?: number;
  readonly expected?: 'string' | 'integer' | 'number' | 'array' | 'object';
  readonly values?: readonly string[];
}

/**
 * Kiểm tra cấu trúc đã biên dịch — checks a value against the compiled shape; when
 * there is no issue it also returns a fresh copy of the value (new objects and
 * arrays, properties in shape order).
 */
export type ShapeCheck = (value: unknown) => { issues: RawIssue[]; value?: unknown };

const _hasOwn = Object.prototype.hasOwnProperty;
const _isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a UTF-16 unit / code point is blank (see BLANK_RANGES). */
function _isBlank(c: number): boolean {
  for (const [a, b] of BLANK_RANGES) if (c >= a && c <= b) return true;
  return false;
}

/** Whether the string has a character that is not blank (JSON Schema `pattern` NON_BLANK_PATTERN). */
export function _hasNonBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!_isBlank(s.charCodeAt(i))) return true;
  return false;
}

/** Length in code points (JSON Schema's minLength/maxLength; a lone surrogate counts 1). */
export function _codePoints(s: string): number {
  let count = s.length;
  for (let i = 0; i < s.length - 1; i++)
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  return count;
}

interface _State {
  path: Array<string | number>;
  out: RawIssue[];
}

type _Check = (v: unknown, st: _State) => unknown;

function _push(st: _State, code: IssueCode, kind: FieldKind, keyword: string, extra: Partial<RawIssue> = {}): void {
  st.out.push({ code, path: st.path.slice(), kind, keyword, ...extra });
}

function _compile(node: ShapeNode): _Check {
  const kind = node.kind;
  switch (node.t) {
    case 'string': {
      const { min, max } = node;
      const nonBlank = node.nonBlank === true;
      return (v, st) => {
        if (typeof v !== 'string') return _push(st, 'schema.type', kind, 'type', { expected: 'string' }), v;
        // Code points only when UTF-16 units cannot decide (units ≥ code points ≥ units / 2).
        if (min !== undefined && v.length < 2 * min && _codePoints(v) < min) _push(st, 'schema.too-small', kind, 'minLength', { limit: min });
        if (v.length > max && _codePoints(v) > max) _push(st, 'schema.too-big', kind, 'maxLength', { limit: max });
        if (nonBlank && !_hasNonBlank(v)) _push(st, 'schema.blank', kind, 'pattern');
        return v;
      };
    }
    case 'int': {
      const { min, max } = node;
      return (v, st) => {
        if (typeof v !== 'number' || !Number.isFinite(v)) return _push(st, 'schema.type', kind, 'type', { expected: 'integer' }), v;
        if (!Number.isInteger(v)) _push(st, 'schema.type', kind, 'type', { expected: 'integer' });
        if (v < min) _push(st, 'schema.too-small', kind, 'minimum', { limit: min });
        if (v > max) _push(st, 'schema.too-big', kind, 'maximum', { limit: max });
        return v;
      };
    }
    case 'number':
      return (v, st) => {
        if (typeof v !== 'number' || !Number.isFinite(v)) _push(st, 'schema.type', kind, 'type', { expected: 'number' });
        return v;
      };
    case 'enum': {
      const values = node.values;
      return (v, st) => {
        if (typeof v !== 'string' || !values.includes(v)) _push(st, 'schema.enum', kind, 'enum', { values });
        return v;
      };
    }
    case 'array': {
      const max = node.max;
      const item = _compile(node.item);
      return (v, st) => {
        if (!Array.isArray(v)) return _push(st, 'schema.type', kind, 'type', { expected: 'array' }), v;
        if (v.length > max) _push(st, 'schema.too-big', kind, 'maxItems', { limit: max });
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
      const props = node.props.map((p) => ({ key: p.key, optional: p.optional, kind: p.node.kind, check: _compile(p.node) }));
      const known = new Set(props.map((p) => p.key));
      return (v, st) => {
        if (!_isObject(v)) return _push(st, 'schema.type', kind, 'type', { expected: 'object' }), v;
        const copy: Record<string, unknown> = {};
        for (let i = 0; i < props.length; i++) {
          const p = props[i]!;
          const x = _hasOwn.call(v, p.key) ? v[p.key] : undefined;
          st.path.push(p.key);
          // An own property holding `undefined` (JavaScript callers only) is absent.
          if (x === undefined) {
            if (!p.optional) _push(st, 'schema.required', p.kind, 'required');
          } else copy[p.key] = p.check(x, st);
          st.path.pop();
        }
        for (const k of Object.keys(v))
          if (!known.has(k)) {
            st.path.push(k);
            _push(st, 'schema.unknown-field', 'group', 'additionalProperties');
            st.path.pop();
          }
        return copy;
      };
    }
  }
}

/**
 * Biên dịch hình dạng — compiles a shape into closures once (`compileReport` does it).
 * @param root - from `reportShape`
 * @returns the check
 */
export function compileShape(root: ShapeNode): ShapeCheck {
  const check = _compile(root);
  return (value) => {
    const st: _State = { path: [], out: [] };
    const copy = check(value, st);
    return st.out.length === 0 ? { issues: [], value: copy } : { issues: st.out };
  };
}
