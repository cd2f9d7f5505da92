// Cổng báo cáo mẫu — the reference portal: units submit their reports, the Sở Nội vụ
// follows deadlines and consolidates (plan III.2). Started by ../server.mjs.
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, resolve } from 'node:path';
import { type Plan, expandUnitIds, findUnit, planCoordinator } from '@dvcq/core';
import { resolvePlanSource } from '@dvcq/core/node';
import { bearerTokenAuth, calendarView, createReportHandler, createSqliteReportStore, toNodeListener } from '@dvcq/server';
import { pageHtml, type PageKind } from './pages';

/** Khởi động — what the launcher passes in. */
export interface MainInput {
  argv: string[];
  env: Record<string, string | undefined>;
  publicDir: string;
  cwd: string;
}

const SECURITY_HEADERS: Record<string, string> = {
  // No inline script or style anywhere: the pages load /static/*.js and *.css only.
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/**
 * Chạy cổng — opens the database, seeds tokens, serves pages and the API.
 * @returns an exit code in smoke mode; otherwise never resolves until stopped
 */
export async function main(input: MainInput): Promise<number | undefined> {
  const { env } = input;
  const smoke = input.argv.includes('--smoke') || env.DVCQ_SMOKE === '1';
  const host = env.HOST ?? '127.0.0.1';
  const port = env.PORT !== undefined ? Number(env.PORT) : smoke ? 0 : 3000;
  const dataDir = resolve(input.cwd, env.DVCQ_DATA_DIR ?? './data');
  const fixedNow = env.DVCQ_NOW;
  if (fixedNow !== undefined && Number.isNaN(Date.parse(fixedNow))) {
    process.stderr.write(`DVCQ_NOW không hợp lệ / invalid DVCQ_NOW: ${fixedNow}\n`);
    return 2;
  }
  const now = () => (fixedNow ? new Date(fixedNow) : new Date());
  const plan = loadPortalPlan(env.DVCQ_PLAN, input.cwd);
  if (typeof plan === 'string') {
    process.stderr.write(plan + '\n');
    return 2;
  }

  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'portal.db'));
  const store = createSqliteReportStore(db);
  const tokens = seedTokens(db, plan);
  const tokensFile = join(dataDir, 'demo-tokens.json');
  writeFileSync(tokensFile, JSON.stringify(Object.fromEntries(tokens.map((t) => [t.unitId, t.token])), null, 2) + '\n', { mode: 0o600 });
  chmodSync(tokensFile, 0o600);
  const coordinator = coordinatorOf(plan);
  const byToken = new Map(tokens.map((t) => [t.token, t.unitId]));
  const handler = createReportHandler({
    plan,
    store,
    now,
    auth: bearerTokenAuth({ lookup: (tok) => {
      const unitId = byToken.get(tok);
      return unitId === undefined ? undefined : { unitId, readAll: unitId === coordinator };
    } }),
  });
  const api = toNodeListener(handler);
  const planJson = JSON.stringify(plan);

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/api/')) {
      api(req, res);
      return;
    }
    servePage(req, res, url, { publicDir: input.publicDir, plan, planJson, now, coordinator });
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  await new Promise<void>((r) => server.listen(port, host, r));
  const base = `http://${host.includes(':') ? `[${host}]` : host}:${(server.address() as AddressInfo).port}`;

  const out = process.stdout;
  out.write(`Cổng báo cáo DVCQ đang chạy / DVCQ portal running: ${base}\n`);
  out.write(`Dữ liệu / data: ${dataDir} (SQLite, WAL)${fixedNow ? ` · đồng hồ cố định / fixed clock: ${fixedNow}` : ''}\n`);
  out.write(`Mã truy cập thử / demo tokens (${tokens.length}, ${tokensFile}):\n`);
  for (const t of tokens) {
    const u = findUnit(plan, t.unitId);
    const page = t.unitId === coordinator ? 'dashboard' : 'form';
    out.write(`  ${t.unitId.padEnd(28)} ${t.token}  ${base}/${page}#token=${t.token}  ${u?.name.vi ?? ''}${t.unitId === coordinator ? ' (tổng hợp / consolidates)' : ''}\n`);
  }
  out.write(`DVCQ_PORTAL_READY ${base}\n`);

  const stop = () =>
    new Promise<void>((r) => {
      server.close(() => r());
      server.closeAllConnections?.();
    }).then(() => db.close());

  if (smoke) {
    let ok = false;
    try {
      const cal = await fetch(`${base}/api/calendar`);
      const me = await fetch(`${base}/api/me`, { headers: { authorization: `Bearer ${tokens.find((t) => t.unitId === coordinator)?.token ?? ''}` } });
      const page = await fetch(`${base}/`);
      ok = cal.status === 200 && me.status === 200 && page.status === 200 && (await me.json()).readAll === true;
      out.write(`smoke: GET /api/calendar ${cal.status}, GET /api/me ${me.status}, GET / ${page.status} → ${ok ? 'OK' : 'FAILED'}\n`);
    } catch (e) {
      out.write(`smoke: ${e instanceof Error ? e.message : String(e)} → FAILED\n`);
    }
    await stop();
    return ok ? 0 : 1;
  }
  await new Promise<void>((r) => {
    process.once('SIGINT', r);
    process.once('SIGTERM', r);
  });
  await stop();
  return 0;
}

function loadPortalPlan(spec: string | undefined, cwd: string): Plan | string {
  const r = resolvePlanSource(spec, { from: import.meta.url, cwd });
  if (r.ok) return r.value.plan;
  return `DVCQ_PLAN: ${r.issues.slice(0, 3).map((i) => `${i.path ? i.path + ': ' : ''}${i.message}`).join('; ')}`;
}

/** The body that follows up and consolidates: read from the plan (core `planCoordinator`). */
function coordinatorOf(plan: Plan): string {
  return planCoordinator(plan) ?? '';
}

/**
 * Units that owe a report in the plan's year, plus the coordinator, each with one
 * random token. Tokens live in the database so they stay the same across restarts.
 * (A demo: a deployment plugs its own sign-in through the handler's `auth` option.)
 */
function seedTokens(db: Database.Database, plan: Plan): Array<{ unitId: string; token: string }> {
  db.exec(`CREATE TABLE IF NOT EXISTS portal_tokens (unit_id TEXT PRIMARY KEY, token TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL)`);
  const units = new Set<string>();
  for (const o of plan.obligations) if (o.year === plan.year) for (const id of expandUnitIds(plan, o.owedBy)) units.add(id);
  const coordinator = coordinatorOf(plan);
  if (coordinator) units.add(coordinator);
  const insert = db.prepare(`INSERT OR IGNORE INTO portal_tokens (unit_id, token, created_at) VALUES (?, ?, ?)`);
  db.transaction(() => {
    for (const id of units) insert.run(id, randomBytes(24).toString('base64url'), new Date().toISOString());
  })();
  const rows = db.prepare(`SELECT unit_id AS unitId, token FROM portal_tokens`).all() as Array<{ unitId: string; token: string }>;
  const order = [...units];
  return rows.filter((r) => units.has(r.unitId)).sort((a, b) => order.indexOf(a.unitId) - order.indexOf(b.unitId));
}

const STATIC: Record<string, string> = {
  '/static/form.js': 'text/javascript; charset=utf-8',
  '/static/dashboard.js': 'text/javascript; charset=utf-8',
  '/static/portal.css': 'text/css; charset=utf-8',
};

function servePage(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  ctx: { publicDir: string; plan: Plan; planJson: string; now: () => Date; coordinator: string },
): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...SECURITY_HEADERS, allow: 'GET', 'content-type': 'text/plain; charset=utf-8' }).end('405');
    return;
  }
  const type = STATIC[url.pathname];
  if (type) {
    const file = normalize(join(ctx.publicDir, url.pathname.slice('/static/'.length)));
    res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': type, 'cache-control': 'no-cache' }).end(readFileSync(file));
    return;
  }
  if (url.pathname === '/plan.json') {
    res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8' }).end(ctx.planJson);
    return;
  }
  const pages: Record<string, PageKind> = { '/': 'home', '/form': 'form', '/dashboard': 'dashboard' };
  const kind = pages[url.pathname];
  if (!kind) {
    res.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' }).end('404 — Không có trang này / Not found');
    return;
  }
  const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'vi';
  const html = pageHtml(kind, { lang, plan: ctx.plan, calendar: calendarView(ctx.plan, ctx.now()), coordinator: ctx.coordinator, search: url.searchParams });
  res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
}
