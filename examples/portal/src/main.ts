// Cổng báo cáo mẫu — the reference portal: units submit their reports, the
// coordinator (the body the plan names to follow up and consolidate) follows
// deadlines and consolidates. Started by ../server.mjs, which bundles it first.
import { type ServerResponse, createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { findUnit } from '@dvcq/core';
import { formatInstant } from '@dvcq/calendar';
import {
  type Mailer,
  type PublishedPlan,
  type ReminderScheduler,
  type Store,
  ROLE_LABELS,
  createSmtpMailer,
  demoEmail,
  openSqliteStore,
  openStore,
  parseStoreAddress,
  seedPlan,
  startReminders,
  toNodeListener,
} from '@dvcq/server';
import { createAccounts } from './accounts';
import { SECURITY_HEADERS, createPortalHandler } from './app';
import { type DemoAccount, demoAccountsFor, ensureDemoAccounts, ensureFirstAdmin } from './demo';
import { readConfig } from './config';
import { openDatabase, preparePrivateDataDir } from './data';
import { loadPortalCalendar } from './holidays';
import { loadAssets } from './http/assets';
import { loadPortalPlan, owingUnits, signInUnits } from './plan';
import { planAdminRoutes, sessionAuth } from './plan-admin';
import { type PlanCatalog, createPlanCatalog } from './plans';
import { issueTokens } from './tokens';

/** Khởi động — what the launcher passes in. */
export interface MainInput {
  argv: string[];
  env: Record<string, string | undefined>;
  publicDir: string;
  cwd: string;
}

/**
 * Chạy cổng — checks the settings, opens the private data folder and database,
 * issues tokens, serves pages and the API.
 * @returns an exit code (2 for bad settings; in smoke mode 0/1); otherwise resolves on SIGINT/SIGTERM
 */
export async function main(input: MainInput): Promise<number | undefined> {
  const err = process.stderr;
  const config = readConfig(input.env, input.argv, input.cwd);
  if ('error' in config) {
    err.write(config.error + '\n');
    return 2;
  }
  const loaded = loadPortalPlan(config.plan, input.cwd);
  if ('error' in loaded) {
    err.write(loaded.error + '\n');
    return 2;
  }
  const { plan, coordinator } = loaded;
  const cal = loadPortalCalendar(config.holidays);
  if (!cal.ok) {
    for (const e of cal.errors) err.write(e + '\n');
    return 2;
  }
  const now = config.fixedNow === undefined ? () => new Date() : () => new Date(config.fixedNow!);

  for (const w of preparePrivateDataDir(config.dataDir)) err.write(`⚠ ${w}\n`);
  // The store: PostgreSQL when DVCQ_DATABASE_URL is set, else SQLite portal.db in the data folder
  // (created 0600 first, so SQLite's -wal and -shm files are 0600 too). Migrations run here.
  let store: Store;
  let legacy: ReturnType<typeof openDatabase> | undefined;
  if (config.databaseUrl !== undefined) {
    const opened = await openStore(config.databaseUrl);
    if (!opened.ok) {
      const i = opened.issues[0]!;
      err.write(`DVCQ_DATABASE_URL (${parseStoreAddress(config.databaseUrl).value?.display ?? ''}): ${i.text.vi} / ${i.text.en}\n`);
      return 2;
    }
    store = opened.value;
  } else {
    const db = openDatabase(config.dataDir);
    const opened = openSqliteStore(db, { closeDatabase: true });
    if (!opened.ok) {
      const i = opened.issues[0]!;
      err.write(`${join(config.dataDir, 'portal.db')}: ${i.text.vi} / ${i.text.en}\n`);
      db.close();
      return 2;
    }
    store = opened.value;
    legacy = db;
  }
  let mailer: Mailer | undefined;
  if (config.smtpUrl !== undefined) {
    const m = await createSmtpMailer(config.smtpUrl);
    if (!m.ok) {
      err.write(`DVCQ_SMTP_URL: ${m.issues[0]!.message}\n`);
      await store.close();
      return 2;
    }
    mailer = m.value;
  }
  // The plan registry: the configured plan (DVCQ_PLAN or the bundled one) is seeded at start;
  // the portal serves every published plan (the administrator publishes more at /admin/plans).
  let catalog: PlanCatalog;
  try {
    const seeded = await seedPlan(store.plans, plan, { ...(config.plan !== undefined ? { spec: config.plan } : {}), at: formatInstant(now()) });
    if (seeded.action === 'replaced') err.write(`Kế hoạch ${plan.id} đã thay bằng bản mới của cấu hình / plan ${plan.id} replaced by the configured file's new content\n`);
    catalog = await createPlanCatalog(store.plans, { onSkipped: (t) => err.write(`⚠ ${t}\n`), calendar: cal.calendar });
    if (catalog.list().length === 0) {
      err.write('Không có kế hoạch nào cổng phục vụ được (xem cảnh báo ở trên) / no plan the portal can serve (see the warnings above)\n');
      await store.close();
      return 2;
    }
  } catch (e) {
    err.write(`${e instanceof Error ? e.message : String(e)}\n`);
    await store.close();
    return 2;
  }
  // Demo API keys (one per unit, for trying the API with curl) only with --demo; plain tokens of
  // an older release are hashed into API keys whatever the flags.
  const tokensFile = join(config.dataDir, 'demo-api-keys.json');
  const accountsFile = join(config.dataDir, 'demo-accounts.json');
  const units = signInUnits(loaded);
  let tokens: Awaited<ReturnType<typeof issueTokens>>['tokens'];
  let accountsShown: DemoAccount[] = [];
  try {
    ({ tokens } = await issueTokens(store, config.demo ? units : [], tokensFile, { renew: config.newTokens, coordinator, now: formatInstant(now()), ...(legacy ? { legacy } : {}) }));
    if (config.demo) {
      accountsShown = await ensureDemoAccounts(store, demoAccountsFor(plan, coordinator, owingUnits(loaded)), accountsFile, { now: now(), renew: config.newTokens });
      // Demo addresses on the reserved example.invalid domain (RFC 2606): never a real mailbox.
      for (const unitId of units) if ((await store.contacts.get(unitId)).length === 0) await store.contacts.set(unitId, [{ email: demoEmail(unitId) }], formatInstant(now()));
    } else {
      const first = await ensureFirstAdmin(store, coordinator, accountsFile, now());
      if (first) accountsShown = [first];
    }
  } catch (e) {
    err.write(`${e instanceof Error ? e.message : String(e)}\n`);
    await store.close();
    return 2;
  }
  // Each request reads the database: a new password, a revoked key or a disabled account acts at once.
  // A unit signs in to the plans it belongs to; the plan (not the key) says who consolidates.
  const publicUrl0 = config.publicUrl;
  const unitsOf = (served: { plan: typeof plan; coordinator: string }) => new Set(signInUnits(served));
  const accounts = createAccounts({
    store,
    now,
    units: () => new Set(catalog.list().flatMap((p) => [...unitsOf(p)])),
    coordinator: () => catalog.list()[0]?.coordinator ?? coordinator,
    secureCookies: publicUrl0 !== undefined && /^https:/i.test(publicUrl0),
    ...(publicUrl0 !== undefined ? { publicOrigin: new URL(publicUrl0).origin } : {}),
  });
  const handler = createPortalHandler({
    plans: catalog,
    store: store.reports,
    now,
    auth: (served) => accounts.authFor({ coordinator: served.coordinator, units: unitsOf(served) }),
    accounts,
    assets: loadAssets(input.publicDir),
    calendar: cal.calendar,
    fullStore: store,
    // Plan administration (/admin/plans): administrators signed in with a session, whatever the plan.
    globalRoutes: (helpers) => planAdminRoutes({ store, auth: sessionAuth(accounts), plans: catalog, now, helpers }),
  });

  const server = createServer(toNodeListener(handler));
  // Requests Node's parser refuses (bad request line, header too large…) still get an answer.
  server.on('clientError', (e: NodeJS.ErrnoException, socket: Socket) => {
    if (e.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = e.code === 'HPE_HEADER_OVERFLOW';
    const body = tooLarge ? '431 — Tiêu đề quá lớn / Request headers too large\n' : '400 — Yêu cầu không hợp lệ / Bad request\n';
    socket.end(`HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`);
  });
  // CONNECT (proxy tunnels) is not served: answer instead of dropping the connection.
  server.on('connect', (_req, socket: Socket) => {
    const body = '405 — Phương thức không được hỗ trợ / Method not supported\n';
    socket.end(`HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD, POST\r\nContent-Type: text/plain; charset=utf-8\r\nX-Content-Type-Options: nosniff\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  });
  // An Expect other than 100-continue (RFC 9110 §10.1.1): 417, with the same headers as every answer.
  server.on('checkExpectation', (_req, res: ServerResponse) => {
    res.writeHead(417, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
    res.end('417 — Không đáp ứng được tiêu đề Expect / Expectation failed\n');
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  await new Promise<void>((r) => server.listen(config.port, config.host, r));
  const base = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${(server.address() as AddressInfo).port}`;

  const out = process.stdout;
  out.write(`Cổng báo cáo DVCQ đang chạy / DVCQ portal running: ${base}\n`);
  for (const [i, p] of catalog.list().entries()) out.write(`Kế hoạch / plan: ${p.plan.id} · ${p.plan.title.vi}${i === 0 && catalog.list().length > 1 ? ' (mặc định / default)' : ''}\n`);
  const where =
    config.databaseUrl !== undefined
      ? `${parseStoreAddress(config.databaseUrl).value?.display ?? ''} (PostgreSQL)`
      : `${join(config.dataDir, 'portal.db')} (SQLite, WAL, 0700)`;
  out.write(`Dữ liệu / data: ${where}${config.fixedNowText ? ` · đồng hồ cố định / fixed clock: ${config.fixedNowText}` : ''}\n`);
  const publicUrl = config.publicUrl ?? base;
  out.write(
    mailer
      ? `Nhắc hạn / reminders: trong cổng và qua thư điện tử (${config.smtpUrl!.replace(/^([a-z]+:\/\/[^:/@]*:)[^@]*@/i, '$1***@')}, từ / from ${config.smtpFrom}), liên kết / links ${publicUrl}\n`
      : `Nhắc hạn / reminders: trong cổng (đặt DVCQ_SMTP_URL để gửi cả thư điện tử / set DVCQ_SMTP_URL to send e-mail too)\n`,
  );
  for (const n of cal.notes) out.write(n + '\n');
  if (accountsShown.length > 0) {
    out.write(
      config.demo
        ? `Tài khoản thử / demo accounts (${accountsShown.length}, ${accountsFile}) — đăng nhập tại / sign in at ${base}/login:\n`
        : `Tài khoản quản trị đầu tiên / first administrator account (${accountsFile}) — đăng nhập tại / sign in at ${base}/login, đổi mật khẩu ngay / change the password at once:\n`,
    );
    for (const a of accountsShown) {
      out.write(`  ${a.login.padEnd(30)} ${(a.password ?? '(chỉ còn mã băm; cấp lại bằng --new-tokens / only its hash is kept; renew with --new-tokens)').padEnd(20)} ${ROLE_LABELS[a.role].vi} · ${findUnit(plan, a.unitId)?.name.vi ?? a.unitId}\n`);
    }
  }
  if (tokens.length > 0) {
    out.write(`Khóa API thử / demo API keys (${tokens.length}, ${tokensFile}) — curl -H "Authorization: Bearer <khóa / key>" ${base}/api/me:\n`);
    for (const t of tokens) out.write(`  ${t.unitId.padEnd(30)} ${t.token ?? '(chỉ còn mã băm / only its hash is kept)'}\n`);
  }
  out.write(`DVCQ_PORTAL_READY ${base}\n`);

  // Reminders, for each published plan: a pass now and every interval; several portal processes
  // on one database send each once. A plan published later gets its own; a withdrawn one stops.
  const reminders = new Map<string, ReminderScheduler>();
  const remind = (served: PublishedPlan): ReminderScheduler =>
    startReminders({
        store,
        plan: served.plan,
        baseUrl: publicUrl,
        ...(mailer ? { mailer, from: config.smtpFrom! } : {}),
        now,
        calendar: cal.calendar,
        intervalMs: config.reminderIntervalMs,
        onRun: (r) => {
          if (r.notified || r.sent || r.retrying || r.failed) {
            out.write(`Nhắc hạn / reminders ${r.at}: ${r.notified} thông báo / notices, ${r.sent} thư đã gửi / sent, ${r.retrying} gửi lại sau / to retry, ${r.failed} thất bại / failed\n`);
          }
        },
        onError: (e) => err.write(`Nhắc hạn / reminders: ${e instanceof Error ? e.message : String(e)}\n`),
      });
  const syncReminders = (plans: readonly PublishedPlan[]) => {
    if (config.smoke) return;
    const keep = new Set(plans.map((p) => p.entry.key));
    for (const [k, r] of reminders) if (!keep.has(k)) (reminders.delete(k), void r.stop());
    for (const p of plans) if (!reminders.has(p.entry.key)) reminders.set(p.entry.key, remind(p));
  };
  syncReminders(catalog.list());
  catalog.onChange(syncReminders);

  const stop = async () => {
    await new Promise<void>((r) => {
      server.close(() => r());
      server.closeAllConnections?.();
    });
    await Promise.all([...reminders.values()].map((r) => r.stop()));
    await mailer?.close?.();
    await store.close();
  };

  if (config.smoke) {
    let ok = false;
    try {
      const cal = await fetch(`${base}/api/calendar`);
      const me = await fetch(`${base}/api/me`);
      const page = await fetch(`${base}/`);
      const login = await fetch(`${base}/login`);
      ok = cal.status === 200 && me.status === 401 && page.status === 200 && login.status === 200;
      out.write(`smoke: GET /api/calendar ${cal.status}, GET /api/me ${me.status} (401 expected), GET / ${page.status}, GET /login ${login.status} → ${ok ? 'OK' : 'FAILED'}\n`);
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
