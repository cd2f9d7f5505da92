// The database server restarted while reports arrive: requests meanwhile get 503
// with a Vietnamese message (never 500, never a lost 201), and the store
// reconnects by itself — no restart of the application. PostgreSQL through
// PGlite (its socket server stopped and started again on the same port).
import { hoaBinh2021Plan as plan } from '@dvcq/plan-hoa-binh-2021';
import { describe, expect, it } from 'vitest';
import { exampleReport } from '../example/example-report';
import { bearerTokenAuth } from '../http/auth';
import { createReportHandler } from '../http/handler';
import { mustOpen, setupTestDatabases } from './testing/databases';

const dbs = setupTestDatabases();
const units = plan.orgUnits.filter((u) => u.kind === 'department').map((u) => u.id);

describe('database restart under load (PGlite)', () => {
  it('503 with a Vietnamese message while it is down, 201 again after, nothing acknowledged is lost', async () => {
    const pglite = dbs.pglite();
    const store = await mustOpen(dbs.get('pglite').freshUrl());
    const handler = createReportHandler({
      plan,
      store: store.reports,
      auth: bearerTokenAuth({ lookup: (t) => ({ unitId: t }) }),
      now: () => new Date('2021-05-10T09:00:00+07:00'),
    });
    const submit = async (i: number) => {
      const unit = units[i % units.length]!;
      const body = JSON.stringify(exampleReport(plan, unit, { period: 'semiannual', year: 2021, number: 1000 + i, date: '2021-05-05' }));
      const res = await handler(new Request('http://portal/api/reports', { method: 'POST', body, headers: { authorization: `Bearer ${unit}`, 'content-type': 'application/json' } }));
      return { status: res.status, body: (await res.json()) as { id?: string; error?: { code: string; message: { vi: string; en: string } } }, retryAfter: res.headers.get('retry-after') };
    };
    const results: Array<Awaited<ReturnType<typeof submit>>> = [];
    let i = 0;
    const load = async (count: number) => {
      const batch = await Promise.all(Array.from({ length: count }, () => submit(i++)));
      results.push(...batch);
      return batch;
    };
    expect((await load(20)).every((r) => r.status === 201)).toBe(true);
    // Down in the middle of a batch.
    const during = load(20);
    await new Promise((r) => setTimeout(r, 5));
    await pglite.stop();
    await during;
    const down = await load(10);
    expect(down.map((r) => r.status)).toEqual(Array(10).fill(503));
    expect(down[0]!.body.error!.code).toBe('store.unavailable');
    expect(down[0]!.body.error!.message.vi).toMatch(/^Cơ sở dữ liệu tạm thời không truy cập được/);
    expect(down[0]!.retryAfter).toBe('5');
    await pglite.start();
    // The pool reconnects by itself: within a few attempts, reports are stored again.
    let back = false;
    for (let k = 0; k < 20 && !back; k++) {
      back = (await load(1))[0]!.status === 201;
      if (!back) await new Promise((r) => setTimeout(r, 250));
    }
    expect(back).toBe(true);
    expect((await load(10)).every((r) => r.status === 201)).toBe(true);
    expect(results.filter((r) => r.status !== 201 && r.status !== 503)).toEqual([]);
    const acked = results.filter((r) => r.status === 201).map((r) => r.body.id!);
    const stored = new Set((await store.reports.list({ currentOnly: false })).map((r) => r.id));
    expect(acked.filter((id) => !stored.has(id))).toEqual([]);
    await store.close();
  });
});
