import type { Lang, Result } from '@dvcq/core';
import { StoreError, type StoreIssue, _UniqueViolation, _issue } from './errors';
import { _migratePostgres } from './migrations';
import { _sqlStore } from './sql-store';
import { type PgClientLike, type PgPoolLike, _postgresDriver } from './sql/postgres-driver';
import type { Store } from './types';

export type { PgClientLike, PgPoolLike, PgQueryResultLike } from './sql/postgres-driver';

/** Tùy chọn kho PostgreSQL — options of {@link openPostgresStore}. */
export interface PostgresStoreOptions {
  /**
   * Lược đồ (schema) — keep the tables in this PostgreSQL schema (created when
   * missing) instead of the connection's default (`public`). Letters, digits, `_`.
   */
  schema?: string;
  /** Language of the issue messages (default `vi`; each issue carries both in `text`). */
  lang?: Lang;
  /** End the pool with the store (default `false`: the caller owns it). */
  endPool?: boolean;
}

/** @internal A schema name safe to put in SQL unquoted-equivalent. */
export const _SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/**
 * Mở kho PostgreSQL — the {@link Store} on PostgreSQL (via `pg`), with its schema
 * brought to the current version: forward-only migrations in one transaction
 * under an advisory lock, so two processes starting together migrate once.
 * The same rules as on SQLite hold inside the database: reports append-only
 * (triggers refuse UPDATE, DELETE and TRUNCATE), UNIQUE constraints refuse
 * duplicates even from racing processes. The pool reconnects by itself after a
 * database restart; meanwhile calls reject with `store.unavailable`.
 * @param pool - a `pg` pool (`new pg.Pool({ connectionString })`)
 * @param options - schema, language, ownership
 * @returns the store, or `store.schema-too-new` / `store.unavailable`
 */
export async function openPostgresStore(pool: PgPoolLike, options: PostgresStoreOptions = {}): Promise<Result<Store, StoreIssue>> {
  const schema = options.schema;
  if (schema !== undefined) {
    if (!_SCHEMA_NAME.test(schema)) throw new RangeError(`server.store-bad-schema: invalid PostgreSQL schema name ${JSON.stringify(schema)}`);
  }
  // search_path is set on each connection before its first statement (a startup
  // parameter would do on a PostgreSQL server, but not on every server speaking its protocol).
  const driver = _postgresDriver(pool, {
    endPool: options.endPool === true,
    ...(schema !== undefined ? { setup: (client: PgClientLike) => client.query(`SET search_path TO "${schema}"`) } : {}),
  });
  try {
    if (schema !== undefined) {
      try {
        await driver.run(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      } catch (e) {
        // Two processes creating it at once: the loser's catalog insert collides; it exists now.
        if (!(e instanceof _UniqueViolation)) throw e;
      }
    }
    await driver.transaction((tx) => _migratePostgres(tx));
  } catch (e) {
    if (e instanceof StoreError) {
      await driver.close().catch(() => undefined);
      return { ok: false, issues: [_issue(e.code, e.text, options.lang)] };
    }
    throw e;
  }
  return { ok: true, value: _sqlStore(driver), issues: [] };
}
