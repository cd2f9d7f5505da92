// Benchmark (not a test): aggregate 10,000 reports, budget ≤ 1 s (docs/performance.md).
// Run after `pnpm build`:  node packages/aggregate/bench/aggregate.bench.mjs
// To make every report count (indicators and tasks, not only "superseded"), the
// plan is widened to 10,000 owing units: the 28 real ones plus generated departments.
import { aggregate } from '../dist/index.js';
import { sampleReport } from '@dvcq/report/testing';
import { hoaBinh2021Plan } from '@dvcq/plan-hoa-binh-2021';

const N = Number(process.env.N ?? 10_000);
const base = structuredClone(hoaBinh2021Plan);
const group = base.unitGroups.find((g) => g.id === 'so-ban-nganh');
for (let i = 0; base.orgUnits.length < N + 20; i++) {
  const id = `don-vi-mau-${i}`;
  base.orgUnits.push({ id, name: { vi: `Đơn vị mẫu ${i}`, en: `Sample unit ${i}` }, kind: 'department', symbol: 'SMAU', validFrom: '2021-01-01' });
  group.members.push(id);
}
const owing = [...new Set(base.unitGroups.filter((g) => ['so-ban-nganh', 'ubnd-huyen-thanh-pho'].includes(g.id)).flatMap((g) => g.members))].slice(0, N);
// Tasks assigned to the group now apply to the generated units too.
// Build 10 template reports from the real plan, then give each unit a copy (building
// each one through tasksForUnit on a 10,000-unit plan would dominate the run).
const templates = Array.from({ length: 10 }, (_, i) => sampleReport(hoaBinh2021Plan, 'so-y-te', { period: 'annual', year: 2021, number: 1, seed: i }));
const inputs = owing.map((u, i) => ({
  report: { ...structuredClone(templates[i % 10]), unitId: u },
  receivedAt: i % 5 ? '2021-11-01T08:00:00+07:00' : '2021-11-06T08:00:00+07:00',
  id: `r${i}`,
}));
const opts = { plan: base, period: 'annual', year: 2021, now: '2021-12-01T00:00:00+07:00' };
aggregate(inputs.slice(0, 500), opts); // warm-up
// Wall time, and CPU time of this process (user + system): on a machine shared with
// other work the CPU time shows the cost of the code, the wall time what a user waits.
const times = [];
const cpus = [];
let agg;
for (let k = 0; k < 5; k++) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  agg = aggregate(inputs, opts);
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  const c = process.cpuUsage(c0);
  cpus.push((c.user + c.system) / 1e3);
}
times.sort((a, b) => a - b);
cpus.sort((a, b) => a - b);
console.log(
  `aggregate(${inputs.length} reports): median ${times[2].toFixed(0)} ms wall (best ${times[0].toFixed(0)} ms), median ${cpus[2].toFixed(0)} ms CPU; budget 1000 ms; ` +
    `submitted ${agg.summary.submitted}, late ${agg.summary.late}, tasks ${agg.tasks.length}, indicators ${agg.indicators.length}`,
);
