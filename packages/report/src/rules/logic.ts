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
 * Các phép toán được hỗ trợ — the core JSON Logic operators this evaluator runs: the
 * ones rule families write (CONTRACT.md §12 lists those a rules.json uses). Every one
 * exists with the same meaning in json-logic-js and the Java, .NET, PHP, Python and Go
 * implementations, so rules.json runs there unchanged. JavaScript's loose `==`, and
 * operators no rule needs (`missing`, `if`, `-`, `max`, `min`, `map`…), are left out:
 * what other languages would have to copy stays small, and so does the form page.
 */
export const LOGIC_OPERATORS = [
  'var', '===', '!==', '!', '!!', 'or', 'and', '<', '<=', '>', '>=', 'in', 'cat', '+', 'some', 'all', 'none', 'filter', 'reduce',
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

// JavaScript's Number() on JSON values after ToPrimitive (what json-logic-js's `<` does
// implicitly): arrays join with ",", objects become "[object Object]".
function _jsNum(v: unknown): number {
  const p = _toPrim(v);
  if (typeof p === 'number') return p;
  if (typeof p === 'boolean') return p ? 1 : 0;
  if (p === null) return 0;
  if (typeof p === 'string') return p.trim() === '' ? 0 : Number(p);
  return NaN;
}

function _compare(a0: unknown, b0: unknown): number {
  const a = _toPrim(a0);
  const b = _toPrim(b0);
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return _jsNum(a) - _jsNum(b);
}

function _toPrim(v: unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => (x === null || x === undefined ? '' : typeof x === 'object' ? String(_toPrim(x)) : String(x))).join(',');
  if (v !== null && typeof v === 'object') return '[object Object]';
  return v;
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
      // A literal dotted path (`read.0`, `ctx.today`, `current`; "" is the data itself),
      // with an optional default; own properties only, arrays by index.
      const dflt = a[1];
      const lit = argsRaw[0];
      if (typeof lit !== 'string' && typeof lit !== 'number') throw new Error('JSON Logic: `var` takes a literal path');
      const keys = lit === '' ? [] : String(lit).split('.');
      return (d) => {
        let cur: unknown = d;
        for (const k of keys) {
          if (cur === null || typeof cur !== 'object' || !_has(cur, k)) return dflt ? dflt(d) : null;
          cur = (cur as Record<string, unknown>)[k];
          if (cur === undefined) return dflt ? dflt(d) : null;
        }
        return cur;
      };
    }
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
    case 'some':
    case 'all':
    case 'none':
    case 'filter': {
      const body = a1;
      return (d) => {
        const list = a0(d);
        const items = Array.isArray(list) ? list : [];
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
