// The plan registry over the store's driver (SQLite or PostgreSQL). "One
// published entry per plan id" is a partial UNIQUE index of the database, so it
// holds with several portal processes on one database.
import { _UniqueViolation } from '../store/errors';
import type { _Driver } from '../store/sql/driver';
import type { NewPlanEntry, PlanEntry, PlanSource, PlanStatus, PlanStore, PublishResult } from './types';

interface _PlanRow {
  entry_key: string;
  plan_id: string;
  year: number | string;
  status: string;
  plan_json: string;
  source: string;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
  published_by: string | null;
  published_at: string | null;
  withdrawn_by: string | null;
  withdrawn_at: string | null;
  replaced_by: string | null;
}

const _COLS =
  'entry_key, plan_id, year, status, plan_json, source, created_by, created_at, updated_by, updated_at, published_by, published_at, withdrawn_by, withdrawn_at, replaced_by';

function _entryFromRow(r: _PlanRow): PlanEntry {
  return {
    key: r.entry_key,
    planId: r.plan_id,
    year: Number(r.year),
    status: r.status as PlanStatus,
    plan: JSON.parse(r.plan_json) as Record<string, unknown>,
    source: JSON.parse(r.source) as PlanSource,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
    ...(r.published_by !== null ? { publishedBy: r.published_by } : {}),
    ...(r.published_at !== null ? { publishedAt: r.published_at } : {}),
    ...(r.withdrawn_by !== null ? { withdrawnBy: r.withdrawn_by } : {}),
    ...(r.withdrawn_at !== null ? { withdrawnAt: r.withdrawn_at } : {}),
    ...(r.replaced_by !== null ? { replacedBy: r.replaced_by } : {}),
  };
}

/** @internal The plan id and year a plan JSON names (`''` / 0 when it names none). */
export function _planKeyOf(plan: Record<string, unknown>): { planId: string; year: number } {
  const id = Object.prototype.hasOwnProperty.call(plan, 'id') && typeof plan.id === 'string' ? plan.id.slice(0, 200) : '';
  const year = Object.prototype.hasOwnProperty.call(plan, 'year') && Number.isInteger(plan.year) ? (plan.year as number) : 0;
  return { planId: id, year };
}

/** @internal The plan registry of a SQL store. */
export function _sqlPlans(db: _Driver): PlanStore {
  const one = async (key: string) => {
    const row = (await db.all<_PlanRow>(`SELECT ${_COLS} FROM dvcq_plans WHERE entry_key = ?`, [key]))[0];
    return row === undefined ? undefined : _entryFromRow(row);
  };
  return {
    async add(e: NewPlanEntry) {
      const { planId, year } = _planKeyOf(e.plan);
      const published = e.status === 'published';
      try {
        await db.run(
          `INSERT INTO dvcq_plans (entry_key, plan_id, year, status, plan_json, source, created_by, created_at, updated_by, updated_at, published_by, published_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [e.key, planId, year, e.status, JSON.stringify(e.plan), JSON.stringify(e.source), e.by, e.at, e.by, e.at, published ? e.by : null, published ? e.at : null],
        );
      } catch (err) {
        if (err instanceof _UniqueViolation) return { ok: false, code: 'duplicate' };
        throw err;
      }
      return { ok: true, entry: (await one(e.key))! };
    },
    get: one,
    async list(query = {}) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (query.status !== undefined) (where.push('status = ?'), params.push(query.status));
      if (query.planId !== undefined) (where.push('plan_id = ?'), params.push(query.planId));
      const rows = await db.all<_PlanRow>(`SELECT ${_COLS} FROM dvcq_plans${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC`, params);
      return rows.map(_entryFromRow);
    },
    async updateDraft(key, plan, by, at) {
      const { planId, year } = _planKeyOf(plan);
      const { changes } = await db.run(`UPDATE dvcq_plans SET plan_json = ?, plan_id = ?, year = ?, updated_by = ?, updated_at = ? WHERE entry_key = ? AND status = 'draft'`, [
        JSON.stringify(plan),
        planId,
        year,
        by,
        at,
        key,
      ]);
      return changes === 1;
    },
    async publish(key, by, at): Promise<PublishResult> {
      const attempt = () =>
        db.transaction(async (tx): Promise<PublishResult> => {
          const row = (await tx.all<_PlanRow>(`SELECT ${_COLS} FROM dvcq_plans WHERE entry_key = ?`, [key]))[0];
          if (row === undefined) return { ok: false, code: 'not-found' };
          if (row.status !== 'draft') return { ok: false, code: 'not-draft' };
          if (row.plan_id === '') return { ok: false, code: 'no-plan-id' };
          // PostgreSQL runs at READ COMMITTED: two publications of one plan id would both
          // find no published entry and both publish. A transaction-scoped advisory lock on
          // the plan id makes them take turns (each later statement reads what the other
          // committed). SQLite's BEGIN IMMEDIATE already serialises writers.
          if (db.dialect === 'postgres') await tx.all(`SELECT pg_advisory_xact_lock(hashtext(?)) AS locked`, [`dvcq_plans:${row.plan_id}`]);
          const old = await tx.all<{ entry_key: string }>(`SELECT entry_key FROM dvcq_plans WHERE plan_id = ? AND status = 'published'`, [row.plan_id]);
          for (const o of old) {
            await tx.run(`UPDATE dvcq_plans SET status = 'withdrawn', withdrawn_by = ?, withdrawn_at = ?, replaced_by = ?, updated_by = ?, updated_at = ? WHERE entry_key = ? AND status = 'published'`, [
              by,
              at,
              key,
              by,
              at,
              o.entry_key,
            ]);
          }
          const { changes } = await tx.run(`UPDATE dvcq_plans SET status = 'published', published_by = ?, published_at = ?, updated_by = ?, updated_at = ? WHERE entry_key = ? AND status = 'draft'`, [
            by,
            at,
            by,
            at,
            key,
          ]);
          if (changes !== 1) return { ok: false, code: 'not-draft' };
          const entry = _entryFromRow((await tx.all<_PlanRow>(`SELECT ${_COLS} FROM dvcq_plans WHERE entry_key = ?`, [key]))[0]!);
          return old[0] !== undefined ? { ok: true, entry, replaced: old[0].entry_key } : { ok: true, entry };
        });
      try {
        return await attempt();
      } catch (e) {
        // Another process published the same plan id between our read and our update
        // (PostgreSQL, READ COMMITTED): the partial UNIQUE index refused ours. Once more.
        if (e instanceof _UniqueViolation) return attempt();
        throw e;
      }
    },
    async withdraw(key, by, at) {
      const { changes } = await db.run(`UPDATE dvcq_plans SET status = 'withdrawn', withdrawn_by = ?, withdrawn_at = ?, updated_by = ?, updated_at = ? WHERE entry_key = ? AND status = 'published'`, [
        by,
        at,
        by,
        at,
        key,
      ]);
      return changes === 1;
    },
  };
}
