import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import jsonLogic from 'json-logic-js';
import { compileLogic, logicTruthy, type JsonLogic } from './logic';

const prim = fc.oneof(fc.integer({ min: -5, max: 20 }), fc.constantFrom('', 'a', 'b', '1', '10', ' 2 ', 'BC-SNV', 'x.y'), fc.constant(null), fc.boolean());
const varPath = fc.constantFrom('a', 'b', 'read.0', 'read.1', 'ctx.x', 'ctx.list', 'nope', 'ctx.nope.deeper', '', 'current', 'accumulator');
const BIN = ['===', '!==', '<', '<=', '>', '>=', 'in', 'cat', '+'] as const;

const expr: fc.Arbitrary<JsonLogic> = fc.letrec<{ e: JsonLogic }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    prim as fc.Arbitrary<JsonLogic>,
    varPath.map((p): JsonLogic => ({ var: p })),
    fc.tuple(varPath, prim).map(([p, d]): JsonLogic => ({ var: [p, d] })),
    fc.tuple(fc.constantFrom(...BIN), tie('e'), tie('e')).map(([op, x, y]): JsonLogic => ({ [op]: [x, y] })),
    fc.tuple(fc.constantFrom('<', '<='), tie('e'), tie('e'), tie('e')).map(([op, x, y, z]): JsonLogic => ({ [op]: [x, y, z] })),
    fc.tuple(fc.constantFrom('!', '!!'), tie('e')).map(([op, x]): JsonLogic => ({ [op]: [x] })),
    fc.tuple(fc.constantFrom('and', 'or'), fc.array(tie('e'), { minLength: 1, maxLength: 4 })).map(([op, xs]): JsonLogic => ({ [op]: xs })),
    fc.tuple(tie('e'), fc.array(fc.constantFrom('a', 'b', '1', 'done'), { maxLength: 3 })).map(([x, list]): JsonLogic => ({ in: [x, list] })),
    fc.tuple(fc.constantFrom('some', 'all', 'none', 'filter'), fc.constantFrom<JsonLogic>({ var: 'ctx.list' }, { var: 'nope' }, ['a', 'b']), tie('e')).map(([op, l, b]): JsonLogic => ({ [op]: [l, b] })),
    fc.tuple(fc.constantFrom<JsonLogic>({ var: 'ctx.list' }, { var: 'nope' }, ['a', 'b'], { var: 'a' }), tie('e'), prim as fc.Arbitrary<JsonLogic>).map(([l, b, i]): JsonLogic => ({ reduce: [l, b, i] })),
  ),
})).e;

const data = fc.record({ a: prim, b: prim, read: fc.tuple(prim, prim), ctx: fc.record({ x: prim, list: fc.array(fc.constantFrom('a', 'b', 'done', ''), { maxLength: 3 }) }) }).map((d) => JSON.parse(JSON.stringify(d)) as Record<string, unknown>);
const canon = (v: unknown): unknown => JSON.parse(JSON.stringify(v, (_k, x) => (typeof x === 'number' && !Number.isFinite(x) ? `#${x}` : Object.is(x, -0) ? 0 : x)) ?? 'null');

describe('compileLogic', () => {
  it('agrees with json-logic-js (the reference implementation) on random expressions and data', () => {
    fc.assert(
      fc.property(expr, data, (logic, d) => {
        const ours = compileLogic(logic)(d);
        const theirs = jsonLogic.apply(logic as never, d);
        expect(canon(ours)).toEqual(canon(theirs));
        expect(logicTruthy(ours)).toBe(jsonLogic.truthy(theirs));
      }),
      { numRuns: 3000 },
    );
  });
  it('reads only own properties (no prototype walk)', () => {
    const f = compileLogic({ var: 'x.constructor' });
    expect(f({ x: {} })).toBe(null);
    expect(compileLogic({ var: '__proto__' })({})).toBe(null);
  });
  it('rejects unknown and prototype-named operators as programmer errors', () => {
    expect(() => compileLogic({ eval: ['1'] } as JsonLogic)).toThrow(/unsupported operator/);
    // Outside the subset rules are written in: JavaScript's loose equality and the rest.
    for (const op of ['==', '!=', 'missing', 'if', '?:', '-', 'max', 'min', 'map', 'merge'])
      expect(() => compileLogic({ [op]: [1, 2] } as JsonLogic)).toThrow(/unsupported operator/);
    expect(() => compileLogic({ var: [{ cat: ['a', 'b'] }] } as JsonLogic)).toThrow(/literal path/);
    expect(() => compileLogic(JSON.parse('{"__proto__":[1]}') as JsonLogic)).toThrow(/unsupported operator/);
    expect(() => compileLogic({ constructor: [1] } as JsonLogic)).toThrow(/unsupported operator/);
  });
  it('treats an empty array as false and `all` of nothing as false, as JSON Logic does', () => {
    expect(compileLogic({ '!!': [[]] })({})).toBe(false);
    expect(compileLogic({ all: [[], true] })({})).toBe(false);
    expect(compileLogic({ none: [[], true] })({})).toBe(true);
  });
});
