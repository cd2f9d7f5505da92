import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../src/boot';

describe('jsonForScript', () => {
  it('never lets a text close the script element or open a comment, and parses back to the same value', () => {
    const value = { a: '</script><script>alert(1)</script>', b: '<!-- x', c: 'dòng\u2028mới', d: ['<', '>', '&'] };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/<|\u2028/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
