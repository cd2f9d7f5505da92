// The store's logic, written once over a driver (SQLite or PostgreSQL). Every
// rule that must hold under concurrency is a constraint of the database
// (UNIQUE, append-only triggers) or a single conditional UPDATE — never a check
// in this process alone — so it holds with several processes on one database.
import { formatInstant } from '@dvcq/calendar';
import { _sqlPlans } from '../plans/sql';
import { _UniqueViolation } from './errors';
import { _MIGRATIONS_TABLE } from './migrations';
import type { _Driver } from './sql/driver';
import {
  type AccessKey,
  type AccessKeyStore,
  type ContactStore,
  type InsertResult,
  type NewReportRecord,
  type NotificationStore,
  type PortalNotification,
  type ReminderRecord,
  type ReminderStatus,
  type ReminderStore,
  type ReportQuery,
  type ReportRecord,
  type ReportStore,
  type Store,
  type UnitContact,
  _replacesMismatch,
} from './types';

interface _ReportRow {
  id: string;
  plan_id: string;
  unit_id: string;
  period: string;
  year: number | string;
  document_number: string;
  received_at: string;
  replaces: string | null;
  replaced_by: string | null;
  warnings: string;
  body: string;
}

const _SELECT_REPORT = `SELECT r.id, r.plan_id, r.unit_id, r.period, r.year, r.document_number, r.received_at, r.replaces, r.warnings, r.body,
  (SELECT c.id FROM dvcq_reports c WHERE c.replaces = r.id) AS replaced_by FROM dvcq_reports r`;

/** @internal A stored row as a record. */
export function _reportFromRow(row: _ReportRow): ReportRecord {
  const rec: ReportRecord = {
    id: row.id,
    planId: row.plan_id,
    unitId: row.unit_id,
    period: row.period,
    year: Number(row.year),
    documentNumber: row.document_number,
    receivedAt: row.received_at,
    warnings: JSON.parse(row.warnings) as ReportRecord['warnings'],
    report: JSON.parse(row.body) as Record<string, unknown>,
  };
  if (row.replaces !== null) rec.replaces = row.replaces;
  if (row.replaced_by !== null) rec.replacedBy = row.replaced_by;
  return rec;
}

function _reports(db: _Driver): ReportStore {
  const byKey = `SELECT id FROM dvcq_reports WHERE plan_id = ? AND unit_id = ? AND period = ? AND year = ? AND document_number = ?`;
  const keyOf = (r: NewReportRecord) => [r.planId, r.unitId, r.period, r.year, r.documentNumber];
  const one = async (id: string) => (await db.all<_ReportRow>(`${_SELECT_REPORT} WHERE r.id = ?`, [id]))[0];
  return {
    async insert(record: NewReportRecord): Promise<InsertResult> {
      try {
        return await db.transaction(async (tx): Promise<InsertResult> => {
          const dup = (await tx.all<{ id: string }>(byKey, keyOf(record)))[0];
          if (dup !== undefined) return { ok: false, code: 'duplicate', existingId: dup.id };
          if (record.replaces !== undefined) {
            const target = (await tx.all<_ReportRow>(`${_SELECT_REPORT} WHERE r.id = ?`, [record.replaces]))[0];
            if (target === undefined) return { ok: false, code: 'replaces-not-found' };
            const field = _replacesMismatch(_reportFromRow(target), record);
            if (field !== undefined) return { ok: false, code: 'replaces-mismatch', field };
            if (target.replaced_by !== null) return { ok: false, code: 'already-replaced', replacedBy: target.replaced_by };
          }
          await tx.run(
            `INSERT INTO dvcq_reports (id, plan_id, unit_id, period, year, document_number, received_at, replaces, warnings, body)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            [record.id, record.planId, record.unitId, record.period, record.year, record.documentNumber, record.receivedAt, record.replaces ?? null, JSON.stringify(record.warnings), JSON.stringify(record.report)],
          );
          const row = (await tx.all<_ReportRow>(`${_SELECT_REPORT} WHERE r.id = ?`, [record.id]))[0]!;
          return { ok: true, record: _reportFromRow(row) };
        });
      } catch (e) {
        // A racing transaction won between our checks and our insert (PostgreSQL,
        // READ COMMITTED): the UNIQUE constraints refused ours. Answer with the
        // value the checks would have given, read after the rollback.
        if (e instanceof _UniqueViolation) {
          const dup = (await db.all<{ id: string }>(byKey, keyOf(record)))[0];
          if (dup !== undefined) return { ok: false, code: 'duplicate', existingId: dup.id };
          const target = record.replaces === undefined ? undefined : await one(record.replaces);
          if (target?.replaced_by) return { ok: false, code: 'already-replaced', replacedBy: target.replaced_by };
        }
        throw e;
      }
    },
    async get(id) {
      const row = await one(id);
      return row === undefined ? undefined : _reportFromRow(row);
    },
    async list(query: ReportQuery = {}) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (query.planId !== undefined) (where.push('r.plan_id = ?'), params.push(query.planId));
      if (query.unitId !== undefined) (where.push('r.unit_id = ?'), params.push(query.unitId));
      if (query.period !== undefined) (where.push('r.period = ?'), params.push(query.period));
      if (query.year !== undefined) (where.push('r.year = ?'), params.push(query.year));
      if (query.currentOnly ?? true) where.push('NOT EXISTS (SELECT 1 FROM dvcq_reports c WHERE c.replaces = r.id)');
      const sql = `${_SELECT_REPORT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY r.seq`;
      return (await db.all<_ReportRow>(sql, params)).map(_reportFromRow);
    },
    async history(id) {
      // Walk back to the first report of the chain, then forward. Chains are
      // linear (UNIQUE(replaces)); the depth bound only guards against a loop.
      const rows = await db.all<_ReportRow>(
        `WITH RECURSIVE back(id, replaces, depth) AS (
           SELECT id, replaces, 0 FROM dvcq_reports WHERE id = ?
           UNION ALL SELECT p.id, p.replaces, back.depth + 1 FROM dvcq_reports p JOIN back ON p.id = back.replaces WHERE back.depth < 10000
         ),
         root AS (SELECT id FROM back WHERE replaces IS NULL LIMIT 1),
         fwd(id, depth) AS (
           SELECT id, 0 FROM root
           UNION ALL SELECT c.id, fwd.depth + 1 FROM dvcq_reports c JOIN fwd ON c.replaces = fwd.id WHERE fwd.depth < 10000
         )
         SELECT r.id, r.plan_id, r.unit_id, r.period, r.year, r.document_number, r.received_at, r.replaces, r.warnings, r.body,
           (SELECT c.id FROM dvcq_reports c WHERE c.replaces = r.id) AS replaced_by
         FROM dvcq_reports r JOIN fwd ON fwd.id = r.id ORDER BY fwd.depth`,
        [id],
      );
      return rows.map(_reportFromRow);
    },
  };
}

interface _KeyRow {
  id: string;
  token_hash: string;
  unit_id: string;
  read_all: number | string;
  label: string | null;
  created_at: string;
  revoked_at: string | null;
}

function _keyFromRow(r: _KeyRow): AccessKey {
  return {
    id: r.id,
    tokenHash: r.token_hash,
    unitId: r.unit_id,
    readAll: Number(r.read_all) === 1,
    ...(r.label !== null ? { label: r.label } : {}),
    createdAt: r.created_at,
    ...(r.revoked_at !== null ? { revokedAt: r.revoked_at } : {}),
  };
}

function _accessKeys(db: _Driver): AccessKeyStore {
  const cols = 'id, token_hash, unit_id, read_all, label, created_at, revoked_at';
  return {
    async add(key) {
      try {
        await db.run(`INSERT INTO dvcq_access_keys (id, token_hash, unit_id, read_all, label, created_at) VALUES (?, ?, ?, ?, ?, ?)`, [
          key.id,
          key.tokenHash,
          key.unitId,
          key.readAll ? 1 : 0,
          key.label ?? null,
          key.createdAt,
        ]);
        return { ok: true };
      } catch (e) {
        if (e instanceof _UniqueViolation) return { ok: false, code: 'duplicate' };
        throw e;
      }
    },
    async findByHash(tokenHash) {
      const row = (await db.all<_KeyRow>(`SELECT ${cols} FROM dvcq_access_keys WHERE token_hash = ? AND revoked_at IS NULL`, [tokenHash]))[0];
      return row === undefined ? undefined : _keyFromRow(row);
    },
    async list(query = {}) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (query.unitId !== undefined) (where.push('unit_id = ?'), params.push(query.unitId));
      if (!query.includeRevoked) where.push('revoked_at IS NULL');
      const rows = await db.all<_KeyRow>(`SELECT ${cols} FROM dvcq_access_keys${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${db.text('created_at')}, ${db.text('id')}`, params);
      return rows.map(_keyFromRow);
    },
    async revoke(id, at) {
      return (await db.run(`UPDATE dvcq_access_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL`, [at, id])).changes === 1;
    },
  };
}

interface _ContactRow {
  unit_id: string;
  email: string;
  name: string | null;
  updated_at: string;
}

function _contactFromRow(r: _ContactRow): UnitContact {
  return { unitId: r.unit_id, email: r.email, ...(r.name !== null ? { name: r.name } : {}), updatedAt: r.updated_at };
}

function _contacts(db: _Driver): ContactStore {
  return {
    async set(unitId, contacts, at) {
      await db.transaction(async (tx) => {
        await tx.run(`DELETE FROM dvcq_unit_contacts WHERE unit_id = ?`, [unitId]);
        const seen = new Set<string>();
        for (const c of contacts) {
          if (seen.has(c.email)) continue;
          seen.add(c.email);
          await tx.run(`INSERT INTO dvcq_unit_contacts (unit_id, email, name, updated_at) VALUES (?, ?, ?, ?)`, [unitId, c.email, c.name ?? null, at]);
        }
      });
    },
    async get(unitId) {
      return (await db.all<_ContactRow>(`SELECT unit_id, email, name, updated_at FROM dvcq_unit_contacts WHERE unit_id = ? ORDER BY ${db.text('email')}`, [unitId])).map(_contactFromRow);
    },
    async list() {
      return (await db.all<_ContactRow>(`SELECT unit_id, email, name, updated_at FROM dvcq_unit_contacts ORDER BY ${db.text('unit_id')}, ${db.text('email')}`)).map(_contactFromRow);
    },
  };
}

interface _NotificationRow {
  id: string;
  unit_id: string;
  kind: string;
  dedupe_key: string | null;
  created_at: string;
  read_at: string | null;
  title_vi: string;
  title_en: string;
  body_vi: string;
  body_en: string;
  link: string | null;
  data: string;
}

function _notificationFromRow(r: _NotificationRow): PortalNotification {
  return {
    id: r.id,
    unitId: r.unit_id,
    kind: r.kind,
    ...(r.dedupe_key !== null ? { dedupeKey: r.dedupe_key } : {}),
    createdAt: r.created_at,
    ...(r.read_at !== null ? { readAt: r.read_at } : {}),
    title: { vi: r.title_vi, en: r.title_en },
    body: { vi: r.body_vi, en: r.body_en },
    ...(r.link !== null ? { link: r.link } : {}),
    data: JSON.parse(r.data) as Record<string, unknown>,
  };
}

function _notifications(db: _Driver): NotificationStore {
  const cols = 'id, unit_id, kind, dedupe_key, created_at, read_at, title_vi, title_en, body_vi, body_en, link, data';
  return {
    async add(n) {
      const { changes } = await db.run(
        `INSERT INTO dvcq_notifications (id, unit_id, kind, dedupe_key, created_at, title_vi, title_en, body_vi, body_en, link, data)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
        [n.id, n.unitId, n.kind, n.dedupeKey ?? null, n.createdAt, n.title.vi, n.title.en, n.body.vi, n.body.en, n.link ?? null, JSON.stringify(n.data)],
      );
      const row =
        changes === 1 || n.dedupeKey === undefined
          ? (await db.all<_NotificationRow>(`SELECT ${cols} FROM dvcq_notifications WHERE id = ?`, [n.id]))[0]
          : (await db.all<_NotificationRow>(`SELECT ${cols} FROM dvcq_notifications WHERE dedupe_key = ?`, [n.dedupeKey]))[0];
      return { created: changes === 1, notification: _notificationFromRow(row!) };
    },
    async list(query) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (query.unitId !== undefined) (where.push('unit_id = ?'), params.push(query.unitId));
      if (query.kind !== undefined) (where.push('kind = ?'), params.push(query.kind));
      if (query.unreadOnly) where.push('read_at IS NULL');
      params.push(Math.max(1, Math.min(query.limit ?? 100, 1000)));
      const rows = await db.all<_NotificationRow>(`SELECT ${cols} FROM dvcq_notifications${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ?`, params);
      return rows.map(_notificationFromRow);
    },
    async markRead(id, unitId, at) {
      return (await db.run(`UPDATE dvcq_notifications SET read_at = ? WHERE id = ? AND unit_id = ? AND read_at IS NULL`, [at, id, unitId])).changes === 1;
    },
  };
}

interface _ReminderRow {
  id: string;
  plan_id: string;
  instance_key: string;
  unit_id: string;
  stage: string;
  due_date: string;
  status: string;
  attempts: number | string;
  next_attempt_ms: number | string;
  lease_until_ms: number | string | null;
  claimed_by: string | null;
  recipients: string;
  message_id: string | null;
  last_error: string | null;
  sent_at: string | null;
  created_at: string;
  updated_at: string;
}

function _reminderFromRow(r: _ReminderRow): ReminderRecord {
  return {
    id: r.id,
    planId: r.plan_id,
    instanceKey: r.instance_key,
    unitId: r.unit_id,
    stage: r.stage,
    dueDate: r.due_date,
    status: r.status as ReminderStatus,
    attempts: Number(r.attempts),
    nextAttemptMs: Number(r.next_attempt_ms),
    ...(r.lease_until_ms !== null ? { leaseUntilMs: Number(r.lease_until_ms) } : {}),
    ...(r.claimed_by !== null ? { claimedBy: r.claimed_by } : {}),
    recipients: JSON.parse(r.recipients) as string[],
    ...(r.message_id !== null ? { messageId: r.message_id } : {}),
    ...(r.last_error !== null ? { lastError: r.last_error } : {}),
    ...(r.sent_at !== null ? { sentAt: r.sent_at } : {}),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function _reminders(db: _Driver): ReminderStore {
  const cols =
    'id, plan_id, instance_key, unit_id, stage, due_date, status, attempts, next_attempt_ms, lease_until_ms, claimed_by, recipients, message_id, last_error, sent_at, created_at, updated_at';
  const one = async (id: string) => {
    const row = (await db.all<_ReminderRow>(`SELECT ${cols} FROM dvcq_reminders WHERE id = ?`, [id]))[0];
    return row === undefined ? undefined : _reminderFromRow(row);
  };
  const dueWhere = `((status IN ('pending', 'retrying') AND next_attempt_ms <= ?) OR (status = 'sending' AND lease_until_ms < ?))`;
  return {
    async ensure(r) {
      await db.run(
        `INSERT INTO dvcq_reminders (id, plan_id, instance_key, unit_id, stage, due_date, status, attempts, next_attempt_ms, recipients, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
        [r.id, r.planId, r.instanceKey, r.unitId, r.stage, r.dueDate, r.nextAttemptMs, JSON.stringify(r.recipients), r.createdAt, r.createdAt],
      );
      return (await one(r.id))!;
    },
    async claim(id, worker, nowMs, leaseMs) {
      const { changes } = await db.run(
        `UPDATE dvcq_reminders SET status = 'sending', claimed_by = ?, lease_until_ms = ?, attempts = attempts + 1, updated_at = ?
         WHERE id = ? AND ${dueWhere}`,
        [worker, nowMs + leaseMs, formatInstant(nowMs), id, nowMs, nowMs],
      );
      return changes === 1 ? one(id) : undefined;
    },
    async markSent(id, worker, at, info) {
      const { changes } = await db.run(
        `UPDATE dvcq_reminders SET status = 'sent', sent_at = ?, message_id = ?, recipients = ?, lease_until_ms = NULL, last_error = NULL, updated_at = ?
         WHERE id = ? AND claimed_by = ? AND status = 'sending'`,
        [at, info.messageId ?? null, JSON.stringify(info.recipients), at, id, worker],
      );
      return changes === 1;
    },
    async markFailed(id, worker, at, error, nextAttemptMs) {
      const { changes } = await db.run(
        `UPDATE dvcq_reminders SET status = ?, next_attempt_ms = ?, last_error = ?, lease_until_ms = NULL, updated_at = ?
         WHERE id = ? AND claimed_by = ? AND status = 'sending'`,
        [nextAttemptMs === undefined ? 'failed' : 'retrying', nextAttemptMs ?? 0, error.slice(0, 2000), at, id, worker],
      );
      return changes === 1;
    },
    async cancel(id, worker, at, reason) {
      const { changes } = await db.run(
        `UPDATE dvcq_reminders SET status = 'cancelled', last_error = ?, lease_until_ms = NULL, updated_at = ?
         WHERE id = ? AND claimed_by = ? AND status = 'sending'`,
        [reason.slice(0, 2000), at, id, worker],
      );
      return changes === 1;
    },
    async due(nowMs, limit = 100) {
      const rows = await db.all<_ReminderRow>(`SELECT ${cols} FROM dvcq_reminders WHERE ${dueWhere} ORDER BY next_attempt_ms, ${db.text('id')} LIMIT ?`, [nowMs, nowMs, Math.max(1, limit)]);
      return rows.map(_reminderFromRow);
    },
    async list(query = {}) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (query.planId !== undefined) (where.push('plan_id = ?'), params.push(query.planId));
      if (query.unitId !== undefined) (where.push('unit_id = ?'), params.push(query.unitId));
      if (query.status !== undefined) {
        if (query.status.length === 0) return [];
        where.push(`status IN (${query.status.map(() => '?').join(', ')})`);
        params.push(...query.status);
      }
      params.push(Math.max(1, Math.min(query.limit ?? 1000, 10_000)));
      const rows = await db.all<_ReminderRow>(`SELECT ${cols} FROM dvcq_reminders${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${db.text('due_date')} DESC, ${db.text('id')} LIMIT ?`, params);
      return rows.map(_reminderFromRow);
    },
  };
}

/** @internal Where a SQL store keeps its driver (for copying between stores). */
export const _DRIVER: unique symbol = Symbol('dvcq.store.driver');

/** @internal The driver of a store built by {@link _sqlStore}, if it is one. */
export function _driverOf(store: Store): _Driver | undefined {
  return (store as Store & { [_DRIVER]?: _Driver })[_DRIVER];
}

/** @internal Builds the store over a migrated database. */
export function _sqlStore(db: _Driver): Store {
  const store: Store = {
    kind: db.dialect,
    reports: _reports(db),
    accessKeys: _accessKeys(db),
    contacts: _contacts(db),
    notifications: _notifications(db),
    reminders: _reminders(db),
    plans: _sqlPlans(db),
    async schemaVersion() {
      const rows = await db.all<{ v: number | string | null }>(`SELECT MAX(version) AS v FROM ${_MIGRATIONS_TABLE}`);
      return Number(rows[0]?.v ?? 0);
    },
    ping: () => db.ping(),
    close: () => db.close(),
  };
  Object.defineProperty(store, _DRIVER, { value: db, enumerable: false });
  return store;
}
