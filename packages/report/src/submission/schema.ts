// The zod schema of a report, built from the shape description (./shape) — the one
// definition of the structure. zod/mini: tree-shakable (a page that only validates
// pulls no zod at all), and its objects never probe `new Function`, so building or
// using the schema raises no CSP violation under `script-src 'self'` — no page-wide
// `config({ jitless: true })` needed. Still zod, still Standard Schema
// (`schema['~standard']`), still `schema.safeParse(x)` / `z.toJSONSchema(schema)`.
import * as z from 'zod/mini';
import type { Plan } from '@dvcq/core';
import {
  REPORT_PERIODS,
  SIGNING_AUTHORITIES,
  TASK_STATUSES,
  type ReportShapeOptions,
  type ShapeNode,
  _DOCUMENT,
  _DVK_MODEL,
  _SIGNER,
  _TASK_ENTRY,
  reportShape,
} from './shape';

export { REPORT_PERIODS, SIGNING_AUTHORITIES, TASK_STATUSES };
export type { TaskStatus } from './shape';

// Free text must contain a non-space character: `\S` is in the portable ECMA-262
// subset every JSON Schema validator supports (and is linear).
const _NON_BLANK = /\S/;

/** Builds the zod schema of one node; named nodes reuse their exported schema (so `$defs` name them). */
function _toZod(node: ShapeNode, named: ReadonlyMap<ShapeNode, z.ZodMiniType>): z.ZodMiniType {
  const known = named.get(node);
  if (known) return known;
  switch (node.t) {
    case 'string': {
      const checks: Array<z.core.$ZodCheck<string>> = [];
      if (node.min !== undefined) checks.push(z.minLength(node.min));
      checks.push(z.maxLength(node.max));
      if (node.nonBlank) checks.push(z.regex(_NON_BLANK));
      return z.string().check(...checks);
    }
    case 'int':
      return z.int().check(z.minimum(node.min), z.maximum(node.max));
    case 'number':
      return z.number();
    case 'enum':
      return z.enum(node.values as [string, ...string[]]);
    case 'array':
      return z.array(_toZod(node.item, named)).check(z.maxLength(node.max));
    case 'object': {
      const shape: Record<string, z.ZodMiniType> = {};
      for (const p of node.props) {
        const s = _toZod(p.node, named);
        shape[p.key] = p.optional ? z.optional(s) : s;
      }
      return z.strictObject(shape);
    }
  }
}

const _NONE: ReadonlyMap<ShapeNode, z.ZodMiniType> = new Map();

/**
 * Mục báo cáo của một nhiệm vụ — a unit's answer for one task. Every field is
 * optional in the shape: which ones are needed depends on the status and the mode,
 * and that is checked by rules (so a draft can be saved half-filled).
 */
export const TaskEntrySchema = _toZod(_TASK_ENTRY, _NONE) as z.ZodMiniObject<
  {
    status: z.ZodMiniOptional<z.ZodMiniEnum<{ [K in TaskStatus_]: K }>>;
    results: z.ZodMiniOptional<z.ZodMiniString<string>>;
    reason: z.ZodMiniOptional<z.ZodMiniString<string>>;
  },
  z.core.$strict
>;
type TaskStatus_ = (typeof TASK_STATUSES)[number];
/** Mục báo cáo của một nhiệm vụ — task entry. */
export type TaskEntry = z.infer<typeof TaskEntrySchema>;

/** Người ký — the report's signature block (Nghị định 30/2020, Điều 8 and Phụ lục I). */
export const ReportSignerSchema = _toZod(_SIGNER, _NONE) as z.ZodMiniObject<
  {
    authority: z.ZodMiniOptional<z.ZodMiniEnum<{ [K in (typeof SIGNING_AUTHORITIES)[number]]: K }>>;
    onBehalfOf: z.ZodMiniOptional<z.ZodMiniString<string>>;
    position: z.ZodMiniOptional<z.ZodMiniString<string>>;
    name: z.ZodMiniOptional<z.ZodMiniString<string>>;
  },
  z.core.$strict
>;
/** Người ký — signer. */
export type ReportSigner = z.infer<typeof ReportSignerSchema>;

/** Thông tin văn bản báo cáo — the report's own document data. */
export const ReportDocumentSchema = _toZod(_DOCUMENT, new Map([[_SIGNER, ReportSignerSchema]])) as z.ZodMiniObject<
  {
    number: z.ZodMiniOptional<z.ZodMiniString<string>>;
    date: z.ZodMiniOptional<z.ZodMiniString<string>>;
    place: z.ZodMiniOptional<z.ZodMiniString<string>>;
    signer: z.ZodMiniOptional<typeof ReportSignerSchema>;
    recipients: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
  },
  z.core.$strict
>;
/** Thông tin văn bản báo cáo — document data. */
export type ReportDocument = z.infer<typeof ReportDocumentSchema>;

/** Mô hình "Dân vận khéo" — one row of the repeating group of models (plan II.8.1, II.8.4). */
export const DvkModelSchema = _toZod(_DVK_MODEL, _NONE) as z.ZodMiniObject<
  {
    name: z.ZodMiniString<string>;
    field: z.ZodMiniString<string>;
    holder: z.ZodMiniEnum<{ collective: 'collective'; individual: 'individual' }>;
    stage: z.ZodMiniEnum<{ registered: 'registered'; recognized: 'recognized' }>;
  },
  z.core.$strict
>;
/** Mô hình "Dân vận khéo" — a model. */
export type DvkModel = z.infer<typeof DvkModelSchema>;

/** Hình dạng zod của một báo cáo — the static type of {@link buildReportSchema}'s result (zod/mini). */
export type ReportSchema<TTaskId extends string = string, TIndicatorId extends string = string> = z.ZodMiniObject<
  {
    planId: z.ZodMiniString<string>;
    period: z.ZodMiniEnum<{ [K in (typeof REPORT_PERIODS)[number]]: K }>;
    year: z.ZodMiniNumberFormat;
    unitId: z.ZodMiniString<string>;
    document: z.ZodMiniOptional<typeof ReportDocumentSchema>;
    tasks: z.ZodMiniOptional<z.ZodMiniObject<{ [K in TTaskId]: z.ZodMiniOptional<typeof TaskEntrySchema> }, z.core.$strict>>;
    indicators: z.ZodMiniOptional<z.ZodMiniObject<{ [K in TIndicatorId]: z.ZodMiniOptional<z.ZodMiniNumber<number>> }, z.core.$strict>>;
    models: z.ZodMiniOptional<z.ZodMiniArray<typeof DvkModelSchema>>;
    difficulties: z.ZodMiniOptional<z.ZodMiniString<string>>;
    proposals: z.ZodMiniOptional<z.ZodMiniString<string>>;
    nextDirections: z.ZodMiniOptional<z.ZodMiniString<string>>;
  },
  z.core.$strict
>;

/** Báo cáo (đã kiểm tra cấu trúc) — a report submission as the zod schema infers it. */
export type ReportSubmission = z.infer<ReportSchema>;

/** Tùy chọn dựng lược đồ — options for {@link buildReportSchema}. */
export interface ReportSchemaOptions extends ReportShapeOptions {
  /**
   * Kỳ báo cáo — when given, indicators asked only in other periods are left out
   * of the shape (a form for a 6-month report never shows an annual-only figure).
   * Without it every indicator is allowed and the rule `indicator.not-in-period` checks.
   */
  period?: (typeof REPORT_PERIODS)[number];
}

/**
 * Dựng lược đồ báo cáo — builds the zod schema (zod/mini) of a report submission
 * for a plan from its shape ({@link reportShape}): one optional property per task of
 * the plan under `tasks`, one per indicator under `indicators`. The schema checks
 * shape only (types, enums, lengths, unknown fields); completeness and cross-field
 * checks are rules ({@link buildRules}) so that they run even when the shape is broken
 * and travel beside the JSON Schema. `validateReport` checks the same shape without
 * zod and gives the same structural issues (tested on every vector and on arbitrary
 * input). zod schemas implement Standard Schema (`schema['~standard']`).
 * @param plan - a loaded plan
 * @param options - optional narrowing to one period
 * @returns a strict zod/mini object schema
 */
export function buildReportSchema(plan: Plan, options: ReportSchemaOptions = {}): ReportSchema {
  const named = new Map<ShapeNode, z.ZodMiniType>([
    [_TASK_ENTRY, TaskEntrySchema],
    [_DOCUMENT, ReportDocumentSchema],
    [_SIGNER, ReportSignerSchema],
    [_DVK_MODEL, DvkModelSchema],
  ]);
  return _toZod(reportShape(plan, options), named) as unknown as ReportSchema;
}
