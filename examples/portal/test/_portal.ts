// Test helper: starts the portal as a child process (node server.mjs) on a free
// loopback port and waits for its ready line. Every wait is bounded.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PORTAL_DIR = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const ROOT = resolve(PORTAL_DIR, '../..');

export interface Portal {
  base: string;
  dataDir: string;
  /** Demo API keys by unit (`Authorization: Bearer …`), from demo-api-keys.json ({} without --demo). */
  tokens: Record<string, string>;
  /** Demo accounts with their passwords, from demo-accounts.json (see examples/portal/src/demo.ts). */
  accounts: DemoAccountEntry[];
  proc: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
  kill9: () => Promise<void>;
}

/** Một tài khoản thử — as demo-accounts.json lists it. */
export interface DemoAccountEntry {
  login: string;
  password: string;
  role: 'admin' | 'coordinator' | 'officer' | 'head';
  unitId: string;
  name: string;
}

/** Phiên đã đăng nhập — a signed-in session for requests from outside. */
export interface LoggedIn {
  /** `dvcq_session=<id>` — send as the `cookie` header. */
  cookie: string;
  /** The session's CSRF token — send as `x-csrf-token` on every state change. */
  csrf: string;
  account: DemoAccountEntry;
  /** Headers for a request in this session: cookie, CSRF token, plus `extra`. */
  headers(extra?: Record<string, string>): Record<string, string>;
}

/** The demo account of a role (and unit, for officers and heads; default: the first one of that role). */
export function demoAccount(portal: Pick<Portal, 'accounts'>, role: DemoAccountEntry['role'], unitId?: string): DemoAccountEntry {
  const a = portal.accounts.find((x) => x.role === role && (unitId === undefined || x.unitId === unitId));
  if (!a) throw new Error(`no demo account ${role}${unitId ? ` of ${unitId}` : ''} (was the portal started with --demo?)`);
  return a;
}

/**
 * Đăng nhập — signs in as the demo account of `role` (and `unitId`) through
 * `POST /login` (JSON) and returns the session cookie and CSRF token.
 * `login(portal, 'officer', 'so-y-te')`, `login(portal, 'coordinator')`, `login(portal, 'admin')`.
 */
export async function login(portal: Pick<Portal, 'base' | 'accounts'>, role: DemoAccountEntry['role'], unitId?: string): Promise<LoggedIn> {
  const account = demoAccount(portal, role, unitId);
  return loginAs(portal, account.login, account.password, account);
}

/** Signs in with a login name and password (JSON `POST /login`); throws when refused. */
export async function loginAs(portal: Pick<Portal, 'base'>, name: string, password: string, account?: DemoAccountEntry): Promise<LoggedIn> {
  const res = await fetch(`${portal.base}/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: name, password }) });
  if (res.status !== 200) throw new Error(`sign-in as ${name}: HTTP ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { csrf: string; user: { role: DemoAccountEntry['role']; unitId: string; name: string } };
  const cookie = /dvcq_session=[A-Za-z0-9_-]+/.exec(res.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error(`sign-in as ${name}: no session cookie`);
  const acc = account ?? { login: name, password, role: body.user.role, unitId: body.user.unitId, name: body.user.name };
  return { cookie, csrf: body.csrf, account: acc, headers: (extra = {}) => ({ cookie, 'x-csrf-token': body.csrf, ...extra }) };
}

/**
 * Đăng nhập trong trình duyệt — fills the sign-in form of `/login` in a Playwright
 * page (the browser keeps the cookie) and waits for the page it leads to.
 */
export async function browserLogin(
  page: { goto(url: string): Promise<unknown>; fill(selector: string, value: string): Promise<void>; click(selector: string): Promise<void>; waitForURL(url: (u: URL) => boolean): Promise<void> },
  portal: Pick<Portal, 'base' | 'accounts'>,
  role: DemoAccountEntry['role'],
  unitId?: string,
  next?: string,
): Promise<void> {
  const account = demoAccount(portal, role, unitId);
  await page.goto(`${portal.base}/login${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  await page.fill('#login', account.login);
  await page.fill('#password', account.password);
  await page.click('#login-form button[type=submit]');
  await page.waitForURL((u: URL) => !u.pathname.startsWith('/login'));
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

/**
 * Starts the portal. `--demo` is added unless `args` holds `--no-demo-flag` (removed
 * before starting): tests sign in with the demo accounts and use the demo API keys.
 */
export async function startPortal(dataDir: string, env: Record<string, string> = {}, args: string[] = []): Promise<Portal> {
  const db = env.DVCQ_DATABASE_URL === undefined ? portalDatabaseUrl(dataDir) : undefined;
  const argv = args.includes('--no-demo-flag') ? args.filter((a) => a !== '--no-demo-flag') : args.includes('--demo') ? args : [...args, '--demo'];
  const proc = spawn(process.execPath, [join(PORTAL_DIR, 'server.mjs'), ...argv], {
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
  const readJson = <T>(name: string, empty: T): T => (existsSync(join(dataDir, name)) ? (JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as T) : empty);
  const tokens = readJson<Record<string, string>>('demo-api-keys.json', {});
  const accounts = readJson<DemoAccountEntry[]>('demo-accounts.json', []);
  const stopWith = async (sig: NodeJS.Signals) => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill(sig);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  };
  return { base, dataDir, tokens, accounts, proc, output: () => out, stop: () => stopWith('SIGTERM'), kill9: () => stopWith('SIGKILL') };
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
