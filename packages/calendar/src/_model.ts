/**
 * The parts of the `@dvcq/core` plan model the calendar reads, narrowed so a caller can pass a
 * core `Plan`, a plan loaded from JSON, or a hand-built obligation (a test, a README example)
 * that leaves out what the calendar does not read (recipients, the plan's wording).
 * @internal
 */

import type {
  AfterPeriodDeadline,
  DataWindowPreset as CoreDataWindowPreset,
  DateDeadline,
  DayOfMonthDeadline,
  Obligation,
  Plan,
} from '@dvcq/core';

export type { DeadlineSemantics, LocalizedText, OrgUnit as OrgUnitLike, PeriodKind, UnitGroup as UnitGroupLike } from '@dvcq/core';

/**
 * Mẫu kỳ số liệu — the data-window presets of Nghị định 09/2019/NĐ-CP, Điều 12 (no
 * nine-month one: docs/domain.md#data-windows).
 */
export type DataWindowPreset = CoreDataWindowPreset;

/** Kỳ số liệu như kế hoạch ghi — `from`/`to` for a single-instance obligation; a `preset` alone is computed per instance. */
export type DataWindowSpec = NonNullable<Obligation['dataWindow']>;

type _TextOptional<T> = Omit<T, 'text'> & { readonly text?: string | undefined };

/** Hạn nộp là một ngày — "trước ngày 20/6/2026" (`text`, the plan's words, optional here). */
export type DateDeadlineSpec = _TextOptional<DateDeadline>;
/** Hạn nộp là ngày D của tháng cuối kỳ (`last-of-period`) hoặc của tháng sau kỳ (`after-period`). */
export type DayOfMonthDeadlineSpec = _TextOptional<DayOfMonthDeadline>;
/** Hạn nộp N ngày (làm việc / lịch) sau khi hết kỳ. */
export type AfterPeriodDeadlineSpec = _TextOptional<AfterPeriodDeadline>;
/** Hạn nộp như kế hoạch ghi — a fixed date or a rule applied to each instance. */
export type DeadlineRuleSpec = DateDeadlineSpec | DayOfMonthDeadlineSpec | AfterPeriodDeadlineSpec;
/** Hạn nộp là một ngày (dạng rút gọn) — the bare `{ date, semantics, text? }` form. */
export type DeadlineSpec = Omit<DateDeadlineSpec, 'kind'> & { readonly kind?: 'date' | undefined };

/**
 * Nghĩa vụ báo cáo — an obligation of the core plan model, as the calendar reads it: what
 * defines its instances and who owes them (recipients and the plan's section are optional).
 */
export type ObligationLike = Pick<Obligation, 'id' | 'title' | 'period' | 'year'> & {
  readonly indexes?: readonly number[] | undefined;
  readonly deadline: DeadlineRuleSpec;
  readonly dataWindow?: DataWindowSpec | undefined;
  readonly owedBy: readonly string[];
} & Partial<Pick<Obligation, 'recipient' | 'via' | 'copies' | 'coordinator' | 'source'>>;

/**
 * Kế hoạch — the parts of a plan the calendar reads (a full `@dvcq/core` `Plan` fits):
 * its id, units, unit groups and obligations.
 */
export type PlanLike = Pick<Plan, 'id' | 'orgUnits' | 'unitGroups'> & { readonly obligations: readonly ObligationLike[] };

/** @internal Full plan type, for calling `@dvcq/core` helpers that read only units and groups. */
export type _Plan = Plan;
