#!/usr/bin/env node
// The CLI tour: builds the packages, then shows the plan, its cited documents and
// its reporting calendar through the real `dvcq` binary.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const execpath = process.env.npm_execpath ?? '';
const pnpm = /pnpm/.test(execpath) ? (/\.[cm]?js$/.test(execpath) ? [process.execPath, execpath] : [execpath]) : ['npx', '-y', 'pnpm@12.4.2'];
const step = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 2);
};
step(pnpm[0], [...pnpm.slice(1), 'run', 'build']);
const dvcq = join(root, 'packages', 'cli', 'dist', 'bin.js');
for (const args of [['plan'], ['refs'], ['calendar', '--at', new Date().toISOString()]]) {
  console.log(`\n$ dvcq ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [dvcq, ...args], { cwd: root, stdio: 'inherit' });
  if (r.status === 2) process.exit(2);
}
