import type { z } from 'zod';
import { type Issue, type Lang, toJsonPointer } from '@dvcq/core';
import { localeFor } from '../locales/labels';
import { STRUCTURAL_CODES } from './structural-codes';
import type { IssueCode, MessageParams } from '../locales/codes';
import { _resolve } from '../rules/run-rules';

export { STRUCTURAL_CODES } from './structural-codes';

const _TYPE_VI: Record<string, string> = {
  string: 'chuỗi ký tự', number: 'số', integer: 'số nguyên', int: 'số nguyên', boolean: 'đúng/sai', array: 'danh sách', object: 'đối tượng',
};

function _typeParams(t: string): MessageParams {
  const en = t === 'int' ? 'integer' : t;
  return { expected: Object.prototype.hasOwnProperty.call(_TYPE_VI, t) ? _TYPE_VI[t]! : t, expectedEn: en };
}

function _issue(code: IssueCode, path: string, params: MessageParams, lang: Lang): Issue {
  return { code, severity: 'error', path, message: localeFor(lang).messages[code](params) };
}

/**
 * Lỗi cấu trúc từ zod — maps zod's issues to ours (codes and messages from our
 * catalogue; zod's own messages are English-only and not stable).
 * @param issues - `error.issues` of a failed `safeParse`
 * @param lang - message language
 * @param input - the value that was parsed: tells "missing" from "wrong type"
 *   (zod 4 leaves `input` out of issues unless asked to)
 * @returns one issue per problem (one per unknown key)
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], lang: Lang, input?: unknown): Issue[] {
  const out: Issue[] = [];
  for (const i of issues) {
    const segs = i.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const path = toJsonPointer(segs);
    switch (i.code) {
      case 'invalid_type':
        out.push(_resolve(input, segs.map(String)) === undefined ? _issue('schema.required', path, {}, lang) : _issue('schema.type', path, _typeParams(i.expected), lang));
        break;
      case 'invalid_value':
        out.push(_issue('schema.enum', path, { values: i.values.map(String).join(', ') }, lang));
        break;
      case 'unrecognized_keys':
        for (const k of i.keys) out.push(_issue('schema.unknown-field', toJsonPointer([...segs, k]), {}, lang));
        break;
      case 'too_small':
        out.push(_issue('schema.too-small', path, { limit: String(i.minimum) }, lang));
        break;
      case 'too_big':
        out.push(_issue('schema.too-big', path, { limit: String(i.maximum) }, lang));
        break;
      case 'invalid_format':
        out.push(_issue(i.format === 'regex' ? 'schema.blank' : 'schema.invalid', path, {}, lang));
        break;
      default:
        out.push(_issue('schema.invalid', path, {}, lang));
    }
  }
  return out;
}

/** Lỗi của Ajv — the part of an Ajv `ErrorObject` this mapping reads (no Ajv import needed). */
export interface JsonSchemaError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

/**
 * Lỗi cấu trúc từ Ajv — maps JSON Schema validator errors (Ajv's `ErrorObject`
 * shape) to our issues with {@link STRUCTURAL_CODES}. Use it with Ajv
 * (`allErrors: true`) on the exported schema to get the same codes as `validateReport`.
 * @param errors - `validate.errors`
 * @param lang - message language
 * @returns issues; errors of keywords without a code (e.g. `if`) are dropped
 */
export function fromJsonSchemaErrors(errors: readonly JsonSchemaError[], lang: Lang = 'vi'): Issue[] {
  const out: Issue[] = [];
  const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
  for (const e of errors) {
    if (!Object.prototype.hasOwnProperty.call(STRUCTURAL_CODES, e.keyword)) continue;
    const code = STRUCTURAL_CODES[e.keyword]!;
    const p = e.params;
    let path = e.instancePath;
    let params: MessageParams = {};
    if (e.keyword === 'required') path += '/' + esc(String(p['missingProperty']));
    else if (e.keyword === 'additionalProperties') path += '/' + esc(String(p['additionalProperty']));
    else if (e.keyword === 'type') params = _typeParams(String(p['type']));
    else if (e.keyword === 'enum') params = { values: Array.isArray(p['allowedValues']) ? p['allowedValues'].map(String).join(', ') : '' };
    else if (e.keyword === 'const') params = { values: String(p['allowedValue']) };
    else if ('limit' in p) params = { limit: String(p['limit']) };
    out.push(_issue(code, path, params, lang));
  }
  return out;
}
