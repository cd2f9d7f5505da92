// Mã truy cập thử — the demo sign-in: one random token per unit that owes a report
// (and the coordinator). The database keeps only each token's SHA-256 hash
// (`hashAccessToken` of @dvcq/server explains why a plain hash fits 192-bit random
// tokens); the tokens themselves exist only in the 0600 file demo-tokens.json, the
// demo's way of handing them out. A deployment plugs its own sign-in in instead.
import type Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { type HashedAccessToken, type Principal, hashAccessToken } from '@dvcq/server';
import { writePrivateFile } from './data';

/** Mã của một đơn vị — a unit's token; `token` is absent when only its hash is known. */
export interface IssuedToken {
  unitId: string;
  token?: string;
}

const _TABLE = `CREATE TABLE IF NOT EXISTS portal_access_tokens (
  unit_id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
)`;

/**
 * Cấp mã truy cập — makes sure each unit has a token: new units get one; with
 * `renew` every unit gets a new one. Tokens of an older version stored in plain
 * text (table `portal_tokens`) are hashed and the plain copies deleted.
 * The plain tokens known (new ones, and those in `tokensFile` whose hash matches)
 * are written back to `tokensFile` (0600).
 * @returns the tokens in `units` order, and the hashes to authenticate with
 */
export async function issueTokens(
  db: Database.Database,
  units: readonly string[],
  tokensFile: string,
  options: { renew: boolean; coordinator: string },
): Promise<{ tokens: IssuedToken[]; hashes: HashedAccessToken[] }> {
  db.exec(_TABLE);
  const known = new Map<string, string>(); // unitId → plain token (this start only)
  if (existsSync(tokensFile)) {
    try {
      const saved = JSON.parse(readFileSync(tokensFile, 'utf8')) as unknown;
      if (saved && typeof saved === 'object') for (const [u, t] of Object.entries(saved)) if (typeof t === 'string') known.set(u, t);
    } catch {
      // unreadable: the hashes in the database still hold; new tokens can be issued with --new-tokens
    }
  }
  const insert = db.prepare(`INSERT INTO portal_access_tokens (unit_id, token_hash, created_at) VALUES (?, ?, ?)
    ON CONFLICT (unit_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at`);
  const now = new Date().toISOString();

  // Older versions kept tokens as they are: hash them, then delete the plain copies.
  const legacy = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'portal_tokens'`).get();
  if (legacy) {
    const rows = db.prepare(`SELECT unit_id AS unitId, token FROM portal_tokens`).all() as Array<{ unitId: string; token: string }>;
    const hashed = await Promise.all(rows.map(async (r) => ({ ...r, hash: await hashAccessToken(r.token) })));
    db.transaction(() => {
      for (const r of hashed) insert.run(r.unitId, r.hash, now);
      db.exec('DROP TABLE portal_tokens');
    })();
    for (const r of rows) if (!known.has(r.unitId)) known.set(r.unitId, r.token);
    db.pragma('wal_checkpoint(TRUNCATE)');
  }

  const stored = new Map(
    (db.prepare(`SELECT unit_id AS unitId, token_hash AS hash FROM portal_access_tokens`).all() as Array<{ unitId: string; hash: string }>).map((r) => [r.unitId, r.hash]),
  );
  const fresh: Array<{ unitId: string; token: string; hash: string }> = [];
  for (const unitId of units) {
    if (!options.renew && stored.has(unitId)) continue;
    const token = randomBytes(24).toString('base64url'); // 192 bits
    fresh.push({ unitId, token, hash: await hashAccessToken(token) });
  }
  db.transaction(() => {
    for (const f of fresh) insert.run(f.unitId, f.hash, now);
  })();
  for (const f of fresh) {
    stored.set(f.unitId, f.hash);
    known.set(f.unitId, f.token);
  }

  const tokens: IssuedToken[] = [];
  const file: Record<string, string> = {};
  for (const unitId of units) {
    const plain = known.get(unitId);
    const ok = plain !== undefined && (await hashAccessToken(plain)) === stored.get(unitId);
    tokens.push(ok ? { unitId, token: plain } : { unitId });
    if (ok) file[unitId] = plain;
  }
  writePrivateFile(tokensFile, JSON.stringify(file, null, 2) + '\n');
  const wanted = new Set(units);
  const hashes: HashedAccessToken[] = [];
  for (const [unitId, tokenHash] of stored) {
    if (!wanted.has(unitId)) continue; // a unit no longer in the plan signs in no more
    const principal: Principal = unitId === options.coordinator ? { unitId, readAll: true } : { unitId };
    hashes.push({ tokenHash, principal });
  }
  return { tokens, hashes };
}
