import type { Lang, Result } from '@dvcq/core';
import { StoreError, type StoreIssue, _issue } from './errors';
import { _migrateSqlite } from './migrations';
import { _sqlStore } from './sql-store';
import { type SqliteDatabaseLike, _sqliteDriver, _sqliteError } from './sql/sqlite-driver';
import type { ReportStore, Store } from './types';

export type { SqliteDatabaseLike, SqliteStatementLike } from './sql/sqlite-driver';

/** Tùy chọn kho SQLite — options of {@link openSqliteStore}. */
export interface SqliteStoreOptions {
  /**
   * `PRAGMA synchronous`: `FULL` (default) syncs every commit, so a report that got
   * a 201 survives even a power cut; `NORMAL` survives a killed process only.
   */
  synchronous?: 'FULL' | 'NORMAL';
  /** Language of the issue messages (default `vi`; each issue carries both in `text`). */
  lang?: Lang;
  /** Close the database with the store (default `false`: the caller owns it). */
  closeDatabase?: boolean;
}

/** @deprecated Same as {@link SqliteStoreOptions}. */
export type SqliteReportStoreOptions = SqliteStoreOptions;

/**
 * Mở kho SQLite — the {@link Store} on SQLite (via `better-sqlite3`), in WAL mode,
 * with its schema brought to the current version (forward-only migrations, run
 * inside BEGIN IMMEDIATE so two processes opening one file migrate once).
 * Reports are append-only (triggers refuse UPDATE and DELETE): a correction is a
 * new row naming the one it replaces. `UNIQUE(plan, unit, period, year, document
 * number)` refuses duplicates inside the database (409), `UNIQUE(replaces)` lets a
 * report be corrected once. Several processes may share the file.
 * @param db - an open `better-sqlite3` database (`new Database(file)`)
 * @param options - durability, language, ownership
 * @returns the store, or `store.schema-too-new` (the file was upgraded by a newer
 *   release; nothing changed) / `store.unavailable` (the file is locked or unreadable)
 */
export function openSqliteStore(db: SqliteDatabaseLike, options: SqliteStoreOptions = {}): Result<Store, StoreIssue> {
  try {
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${options.synchronous === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
    db.pragma('foreign_keys = ON');
    // Opening waits (synchronously) for another process that is migrating the same file.
    db.pragma('busy_timeout = 5000');
    _migrateSqlite(db);
  } catch (e) {
    const err = _sqliteError(e);
    if (err instanceof StoreError) return { ok: false, issues: [_issue(err.code, err.text, options.lang)] };
    throw err;
  }
  return { ok: true, value: _sqlStore(_sqliteDriver(db, { closeDb: options.closeDatabase === true })), issues: [] };
}

/**
 * Kho báo cáo SQLite — the `reports` of {@link openSqliteStore}, for code that
 * needs only reports.
 * @param db - an open `better-sqlite3` database (the caller owns and closes it)
 * @param options - durability setting
 * @returns the report store
 * @throws StoreError `store.schema-too-new` or `store.unavailable` when the file cannot be opened as a store
 */
export function createSqliteReportStore(db: SqliteDatabaseLike, options: SqliteStoreOptions = {}): ReportStore {
  const opened = openSqliteStore(db, options);
  if (!opened.ok) {
    const issue = opened.issues[0]!;
    throw new StoreError(issue.code, issue.text);
  }
  return opened.value.reports;
}
