#!/usr/bin/env node
// `pnpm generate` — rewrites every generated file of the repository (plan JSON Schema,
// report JSON Schemas, rules.json, CONTRACT.md, vectors, form plan views, .d.ts…).
// Each generated file has a sync test beside its generator that compares the committed
// file with a fresh generation, and writes it when DVCQ_UPDATE=1: this script runs exactly
// those tests (every test file that reads DVCQ_UPDATE) in update mode, so the test command
// (which runs them without it) fails whenever a committed file is stale.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const found = [];
const walk = (d) => {
  for (const e of readdirSync(d)) {
    if (e === 'node_modules' || e === 'dist' || e.startsWith('.')) continue;
    const f = join(d, e);
    if (statSync(f).isDirectory()) walk(f);
    else if (/\.test\.tsx?$/.test(e) && readFileSync(f, 'utf8').includes('DVCQ_UPDATE')) found.push(relative(root, f));
  }
};
for (const top of ['packages', 'examples', 'tests']) walk(join(root, top));
console.log(`generate: ${found.length} generators\n  ${found.join('\n  ')}`);
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const r = spawnSync(process.execPath, [vitest, 'run', ...found], { cwd: root, stdio: 'inherit', env: { ...process.env, DVCQ_UPDATE: '1' } });
process.exit(r.status ?? 1);
