// The store contract: what every store must do, as tests. The same functions run
// unchanged on every database (store.test.ts): SQLite, PostgreSQL through PGlite,
// and a real PostgreSQL server when configured. A feature that adds tables adds
// a migration and a `describe` here.
import { describe, expect, it } from 'vitest';
import { hashAccessToken } from '../../http/auth';
import { STORE_SCHEMA_VERSION } from '../migrations';
import type { NewReportRecord, ReportStore, Store } from '../types';

/** Builds a report record for tests. */
export const rec = (id: string, over: Partial<NewReportRecord> = {}): NewReportRecord => ({
  id,
  planId: 'p',
  unitId: 'so-a',
  period: 'annual',
  year: 2021,
  documentNumber: `${id}/BC-SA`,
  receivedAt: '2021-10-01T08:00:00+07:00',
  warnings: [],
  report: { unitId: over.unitId ?? 'so-a', note: id },
  ...over,
});

/** The report part of the contract (also met by the in-memory store). */
export function reportContract(make: () => Promise<ReportStore>): void {
  it('stores, reads back and refuses a duplicate document number for the same unit and period', async () => {
    const s = await make();
    const a = await s.insert(rec('1', { warnings: [{ code: 'report.late', severity: 'warning', path: '/document/date', message: 'Trễ hạn' }] }));
    expect(a.ok).toBe(true);
    expect(await s.get('1')).toEqual({ ...rec('1'), warnings: [{ code: 'report.late', severity: 'warning', path: '/document/date', message: 'Trễ hạn' }] });
    expect(await s.insert(rec('2', { documentNumber: '1/BC-SA' }))).toEqual({ ok: false, code: 'duplicate', existingId: '1' });
    // Same number, another unit or another period: not a duplicate.
    expect((await s.insert(rec('3', { documentNumber: '1/BC-SA', unitId: 'so-b' }))).ok).toBe(true);
    expect((await s.insert(rec('4', { documentNumber: '1/BC-SA', period: 'semiannual' }))).ok).toBe(true);
    expect(await s.get('2')).toBeUndefined();
  });

  it('keeps the replaced report in the history and lets a report be corrected once', async () => {
    const s = await make();
    await s.insert(rec('a'));
    const b = await s.insert(rec('b', { replaces: 'a' }));
    expect(b.ok && b.record.replaces).toBe('a');
    expect(await s.insert(rec('c', { replaces: 'a' }))).toEqual({ ok: false, code: 'already-replaced', replacedBy: 'b' });
    expect((await s.insert(rec('c', { replaces: 'b' }))).ok).toBe(true);
    expect((await s.get('a'))?.replacedBy).toBe('b');
    expect((await s.get('a'))?.report).toEqual({ unitId: 'so-a', note: 'a' });
    expect((await s.history('b')).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect((await s.history('a')).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(await s.history('nope')).toEqual([]);
    expect((await s.list()).map((r) => r.id)).toEqual(['c']);
    expect((await s.list({ currentOnly: false })).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('refuses a correction of a missing report or of another unit, period or year', async () => {
    const s = await make();
    await s.insert(rec('a'));
    expect(await s.insert(rec('x', { replaces: 'nope' }))).toEqual({ ok: false, code: 'replaces-not-found' });
    expect(await s.insert(rec('x', { replaces: 'a', unitId: 'so-b' }))).toEqual({ ok: false, code: 'replaces-mismatch', field: 'unitId' });
    expect(await s.insert(rec('x', { replaces: 'a', year: 2022 }))).toEqual({ ok: false, code: 'replaces-mismatch', field: 'year' });
    expect(await s.insert(rec('x', { replaces: 'a', period: 'semiannual' }))).toEqual({ ok: false, code: 'replaces-mismatch', field: 'period' });
    expect(await s.list({ currentOnly: false })).toHaveLength(1);
  });

  it('filters lists and returns copies the caller cannot use to change stored data', async () => {
    const s = await make();
    await s.insert(rec('1'));
    await s.insert(rec('2', { unitId: 'so-b', period: 'semiannual' }));
    await s.insert(rec('3', { planId: 'q' }));
    expect((await s.list({ unitId: 'so-b' })).map((r) => r.id)).toEqual(['2']);
    expect((await s.list({ period: 'annual', year: 2021 })).map((r) => r.id)).toEqual(['1', '3']);
    expect((await s.list({ planId: 'p', period: 'annual', year: 2021 })).map((r) => r.id)).toEqual(['1']);
    expect(await s.list({ year: 2020 })).toEqual([]);
    const got = (await s.get('1'))!;
    (got.report as Record<string, unknown>).note = 'changed';
    expect((await s.get('1'))!.report.note).toBe('1');
  });

  it('keeps keys such as __proto__ and any Unicode text as plain data', async () => {
    const s = await make();
    const report = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": 1}, "t": "Tiếng Việt \\u0000 \\ud83d\\ude00 \\u2028"}') as Record<string, unknown>;
    await s.insert(rec('p', { report }));
    const got = (await s.get('p'))!;
    expect(Object.prototype.hasOwnProperty.call(got.report, '__proto__')).toBe(true);
    expect(got.report.t).toBe('Tiếng Việt \u0000 😀 \u2028');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('200 concurrent submissions: each stored exactly once; the same report sent 20 times at once: stored once', async () => {
    const s = await make();
    const many = await Promise.all(Array.from({ length: 200 }, (_, i) => s.insert(rec(`m${i}`, { unitId: `u${i % 28}`, report: { i } }))));
    expect(many.every((r) => r.ok)).toBe(true);
    expect(await s.list({ currentOnly: false })).toHaveLength(200);
    const same = await Promise.all(Array.from({ length: 20 }, (_, i) => s.insert(rec(`s${i}`, { documentNumber: 'same' }))));
    expect(same.filter((r) => r.ok)).toHaveLength(1);
    const winner = same.find((r) => r.ok)!;
    expect(same.filter((r) => !r.ok && r.code === 'duplicate' && winner.ok && r.existingId === winner.record.id)).toHaveLength(19);
    // Ten corrections of one report at once: one wins, the others are told who did.
    const fixes = await Promise.all(Array.from({ length: 10 }, (_, i) => s.insert(rec(`f${i}`, { replaces: 'm0', unitId: 'u0', report: { i } }))));
    expect(fixes.filter((r) => r.ok)).toHaveLength(1);
    expect(fixes.filter((r) => !r.ok && r.code === 'already-replaced')).toHaveLength(9);
  });
}

/** How a database is reached in the contract tests. */
export interface ContractDatabase {
  /** A fresh, empty database's address. */
  freshUrl(): string;
  /** Opens a store on an address (as a second process would). */
  open(url: string): Promise<Store>;
  /** Runs SQL outside the store. */
  raw(url: string, sql: string): Promise<Array<Record<string, unknown>>>;
  /** Opening result for an address (to see refusals). */
  tryOpen(url: string): Promise<{ ok: true; store: Store } | { ok: false; code: string; vi: string; en: string }>;
}

/** The whole contract of a {@link Store}. */
export function storeContract(db: () => ContractDatabase): void {
  const stores: Store[] = [];
  const open = async (url: string) => {
    const s = await db().open(url);
    stores.push(s);
    return s;
  };
  const fresh = async () => {
    const url = db().freshUrl();
    return { url, store: await open(url) };
  };
  // Closed at the end of each test (a describe-level afterEach would need vitest's hooks here).
  const done = async () => {
    for (const s of stores.splice(0)) await s.close();
  };

  describe('reports', () => {
    reportContract(async () => {
      await done();
      return (await fresh()).store.reports;
    });

    it('two processes on one database never store a duplicate or a second correction', async () => {
      const { url, store: a } = await fresh();
      const b = await open(url);
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? a : b).reports.insert(rec(`x${i}`, { documentNumber: 'same' }))),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok && r.code === 'duplicate')).toHaveLength(9);
      await a.reports.insert(rec('base'));
      const fixes = await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 === 0 ? a : b).reports.insert(rec(`c${i}`, { replaces: 'base' }))));
      expect(fixes.filter((r) => r.ok)).toHaveLength(1);
      expect((await b.reports.history('base')).map((r) => r.id)).toHaveLength(2);
      await done();
    });

    it('is append-only inside the database: UPDATE and DELETE are refused', async () => {
      const { url, store } = await fresh();
      await store.reports.insert(rec('1'));
      await expect(db().raw(url, `UPDATE dvcq_reports SET body = '{}'`)).rejects.toThrow(/append-only/);
      await expect(db().raw(url, `DELETE FROM dvcq_reports`)).rejects.toThrow(/append-only/);
      expect((await store.reports.get('1'))?.report).toEqual({ unitId: 'so-a', note: '1' });
      await done();
    });
  });

  describe('migrations', () => {
    it('brings a new database to the current version, keeps data across reopen, migrates once with two processes', async () => {
      const url = db().freshUrl();
      const [a, b] = await Promise.all([open(url), open(url)]);
      expect(await a.schemaVersion()).toBe(STORE_SCHEMA_VERSION);
      const rows = await db().raw(url, 'SELECT version, name FROM dvcq_schema_migrations ORDER BY version');
      expect(rows.map((r) => Number(r.version))).toEqual(Array.from({ length: STORE_SCHEMA_VERSION }, (_, i) => i + 1));
      await a.reports.insert(rec('kept'));
      await done();
      const c = await open(url);
      expect((await c.reports.get('kept'))?.documentNumber).toBe('kept/BC-SA');
      expect(b).toBeDefined();
      await done();
    });

    it('refuses a schema newer than it knows, in Vietnamese and English, and changes nothing', async () => {
      const { url, store } = await fresh();
      await store.reports.insert(rec('1'));
      await done();
      await db().raw(url, `INSERT INTO dvcq_schema_migrations (version, name, applied_at) VALUES (${STORE_SCHEMA_VERSION + 7}, 'future', '2030-01-01T00:00:00+07:00')`);
      const r = await db().tryOpen(url);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.code).toBe('store.schema-too-new');
      expect(r.vi).toContain(`phiên bản ${STORE_SCHEMA_VERSION + 7}`);
      expect(r.vi).toContain('mới hơn');
      expect(r.en).toContain(`newer than version ${STORE_SCHEMA_VERSION}`);
      const count = await db().raw(url, 'SELECT COUNT(*) AS n FROM dvcq_reports');
      expect(Number(count[0]!.n)).toBe(1);
    });
  });

  describe('access keys', () => {
    it('stores hashes only, finds working keys by hash, refuses duplicates, revokes', async () => {
      const { url, store } = await fresh();
      const hash = await hashAccessToken('t0k3n-of-so-a');
      expect(await store.accessKeys.add({ id: 'k1', tokenHash: hash, unitId: 'so-a', readAll: false, label: 'portal', createdAt: '2021-05-01T08:00:00+07:00' })).toEqual({ ok: true });
      expect(await store.accessKeys.add({ id: 'k2', tokenHash: hash, unitId: 'so-b', readAll: false, createdAt: '2021-05-01T08:00:00+07:00' })).toEqual({ ok: false, code: 'duplicate' });
      expect(await store.accessKeys.add({ id: 'k1', tokenHash: await hashAccessToken('other'), unitId: 'so-b', readAll: false, createdAt: '2021-05-01T08:00:00+07:00' })).toEqual({ ok: false, code: 'duplicate' });
      await store.accessKeys.add({ id: 'k3', tokenHash: await hashAccessToken('coordinator'), unitId: 'coordinator', readAll: true, createdAt: '2021-05-02T08:00:00+07:00' });
      expect(await store.accessKeys.findByHash(hash)).toEqual({ id: 'k1', tokenHash: hash, unitId: 'so-a', readAll: false, label: 'portal', createdAt: '2021-05-01T08:00:00+07:00' });
      expect((await store.accessKeys.findByHash(await hashAccessToken('coordinator')))?.readAll).toBe(true);
      const stored = await db().raw(url, 'SELECT * FROM dvcq_access_keys');
      expect(JSON.stringify(stored)).not.toContain('t0k3n-of-so-a');
      expect(await store.accessKeys.revoke('k1', '2021-06-01T08:00:00+07:00')).toBe(true);
      expect(await store.accessKeys.revoke('k1', '2021-06-01T08:00:00+07:00')).toBe(false);
      expect(await store.accessKeys.findByHash(hash)).toBeUndefined();
      expect((await store.accessKeys.list()).map((k) => k.id)).toEqual(['k3']);
      expect((await store.accessKeys.list({ includeRevoked: true })).map((k) => [k.id, k.revokedAt ?? null])).toEqual([
        ['k1', '2021-06-01T08:00:00+07:00'],
        ['k3', null],
      ]);
      await done();
    });
  });

  describe('contacts', () => {
    it('keeps each unit’s addresses, replaced as a whole', async () => {
      const { store } = await fresh();
      await store.contacts.set('so-a', [{ email: 'van-thu@so-a.example.invalid', name: 'Văn thư' }, { email: 'b@so-a.example.invalid' }, { email: 'Z@so-a.example.invalid' }], '2021-05-01T08:00:00+07:00');
      await store.contacts.set('so-b', [{ email: 'x@so-b.example.invalid' }], '2021-05-01T08:00:00+07:00');
      // Byte order on both databases ("Z" before "b"), whatever PostgreSQL's collation.
      expect(await store.contacts.get('so-a')).toEqual([
        { unitId: 'so-a', email: 'Z@so-a.example.invalid', updatedAt: '2021-05-01T08:00:00+07:00' },
        { unitId: 'so-a', email: 'b@so-a.example.invalid', updatedAt: '2021-05-01T08:00:00+07:00' },
        { unitId: 'so-a', email: 'van-thu@so-a.example.invalid', name: 'Văn thư', updatedAt: '2021-05-01T08:00:00+07:00' },
      ]);
      await store.contacts.set('so-a', [{ email: 'moi@so-a.example.invalid' }, { email: 'moi@so-a.example.invalid' }], '2021-05-02T08:00:00+07:00');
      expect((await store.contacts.list()).map((c) => `${c.unitId} ${c.email}`)).toEqual(['so-a moi@so-a.example.invalid', 'so-b x@so-b.example.invalid']);
      await store.contacts.set('so-b', [], '2021-05-02T08:00:00+07:00');
      expect(await store.contacts.get('so-b')).toEqual([]);
      await done();
    });
  });

  describe('notifications', () => {
    const note = (id: string, over: Record<string, unknown> = {}) => ({
      id,
      unitId: 'so-a',
      kind: 'reminder',
      createdAt: '2021-05-10T08:00:00+07:00',
      title: { vi: 'Nhắc hạn', en: 'Reminder' },
      body: { vi: 'Còn 5 ngày làm việc', en: '5 working days left' },
      link: '/form?period=x',
      data: { stage: 'before-5' },
      ...over,
    });
    it('adds at most one notification per dedupe key, even from racing processes; lists newest first; marks read', async () => {
      const { url, store: a } = await fresh();
      const b = await open(url);
      const adds = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? a : b).notifications.add(note(`n${i}`, { dedupeKey: 'reminder/p/x/so-a/before-5' }))));
      expect(adds.filter((r) => r.created)).toHaveLength(1);
      const id = adds.find((r) => r.created)!.notification.id;
      expect(new Set(adds.map((r) => r.notification.id))).toEqual(new Set([id]));
      await a.notifications.add(note('plain-1'));
      await a.notifications.add(note('other-unit', { unitId: 'so-b' }));
      expect((await a.notifications.list({ unitId: 'so-a' })).map((n) => n.id)).toEqual(['plain-1', id]);
      expect((await a.notifications.list({ unitId: 'so-a' }))[1]).toMatchObject({ title: { vi: 'Nhắc hạn' }, data: { stage: 'before-5' }, dedupeKey: 'reminder/p/x/so-a/before-5' });
      expect(await a.notifications.markRead(id, 'so-b', '2021-05-10T09:00:00+07:00')).toBe(false);
      expect(await a.notifications.markRead(id, 'so-a', '2021-05-10T09:00:00+07:00')).toBe(true);
      expect((await a.notifications.list({ unitId: 'so-a', unreadOnly: true })).map((n) => n.id)).toEqual(['plain-1']);
      expect(await a.notifications.list({ unitId: 'so-a', limit: 1 })).toHaveLength(1);
      await done();
    });
  });

  describe('accounts', () => {
    const user = (id: string, login: string, over: Record<string, unknown> = {}) => ({
      id,
      login,
      name: `Cán bộ ${login}`,
      role: 'officer',
      unitId: 'so-a',
      passwordHash: 'scrypt$32768$8$1$c2FsdA$aGFzaA',
      disabled: false,
      mustChangePassword: false,
      createdAt: '2021-05-01T08:00:00+07:00',
      ...over,
    });
    it('keeps accounts with unique login names (any case), changes and lists them', async () => {
      const { store } = await fresh();
      expect(await store.users.add(user('u1', 'Can-Bo.A'))).toEqual({ ok: true });
      expect(await store.users.add(user('u2', 'can-bo.a'))).toEqual({ ok: false, code: 'duplicate' });
      expect(await store.users.add(user('u1', 'other'))).toEqual({ ok: false, code: 'duplicate' });
      await store.users.add(user('u3', 'admin', { role: 'admin', unitId: 'tong-hop', mustChangePassword: true }));
      expect(await store.users.findByLogin('CAN-BO.A')).toMatchObject({ id: 'u1', login: 'can-bo.a', role: 'officer', disabled: false, updatedAt: '2021-05-01T08:00:00+07:00' });
      expect((await store.users.get('u3'))?.mustChangePassword).toBe(true);
      expect(await store.users.update('u1', { disabled: true, name: 'Nguyễn Văn <A>' }, '2021-05-02T08:00:00+07:00')).toBe(true);
      expect(await store.users.update('nope', { disabled: true }, '2021-05-02T08:00:00+07:00')).toBe(false);
      expect(await store.users.get('u1')).toMatchObject({ disabled: true, name: 'Nguyễn Văn <A>', updatedAt: '2021-05-02T08:00:00+07:00' });
      expect((await store.users.list()).map((u) => u.login)).toEqual(['admin', 'can-bo.a']);
      expect((await store.users.list({ role: 'admin' })).map((u) => u.id)).toEqual(['u3']);
      expect((await store.users.list({ unitId: 'so-a' })).map((u) => u.id)).toEqual(['u1']);
      await done();
    });

    it('keeps sessions by hash, ends them one by one, per account, and when expired or idle', async () => {
      const { url, store } = await fresh();
      await store.users.add(user('u1', 'a'));
      await store.users.add(user('u2', 'b'));
      const s = (idHash: string, userId: string, over: Record<string, unknown> = {}) => ({ idHash, userId, createdAt: '2021-05-01T08:00:00+07:00', expiresMs: 10_000, lastSeenMs: 1000, ...over });
      await store.sessions.create(s('h1', 'u1', { ip: '127.0.0.1', userAgent: 'test' }));
      await store.sessions.create(s('h2', 'u1'));
      await store.sessions.create(s('h3', 'u2', { expiresMs: 2000 }));
      expect(await store.sessions.get('h1')).toEqual(s('h1', 'u1', { ip: '127.0.0.1', userAgent: 'test' }));
      expect(await store.sessions.touch('h1', 5000)).toBe(true);
      expect(await store.sessions.touch('h1', 4000)).toBe(false); // never back in time
      expect((await store.sessions.get('h1'))?.lastSeenMs).toBe(5000);
      expect(await store.sessions.deleteForUser('u1', 'h1')).toBe(1);
      expect(await store.sessions.get('h2')).toBeUndefined();
      // h3 expired at 2000; h1 was last seen at 5000 (idle 3000 → gone after 8000).
      expect(await store.sessions.purge(3000, 3000)).toBe(1);
      expect(await store.sessions.get('h1')).toBeDefined();
      expect(await store.sessions.purge(8000, 3000)).toBe(1);
      expect(await store.sessions.delete('h1')).toBe(false);
      expect(await db().raw(url, 'SELECT COUNT(*) AS n FROM dvcq_sessions')).toEqual([{ n: expect.anything() }]);
      await done();
    });

    it('counts login failures in a window, locks, unlocks after the lock, and stays bounded', async () => {
      const { url, store } = await fresh();
      const policy = { windowMs: 1000, maxFailures: 3, lockMs: 5000, maxKeys: 5 };
      expect(await store.loginAttempts.fail('account:a', 100, policy)).toEqual({ key: 'account:a', failures: 1, windowStartMs: 100, lockedUntilMs: 0, updatedMs: 100 });
      await store.loginAttempts.fail('account:a', 200, policy);
      expect((await store.loginAttempts.fail('account:a', 300, policy)).lockedUntilMs).toBe(5300);
      // Failures while locked keep the lock; after it, a new window starts.
      expect((await store.loginAttempts.fail('account:a', 2000, policy)).lockedUntilMs).toBe(7000);
      expect(await store.loginAttempts.fail('account:a', 7000, policy)).toMatchObject({ failures: 1, windowStartMs: 7000, lockedUntilMs: 0 });
      // Outside the window the count starts again.
      expect(await store.loginAttempts.fail('account:a', 8500, policy)).toMatchObject({ failures: 1, windowStartMs: 8500 });
      // Racing failures are all counted.
      const b = await open(url);
      await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? store : b).loginAttempts.fail('ip:10.0.0.1', 9000, { ...policy, maxFailures: 100 })));
      expect((await store.loginAttempts.get('ip:10.0.0.1'))?.failures).toBe(6);
      for (let i = 0; i < 20; i++) await store.loginAttempts.fail(`ip:10.1.0.${i}`, 10_000 + i, policy);
      const n = await db().raw(url, 'SELECT COUNT(*) AS n FROM dvcq_login_attempts');
      expect(Number(n[0]!.n)).toBe(5);
      expect(await store.loginAttempts.get('ip:10.1.0.19')).toBeDefined();
      await store.loginAttempts.clear('ip:10.1.0.19');
      expect(await store.loginAttempts.get('ip:10.1.0.19')).toBeUndefined();
      await done();
    });

    it('appends to the audit log, lists newest first by page and filter, and refuses changes inside the database', async () => {
      const { url, store } = await fresh();
      const a = await store.audit.append({ at: '2021-05-01T08:00:00+07:00', actor: 'u1', actorName: 'Quản trị', action: 'account.create', target: 'user:u2', ip: '127.0.0.1', details: { role: 'officer' } });
      expect(a).toEqual({ seq: a.seq, at: '2021-05-01T08:00:00+07:00', actor: 'u1', actorName: 'Quản trị', action: 'account.create', target: 'user:u2', ip: '127.0.0.1', details: { role: 'officer' } });
      for (let i = 0; i < 5; i++) await store.audit.append({ at: '2021-05-01T08:01:00+07:00', actor: 'anonymous', action: 'session.login-failed', details: { i } });
      expect(await store.audit.count()).toBe(6);
      const page1 = await store.audit.list({ limit: 4 });
      expect(page1.map((e) => e.details.i)).toEqual([4, 3, 2, 1]);
      const page2 = await store.audit.list({ limit: 4, beforeSeq: page1[3]!.seq });
      expect(page2.map((e) => e.action)).toEqual(['session.login-failed', 'account.create']);
      expect((await store.audit.list({ action: 'account.' })).map((e) => e.seq)).toEqual([a.seq]);
      expect((await store.audit.list({ actor: 'u1' })).map((e) => e.seq)).toEqual([a.seq]);
      expect((await store.audit.list({ target: 'user:u2' })).map((e) => e.seq)).toEqual([a.seq]);
      await expect(db().raw(url, `UPDATE dvcq_audit_log SET actor = 'x'`)).rejects.toThrow(/append-only/);
      await expect(db().raw(url, `DELETE FROM dvcq_audit_log`)).rejects.toThrow(/append-only/);
      expect(await store.audit.count()).toBe(6);
      await done();
    });
  });

  describe('reminders', () => {
    const r0 = { id: 'p/bc@2021/so-a/before-5', planId: 'p', instanceKey: 'bc@2021', unitId: 'so-a', stage: 'before-5', dueDate: '2021-05-12', recipients: ['a@so-a.example.invalid'], createdAt: '2021-05-12T08:00:00+07:00', nextAttemptMs: 1000 };
    it('records a reminder once and lets exactly one of two processes claim it', async () => {
      const { url, store: a } = await fresh();
      const b = await open(url);
      const [x, y] = await Promise.all([a.reminders.ensure(r0), b.reminders.ensure({ ...r0, recipients: ['other@example.invalid'] })]);
      expect(x).toEqual(y);
      expect(x).toMatchObject({ status: 'pending', attempts: 0, recipients: expect.any(Array) });
      const claims = await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? a : b).reminders.claim(r0.id, `w${i}`, 2000, 60_000)));
      expect(claims.filter((c) => c !== undefined)).toHaveLength(1);
      const won = claims.find((c) => c !== undefined)!;
      expect(won).toMatchObject({ status: 'sending', attempts: 1, leaseUntilMs: 62_000 });
      const loser = won.claimedBy === 'w0' ? 'w1' : 'w0';
      expect(await a.reminders.markSent(r0.id, loser, '2021-05-12T08:00:05+07:00', { recipients: ['a@so-a.example.invalid'] })).toBe(false);
      expect(await b.reminders.markSent(r0.id, won.claimedBy!, '2021-05-12T08:00:05+07:00', { messageId: '<m1@dvcq>', recipients: ['a@so-a.example.invalid'] })).toBe(true);
      expect(await a.reminders.claim(r0.id, 'late', 10_000_000, 60_000)).toBeUndefined();
      expect(await a.reminders.list({ status: ['sent'] })).toEqual([expect.objectContaining({ id: r0.id, status: 'sent', messageId: '<m1@dvcq>', sentAt: '2021-05-12T08:00:05+07:00' })]);
      await done();
    });

    it('retries a failed send after its time, gives up when told, and takes over an expired claim', async () => {
      const { store } = await fresh();
      await store.reminders.ensure(r0);
      await store.reminders.ensure({ ...r0, id: 'r2', stage: 'after' });
      expect((await store.reminders.due(1000)).map((r) => r.id)).toEqual([r0.id, 'r2']);
      expect(await store.reminders.claim(r0.id, 'w', 1000, 5000)).toBeDefined();
      expect(await store.reminders.markFailed(r0.id, 'w', '2021-05-12T08:00:01+07:00', 'ECONNREFUSED', 61_000)).toBe(true);
      expect(await store.reminders.claim(r0.id, 'w', 60_000, 5000)).toBeUndefined();
      expect((await store.reminders.list({ status: ['retrying', 'failed'] })).map((r) => [r.id, r.status, r.lastError])).toEqual([[r0.id, 'retrying', 'ECONNREFUSED']]);
      const again = await store.reminders.claim(r0.id, 'w', 61_000, 5000);
      expect(again).toMatchObject({ attempts: 2, status: 'sending' });
      expect(await store.reminders.markFailed(r0.id, 'w', '2021-05-12T08:01:01+07:00', 'rejected: 550', undefined)).toBe(true);
      expect((await store.reminders.list({ status: ['failed'] }))[0]).toMatchObject({ id: r0.id, status: 'failed', attempts: 2, lastError: 'rejected: 550' });
      expect(await store.reminders.claim(r0.id, 'w', 10_000_000, 5000)).toBeUndefined();
      // A worker that died while sending: its claim expires and another takes it over.
      expect(await store.reminders.claim('r2', 'dead', 1000, 5000)).toBeDefined();
      expect(await store.reminders.claim('r2', 'alive', 3000, 5000)).toBeUndefined();
      expect((await store.reminders.due(7000)).map((r) => r.id)).toEqual(['r2']);
      expect(await store.reminders.claim('r2', 'alive', 7000, 5000)).toMatchObject({ claimedBy: 'alive', attempts: 2 });
      expect(await store.reminders.markSent('r2', 'dead', 'x', { recipients: [] })).toBe(false);
      expect(await store.reminders.cancel('r2', 'dead', 'x', 'submitted')).toBe(false);
      expect(await store.reminders.cancel('r2', 'alive', '2021-05-12T09:00:00+07:00', 'submitted')).toBe(true);
      expect(await store.reminders.claim('r2', 'alive', 10_000_000, 5000)).toBeUndefined();
      expect((await store.reminders.list({ status: ['cancelled'] }))[0]).toMatchObject({ id: 'r2', lastError: 'submitted' });
      expect(await store.reminders.list({ status: [] })).toEqual([]);
      await done();
    });
  });

  describe('review', () => {
    const ev = (id: string, reportId: string, step: number, over: Record<string, unknown> = {}) => ({
      id,
      reportId,
      step,
      action: 'submit' as const,
      state: 'submitted' as const,
      actor: { userId: 'u-1', name: 'Nguyễn Văn A <b>', role: 'officer', unitId: 'so-a' },
      at: '2021-06-01T08:00:00+07:00',
      comments: [],
      ...over,
    });
    it('keeps each report’s steps in order; two steps from one state: exactly one is stored, even from two processes', async () => {
      const { url, store: a } = await fresh();
      const b = await open(url);
      await a.reports.insert(rec('r1'));
      await a.reports.insert(rec('r2', { replaces: 'r1' }));
      expect(await a.reviews.append(ev('e1', 'r1', 1))).toEqual({ ok: true });
      const racing = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          (i % 2 ? a : b).reviews.append(ev(`e2-${i}`, 'r1', 2, { action: i % 2 ? 'return' : 'accept', state: i % 2 ? 'returned' : 'accepted', actor: { userId: `c${i}`, role: 'coordinator', unitId: 'snv' } })),
        ),
      );
      expect(racing.filter((r) => r.ok)).toHaveLength(1);
      expect(racing.filter((r) => !r.ok && r.code === 'conflict')).toHaveLength(5);
      await b.reviews.append(
        ev('e3', 'r1', 3, {
          action: 'return',
          state: 'returned',
          comment: 'Bổ sung số liệu',
          comments: [
            { on: 'field', pointer: '/document/number', text: 'Sai số' },
            { on: 'task', taskId: 'II.1', text: '<script>x</script>' },
          ],
        }),
      );
      await a.reviews.append(ev('e4', 'r2', 1, { state: 'resubmitted' }));
      const all = await a.reviews.events(['r2', 'r1']);
      expect(all.map((e) => [e.reportId, e.step])).toEqual([
        ['r1', 1],
        ['r1', 2],
        ['r1', 3],
        ['r2', 1],
      ]);
      expect(all[0]).toEqual(ev('e1', 'r1', 1));
      expect(all[2]!.comments).toEqual([
        { on: 'field', pointer: '/document/number', text: 'Sai số' },
        { on: 'task', taskId: 'II.1', text: '<script>x</script>' },
      ]);
      expect(all[2]!.comment).toBe('Bổ sung số liệu');
      expect(await a.reviews.events([])).toEqual([]);
      expect(await a.reviews.events(['nope'])).toEqual([]);
      await expect(db().raw(url, `UPDATE dvcq_review_events SET state = 'accepted'`)).rejects.toThrow(/append-only/);
      await expect(db().raw(url, `DELETE FROM dvcq_review_events`)).rejects.toThrow(/append-only/);
      await done();
    });

    it('keeps every extension grant (the latest counts) and the approval setting per plan', async () => {
      const { url, store } = await fresh();
      const x = { planId: 'p', instanceKey: 'bc@2021', unitId: 'so-a', reason: 'Lũ lụt', grantedBy: 'c1', grantedByName: 'Trần B', grantedAt: '2021-06-10T08:00:00+07:00' };
      await store.reviews.grantExtension({ ...x, id: 'x1', lastDay: '2021-06-20' });
      await store.reviews.grantExtension({ ...x, id: 'x2', unitId: 'so-b', lastDay: '2021-06-18' });
      await store.reviews.grantExtension({ ...x, id: 'x3', lastDay: '2021-06-25', grantedAt: '2021-06-11T08:00:00+07:00' });
      await store.reviews.grantExtension({ ...x, id: 'x4', planId: 'q', lastDay: '2021-06-25' });
      expect((await store.reviews.extensions({ planId: 'p' })).map((e) => e.id)).toEqual(['x1', 'x2', 'x3']);
      expect((await store.reviews.extensions({ planId: 'p', unitId: 'so-a', instanceKey: 'bc@2021' })).map((e) => e.lastDay)).toEqual(['2021-06-20', '2021-06-25']);
      expect((await store.reviews.extensions({ planId: 'p', unitId: 'so-b' }))[0]).toEqual({ ...x, id: 'x2', unitId: 'so-b', lastDay: '2021-06-18' });
      await expect(db().raw(url, `DELETE FROM dvcq_extensions`)).rejects.toThrow(/append-only/);
      expect(await store.reviews.approvalRequired('p')).toBeUndefined();
      await store.reviews.setApprovalRequired('p', true, 'admin-1', '2021-06-01T08:00:00+07:00');
      expect(await store.reviews.approvalRequired('p')).toBe(true);
      await store.reviews.setApprovalRequired('p', false, 'admin-1', '2021-06-02T08:00:00+07:00');
      expect(await store.reviews.approvalRequired('p')).toBe(false);
      expect(await store.reviews.approvalRequired('q')).toBeUndefined();
      await done();
    });
  });

  describe('plans', () => {
    const planJson = (id: string, year: number, extra: Record<string, unknown> = {}) => ({ id, year, title: { vi: `Kế hoạch ${id}`, en: `Plan ${id}` }, ...extra });
    const source = { kind: 'upload' as const, fileName: 'ke-hoach.json', format: 'json', findings: [{ code: 'import.unit-new', severity: 'review' as const, pointer: '/orgUnits/3', message: { vi: 'Đơn vị mới', en: 'New unit' } }] };
    it('keeps drafts, edits only drafts, publishes one entry per plan id (the newer replaces the older), withdraws', async () => {
      const { url, store } = await fresh();
      const a = await store.plans.add({ key: 'k1', status: 'draft', plan: planJson('tinh-abc-2026', 2026), source, by: 'admin-1', at: '2026-01-05T08:00:00+07:00' });
      expect(a).toEqual({
        ok: true,
        entry: { key: 'k1', planId: 'tinh-abc-2026', year: 2026, status: 'draft', plan: planJson('tinh-abc-2026', 2026), source, createdBy: 'admin-1', createdAt: '2026-01-05T08:00:00+07:00', updatedBy: 'admin-1', updatedAt: '2026-01-05T08:00:00+07:00' },
      });
      // A draft without an id yet: stored, cannot be published.
      await store.plans.add({ key: 'k0', status: 'draft', plan: { title: 'x' }, source, by: 'admin-1', at: '2026-01-05T08:00:00+07:00' });
      expect(await store.plans.publish('k0', 'admin-1', '2026-01-05T08:01:00+07:00')).toEqual({ ok: false, code: 'no-plan-id' });
      expect(await store.plans.updateDraft('k1', planJson('tinh-abc-2026', 2026, { note: 'sửa' }), 'admin-2', '2026-01-05T09:00:00+07:00')).toBe(true);
      expect((await store.plans.get('k1'))?.plan).toEqual(planJson('tinh-abc-2026', 2026, { note: 'sửa' }));
      expect((await store.plans.get('k1'))?.updatedBy).toBe('admin-2');
      const p1 = await store.plans.publish('k1', 'admin-2', '2026-01-06T08:00:00+07:00');
      expect(p1).toMatchObject({ ok: true, entry: { status: 'published', publishedBy: 'admin-2', publishedAt: '2026-01-06T08:00:00+07:00' } });
      expect(p1.ok && p1.replaced).toBeUndefined();
      expect(await store.plans.publish('k1', 'admin-2', '2026-01-06T08:00:00+07:00')).toEqual({ ok: false, code: 'not-draft' });
      expect(await store.plans.publish('nope', 'admin-2', '2026-01-06T08:00:00+07:00')).toEqual({ ok: false, code: 'not-found' });
      // A published entry is not edited in place.
      expect(await store.plans.updateDraft('k1', planJson('tinh-abc-2026', 2026), 'admin-2', '2026-01-06T09:00:00+07:00')).toBe(false);
      // A second published entry of that id is refused by the database …
      expect(await store.plans.add({ key: 'k2', status: 'published', plan: planJson('tinh-abc-2026', 2026), source, by: 'config', at: '2026-01-07T08:00:00+07:00' })).toEqual({ ok: false, code: 'duplicate' });
      // … a corrected draft published replaces it.
      await store.plans.add({ key: 'k3', status: 'draft', plan: planJson('tinh-abc-2026', 2026, { v: 2 }), source, by: 'admin-1', at: '2026-01-08T08:00:00+07:00' });
      expect(await store.plans.publish('k3', 'admin-1', '2026-01-08T08:05:00+07:00')).toMatchObject({ ok: true, replaced: 'k1' });
      expect(await store.plans.get('k1')).toMatchObject({ status: 'withdrawn', withdrawnBy: 'admin-1', replacedBy: 'k3' });
      await store.plans.add({ key: 'k4', status: 'published', plan: planJson('tinh-xyz-2027', 2027), source, by: 'config', at: '2026-01-09T08:00:00+07:00' });
      expect((await store.plans.list({ status: 'published' })).map((e) => [e.key, e.planId, e.year])).toEqual([
        ['k4', 'tinh-xyz-2027', 2027],
        ['k3', 'tinh-abc-2026', 2026],
      ]);
      expect((await store.plans.list({ planId: 'tinh-abc-2026' })).map((e) => `${e.key}:${e.status}`)).toEqual(['k3:published', 'k1:withdrawn']);
      expect(await store.plans.withdraw('k4', 'admin-1', '2026-01-10T08:00:00+07:00')).toBe(true);
      expect(await store.plans.withdraw('k4', 'admin-1', '2026-01-10T08:00:00+07:00')).toBe(false);
      expect(await store.plans.get('k4')).toMatchObject({ status: 'withdrawn', withdrawnAt: '2026-01-10T08:00:00+07:00' });
      const rows = await db().raw(url, 'SELECT COUNT(*) AS n FROM dvcq_plans');
      expect(Number(rows[0]!.n)).toBe(4);
      await done();
    });

    it('two processes publishing drafts of one plan id at once leave exactly one published', async () => {
      const { url, store: a } = await fresh();
      const b = await open(url);
      for (let i = 0; i < 6; i++) await a.plans.add({ key: `d${i}`, status: 'draft', plan: planJson('tinh-abc-2026', 2026, { i }), source, by: 'admin', at: '2026-01-05T08:00:00+07:00' });
      const results = await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? a : b).plans.publish(`d${i}`, 'admin', '2026-01-05T08:00:00+07:00')));
      expect(results.every((r) => r.ok)).toBe(true);
      expect(await a.plans.list({ status: 'published' })).toHaveLength(1);
      expect(await b.plans.list({ status: 'withdrawn' })).toHaveLength(5);
      await done();
    });
  });
}
