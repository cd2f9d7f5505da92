// The server killed with SIGKILL during load: every report that got a 201 is there
// after a restart (SQLite WAL, synchronous=FULL, commit before the answer).
import { hoaBinh2021Plan as plan } from '@dvcq/plan-hoa-binh-2021';
import { exampleReport } from '@dvcq/server';
import { afterAll, describe, expect, it } from 'vitest';
import { type Portal, pool, startPortal, tempDataDir } from './_portal';

let portal: Portal | undefined;
afterAll(async () => {
  await portal?.stop();
});

describe('crash safety', () => {
  it('SIGKILL during load loses no acknowledged report', async () => {
    const dataDir = tempDataDir('crash');
    portal = await startPortal(dataDir, { DVCQ_NOW: '2021-05-10T09:00:00+07:00' });
    const p = portal;
    const units = Object.keys(p.tokens);
    const jobs = Array.from({ length: 600 }, (_, i) => ({ unit: units[i % units.length]!, number: 1 + i }));
    const acked: string[] = [];
    let failures = 0;
    let killed: Promise<void> | undefined;
    await pool(jobs, 16, async (j) => {
      if (killed) return;
      try {
        const r = await fetch(`${p.base}/api/reports`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${p.tokens[j.unit]}` },
          body: JSON.stringify(exampleReport(plan, j.unit, { period: 'annual', year: 2021, number: j.number, date: '2021-05-05' })),
        });
        if (r.status === 201) acked.push(((await r.json()) as { id: string }).id);
      } catch {
        failures++;
      }
      if (acked.length >= 80 && !killed) killed = p.kill9();
    });
    await killed;
    expect(p.proc.signalCode).toBe('SIGKILL');
    expect(acked.length).toBeGreaterThanOrEqual(80);
    portal = await startPortal(dataDir, { DVCQ_NOW: '2021-05-10T09:00:00+07:00' });
    const snv = portal.tokens['so-noi-vu']!;
    const list = (await (await fetch(`${portal.base}/api/reports?period=annual&year=2021`, { headers: { authorization: `Bearer ${snv}` } })).json()) as { reports: Array<{ id: string }> };
    const storedIds = new Set(list.reports.map((r) => r.id));
    const lost = acked.filter((id) => !storedIds.has(id));
    expect(lost).toEqual([]);
    for (const id of acked.slice(0, 5)) expect((await fetch(`${portal.base}/api/reports/${id}`, { headers: { authorization: `Bearer ${snv}` } })).status).toBe(200);
    expect(failures + acked.length).toBeGreaterThan(0);
  });
});
