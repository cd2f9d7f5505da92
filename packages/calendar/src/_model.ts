/**
 * The plan model comes from `@dvcq/core` (types only); this file names the pieces the
 * calendar reads, plus the one structural type it accepts on its own (a bare deadline).
 * @internal
 */

import type { Deadline as CoreDeadline, Obligation, OrgUnit, Plan, UnitGroup } from '@dvcq/core';

/** Hạn nộp trong tệp kế hoạch — a deadline as the plan model states it (a date or a rule). */
export type PlanDeadline = CoreDeadline;

export type { DataWindow, DataWindowPreset, DeadlineSemantics, LocalizedText, PeriodKind } from '@dvcq/core';
import type { DeadlineSemantics } from '@dvcq/core';

/** Hạn nộp như kế hoạch ghi — the deadline as the plan states it. */
export interface DeadlineSpec {
  /** `YYYY-MM-DD`: the X in "trước ngày X". */
  readonly date: string;
  readonly semantics: DeadlineSemantics;
  /** Verbatim text, e.g. `trước ngày 20/5/2021`. */
  readonly text?: string | undefined;
}

/** Nghĩa vụ báo cáo — an obligation of the `@dvcq/core` plan model. */
export type ObligationLike = Obligation;
/** Cơ quan, đơn vị — an org unit of the `@dvcq/core` plan model. */
export type OrgUnitLike = OrgUnit;
/** Nhóm đơn vị — a unit group of the `@dvcq/core` plan model. */
export type UnitGroupLike = UnitGroup;
/**
 * Kế hoạch — the parts of a `@dvcq/core` plan the calendar reads (a full `Plan` fits).
 * Narrowed so callers (and tests) can pass a plan without its sections and texts.
 */
export type PlanLike = Pick<Plan, 'id' | 'orgUnits' | 'unitGroups' | 'obligations'>;
/** @internal Full plan type, for calling `@dvcq/core` helpers that read only the picked fields. */
export type _Plan = Plan;
