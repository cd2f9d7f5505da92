#!/usr/bin/env node
// Cổng báo cáo mẫu — reference portal launcher.
//   node examples/portal/server.mjs            (PORT=3000, DVCQ_DATA_DIR=./data)
//   node examples/portal/server.mjs --smoke    (start on a free port, check a few requests, exit 0)
// It bundles the portal from the workspace sources first (./build.mjs), then runs it.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildPortal } from './build.mjs';

const dir = await buildPortal();
const { main } = await import(pathToFileURL(join(dir, 'main.js')).href);
const code = await main({ argv: process.argv.slice(2), env: process.env, publicDir: join(dir, 'public'), cwd: process.cwd() });
if (typeof code === 'number') process.exit(code);
