import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateReport } from './validate';
import { formatIssues } from './format';
import { buildVectors } from '../exports/vectors';
import { hoaBinhPlan } from '../_fixtures/plans';
import { LIMITS } from '../text/limits';

const plan = hoaBinhPlan;
const valid = buildVectors(plan).find((v) => v.name === 'valid-final')!;
const now = valid.now;
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

function protoSnapshot(): string[] {
  return [Object.getOwnPropertyNames(Object.prototype).sort().join(','), Object.getOwnPropertyNames(Array.prototype).sort().join(',')];
}

describe('bad input', () => {
  it('never throws on arbitrary JSON, and an invalid verdict always comes with an error', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('draft', 'final') as fc.Arbitrary<'draft' | 'final'>, (input, mode) => {
        const r = validateReport(input, { plan, mode, now });
        expect(Array.isArray(r.issues)).toBe(true);
        if (!r.ok) expect(r.issues.some((i) => i.severity === 'error')).toBe(true);
        else expect(r.value).toBeDefined();
        expect(typeof formatIssues(r.issues, { lang: 'en' })).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  it('never throws when any part of a valid report is replaced by arbitrary JSON; structural breaks are reported', () => {
    const paths: string[][] = [];
    const walk = (v: unknown, p: string[]) => {
      paths.push(p);
      if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) walk((v as Record<string, unknown>)[k], [...p, k]);
    };
    walk(valid.input, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.jsonValue({ maxDepth: 3 }), (path, value) => {
        const input = JSON.parse(JSON.stringify(valid.input));
        let cur = input;
        for (const k of path.slice(0, -1)) cur = cur[k];
        cur[path[path.length - 1]!] = value;
        const r = validateReport(input, { plan, mode: 'final', now });
        if (JSON.stringify(input) !== JSON.stringify(valid.input) && r.ok) expect(r.value).toBeDefined();
        if (value === null || (typeof value === 'object' && typeof JSON.parse(JSON.stringify(valid.input)) !== typeof value && !Array.isArray(value)))
          expect(r.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('arbitrary JSON text never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const r = validateReport(text, { plan, now });
        expect(Array.isArray(r.issues)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  describe('prototype keys in every position', () => {
    const before = protoSnapshot();
    afterEach(() => {
      expect(protoSnapshot()).toEqual(before);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });
    const positions: Array<[string, (k: string) => string]> = [
      ['top level', (k) => `{"${k}":{"polluted":1},"planId":"hoa-binh-2021","period":"annual","year":2021,"unitId":"so-noi-vu"}`],
      ['unit id', (k) => `{"planId":"hoa-binh-2021","period":"annual","year":2021,"unitId":"${k}"}`],
      ['task id', (k) => `{"planId":"hoa-binh-2021","period":"annual","year":2021,"unitId":"so-noi-vu","tasks":{"${k}":{"status":"done","polluted":1}}}`],
      ['task entry field', (k) => `{"planId":"hoa-binh-2021","period":"annual","year":2021,"unitId":"so-noi-vu","tasks":{"II.1.1":{"${k}":{"polluted":1}}}}`],
      ['indicator key', (k) => `{"planId":"hoa-binh-2021","period":"annual","year":2021,"unitId":"so-noi-vu","indicators":{"${k}":5}}`],
      ['document', (k) => `{"planId":"hoa-binh-2021","period":"annual","year":2021,"unitId":"so-noi-vu","document":{"${k}":{"polluted":1},"signer":{"${k}":1}}}`],
      ['model field', (k) => `{"planId":"hoa-binh-2021","period":"annual","year":2021,"unitId":"so-noi-vu","models":[{"name":"A","field":"B","holder":"collective","stage":"registered","${k}":{"polluted":1}}]}`],
      ['recipient value', (k) => `{"planId":"hoa-binh-2021","period":"annual","year":2021,"unitId":"so-noi-vu","document":{"recipients":["${k}"]}}`],
      ['status value', (k) => `{"planId":"hoa-binh-2021","period":"annual","year":2021,"unitId":"so-noi-vu","tasks":{"II.1.1":{"status":"${k}"}}}`],
      ['nested deep', (k) => `{"planId":"hoa-binh-2021","period":"annual","year":2021,"unitId":"so-noi-vu","difficulties":{"${k}":{"${k}":{"${k}":"x"}}}}`],
    ];
    it.each(PROTO_KEYS.flatMap((k) => positions.map(([where, make]) => [k, where, make(k)] as const)))('%s as %s', (key, where, text) => {
      for (const input of [text, JSON.parse(text)]) {
        for (const mode of ['draft', 'final'] as const) {
          const r = validateReport(input, { plan, mode, now, lang: 'en' });
          expect(r.ok).toBe(false);
          const out = formatIssues(r.issues, { lang: 'vi' }) + formatIssues(r.issues, { lang: 'en' });
          expect(out.length).toBeGreaterThan(0);
          if (where === 'task id') expect(r.issues.map((i) => `${i.code} ${i.path}`)).toContain(`schema.unknown-field /tasks/${key}`);
          if (where === 'indicator key') expect(r.issues.map((i) => `${i.code} ${i.path}`)).toContain(`schema.unknown-field /indicators/${key}`);
          if (r.value !== undefined) expect(Object.getPrototypeOf(r.value)).toBe(Object.prototype);
        }
      }
    });
  });

  describe('size caps run before any regex', () => {
    const origExec = RegExp.prototype.exec;
    const countRegex = (f: () => void): number => {
      let n = 0;
      RegExp.prototype.exec = function (this: RegExp, s: string) {
        n++;
        return origExec.call(this, s);
      };
      try {
        f();
      } finally {
        RegExp.prototype.exec = origExec;
      }
      return n;
    };
    const wrap = (extra: Record<string, unknown>) => ({ planId: 'hoa-binh-2021', period: 'annual', year: 2021, unitId: 'so-noi-vu', ...extra });
    const cases: Array<[string, () => unknown, string]> = [
      ['a 5 MB string', () => wrap({ difficulties: 'a'.repeat(5_000_000) }), 'input.string-too-long'],
      ['a 1 MB document number', () => wrap({ document: { number: '05/BC-SNV' + '9'.repeat(1_000_000) } }), 'input.string-too-long'],
      ['a million-item array (more values than the limit)', () => wrap({ models: new Array(1_000_000).fill({}) }), 'input.too-many-values'],
      ['a 2 001-item array', () => wrap({ models: new Array(2_001).fill({}) }), 'input.array-too-long'],
      ['100 000 levels of nesting (more values than the limit)', () => { let v: unknown = 'x'; for (let i = 0; i < 100_000; i++) v = { a: v }; return wrap({ tasks: v }); }, 'input.too-many-values'],
      ['40 000 levels of nesting', () => { let v: unknown = 'x'; for (let i = 0; i < 40_000; i++) v = { a: v }; return wrap({ tasks: v }); }, 'input.too-deep'],
      ['10 000 task keys', () => wrap({ tasks: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`II.${i}.1`, {}])) }), 'input.too-many-keys'],
      ['a huge key', () => wrap({ tasks: { ['k'.repeat(100_000)]: {} } }), 'input.string-too-long'],
      ['many values', () => wrap({ models: Array.from({ length: 1500 }, () => ({ a: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34] })) }), 'input.too-many-values'],
    ];
    it.each(cases)('%s', (_name, make, code) => {
      const input = make();
      let r: ReturnType<typeof validateReport> | undefined;
      const n = countRegex(() => {
        r = validateReport(input, { plan, now });
      });
      expect(r!.issues.map((i) => i.code)).toEqual([code]);
      expect(n).toBe(0);
    });
    it('JSON text over the limit (in UTF-8 bytes) is rejected before parsing', () => {
      expect(validateReport(' '.repeat(LIMITS.jsonText + 1), { plan, now }).issues.map((i) => i.code)).toEqual(['input.too-large']);
      // 700 000 "ệ" are 700 002 UTF-16 units but 2 100 000 bytes of UTF-8.
      expect(validateReport(JSON.stringify('ệ'.repeat(700_000)), { plan, now }).issues.map((i) => i.code)).toEqual(['input.too-large']);
      expect(validateReport(JSON.stringify('ệ'.repeat(600_000)), { plan, now }).issues.map((i) => i.code)).toEqual(['input.string-too-long']);
    });
  });
});
