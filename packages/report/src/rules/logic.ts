// Bộ đánh giá JSON Logic — our own evaluator of the JSON Logic subset rules.json uses.
//
// Why not json-logic-js at run time (it is only a dev dependency, used by the
// conformance test as the independent reference):
//  - missing values: we need "absent" and "wrong type" to behave the same in every
//    language, so reads are prepared (typed, null when absent) before logic runs,
//    and the evaluator never falls back to a language's loose coercions of objects;
//  - proto safety: `var` reads only own properties (json-logic-js walks `data[key]`,
//    which reaches `constructor`/`__proto__` of plain objects), and operators are
//    looked up in a switch, never in an object a rule could name (`{"__proto__": …}`);
//  - size and CSP: ~200 lines, no `eval`/`new Function`, no global operator table to
//    mutate (json-logic-js has `add_operation`, shared by everyone who loads it).
// Rules are compiled once into closures; evaluation allocates nothing but results.

/** Biểu thức JSON Logic — a JSON Logic expression (https://jsonlogic.com). */
export type JsonLogic = null | boolean | number | string | JsonLogic[] | { [op: string]: JsonLogic };

/** Hàm đã biên dịch — a compiled expression: data in, value out. */
export type CompiledLogic = (data: unknown) => unknown;

/**
 * Các phép toán được hỗ trợ — the core JSON Logic operators this evaluator runs.
 * Every one exists with the same meaning in json-logic-js and the Java, .NET, PHP,
 * Python and Go implementations, so rules.json runs there unchanged.
 */
export const LOGIC_OPERATORS = [
  'var', 'missing', 'if', '?:', '==', '===', '!=', '!==', '!', '!!', 'or', 'and',
  '<', '<=', '>', '>=', 'in', 'cat', '+', '-', 'max', 'min', 'some', 'all', 'none', 'filter', 'map', 'reduce',
] as const;

const _has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/**
 * Giá trị đúng theo JSON Logic — JSON Logic truthiness: like JavaScript, except
 * that an empty array is false.
 * @param v - any value
 * @returns whether JSON Logic treats it as true
 */
export function logicTruthy(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0;
  return Boolean(v);
}

function _num(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === null) return 0;
  if (typeof v === 'string') return v.trim() === '' ? 0 : Number(v);
  return NaN;
}

// JavaScript abstract equality restricted to JSON values (what json-logic-js does
// with `==`). Rules only compare values of one type, but the evaluator stays exact.
function _looseEq(a: unknown, b: unknown): boolean {
  if (a === null || a === undefined) return b === null || b === undefined;
  if (b === null || b === undefined) return false;
  if (typeof a === typeof b && typeof a !== 'object') return a === b;
  if (typeof a === 'object' || typeof b === 'object') {
    if (typeof a === 'object' && typeof b === 'object') return a === b;
    const obj = typeof a === 'object' ? a : b;
    const prim = typeof a === 'object' ? b : a;
    return _looseEq(Array.isArray(obj) ? obj.join(',') : '[object Object]', prim);
  }
  return _num(a) === _num(b);
}

function _compare(a0: unknown, b0: unknown): number {
  const a = _toPrim(a0);
  const b = _toPrim(b0);
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  const x = _jsNum(a);
  const y = _jsNum(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  return x - y;
}

const _NOT_FOUND = Symbol('not found');

/** Reads a dotted path through own properties only (arrays by index); `_NOT_FOUND` when absent. */
function _read(data: unknown, path: string): unknown {
  if (path === '') return data;
  let cur: unknown = data;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || !_has(cur, key)) return _NOT_FOUND;
    cur = (cur as Record<string, unknown>)[key];
    if (cur === undefined) return _NOT_FOUND;
  }
  return cur;
}

// JavaScript's ToPrimitive on JSON values (what json-logic-js's `<`, `-`, `max` do
// implicitly): arrays join with ",", objects become "[object Object]".
function _toPrim(v: unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => (x === null || x === undefined ? '' : typeof x === 'object' ? String(_toPrim(x)) : String(x))).join(',');
  if (v !== null && typeof v === 'object') return '[object Object]';
  return v;
}

// JavaScript's Number() on JSON values.
function _jsNum(v: unknown): number {
  return _num(_toPrim(v));
}

// json-logic-js adds with parseFloat(String(x)): "12 lượt" → 12, null → NaN.
function _parseFloat(v: unknown): number {
  return Number.parseFloat(Array.isArray(v) ? v.join(',') : String(v));
}

/**
 * Biên dịch biểu thức — compiles a JSON Logic expression into a closure.
 * Throws on an unknown operator: that is a mistake in a rule, not in user input.
 * @param logic - the expression
 * @returns a function evaluating it against a data object
 */
export function compileLogic(logic: JsonLogic): CompiledLogic {
  if (logic === null || typeof logic !== 'object') return () => logic;
  if (Array.isArray(logic)) {
    // A list of plain values (e.g. the statuses in `{"in": [x, ["done", …]]}`) is built once.
    if (logic.every((x) => x === null || typeof x !== 'object')) {
      const constant = Object.freeze(logic.slice());
      return () => constant;
    }
    const items = logic.map(compileLogic);
    return (d) => items.map((f) => f(d));
  }
  const keys = Object.keys(logic);
  if (keys.length !== 1) throw new Error(`JSON Logic: an operation has exactly one key, got ${JSON.stringify(keys)}`);
  const op = keys[0]!;
  const raw = logic[op]!;
  const argsRaw: JsonLogic[] = Array.isArray(raw) ? raw : [raw];
  const a = argsRaw.map(compileLogic);
  const a0 = a[0] ?? (() => null);
  const a1 = a[1] ?? (() => null);
  switch (op) {
    case 'var': {
      const dflt = a[1];
      const lit = argsRaw[0];
      if ((typeof lit === 'string' || typeof lit === 'number') && lit !== '') {
        // A literal path (every rule uses these): split once, walk own properties.
        const keys = String(lit).split('.');
        if (keys.length === 2) {
          // `read.0`, `ctx.today`: the two steps unrolled (the hot case of rules.json).
          const k0 = keys[0]!;
          const k1 = keys[1]!;
          return (d) => {
            if (d === null || typeof d !== 'object' || !_has(d, k0)) return dflt ? dflt(d) : null;
            const c = (d as Record<string, unknown>)[k0];
            if (c === undefined || c === null || typeof c !== 'object' || !_has(c, k1)) return dflt ? dflt(d) : null;
            const v = (c as Record<string, unknown>)[k1];
            return v === undefined ? (dflt ? dflt(d) : null) : v;
          };
        }
        return (d) => {
          let cur: unknown = d;
          for (let i = 0; i < keys.length; i++) {
            if (cur === null || typeof cur !== 'object' || !_has(cur, keys[i]!)) return dflt ? dflt(d) : null;
            cur = (cur as Record<string, unknown>)[keys[i]!];
            if (cur === undefined) return dflt ? dflt(d) : null;
          }
          return cur;
        };
      }
      return (d) => {
        const p = a0(d);
        const v = _read(d, p === null || p === undefined ? '' : String(p));
        return v === _NOT_FOUND ? (dflt ? dflt(d) : null) : v;
      };
    }
    case 'missing':
      return (d) => {
        // One array argument holds the keys (e.g. the result of `merge`); else every argument is a key.
        const first = a0(d);
        const names = Array.isArray(first) ? first : a.map((f) => f(d));
        return names.filter((n) => {
          const v = _read(d, n === null ? '' : String(n));
          return v === _NOT_FOUND || v === null || v === '';
        });
      };
    case 'if':
    case '?:':
      return (d) => {
        let i = 0;
        for (; i + 1 < a.length; i += 2) if (logicTruthy(a[i]!(d))) return a[i + 1]!(d);
        return i < a.length ? a[i]!(d) : null;
      };
    case '==':
      return (d) => _looseEq(a0(d), a1(d));
    case '!=':
      return (d) => !_looseEq(a0(d), a1(d));
    case '===':
      return (d) => a0(d) === a1(d);
    case '!==':
      return (d) => a0(d) !== a1(d);
    case '!':
      return (d) => !logicTruthy(a0(d));
    case '!!':
      return (d) => logicTruthy(a0(d));
    case 'or':
      if (a.length === 2) return (d) => { const v = a0(d); return logicTruthy(v) ? v : a1(d); };
      return (d) => {
        let v: unknown = null;
        for (const f of a) if (logicTruthy((v = f(d)))) return v;
        return v;
      };
    case 'and':
      return (d) => {
        let v: unknown = null;
        for (const f of a) if (!logicTruthy((v = f(d)))) return v;
        return v;
      };
    case '<':
      return a.length === 3 ? (d) => _compare(a0(d), a1(d)) < 0 && _compare(a1(d), a[2]!(d)) < 0 : (d) => _compare(a0(d), a1(d)) < 0;
    case '<=':
      return a.length === 3 ? (d) => _compare(a0(d), a1(d)) <= 0 && _compare(a1(d), a[2]!(d)) <= 0 : (d) => _compare(a0(d), a1(d)) <= 0;
    case '>':
      return (d) => _compare(a0(d), a1(d)) > 0;
    case '>=':
      return (d) => _compare(a0(d), a1(d)) >= 0;
    case 'in':
      return (d) => {
        const needle = a0(d);
        const hay = a1(d);
        if (Array.isArray(hay)) return hay.includes(needle);
        // json-logic-js: an empty string haystack contains nothing.
        if (typeof hay === 'string') return hay !== '' && hay.includes(String(needle));
        return false;
      };
    case 'cat':
      return (d) => a.map((f) => { const v = f(d); return v === null ? '' : String(v); }).join('');
    case '+':
      return (d) => a.reduce((s, f) => s + _parseFloat(f(d)), 0);
    case '-':
      return a.length === 1 ? (d) => -_jsNum(a0(d)) : (d) => _jsNum(a0(d)) - _jsNum(a1(d));
    case 'max':
      return (d) => Math.max(...a.map((f) => _jsNum(f(d))));
    case 'min':
      return (d) => Math.min(...a.map((f) => _jsNum(f(d))));
    case 'some':
    case 'all':
    case 'none':
    case 'filter':
    case 'map': {
      const body = a1;
      return (d) => {
        const list = a0(d);
        const items = Array.isArray(list) ? list : [];
        if (op === 'map') return items.map((x) => body(x));
        if (op === 'filter') return items.filter((x) => logicTruthy(body(x)));
        if (op === 'some') return items.some((x) => logicTruthy(body(x)));
        if (op === 'none') return !items.some((x) => logicTruthy(body(x)));
        // json-logic-js: `all` of an empty list is false.
        return items.length > 0 && items.every((x) => logicTruthy(body(x)));
      };
    }
    case 'reduce': {
      // json-logic-js: the body sees {current, accumulator}; a non-array reduces to the initial value.
      const body = a1;
      const init = a[2] ?? (() => null);
      return (d) => {
        const list = a0(d);
        let acc = init(d);
        if (!Array.isArray(list)) return acc;
        for (const current of list) acc = body({ current, accumulator: acc });
        return acc;
      };
    }
    default:
      throw new Error(`JSON Logic: unsupported operator "${op}" (supported: ${LOGIC_OPERATORS.join(' ')})`);
  }
}
