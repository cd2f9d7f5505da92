import * as z from 'zod/mini';
import type { Plan } from '@dvcq/core';
import { DvkModelSchema, ReportDocumentSchema, ReportSignerSchema, TaskEntrySchema, buildReportSchema } from '../submission/schema';

/** Phiên bản JSON Schema — the drafts the report schema is exported in. */
export type JsonSchemaTarget = 'draft-2020-12' | 'draft-07';

/** Tùy chọn xuất lược đồ — options of {@link reportJsonSchema}. */
export interface ReportJsonSchemaOptions {
  /** `draft-2020-12` (default) or `draft-07`. */
  target?: JsonSchemaTarget;
}

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
  // A registry per call (not the global one): ids name the $defs; nothing UI-related
  // goes into schema metadata (zod #5990).
  const registry = z.registry<{ id: string; title: string; description: string }>();
  registry.add(TaskEntrySchema, { id: 'TaskEntry', title: 'TaskEntry', description: 'Mục báo cáo của một nhiệm vụ / one task entry' });
  registry.add(ReportDocumentSchema, { id: 'ReportDocument', title: 'ReportDocument', description: 'Thông tin văn bản báo cáo / the report document data' });
  registry.add(ReportSignerSchema, { id: 'ReportSigner', title: 'ReportSigner', description: 'Người ký / signer' });
  registry.add(DvkModelSchema, { id: 'DvkModel', title: 'DvkModel', description: 'Mô hình “Dân vận khéo” / a “Dân vận khéo” model' });
  const schema = z.toJSONSchema(buildReportSchema(plan), {
    target: target === 'draft-07' ? 'draft-7' : 'draft-2020-12',
    io: 'input',
    metadata: registry,
    unrepresentable: 'throw',
  }) as Record<string, unknown>;
  const file = target === 'draft-07' ? 'report.draft-07.schema.json' : 'report.schema.json';
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: `https://dvcq.dev/schema/${encodeURIComponent(plan.id)}/${file}`,
    title: 'ReportSubmission',
    description: `Báo cáo kết quả thực hiện kế hoạch "${plan.id}" (chỉ cấu trúc; quy tắc liên trường trong rules.json) / Report submission for plan "${plan.id}" (shape only; cross-field rules in rules.json)`,
    ...rest,
  };
}
