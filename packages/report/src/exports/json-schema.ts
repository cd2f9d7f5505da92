// The report's JSON Schema, written from the shape description (../submission/shape.ts)
// node by node with the keywords listed there — nothing else — so that a validator of
// any language reports exactly the errors `validateReport` reports (all errors on).
import type { Plan } from '@dvcq/core';
import { type ShapeNode, NON_BLANK_PATTERN, reportShape } from '../submission/shape';
import { fieldLabel } from '../locales/labels';

/** Phiên bản JSON Schema — the drafts the report schema is exported in. */
export type JsonSchemaTarget = 'draft-2020-12' | 'draft-07';

/** Tùy chọn xuất lược đồ — options of {@link reportJsonSchema}. */
export interface ReportJsonSchemaOptions {
  /** `draft-2020-12` (default) or `draft-07`. */
  target?: JsonSchemaTarget;
}

type _Json = Record<string, unknown>;

const _DEF_DESCRIPTIONS: Readonly<Record<string, string>> = {
  TaskEntry: 'Mục báo cáo của một nhiệm vụ / one task entry',
  ReportDocument: 'Thông tin văn bản báo cáo / the report document data',
  ReportSigner: 'Người ký / signer',
  DvkModel: 'Mô hình “Dân vận khéo” / a “Dân vận khéo” model',
};

/**
 * Lược đồ JSON của báo cáo — the report submission schema of a plan as JSON Schema
 * (shape only; cross-field rules travel beside it in rules.json). Named parts go to
 * `$defs`/`definitions` under English type names (`TaskEntry`, `ReportDocument`…),
 * which json-schema-to-typescript turns into readable type names; Vietnamese labels
 * stay in descriptions (a known trap, docs/architecture.md: type names are never derived from Vietnamese).
 * @param plan - a loaded plan
 * @param options - the draft to target
 * @returns a fresh JSON Schema object
 */
export function reportJsonSchema(plan: Plan, options: ReportJsonSchemaOptions = {}): Record<string, unknown> {
  const target = options.target ?? 'draft-2020-12';
  const defsKey = target === 'draft-07' ? 'definitions' : '$defs';
  const defs: Record<string, _Json> = {};
  const describe = (pointer: string): string | undefined => {
    const vi = fieldLabel(pointer, 'vi', plan);
    const en = fieldLabel(pointer, 'en', plan);
    return vi === pointer ? undefined : vi === en ? vi : `${vi} / ${en}`;
  };
  const write = (node: ShapeNode, pointer: string | undefined): _Json => {
    if (node.t === 'object' && node.name !== undefined) {
      if (!defs[node.name]) {
        defs[node.name] = { title: node.name, description: _DEF_DESCRIPTIONS[node.name] ?? node.name, ...body(node, undefined) };
      }
      return { $ref: `#/${defsKey}/${node.name}` };
    }
    return body(node, pointer);
  };
  // `pointer` names the field for descriptions (undefined inside a shared definition).
  const body = (node: ShapeNode, pointer: string | undefined): _Json => {
    switch (node.t) {
      case 'string': {
        const s: _Json = { type: 'string' };
        if (node.min !== undefined) s['minLength'] = node.min;
        s['maxLength'] = node.max;
        if (node.nonBlank) s['pattern'] = NON_BLANK_PATTERN;
        return s;
      }
      case 'int':
        return { type: 'integer', minimum: node.min, maximum: node.max };
      case 'number':
        return { type: 'number' };
      case 'enum':
        return { enum: [...node.values] };
      case 'array':
        return { type: 'array', maxItems: node.max, items: write(node.item, undefined) };
      case 'object': {
        const properties: _Json = {};
        for (const p of node.props) {
          const child = pointer === undefined ? undefined : `${pointer}/${p.key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
          const s = write(p.node, child);
          const d = child === undefined ? undefined : describe(child);
          properties[p.key] = d !== undefined && s['$ref'] === undefined ? { description: d, ...s } : s;
        }
        const required = node.props.filter((p) => !p.optional).map((p) => p.key);
        return { type: 'object', properties, ...(required.length > 0 ? { required } : {}), additionalProperties: false };
      }
    }
  };
  const root = body(reportShape(plan), '');
  const file = target === 'draft-07' ? 'report.draft-07.schema.json' : 'report.schema.json';
  return {
    $schema: target === 'draft-07' ? 'http://json-schema.org/draft-07/schema#' : 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://dvcq.dev/schema/${encodeURIComponent(plan.id)}/${file}`,
    title: 'ReportSubmission',
    description: `Báo cáo kết quả thực hiện kế hoạch "${plan.id}" (chỉ cấu trúc; quy tắc liên trường trong rules.json) / Report submission for plan "${plan.id}" (shape only; cross-field rules in rules.json)`,
    ...root,
    [defsKey]: defs,
  };
}
