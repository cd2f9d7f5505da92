// Opening a store from an address (Node only): `postgres://…` through `pg`,
// `sqlite:FILE` through `better-sqlite3`. Both drivers are optional peer
// dependencies, loaded only when that kind of address is opened.
import type { Lang, Result } from '@dvcq/core';
import { type StoreIssue, _M, _issue } from './errors';
import { type PgPoolLike } from './sql/postgres-driver';
import { type SqliteDatabaseLike } from './sql/sqlite-driver';
import { _SCHEMA_NAME, openPostgresStore } from './postgres';
import { openSqliteStore } from './sqlite';
import type { Store } from './types';

/** Tùy chọn mở kho — options of {@link openStore}. */
export interface OpenStoreOptions {
  /** Language of issue messages (default `vi`). */
  lang?: Lang;
  /** PostgreSQL: most connections the pool opens (default 10). */
  maxConnections?: number;
  /** PostgreSQL: how long to wait for a connection before `store.unavailable` (default 5000 ms). */
  connectTimeoutMs?: number;
  /** SQLite: `synchronous` pragma (default `FULL`). */
  synchronous?: 'FULL' | 'NORMAL';
}

/** Địa chỉ CSDL đã đọc — a parsed database address. */
export type StoreAddress =
  | { kind: 'postgres'; connectionString: string; schema?: string; poolSize?: number; display: string }
  | { kind: 'sqlite'; file: string; display: string };

/**
 * Đọc địa chỉ CSDL — parses `postgres://user:pass@host:5432/db[?schema=name][&pool_size=N]`
 * (also `postgresql://`; `schema`: keep the tables in that PostgreSQL schema;
 * `pool_size`: most connections this process opens, 1–100, default 10; other query
 * parameters go to `pg` as they are) or
 * `sqlite:FILE` (`sqlite::memory:` for a throw-away database; a relative FILE is
 * relative to the process's working folder). `display` is the address with the
 * password hidden, for logs.
 * @param url - the address
 * @param options - `lang` of the issue
 * @returns the address, or `store.bad-url`
 */
export function parseStoreAddress(url: string, options: { lang?: Lang } = {}): Result<StoreAddress, StoreIssue> {
  const bad = () => ({ ok: false as const, issues: [_issue('store.bad-url', _M.badUrl(_hidePassword(url).slice(0, 200)), options.lang)] });
  if (/^postgres(ql)?:\/\//i.test(url)) {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return bad();
    }
    if (u.hostname === '' && !u.searchParams.has('host')) return bad();
    const schema = u.searchParams.get('schema') ?? undefined;
    if (schema !== undefined && !_SCHEMA_NAME.test(schema)) return bad();
    const pool = u.searchParams.get('pool_size') ?? undefined;
    if (pool !== undefined && (!/^\d{1,3}$/.test(pool) || Number(pool) < 1 || Number(pool) > 100)) return bad();
    u.searchParams.delete('schema');
    u.searchParams.delete('pool_size');
    const connectionString = u.toString();
    return {
      ok: true,
      value: { kind: 'postgres', connectionString, ...(schema !== undefined ? { schema } : {}), ...(pool !== undefined ? { poolSize: Number(pool) } : {}), display: _hidePassword(url) },
      issues: [],
    };
  }
  if (/^sqlite:/i.test(url)) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (path === '') return bad();
    const file = path;
    return { ok: true, value: { kind: 'sqlite', file, display: `sqlite:${file}` }, issues: [] };
  }
  return bad();
}

/** @internal The address with its password replaced by `***`. */
export function _hidePassword(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:/?#@]*:)[^@/?#]*@/i, '$1***@');
}

/**
 * Mở kho theo địa chỉ — opens the {@link Store} an address names and brings its
 * schema to the current version: PostgreSQL through `pg` (a pool this store owns
 * and ends on `close()`), SQLite through `better-sqlite3` (the file is created if
 * missing; closed on `close()`).
 * @param url - `postgres://…` or `sqlite:FILE` (see {@link parseStoreAddress})
 * @param options - language, pool size, timeouts
 * @returns the store, or an issue: `store.bad-url`, `store.driver-missing`,
 *   `store.unavailable` (server unreachable), `store.schema-too-new`
 */
export async function openStore(url: string, options: OpenStoreOptions = {}): Promise<Result<Store, StoreIssue>> {
  const parsed = parseStoreAddress(url, options);
  if (!parsed.ok) return parsed;
  const address = parsed.value;
  if (address.kind === 'postgres') {
    let pg: { Pool: new (config: Record<string, unknown>) => PgPoolLike };
    try {
      const mod = (await import('pg')) as unknown as { default?: typeof pg } & typeof pg;
      pg = mod.default ?? mod;
    } catch {
      return { ok: false, issues: [_issue('store.driver-missing', _M.driverMissing('pg'), options.lang)] };
    }
    const pool = new pg.Pool({
      connectionString: address.connectionString,
      max: address.poolSize ?? options.maxConnections ?? 10,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
      idleTimeoutMillis: 30_000,
      keepAlive: true,
      // A statement that hangs (a lock held by a forgotten session) fails instead of holding a request forever.
      statement_timeout: 30_000,
      query_timeout: 35_000,
      application_name: 'dvcq',
    });
    return openPostgresStore(pool, { ...(address.schema !== undefined ? { schema: address.schema } : {}), endPool: true, ...(options.lang ? { lang: options.lang } : {}) });
  }
  let Database: new (file: string) => SqliteDatabaseLike;
  try {
    const mod = (await import('better-sqlite3')) as unknown as { default?: typeof Database } & { default: typeof Database };
    Database = mod.default;
  } catch {
    return { ok: false, issues: [_issue('store.driver-missing', _M.driverMissing('better-sqlite3'), options.lang)] };
  }
  let db: SqliteDatabaseLike;
  try {
    db = new Database(address.file);
  } catch (e) {
    return { ok: false, issues: [_issue('store.unavailable', { vi: `${_M.unavailable.vi} (${(e as Error).message})`, en: `${_M.unavailable.en} (${(e as Error).message})` }, options.lang)] };
  }
  const opened = openSqliteStore(db, { closeDatabase: true, ...(options.synchronous ? { synchronous: options.synchronous } : {}), ...(options.lang ? { lang: options.lang } : {}) });
  if (!opened.ok) db.close?.();
  return opened;
}
