// Test helper: starts the portal as a child process (node server.mjs) on a free
// loopback port and waits for its ready line. Every wait is bounded.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PORTAL_DIR = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const ROOT = resolve(PORTAL_DIR, '../..');

export interface Portal {
  base: string;
  dataDir: string;
  tokens: Record<string, string>;
  proc: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
  kill9: () => Promise<void>;
}

export function tempDataDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `dvcq-portal-${name}-`));
}

/**
 * The database a portal of these tests uses: with `DVCQ_PORTAL_TEST_DATABASE_URL`
 * (a PostgreSQL server), a schema of its own per data folder — so a restart with the
 * same folder finds its data, and test files running at once never share one; else
 * SQLite in the data folder. `DVCQ_PORTAL_TEST_DATABASE_URL=postgres://… pnpm vitest run
 * examples/portal` runs every outside check of the portal against PostgreSQL.
 */
export function portalDatabaseUrl(dataDir: string): string | undefined {
  const base = process.env.DVCQ_PORTAL_TEST_DATABASE_URL;
  if (!base) return undefined;
  const u = new URL(base);
  u.searchParams.set('schema', `portal_${createHash('sha256').update(dataDir).digest('hex').slice(0, 16)}`);
  return u.toString();
}

export async function startPortal(dataDir: string, env: Record<string, string> = {}, args: string[] = []): Promise<Portal> {
  const db = env.DVCQ_DATABASE_URL === undefined ? portalDatabaseUrl(dataDir) : undefined;
  const proc = spawn(process.execPath, [join(PORTAL_DIR, 'server.mjs'), ...args], {
    cwd: PORTAL_DIR,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DVCQ_DATA_DIR: dataDir, ...(db ? { DVCQ_DATABASE_URL: db } : {}), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (c: Buffer) => (out += c.toString('utf8')));
  proc.stderr!.on('data', (c: Buffer) => (out += c.toString('utf8')));
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  const base = await new Promise<string>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`portal did not start in 60 s:\n${out}`)), 60_000);
    const check = () => {
      const m = /DVCQ_PORTAL_READY (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        res(m[1]!);
      }
    };
    proc.stdout!.on('data', check);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      rej(new Error(`portal exited (${code}) before ready:\n${out}`));
    });
  });
  const tokens = JSON.parse(readFileSync(join(dataDir, 'demo-tokens.json'), 'utf8')) as Record<string, string>;
  const stopWith = async (sig: NodeJS.Signals) => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill(sig);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  };
  return { base, dataDir, tokens, proc, output: () => out, stop: () => stopWith('SIGTERM'), kill9: () => stopWith('SIGKILL') };
}

/** Runs `fn` over `items` with at most `limit` at once. */
export async function pool<T, R>(items: readonly T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  });
  await Promise.all(workers);
  return out;
}

/** Answer to a raw request: the final status (0 when none came), the raw head and body text. */
export interface RawAnswer {
  status: number;
  head: string;
  text: string;
  timedOut: boolean;
}

/**
 * Sends bytes as they are on a fresh loopback connection (no client library in
 * between to fix them) and reads until the server closes (every request the tests
 * send says `Connection: close`, and Node closes after refusing one). The client
 * does not half-close, as browsers do not: Node's HTTP server drops the pending
 * answer of a client that half-closes before it is written. Interim
 * `100 Continue` answers are skipped.
 */
export function rawRequest(base: string, bytes: Buffer | string, timeoutMs = 5000): Promise<RawAnswer> {
  const { port } = new URL(base);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let timedOut = false;
    const s = connect(Number(port), '127.0.0.1', () => s.write(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes));
    s.on('data', (d: Buffer) => chunks.push(d));
    s.on('error', () => undefined);
    s.setTimeout(timeoutMs, () => {
      timedOut = true;
      s.destroy();
    });
    s.on('close', () => {
      let text = Buffer.concat(chunks).toString('latin1');
      while (/^HTTP\/1\.1 1\d\d [^\r\n]*\r\n\r\n/.test(text)) text = text.slice(text.indexOf('\r\n\r\n') + 4);
      const end = text.indexOf('\r\n\r\n');
      const head = end < 0 ? text : text.slice(0, end);
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0), head, text: end < 0 ? '' : text.slice(end + 4), timedOut });
    });
  });
}
