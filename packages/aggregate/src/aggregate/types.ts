import type { DvkHolder, DvkStage, Lang, LocalizedText, Message, OrgUnitKind, Plan, SubmissionStatus, TaskStatus } from '@dvcq/core';
import type { WorkingCalendar } from '@dvcq/calendar';

/** Tình trạng thực hiện — one of core's `TASK_STATUSES`, or `no-answer` (the unit said nothing). */
export type TaskAnswerStatus = TaskStatus | 'no-answer';

/**
 * Tình trạng nộp của đơn vị — core's `SUBMISSION_STATUSES` for one unit (the words of
 * `@dvcq/calendar`, never overloaded): `on-time` (nộp đúng hạn), `late` (nộp trễ
 * hạn), `overdue` (quá hạn, chưa nộp — "missing"), `open` (đang trong hạn, chưa nộp),
 * `upcoming` (chưa đến kỳ).
 */
export type UnitReportState = SubmissionStatus;

/**
 * Báo cáo đưa vào tổng hợp — one input of `aggregate`: a stored record
 * (`{ report, receivedAt, id, replaces }`, as a report store returns) or a bare
 * submission (a JSON file). Without `receivedAt` the report's own document date is
 * taken as its submission day — said to users through `timingBasis`.
 */
export type AggregateInput =
  | Record<string, unknown>
  | {
      report: Record<string, unknown>;
      receivedAt?: string;
      id?: string;
      replaces?: string;
      replacedBy?: string;
      /** Where it came from (a file path), shown in `ignored`. */
      source?: string;
    };

/**
 * Tùy chọn tổng hợp — options of `aggregate`: which instance of an obligation
 * (kỳ báo cáo) to consolidate. An instance is named by its period and year, plus
 * the month or quarter (`periodIndex`) for monthly and quarterly reports, and the
 * obligation (`obligationId`) when several obligations share a period (one-off
 * reports, đột xuất).
 */
export interface AggregateOptions {
  plan: Plan;
  /** Loại kỳ — `monthly`, `quarterly`, `semiannual`, `nine-month`, `annual`, `one-off`. */
  period: string;
  year: number;
  /** Tháng (1–12) hoặc quý (1–4) — the month or quarter, for monthly and quarterly reports. */
  periodIndex?: number;
  /** Mã nghĩa vụ — picks the obligation when several share the period (one-off reports). */
  obligationId?: string;
  /** Thời điểm tính tình trạng — the instant statuses are computed at (default: now). */
  now?: Date | string;
  /** Language of the compiled texts (`vi` default). */
  lang?: Lang;
  /**
   * Lịch làm việc — the working calendar for deadlines counted in working days (built-in
   * holidays plus any announced holidays file: `createWorkingCalendar` of `@dvcq/calendar`).
   */
  calendar?: WorkingCalendar;
  /**
   * Gia hạn — units granted a later deadline for this instance: unit id → the new last
   * day allowed (`YYYY-MM-DD`, inclusive). Their state (on time, late, missing) is judged
   * against it (`extendInstance` of `@dvcq/calendar`) and their row says `extendedTo`.
   */
  extensions?: Readonly<Record<string, string>>;
}

/** Dòng đơn vị — one unit's line in the consolidation. */
export interface UnitRow {
  unitId: string;
  name: LocalizedText;
  kind: OrgUnitKind;
  /** `true` when the obligation names the unit; `false` for a report from a unit that owes none. */
  owes: boolean;
  state: UnitReportState;
  /** Thời điểm nộp tính hạn — the first submission of the chain (ISO `+07:00`). */
  submittedAt?: string;
  /** `received`: the server's receipt time; `document-date`: the report's own date (files). */
  timingBasis?: 'received' | 'document-date';
  /** Báo cáo đang dùng — the id (or file) of the report counted (the latest correction). */
  reportId?: string;
  /** Số, ký hiệu của báo cáo được tính — e.g. "12/BC-SNV". */
  documentNumber?: string;
  /** Ngày ban hành của báo cáo được tính (`YYYY-MM-DD`), as the report gives it. */
  documentDate?: string;
  /** How many reports of this unit for the period were seen (corrections and re-sends included). */
  reportsSeen: number;
  /** Gia hạn đến — the unit's extended last day (`YYYY-MM-DD`) when it was granted one. */
  extendedTo?: string;
}

/** Tổng theo nhóm — a total over a group of units. */
export interface IndicatorGroupTotal {
  /** Sum for counts; `null` for percentages (a sum of rates means nothing). */
  total: number | null;
  /** Mean for percentages (unweighted over units, 2 decimals); `null` for counts. */
  mean: number | null;
  /** Units that gave a value. */
  reported: number;
}

/** Dòng chỉ tiêu — one indicator consolidated. */
export interface IndicatorRow extends IndicatorGroupTotal {
  id: string;
  label: LocalizedText;
  unit?: LocalizedText;
  type: 'count' | 'percent';
  task: string;
  /** Nội dung — the content area of the task it measures, e.g. `II.5`. */
  areaId: string;
  mandatedBy: 'plan' | 'kit';
  min: number | null;
  max: number | null;
  /** Totals by kind of unit (Sở, ban, ngành; UBND cấp huyện …): every kind that reported, so they add up. */
  byKind: Partial<Record<OrgUnitKind, IndicatorGroupTotal>>;
  /** The value each unit gave. */
  byUnit: Record<string, number>;
}

/** Tổng theo nội dung — indicator totals grouped by content area. */
export interface AreaRow {
  areaId: string;
  title: LocalizedText;
  /** Ids of the indicators measuring the area's tasks (their totals are in `Aggregation.indicators`). */
  indicators: string[];
  /** Ids of the area's tasks. */
  tasks: string[];
}

/** Kết quả một đơn vị cho một nhiệm vụ — one unit's answer to one task. */
export interface TaskAnswer {
  unitId: string;
  unitName: string;
  status: TaskAnswerStatus;
  results?: string;
  reason?: string;
}

/** Dòng nhiệm vụ — one task consolidated. */
export interface TaskRow {
  taskId: string;
  /** Tên ngắn của nhiệm vụ — the first clause of the task's text (core's `shortTitle`). */
  title: LocalizedText;
  areaId: string;
  counts: Record<TaskAnswerStatus, number>;
  answers: TaskAnswer[];
  /** Văn bản tổng hợp — the results compiled, one paragraph per unit, each unit named. */
  compiled: string;
}

/** Văn bản của đơn vị — one unit's non-blank text for a free-text field of its report. */
export interface UnitText {
  unitId: string;
  unitName: string;
  text: string;
}

/** Các văn bản tự do — per free-text field of the report, each unit's text, in unit order. */
export interface AggregationTexts {
  /** Khó khăn, vướng mắc. */
  difficulties: UnitText[];
  /** Đề xuất, kiến nghị. */
  proposals: UnitText[];
  /** Phương hướng, nhiệm vụ kỳ tới. */
  nextDirections: UnitText[];
}

/** Mô hình của đơn vị — one "Dân vận khéo" model a unit listed in its counted report. */
export interface UnitModel {
  unitId: string;
  unitName: string;
  name: string;
  /** Lĩnh vực — empty when the report left it out. */
  field: string;
  holder: DvkHolder;
  stage: DvkStage;
}

/**
 * Lý do bỏ qua — why an input was not counted:
 * `not-an-object` (not a report), `other-plan`, `other-period` (another period,
 * year, month/quarter or obligation), `unknown-unit` (a unit the plan does not
 * have), `superseded` (a later correction or re-send of the same unit counts),
 * `ambiguous-obligation` (the report does not say which of several obligations
 * sharing its period it answers: it needs `obligationId`).
 */
export type IgnoredCode = 'not-an-object' | 'other-plan' | 'other-period' | 'unknown-unit' | 'superseded' | 'ambiguous-obligation';

/** Báo cáo bị bỏ qua — an input not counted, and why (stable code). */
export interface IgnoredInput {
  ref: string;
  code: IgnoredCode;
}

/** Hạn nộp của kỳ — the deadline of the instance consolidated, as `@dvcq/calendar` reads it. */
export interface AggregationDeadline {
  date: string;
  semantics: 'before' | 'inclusive';
  lastDay: string;
  instant: string;
  reading: LocalizedText;
  text?: string;
}

/** Kỳ báo cáo được tổng hợp — the instance of the obligation consolidated. */
export interface AggregationObligation {
  /** Mã nghĩa vụ — the obligation's id. */
  id: string;
  /** Khóa kỳ — `<obligationId>@<year>`, or `…-Q<n>` / `…-M<nn>` for quarters and months. */
  key: string;
  title: LocalizedText;
  /** Tên kỳ — e.g. "Quý II/2026", "6 tháng năm 2021"; a one-off report's title. */
  label: Message;
  /** Tháng hoặc quý — for monthly and quarterly instances. */
  index?: number;
  /** Kỳ số liệu — the data window the figures cover (both ends inclusive); absent when the plan states none. */
  window?: { from: string; to: string };
  deadline: AggregationDeadline;
}

/** Tóm tắt — counts over the owing units. */
export interface AggregationSummary {
  /** Units that owe the report. */
  owed: number;
  submitted: number;
  onTime: number;
  late: number;
  /** Quá hạn chưa nộp — owed, deadline passed, nothing received. */
  missing: number;
  /** Chưa nộp nhưng chưa đến hạn — owed, deadline not reached. */
  pending: number;
  /** Tỷ lệ đầy đủ — submitted ÷ owed (0–1; 1 when nothing is owed). */
  completeness: number;
  /** Tỷ lệ đúng hạn — on time ÷ submitted (0–1; `null` when nothing was submitted). */
  timeliness: number | null;
}

/** Kết quả tổng hợp — the consolidation the coordinating body sends on (plan's implementation section). */
export interface Aggregation {
  planId: string;
  period: string;
  year: number;
  /** Tháng hoặc quý — the month or quarter, when the instance has one. */
  periodIndex?: number;
  /** Thời điểm tính — statuses are as of this instant (ISO `+07:00`). */
  asOf: string;
  /** The instance consolidated, `null` when the plan owes no report for it. */
  obligation: AggregationObligation | null;
  summary: AggregationSummary;
  units: UnitRow[];
  areas: AreaRow[];
  indicators: IndicatorRow[];
  tasks: TaskRow[];
  /** Khó khăn, đề xuất, phương hướng — the free texts of the counted reports, each unit named. */
  texts: AggregationTexts;
  /** Mô hình "Dân vận khéo" — the models listed in the counted reports, in unit order. */
  models: UnitModel[];
  ignored: IgnoredInput[];
  /** Tên tình trạng — labels of the states (core's `SUBMISSION_STATUS_LABELS`), for display. */
  stateLabels: Record<UnitReportState, LocalizedText>;
}
