import { _replacesMismatch, type InsertResult, type NewReportRecord, type ReportQuery, type ReportRecord, type ReportStore } from './types';

/**
 * Cơ sở dữ liệu SQLite tối thiểu — the part of a `better-sqlite3` `Database`
 * this store uses. Typed structurally so `@dvcq/server` does not depend on the
 * native module: pass `new Database(file)` from `better-sqlite3` (≥ 12; v13 crashes
 * on Node 20).
 */
export interface SqliteDatabaseLike {
  prepare(sql: string): SqliteStatementLike;
  exec(sql: string): unknown;
  pragma(source: string, options?: { simple?: boolean }): unknown;
  transaction<A extends unknown[], R>(fn: (...args: A) => R): ((...args: A) => R) & { immediate?: (...args: A) => R };
}

/** Câu lệnh đã chuẩn bị — the part of a `better-sqlite3` `Statement` this store uses. */
export interface SqliteStatementLike {
  run(...params: unknown[]): unknown;
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}

/** Tùy chọn kho SQLite — options of {@link createSqliteReportStore}. */
export interface SqliteReportStoreOptions {
  /**
   * `PRAGMA synchronous`: `FULL` (default) syncs every commit, so a report that got
   * a 201 survives even a power cut; `NORMAL` survives a killed process only.
   */
  synchronous?: 'FULL' | 'NORMAL';
}

interface _Row {
  id: string;
  plan_id: string;
  unit_id: string;
  period: string;
  year: number;
  document_number: string;
  received_at: string;
  replaces: string | null;
  replaced_by: string | null;
  warnings: string;
  body: string;
}

/** @internal Table layout; `IF NOT EXISTS` so opening an existing file is safe. */
export const _SQLITE_SCHEMA = `
CREATE TABLE IF NOT EXISTS dvcq_reports (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  plan_id TEXT NOT NULL,
  unit_id TEXT NOT NULL,
  period TEXT NOT NULL,
  year INTEGER NOT NULL,
  document_number TEXT NOT NULL,
  received_at TEXT NOT NULL,
  replaces TEXT UNIQUE REFERENCES dvcq_reports(id),
  warnings TEXT NOT NULL,
  body TEXT NOT NULL,
  UNIQUE (plan_id, unit_id, period, year, document_number)
);
CREATE INDEX IF NOT EXISTS dvcq_reports_period ON dvcq_reports (plan_id, period, year);
CREATE TRIGGER IF NOT EXISTS dvcq_reports_no_update BEFORE UPDATE ON dvcq_reports
  BEGIN SELECT RAISE(ABORT, 'dvcq_reports is append-only'); END;
CREATE TRIGGER IF NOT EXISTS dvcq_reports_no_delete BEFORE DELETE ON dvcq_reports
  BEGIN SELECT RAISE(ABORT, 'dvcq_reports is append-only'); END;
`;

const _SELECT = `SELECT r.*, (SELECT c.id FROM dvcq_reports c WHERE c.replaces = r.id) AS replaced_by FROM dvcq_reports r`;

/**
 * Kho SQLite — a {@link ReportStore} on SQLite (via `better-sqlite3`), in WAL mode.
 * The table is append-only (triggers refuse UPDATE and DELETE): a correction is a
 * new row naming the one it replaces, so the history is never lost.
 * `UNIQUE(plan, unit, period, year, document number)` makes duplicates fail inside
 * the database (409), and `UNIQUE(replaces)` lets a report be corrected only once.
 * @param db - an open `better-sqlite3` database (the caller owns and closes it)
 * @param options - durability setting
 * @returns the store
 */
export function createSqliteReportStore(db: SqliteDatabaseLike, options: SqliteReportStoreOptions = {}): ReportStore {
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(_SQLITE_SCHEMA);

  const insertStmt = db.prepare(
    `INSERT INTO dvcq_reports (id, plan_id, unit_id, period, year, document_number, received_at, replaces, warnings, body)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const byKey = db.prepare(
    `SELECT id FROM dvcq_reports WHERE plan_id = ? AND unit_id = ? AND period = ? AND year = ? AND document_number = ?`,
  );
  const byId = db.prepare(`${_SELECT} WHERE r.id = ?`);

  const insertTx = db.transaction((record: NewReportRecord): InsertResult => {
    const dup = byKey.get(record.planId, record.unitId, record.period, record.year, record.documentNumber) as { id: string } | undefined;
    if (dup !== undefined) return { ok: false, code: 'duplicate', existingId: dup.id };
    if (record.replaces !== undefined) {
      const target = byId.get(record.replaces) as _Row | undefined;
      if (target === undefined) return { ok: false, code: 'replaces-not-found' };
      const field = _replacesMismatch(_fromRow(target), record);
      if (field !== undefined) return { ok: false, code: 'replaces-mismatch', field };
      if (target.replaced_by !== null) return { ok: false, code: 'already-replaced', replacedBy: target.replaced_by };
    }
    insertStmt.run(
      record.id,
      record.planId,
      record.unitId,
      record.period,
      record.year,
      record.documentNumber,
      record.receivedAt,
      record.replaces ?? null,
      JSON.stringify(record.warnings),
      JSON.stringify(record.report),
    );
    return { ok: true, record: _fromRow(byId.get(record.id) as _Row) };
  });

  return {
    async insert(record) {
      // BEGIN IMMEDIATE takes the write lock before the checks, so another process
      // writing the same file cannot slip a duplicate in between check and insert.
      const run = insertTx.immediate ?? insertTx;
      try {
        return run(record);
      } catch (e) {
        // Defence in depth: if the UNIQUE constraints fire anyway, answer with the
        // same values the checks give (the transaction was rolled back).
        if (e instanceof Error && /UNIQUE constraint failed/.test(e.message)) {
          const dup = byKey.get(record.planId, record.unitId, record.period, record.year, record.documentNumber) as { id: string } | undefined;
          if (dup !== undefined) return { ok: false, code: 'duplicate', existingId: dup.id };
          const target = record.replaces === undefined ? undefined : (byId.get(record.replaces) as _Row | undefined);
          if (target?.replaced_by) return { ok: false, code: 'already-replaced', replacedBy: target.replaced_by };
        }
        throw e;
      }
    },
    async get(id) {
      const row = byId.get(id) as _Row | undefined;
      return row === undefined ? undefined : _fromRow(row);
    },
    async list(query: ReportQuery = {}) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (query.planId !== undefined) (where.push('r.plan_id = ?'), params.push(query.planId));
      if (query.unitId !== undefined) (where.push('r.unit_id = ?'), params.push(query.unitId));
      if (query.period !== undefined) (where.push('r.period = ?'), params.push(query.period));
      if (query.year !== undefined) (where.push('r.year = ?'), params.push(query.year));
      if (query.currentOnly ?? true) where.push('NOT EXISTS (SELECT 1 FROM dvcq_reports c WHERE c.replaces = r.id)');
      const sql = `${_SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY r.seq`;
      return (db.prepare(sql).all(...params) as _Row[]).map(_fromRow);
    },
    async history(id) {
      // Recursive CTE: walk to the first report of the chain, then collect forward.
      const rows = db
        .prepare(
          `WITH RECURSIVE back(id, replaces, depth) AS (
             SELECT id, replaces, 0 FROM dvcq_reports WHERE id = ?
             UNION ALL SELECT p.id, p.replaces, back.depth + 1 FROM dvcq_reports p JOIN back ON p.id = back.replaces WHERE back.depth < 10000
           ),
           root AS (SELECT id FROM back WHERE replaces IS NULL LIMIT 1),
           fwd(id, depth) AS (
             SELECT id, 0 FROM root
             UNION ALL SELECT c.id, fwd.depth + 1 FROM dvcq_reports c JOIN fwd ON c.replaces = fwd.id WHERE fwd.depth < 10000
           )
           ${_SELECT} JOIN fwd ON fwd.id = r.id ORDER BY fwd.depth`,
        )
        .all(id) as _Row[];
      return rows.map(_fromRow);
    },
  };
}

function _fromRow(row: _Row): ReportRecord {
  const rec: ReportRecord = {
    id: row.id,
    planId: row.plan_id,
    unitId: row.unit_id,
    period: row.period,
    year: row.year,
    documentNumber: row.document_number,
    receivedAt: row.received_at,
    warnings: JSON.parse(row.warnings) as ReportRecord['warnings'],
    report: JSON.parse(row.body) as Record<string, unknown>,
  };
  if (row.replaces !== null) rec.replaces = row.replaces;
  if (row.replaced_by !== null) rec.replacedBy = row.replaced_by;
  return rec;
}
