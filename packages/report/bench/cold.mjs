// Cold start (not a test): `node bench/cold.mjs` after `pnpm --filter @dvcq/report build`
// (or as part of `pnpm --filter @dvcq/report bench`). Each run is a fresh `node`
// process that imports the built dist and the plan, then validates one full annual
// report once (the first validation includes compiling the plan's rules). Prints the
// median of RUNS runs for each way of importing. Budget (docs/performance.md): ≤ 50 ms.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.RUNS ?? 11);
const here = fileURLToPath(new URL('.', import.meta.url));
const vector = JSON.parse(readFileSync(new URL('../vectors/valid-final.json', import.meta.url), 'utf8'));
const input = JSON.stringify(JSON.stringify(vector.input));

const scripts = {
  // The main entry: validateReport with the plan (as the README's first example).
  'main entry (@dvcq/report)': `
const t0 = performance.now();
const { validateReport } = await import('../dist/index.js');
const { hoaBinh2021Plan } = await import('@dvcq/plan-hoa-binh-2021');
const t1 = performance.now();
const r = validateReport(${input}, { plan: hoaBinh2021Plan, mode: 'final', now: '${vector.now}' });
const t2 = performance.now();
if (!r.ok) throw new Error('not ok');
console.log(JSON.stringify({ importMs: t1 - t0, firstValidationMs: t2 - t1, totalMs: t2 - t0 }));`,
  // The lean entry: no zod, Vietnamese catalogue (English: @dvcq/report/locales/en).
  'browser entry (@dvcq/report/browser)': `
const t0 = performance.now();
const { compileReport, loadLegacyEncoding, validateReport } = await import('../dist/browser.js');
const { hoaBinh2021Plan } = await import('@dvcq/plan-hoa-binh-2021');
// The legacy-encoding detector, which a page loads after drawing (a chunk of its own).
const legacyEncoding = await loadLegacyEncoding();
const t1 = performance.now();
const r = validateReport(${input}, { plan: compileReport(hoaBinh2021Plan, { legacyEncoding }), mode: 'final', now: Date.parse('${vector.now}') });
const t2 = performance.now();
if (!r.ok) throw new Error('not ok');
console.log(JSON.stringify({ importMs: t1 - t0, firstValidationMs: t2 - t1, totalMs: t2 - t0 }));`,
};

const med = (xs) => +xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(1);
const out = {};
for (const [name, script] of Object.entries(scripts)) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const p = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: here, encoding: 'utf8' });
    if (p.status !== 0) throw new Error(p.stderr);
    runs.push(JSON.parse(p.stdout));
  }
  out[name] = { importMs: med(runs.map((r) => r.importMs)), firstValidationMs: med(runs.map((r) => r.firstValidationMs)), totalMs: med(runs.map((r) => r.totalMs)) };
  const o = out[name];
  console.log(`cold, ${name} (median of ${RUNS} fresh processes): import ${o.importMs} ms + first validation ${o.firstValidationMs} ms = ${o.totalMs} ms (budget ≤ 50 ms: ${o.totalMs <= 50 ? 'met' : 'NOT met'})`);
}
