// The zod schemas of a report (zod/mini, Standard Schema). Each is a thin zod wrapper
// around the structural check `validateReport` runs (./check.ts — JSON Schema
// semantics, every error reported), so zod, `validateReport` and a JSON Schema
// validator of the exported schema give the same issues: same codes, paths and
// messages. A successful parse returns a fresh copy. For a JSON Schema, use
// `reportJsonSchema` (@dvcq/report/export), not `z.toJSONSchema`.
import * as z from 'zod/mini';
import type { Lang, Plan } from '@dvcq/core';
import { type ReportShapeOptions, type ShapeNode, _DOCUMENT, _DVK_MODEL, _SIGNER, _TASK_ENTRY, reportShape } from './shape';
import { compileShape } from './check';
import { _describeRaws } from '../validate/describe';
import { vi } from '../locales/vi';
import { en } from '../locales/en';
import type { IssueCode } from '../locales/codes';
import type { DvkModel, ReportDocument, ReportSigner, ReportSubmission, TaskEntry } from './types';

export type { DvkModel, ReportDocument, ReportSigner, ReportSubmission, TaskEntry } from './types';

/** Lược đồ zod của báo cáo — a zod/mini schema whose output is `T`. */
export type ReportSchema<T = ReportSubmission> = z.ZodMiniType<T, unknown>;

/** What a zod issue of these schemas carries in `params.dvcq`. */
interface _Payload {
  code: IssueCode;
  message: Record<Lang, string>;
}

function _schemaOf<T>(node: ShapeNode, plan?: Plan): ReportSchema<T> {
  const check = compileShape(node);
  const checked = z.unknown().check(
    z.superRefine((value: unknown, ctx) => {
      const raws = check(value).issues;
      if (raws.length === 0) return;
      const msgVi = _describeRaws(raws, vi, 'vi', plan);
      const msgEn = _describeRaws(raws, en, 'en', plan);
      raws.forEach((raw, i) => {
        const dvcq: _Payload = { code: raw.code, message: { vi: msgVi[i]!.message, en: msgEn[i]!.message } };
        ctx.addIssue({ code: 'custom', path: [...raw.path], message: dvcq.message.vi, input: value, params: { dvcq } });
      });
    }),
  );
  return z.pipe(checked, z.transform((value: unknown) => check(value).value as T)) as unknown as ReportSchema<T>;
}

/** Mục báo cáo của một nhiệm vụ — the zod schema of a task entry. */
export const TaskEntrySchema: ReportSchema<TaskEntry> = _schemaOf<TaskEntry>(_TASK_ENTRY);
/** Người ký — the zod schema of the signer. */
export const ReportSignerSchema: ReportSchema<ReportSigner> = _schemaOf<ReportSigner>(_SIGNER);
/** Thông tin văn bản báo cáo — the zod schema of the document data. */
export const ReportDocumentSchema: ReportSchema<ReportDocument> = _schemaOf<ReportDocument>(_DOCUMENT);
/** Mô hình "Dân vận khéo" — the zod schema of one model. */
export const DvkModelSchema: ReportSchema<DvkModel> = _schemaOf<DvkModel>(_DVK_MODEL);

/** Tùy chọn dựng lược đồ — options for {@link buildReportSchema}. */
export type ReportSchemaOptions = ReportShapeOptions;

/**
 * Dựng lược đồ báo cáo — the zod schema (zod/mini, Standard Schema:
 * `schema['~standard']`, `schema.safeParse(x)`) of a report submission for a plan:
 * shape only (types, choices, lengths, unknown fields); completeness and cross-field
 * checks are rules. Its issues are `validateReport`'s structural issues — each zod
 * issue has our code and both messages in `params.dvcq` (read them with
 * `fromZodIssues`) and the Vietnamese message as `message`.
 * @param plan - a loaded plan
 * @param options - optional narrowing to one period (indicators not asked in it are left out)
 * @returns the zod schema
 */
export function buildReportSchema(plan: Plan, options: ReportSchemaOptions = {}): ReportSchema {
  return _schemaOf<ReportSubmission>(reportShape(plan, options), plan);
}
