// Kỳ báo cáo của một báo cáo — which obligation instance a report answers, and its label
// ("6 tháng năm 2021", "Quý II/2026", a one-off report's title), from @dvcq/calendar's
// obligation instances (one home for instance labels).
import type { Obligation, Plan } from '@dvcq/core';
import { findInstance } from '@dvcq/calendar';

/** Kỳ báo cáo — the obligation a report answers and the label of its period. */
export interface ReportInstance {
  readonly obligation: Obligation;
  /** Tháng hoặc quý — for monthly and quarterly reports. */
  readonly index?: number;
  /** Tên kỳ — "6 tháng năm 2021", "Quý II/2026", "Tháng 3/2026", "Năm 2026"; a one-off report's title. */
  readonly label: string;
}

/**
 * Tìm kỳ báo cáo — the one obligation instance with the report's period, year, month or
 * quarter (`periodIndex`) and, when given, obligation id (calendar's `findInstance`).
 * @param plan - the plan
 * @param query - what the report names
 * @returns the instance, or `undefined` when none or several match
 */
export function _findReportInstance(
  plan: Plan,
  query: { period: string; year: number; periodIndex?: number | undefined; obligationId?: string | undefined },
): ReportInstance | undefined {
  let match: ReturnType<typeof findInstance>;
  try {
    match = findInstance(plan, {
      period: query.period as Obligation['period'],
      year: query.year,
      ...(query.periodIndex !== undefined ? { periodIndex: query.periodIndex } : {}),
      ...(query.obligationId !== undefined ? { obligationId: query.obligationId } : {}),
    });
  } catch {
    // A plan whose deadline rule cannot be computed (an invalid plan) has no instance to name.
    return undefined;
  }
  if (!match.ok) return undefined;
  const obligation = plan.obligations.find((o) => o.id === match.instance.obligationId);
  if (!obligation) return undefined;
  return { obligation, ...(match.instance.index !== undefined ? { index: match.instance.index } : {}), label: match.instance.label.vi };
}

/** The label inside a sentence: "năm 2026" rather than "Năm 2026". */
export function _labelInSentence(label: string): string {
  return label.startsWith('Năm ') ? `năm ${label.slice(4)}` : label;
}
