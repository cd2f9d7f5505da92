// Reading the inputs: which reports count for the instance, which are ignored and
// why, and — when a unit sent several — which one is counted (the latest
// correction) and which one times the unit (the first sent).
import type { Plan } from '@dvcq/core';
import { parseInstant } from '@dvcq/calendar';
import { type _Selection, _belongs } from './instance';
import type { AggregateInput, IgnoredInput } from './types';

/** @internal One report kept for the instance. */
export interface _Entry {
  ref: string;
  unitId: string;
  report: Record<string, unknown>;
  receivedMs?: number;
  docMs?: number;
  id?: string;
  replaces?: string;
  replacedBy?: string;
  order: number;
}

/** @internal A unit's reports: the first sent (timeliness), the one counted (content). */
export interface _UnitReports {
  first: _Entry;
  current: _Entry;
  seen: number;
}

/** @internal Plain object test (arrays and null excluded). */
export const _isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** @internal Own property or `undefined` (never the prototype's). */
export const _own = (o: Record<string, unknown>, k: string): unknown => (Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);

/** @internal An instant as epoch milliseconds (strings without offset are Việt Nam time). */
export function _toMs(v: Date | string): number | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.getTime();
  const p = parseInstant(v);
  return p.ok ? p.epochMs : undefined;
}

/**
 * @internal Keeps the reports of the plan and instance whose unit the plan knows;
 * every other input goes to `ignored` with its reason. Never throws on bad data.
 */
export function _readInputs(submissions: Iterable<AggregateInput>, plan: Plan, sel: _Selection, ignored: IgnoredInput[]): _Entry[] {
  const unitIds = new Set(plan.orgUnits.map((u) => u.id));
  const entries: _Entry[] = [];
  let order = 0;
  for (const input of submissions) {
    order++;
    const wrapped = _isObj(input) && _isObj(_own(input, 'report'));
    const report = (wrapped ? _own(input, 'report') : input) as unknown;
    const meta = (wrapped ? input : {}) as Record<string, unknown>;
    const source = _own(meta, 'source');
    const id = _own(meta, 'id');
    const ref = typeof source === 'string' ? source : typeof id === 'string' ? id : `#${order}`;
    if (!_isObj(report)) {
      ignored.push({ ref, code: 'not-an-object' });
      continue;
    }
    if (_own(report, 'planId') !== plan.id) {
      ignored.push({ ref, code: 'other-plan' });
      continue;
    }
    const why = _belongs(report, sel);
    if (why !== undefined) {
      ignored.push({ ref, code: why });
      continue;
    }
    const unitId = _own(report, 'unitId');
    if (typeof unitId !== 'string' || !unitIds.has(unitId)) {
      ignored.push({ ref, code: 'unknown-unit' });
      continue;
    }
    const e: _Entry = { ref, unitId, report, order };
    const received = _own(meta, 'receivedAt');
    const rec = typeof received === 'string' ? _toMs(received) : undefined;
    if (rec !== undefined) e.receivedMs = rec;
    const doc = _own(report, 'document');
    const docDate = _isObj(doc) ? _own(doc, 'date') : undefined;
    const dms = typeof docDate === 'string' ? _toMs(docDate) : undefined;
    if (dms !== undefined) e.docMs = dms;
    if (typeof id === 'string') e.id = id;
    const replaces = _own(meta, 'replaces');
    if (typeof replaces === 'string') e.replaces = replaces;
    const replacedBy = _own(meta, 'replacedBy');
    if (typeof replacedBy === 'string') e.replacedBy = replacedBy;
    entries.push(e);
  }
  return entries;
}

/** @internal When a report was sent: receipt time, else document date, else unknown (+∞). */
export const _when = (e: _Entry): number => e.receivedMs ?? e.docMs ?? Number.POSITIVE_INFINITY;

/**
 * @internal Per unit, the first report sent and the one counted: the latest report
 * that no other replaces (a correction wins over what it corrects, whatever the
 * order of the inputs). Every report not counted goes to `ignored` as `superseded`.
 */
export function _resolveCorrections(entries: readonly _Entry[], ignored: IgnoredInput[]): Map<string, _UnitReports> {
  const replacedIds = new Set<string>();
  for (const e of entries) if (e.replaces !== undefined) replacedIds.add(e.replaces);
  const isSuperseded = (e: _Entry) => e.replacedBy !== undefined || (e.id !== undefined && replacedIds.has(e.id));
  const byUnit = new Map<string, _UnitReports>();
  for (const e of entries) {
    const slot = byUnit.get(e.unitId);
    if (slot === undefined) {
      byUnit.set(e.unitId, { first: e, current: e, seen: 1 });
      continue;
    }
    slot.seen++;
    if (_when(e) < _when(slot.first) || (_when(e) === _when(slot.first) && e.order < slot.first.order)) slot.first = e;
    const cur = isSuperseded(slot.current);
    const sup = isSuperseded(e);
    const newer = _when(e) > _when(slot.current) || (_when(e) === _when(slot.current) && e.order > slot.current.order);
    if ((cur && !sup) || (cur === sup && newer)) {
      ignored.push({ ref: slot.current.ref, code: 'superseded' });
      slot.current = e;
    } else ignored.push({ ref: e.ref, code: 'superseded' });
  }
  // A lone report that a missing correction replaces is still the one counted.
  return byUnit;
}
