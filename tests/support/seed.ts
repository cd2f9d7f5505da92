// Test support: the seed plan (Hòa Bình 2021) read at test time from
// `<workspace>/../shared/seed/` — the source of truth, never copied into the repo.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** File name of the seed plan in `../shared/seed/`. */
export const SEED_FILE = '000_a9ee7a222427fd03.txt';

/** Walks up from this file to the workspace root, then looks in `<root>/../shared/seed/`. */
export function seedPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) {
      const candidate = join(dir, '..', 'shared', 'seed', SEED_FILE);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`Seed plan ${SEED_FILE} not found in <workspace>/../shared/seed/ — the seed tests need it.`);
}

/** The seed plan text, verbatim. */
export function readSeed(): string {
  return readFileSync(seedPath(), 'utf8');
}
