// The consolidation the draft is written from: the parts of `@dvcq/aggregate`'s `Aggregation`
// this package reads, picked from its own types (one definition), so any `aggregate(...)`
// result — or its JSON (`dvcq aggregate --json`) — is accepted as it is.
import type { AggregationObligation, AggregationSummary, AreaRow, IndicatorRow, TaskAnswer, TaskRow, UnitReportState, UnitRow } from '@dvcq/aggregate';

/** Tình trạng nộp của đơn vị — as the aggregation reports it. */
export type ConsolidatedUnitState = UnitReportState;

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
  obligation:
    | (Pick<AggregationObligation, 'id' | 'title'> &
        Partial<Pick<AggregationObligation, 'label'>> & { deadline: Pick<AggregationObligation['deadline'], 'date' | 'semantics' | 'lastDay' | 'text'> })
    | null;
  summary: AggregationSummary;
  /** `documentDate` (the report's date) is read when the aggregation gives it. */
  units: ReadonlyArray<Pick<UnitRow, 'unitId' | 'name' | 'kind' | 'owes' | 'state' | 'documentNumber'> & { documentDate?: string }>;
  areas: ReadonlyArray<Pick<AreaRow, 'areaId' | 'title' | 'tasks'>>;
  indicators: ReadonlyArray<Pick<IndicatorRow, 'id' | 'label' | 'unit' | 'type' | 'total' | 'mean' | 'reported' | 'byUnit'>>;
  tasks: ReadonlyArray<Pick<TaskRow, 'taskId' | 'areaId' | 'counts'> & { answers: ReadonlyArray<Pick<TaskAnswer, 'unitId' | 'unitName' | 'status' | 'results' | 'reason'>> }>;
  stateLabels: Record<ConsolidatedUnitState, { vi: string; en: string }>;
  /** Khó khăn, đề xuất, phương hướng của từng đơn vị (when the aggregation carries them). */
  texts?: { difficulties: ConsolidatedUnitText[]; proposals: ConsolidatedUnitText[]; nextDirections?: ConsolidatedUnitText[] };
  /** Mô hình "Dân vận khéo" của các đơn vị (when the aggregation carries them). */
  models?: ConsolidatedUnitModel[];
}
