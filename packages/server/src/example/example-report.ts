// Báo cáo mẫu — kept for the callers of the first release: the one implementation is
// `sampleReport` of `@dvcq/report/testing` (docs/architecture.md, "one home per concept").
import type { PeriodKind, Plan } from '@dvcq/core';
import { sampleReport } from '@dvcq/report/testing';

/** Tùy chọn báo cáo mẫu — options of {@link exampleReport}. */
export interface ExampleReportOptions {
  period: string;
  year: number;
  /** Số thứ tự văn bản — the number before `/BC-…` (default 1). */
  number?: number;
  /** Ngày văn bản `YYYY-MM-DD` (default: the last day the report is on time). */
  date?: string;
  /** Varies the figures (default 1); same seed → same report. */
  seed?: number;
  /** Tháng hoặc quý — for monthly and quarterly reports. */
  periodIndex?: number;
  /** Mã nghĩa vụ — when several obligations share the period (one-off reports). */
  obligationId?: string;
}

/**
 * Báo cáo mẫu — a complete, valid sample report of a unit; the same as `sampleReport`
 * of `@dvcq/report/testing`, which new code should import.
 * @deprecated use `sampleReport` from `@dvcq/report/testing`
 * @param plan - the plan
 * @param unitId - an owing unit
 * @param options - period, year, number, date, seed
 * @returns a submission object
 * @throws TypeError when the plan asks for no such report
 */
export function exampleReport(plan: Plan, unitId: string, options: ExampleReportOptions): Record<string, unknown> {
  return sampleReport(plan, unitId, { ...options, period: options.period as PeriodKind }) as unknown as Record<string, unknown>;
}
