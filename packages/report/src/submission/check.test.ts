// The promise of issue 9 §B2: `validateReport`'s structural check, the zod schema
// (@dvcq/report/zod) and the exported JSON Schema (Ajv, all errors) give the same
// issues — codes and paths, and the same messages — for every input. Proved with
// fast-check on random mutations of valid reports (delete, retype, out of range,
// extra keys, deep nesting), on arbitrary JSON, and on edge values.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Ajv2020 from 'ajv/dist/2020';
import AjvDraft7 from 'ajv';
import type { Plan } from '@dvcq/core';
import { buildReportSchema } from './schema';
import { reportShape } from './shape';
import { compileShape } from './check';
import { checkShape } from './check-shape';
import { fromJsonSchemaErrors, fromZodIssues } from '../validate/structural';
import { buildVectors } from '../exports/vectors';
import { reportJsonSchema } from '../exports/json-schema';
import { hoaBinhPlan, miniPlan, relationsPlan, twoLevelPlan } from '../_fixtures/plans';

type Json = any;
const fmt = (xs: ReadonlyArray<{ code: string; path: string; message: string }>) => xs.map((i) => `${i.code} ${i.path} ${i.message}`).sort();
const codesPaths = (xs: ReadonlyArray<{ code: string; path: string }>) => xs.map((i) => `${i.code} ${i.path}`).sort();

/** Every path of a JSON value, as segment lists (the root excluded). */
function paths(v: Json, at: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  if (Array.isArray(v)) v.forEach((x, i) => { out.push([...at, i]); paths(x, [...at, i], out); });
  else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) { out.push([...at, k]); paths(v[k], [...at, k], out); }
  return out;
}
const define = (o: Json, k: string | number, value: unknown) => Object.defineProperty(o, k, { value, enumerable: true, writable: true, configurable: true });

const junk = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, -1, -1.5, 1.5, 0.1, 1e9, 1e9 + 1, 2 ** 53, -(2 ** 60), 1944, 2201, '', ' ', '\ufeff', '\u00a0\u200b', 'x', 'done', 'KT.', 'annual', 'registered', '05/BC-SNV', 'a'.repeat(81), 'a'.repeat(301), ' '.repeat(301), '😀'.repeat(300), '😀'.repeat(301), 'x'.repeat(20_001), [], {}, [1, 'a'], { a: 1 }),
  fc.jsonValue({ maxDepth: 2 }),
  fc.integer({ min: 0, max: 8 }).map((d) => { let v: unknown = 'x'; for (let i = 0; i < d; i++) v = i % 2 ? [v] : { a: v }; return v; }),
  fc.array(fc.constantFrom<unknown>('', 'ubnd-tinh', 1, null, { name: 'a' }), { minLength: 99, maxLength: 102 }),
);
const extraKey = fc.constantFrom('__proto__', 'constructor', 'toString', 'extra', 'II.9.9', 'a/b~c', 'status', 'name', '');

type Mutation = { op: 'delete' | 'set' | 'add'; at: number; value: unknown; key: string };
const mutation = fc.record({ op: fc.constantFrom('delete', 'set', 'set', 'add') as fc.Arbitrary<Mutation['op']>, at: fc.nat(), value: junk, key: extraKey });

function mutate(valid: Json, ms: Mutation[]): Json {
  const input = JSON.parse(JSON.stringify(valid));
  for (const m0 of ms) {
    // A fresh copy of the value at each use: a shared object would make cycles.
    const m = { ...m0, value: m0.value === undefined ? undefined : JSON.parse(JSON.stringify(m0.value)) };
    const all = paths(input);
    if (all.length === 0) return m.value;
    const path = all[m.at % all.length]!;
    let parent = input;
    for (const s of path.slice(0, -1)) parent = parent[s];
    const last = path[path.length - 1]!;
    if (parent === null || typeof parent !== 'object') continue;
    if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else if (m.op === 'set') define(parent, last, m.value);
    else {
      const target = parent[last];
      if (target !== null && typeof target === 'object' && !Array.isArray(target)) define(target, m.key, m.value);
      else define(parent, last, m.value);
    }
  }
  return input;
}

describe.each([
  ['hoa-binh-2021', hoaBinhPlan],
  ['mini-2021', miniPlan],
  ['two-level-2026', twoLevelPlan],
  ['mini-2021 with relations', relationsPlan],
] as const)('structural issues agree: validateReport, zod, JSON Schema (%s)', (_name, plan: Plan) => {
  const shape = reportShape(plan);
  const ajv2020 = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(JSON.stringify(reportJsonSchema(plan))));
  const ajv7 = new AjvDraft7({ allErrors: true, strict: true }).compile(JSON.parse(JSON.stringify(reportJsonSchema(plan, { target: 'draft-07' }))));
  const zod = buildReportSchema(plan);
  const vectors = buildVectors(plan).filter((v) => v.input !== undefined && !v.expected.codes.some((c) => c.startsWith('input.')));
  const valids = vectors.filter((v) => v.expected.ok).map((v) => v.input);

  const all = (input: unknown, lang: 'vi' | 'en' = 'vi') => {
    const ours = checkShape(shape, input, lang, plan);
    const viaAjv = (v: typeof ajv2020) => (v(input) ? [] : fromJsonSchemaErrors(v.errors as never, { lang, plan }));
    const z = zod.safeParse(input);
    const viaZod = z.success ? [] : fromZodIssues(z.error.issues, input, { lang, plan });
    return { ours, ajv2020: viaAjv(ajv2020), ajv7: viaAjv(ajv7 as never), zod: viaZod };
  };
  const agree = (input: unknown, lang: 'vi' | 'en' = 'vi') => {
    const r = all(input, lang);
    expect(fmt(r.ajv2020)).toEqual(fmt(r.ours));
    expect(fmt(r.ajv7)).toEqual(fmt(r.ours));
    expect(fmt(r.zod)).toEqual(fmt(r.ours));
    return r.ours;
  };

  it('on every vector', () => {
    for (const v of vectors) for (const lang of ['vi', 'en'] as const) agree(v.input, lang);
  });

  it('on random mutations of valid reports (delete, retype, out of range, extra keys, deep nesting)', () => {
    let broken = 0;
    fc.assert(
      fc.property(fc.constantFrom(...valids), fc.array(mutation, { minLength: 1, maxLength: 4 }), (valid, ms) => {
        if (agree(mutate(valid, ms)).length > 0) broken++;
      }),
      { numRuns: 1_000, endOnFailure: true },
    );
    expect(broken).toBeGreaterThan(700);
  });

  it('on arbitrary JSON', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 5 }), (input) => void agree(input)), { numRuns: 300 });
  });

  it('a valid input copies to what zod returns (fresh objects, nothing shared)', () => {
    const valid = buildVectors(plan).find((v) => v.name === 'valid-final')!.input as Json;
    const r = compileShape(shape)(valid);
    expect(r.issues).toEqual([]);
    expect(r.value).toStrictEqual(zod.parse(valid));
    expect(r.value).toEqual(valid);
    expect(r.value).not.toBe(valid);
    expect((r.value as Json).document).not.toBe(valid.document);
  });
});

describe('edge values: one issue per failed keyword, as a JSON Schema validator reports', () => {
  const plan = hoaBinhPlan;
  const shape = reportShape(plan);
  const base = { planId: 'x', period: 'annual', year: 2021, unitId: 'so-noi-vu' };
  const model = { name: 'a', field: 'b', holder: 'collective', stage: 'registered' };
  const cases: Array<[string, unknown, string[]]> = [
    ['a missing enum field is required, not enum', { planId: 'x', year: 2021, unitId: 'u' }, ['schema.required /period']],
    ['a model without holder and stage', { ...base, models: [{ name: 'a', field: 'b' }] }, ['schema.required /models/0/holder', 'schema.required /models/0/stage']],
    ['period 5 fails the enum (no type keyword beside it)', { ...base, period: 5 }, ['schema.enum /period']],
    ['a count of -1.5: type and minimum', { ...base, indicators: { 'tiep-cong-dan': -1.5 } }, ['schema.too-small /indicators/tiep-cong-dan', 'schema.type /indicators/tiep-cong-dan']],
    ['year 1.5: type and minimum', { ...base, year: 1.5 }, ['schema.too-small /year', 'schema.type /year']],
    ['a large integer is an integer (maximum only)', { ...base, year: 2 ** 60 }, ['schema.too-big /year']],
    ['301 spaces: too long and blank', { ...base, document: { place: ' '.repeat(301) } }, ['schema.blank /document/place', 'schema.too-big /document/place']],
    ['501 models: maxItems and every bad item', { ...base, models: [...Array.from({ length: 500 }, () => model), { name: ' ' }] }, ['schema.blank /models/500/name', 'schema.required /models/500/field', 'schema.required /models/500/holder', 'schema.required /models/500/stage', 'schema.too-big /models']],
    ['a list where text belongs: type only', { ...base, document: { date: [], place: Array(400).fill('x') } }, ['schema.type /document/date', 'schema.type /document/place']],
    ['text where a list belongs: type only', { ...base, document: { recipients: 'x'.repeat(101) } }, ['schema.type /document/recipients']],
    ['astral characters count as one', { ...base, document: { number: '😀'.repeat(60), place: '😀'.repeat(301) } }, ['schema.too-big /document/place']],
    ['U+FEFF alone is blank', { ...base, difficulties: '\ufeff' }, ['schema.blank /difficulties']],
    ['not an object', [], ['schema.type ']],
  ];
  const ajv = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(JSON.stringify(reportJsonSchema(plan))));
  it.each(cases)('%s', (_n, input, expected) => {
    const ours = checkShape(shape, input, 'vi', plan);
    expect(codesPaths(ours)).toEqual(expected.sort());
    ajv(input);
    expect(fmt(fromJsonSchemaErrors((ajv.errors ?? []) as never, { plan }))).toEqual(fmt(ours));
  });

  it('messages name the field and fit its kind', () => {
    const msg = (input: unknown) => checkShape(shape, input, 'vi', plan).map((i) => i.message);
    expect(msg({ ...base, indicators: { 'tiep-cong-dan': -1 } })).toEqual(['«Số lượt tiếp công dân» không được là số âm: nhập số từ 0 trở lên (ghi 0 nếu không phát sinh).']);
    expect(msg({ ...base, indicators: { 'tiep-cong-dan': 'mười' } })[0]).toMatch(/^«Số lượt tiếp công dân» phải là số nguyên không âm, không có phần thập phân/);
    expect(msg({ ...base, indicators: { 'ty-le-hai-long': '90%' } })[0]).toMatch(/^«Tỷ lệ hài lòng.*» phải là một số: nhập tỷ lệ phần trăm từ 0 đến 100/);
    expect(msg({ ...base, document: { date: 20211101 } })[0]).toMatch(/^«Ngày ban hành» phải là chữ .*: nhập ngày dạng NNNN-TT-NN/);
    expect(msg({ ...base, document: { number: 'x'.repeat(61) } })[0]).toBe('«Số, ký hiệu văn bản» dài quá 60 ký tự: nhập số, ký hiệu dạng 05/BC-SNV.');
    expect(msg({ planId: 'x', year: 2021, unitId: 'u' })).toEqual(['Thiếu «Kỳ báo cáo»: chọn một giá trị trong danh sách.']);
    expect(msg({ ...base, period: 'yearly' })[0]).toContain('annual (năm)');
    for (const m of [...msg({ ...base, indicators: { 'tiep-cong-dan': -1.5 } }), ...checkShape(shape, { ...base, indicators: { 'tiep-cong-dan': -1.5 } }, 'en', plan).map((i) => i.message)]) {
      expect(m).not.toMatch(/Giá trị quá nhỏ|Sai kiểu dữ liệu|Too small or too short|Wrong type/);
      expect(m).toMatch(/tiếp công dân|citizen/i);
    }
  });
});
