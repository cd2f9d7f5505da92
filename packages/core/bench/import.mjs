#!/usr/bin/env node
// Benchmark (not a test): cold import of @dvcq/core's built main entry, as a Node program
// pays it at start. Median of RUNS fresh processes; each process measures from just before
// `import()` to its end, so Node's own start-up is not counted. Budget ≤ 15 ms
// (docs/performance.md). Run after `pnpm build`: `node packages/core/bench/import.mjs`.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.RUNS ?? 21);
const entries = {
  '@dvcq/core (main, zod-free)': fileURLToPath(new URL('../dist/index.js', import.meta.url)),
  '@dvcq/core/zod (schemas + loadPlan)': fileURLToPath(new URL('../dist/zod.js', import.meta.url)),
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [name, file] of Object.entries(entries)) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const code = `const t=performance.now();await import(${JSON.stringify(file)});process.stdout.write(String(performance.now()-t))`;
    times.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' })));
  }
  console.log(`${name}: median ${median(times).toFixed(1)} ms, min ${Math.min(...times).toFixed(1)} ms (${RUNS} fresh processes)`);
}
