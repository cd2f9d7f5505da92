// Testing entry of @dvcq/report ("@dvcq/report/testing"): a complete, valid sample
// report of a unit for one report of a plan, derived from the plan alone — its
// obligation (recipients, deadline, data window), the unit (symbol, kind, tasks), the
// indicators asked in the period with figures that hold together — for demos, tests
// and benchmarks. Clearly sample data: the texts say "(dữ liệu mẫu)".
import { type OrgUnitKind, type PeriodKind, type Plan, findUnit, tasksForUnit } from '@dvcq/core';
import type { WorkingCalendar } from '@dvcq/calendar';
import type { ContextInstance, ContextTables } from './rules/rule';
import type { ReportSubmission } from './submission/types';
import { reportContext } from './rules/report-context';
import { _isoOfDay } from './rules/days';

/** Tùy chọn báo cáo mẫu — which report, and how to vary it. */
export interface SampleReportOptions {
  period: PeriodKind;
  year: number;
  /** Tháng hoặc quý — for a monthly or quarterly report. */
  periodIndex?: number;
  /** Nghĩa vụ — when several obligations ask for a report of the same period and year. */
  obligationId?: string;
  /** Số thứ tự văn bản — the number before `/BC-…` (default 1). */
  number?: number;
  /** Ngày văn bản `YYYY-MM-DD` (default: the last day the report is on time). */
  date?: string;
  /** Varies the statuses and figures (default 1); same seed → same report. */
  seed?: number;
  /** Context tables (default: `reportContext(plan, { calendar })`). */
  context?: ContextTables;
  calendar?: WorkingCalendar;
}

// The title of the head of a unit, as it follows "KT." on a signature (Nghị định 30/2020, Phụ lục I).
const _HEAD: Partial<Record<OrgUnitKind, string>> = {
  'province-committee': 'CHỦ TỊCH',
  'district-committee': 'CHỦ TỊCH',
  'commune-committee': 'CHỦ TỊCH',
  department: 'GIÁM ĐỐC',
  'province-committee-office': 'CHÁNH VĂN PHÒNG',
};

/**
 * Kỳ báo cáo của một yêu cầu — the instance a sample report answers. @internal
 * @throws TypeError when the plan asks for no such report (a programmer mistake)
 */
export function _instanceFor(tables: ContextTables, unitId: string, o: Pick<SampleReportOptions, 'period' | 'year' | 'periodIndex' | 'obligationId'>): ContextInstance {
  const matching = tables.instances.filter(
    (i) => i.period === o.period && i.year === o.year && i.index === (o.periodIndex ?? null) && (o.obligationId === undefined || i.obligationId === o.obligationId),
  );
  const found = matching.find((i) => i.owedBy.includes(unitId)) ?? matching[0];
  if (!found) throw new TypeError(`sampleReport: the plan asks for no ${o.period} report of ${o.year}${o.periodIndex !== undefined ? ` (${o.periodIndex})` : ''}${o.obligationId ? ` for "${o.obligationId}"` : ''}`);
  return found;
}

/**
 * Báo cáo mẫu — a complete, valid report of a unit for one report of a plan: every task
 * that applies to the unit (done or in progress, with results), every indicator asked
 * in the period (parts within their totals, sums of parts within their whole, counts of
 * models equal to the models listed), the document data the obligation asks for
 * (recipients, copies), signed "KT." by a deputy. It validates in final mode at any
 * instant before its deadline.
 * @param plan - a loaded plan
 * @param unitId - the reporting unit (one that owes the report, for a report without warnings)
 * @param options - which report (period, year, month/quarter, obligation) and variations
 * @returns the submission
 */
export function sampleReport(plan: Plan, unitId: string, options: SampleReportOptions): ReportSubmission {
  const tables = options.context ?? reportContext(plan, options.calendar ? { calendar: options.calendar } : {});
  const inst = _instanceFor(tables, unitId, options);
  const ob = plan.obligations.find((x) => x.id === inst.obligationId)!;
  const unit = findUnit(plan, unitId);
  const seed = Math.abs(Math.floor(options.seed ?? 1)) + 1;
  const shared = tables.instances.some((x) => x.obligationId !== inst.obligationId && x.period === inst.period && x.year === inst.year && x.index === inst.index);

  const tasks: NonNullable<ReportSubmission['tasks']> = {};
  for (const [k, t] of tasksForUnit(plan, unitId).entries())
    tasks[t.id] =
      (k + seed) % 7 === 0
        ? { status: 'in-progress', results: `Đang triển khai nhiệm vụ ${t.id} (dữ liệu mẫu).` }
        : { status: 'done', results: `Đã triển khai nhiệm vụ ${t.id}: ${((seed * 7 + k * 3) % 20) + 1} hoạt động (dữ liệu mẫu).` };

  // Figures: totals first, a part at most half its total, the parts of a sum sharing their
  // whole, counts of models equal to the one model listed (registered).
  const asked = plan.indicators.filter((i) => i.periods === undefined || i.periods.includes(inst.period as PeriodKind));
  const values: Record<string, number> = {};
  const sums = plan.indicatorSums ?? [];
  const valueOf = (id: string, depth = 0): number => {
    if (values[id] !== undefined) return values[id]!;
    const ind = asked.find((i) => i.id === id);
    const k = asked.findIndex((i) => i.id === id);
    let v: number;
    if (ind?.countsModels !== undefined) v = ind.countsModels === 'registered' ? 1 : 0;
    else if (ind?.type === 'percent') v = 80 + ((seed * 13 + k) % 20);
    else {
      const sum = sums.find((x) => x.parts.includes(id) && asked.some((i) => i.id === x.total));
      const total = ind?.partOf !== undefined && asked.some((i) => i.id === ind.partOf) ? ind.partOf : sum?.total;
      const raw = ((seed * 31 + k * 17) % 50) + 5;
      v = total !== undefined && depth < 10 ? Math.min(raw, Math.floor(valueOf(total, depth + 1) / ((sum?.parts.length ?? 1) + 1))) : raw;
    }
    values[id] = v;
    return v;
  };
  for (const i of asked) valueOf(i.id);
  const indicators: Record<string, number> = {};
  for (const i of asked) indicators[i.id] = values[i.id]!;

  const head = (unit && _HEAD[unit.kind]) ?? 'TRƯỞNG BAN';
  const date = options.date ?? _isoOfDay(Math.max(inst.periodStartDay, inst.lateFromDay - 1));
  return {
    planId: plan.id,
    period: inst.period as PeriodKind,
    year: inst.year,
    ...(inst.index !== null ? { periodIndex: inst.index } : {}),
    ...(shared || options.obligationId !== undefined ? { obligationId: inst.obligationId } : {}),
    unitId,
    document: {
      number: `${String(options.number ?? 1).padStart(2, '0')}/BC-${unit?.symbol ?? 'UBND'}`,
      date,
      place: plan.place ?? unit?.shortName ?? unit?.name.vi ?? unitId,
      signer: { authority: 'KT.', onBehalfOf: head, position: `PHÓ ${head}`, name: 'Nguyễn Văn Mẫu' },
      recipients: [ob.recipient, ...(ob.via !== undefined ? [ob.via] : []), ...ob.copies],
    },
    tasks,
    indicators,
    models: [{ name: `Mô hình mẫu số ${seed}`, field: 'Cải cách hành chính', holder: 'collective', stage: 'registered' }],
    difficulties: 'Không có (dữ liệu mẫu).',
    proposals: 'Không có (dữ liệu mẫu).',
    nextDirections: 'Tiếp tục thực hiện kế hoạch (dữ liệu mẫu).',
  };
}
