// The structural check of validateReport (checkShape, no zod) and the zod schema
// (buildReportSchema, zod/mini) come from one shape description. These tests prove they
// say the same thing: same codes, paths and messages, on every conformance vector, on
// edge values, and on arbitrary inputs shaped like reports (fast-check).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Plan } from '@dvcq/core';
import { buildReportSchema } from './schema';
import { type ShapeNode, _copyShaped, reportShape } from './shape';
import { checkShape } from './check-shape';
import { fromZodIssues } from '../validate/structural';
import { buildVectors } from '../exports/vectors';
import { hoaBinhPlan, miniPlan, twoLevelPlan } from '../_fixtures/plans';

const many = (n: number, x: unknown) => Array.from({ length: n }, () => x);
const fmt = (xs: ReadonlyArray<{ code: string; path: string; message: string }>) => xs.map((i) => `${i.code} ${i.path} ${i.message}`);

function viaZod(plan: Plan, input: unknown, lang: 'vi' | 'en' = 'vi') {
  const r = buildReportSchema(plan).safeParse(input);
  return r.success ? [] : fromZodIssues(r.error.issues, lang, input);
}

/** Values near a node: valid ones, wrong types, edge numbers and strings, absent. */
function near(node: ShapeNode, depth = 0): fc.Arbitrary<unknown> {
  const junk = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.constantFrom(1.5, -1, 0, 2 ** 60, -(2 ** 60), 1e9 + 1, 1945, 2200, 2201, Infinity, NaN),
    fc.constantFrom('', ' ', '\u00a0', 'x', 'done', 'KT.', 'a'.repeat(81)),
    fc.constant([]),
    fc.constant({}),
    fc.jsonValue({ maxDepth: 1 }),
  );
  let good: fc.Arbitrary<unknown>;
  switch (node.t) {
    case 'string':
      good = fc.oneof(
        fc.string({ maxLength: 12, unit: 'binary' }),
        fc.constantFrom(' \t', 'Hòa Bình', 'x'.repeat(node.max), 'x'.repeat(node.max + 1), ' '.repeat(node.max + 1), '😀'.repeat(node.max), '😀'.repeat(node.max + 1), '😀', '\ud800'),
        fc.constantFrom({ length: node.max + 1 }, { length: 'x' }, { length: null }, many(node.max + 1, 'x')),
      );
      break;
    case 'int':
      good = fc.oneof(fc.integer({ min: node.min - 2, max: node.max + 2 }), fc.constantFrom(node.min, node.max));
      break;
    case 'number':
      good = fc.double();
      break;
    case 'enum':
      good = fc.constantFrom(...node.values);
      break;
    case 'array':
      good = depth > 3 ? fc.constant([]) : fc.array(near(node.item, depth + 1), { maxLength: 4 });
      break;
    case 'object': {
      if (depth > 3) return fc.constant({});
      const props = node.props;
      good = fc
        .tuple(
          fc.subarray([...props.keys()], { minLength: 0 }),
          fc.array(near(node, 99), { minLength: props.length, maxLength: props.length }),
          fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'toString', 'extra', 'II.9.9', 'a/b~c'), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 }),
          fc.tuple(...props.map((p) => near(p.node, depth + 1))),
        )
        .map(([keep, , extra, values]) => {
          const o: Record<string, unknown> = {};
          for (const i of keep) Object.defineProperty(o, props[i]!.key, { value: values[i], enumerable: true, writable: true, configurable: true });
          for (const [k, v] of Object.entries(extra)) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
          return o;
        });
      break;
    }
  }
  return fc.oneof({ arbitrary: good, weight: 4 }, { arbitrary: junk, weight: 1 });
}

describe.each([
  ['hoa-binh-2021', hoaBinhPlan],
  ['mini-2021', miniPlan],
  ['two-level-2026', twoLevelPlan],
] as const)('checkShape equals zod (%s)', (_name, plan) => {
  const shape = reportShape(plan);

  it('on every conformance vector (codes, paths, messages; vi and en)', () => {
    for (const v of buildVectors(plan))
      for (const lang of ['vi', 'en'] as const) expect(fmt(checkShape(shape, v.input, lang)), v.name).toEqual(fmt(viaZod(plan, v.input, lang)));
  });

  it('on arbitrary report-like input (fast-check)', () => {
    fc.assert(
      fc.property(near(shape), (input) => {
        expect(fmt(checkShape(shape, input, 'vi'))).toEqual(fmt(viaZod(plan, input)));
      }),
      { numRuns: 400 },
    );
  });

  it('on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (input) => {
        expect(fmt(checkShape(shape, input, 'vi'))).toEqual(fmt(viaZod(plan, input)));
      }),
      { numRuns: 200 },
    );
  });

  it('a valid input copies to what zod returns (fresh objects, nothing shared)', () => {
    const valid = buildVectors(plan).find((v) => v.name === 'valid-final')!.input;
    expect(checkShape(shape, valid, 'vi')).toEqual([]);
    const copy = _copyShaped(shape, valid);
    expect(copy).toStrictEqual(buildReportSchema(plan).parse(valid));
    expect(copy).not.toBe(valid);
    expect((copy as { document: unknown }).document).not.toBe((valid as { document: unknown }).document);
  });
});

describe('edge values agree with zod', () => {
  const base = { planId: 'x', period: 'annual', year: 2021, unitId: 'so-noi-vu' };
  const model = { name: 'a', field: 'b', holder: 'collective', stage: 'registered' };
  const cases: Array<[string, unknown]> = [
    ['fractional year', { ...base, year: 1.5 }],
    ['unsafe integer', { ...base, year: 2 ** 60 }],
    ['Infinity', { ...base, year: Infinity }],
    ['NaN', { ...base, indicators: { 'ty-le-hai-long': NaN } }],
    ['negative fractional count', { ...base, indicators: { 'tiep-cong-dan': -1.5 } }],
    ['too many models (items not walked)', { ...base, models: [...many(501, model), { name: ' ' }] }],
    ['too many recipients', { ...base, document: { recipients: many(101, '') } }],
    ['blank and too long', { ...base, document: { number: '', place: ' '.repeat(301) } }],
    ['unknown keys everywhere', { ...base, tasks: { 'II.1.1': { status: 5, results: '', x: 1 }, x: 1 }, extra: 2 }],
    ['holes', { ...base, models: [undefined, null] }],
    ['a list where text belongs', { ...base, document: { date: [], place: many(400, 'x') }, difficulties: { length: 30000 } }],
    ['text where a list belongs', { ...base, document: { recipients: 'x'.repeat(101) } }],
    ['astral characters count as one', { ...base, document: { number: '😀'.repeat(60), place: '😀'.repeat(301) } }],
    ['not an object', []],
  ];
  it.each(cases)('%s', (_n, input) => {
    expect(fmt(checkShape(reportShape(hoaBinhPlan), input, 'vi'))).toEqual(fmt(viaZod(hoaBinhPlan, input)));
  });
});
