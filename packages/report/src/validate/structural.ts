import type { z } from 'zod';
import { type Issue, type Lang, type Plan, getByPointer, parsePointer } from '@dvcq/core';
import { localeFor } from '../locales/labels';
import { STRUCTURAL_CODES } from './structural-codes';
import type { IssueCode } from '../locales/codes';
import { reportShape } from '../submission/shape';
import { _describe, _nodeAt } from './describe';
import { _pointerNoRegex } from '../text/limits';

export { STRUCTURAL_CODES } from './structural-codes';

/** Tùy chọn ánh xạ lỗi — options of {@link fromJsonSchemaErrors} and {@link fromZodIssues}. */
export interface StructuralIssueOptions {
  /** Message language: `vi` (default) or `en`. */
  lang?: Lang;
  /** The plan the report answers: names the fields (indicators by label) and the kind of each value. */
  plan?: Plan;
}

/** Lỗi của Ajv — the part of an Ajv `ErrorObject` this mapping reads (no Ajv import needed). */
export interface JsonSchemaError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

const _esc = (s: string) => s.split('~').join('~0').split('/').join('~1');

/**
 * Lỗi cấu trúc từ Ajv — maps the errors of a JSON Schema validator (Ajv's
 * `ErrorObject` shape) on the exported schema to our issues with
 * {@link STRUCTURAL_CODES}: with Ajv `allErrors: true` they equal the structural
 * issues of `validateReport` (codes, paths and messages). Errors of keywords not in
 * the table become `schema.invalid`.
 * @param errors - `validate.errors`
 * @param options - language and plan
 * @returns the issues, distinct by code and path
 */
export function fromJsonSchemaErrors(errors: readonly JsonSchemaError[], options: StructuralIssueOptions = {}): Issue[] {
  const lang: Lang = options.lang === 'en' ? 'en' : 'vi';
  const shape = options.plan ? reportShape(options.plan) : undefined;
  const out: Issue[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const code: IssueCode = Object.prototype.hasOwnProperty.call(STRUCTURAL_CODES, e.keyword) ? STRUCTURAL_CODES[e.keyword]! : 'schema.invalid';
    const p = e.params;
    let pointer = e.instancePath;
    if (e.keyword === 'required') pointer += '/' + _esc(String(p['missingProperty']));
    else if (e.keyword === 'additionalProperties') pointer += '/' + _esc(String(p['additionalProperty']));
    const segs = parsePointer(pointer);
    const node = shape && e.keyword !== 'additionalProperties' ? _nodeAt(shape, segs) : undefined;
    const kind = e.keyword === 'additionalProperties' ? 'group' : node?.kind ?? 'text';
    const extra: { limit?: number; expected?: string; values?: readonly string[] } = {};
    if (typeof p['limit'] === 'number') extra.limit = p['limit'];
    if (e.keyword === 'type') extra.expected = String(p['type']);
    if (e.keyword === 'enum' && Array.isArray(p['allowedValues'])) extra.values = p['allowedValues'].map(String);
    const issue = _describe(code, segs, kind, extra, localeFor(lang), lang, options.plan);
    const key = `${issue.code} ${issue.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(issue);
  }
  return out;
}

/**
 * Lỗi cấu trúc từ zod — maps zod issues to ours. Issues of the schemas of
 * `@dvcq/report/zod` carry our code and message already (they come from the same
 * check as `validateReport`); issues of other zod schemas are mapped by their zod
 * code (`invalid_type` of an absent value is `schema.required`).
 * @param issues - `error.issues` of a failed `safeParse`
 * @param input - the value that was parsed (tells "missing" from "wrong type")
 * @param options - language and plan
 * @returns one issue per problem, distinct by code and path
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], input?: unknown, options: StructuralIssueOptions = {}): Issue[] {
  const lang: Lang = options.lang === 'en' ? 'en' : 'vi';
  const catalogue = localeFor(lang);
  const out: Issue[] = [];
  const seen = new Set<string>();
  const push = (i: Issue) => {
    const key = `${i.code} ${i.path}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(i);
    }
  };
  for (const i of issues) {
    const segs = i.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const ours = i.code === 'custom' ? (i.params as { dvcq?: { code: IssueCode; message: Record<Lang, string> } } | undefined)?.dvcq : undefined;
    if (ours) {
      push({ code: ours.code, severity: 'error', path: _pointerNoRegex(segs), message: ours.message[lang] });
      continue;
    }
    const d = (code: IssueCode, s: ReadonlyArray<string | number>, extra: { limit?: number; values?: readonly string[]; expected?: string } = {}) =>
      push(_describe(code, s, 'text', extra, catalogue, lang, options.plan));
    switch (i.code) {
      case 'invalid_type':
        d(getByPointer(input, segs.map(String)) === undefined ? 'schema.required' : 'schema.type', segs, { expected: i.expected });
        break;
      case 'invalid_value':
        d(getByPointer(input, segs.map(String)) === undefined ? 'schema.required' : 'schema.enum', segs, { values: i.values.map(String) });
        break;
      case 'unrecognized_keys':
        for (const k of i.keys) d('schema.unknown-field', [...segs, k]);
        break;
      case 'too_small':
        d('schema.too-small', segs, { limit: Number(i.minimum) });
        break;
      case 'too_big':
        d('schema.too-big', segs, { limit: Number(i.maximum) });
        break;
      case 'invalid_format':
        d(i.format === 'regex' ? 'schema.blank' : 'schema.invalid', segs);
        break;
      default:
        d('schema.invalid', segs);
    }
  }
  return out;
}
