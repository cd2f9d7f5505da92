// Kỳ báo cáo của một báo cáo — which obligation instance a report answers, and its label
// ("6 tháng năm 2021", "Quý II/2026", a one-off report's title).
// Transitional: @dvcq/calendar is adding `findInstance` / `obligationInstances` with these
// labels (wave 2); when they are on main this module delegates to them and keeps its shape.
import type { Obligation, Plan } from '@dvcq/core';

/** Kỳ báo cáo — the obligation a report answers and the label of its period. */
export interface ReportInstance {
  readonly obligation: Obligation;
  /** Tháng hoặc quý — for monthly and quarterly reports. */
  readonly index?: number;
  /** Tên kỳ — "6 tháng năm 2021", "Quý II/2026", "Tháng 3/2026", "Năm 2026"; a one-off report's title. */
  readonly label: string;
}

const _ROMAN = ['I', 'II', 'III', 'IV'] as const;

function _label(o: Obligation, index: number | undefined): string {
  switch (o.period) {
    case 'monthly':
      return index === undefined ? `Các tháng năm ${o.year}` : `Tháng ${index}/${o.year}`;
    case 'quarterly':
      return index === undefined ? `Các quý năm ${o.year}` : `Quý ${_ROMAN[index - 1] ?? index}/${o.year}`;
    case 'semiannual':
      return `6 tháng năm ${o.year}`;
    case 'nine-month':
      return `9 tháng năm ${o.year}`;
    case 'annual':
      return `Năm ${o.year}`;
    case 'one-off':
      return o.title.vi;
  }
}

/**
 * Tìm kỳ báo cáo — the one obligation instance with the report's period, year, month or
 * quarter (`periodIndex`) and, when given, obligation id.
 * @param plan - the plan
 * @param query - what the report names
 * @returns the instance, or `undefined` when none or several match
 */
export function _findReportInstance(
  plan: Plan,
  query: { period: string; year: number; periodIndex?: number | undefined; obligationId?: string | undefined },
): ReportInstance | undefined {
  const matches = plan.obligations.filter(
    (o) => o.period === query.period && o.year === query.year && (query.obligationId === undefined || o.id === query.obligationId),
  );
  const multi = (o: Obligation) => o.period === 'monthly' || o.period === 'quarterly';
  const fit = matches.filter((o) => !multi(o) || query.periodIndex === undefined || o.indexes === undefined || o.indexes.includes(query.periodIndex));
  if (fit.length !== 1) return undefined;
  const obligation = fit[0]!;
  const index = multi(obligation) ? query.periodIndex : undefined;
  return { obligation, ...(index !== undefined ? { index } : {}), label: _label(obligation, index) };
}

/** The label inside a sentence: "năm 2026" rather than "Năm 2026". */
export function _labelInSentence(label: string): string {
  return label.startsWith('Năm ') ? `năm ${label.slice(4)}` : label;
}
