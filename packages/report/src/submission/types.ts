// The TypeScript types of a report submission, written once by hand from the shape
// (./shape.ts). `generated/report.d.ts` (json-schema-to-typescript on the exported
// JSON Schema) must equal them: src/exports/types.test-d.ts checks it with tsc.
import type { DvkHolder, DvkStage, PeriodKind, SigningAuthority, TaskStatus } from '@dvcq/core';

/** Mục báo cáo của một nhiệm vụ — a unit's answer for one task. */
export interface TaskEntry {
  status?: TaskStatus;
  results?: string;
  reason?: string;
}

/** Người ký — the report's signature block (Nghị định 30/2020, Điều 8 and Phụ lục I). */
export interface ReportSigner {
  authority?: SigningAuthority;
  onBehalfOf?: string;
  position?: string;
  name?: string;
}

/** Thông tin văn bản báo cáo — the report's own document data. */
export interface ReportDocument {
  number?: string;
  date?: string;
  place?: string;
  signer?: ReportSigner;
  recipients?: string[];
}

/** Mô hình "Dân vận khéo" — one row of the repeating group of models. */
export interface DvkModel {
  name: string;
  field: string;
  holder: DvkHolder;
  stage: DvkStage;
}

/**
 * Báo cáo — a report submission. Generic in the plan's task and indicator ids (a
 * plan's `report.d.ts` is this type with its ids).
 */
export interface ReportSubmission<TTaskId extends string = string, TIndicatorId extends string = string> {
  planId: string;
  period: PeriodKind;
  year: number;
  unitId: string;
  /** Tháng (1–12) hoặc quý (1–4) — for a plan asking one report per month or quarter. */
  periodIndex?: number;
  /** Nghĩa vụ báo cáo — when several obligations ask for a report of the same period and year. */
  obligationId?: string;
  document?: ReportDocument;
  tasks?: { [K in TTaskId]?: TaskEntry };
  indicators?: { [K in TIndicatorId]?: number };
  models?: DvkModel[];
  difficulties?: string;
  proposals?: string;
  nextDirections?: string;
}
