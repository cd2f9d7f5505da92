import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { _firstError, readJsonBounded } from './json';
import { getByPointer, toJsonPointer } from './issue';

describe('readJsonBounded', () => {
  it('parses JSON and ignores a leading BOM', () => {
    expect(readJsonBounded('\uFEFF{"a":[1,2]}')).toEqual({ ok: true, value: { a: [1, 2] }, issues: [] });
  });

  it('refuses text over the length limit before parsing', () => {
    const r = readJsonBounded('[' + '1,'.repeat(50) + '1]', { maxLength: 20, domain: 'plan' });
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['plan.too-large', '']]);
  });

  it('refuses nesting deeper than the limit (the outermost container is depth 1), brackets in strings do not count', () => {
    expect(readJsonBounded('[[["[[[[[[["]]]', { maxDepth: 3 }).ok).toBe(true);
    const r = readJsonBounded('[[[[]]]]', { maxDepth: 3 });
    expect(r.issues.map((i) => i.code)).toEqual(['input.too-deep']);
    // Hostile depth never reaches JSON.parse (which would overflow the stack).
    expect(readJsonBounded('['.repeat(1_000_000)).issues[0]!.code).toBe('input.too-deep');
  });

  it('names line and column of a syntax error, in the language asked', () => {
    const r = readJsonBounded('{\n  "a": 1,\n  "b": }', { lang: 'en', what: { vi: 'Tệp', en: 'The file' } });
    expect(r.issues[0]!.code).toBe('input.json-syntax');
    expect(r.issues[0]!.message).toMatch(/^The file is not valid JSON \(line 3, column \d+\)/);
    expect(readJsonBounded('nope').issues[0]!.message).toMatch(/^Dữ liệu JSON không phải JSON hợp lệ/);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const r = readJsonBounded(s, { maxDepth: 4, maxLength: 150 });
        expect(r.ok || r.issues.length === 1).toBe(true);
      }),
    );
  });
});

describe('the syntax scanner behind the line/column', () => {
  it('accepts exactly what JSON.parse accepts', () => {
    fc.assert(
      fc.property(fc.json(), (s) => {
        expect(_firstError(s)).toBe(s.length);
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        let ok = true;
        try {
          JSON.parse(s);
        } catch {
          ok = false;
        }
        if (ok) expect(_firstError(s)).toBe(s.length);
        else expect(_firstError(s)).toBeLessThanOrEqual(s.length);
      }),
    );
  });
});

describe('getByPointer', () => {
  it('walks own properties and array indexes only', () => {
    const doc = { a: [{ 'b/c': 1, '~d': 2 }], n: null };
    expect(getByPointer(doc, '/a/0/b~1c')).toBe(1);
    expect(getByPointer(doc, toJsonPointer(['a', 0, '~d']))).toBe(2);
    expect(getByPointer(doc, '/a/00')).toBeUndefined();
    expect(getByPointer(doc, '/a/length')).toBeUndefined();
    expect(getByPointer(doc, '/__proto__')).toBeUndefined();
    expect(getByPointer(doc, '/a/0/constructor')).toBeUndefined();
    expect(getByPointer(doc, '/n/x')).toBeUndefined();
    expect(getByPointer(doc, '')).toBe(doc);
  });
});
