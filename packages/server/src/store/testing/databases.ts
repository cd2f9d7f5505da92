// Test support (not shipped): the databases the store's suites run against.
// - SQLite: a fresh file per database.
// - PostgreSQL through PGlite (real PostgreSQL compiled to WebAssembly, embedded)
//   behind @electric-sql/pglite-socket, so the same `pg` client code talks to it:
//   needs nothing but Node and npm. One PGlite per test file (it takes seconds to
//   start); each database is a schema of its own.
// - The PostgreSQL server named by DVCQ_TEST_DATABASE_URL when it is set (.ci/run
//   starts Debian's PostgreSQL 15 and sets it); under CI=true it must be set.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server, Socket } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { openStore } from '../open';
import type { Store } from '../types';

/** A running PGlite socket server: its address, and stop/start to play a database restart. */
export interface PgliteServer {
  url: string;
  port: number;
  /** Drops every connection and stops listening (the data stays). */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
  /** Stops for good. */
  close(): Promise<void>;
}

/** Starts PGlite (in memory) behind a socket server on a free loopback port. */
export async function startPglite(): Promise<PgliteServer> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const db = await PGlite.create();
  let port = 0;
  let server: InstanceType<typeof PGLiteSocketServer> | undefined;
  const sockets = new Set<Socket>();
  const start = async () => {
    server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: 64 });
    await server.start();
    port = Number(server.getServerConn().split(':').pop());
    const net = (server as unknown as { server?: Server }).server;
    net?.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
    });
  };
  await start();
  const stop = async () => {
    const s = server;
    server = undefined;
    if (!s) return;
    // stop() detaches every connection (removing its listeners) and closes the
    // listener; cut the connections at once, as a database server going down
    // does, and ignore their late errors (ECONNRESET) on this side.
    const stopped = s.stop();
    for (const socket of sockets) {
      socket.on('error', () => undefined);
      socket.destroy();
    }
    sockets.clear();
    await stopped;
    // A server that loses a connection rolls its transaction back; PGlite (one session
    // behind the socket server) must be told.
    if (db.isInTransaction()) await db.exec('ROLLBACK');
  };
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    port,
    stop,
    start,
    async close() {
      await stop();
      await db.close();
    },
  };
}

/** One kind of database the suites run on. */
export interface TestDatabaseKind {
  name: 'sqlite' | 'pglite' | 'postgres';
  /** Address of a fresh, empty database (SQLite file or PostgreSQL schema). */
  freshUrl(): string;
  /** Runs SQL on a database given by its address, outside any store. */
  raw(url: string, sql: string): Promise<Array<Record<string, unknown>>>;
}

/** Is a real PostgreSQL server configured for tests? Under CI it must be. */
export function testDatabaseUrl(): string | undefined {
  const url = process.env.DVCQ_TEST_DATABASE_URL;
  if (!url && process.env.CI === 'true') throw new Error('CI=true but DVCQ_TEST_DATABASE_URL is not set: the PostgreSQL suites must run on a real server in CI (.ci/run sets it)');
  return url || undefined;
}

const _name = (prefix: string) => `${prefix}_${randomBytes(6).toString('hex')}`;

async function _rawPg(url: string, sql: string): Promise<Array<Record<string, unknown>>> {
  const pg = (await import('pg')).default;
  const u = new URL(url);
  const schema = u.searchParams.get('schema');
  u.searchParams.delete('schema');
  u.searchParams.delete('pool_size');
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  try {
    if (schema) await client.query(`SET search_path TO "${schema}"`);
    const r = await client.query(sql);
    return (Array.isArray(r) ? r[r.length - 1]?.rows : r.rows) ?? [];
  } finally {
    await client.end();
  }
}

async function _rawSqlite(url: string, sql: string): Promise<Array<Record<string, unknown>>> {
  const Database = (await import('better-sqlite3')).default;
  const db = new Database(url.slice('sqlite:'.length));
  try {
    const stmt = db.prepare(sql);
    if (stmt.reader) return stmt.all() as Array<Record<string, unknown>>;
    stmt.run();
    return [];
  } finally {
    db.close();
  }
}

/** The databases a test file uses, set up by {@link setupTestDatabases}. */
export interface TestDatabases {
  /** Names, known when tests are collected: `sqlite`, `pglite`, and `postgres` when configured. */
  names: Array<TestDatabaseKind['name']>;
  /** The kind by name (after beforeAll ran). */
  get(name: TestDatabaseKind['name']): TestDatabaseKind;
  /** The PGlite server (after beforeAll ran). */
  pglite(): PgliteServer;
}

/**
 * Registers beforeAll/afterAll hooks that start PGlite and make a folder for
 * SQLite files; `names` are the databases to run each test on.
 */
export function setupTestDatabases(): TestDatabases {
  const real = testDatabaseUrl();
  const names: Array<TestDatabaseKind['name']> = ['sqlite', 'pglite', ...(real ? (['postgres'] as const) : [])];
  let dir: string | undefined;
  let server: PgliteServer | undefined;
  const kinds = new Map<string, TestDatabaseKind>();
  const withSchema = (base: string) => {
    const u = new URL(base);
    u.searchParams.set('schema', _name('t'));
    return u.toString();
  };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dvcq-store-'));
    server = await startPglite();
    const d = dir;
    const p = server;
    kinds.set('sqlite', { name: 'sqlite', freshUrl: () => `sqlite:${join(d, `${_name('db')}.db`)}`, raw: _rawSqlite });
    // One connection per process: PGlite is one session behind its socket server, which
    // keeps a transaction's statements together but may interleave other clients' statements.
    kinds.set('pglite', { name: 'pglite', freshUrl: () => `${withSchema(p.url)}&pool_size=1`, raw: _rawPg });
    if (real) kinds.set('postgres', { name: 'postgres', freshUrl: () => withSchema(real), raw: _rawPg });
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return {
    names,
    get: (name) => {
      const k = kinds.get(name);
      if (!k) throw new Error(`test database ${name} not set up (beforeAll did not run?)`);
      return k;
    },
    pglite: () => {
      if (!server) throw new Error('PGlite not started');
      return server;
    },
  };
}

/** Opens a store or fails the test with the issue's message. */
export async function mustOpen(url: string): Promise<Store> {
  const r = await openStore(url, { maxConnections: 8 });
  if (!r.ok) throw new Error(`cannot open ${url}: ${r.issues.map((i) => i.message).join('; ')}`);
  return r.value;
}
