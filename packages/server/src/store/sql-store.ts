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
  type AuditEntry,
  type AuditStore,
  type LoginAttemptPolicy,
  type LoginAttemptRecord,
  type LoginAttemptStore,
  type SessionStore,
  type UserAccount,
  type UserStore,
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
  type DeadlineExtension,
  type ReviewEvent,
  type ReviewStore,
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

interface _UserRow {
  id: string;
  login: string;
  name: string;
  role: string;
  unit_id: string;
  password_hash: string;
  disabled: number | string;
  must_change_password: number | string;
  created_at: string;
  updated_at: string;
}

const _USER_COLS = 'id, login, name, role, unit_id, password_hash, disabled, must_change_password, created_at, updated_at';

function _userFromRow(r: _UserRow): UserAccount {
  return {
    id: r.id,
    login: r.login,
    name: r.name,
    role: r.role,
    unitId: r.unit_id,
    passwordHash: r.password_hash,
    disabled: Number(r.disabled) === 1,
    mustChangePassword: Number(r.must_change_password) === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function _users(db: _Driver): UserStore {
  return {
    async add(u) {
      try {
        await db.run(`INSERT INTO dvcq_users (${_USER_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
          u.id,
          u.login.toLowerCase(),
          u.name,
          u.role,
          u.unitId,
          u.passwordHash,
          u.disabled ? 1 : 0,
          u.mustChangePassword ? 1 : 0,
          u.createdAt,
          u.createdAt,
        ]);
        return { ok: true };
      } catch (e) {
        if (e instanceof _UniqueViolation) return { ok: false, code: 'duplicate' };
        throw e;
      }
    },
    async get(id) {
      const row = (await db.all<_UserRow>(`SELECT ${_USER_COLS} FROM dvcq_users WHERE id = ?`, [id]))[0];
      return row === undefined ? undefined : _userFromRow(row);
    },
    async findByLogin(login) {
      const row = (await db.all<_UserRow>(`SELECT ${_USER_COLS} FROM dvcq_users WHERE login = ?`, [login.toLowerCase()]))[0];
      return row === undefined ? undefined : _userFromRow(row);
    },
    async list(query = {}) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (query.unitId !== undefined) (where.push('unit_id = ?'), params.push(query.unitId));
      if (query.role !== undefined) (where.push('role = ?'), params.push(query.role));
      const rows = await db.all<_UserRow>(`SELECT ${_USER_COLS} FROM dvcq_users${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${db.text('login')}`, params);
      return rows.map(_userFromRow);
    },
    async update(id, changes, at) {
      const sets: string[] = [];
      const params: unknown[] = [];
      const col = { name: 'name', role: 'role', unitId: 'unit_id', passwordHash: 'password_hash', disabled: 'disabled', mustChangePassword: 'must_change_password' } as const;
      for (const [k, c] of Object.entries(col) as Array<[keyof typeof col, string]>) {
        const v = changes[k];
        if (v === undefined) continue;
        sets.push(`${c} = ?`);
        params.push(typeof v === 'boolean' ? (v ? 1 : 0) : v);
      }
      sets.push('updated_at = ?');
      params.push(at, id);
      return (await db.run(`UPDATE dvcq_users SET ${sets.join(', ')} WHERE id = ?`, params)).changes === 1;
    },
  };
}

interface _SessionRow {
  id_hash: string;
  user_id: string;
  created_at: string;
  expires_ms: number | string;
  last_seen_ms: number | string;
  ip: string | null;
  user_agent: string | null;
}

function _sessions(db: _Driver): SessionStore {
  return {
    async create(x) {
      await db.run(`INSERT INTO dvcq_sessions (id_hash, user_id, created_at, expires_ms, last_seen_ms, ip, user_agent) VALUES (?, ?, ?, ?, ?, ?, ?)`, [
        x.idHash,
        x.userId,
        x.createdAt,
        x.expiresMs,
        x.lastSeenMs,
        x.ip ?? null,
        x.userAgent ?? null,
      ]);
    },
    async get(idHash) {
      const r = (await db.all<_SessionRow>(`SELECT id_hash, user_id, created_at, expires_ms, last_seen_ms, ip, user_agent FROM dvcq_sessions WHERE id_hash = ?`, [idHash]))[0];
      if (r === undefined) return undefined;
      return {
        idHash: r.id_hash,
        userId: r.user_id,
        createdAt: r.created_at,
        expiresMs: Number(r.expires_ms),
        lastSeenMs: Number(r.last_seen_ms),
        ...(r.ip !== null ? { ip: r.ip } : {}),
        ...(r.user_agent !== null ? { userAgent: r.user_agent } : {}),
      };
    },
    async touch(idHash, lastSeenMs) {
      return (await db.run(`UPDATE dvcq_sessions SET last_seen_ms = ? WHERE id_hash = ? AND last_seen_ms < ?`, [lastSeenMs, idHash, lastSeenMs])).changes === 1;
    },
    async delete(idHash) {
      return (await db.run(`DELETE FROM dvcq_sessions WHERE id_hash = ?`, [idHash])).changes === 1;
    },
    async deleteForUser(userId, exceptIdHash) {
      return (await db.run(`DELETE FROM dvcq_sessions WHERE user_id = ? AND id_hash <> ?`, [userId, exceptIdHash ?? ''])).changes;
    },
    async purge(nowMs, idleMs) {
      return (await db.run(`DELETE FROM dvcq_sessions WHERE expires_ms <= ? OR last_seen_ms <= ?`, [nowMs, nowMs - idleMs])).changes;
    },
  };
}

interface _AttemptRow {
  attempt_key: string;
  failures: number | string;
  window_start_ms: number | string;
  locked_until_ms: number | string;
  updated_ms: number | string;
}

const _attemptFromRow = (r: _AttemptRow): LoginAttemptRecord => ({
  key: r.attempt_key,
  failures: Number(r.failures),
  windowStartMs: Number(r.window_start_ms),
  lockedUntilMs: Number(r.locked_until_ms),
  updatedMs: Number(r.updated_ms),
});

function _loginAttempts(db: _Driver): LoginAttemptStore {
  const select = `SELECT attempt_key, failures, window_start_ms, locked_until_ms, updated_ms FROM dvcq_login_attempts WHERE attempt_key = ?`;
  // PostgreSQL runs transactions at READ COMMITTED: two processes counting a failure at once
  // would both read the same row and one count would be lost, so the row is locked while it is
  // read (a second counter waits, then reads the first one's count). SQLite's BEGIN IMMEDIATE
  // already serialises writers.
  const selectForUpdate = db.dialect === 'postgres' ? `${select} FOR UPDATE` : select;
  const once = (key: string, nowMs: number, policy: LoginAttemptPolicy) =>
    db.transaction(async (tx) => {
      const old = (await tx.all<_AttemptRow>(selectForUpdate, [key]))[0];
      const prev = old === undefined ? undefined : _attemptFromRow(old);
      // A new window when there was none, or the last one (and its lock) is over.
      const fresh = prev === undefined || (nowMs - prev.windowStartMs >= policy.windowMs && prev.lockedUntilMs <= nowMs);
      const failures = fresh ? 1 : prev.failures + 1;
      const windowStartMs = fresh ? nowMs : prev.windowStartMs;
      const stillLocked = !fresh && prev.lockedUntilMs > nowMs ? prev.lockedUntilMs : 0;
      const lockedUntilMs = failures >= policy.maxFailures ? Math.max(stillLocked, nowMs + policy.lockMs) : stillLocked;
      const next: LoginAttemptRecord = { key, failures, windowStartMs, lockedUntilMs, updatedMs: nowMs };
      if (prev === undefined) {
        await tx.run(`INSERT INTO dvcq_login_attempts (attempt_key, failures, window_start_ms, locked_until_ms, updated_ms) VALUES (?, ?, ?, ?, ?)`, [key, failures, windowStartMs, lockedUntilMs, nowMs]);
        // Bounded: past maxKeys, the least recently used counters go (never the one just written).
        const n = Number((await tx.all<{ n: number | string }>(`SELECT COUNT(*) AS n FROM dvcq_login_attempts`))[0]?.n ?? 0);
        if (n > policy.maxKeys) {
          await tx.run(
            `DELETE FROM dvcq_login_attempts WHERE attempt_key IN (SELECT attempt_key FROM dvcq_login_attempts WHERE attempt_key <> ? ORDER BY updated_ms, attempt_key LIMIT ?)`,
            [key, n - policy.maxKeys],
          );
        }
      } else {
        await tx.run(`UPDATE dvcq_login_attempts SET failures = ?, window_start_ms = ?, locked_until_ms = ?, updated_ms = ? WHERE attempt_key = ?`, [failures, windowStartMs, lockedUntilMs, nowMs, key]);
      }
      return next;
    });
  return {
    async get(key) {
      const r = (await db.all<_AttemptRow>(select, [key]))[0];
      return r === undefined ? undefined : _attemptFromRow(r);
    },
    async fail(key, nowMs, policy) {
      try {
        return await once(key, nowMs, policy);
      } catch (e) {
        // Two first failures raced to insert the row: count again over the row the other wrote.
        if (e instanceof _UniqueViolation) return once(key, nowMs, policy);
        throw e;
      }
    },
    async clear(key) {
      await db.run(`DELETE FROM dvcq_login_attempts WHERE attempt_key = ?`, [key]);
    },
  };
}

interface _AuditRow {
  seq: number | string;
  at: string;
  actor: string;
  actor_name: string | null;
  action: string;
  target: string | null;
  ip: string | null;
  details: string;
}

const _auditFromRow = (r: _AuditRow): AuditEntry => ({
  seq: Number(r.seq),
  at: r.at,
  actor: r.actor,
  ...(r.actor_name !== null ? { actorName: r.actor_name } : {}),
  action: r.action,
  ...(r.target !== null ? { target: r.target } : {}),
  ...(r.ip !== null ? { ip: r.ip } : {}),
  details: JSON.parse(r.details) as Record<string, unknown>,
});

function _audit(db: _Driver): AuditStore {
  const cols = 'seq, at, actor, actor_name, action, target, ip, details';
  return {
    async append(e) {
      return db.transaction(async (tx) => {
        const rows = await tx.all<_AuditRow>(
          `INSERT INTO dvcq_audit_log (at, actor, actor_name, action, target, ip, details) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING ${cols}`,
          [e.at, e.actor, e.actorName ?? null, e.action, e.target ?? null, e.ip ?? null, JSON.stringify(e.details ?? {})],
        );
        return _auditFromRow(rows[0]!);
      });
    },
    async list(query = {}) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (query.beforeSeq !== undefined) (where.push('seq < ?'), params.push(query.beforeSeq));
      if (query.action !== undefined) (where.push('action LIKE ?'), params.push(`${query.action.replace(/[%_\\]/g, '')}%`));
      if (query.actor !== undefined) (where.push('actor = ?'), params.push(query.actor));
      if (query.target !== undefined) (where.push('target = ?'), params.push(query.target));
      params.push(Math.max(1, Math.min(query.limit ?? 50, 1000)));
      const rows = await db.all<_AuditRow>(`SELECT ${cols} FROM dvcq_audit_log${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ?`, params);
      return rows.map(_auditFromRow);
    },
    async count() {
      return Number((await db.all<{ n: number | string }>(`SELECT COUNT(*) AS n FROM dvcq_audit_log`))[0]?.n ?? 0);
    },
  };
}

interface _EventRow {
  id: string;
  report_id: string;
  step: number | string;
  action: string;
  state: string;
  actor_id: string | null;
  actor_name: string | null;
  actor_role: string | null;
  actor_unit: string;
  at: string;
  comment: string | null;
  comments: string;
}

function _eventFromRow(r: _EventRow): ReviewEvent {
  return {
    id: r.id,
    reportId: r.report_id,
    step: Number(r.step),
    action: r.action as ReviewEvent['action'],
    state: r.state as ReviewEvent['state'],
    actor: {
      ...(r.actor_id !== null ? { userId: r.actor_id } : {}),
      ...(r.actor_name !== null ? { name: r.actor_name } : {}),
      ...(r.actor_role !== null ? { role: r.actor_role } : {}),
      unitId: r.actor_unit,
    },
    at: r.at,
    ...(r.comment !== null ? { comment: r.comment } : {}),
    comments: JSON.parse(r.comments) as ReviewEvent['comments'],
  };
}

interface _ExtensionRow {
  id: string;
  plan_id: string;
  instance_key: string;
  unit_id: string;
  last_day: string;
  reason: string;
  granted_by: string;
  granted_by_name: string | null;
  granted_at: string;
}

function _extensionFromRow(r: _ExtensionRow): DeadlineExtension {
  return {
    id: r.id,
    planId: r.plan_id,
    instanceKey: r.instance_key,
    unitId: r.unit_id,
    lastDay: r.last_day,
    reason: r.reason,
    grantedBy: r.granted_by,
    ...(r.granted_by_name !== null ? { grantedByName: r.granted_by_name } : {}),
    grantedAt: r.granted_at,
  };
}

function _reviews(db: _Driver): ReviewStore {
  const eventCols = 'id, report_id, step, action, state, actor_id, actor_name, actor_role, actor_unit, at, comment, comments';
  const extCols = 'id, plan_id, instance_key, unit_id, last_day, reason, granted_by, granted_by_name, granted_at';
  return {
    async append(e) {
      try {
        await db.run(
          `INSERT INTO dvcq_review_events (${eventCols}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [e.id, e.reportId, e.step, e.action, e.state, e.actor.userId ?? null, e.actor.name ?? null, e.actor.role ?? null, e.actor.unitId, e.at, e.comment ?? null, JSON.stringify(e.comments)],
        );
        return { ok: true };
      } catch (err) {
        if (err instanceof _UniqueViolation) return { ok: false, code: 'conflict' };
        throw err;
      }
    },
    async events(reportIds) {
      if (reportIds.length === 0) return [];
      const rows: Array<_EventRow & { seq: number | string }> = [];
      // Bounded IN lists (SQLite allows 32 766 parameters; chains are short anyway).
      for (let i = 0; i < reportIds.length; i += 500) {
        const part = reportIds.slice(i, i + 500);
        rows.push(...(await db.all<_EventRow & { seq: number | string }>(`SELECT seq, ${eventCols} FROM dvcq_review_events WHERE report_id IN (${part.map(() => '?').join(', ')})`, part)));
      }
      return rows.sort((a, b) => Number(a.seq) - Number(b.seq)).map(_eventFromRow);
    },
    async grantExtension(x) {
      await db.run(`INSERT INTO dvcq_extensions (${extCols}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
        x.id,
        x.planId,
        x.instanceKey,
        x.unitId,
        x.lastDay,
        x.reason,
        x.grantedBy,
        x.grantedByName ?? null,
        x.grantedAt,
      ]);
    },
    async extensions(query) {
      const where = ['plan_id = ?'];
      const params: unknown[] = [query.planId];
      if (query.unitId !== undefined) (where.push('unit_id = ?'), params.push(query.unitId));
      if (query.instanceKey !== undefined) (where.push('instance_key = ?'), params.push(query.instanceKey));
      const rows = await db.all<_ExtensionRow>(`SELECT ${extCols} FROM dvcq_extensions WHERE ${where.join(' AND ')} ORDER BY seq`, params);
      return rows.map(_extensionFromRow);
    },
    async approvalRequired(planId) {
      const row = (await db.all<{ approval_required: number | string }>(`SELECT approval_required FROM dvcq_review_settings WHERE plan_id = ?`, [planId]))[0];
      return row === undefined ? undefined : Number(row.approval_required) === 1;
    },
    async setApprovalRequired(planId, required, by, at) {
      await db.run(
        `INSERT INTO dvcq_review_settings (plan_id, approval_required, updated_by, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (plan_id) DO UPDATE SET approval_required = excluded.approval_required, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
        [planId, required ? 1 : 0, by, at],
      );
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
    users: _users(db),
    sessions: _sessions(db),
    loginAttempts: _loginAttempts(db),
    audit: _audit(db),
    reviews: _reviews(db),
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
