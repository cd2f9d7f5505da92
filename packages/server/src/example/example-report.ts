import { type Plan, type PeriodKind, findUnit, tasksForUnit } from '@dvcq/core';
import { findInstance } from '@dvcq/calendar';

/** Tùy chọn báo cáo mẫu — options of {@link exampleReport}. */
export interface ExampleReportOptions {
  period: string;
  year: number;
  /** Số thứ tự văn bản — the number before `/BC-…` (default 1). */
  number?: number;
  /** Ngày văn bản `YYYY-MM-DD` (default: the obligation's last day allowed). */
  date?: string;
  /** Varies the figures (default 1); same seed → same report. */
  seed?: number;
  /** Tháng hoặc quý — for monthly and quarterly reports. */
  periodIndex?: number;
  /** Mã nghĩa vụ — when several obligations share the period (one-off reports). */
  obligationId?: string;
}

const _COMMITTEES = new Set(['province-committee', 'district-committee', 'commune-committee']);

/**
 * Báo cáo mẫu — builds a complete, valid sample report of a unit for a period
 * (every task that applies to it, every indicator of the period, consistent
 * figures). Clearly sample data: the texts say "(dữ liệu mẫu)". Everything comes
 * from the plan: the instance's deadline (its last day is the default date), the
 * obligation's recipients, the plan's place. Used by the portal's demo, tests and
 * benchmarks.
 * @param plan - the plan
 * @param unitId - an owing unit
 * @param options - period, year, number, date, seed
 * @returns a submission object
 */
export function exampleReport(plan: Plan, unitId: string, options: ExampleReportOptions): Record<string, unknown> {
  const unit = findUnit(plan, unitId);
  const seed = Math.abs(Math.floor(options.seed ?? 1)) + 1;
  const found = findInstance(plan, {
    period: options.period as PeriodKind,
    year: options.year,
    ...(options.periodIndex !== undefined ? { periodIndex: options.periodIndex } : {}),
    ...(options.obligationId !== undefined ? { obligationId: options.obligationId } : {}),
  });
  const inst = found.ok ? found.instance : found.candidates[0];
  const ob = inst ? plan.obligations.find((o) => o.id === inst.obligationId) : undefined;
  const date = options.date ?? inst?.deadline.lastDay ?? `${options.year}-10-01`;
  const committee = unit !== undefined && _COMMITTEES.has(unit.kind);
  const tasks: Record<string, { status: string; results?: string; reason?: string }> = {};
  for (const [i, t] of tasksForUnit(plan, unitId).entries()) {
    tasks[t.id] =
      (i + seed) % 7 === 0
        ? { status: 'in-progress', results: `Đang triển khai nhiệm vụ ${t.id} (dữ liệu mẫu).` }
        : { status: 'done', results: `Đã triển khai nhiệm vụ ${t.id}: ${((seed * 7 + i * 3) % 20) + 1} lượt/hoạt động (dữ liệu mẫu).` };
  }
  const values: Record<string, number> = {};
  const inds = plan.indicators.filter((i) => i.periods === undefined || (i.periods as readonly string[]).includes(options.period));
  // Parents first so a part (partOf) never exceeds its total.
  const pending = [...inds];
  for (let guard = 0; pending.length > 0 && guard < inds.length + 1; guard++) {
    for (let k = pending.length - 1; k >= 0; k--) {
      const ind = pending[k]!;
      if (ind.partOf !== undefined && values[ind.partOf] === undefined && inds.some((x) => x.id === ind.partOf)) continue;
      const cap = ind.partOf !== undefined ? values[ind.partOf] : undefined;
      const raw = ind.type === 'percent' ? 80 + ((seed * 13 + k) % 20) : ((seed * 31 + k * 17) % 50) + 5;
      values[ind.id] = cap !== undefined ? Math.min(cap, Math.floor(raw / 2)) : raw;
      pending.splice(k, 1);
    }
  }
  // Counts of "Dân vận khéo" models equal the models listed below (one, registered), and
  // the parts of a sum stay within their whole (rules indicator.models-mismatch and
  // indicator.parts-exceed-total of @dvcq/report).
  for (const ind of inds) if (ind.countsModels !== undefined) values[ind.id] = ind.countsModels === 'registered' ? 1 : 0;
  for (const s of plan.indicatorSums ?? []) {
    const total = values[s.total];
    if (total === undefined || s.parts.some((p) => values[p] === undefined)) continue;
    if (s.parts.reduce((n, p) => n + values[p]!, 0) > total) for (const p of s.parts) values[p] = Math.floor(total / s.parts.length);
  }
  return {
    planId: plan.id,
    period: options.period,
    ...(options.periodIndex !== undefined ? { periodIndex: options.periodIndex } : {}),
    ...(options.obligationId !== undefined ? { obligationId: options.obligationId } : {}),
    year: options.year,
    unitId,
    document: {
      number: `${String(options.number ?? 1).padStart(2, '0')}/BC-${unit?.symbol ?? 'UBND'}`,
      date,
      place: plan.place ?? 'Địa danh mẫu',
      signer: committee
        ? { authority: 'KT.', onBehalfOf: 'CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn Mẫu' }
        : { authority: 'KT.', onBehalfOf: 'GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn Mẫu' },
      // The obligation's recipient, the body it goes through and its copies (the report rules check them).
      recipients: ob ? [...new Set([ob.recipient, ...(ob.via ? [ob.via] : []), ...ob.copies])] : [],
    },
    tasks,
    indicators: values,
    models: [{ name: `Mô hình mẫu số ${seed}`, field: 'Cải cách hành chính', holder: 'collective', stage: 'registered' }],
    difficulties: 'Không có (dữ liệu mẫu).',
    nextDirections: 'Tiếp tục thực hiện kế hoạch (dữ liệu mẫu).',
  };
}
