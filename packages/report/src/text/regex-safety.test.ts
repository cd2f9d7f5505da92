// ReDoS review as a test. Heuristic (documented in the README): a pattern is
// accepted when no quantified group contains an unbounded quantifier (`*`, `+`,
// `{n,}`) — i.e. star height ≤ 1 — and no unbounded quantifier is applied to a group
// with alternatives. Such patterns cannot backtrack exponentially. The test collects
// every regex literal and `new RegExp` in this package's sources, every `pattern`
// of the exported JSON Schema and every text-check pattern, and checks each.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocumentNumber } from '@dvcq/core';
import { REPORT_NUMBER_PATTERN, TEXT_CHECKS } from './text-checks';
import { reportJsonSchema } from '../exports/json-schema';
import { hoaBinhPlan } from '../_fixtures/plans';

/** Returns a reason when the pattern fails the heuristic, else null. */
export function _redosRisk(pattern: string): string | null {
  // Stack of open groups: does the group contain an unbounded quantifier / an alternation?
  const stack: Array<{ unbounded: boolean; alt: boolean }> = [{ unbounded: false, alt: false }];
  let last: { unbounded: boolean; alt: boolean } | null = null; // the atom just closed (for a group)
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') { i++; last = null; continue; }
    if (c === '[') { // skip a class
      i++;
      while (i < pattern.length && pattern[i] !== ']') { if (pattern[i] === '\\') i++; i++; }
      last = null;
      continue;
    }
    if (c === '(') { stack.push({ unbounded: false, alt: false }); last = null; continue; }
    if (c === ')') { last = stack.pop()!; continue; }
    if (c === '|') { stack[stack.length - 1]!.alt = true; continue; }
    let unbounded = false;
    let quant = false;
    if (c === '*' || c === '+') { unbounded = true; quant = true; }
    else if (c === '?') quant = true;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
      if (m) { quant = true; unbounded = m[2] !== undefined && m[3] === ''; const max = m[3] ? Number(m[3]) : Number(m[1]); i += m[0].length - 1; if (!unbounded && last && max > 1 && last.unbounded) return `bounded repeat of a group with an unbounded quantifier at ${i}`; }
    }
    if (quant) {
      if (pattern[i + 1] === '?') i++;
      if (last && (unbounded || c === '{') && last.unbounded) return `nested unbounded quantifier at ${i}`;
      if (last && unbounded && last.alt) return `unbounded quantifier over an alternation at ${i}`;
      if (unbounded) stack[stack.length - 1]!.unbounded = true;
      if (last?.unbounded) stack[stack.length - 1]!.unbounded = true;
      last = null;
      continue;
    }
    if (last?.unbounded) stack[stack.length - 1]!.unbounded = true;
    last = null;
  }
  return null;
}

const srcDir = fileURLToPath(new URL('../', import.meta.url));
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return p.endsWith('.ts') && !p.includes('.test') ? [p] : [];
  });
}
// Regex literals after `(`, `=`, `,`, `:`, `return`, `!` or `&&`; good enough for this code base's style.
const LITERAL = /(?:[(=,:!]|&&|return)\s*\/(?![*/])((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/[dgimsuy]*/g;

describe('regular expressions are linear (ReDoS heuristic)', () => {
  it('the heuristic rejects classic exponential patterns', () => {
    for (const bad of ['(a+)+$', '(a*)*', '(a|aa)+', '(\\w+\\s?)*$', '([a-z]+){2,}', '(x+x+)+y', '(a+){10}']) expect(_redosRisk(bad), bad).not.toBeNull();
    for (const ok of ['^\\d{4}-\\d{2}$', '\\S', '[^\\u0000-\\u007f]', '^(?:0|[1-9][0-9]{0,8})$', REPORT_NUMBER_PATTERN]) expect(_redosRisk(ok), ok).toBeNull();
  });
  const found: string[] = [];
  for (const file of sources(srcDir)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(LITERAL)) found.push(m[1]!);
  }
  const schemaPatterns: string[] = [];
  JSON.stringify(reportJsonSchema(hoaBinhPlan), (k, v) => { if (k === 'pattern' && typeof v === 'string') schemaPatterns.push(v); return v; });
  const all = [...new Set([...found, ...schemaPatterns, ...TEXT_CHECKS.flatMap((c) => (c.pattern ? [c.pattern] : []))])];
  it('finds the package regexes', () => expect(all.length).toBeGreaterThanOrEqual(6));
  it.each(all)('%s', (p) => {
    expect(() => new RegExp(p, 'u')).not.toThrow();
    expect(_redosRisk(p)).toBeNull();
  });
  it('no RegExp is built from anything but the library\'s own check list', () => {
    for (const file of sources(srcDir)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/new RegExp\(([^,)]*)/g)) expect(m[1], file).toBe('`^(?:${c.pattern!}');
    }
  });
});

/**
 * The portable regex subset of the validation contract: literal characters (no
 * backslash, no `.`, `^`, `$`), classes `[…]`/`[^…]` of literal characters and ranges,
 * groups `(?:…)`, alternation `|`, quantifiers `?` `*` `+` `{n}` `{n,m}`. Returns the
 * offending construct, or null.
 */
export function _outsidePortableSubset(p: string): string | null {
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '\\' || c === '.' || c === '^' || c === '$') return `${c} at ${i}`;
    if (c === '[') {
      let j = i + 1;
      if (p[j] === '^') j++;
      for (; j < p.length && p[j] !== ']'; j++) if (p[j] === '\\' || p[j] === '[') return `${p[j]} in a class at ${j}`;
      if (j >= p.length) return `unclosed class at ${i}`;
      i = j;
    } else if (c === '(' && p.slice(i, i + 3) !== '(?:') return `capturing or special group at ${i}`;
    else if (c === '{' && !/^\{[0-9]+(?:,[0-9]+)?\}/.test(p.slice(i))) return `open repeat at ${i}`;
  }
  return null;
}

describe('every pattern of the export is in the portable subset', () => {
  const schemaPatterns: string[] = [];
  JSON.stringify(reportJsonSchema(hoaBinhPlan), (k, v) => { if (k === 'pattern' && typeof v === 'string') schemaPatterns.push(v); return v; });
  const exported = [...new Set([...schemaPatterns, ...TEXT_CHECKS.flatMap((c) => (c.pattern ? [c.pattern] : []))])];
  it('finds them', () => expect(exported.length).toBe(2));
  it.each(exported)('%s', (p) => expect(_outsidePortableSubset(p)).toBeNull());
  it('the subset check rejects what differs between engines', () => {
    for (const bad of ['\\d', '\\s', '\\S', 'a$', '^a', 'a.b', '(a)', '[\\w]', 'a{2,}', '(?=a)']) expect(_outsidePortableSubset(bad), bad).not.toBeNull();
  });
});

describe('report number pattern agrees with @dvcq/core parseDocumentNumber', () => {
  // Matched whole, as the contract says (ECMAScript: ^(?:…)$ without the m flag).
  const re = new RegExp(`^(?:${REPORT_NUMBER_PATTERN})$`, 'u');
  const samples = ['05/BC-SNV', '125/BC-UBND', '12/BC-UBND-NC', '01/BC-SGDĐT', '999999/BC-SNV', '5/BC-SNV', '05/KH-SNV', '05/BC', 'BC-SNV', '05/2021/BC-SNV', '05-BC/SNV', '05/BC-snv', '00/BC-SNV', '05/BC-SNV-', ' 05/BC-SNV', '05/BC-SLĐTBXH-VP'];
  it.each(samples)('%s', (s) => {
    const parsed = parseDocumentNumber(s);
    const coreSays = parsed.ok && parsed.issues.length === 0 && parsed.value.style === 'state' && parsed.value.typeCode === 'BC' && parsed.value.raw === s && parsed.value.year === undefined;
    // The pattern may be stricter than the parser (e.g. it wants an upper-case agency), never looser.
    if (re.test(s)) expect(coreSays, `pattern accepts ${s} but core does not`).toBe(true);
  });
  it('accepts the canonical forms', () => {
    for (const s of ['05/BC-SNV', '125/BC-UBND', '12/BC-UBND-NC', '01/BC-SGDĐT']) expect(re.test(s)).toBe(true);
    for (const s of ['5/BC-SNV', '05/KH-SNV', '05/2021/BC-SNV', '217-BC/TU']) expect(re.test(s)).toBe(false);
  });
});
