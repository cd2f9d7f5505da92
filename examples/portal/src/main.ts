// Cổng báo cáo mẫu — the reference portal: units submit their reports, the
// coordinator (the body the plan names to follow up and consolidate) follows
// deadlines and consolidates. Started by ../server.mjs, which bundles it first.
import { type ServerResponse, createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { findUnit } from '@dvcq/core';
import { bearerTokenAuth, createSqliteReportStore, hashedTokenLookup, toNodeListener } from '@dvcq/server';
import { SECURITY_HEADERS, createPortalHandler } from './app';
import { readConfig } from './config';
import { openDatabase, preparePrivateDataDir } from './data';
import { loadPortalCalendar } from './holidays';
import { loadAssets } from './http/assets';
import { loadPortalPlan, signInUnits } from './plan';
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
  const db = openDatabase(config.dataDir);
  const store = createSqliteReportStore(db);
  const tokensFile = join(config.dataDir, 'demo-tokens.json');
  const { tokens, hashes } = await issueTokens(db, signInUnits(loaded), tokensFile, { renew: config.newTokens, coordinator });
  const handler = createPortalHandler({
    plan,
    coordinator,
    store,
    now,
    auth: bearerTokenAuth({ lookup: hashedTokenLookup(hashes) }),
    assets: loadAssets(input.publicDir),
    calendar: cal.calendar,
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
  const coordinatorToken = tokens.find((t) => t.unitId === coordinator)?.token;
  out.write(`Cổng báo cáo DVCQ đang chạy / DVCQ portal running: ${base}\n`);
  out.write(`Kế hoạch / plan: ${plan.id} · ${plan.title.vi}\n`);
  out.write(`Dữ liệu / data: ${config.dataDir} (SQLite, WAL, 0700)${config.fixedNowText ? ` · đồng hồ cố định / fixed clock: ${config.fixedNowText}` : ''}\n`);
  for (const n of cal.notes) out.write(n + '\n');
  out.write(`Mã truy cập thử / demo tokens (${tokens.length}, ${tokensFile}):\n`);
  for (const t of tokens) {
    const u = findUnit(plan, t.unitId);
    const page = t.unitId === coordinator ? 'dashboard' : 'form';
    const shown = t.token ? `${t.token}  ${base}/${page}#token=${t.token}` : '(chỉ còn mã băm; cấp lại bằng --new-tokens / only its hash is kept; reissue with --new-tokens)';
    out.write(`  ${t.unitId.padEnd(28)} ${shown}  ${u?.name.vi ?? ''}${t.unitId === coordinator ? ' (tổng hợp / consolidates)' : ''}\n`);
  }
  out.write(`DVCQ_PORTAL_READY ${base}\n`);

  const stop = () =>
    new Promise<void>((r) => {
      server.close(() => r());
      server.closeAllConnections?.();
    }).then(() => db.close());

  if (config.smoke) {
    let ok = false;
    try {
      const cal = await fetch(`${base}/api/calendar`);
      const me = await fetch(`${base}/api/me`, { headers: { authorization: `Bearer ${coordinatorToken ?? ''}` } });
      const page = await fetch(`${base}/`);
      ok = cal.status === 200 && me.status === 200 && page.status === 200 && ((await me.json()) as { readAll?: boolean }).readAll === true;
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
