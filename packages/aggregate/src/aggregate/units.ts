// Unit states and timeliness: which units owe the instance, whether each one sent
// its report on time, late, or not at all (the words of @dvcq/calendar), and the
// summary counts over the owing units.
import { type Plan, SUBMISSION_STATUS_LABELS, expandUnitIds, isUnitValidOn } from '@dvcq/core';
import { type WorkingCalendar, extendInstance, formatInstant } from '@dvcq/calendar';
import { type _Instance, _phase } from './instance';
import { type _UnitReports, _isObj, _when } from './inputs';
import type { AggregationSummary, UnitReportState, UnitRow } from './types';

/** @internal Names of the unit states, for display. */
export function _stateLabels(): Record<UnitReportState, { vi: string; en: string }> {
  const out = {} as Record<UnitReportState, { vi: string; en: string }>;
  for (const [k, m] of Object.entries(SUBMISSION_STATUS_LABELS) as Array<[UnitReportState, { vi: string; en: string }]>) out[k] = { vi: m.vi, en: m.en };
  return out;
}

/**
 * @internal The units that owe the instance: those its obligation names that exist
 * on the last day allowed (a unit merged away before the deadline owes nothing).
 */
export function _owingUnits(plan: Plan, inst: _Instance | undefined): string[] {
  if (!inst) return [];
  const byId = new Map(plan.orgUnits.map((u) => [u.id, u]));
  const out: string[] = [];
  for (const id of expandUnitIds(plan, inst.obligation.owedBy)) {
    const u = byId.get(id);
    if (u && isUnitValidOn(u, inst.deadline.lastDay)) out.push(id);
  }
  return out;
}

/**
 * @internal One row per owing unit, then one per other unit that sent a report, with
 * its state at `nowMs`. Timeliness is judged by the first report sent against the
 * instance's deadline instant (a correction does not make an on-time report late) — or
 * against the unit's extended deadline when it was granted one.
 */
export function _unitRows(
  plan: Plan,
  inst: _Instance | undefined,
  byUnit: ReadonlyMap<string, _UnitReports>,
  nowMs: number,
  calendar: WorkingCalendar,
  extensions: Readonly<Record<string, string>> = {},
): { units: UnitRow[]; summary: AggregationSummary } {
  const unitsById = new Map(plan.orgUnits.map((u) => [u.id, u]));
  const owing = _owingUnits(plan, inst);
  const owingSet = new Set(owing);
  const ids = [...owing, ...[...byUnit.keys()].filter((id) => !owingSet.has(id))];
  const phase = _phase(inst, nowMs, calendar);
  const units: UnitRow[] = [];
  const summary: AggregationSummary = { owed: owing.length, submitted: 0, onTime: 0, late: 0, missing: 0, pending: 0, completeness: 1, timeliness: null };
  for (const unitId of ids) {
    const u = unitsById.get(unitId);
    if (!u) continue; // inputs keep only units the plan knows
    const slot = byUnit.get(unitId);
    const extendedTo = inst && Object.prototype.hasOwnProperty.call(extensions, unitId) ? extensions[unitId] : undefined;
    const extended = inst && extendedTo !== undefined ? extendInstance(inst, extendedTo) : inst;
    const own = extended === inst || !extended || !inst ? inst : { ...extended, obligation: inst.obligation };
    const unitPhase = own === inst ? phase : _phase(own, nowMs, calendar);
    const deadlineMs = own?.deadline.epochMs;
    const row: UnitRow = {
      unitId,
      name: { vi: u.name.vi, en: u.name.en },
      kind: u.kind,
      owes: owingSet.has(unitId),
      state: unitPhase,
      reportsSeen: slot?.seen ?? 0,
      ...(own !== inst && own ? { extendedTo: own.deadline.lastDay } : {}),
    };
    if (slot) {
      const t = _when(slot.first);
      const submittedMs = Number.isFinite(t) ? t : undefined;
      row.reportId = slot.current.id ?? slot.current.ref;
      const doc = slot.current.report.document;
      if (_isObj(doc) && typeof doc.number === 'string') row.documentNumber = doc.number;
      if (_isObj(doc) && typeof doc.date === 'string') row.documentDate = doc.date;
      if (submittedMs !== undefined && submittedMs <= nowMs) {
        row.submittedAt = formatInstant(submittedMs);
        row.timingBasis = slot.first.receivedMs !== undefined ? 'received' : 'document-date';
        row.state = deadlineMs !== undefined && submittedMs >= deadlineMs ? 'late' : 'on-time';
      } else if (submittedMs === undefined) {
        // No time known at all (neither receipt nor document date): counted as
        // submitted, judged on time only if the deadline has not passed yet.
        row.state = deadlineMs !== undefined && nowMs >= deadlineMs ? 'late' : 'on-time';
      }
      // A report dated after `now` is not yet "sent" as of `now`: the row keeps its phase.
    }
    if (row.owes) {
      if (row.state === 'on-time') (summary.submitted++, summary.onTime++);
      else if (row.state === 'late') (summary.submitted++, summary.late++);
      else if (row.state === 'overdue') summary.missing++;
      else summary.pending++;
    }
    units.push(row);
  }
  summary.completeness = summary.owed === 0 ? 1 : summary.submitted / summary.owed;
  summary.timeliness = summary.submitted === 0 ? null : summary.onTime / summary.submitted;
  return { units, summary };
}
