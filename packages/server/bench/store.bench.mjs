// Benchmark (not a test): consolidate 10,000 stored reports — read them from the
// store and aggregate them — on each store; budget ≤ 1 s (issue 13 §2).
// Run after `pnpm build`:  pnpm --filter @dvcq/server bench
// Stores: SQLite (a file), PostgreSQL through PGlite (embedded), and the PostgreSQL
// server of DVCQ_TEST_DATABASE_URL when it is set. The plan is widened to 10,000
// owing units (the real ones plus generated departments) so every report counts,
// as in @dvcq/aggregate's benchmark.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aggregate } from '@dvcq/aggregate';
import { hoaBinh2021Plan } from '@dvcq/plan-hoa-binh-2021';
import { exampleReport, openStore } from '../dist/index.js';

const N = Number(process.env.N ?? 10_000);
const base = structuredClone(hoaBinh2021Plan);
const group = base.unitGroups.find((g) => g.id === 'so-ban-nganh');
for (let i = 0; base.orgUnits.length < N + 20; i++) {
  const id = `don-vi-mau-${i}`;
  base.orgUnits.push({ id, name: { vi: `Đơn vị mẫu ${i}`, en: `Sample unit ${i}` }, kind: 'department', symbol: 'SMAU', validFrom: '2021-01-01' });
  group.members.push(id);
}
const owing = [...new Set(base.unitGroups.filter((g) => ['so-ban-nganh', 'ubnd-huyen-thanh-pho'].includes(g.id)).flatMap((g) => g.members))].slice(0, N);
const templates = Array.from({ length: 10 }, (_, i) => exampleReport(hoaBinh2021Plan, 'so-y-te', { period: 'annual', year: 2021, number: 1, seed: i }));
const records = owing.map((u, i) => {
  const report = { ...structuredClone(templates[i % 10]), unitId: u };
  return {
    id: `r${i}`,
    planId: base.id,
    unitId: u,
    period: 'annual',
    year: 2021,
    documentNumber: String(report.document.number),
    receivedAt: i % 5 ? '2021-11-01T08:00:00+07:00' : '2021-11-06T08:00:00+07:00',
    warnings: [],
    report,
  };
});
const opts = { plan: base, period: 'annual', year: 2021, now: '2021-12-01T00:00:00+07:00' };
const bodyBytes = records.reduce((n, r) => n + JSON.stringify(r.report).length, 0);

async function bench(name, url) {
  const opened = await openStore(url, { synchronous: 'NORMAL' });
  if (!opened.ok) throw new Error(`${name}: ${opened.issues[0].message}`);
  const store = opened.value;
  for (let i = 0; i < records.length; i += 200) await Promise.all(records.slice(i, i + 200).map((r) => store.reports.insert(r)));
  const run = async () => aggregate(await store.reports.list({ planId: base.id, period: 'annual', year: 2021, currentOnly: false }), opts);
  await run(); // warm-up
  const times = [];
  const cpus = [];
  let agg;
  for (let k = 0; k < 5; k++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    agg = await run();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1e3);
  }
  await store.close();
  times.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(10)} list + aggregate(${records.length} reports, ${(bodyBytes / 1e6).toFixed(1)} MB JSON): median ${times[2].toFixed(0)} ms wall (best ${times[0].toFixed(0)} ms), ` +
      `median ${cpus[2].toFixed(0)} ms CPU of this process; budget 1000 ms; submitted ${agg.summary.submitted}`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'dvcq-bench-'));
try {
  await bench('SQLite', `sqlite:${join(dir, 'bench.db')}`);
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: 4 });
  await server.start();
  await bench('PGlite', `postgres://postgres@${server.getServerConn()}/postgres?pool_size=1`);
  await server.stop();
  await db.close();
  if (process.env.DVCQ_TEST_DATABASE_URL) {
    const u = new URL(process.env.DVCQ_TEST_DATABASE_URL);
    u.searchParams.set('schema', `bench_${process.pid}`);
    await bench('PostgreSQL', u.toString());
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
