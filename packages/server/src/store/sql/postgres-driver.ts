import { StoreError, _UniqueViolation, _unavailable } from '../errors';
import { type _Driver, type _Executor, _numberPlaceholders } from './driver';

/** Kết quả truy vấn PostgreSQL — the part of a `pg` query result the store uses. */
export interface PgQueryResultLike {
  rows: unknown[];
  rowCount: number | null;
}

/** Kết nối PostgreSQL — the part of a `pg` `PoolClient` the store uses. */
export interface PgClientLike {
  query(sql: string, params?: unknown[]): Promise<PgQueryResultLike>;
  /** Gives the connection back; with an error, the pool destroys it instead. */
  release(err?: Error | boolean): void;
  on?(event: 'error', listener: (err: Error) => void): unknown;
  removeListener?(event: 'error', listener: (err: Error) => void): unknown;
}

/**
 * Nhóm kết nối PostgreSQL — the part of a `pg` `Pool` the store uses. Typed
 * structurally so `@dvcq/server` needs `pg` only where PostgreSQL is used: pass
 * `new pg.Pool({ connectionString })` (pg ≥ 8).
 */
export interface PgPoolLike {
  query(sql: string, params?: unknown[]): Promise<PgQueryResultLike>;
  connect(): Promise<PgClientLike>;
  end(): Promise<void>;
  on(event: 'error', listener: (err: Error) => void): unknown;
  on(event: 'connect', listener: (client: PgClientLike) => void): unknown;
}

/**
 * @internal Error classes and codes meaning "the server cannot be used now":
 * class 08 (connection exception), 57P01–57P05 (admin/crash shutdown, cannot
 * connect now, idle session timeout…), 53300 (too many connections), 53100
 * (disk full), 25006 (read-only transaction: a standby after fail-over).
 */
const _PG_UNAVAILABLE = /^(08|57P0[1-5]$|53300$|53100$|25006$|58030$)/;
const _NET_UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ECONNABORTED']);
const _MSG_UNAVAILABLE = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended|Query read timeout|the database system is (starting up|shutting down|in recovery mode)|terminating connection|Client was closed|Cannot use a pool after calling end/i;

/** @internal Maps a `pg` error to the store's errors. */
export function _pgError(e: unknown): unknown {
  if (e instanceof StoreError || e instanceof _UniqueViolation) return e;
  const code = typeof (e as { code?: unknown })?.code === 'string' ? (e as { code: string }).code : '';
  if (code === '23505') {
    const c = (e as { constraint?: string }).constraint;
    return new _UniqueViolation(c ?? String((e as Error).message), { cause: e });
  }
  if (_PG_UNAVAILABLE.test(code) || _NET_UNAVAILABLE.has(code)) return _unavailable(e);
  if (e instanceof Error && _MSG_UNAVAILABLE.test(e.message)) return _unavailable(e);
  return e;
}

/** @internal Is this error one after which the connection must not be reused? */
function _broken(e: unknown): boolean {
  return e instanceof StoreError;
}

/**
 * @internal A driver over a `pg` pool. The pool reconnects by itself: a
 * connection the server dropped is discarded, the next call opens a new one, so
 * after a database restart the first calls fail with `store.unavailable` and the
 * following ones work again — no restart of the application.
 */
export function _postgresDriver(pool: PgPoolLike, options: { endPool?: boolean; setup?: (client: PgClientLike) => Promise<unknown> } = {}): _Driver {
  // An idle connection the server drops emits 'error' on the pool; without a
  // listener Node would crash the process. The next query simply reconnects.
  pool.on('error', () => undefined);
  // Per-connection setup (search_path), run once on each connection before its first statement.
  const ready = new WeakSet<PgClientLike>();
  const checkout = async (): Promise<PgClientLike> => {
    const client = await pool.connect();
    if (options.setup && !ready.has(client)) {
      try {
        await options.setup(client);
      } catch (e) {
        client.release(e instanceof Error ? e : true);
        throw e;
      }
      ready.add(client);
    }
    return client;
  };
  /** One statement on a connection of its own (what pool.query does, plus the setup). */
  const single = async (sql: string, params: readonly unknown[]) => {
    if (!options.setup) return pool.query(_numberPlaceholders(sql), [...params]);
    const client = await checkout();
    let lost: Error | undefined;
    const onLost = (err: Error) => {
      lost = err;
    };
    client.on?.('error', onLost);
    try {
      return await client.query(_numberPlaceholders(sql), [...params]);
    } catch (e) {
      lost ??= _broken(_pgError(e)) ? (e as Error) : undefined;
      throw e;
    } finally {
      client.removeListener?.('error', onLost);
      client.release(lost);
    }
  };
  const onClient = (client: PgClientLike): _Executor => ({
    async all<T>(sql: string, params: readonly unknown[] = []) {
      try {
        return (await client.query(_numberPlaceholders(sql), [...params])).rows as T[];
      } catch (e) {
        throw _pgError(e);
      }
    },
    async run(sql: string, params: readonly unknown[] = []) {
      try {
        return { changes: (await client.query(_numberPlaceholders(sql), [...params])).rowCount ?? 0 };
      } catch (e) {
        throw _pgError(e);
      }
    },
  });
  let ended = false;
  return {
    dialect: 'postgres',
    text: (column) => `${column} COLLATE "C"`,
    async all<T>(sql: string, params: readonly unknown[] = []) {
      try {
        return (await single(sql, params)).rows as T[];
      } catch (e) {
        throw _pgError(e);
      }
    },
    async run(sql: string, params: readonly unknown[] = []) {
      try {
        return { changes: (await single(sql, params)).rowCount ?? 0 };
      } catch (e) {
        throw _pgError(e);
      }
    },
    async transaction<T>(fn: (tx: _Executor) => Promise<T>): Promise<T> {
      let client: PgClientLike;
      try {
        client = await checkout();
      } catch (e) {
        throw _pgError(e);
      }
      // A checked-out connection has no error listener of the pool's: without this
      // one, the server dropping it mid-transaction would crash the process.
      let lost: Error | undefined;
      const onLost = (err: Error) => {
        lost = err;
      };
      client.on?.('error', onLost);
      let failure: unknown;
      try {
        await client.query('BEGIN');
        const result = await fn(onClient(client));
        await client.query('COMMIT');
        return result;
      } catch (e) {
        failure = _pgError(e);
        try {
          await client.query('ROLLBACK');
        } catch {
          // the connection is gone; the server rolled back
        }
        throw failure;
      } finally {
        client.removeListener?.('error', onLost);
        client.release(lost ?? (_broken(failure) ? (failure as Error) : undefined));
      }
    },
    async ping() {
      try {
        await single('SELECT 1 AS one', []);
      } catch (e) {
        throw _pgError(e);
      }
    },
    async close() {
      if (ended || !options.endPool) return;
      ended = true;
      await pool.end();
    },
  };
}
