import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_REQUEST_TARGET_LENGTH, checkRequestMethod, parseRequestTarget } from './target';

describe('parseRequestTarget', () => {
  it('keeps hostile origin-form targets as paths on the fixed origin (they used to throw)', () => {
    for (const [target, path] of [
      ['///', '///'],
      ['//%', '//%'],
      ['//x:99999/', '//x:99999/'],
      ['//evil.example/api/me', '//evil.example/api/me'],
      ['/api/reports/abc?x=1#frag', '/api/reports/abc'],
      ['/\\evil', '//evil'],
    ] as const) {
      const t = parseRequestTarget(target);
      expect(t, target).toBeDefined();
      expect(t!.url.origin).toBe('http://localhost');
      expect(t!.pathname).toBe(path);
    }
    expect(parseRequestTarget('/api/reports/abc?x=1#frag')!.search).toBe('?x=1');
  });

  it('takes only the path and query of an absolute-form target', () => {
    const t = parseRequestTarget('http://evil.example:8080/api/me?lang=en');
    expect(t!.url.href).toBe('http://localhost/api/me?lang=en');
    expect(parseRequestTarget('https://x/')!.pathname).toBe('/');
  });

  it('refuses what no resource can have', () => {
    for (const target of [undefined, '', '*', 'example.com:443', 'api/me', 'http://[::1', 'ftp://x/', '/a b', '/\u0000', '/é', 'x'.repeat(10), '/' + 'a'.repeat(MAX_REQUEST_TARGET_LENGTH)]) {
      expect(parseRequestTarget(target), JSON.stringify(target)).toBeUndefined();
    }
  });

  it('never throws, and an accepted target always lands on the fixed origin', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 40 }).map((s) => '/' + s), fc.webUrl(), fc.webPath()), (target) => {
        const t = parseRequestTarget(target);
        if (t !== undefined) {
          expect(t.url.origin).toBe('http://localhost');
          expect(t.url.hash).toBe('');
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('checkRequestMethod', () => {
  it('sorts methods into ok, forbidden (405) and invalid (400)', () => {
    expect(['GET', 'post', 'PROPFIND', 'X-CUSTOM'].map(checkRequestMethod)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(['CONNECT', 'trace', 'TRACK'].map(checkRequestMethod)).toEqual(['forbidden', 'forbidden', 'forbidden']);
    expect([undefined, '', 'GE T', 'GET\r\n', 'ĐĂNG', 'x'.repeat(33)].map(checkRequestMethod)).toEqual(Array(6).fill('invalid'));
  });
});
