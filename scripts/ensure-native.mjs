#!/usr/bin/env node
// Root postinstall: makes sure better-sqlite3 (the portal's embedded database)
// has its native binding.
//
// Why not let pnpm build it: better-sqlite3's install script first tries to
// download a prebuilt binary, then runs node-gyp, which downloads Node's headers
// — both downloads are impossible on machines that only reach the npm registry,
// and pnpm 12 does not pass npm's `nodedir` setting to node-gyp. So pnpm skips
// the build (`allowBuilds: better-sqlite3: false` in pnpm-workspace.yaml) and this
// script builds it with npm, which uses the headers next to the running Node
// (`<prefix>/include/node`) when they are there, and npm's own configuration
// (including a global `nodedir`) otherwise.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const consumer = join(root, 'examples', 'portal', 'package.json');
if (!existsSync(consumer)) process.exit(0);

let pkgDir;
try {
  pkgDir = dirname(createRequire(consumer).resolve('better-sqlite3/package.json'));
} catch {
  process.exit(0); // not installed (e.g. a filtered install): nothing to do
}

// Load it in a child process: a missing or wrong binding must not crash this one.
const works = () =>
  spawnSync(process.execPath, ['-e', `new (require(${JSON.stringify(pkgDir)}))(':memory:').prepare('select 1').get()`], { stdio: 'ignore' }).status === 0;

if (works()) process.exit(0);

console.log('better-sqlite3: đang biên dịch thư viện gốc (khoảng 1 phút) / building the native binding (about a minute)…');
const prefix = dirname(dirname(process.execPath));
const env = { ...process.env };
if (existsSync(join(prefix, 'include', 'node', 'node.h'))) env.npm_config_nodedir = prefix;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const r = spawnSync(npm, ['run', 'build-release', '--', '--jobs=max'], { cwd: pkgDir, stdio: ['ignore', 'pipe', 'pipe'], env, maxBuffer: 64 * 1024 * 1024 });
if (r.status !== 0 || !works()) {
  // Compiler output only matters when the build failed.
  process.stderr.write(String(r.stdout ?? '') + String(r.stderr ?? ''));
  console.error(
    'better-sqlite3: không biên dịch được. Cần python3, make, g++ và tệp tiêu đề của Node.js (ví dụ gói Debian nodejs/libnode-dev).\n' +
      'better-sqlite3: build failed. It needs python3, make, g++ and the Node.js headers.',
  );
  process.exit(1);
}
console.log('better-sqlite3: xong / done.');
