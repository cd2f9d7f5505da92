import { _replacesMismatch, type InsertResult, type NewReportRecord, type ReportQuery, type ReportRecord, type ReportStore } from './types';

/**
 * Kho trong bộ nhớ — an in-memory {@link ReportStore} for tests and demos.
 * Each call works in one synchronous step, so concurrent requests in one process
 * are serialized and a duplicate can never slip in. Nothing survives a restart:
 * use {@link createSqliteReportStore} for real data.
 * @returns a new, empty store (no state is shared between stores)
 */
export function createMemoryReportStore(): ReportStore {
  const byId = new Map<string, ReportRecord>();
  const order: string[] = [];
  const byKey = new Map<string, string>();
  const replacedBy = new Map<string, string>();
  const key = (r: Pick<NewReportRecord, 'planId' | 'unitId' | 'period' | 'year' | 'documentNumber'>) =>
    JSON.stringify([r.planId, r.unitId, r.period, r.year, r.documentNumber]);
  const view = (r: ReportRecord): ReportRecord => {
    const by = replacedBy.get(r.id);
    // structuredClone: callers can never change what the store holds.
    return structuredClone(by === undefined ? r : { ...r, replacedBy: by });
  };

  return {
    async insert(record: NewReportRecord): Promise<InsertResult> {
      const k = key(record);
      const existing = byKey.get(k);
      if (existing !== undefined) return { ok: false, code: 'duplicate', existingId: existing };
      if (record.replaces !== undefined) {
        const target = byId.get(record.replaces);
        if (target === undefined) return { ok: false, code: 'replaces-not-found' };
        const field = _replacesMismatch(target, record);
        if (field !== undefined) return { ok: false, code: 'replaces-mismatch', field };
        const by = replacedBy.get(target.id);
        if (by !== undefined) return { ok: false, code: 'already-replaced', replacedBy: by };
      }
      const stored: ReportRecord = structuredClone(record);
      byId.set(stored.id, stored);
      order.push(stored.id);
      byKey.set(k, stored.id);
      if (stored.replaces !== undefined) replacedBy.set(stored.replaces, stored.id);
      return { ok: true, record: view(stored) };
    },
    async get(id: string) {
      const r = byId.get(id);
      return r === undefined ? undefined : view(r);
    },
    async list(query: ReportQuery = {}) {
      const out: ReportRecord[] = [];
      for (const id of order) {
        const r = byId.get(id)!;
        if (query.planId !== undefined && r.planId !== query.planId) continue;
        if (query.unitId !== undefined && r.unitId !== query.unitId) continue;
        if (query.period !== undefined && r.period !== query.period) continue;
        if (query.year !== undefined && r.year !== query.year) continue;
        if ((query.currentOnly ?? true) && replacedBy.has(r.id)) continue;
        out.push(view(r));
      }
      return out;
    },
    async history(id: string) {
      let head = byId.get(id);
      if (head === undefined) return [];
      // Walk back to the first report, then forward; chains are linear because a
      // report can be replaced only once. Bounded by the number of stored reports.
      for (let i = 0; i < byId.size && head.replaces !== undefined; i++) {
        const prev = byId.get(head.replaces);
        if (prev === undefined) break;
        head = prev;
      }
      const out: ReportRecord[] = [view(head)];
      let next = replacedBy.get(head.id);
      for (let i = 0; i < byId.size && next !== undefined; i++) {
        out.push(view(byId.get(next)!));
        next = replacedBy.get(next);
      }
      return out;
    },
  };
}
