// The portal on PostgreSQL (issue 13 §2, §3), as outside checks of the real process:
// 200 concurrent submissions stored once each, SIGKILL under load loses no
// acknowledged report, the database server restarted under load answers 503 in
// Vietnamese (never 500) and the portal reconnects by itself, and reminder e-mails
// sent once each by two portal processes on one database. PostgreSQL is PGlite in
// this process (needs only Node and npm) and, when DVCQ_TEST_DATABASE_URL is set, also
// that server (.ci/run sets it; under CI=true it must be set).
import { hoaBinh2021Plan as plan } from '@dvcq/plan-hoa-binh-2021';
import { join } from 'node:path';
import { STORE_SCHEMA_VERSION, dueStages, exampleReport } from '@dvcq/server';
import { createWorkingCalendar } from '@dvcq/calendar';
import { afterAll, describe, expect, it } from 'vitest';
import { setupTestDatabases } from '../../../packages/server/src/store/testing/databases';
import { startSmtpCapture } from '../../../packages/server/src/store/testing/smtp';
import { type Portal, pool, startPortal, tempDataDir } from './_portal';

const dbs = setupTestDatabases();
const kinds = dbs.names.filter((n) => n !== 'sqlite');
const running: Portal[] = [];
afterAll(async () => {
  for (const p of running.splice(0)) await p.stop();
});
const start = async (dataDir: string, databaseUrl: string, env: Record<string, string> = {}, args: string[] = []) => {
  const p = await startPortal(dataDir, { DVCQ_NOW: '2021-05-10T09:00:00+07:00', DVCQ_DATABASE_URL: databaseUrl, ...env }, args);
  running.push(p);
  return p;
};
const report = (unitId: string, number: number, period = 'semiannual') => exampleReport(plan, unitId, { period, year: 2021, number, date: '2021-05-05', seed: number });
const post = (p: Portal, unit: string, body: unknown) =>
  fetch(`${p.base}/api/reports`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${p.tokens[unit]}` }, body: JSON.stringify(body) });
const listIds = async (p: Portal, query: string) => {
  const r = await fetch(`${p.base}/api/reports?${query}`, { headers: { authorization: `Bearer ${p.tokens['so-noi-vu']}` } });
  expect(r.status).toBe(200);
  return new Set(((await r.json()) as { reports: Array<{ id: string }> }).reports.map((x) => x.id));
};

describe.each(kinds)('portal on PostgreSQL (%s)', (kind) => {
  it('200 concurrent submissions: each stored exactly once; the same report 10 times at once: one 201, nine 409', async () => {
    const p = await start(tempDataDir('pg-load'), dbs.get(kind).freshUrl());
    expect(p.output()).toMatch(/\(PostgreSQL\)/);
    const units = Object.keys(p.tokens).filter((u) => u !== 'so-noi-vu');
    const jobs = Array.from({ length: 200 }, (_, i) => ({ unit: units[i % units.length]!, number: 100 + i }));
    const results = await Promise.all(jobs.map((j) => post(p, j.unit, report(j.unit, j.number)).then(async (r) => ({ status: r.status, id: ((await r.json()) as { id?: string }).id }))));
    expect(results.map((r) => r.status)).toEqual(Array(200).fill(201));
    const stored = await listIds(p, 'period=semiannual&year=2021');
    expect(results.filter((r) => stored.has(r.id!))).toHaveLength(200);
    const same = await Promise.all(Array.from({ length: 10 }, () => post(p, 'so-tu-phap', report('so-tu-phap', 7)).then((r) => r.status)));
    expect(same.sort()).toEqual([201, ...Array(9).fill(409)]);
    await p.stop();
  });

  it('SIGKILL during load loses no acknowledged report', async () => {
    const dataDir = tempDataDir('pg-crash');
    const url = dbs.get(kind).freshUrl();
    const p = await start(dataDir, url);
    const units = Object.keys(p.tokens).filter((u) => u !== 'so-noi-vu');
    const acked: string[] = [];
    let killed: Promise<void> | undefined;
    await pool(
      Array.from({ length: 400 }, (_, i) => i),
      16,
      async (i) => {
        if (killed) return;
        const unit = units[i % units.length]!;
        try {
          const r = await post(p, unit, report(unit, 1 + i, 'annual'));
          if (r.status === 201) acked.push(((await r.json()) as { id: string }).id);
        } catch {
          // the connection died with the process
        }
        if (acked.length >= 60 && !killed) killed = p.kill9();
      },
    );
    await killed;
    expect(p.proc.signalCode).toBe('SIGKILL');
    const again = await start(dataDir, url);
    const stored = await listIds(again, 'period=annual&year=2021');
    expect(acked.length).toBeGreaterThanOrEqual(60);
    expect(acked.filter((id) => !stored.has(id))).toEqual([]);
    await again.stop();
  });
});

describe.each(dbs.names)('a database a newer release upgraded (%s)', (kind) => {
  it('the portal refuses to start, saying why in Vietnamese and English (exit 2)', async () => {
    const dataDir = tempDataDir('too-new');
    const url = kind === 'sqlite' ? `sqlite:${join(dataDir, 'portal.db')}` : dbs.get(kind).freshUrl();
    const first = await start(dataDir, kind === 'sqlite' ? '' : url);
    await first.stop();
    await dbs.get(kind).raw(url, `INSERT INTO dvcq_schema_migrations (version, name, applied_at) VALUES (${STORE_SCHEMA_VERSION + 1}, 'future', 'x')`);
    const err = await startPortal(dataDir, { DVCQ_DATABASE_URL: kind === 'sqlite' ? '' : url }).then(
      (p) => (running.push(p), ''),
      (e: Error) => e.message,
    );
    expect(err).toMatch(/portal exited \(2\) before ready/);
    expect(err).toContain(`Lược đồ cơ sở dữ liệu ở phiên bản ${STORE_SCHEMA_VERSION + 1}, mới hơn phiên bản ${STORE_SCHEMA_VERSION} mà bản DVCQ Kit này biết`);
    expect(err).toContain(`The database schema is at version ${STORE_SCHEMA_VERSION + 1}, newer than version ${STORE_SCHEMA_VERSION}`);
  });
});

describe('portal on PostgreSQL (pglite): the database server restarted under load', () => {
  it('503 with a Vietnamese message while it is down (never 500), 201 again after, without restarting the portal', async () => {
    const p = await start(tempDataDir('pg-restart'), dbs.get('pglite').freshUrl());
    const units = Object.keys(p.tokens).filter((u) => u !== 'so-noi-vu');
    const statuses: number[] = [];
    const bodies: Array<{ error?: { code: string; message: { vi: string } } }> = [];
    let n = 0;
    const burst = (count: number) =>
      Promise.all(
        Array.from({ length: count }, async () => {
          const i = n++;
          const unit = units[i % units.length]!;
          const r = await post(p, unit, report(unit, 5000 + i));
          statuses.push(r.status);
          bodies.push((await r.json()) as (typeof bodies)[number]);
          return r.status;
        }),
      );
    expect(await burst(20)).toEqual(Array(20).fill(201));
    const during = burst(30);
    await new Promise((r) => setTimeout(r, 10));
    await dbs.pglite().stop();
    await during;
    const down = await burst(10);
    expect(down).toEqual(Array(10).fill(503));
    const b = bodies.find((x) => x.error?.code === 'store.unavailable')!;
    expect(b.error!.message.vi).toMatch(/^Cơ sở dữ liệu tạm thời không truy cập được/);
    await dbs.pglite().start();
    let back = 0;
    for (let k = 0; k < 40 && back !== 201; k++) {
      back = (await burst(1))[0]!;
      if (back !== 201) await new Promise((r) => setTimeout(r, 250));
    }
    expect(back).toBe(201);
    expect(await burst(10)).toEqual(Array(10).fill(201));
    expect(statuses.filter((s) => s !== 201 && s !== 503)).toEqual([]);
    await p.stop();
  });
});

describe.each(kinds)('reminder e-mails from two portal processes on one database (%s)', (kind) => {
  it('each owing unit gets each reminder once, on its day, in Vietnamese with English beside', async () => {
    const smtp = await startSmtpCapture();
    const url = dbs.get(kind).freshUrl();
    const env = (now: string) => ({ DVCQ_NOW: now, DVCQ_SMTP_URL: smtp.url, DVCQ_SMTP_FROM: '"Cổng báo cáo" <bao-cao@example.invalid>', DVCQ_PUBLIC_URL: 'https://bao-cao.example.invalid' });
    const owing = dueStages(plan, new Date('2021-05-12T08:00:00+07:00'), { calendar: createWorkingCalendar() })[0]!.owedBy;
    const settle = async (count: number) => {
      for (let k = 0; k < 400 && smtp.mails.length < count; k++) await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 1500)); // and nothing more arrives
    };

    // The day before the first reminder day: the portals start, nothing is sent.
    // (The first one issues the demo tokens and addresses; the second finds them in the database.)
    const a0 = await start(tempDataDir('rem-a'), url, env('2021-05-11T08:00:00+07:00'), ['--demo']);
    const b0 = await start(tempDataDir('rem-b'), url, env('2021-05-11T08:00:00+07:00'), ['--demo']);
    expect(Object.keys(b0.tokens)).toEqual([]);
    expect(a0.output()).toContain('Nhắc hạn / reminders: trong cổng và qua thư điện tử');
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.mails).toHaveLength(0);
    await Promise.all([a0.stop(), b0.stop()]);

    // 5 working days before the last day: both processes, restarted, at once.
    const [a, b] = await Promise.all([start(tempDataDir('rem-a2'), url, env('2021-05-12T08:00:00+07:00')), start(tempDataDir('rem-b2'), url, env('2021-05-12T08:00:00+07:00'))]);
    await settle(owing.length);
    expect(smtp.mails).toHaveLength(owing.length);
    expect(smtp.mails.flatMap((m) => m.to).sort()).toEqual(owing.map((u) => `van-thu.${u}@example.invalid`).sort());
    const m = smtp.mails[0]!.mail;
    expect(m.subject).toMatch(/^\[Nhắc hạn\] Báo cáo 6 tháng năm 2021 .* — còn 5 ngày làm việc \/ \[Reminder\]/);
    expect(m.text).toContain('Hạn nộp: trước ngày 20/5/2021 — hạn cuối 23:59 ngày 19/05/2021');
    expect(m.text).toContain('Nộp báo cáo tại: https://bao-cao.example.invalid/form?period=bc-6-thang-2021%402021');
    expect(m.text!.indexOf('Kính gửi')).toBeLessThan(m.text!.indexOf('— English —'));
    expect(m.attachments[0]!.filename).toMatch(/\.ics$/);
    // In the portal too: the unit's notifications.
    const unit = owing[0]!;
    const notes = (await (await fetch(`${b.base}/api/notifications`, { headers: { authorization: `Bearer ${a0.tokens[unit]}` } })).json()) as { notifications: Array<{ kind: string; title: { vi: string }; link: string }> };
    expect(notes.notifications).toHaveLength(1);
    expect(notes.notifications[0]).toMatchObject({ kind: 'reminder', link: '/form?period=bc-6-thang-2021%402021' });
    expect(notes.notifications[0]!.title.vi).toMatch(/^\[Nhắc hạn\] .* — còn 5 ngày làm việc$/);
    const board = await fetch(`${a.base}/api/reminders`, { headers: { authorization: `Bearer ${a0.tokens['so-noi-vu']}` } });
    expect(board.status).toBe(200);
    expect(((await board.json()) as { counts: Record<string, number> }).counts.sent).toBe(owing.length);
    expect((await fetch(`${a.base}/api/reminders`, { headers: { authorization: `Bearer ${a0.tokens[unit]}` } })).status).toBe(403);
    await Promise.all([a.stop(), b.stop()]);

    // Restarted again the same day: nothing twice.
    const c = await start(tempDataDir('rem-c'), url, env('2021-05-12T15:00:00+07:00'));
    await new Promise((r) => setTimeout(r, 2000));
    expect(smtp.mails).toHaveLength(owing.length);
    await c.stop();

    // 1 working day before: once more each, still from two processes.
    const [d, e] = await Promise.all([start(tempDataDir('rem-d'), url, env('2021-05-18T08:00:00+07:00')), start(tempDataDir('rem-e'), url, env('2021-05-18T08:00:00+07:00'))]);
    await settle(2 * owing.length);
    expect(smtp.mails).toHaveLength(2 * owing.length);
    expect(smtp.mails.slice(owing.length).every((x) => /— còn 1 ngày làm việc \//.test(x.mail.subject ?? ''))).toBe(true);
    const ids = smtp.mails.map((x) => String(x.mail.headers.get('x-dvcq-reminder')));
    expect(new Set(ids).size).toBe(ids.length);
    await Promise.all([d.stop(), e.stop()]);
    await smtp.close();
  });
});
