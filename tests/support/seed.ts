// Test support: the seed plan (Hòa Bình 2021) — the plan's source document, kept in the
// repository as data beside the plan it encodes:
// packages/plan-hoa-binh-2021/source/ (provenance in that folder's README.md).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** File name of the seed plan in `packages/plan-hoa-binh-2021/source/`. */
export const SEED_FILE = 'ke-hoach-dan-van-chinh-quyen-2021.md';

/** The seed's folder, relative to the repository root. */
export const SEED_DIR = join('packages', 'plan-hoa-binh-2021', 'source');

/** Walks up from this file to the workspace root (the folder holding `pnpm-workspace.yaml`). */
function _workspaceRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    // A programmer error: this file lives inside the workspace.
    if (parent === dir) throw new Error('workspace root (pnpm-workspace.yaml) not found above tests/support');
    dir = parent;
  }
  return dir;
}

/** Absolute path of the seed plan inside the repository. */
export function seedPath(): string {
  return join(_workspaceRoot(), SEED_DIR, SEED_FILE);
}

/** The seed plan text, verbatim (UTF-8, as stored). */
export function readSeed(): string {
  return readFileSync(seedPath(), 'utf8');
}
