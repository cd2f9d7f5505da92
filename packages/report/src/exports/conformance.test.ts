// Conformance: every vector gives the same verdict and the same issues through
//  (a) validateReport (its structural part also checked against (c): the zod schema
//      of buildReportSchema through fromZodIssues — zod, Ajv and validateReport agree), and
//  (b) the portable path another language takes: Ajv (JSON Schema 2020-12 and
//      draft-07) on the exported schema, json-logic-js (the reference JSON Logic
//      implementation, NOT our evaluator) on rules.json with a context built here
//      from rules.json's tables, and the documented text checks.
// Everything on side (b) is written in this file from the README's description;
// it imports nothing from the rule engine of this package.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import AjvDraft7 from 'ajv';
import jsonLogic from 'json-logic-js';
import { detectLegacyEncoding, type Plan } from '@dvcq/core';
import { validateReport } from '../validate/validate';
import { fromZodIssues } from '../validate/structural';
import { buildReportSchema } from '../submission/schema';
import { buildVectors, type ConformanceVector } from './vectors';
import { reportJsonSchema } from './json-schema';
import { rulesFile } from '../export';
import { hoaBinhPlan, miniPlan, twoLevelPlan } from '../_fixtures/plans';

type Json = any;
const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

// --- the portable implementation (as a Java/PHP team would write it) -----------
function resolve(root: Json, pointer: string): Json {
  if (pointer === '') return root;
  let cur = root;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur)) cur = /^(0|[1-9][0-9]*)$/.test(seg) ? cur[Number(seg)] : undefined;
    else if (cur !== null && typeof cur === 'object' && own(cur, seg)) cur = cur[seg];
    else return undefined;
    if (cur === undefined) return undefined;
  }
  return cur;
}
function dayOf(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
  const d = new Date(t);
  if (d.getUTCFullYear() !== +m[1]! || d.getUTCMonth() !== +m[2]! - 1 || d.getUTCDate() !== +m[3]!) return null;
  return t / 86400000;
}
function prep(v: Json, type: string): Json {
  if (type === 'string') return typeof v === 'string' ? v : null;
  if (type === 'number') return typeof v === 'number' ? v : null;
  if (type === 'integer') return Number.isInteger(v) ? v : null;
  if (type === 'boolean') return typeof v === 'boolean' ? v : null;
  if (type === 'object') return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : null;
  if (type === 'string[]') return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : null;
  if (type === 'date') return typeof v === 'string' ? dayOf(v) : null;
  return v === undefined ? null : v; // any
}
function guard(v: Json, path = '', count = { n: 0 }, depth = 0): string | null {
  if (++count.n > 50000) return 'input.too-many-values ';
  if (typeof v === 'string') return v.length > 100000 ? `input.string-too-long ${path}` : null;
  if (v === null || typeof v !== 'object') return null;
  if (depth >= 12) return `input.too-deep ${path}`;
  if (Array.isArray(v)) {
    if (v.length > 2000) return `input.array-too-long ${path}`;
    for (let i = 0; i < v.length; i++) { const g = guard(v[i], `${path}/${i}`, count, depth + 1); if (g) return g; }
    return null;
  }
  const keys = Object.keys(v);
  if (keys.length > 500) return `input.too-many-keys ${path}`;
  if (keys.some((k) => k.length > 320)) return `input.string-too-long ${path}`;
  for (const k of keys) { const g = guard(v[k], `${path}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, count, depth + 1); if (g) return g; }
  return null;
}
function strings(v: Json, path: string, out: Array<[string, string]>): Array<[string, string]> {
  if (typeof v === 'string') out.push([path, v]);
  else if (Array.isArray(v)) v.forEach((x, i) => strings(x, `${path}/${i}`, out));
  else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) strings(v[k], `${path}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
  return out;
}

function portableCheck(rules: Json, validators: Array<(x: Json) => boolean> & { errors?: never }, validate: Json, input: Json, mode: string, now: string): Set<string> {
  const issues = new Set<string>();
  const g = guard(input);
  if (g) return new Set([g]);
  // (1) JSON Schema
  if (!validate(input))
    for (const e of validate.errors as Json[]) {
      const code = rules.structuralCodes[e.keyword];
      if (!code) continue;
      let path = e.instancePath;
      if (e.keyword === 'required') path += '/' + e.params.missingProperty;
      if (e.keyword === 'additionalProperties') path += '/' + String(e.params.additionalProperty).replace(/~/g, '~0').replace(/\//g, '~1');
      issues.add(`${code} ${path}`);
    }
  // (2) context, from rules.json tables
  const o = input !== null && typeof input === 'object' && !Array.isArray(input) ? input : {};
  const unitId = typeof o.unitId === 'string' ? o.unitId : null;
  const unit = rules.context.units.find((u: Json) => u.id === unitId);
  const matching = rules.context.obligations.filter((x: Json) => x.period === o.period && x.year === o.year);
  const ob = matching.find((x: Json) => x.owedBy.includes(unitId)) ?? matching[0];
  const ctx = {
    mode,
    today: Math.floor((Date.parse(now) + rules.context.utcOffsetMinutes * 60000) / 86400000),
    unitKnown: !!unit,
    unitSymbol: unit ? unit.symbol : null,
    applicableTasks: unit ? unit.tasks : [],
    periodKnown: !!ob,
    unitOwes: !!ob && ob.owedBy.includes(unitId),
    periodStart: ob ? ob.periodStartDay : null,
    lateFrom: ob ? ob.lateFromDay : null,
  };
  // (3) rules with json-logic-js
  for (const rule of rules.rules) {
    if (!rule.modes.includes(mode)) continue;
    const read = rule.reads.map((r: Json) => prep(resolve(input, r.pointer), r.type));
    if (rule.missing === 'skip' && read.some((x: Json) => x === null)) continue;
    if (!jsonLogic.truthy(jsonLogic.apply(rule.logic, { read, ctx }))) issues.add(`${rule.code} ${rule.blames}`);
  }
  // (4) text checks
  for (const c of rules.textChecks) {
    if (c.kind === 'pattern') {
      const v = resolve(input, c.pointer);
      if (typeof v === 'string' && !new RegExp(c.pattern, 'u').test(v)) issues.add(`${c.code} ${c.pointer}`);
    } else
      for (const [path, s] of strings(input, '', [])) {
        if (c.kind === 'nfc' && s !== s.normalize('NFC')) issues.add(`${c.code} ${path}`);
        if (c.kind === 'legacy-encoding' && detectLegacyEncoding(s).encoding !== null) issues.add(`${c.code} ${path}`);
      }
  }
  void validators;
  return issues;
}

function severityOf(rules: Json, code: string): 'error' | 'warning' {
  const r = rules.rules.find((x: Json) => x.code === code) ?? rules.textChecks.find((x: Json) => x.code === code);
  return r ? r.severity : 'error';
}

const pkg = fileURLToPath(new URL('../../', import.meta.url));
const committed = (): ConformanceVector[] =>
  readdirSync(join(pkg, 'vectors'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ name: f.slice(0, -5), ...JSON.parse(readFileSync(join(pkg, 'vectors', f), 'utf8')) }));

const suites: Array<[string, Plan, () => ConformanceVector[]]> = [
  ['hoa-binh-2021 (committed vectors)', hoaBinhPlan, committed],
  ['mini-2021 (fixture)', miniPlan, () => buildVectors(miniPlan)],
  ['two-level-2026 (fixture)', twoLevelPlan, () => buildVectors(twoLevelPlan)],
];

describe.each(suites)('conformance: %s', (_name, plan, load) => {
  const rules = JSON.parse(JSON.stringify(rulesFile(plan)));
  const ajv2020 = new Ajv2020({ allErrors: true, strict: true });
  const v2020 = ajv2020.compile(JSON.parse(JSON.stringify(reportJsonSchema(plan))));
  const ajv7 = new AjvDraft7({ allErrors: true, strict: true });
  const v7 = ajv7.compile(JSON.parse(JSON.stringify(reportJsonSchema(plan, { target: 'draft-07' }))));
  const vectors = load();
  const zodSchema = buildReportSchema(plan);

  it('has vectors', () => expect(vectors.length).toBeGreaterThan(30));

  it.each(vectors.map((v) => [v.name, v] as const))('%s', (_n, v) => {
    const ours = validateReport(v.input, { plan, mode: v.mode, now: v.now });
    const oursSet = new Set(ours.issues.map((i) => `${i.code} ${i.path}`));
    for (const validator of [v2020, v7]) {
      const theirs = portableCheck(rules, [] as never, validator, v.input, v.mode, v.now);
      expect([...theirs].sort()).toEqual([...oursSet].sort());
      const theirCodes = [...new Set([...theirs].map((s) => s.split(' ')[0]!))].sort();
      expect(theirCodes).toEqual(v.expected.codes);
      const theirOk = ![...theirs].some((s) => severityOf(rules, s.split(' ')[0]!) === 'error');
      expect(theirOk).toBe(v.expected.ok);
    }
    expect(ours.ok).toBe(v.expected.ok);
    expect([...new Set(ours.issues.map((i) => i.code))].sort()).toEqual(v.expected.codes);
    // (c) zod: the guard first (as validateReport does), then the schema's issues.
    if (!ours.issues.some((i) => i.code.startsWith('input.'))) {
      const z = zodSchema.safeParse(v.input);
      const zodSet = new Set(z.success ? [] : fromZodIssues(z.error.issues, 'vi', v.input).map((i) => `${i.code} ${i.path}`));
      expect([...zodSet].sort()).toEqual([...oursSet].filter((s) => s.startsWith('schema.')).sort());
    }
  });

  it('every rule and text check has a failing vector, and the complete report passes them all', () => {
    const codes = new Set<string>([...rules.rules.map((r: Json) => r.code), ...rules.textChecks.map((c: Json) => c.code)]);
    const failing = new Set(vectors.flatMap((v) => v.expected.codes));
    for (const c of codes) expect(failing.has(c), `no failing vector for ${c}`).toBe(true);
    const valid = vectors.find((v) => v.name === 'valid-final')!;
    expect(valid.expected).toEqual({ ok: true, codes: [] });
  });
});
