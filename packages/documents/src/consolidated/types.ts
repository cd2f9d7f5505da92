// The consolidation the draft is written from: the fields of `@dvcq/aggregate`'s
// `Aggregation` this package reads (structural, so any aggregation with these fields works).
import type { LocalizedText, Message, OrgUnitKind } from '@dvcq/core';

/** Tình trạng nộp của đơn vị — as the aggregation reports it. */
export type ConsolidatedUnitState = 'on-time' | 'late' | 'overdue' | 'open' | 'upcoming';

/** Văn bản của đơn vị — one unit's free text for a report field. */
export interface ConsolidatedUnitText {
  unitId: string;
  unitName: string;
  text: string;
}

/** Mô hình của đơn vị — one "Dân vận khéo" model a unit listed. */
export interface ConsolidatedUnitModel {
  unitId: string;
  unitName: string;
  name: string;
  field: string;
  holder: 'collective' | 'individual';
  stage: 'registered' | 'recognized';
}

/** Kết quả tổng hợp (phần văn bản cần) — the parts of an aggregation the consolidated draft reads. */
export interface ConsolidationInput {
  planId: string;
  period: string;
  year: number;
  periodIndex?: number;
  /** Thời điểm tính (ISO, +07:00). */
  asOf: string;
  obligation: {
    id: string;
    title: LocalizedText;
    /** Tên kỳ — "Quý II/2026"; when absent the label is taken from the plan. */
    label?: Message;
    deadline: { date: string; semantics: 'before' | 'inclusive'; lastDay: string; text?: string };
  } | null;
  summary: {
    owed: number;
    submitted: number;
    onTime: number;
    late: number;
    missing: number;
    pending: number;
    completeness: number;
    timeliness: number | null;
  };
  units: ReadonlyArray<{
    unitId: string;
    name: LocalizedText;
    kind: OrgUnitKind | 'unknown';
    owes: boolean;
    state: ConsolidatedUnitState;
    documentNumber?: string;
    documentDate?: string;
  }>;
  areas: ReadonlyArray<{ areaId: string; title: LocalizedText; tasks: string[] }>;
  indicators: ReadonlyArray<{
    id: string;
    label: LocalizedText;
    unit?: LocalizedText;
    type: 'count' | 'percent';
    total: number | null;
    mean: number | null;
    reported: number;
    byUnit: Record<string, number>;
  }>;
  tasks: ReadonlyArray<{
    taskId: string;
    areaId: string;
    counts: Record<string, number>;
    answers: ReadonlyArray<{ unitId: string; unitName: string; status: string; results?: string; reason?: string }>;
  }>;
  stateLabels: Record<ConsolidatedUnitState, LocalizedText>;
  /** Khó khăn, đề xuất, phương hướng của từng đơn vị (when the aggregation carries them). */
  texts?: { difficulties: ConsolidatedUnitText[]; proposals: ConsolidatedUnitText[]; nextDirections?: ConsolidatedUnitText[] };
  /** Mô hình "Dân vận khéo" của các đơn vị (when the aggregation carries them). */
  models?: ConsolidatedUnitModel[];
}
