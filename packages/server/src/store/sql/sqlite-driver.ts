import { StoreError, _UniqueViolation, _unavailable } from '../errors';
import { type _Driver, type _Executor, _Mutex } from './driver';

/**
 * Cơ sở dữ liệu SQLite tối thiểu — the part of a `better-sqlite3` `Database`
 * the store uses. Typed structurally so `@dvcq/server` does not depend on the
 * native module: pass `new Database(file)` from `better-sqlite3` (≥ 12; v13 crashes
 * on Node 20).
 */
export interface SqliteDatabaseLike {
  prepare(sql: string): SqliteStatementLike;
  exec(sql: string): unknown;
  pragma(source: string, options?: { simple?: boolean }): unknown;
  transaction<A extends unknown[], R>(fn: (...args: A) => R): ((...args: A) => R) & { immediate?: (...args: A) => R };
  /** `true` while a transaction is open (better-sqlite3 has it). */
  readonly inTransaction?: boolean;
  close?(): unknown;
}

/** Câu lệnh đã chuẩn bị — the part of a `better-sqlite3` `Statement` the store uses. */
export interface SqliteStatementLike {
  run(...params: unknown[]): unknown;
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}

/** @internal SQLite result codes that mean "the database is not usable now", not a bug. */
const _UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|PROTOCOL|NOMEM)/;

/** @internal Maps a better-sqlite3 error to the store's errors. */
export function _sqliteError(e: unknown): unknown {
  if (e instanceof StoreError || e instanceof _UniqueViolation) return e;
  const code = typeof (e as { code?: unknown })?.code === 'string' ? (e as { code: string }).code : '';
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return new _UniqueViolation(String((e as Error).message), { cause: e });
  if (_UNAVAILABLE.test(code)) return _unavailable(e);
  return e;
}

/** @internal Is this a "database is locked" error (another connection holds the write lock)? */
function _isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT' || code === 'SQLITE_LOCKED';
}

const _sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * @internal A driver over one better-sqlite3 connection. better-sqlite3 is
 * synchronous; transactions here span `await`s, so every use of the connection
 * (transaction or single statement) takes a FIFO lock: nothing else in this
 * process runs on the connection while a transaction is open. Other connections
 * (other processes, or other stores on the same file) are kept out by SQLite's
 * write lock (BEGIN IMMEDIATE). Waiting for that lock is done here,
 * asynchronously, instead of in SQLite's busy handler, which would block the
 * whole process — and with it the connection holding the lock, if it is ours.
 */
export function _sqliteDriver(db: SqliteDatabaseLike, options: { closeDb?: boolean; busyTimeoutMs?: number } = {}): _Driver {
  const statements = new Map<string, SqliteStatementLike>();
  const lock = new _Mutex();
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  db.pragma('busy_timeout = 0');
  const prepared = (sql: string) => {
    let s = statements.get(sql);
    if (s === undefined) {
      s = db.prepare(sql);
      statements.set(sql, s);
    }
    return s;
  };
  const bind = (params: readonly unknown[]) => params.map((p) => (p === undefined ? null : typeof p === 'boolean' ? (p ? 1 : 0) : p));
  const exec: _Executor = {
    async all<T>(sql: string, params: readonly unknown[] = []) {
      try {
        return prepared(sql).all(...bind(params)) as T[];
      } catch (e) {
        throw _sqliteError(e);
      }
    },
    async run(sql: string, params: readonly unknown[] = []) {
      try {
        const info = prepared(sql).run(...bind(params)) as { changes?: number };
        return { changes: Number(info?.changes ?? 0) };
      } catch (e) {
        throw _sqliteError(e);
      }
    },
  };
  /** Runs `step` again while the database is locked by another connection, up to the timeout. */
  const patiently = async <T>(step: () => T): Promise<T> => {
    const until = Date.now() + busyTimeoutMs;
    for (let wait = 1; ; wait = Math.min(wait * 2, 50)) {
      try {
        return step();
      } catch (e) {
        if (!_isBusy(e) || Date.now() >= until) throw _sqliteError(e);
      }
      await _sleep(wait);
    }
  };
  const transaction = <T>(fn: (tx: _Executor) => Promise<T>): Promise<T> =>
    lock.run(async () => {
      await patiently(() => db.exec('BEGIN IMMEDIATE'));
      try {
        const result = await fn(exec);
        await patiently(() => db.exec('COMMIT'));
        return result;
      } catch (e) {
        try {
          if (db.inTransaction !== false) db.exec('ROLLBACK');
        } catch {
          // already rolled back by SQLite (e.g. after SQLITE_FULL)
        }
        throw _sqliteError(e);
      }
    });
  let closed = false;
  return {
    dialect: 'sqlite',
    text: (column) => column,
    all: <T>(sql: string, params?: readonly unknown[]) => lock.run(() => patiently(() => prepared(sql).all(...bind(params ?? [])) as T[])),
    // A single write is a transaction of its own: it waits for the write lock here, not in SQLite.
    run: (sql, params) => transaction((tx) => tx.run(sql, params)),
    transaction,
    ping: () => lock.run(async () => void (await exec.all('SELECT 1 AS one'))),
    close: () =>
      lock.run(async () => {
        if (closed) return;
        closed = true;
        if (options.closeDb) db.close?.();
      }),
  };
}
