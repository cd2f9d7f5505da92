// Conformance: every vector gives the same verdict and the same issues (codes,
// paths, severities) through
//  (a) validateReport, and
//  (b) the portable path another language takes, written in this file from the
//      contract alone: the input guard, Ajv (JSON Schema 2020-12 and draft-07, all
//      errors) on the exported schema, json-logic-js (the reference JSON Logic
//      implementation, NOT our evaluator) on rules.json with a context built from
//      rules.json's tables, and the text checks — the legacy-encoding check from
//      rules.json's tables (legacyEncoding, syllables), not from @dvcq/core.
// Side (b) imports nothing from the rule engine of this package.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import AjvDraft7 from 'ajv';
import jsonLogic from 'json-logic-js';
import type { Plan } from '@dvcq/core';
import { encodeLegacy, legacyEncodingOf } from '@dvcq/core/legacy';
import { validateReport } from '../validate/validate';
import { buildVectors, type ConformanceVector } from './vectors';
import { reportJsonSchema } from './json-schema';
import { rulesFile } from '../export';
import { bacNinhPlan, hoaBinhPlan, miniPlan, oneOffPlan, relationsPlan, twoLevelPlan } from '../_fixtures/plans';

type Json = any;
const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

// --- the portable implementation (as a Java/PHP/Python team would write it) ------
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
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
  if (y < 1945 || y > 2200) return null;
  const t = Date.UTC(y, mo - 1, d);
  const dt = new Date(t);
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  return t / 86400000;
}
function prep(v: Json, type: string): Json {
  if (type === 'string') return typeof v === 'string' ? v : null;
  if (type === 'number') return typeof v === 'number' ? v : null;
  if (type === 'integer') return Number.isInteger(v) ? v : null;
  if (type === 'boolean') return typeof v === 'boolean' ? v : null;
  if (type === 'object') return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : null;
  if (type === 'array') return Array.isArray(v) ? v : null;
  if (type === 'string[]') return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : null;
  if (type === 'date') return typeof v === 'string' ? dayOf(v) : null;
  return v === undefined ? null : v; // any
}
function countValues(v: Json): number {
  if (v === null || typeof v !== 'object') return 1;
  let n = 1;
  for (const x of Array.isArray(v) ? v : Object.values(v)) n += countValues(x);
  return n;
}
function guard(v: Json, path = '', depth = 0, out: string[] = []): string[] {
  if (typeof v === 'number') { if (!Number.isFinite(v)) out.push(`input.json-syntax ${path}`); return out; }
  if (typeof v === 'string') { if (v.length > 100000) out.push(`input.string-too-long ${path}`); return out; }
  if (v === null || typeof v !== 'object') return out;
  if (depth >= 12) return out.push(`input.too-deep ${path}`), out;
  if (Array.isArray(v)) {
    if (v.length > 2000) return out.push(`input.array-too-long ${path}`), out;
    v.forEach((x, i) => guard(x, `${path}/${i}`, depth + 1, out));
    return out;
  }
  const keys = Object.keys(v);
  if (keys.length > 500) return out.push(`input.too-many-keys ${path}`), out;
  if (keys.some((k) => k.length > 320)) return out.push(`input.string-too-long ${path}`), out;
  for (const k of keys) guard(v[k], `${path}/${esc(k)}`, depth + 1, out);
  return out;
}
function strings(v: Json, path: string, out: Array<[string, string]>): Array<[string, string]> {
  if (typeof v === 'string') out.push([path, v]);
  else if (Array.isArray(v)) v.forEach((x, i) => strings(x, `${path}/${i}`, out));
  else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) strings(v[k], `${path}/${esc(k)}`, out);
  return out;
}
function nfcView(v: Json): Json {
  if (typeof v === 'string') return v.normalize('NFC');
  if (Array.isArray(v)) return v.map(nfcView);
  if (v !== null && typeof v === 'object') {
    const o: Json = {};
    for (const k of Object.keys(v)) Object.defineProperty(o, k, { value: nfcView(v[k]), enumerable: true, writable: true, configurable: true });
    return o;
  }
  return v;
}
/** The legacy-encoding check written from rules.json#/legacyEncoding and #/syllables. */
function legacyCheck(rules: Json): (s: string) => boolean {
  const L = rules.legacyEncoding;
  const S = rules.syllables;
  const inR = (c: number, rs: number[][]) => rs.some(([a, b]) => c >= a! && c <= b!);
  const tones = [0x300, 0x301, 0x303, 0x309, 0x323];
  const syllable = (w: string): boolean => {
    if (w.length === 0 || w.length > 16) return false;
    const nfd = w.toLowerCase().normalize('NFD');
    let tone = 0, n = 0, base = '';
    for (let i = 0; i < nfd.length; i++) {
      const c = nfd.charCodeAt(i);
      if (tones.includes(c)) {
        let j = i - 1;
        while (j >= 0 && [0x302, 0x306, 0x31b].includes(nfd.charCodeAt(j))) j--;
        if (j < 0 || !'aeiouy'.includes(nfd[j]!)) return false;
        n++; tone = c;
      } else base += nfd[i];
    }
    if (n > 1) return false;
    base = base.normalize('NFC');
    for (const ch of base) if (!S.letters.includes(ch)) return false;
    return S.initials.some((ini: string) => {
      if (!base.startsWith(ini)) return false;
      const rest = base.slice(ini.length);
      if (rest === '') return false;
      const front = 'ieêy'.includes(rest[0]!);
      if (['k', 'gh', 'ngh'].includes(ini) && !front) return false;
      if (['c', 'ng'].includes(ini) && front) return false;
      if (ini === 'qu' && 'uo'.includes(rest[0]!)) return false;
      return S.finals.some((fin: string) => {
        if (!rest.endsWith(fin)) return false;
        const nuc = rest.slice(0, rest.length - fin.length);
        if (!own(S.nuclei, nuc)) return false;
        const kind = S.nuclei[nuc];
        if (fin === '' ? kind === 2 : kind === 0) return false;
        if ((fin === 'ch' || fin === 'nh') && !S.palatalNuclei.includes(nuc)) return false;
        if (nuc === 'i' && (fin === 'ng' || fin === 'c')) return false;
        if (nuc === 'oo' && fin !== 'ng' && fin !== 'c') return false;
        if (['c', 'ch', 'p', 't'].includes(fin) && tone !== 0x301 && tone !== 0x323) return false;
        return true;
      });
    });
  };
  const dec = (w: string, enc: 'tcvn3' | 'vni') => {
    const m = L[enc];
    let out = '';
    for (let i = 0; i < w.length; i++) {
      if (enc === 'vni' && i + 1 < w.length && own(m, w.slice(i, i + 2))) { out += m[w.slice(i, i + 2)]; i++; }
      else out += own(m, w[i]!) ? m[w[i]!] : w[i];
    }
    return out.normalize('NFC');
  };
  const ascii = (w: string) => [...w].every((c) => c.charCodeAt(0) < 0x80);
  return (s0: string) => {
    const s = s0.normalize('NFC');
    const words: string[] = [];
    let cur = '';
    for (const ch of s + ' ') {
      // code units (no astral letters are word characters)
      for (let k = 0; k < ch.length; k++) {
        const c = ch.charCodeAt(k);
        if (inR(c, L.wordRanges)) cur += ch[k];
        else if (cur) { words.push(cur); cur = ''; }
      }
    }
    let counted = 0, uniOnly = 0; const votes = { tcvn3: 0, vni: 0 }, strong = { tcvn3: 0, vni: 0 }, also = { tcvn3: 0, vni: 0 };
    for (const w of words) {
      if (ascii(w)) continue;
      if ([...w].some((c) => c.charCodeAt(0) > 0xff)) { counted++; uniOnly++; continue; }
      if (syllable(w)) { counted++; for (const e of ['tcvn3', 'vni'] as const) { const d = dec(w, e); if (d !== w && syllable(d)) also[e]++; } continue; }
      let a = 0, b = w.length;
      while (a < b && inR(w.charCodeAt(a), L.symbolRanges)) a++;
      while (b > a && inR(w.charCodeAt(b - 1), L.symbolRanges)) b--;
      const core = w.slice(a, b);
      if (ascii(core) || syllable(core)) continue;
      counted++;
      const isStrong = [...w].some((c) => c.charCodeAt(0) > 0x7f && !L.ambiguous.includes(c.charCodeAt(0)));
      for (const e of ['tcvn3', 'vni'] as const) if (syllable(dec(w, e))) { votes[e]++; if (isStrong) strong[e]++; }
    }
    const lead = votes.tcvn3 - votes.vni || (votes.tcvn3 > 0 ? also.tcvn3 - also.vni : 0);
    if (lead === 0) return false;
    const e = lead > 0 ? 'tcvn3' : 'vni';
    return (strong[e] > 0 || votes[e] >= 2) && votes[e] > uniOnly && votes[e] / counted >= L.minConfidence;
  };
}
function parseNow(now: string): number {
  const m = /^([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[T ]([0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?))?(Z|[+-][0-9]{2}:?[0-9]{2})?$/.exec(now)!;
  return Date.parse(`${m[1]}T${m[2] ?? '00:00:00'}${m[3] ?? '+07:00'}`);
}

function portableCheck(rules: Json, validate: Json, v: ConformanceVector, legacy: (s: string) => boolean): Set<string> {
  let input: Json;
  if (v.inputText !== undefined) {
    if (Buffer.byteLength(v.inputText, 'utf8') > 2_000_000) return new Set(['input.too-large ']);
    try { input = JSON.parse(v.inputText); } catch { return new Set(['input.json-syntax ']); }
  } else input = v.input;
  if (countValues(input) > 50000) return new Set(['input.too-many-values ']);
  const g = guard(input);
  if (g.length > 0) return new Set(g);
  const issues = new Set<string>();
  // (1) JSON Schema, all errors
  if (!validate(input))
    for (const e of validate.errors as Json[]) {
      const code = rules.structuralCodes[e.keyword] ?? 'schema.invalid';
      let path = e.instancePath;
      if (e.keyword === 'required') path += '/' + esc(String(e.params.missingProperty));
      if (e.keyword === 'additionalProperties') path += '/' + esc(String(e.params.additionalProperty));
      issues.add(`${code} ${path}`);
    }
  // (2) text checks: nfc and legacy on the strings as typed; patterns on the NFC view
  const view = nfcView(input);
  for (const c of rules.textChecks) {
    if (c.kind === 'pattern') {
      const s = resolve(view, c.pointer);
      if (typeof s === 'string' && !new RegExp(`^(?:${c.pattern})$`, 'u').test(s)) issues.add(`${c.code} ${c.pointer}`);
    } else
      for (const [path, s] of strings(input, '', [])) {
        if (c.kind === 'nfc' && s !== s.normalize('NFC')) issues.add(`${c.code} ${path}`);
        if (c.kind === 'legacy-encoding' && legacy(s)) issues.add(`${c.code} ${path}`);
      }
  }
  // (3) context from rules.json tables, on the NFC view
  const o = view !== null && typeof view === 'object' && !Array.isArray(view) ? view : {};
  const str = (k: string) => (typeof o[k] === 'string' ? o[k] : null);
  const unitId = str('unitId');
  const obligationId = str('obligationId');
  const period = str('period');
  const year = typeof o.year === 'number' ? o.year : null;
  const index = Number.isInteger(o.periodIndex) ? o.periodIndex : null;
  const unit = rules.context.units.find((u: Json) => u.id === unitId);
  const inPeriod = rules.context.instances.filter((x: Json) => x.period === period && x.year === year);
  const ofObligation = obligationId === null ? inPeriod : inPeriod.filter((x: Json) => x.obligationId === obligationId);
  const matching = ofObligation.filter((x: Json) => x.index === index);
  const inst = matching.find((x: Json) => x.owedBy.includes(unitId)) ?? matching[0];
  const ctx = {
    mode: v.mode,
    today: Math.floor((parseNow(v.now) + rules.context.utcOffsetMinutes * 60000) / 86400000),
    unitKnown: !!unit,
    unitSymbol: unit ? unit.symbol : null,
    applicableTasks: unit ? unit.tasks : [],
    periodKnown: inPeriod.length > 0,
    obligationKnown: obligationId === null || ofObligation.length > 0,
    indexRequired: index === null && ofObligation.some((x: Json) => x.index !== null),
    indexKnown: index === null || matching.length > 0,
    obligationAmbiguous: obligationId === null && new Set(matching.map((x: Json) => x.obligationId)).size > 1,
    instanceKey: inst ? inst.key : null,
    obligationId: inst ? inst.obligationId : null,
    unitOwes: !!inst && inst.owedBy.includes(unitId),
    periodStart: inst ? inst.periodStartDay : null,
    lateFrom: inst ? inst.lateFromDay : null,
  };
  // (4) rules with json-logic-js
  for (const rule of rules.rules) {
    if (!rule.modes.includes(v.mode)) continue;
    const read = rule.reads.map((r: Json) => prep(resolve(view, r.pointer), r.type));
    if (rule.missing === 'skip' && read.some((x: Json) => x === null)) continue;
    if (!jsonLogic.truthy(jsonLogic.apply(rule.logic, { read, ctx }))) issues.add(`${rule.code} ${rule.blames}`);
  }
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
  ['mini-2021 with indicator relations (fixture)', relationsPlan, () => buildVectors(relationsPlan)],
  ['bac-ninh-2026: quarterly, nine-month, one-off, deadline rules (fixture)', bacNinhPlan, () => buildVectors(bacNinhPlan)],
  ['mini-2021 with two one-off reports (fixture)', oneOffPlan, () => buildVectors(oneOffPlan)],
];

describe.each(suites)('conformance: %s', (_name, plan, load) => {
  const rules = JSON.parse(JSON.stringify(rulesFile(plan)));
  const v2020 = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(JSON.stringify(reportJsonSchema(plan))));
  const v7 = new AjvDraft7({ allErrors: true, strict: true }).compile(JSON.parse(JSON.stringify(reportJsonSchema(plan, { target: 'draft-07' }))));
  const vectors = load();
  const legacy = legacyCheck(rules);

  it('has vectors', () => expect(vectors.length).toBeGreaterThan(60));

  it.each(vectors.map((v) => [v.name, v] as const))('%s', (_n, v) => {
    const ours = validateReport(v.inputText ?? v.input, { plan, mode: v.mode, now: v.now });
    const oursSet = [...new Set(ours.issues.map((i) => `${i.code} ${i.path}`))].sort();
    expect(oursSet).toEqual(v.expected.issues.map((i) => `${i.code} ${i.path}`).sort());
    expect(ours.ok).toBe(v.expected.ok);
    expect([...new Set(ours.issues.map((i) => i.code))].sort()).toEqual(v.expected.codes);
    for (const i of v.expected.issues) expect(severityOf(rules, i.code), i.code).toBe(i.severity);
    for (const validator of [v2020, v7]) {
      const theirs = [...portableCheck(rules, validator, v, legacy)].sort();
      expect(theirs).toEqual(oursSet);
      const theirOk = !theirs.some((s) => severityOf(rules, s.split(' ')[0]!) === 'error');
      expect(theirOk).toBe(v.expected.ok);
    }
  });

  it('every rule and text check has a failing vector, and the complete report passes them all', () => {
    const codes = new Set<string>([...rules.rules.map((r: Json) => r.code), ...rules.textChecks.map((c: Json) => c.code)]);
    // Codes the plan cannot raise: no report per month or quarter, no two obligations of one period.
    const instances: Json[] = rules.context.instances;
    if (!instances.some((i) => i.index !== null)) codes.delete('report.period-index-required');
    if (!instances.some((i) => instances.some((x) => x.obligationId !== i.obligationId && x.period === i.period && x.year === i.year && x.index === i.index))) codes.delete('report.obligation-required');
    const failing = new Set(vectors.flatMap((v) => v.expected.codes));
    for (const c of codes) expect(failing.has(c), `no failing vector for ${c}`).toBe(true);
    const valid = vectors.find((v) => v.name === 'valid-final')!;
    expect(valid.expected).toEqual({ ok: true, codes: [], issues: [] });
  });
});

describe('the legacy-encoding check written from rules.json agrees with @dvcq/core', () => {
  const check = legacyCheck(JSON.parse(JSON.stringify(rulesFile(hoaBinhPlan))));
  it('on every plan text, as is and garbled by TCVN3 and VNI', () => {
    const texts: string[] = [];
    const walk = (v: unknown) => { if (typeof v === 'string') texts.push(v); else if (v && typeof v === 'object') Object.values(v).forEach(walk); };
    walk(hoaBinhPlan);
    walk(twoLevelPlan);
    for (const t of texts) for (const s of [t, encodeLegacy(t, 'tcvn3'), encodeLegacy(t, 'vni'), `« ${t} » · ${t}`]) expect(check(s), s).toBe(legacyEncodingOf(s) !== null);
  });
});
