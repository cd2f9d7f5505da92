import type { Lang, LocalizedText, PeriodKind } from '@dvcq/core';

/**
 * Kỳ báo cáo của biểu mẫu — every period kind of core's vocabulary (`PERIOD_KINDS`):
 * monthly and quarterly reports name their month or quarter (`periodIndex`), a
 * one-off report its obligation (`obligationId`).
 */
export type FormPeriod = PeriodKind;

/**
 * Phần cố định của bài nộp — what every submission of one form carries: plan, period,
 * year, unit, and for an instance of a monthly or quarterly obligation its month or
 * quarter, for a one-off report its obligation.
 */
export interface FormFixed {
  planId: string;
  period: FormPeriod;
  year: number;
  unitId: string;
  /** Tháng (1–12) hoặc quý (1–4) — monthly and quarterly reports. */
  periodIndex?: number;
  /** Nghĩa vụ báo cáo — when the period and year match several obligations (one-off reports). */
  obligationId?: string;
}

/**
 * Kiểu ô nhập — the widget a renderer should use for a field. Every renderer
 * (ours, JSON Forms, RJSF) maps these to its own controls.
 */
export type FormWidget = 'text' | 'textarea' | 'date' | 'select' | 'radio' | 'checkboxes' | 'count' | 'percent';

/** Lựa chọn — one choice of a `select`, `radio` or `checkboxes` field. */
export interface FormOption {
  /** The value stored in the submission. */
  value: string;
  /** Nhãn song ngữ — bilingual label. */
  label: LocalizedText;
}

/**
 * Điều kiện hiển thị — a field is shown only when the value at `path` (a JSON
 * Pointer into the submission, relative to the repeat item for fields inside a
 * repeating group) is one of `in`. An absent value matches only when `in` has
 * `undefined`… which it never does: no answer means the field stays hidden.
 */
export interface FormCondition {
  /** JSON Pointer of the controlling value. */
  path: string;
  /** The values that show the field. */
  in: readonly string[];
}

/** Ô nhập — one input of the form, bound to one JSON Pointer of the submission. */
export interface FormField {
  kind: 'field';
  /** Stable id, safe as an HTML id fragment (`document-number`, `task-II-1-1-status`). */
  id: string;
  /** JSON Pointer into the submission (`/document/number`); inside a repeat, relative to the item (`/name`). */
  path: string;
  label: LocalizedText;
  help?: LocalizedText;
  /**
   * Ví dụ — an example answer derived from the plan and the unit (`15/BC-SNV` from
   * the unit's symbol, the place from the plan), shown beside the field as
   * "Ví dụ: …", never inside it (a placeholder looks like a filled value).
   */
  example?: LocalizedText;
  widget: FormWidget;
  /** Kiểu dữ liệu lưu — how the value is stored in the submission. */
  valueType: 'string' | 'number' | 'string[]';
  options?: readonly FormOption[];
  /** Đơn vị tính — unit of measure shown beside a number. */
  unit?: LocalizedText;
  /**
   * Cần trả lời khi nộp — a renderer marks the field as expected in a final report.
   * Only a hint: the verdict is `validateReport`'s. A hidden field is never required.
   */
  required: boolean;
  /** Shown only when this holds. */
  visibleWhen?: FormCondition;
  /** HTML `autocomplete` token, when one fits (e.g. `name`). */
  autocomplete?: string;
}

/**
 * Nhóm nhiệm vụ — the fields of one task (status, results, reason and the
 * indicators measuring it), shown as one fieldset.
 */
export interface FormGroup {
  kind: 'group';
  id: string;
  /** JSON Pointer of the task entry (`/tasks/II.1.1`). */
  path: string;
  /** The task id (`II.1.1`). */
  taskId: string;
  /**
   * The task id and a short title (`II.6.1. Các Sở, ban, ngành … tạo điều kiện…`):
   * the task text's first clause, cut at a word boundary with "…" — the plan's own
   * words, never new ones. A legend read before every field of the group stays short.
   */
  label: LocalizedText;
  /** Toàn văn — the whole task text (the kit's corrected text when it has one), when the label shortens it. */
  text?: LocalizedText;
  /** The plan's verbatim text when the kit shows a corrected one. */
  verbatim?: string;
  /** Vai trò và thời hạn — the unit's role in the task (chủ trì / phối hợp) and the task's due time, when the plan states them. */
  note?: LocalizedText;
  fields: readonly FormField[];
}

/** Nhóm lặp — a repeating group (the "Dân vận khéo" models): any number of items. */
export interface FormRepeat {
  kind: 'repeat';
  id: string;
  /** JSON Pointer of the array (`/models`). */
  path: string;
  label: LocalizedText;
  help?: LocalizedText;
  /** Label of one item; `{n}` is replaced by its 1-based number. */
  itemLabel: LocalizedText;
  addLabel: LocalizedText;
  removeLabel: LocalizedText;
  /** Fields of one item; their paths are relative to the item. */
  fields: readonly FormField[];
  maxItems: number;
}

/** Phần tử của một phần — what a section holds. */
export type FormItem = FormField | FormGroup | FormRepeat;

/** Phần của biểu mẫu — one section (document data, a content area, models, closing). */
export interface FormSection {
  id: string;
  title: LocalizedText;
  help?: LocalizedText;
  items: readonly FormItem[];
}

/**
 * Định nghĩa biểu mẫu — a framework-neutral description of the report form of
 * one unit for one period: every renderer draws from this, and the submission it
 * produces is what `validateReport` checks.
 */
export interface FormDefinition {
  planId: string;
  period: FormPeriod;
  year: number;
  unitId: string;
  /** Default language of the labels; every label carries both. */
  lang: Lang;
  /** Tiêu đề chính thức — the official heading with the period (`Báo cáo kết quả thực hiện công tác dân vận chính quyền 6 tháng năm 2021`). */
  title: LocalizedText;
  /** Tên đơn vị báo cáo — the reporting unit's name. */
  unitName: LocalizedText;
  /** Hạn nộp — the deadline text from the plan's obligation, when there is one. */
  deadline?: LocalizedText;
  /** The fixed part of every submission of this form (plan, period, year, unit; month/quarter; obligation). */
  fixed: FormFixed;
  sections: readonly FormSection[];
}
