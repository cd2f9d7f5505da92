/**
 * The parts of the plan model the calendar reads. Shapes follow `@dvcq/core`'s plan model
 * (obligations with a period kind, optional month/quarter indexes, a deadline that is a date
 * or a rule per period, an optional data window); they are written structurally here so a
 * caller can pass a core `Plan`, a plan loaded from JSON, or a hand-built object in a test.
 * @internal
 */

import type { OrgUnit, Plan, UnitGroup } from '@dvcq/core';

/** Thông điệp song ngữ — a text in Vietnamese with its English counterpart. */
export interface LocalizedText {
  readonly vi: string;
  readonly en: string;
}

/** Cách hiểu hạn nộp — `before` ("trước ngày X": X is late) or `inclusive` ("đến hết ngày X"). */
export type DeadlineSemantics = 'before' | 'inclusive';

/** Loại kỳ báo cáo — monthly, quarterly, six-month, nine-month, annual, one-off (đột xuất). */
export type PeriodKind = 'monthly' | 'quarterly' | 'semiannual' | 'nine-month' | 'annual' | 'one-off';

/** Mẫu kỳ số liệu — the data-window presets of Nghị định 09/2019/NĐ-CP, Điều 12. */
export type DataWindowPreset = 'nd09-monthly' | 'nd09-quarterly' | 'nd09-semiannual' | 'nd09-annual';

/**
 * Kỳ số liệu như kế hoạch ghi — `from`/`to` fix the window of a single-instance obligation;
 * a `preset` alone is computed for each instance. `preset` is typed as a string so plans that
 * still carry a preset the calendar no longer knows load (it reads as "not stated").
 */
export interface DataWindowSpec {
  readonly preset?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

interface _Reading {
  readonly semantics: DeadlineSemantics;
  /** Verbatim text, e.g. `trước ngày 20/5/2021`. */
  readonly text?: string | undefined;
}

/** Hạn nộp là một ngày — "trước ngày 20/5/2021". */
export interface DateDeadlineSpec extends _Reading {
  readonly kind?: 'date' | undefined;
  /** `YYYY-MM-DD`: the X in "trước ngày X". */
  readonly date: string;
}

/** Hạn nộp là ngày D của tháng cuối kỳ (`last-of-period`) hoặc của tháng sau kỳ (`after-period`). */
export interface DayOfMonthDeadlineSpec extends _Reading {
  readonly kind: 'day-of-month';
  readonly day: number;
  readonly month: 'last-of-period' | 'after-period';
}

/** Hạn nộp N ngày (làm việc / lịch) sau khi hết kỳ. */
export interface AfterPeriodDeadlineSpec extends _Reading {
  readonly kind: 'after-period';
  readonly days: number;
  readonly count: 'working' | 'calendar';
}

/** Hạn nộp như kế hoạch ghi — a fixed date or a rule applied to each instance. */
export type DeadlineRuleSpec = DateDeadlineSpec | DayOfMonthDeadlineSpec | AfterPeriodDeadlineSpec;

/** Hạn nộp là một ngày (dạng rút gọn) — the bare `{ date, semantics, text? }` form. */
export type DeadlineSpec = DateDeadlineSpec;

/** Nghĩa vụ báo cáo — an obligation, as the calendar reads it. */
export interface ObligationLike {
  readonly id: string;
  readonly title: LocalizedText;
  readonly period: PeriodKind;
  readonly year: number;
  /** Months (1–12) or quarters (1–4) owed; all when omitted. */
  readonly indexes?: readonly number[] | undefined;
  readonly deadline: DeadlineRuleSpec;
  readonly dataWindow?: DataWindowSpec | undefined;
  readonly owedBy: readonly string[];
  readonly recipient?: string | undefined;
  readonly via?: string | undefined;
  readonly copies?: readonly string[] | undefined;
  readonly coordinator?: string | undefined;
  readonly source?: string | undefined;
}

/** Cơ quan, đơn vị — an org unit of the `@dvcq/core` plan model. */
export type OrgUnitLike = OrgUnit;
/** Nhóm đơn vị — a unit group of the `@dvcq/core` plan model. */
export type UnitGroupLike = UnitGroup;

/**
 * Kế hoạch — the parts of a plan the calendar reads (a full `@dvcq/core` `Plan` fits):
 * its id, units, unit groups and obligations.
 */
export interface PlanLike {
  readonly id: string;
  readonly orgUnits: readonly OrgUnitLike[];
  readonly unitGroups: readonly UnitGroupLike[];
  readonly obligations: readonly ObligationLike[];
}

/** @internal Full plan type, for calling `@dvcq/core` helpers that read only units and groups. */
export type _Plan = Plan;
