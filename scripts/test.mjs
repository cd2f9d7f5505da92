#!/usr/bin/env node
// The one test command (README + .ci/run): build every package, run every test
// (vitest, incl. packaging checks publint --strict / attw --pack and browser tests),
// run the time-zone-sensitive suites again under other host time zones (and the portal's
// suites against PostgreSQL when DVCQ_TEST_DATABASE_URL names a server), then print
// one line "N passed, N failed" read from vitest's JSON reports — so a run that
// executed no test is visible to CI.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, '.test-results');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

// pnpm is not assumed to be installed globally: use the pnpm that runs this
// script (npm_execpath; pnpm 12 ships a native binary), else fetch it with npx.
const execpath = process.env.npm_execpath ?? '';
const pnpmCmd = /pnpm/.test(execpath)
  ? /\.[cm]?js$/.test(execpath) ? [process.execPath, [execpath]] : [execpath, []]
  : ['npx', ['-y', 'pnpm@12.4.2']];

console.log('== build (tsup) ==');
const buildStatus = run(pnpmCmd[0], [...pnpmCmd[1], 'run', 'build']);
if (buildStatus !== 0) {
  console.log('0 passed, 1 failed');
  console.error('build failed');
  process.exit(1);
}

const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const runs = [
  { name: 'all', args: [], env: {} },
  // Deadlines and holidays must not depend on the host's time zone (docs/domain.md#deadlines).
  { name: 'tz-new-york', args: ['packages/calendar', 'packages/report'], env: { TZ: 'America/New_York' } },
  { name: 'tz-utc', args: ['packages/calendar'], env: { TZ: 'UTC' } },
];
// With a real PostgreSQL server (CI sets DVCQ_TEST_DATABASE_URL), every outside check of the
// portal runs again against it — the same tests, the PostgreSQL store instead of SQLite.
if (process.env.DVCQ_TEST_DATABASE_URL)
  runs.push({ name: 'portal-postgresql', args: ['examples/portal'], env: { DVCQ_PORTAL_TEST_DATABASE_URL: process.env.DVCQ_TEST_DATABASE_URL } });
let passed = 0;
let failed = 0;
let worst = 0;
for (const r of runs) {
  if (r.args.length && !r.args.some((p) => existsSync(join(root, p)))) continue;
  console.log(`== vitest (${r.name}) ==`);
  const file = join(out, `vitest-${r.name}.json`);
  const status = run(process.execPath, [vitest, 'run', ...r.args, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], r.env);
  if (status !== 0) worst = status;
  if (!existsSync(file)) {
    failed += 1;
    console.error(`no JSON report from vitest (${r.name})`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  // A suite that failed to load (syntax error, missing module) has no tests: count it.
  for (const s of report.testResults ?? []) if (s.status === 'failed' && (s.assertionResults ?? []).length === 0) failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || worst !== 0 || passed === 0 ? 1 : 0);
