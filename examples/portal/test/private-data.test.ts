// The data folder is private and the database holds no usable token (issue 9 §D3):
// folder 0700, every file 0600 (SQLite's -wal and -shm too), tokens stored as
// SHA-256 hashes only, plain tokens of an older version hashed and wiped.
import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { hoaBinh2021Plan as plan } from '@dvcq/plan-hoa-binh-2021';
import { exampleReport } from '@dvcq/server';
import { afterEach, describe, expect, it } from 'vitest';
import { type Portal, login, startPortal, tempDataDir } from './_portal';

const running: Portal[] = [];
afterEach(async () => {
  for (const p of running.splice(0)) await p.stop();
});
const start = async (dir: string, args: string[] = []) => {
  // These checks are about the SQLite files in the data folder: always SQLite.
  const p = await startPortal(dir, { DVCQ_NOW: '2021-05-10T09:00:00+07:00', DVCQ_DATABASE_URL: '' }, args);
  running.push(p);
  return p;
};
const mode = (path: string) => statSync(path).mode & 0o777;
const hash = (token: string) => createHash('sha256').update(token).digest('base64url');
const dbBytes = (dir: string) => Buffer.concat(readdirSync(dir).filter((n) => n.startsWith('portal.db')).map((n) => readFileSync(join(dir, n)))).toString('latin1');
const me = (p: Portal, token: string) => fetch(`${p.base}/api/me`, { headers: { authorization: `Bearer ${token}` } });

describe('private data folder and hashed tokens', () => {
  it('creates the folder 0700 and every file 0600, SQLite -wal and -shm included', async () => {
    const dir = join(tempDataDir('modes'), 'data');
    const p = await start(dir);
    // Write something so the WAL holds data.
    const r = await fetch(`${p.base}/api/reports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${p.tokens['so-y-te']}`, 'content-type': 'application/json' },
      body: JSON.stringify(exampleReport(plan, 'so-y-te', { period: 'semiannual', year: 2021, date: '2021-05-05' })),
    });
    expect(r.status).toBe(201);
    expect(mode(dir)).toBe(0o700);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['demo-accounts.json', 'demo-api-keys.json', 'portal.db', 'portal.db-shm', 'portal.db-wal']);
    for (const f of files) expect([f, mode(join(dir, f))]).toEqual([f, 0o600]);
  });

  it('stores only SHA-256 hashes of tokens; a token works, its hash does not', async () => {
    const dir = tempDataDir('hash');
    const p = await start(dir);
    const bytes = dbBytes(dir);
    const tokens = Object.values(p.tokens);
    expect(tokens).toHaveLength(28);
    for (const t of tokens) {
      expect(t).toMatch(/^[A-Za-z0-9_-]{32}$/); // 24 random bytes = 192 bits
      expect(bytes.includes(t)).toBe(false);
      expect(bytes.includes(hash(t))).toBe(true);
    }
    expect((await me(p, p.tokens['so-y-te']!)).status).toBe(200);
    expect((await me(p, hash(p.tokens['so-y-te']!))).status).toBe(401);
    // Demo account passwords: only scrypt hashes in the database.
    expect(p.accounts.length).toBeGreaterThan(28);
    for (const a of p.accounts) expect(bytes.includes(a.password)).toBe(false);
    // Random demo passwords start with N=2^12 (a quick start); the first sign-in re-hashes with N=2^15.
    expect(bytes.match(/scrypt\$4096\$8\$1\$/g)?.length).toBeGreaterThanOrEqual(p.accounts.length);
    expect(bytes.includes('scrypt$32768$8$1$')).toBe(false);
    await login(p, 'officer', 'so-y-te');
    await p.stop();
    expect(dbBytes(dir).includes('scrypt$32768$8$1$')).toBe(true);
  });

  it('tightens a data folder of an older version and replaces its plain tokens by hashes', async () => {
    const dir = tempDataDir('legacy');
    chmodSync(dir, 0o755);
    const legacyToken = randomBytes(24).toString('base64url');
    const db = new Database(join(dir, 'portal.db'));
    db.pragma('journal_mode = WAL');
    db.exec(`CREATE TABLE portal_tokens (unit_id TEXT PRIMARY KEY, token TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL)`);
    db.prepare(`INSERT INTO portal_tokens VALUES (?, ?, ?)`).run('so-y-te', legacyToken, '2021-01-01T00:00:00Z');
    db.close();
    chmodSync(join(dir, 'portal.db'), 0o644);
    expect(dbBytes(dir).includes(legacyToken)).toBe(true);

    const p = await start(dir);
    expect(mode(dir)).toBe(0o700);
    for (const f of readdirSync(dir)) expect([f, mode(join(dir, f))]).toEqual([f, 0o600]);
    // The unit keeps its token; the database no longer holds it.
    expect(p.tokens['so-y-te']).toBe(legacyToken);
    expect((await me(p, legacyToken)).status).toBe(200);
    await p.stop();
    expect(dbBytes(dir).includes(legacyToken)).toBe(false);
    expect(dbBytes(dir).includes(hash(legacyToken))).toBe(true);
  });

  it('keeps tokens across restarts; without the tokens file it says only hashes are kept; --new-tokens replaces them', async () => {
    const dir = tempDataDir('renew');
    const first = await start(dir);
    const before = first.tokens;
    await first.stop();
    rmSync(join(dir, 'demo-api-keys.json'));
    const second = await start(dir);
    expect(second.tokens).toEqual({});
    expect(second.output()).toMatch(/chỉ còn mã băm.*only its hash is kept/);
    expect((await me(second, before['so-y-te']!)).status).toBe(200);
    await second.stop();
    const third = await start(dir, ['--new-tokens']);
    expect(Object.keys(third.tokens)).toHaveLength(28);
    expect(third.tokens['so-y-te']).not.toBe(before['so-y-te']);
    expect((await me(third, before['so-y-te']!)).status).toBe(401);
    expect((await me(third, third.tokens['so-y-te']!)).status).toBe(200);
    expect(existsSync(join(dir, 'demo-api-keys.json'))).toBe(true);
  }, 240_000);

  it('leaves a shared folder alone but warns', async () => {
    const dir = tempDataDir('shared');
    mkdirSync(join(dir, 'other-things'));
    chmodSync(dir, 0o755);
    const p = await start(dir);
    expect(mode(dir)).toBe(0o755);
    expect(p.output()).toMatch(/người khác đọc được.*readable by others/);
    for (const f of readdirSync(dir).filter((n) => n !== 'other-things')) expect([f, mode(join(dir, f))]).toEqual([f, 0o600]);
  });
});
