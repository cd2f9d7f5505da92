// Khóa API thử — with `--demo`, one random API key per unit that owes a report (and
// the coordinator), for trying the API (`Authorization: Bearer …`) the way another
// system submits. People sign in with accounts (./demo.ts, ./accounts.ts); an
// administrator issues real API keys on /admin/accounts. The database keeps only
// each key's SHA-256 hash (`store.accessKeys`, label "portal"; `hashAccessToken` of
// @dvcq/server explains why a plain hash fits 192-bit random keys); the keys
// themselves exist only in the 0600 file demo-api-keys.json. Plain tokens of the
// first releases are hashed into keys and wiped.
import type Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { type Store, hashAccessToken } from '@dvcq/server';
import { writePrivateFile } from './data';

/** Mã của một đơn vị — a unit's token; `token` is absent when only its hash is known. */
export interface IssuedToken {
  unitId: string;
  token?: string;
}

/** Nhãn khóa của cổng — the label of the keys this demo sign-in issues (other keys are left alone). */
export const PORTAL_KEY_LABEL = 'portal';

/**
 * Cấp mã truy cập — makes sure each unit has a working portal token: new units get
 * one; with `renew` every unit gets a new one (the old ones are revoked). Tokens of
 * the first release stored in plain text (SQLite table `portal_tokens`, pass its
 * database as `legacy`) are hashed into the store and the plain copies deleted.
 * The plain tokens known (new ones, and those in `tokensFile` whose hash matches)
 * are written back to `tokensFile` (0600).
 * @returns the tokens in `units` order
 */
export async function issueTokens(
  store: Store,
  units: readonly string[],
  tokensFile: string,
  options: { renew: boolean; coordinator: string; now: string; legacy?: Database.Database },
): Promise<{ tokens: IssuedToken[] }> {
  const known = new Map<string, string>(); // unitId → plain token (this start only)
  if (existsSync(tokensFile)) {
    try {
      const saved = JSON.parse(readFileSync(tokensFile, 'utf8')) as unknown;
      if (saved && typeof saved === 'object') for (const [u, t] of Object.entries(saved)) if (typeof t === 'string') known.set(u, t);
    } catch {
      // unreadable: the hashes in the database still hold; new tokens can be issued with --new-tokens
    }
  }
  const keyId = (unitId: string) => `token-${unitId}-${randomBytes(6).toString('hex')}`;
  const working = async () => {
    const m = new Map<string, string>(); // unitId → hash of its working portal key
    for (const k of await store.accessKeys.list()) if (k.label === PORTAL_KEY_LABEL) m.set(k.unitId, k.tokenHash);
    return m;
  };
  const replace = async (unitId: string, hash: string) => {
    for (const k of await store.accessKeys.list({ unitId })) if (k.label === PORTAL_KEY_LABEL) await store.accessKeys.revoke(k.id, options.now);
    await store.accessKeys.add({ id: keyId(unitId), tokenHash: hash, unitId, readAll: unitId === options.coordinator, label: PORTAL_KEY_LABEL, createdAt: options.now });
  };

  // The first release kept tokens as they are: hash them, then delete the plain copies.
  const db = options.legacy;
  if (db && db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'portal_tokens'`).get()) {
    const rows = db.prepare(`SELECT unit_id AS unitId, token FROM portal_tokens`).all() as Array<{ unitId: string; token: string }>;
    for (const r of rows) {
      await replace(r.unitId, await hashAccessToken(r.token));
      if (!known.has(r.unitId)) known.set(r.unitId, r.token);
    }
    db.exec('DROP TABLE portal_tokens');
    db.pragma('wal_checkpoint(TRUNCATE)');
  }

  const stored = await working();
  for (const unitId of units) {
    if (!options.renew && stored.has(unitId)) continue;
    const token = randomBytes(24).toString('base64url'); // 192 bits
    const hash = await hashAccessToken(token);
    await replace(unitId, hash);
    stored.set(unitId, hash);
    known.set(unitId, token);
  }

  const tokens: IssuedToken[] = [];
  const file: Record<string, string> = {};
  for (const unitId of units) {
    const plain = known.get(unitId);
    const ok = plain !== undefined && (await hashAccessToken(plain)) === stored.get(unitId);
    tokens.push(ok ? { unitId, token: plain } : { unitId });
    if (ok) file[unitId] = plain;
  }
  if (units.length > 0 || Object.keys(file).length > 0) writePrivateFile(tokensFile, JSON.stringify(file, null, 2) + '\n');
  return { tokens };
}
