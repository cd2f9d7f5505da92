import { describe, expect, it } from 'vitest';
import { mustOpen, setupTestDatabases } from '../store/testing/databases';
import { audit } from './audit';
import { signIn } from './login';
import { checkNewPassword, hashPassword, randomPassword, verifyPassword } from './password';
import { csrfTokenFor, checkCsrfToken, readSession, sessionCookie, startSession } from './session';
import { createAccount, setPassword } from './users';

const dbs = setupTestDatabases();
const fast = { N: 2 ** 10, r: 8, p: 1 };

describe('passwords (scrypt)', () => {
  it('verifies the right password only, in NFC, and says when the parameters were weaker', async () => {
    const h = await hashPassword('Mật khẩu Việt', fast);
    expect(h).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(await verifyPassword('Mật khẩu Việt', h, fast)).toEqual({ ok: true, needsRehash: false });
    // The same text typed as NFD (combining marks) matches.
    expect((await verifyPassword('Mật khẩu Việt'.normalize('NFD'), h, fast)).ok).toBe(true);
    expect((await verifyPassword('Mat khau Viet', h, fast)).ok).toBe(false);
    expect(await verifyPassword('Mật khẩu Việt', h)).toEqual({ ok: true, needsRehash: true });
    expect(await hashPassword('x', fast)).not.toBe(await hashPassword('x', fast)); // salted
    // Tampered or absurd parameters match nothing (and cost nothing).
    expect((await verifyPassword('x', h.replace('$1024$', '$1048576000$'))).ok).toBe(false);
    expect((await verifyPassword('x', 'plain'))).toEqual({ ok: false, needsRehash: false });
  });

  it('checks new passwords and hands out random ones that pass', () => {
    expect(checkNewPassword('short')?.vi).toContain('ít nhất 8');
    expect(checkNewPassword('so-y-te', { login: 'so-y-te' })?.en).toBeDefined();
    expect(checkNewPassword('aaaaaaaaaa')).toBeDefined();
    const p = randomPassword();
    expect(p).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
    expect(checkNewPassword(p)).toBeUndefined();
  });
});

describe('sign-in, sessions and the audit log (SQLite)', () => {
  const setup = async () => {
    const store = await mustOpen(dbs.get('sqlite').freshUrl());
    const made = await createAccount(store, { login: 'Can-Bo', name: 'Cán bộ <b>A</b>', role: 'officer', unitId: 'so-a', password: 'dung-mat-khau', now: new Date(0), hashParams: fast });
    if (!made.ok) throw new Error(made.code);
    return { store, user: made.user };
  };
  const policy = { account: { windowMs: 60_000, maxFailures: 3, lockMs: 300_000 }, ip: { windowMs: 60_000, maxFailures: 100, lockMs: 60_000 }, maxKeys: 100 };

  it('refuses bad input when creating accounts', async () => {
    const { store } = await setup();
    const base = { name: 'X', role: 'officer', unitId: 'so-a', password: 'dung-mat-khau', now: new Date(0), hashParams: fast };
    expect(await createAccount(store, { ...base, login: 'a b' })).toMatchObject({ ok: false, code: 'account.bad-login' });
    expect(await createAccount(store, { ...base, login: 'can-bo' })).toMatchObject({ ok: false, code: 'account.duplicate' });
    expect(await createAccount(store, { ...base, login: 'x1', role: 'root' })).toMatchObject({ ok: false, code: 'account.bad-role' });
    expect(await createAccount(store, { ...base, login: 'x1', password: '123' })).toMatchObject({ ok: false, code: 'account.weak-password' });
    expect(await createAccount(store, { ...base, login: 'x1', unitId: 'khac', units: new Set(['so-a']) })).toMatchObject({ ok: false, code: 'account.bad-unit' });
    await store.close();
  });

  it('locks an account name after repeated failures (even the right password), the same for unknown names, and unlocks after the window', async () => {
    const { store } = await setup();
    const at = (ms: number) => new Date(1_000_000 + ms);
    const go = (login: string, password: string, ms: number, ip = '10.0.0.1') => signIn(store, { login, password, ip, now: at(ms), policy, hashParams: fast });
    expect(await go('CAN-BO', 'dung-mat-khau', 0)).toMatchObject({ ok: true, user: { login: 'can-bo' } });
    expect(await go('can-bo', 'sai', 1)).toMatchObject({ ok: false, code: 'auth.bad-credentials' });
    expect(await go('can-bo', 'sai', 2)).toMatchObject({ ok: false, code: 'auth.bad-credentials' });
    const third = await go('can-bo', 'sai', 3);
    expect(third).toMatchObject({ ok: false, code: 'auth.locked' });
    expect(await go('can-bo', 'dung-mat-khau', 4)).toMatchObject({ ok: false, code: 'auth.locked' });
    // Another address cannot sign in to the locked name either.
    expect(await go('can-bo', 'dung-mat-khau', 5, '10.9.9.9')).toMatchObject({ ok: false, code: 'auth.locked' });
    // An unknown name behaves exactly alike.
    const ghost = [await go('khong-co', 'sai', 6), await go('khong-co', 'sai', 7), await go('khong-co', 'sai', 8)];
    expect(ghost.map((r) => (r.ok ? 'ok' : r.code))).toEqual(['auth.bad-credentials', 'auth.bad-credentials', 'auth.locked']);
    if (!ghost[0]!.ok && !(await go('can-bo', 'sai', 9)).ok) expect(ghost[0]!.message).toEqual({ vi: expect.stringContaining('không đúng'), en: expect.any(String) });
    expect(await go('can-bo', 'dung-mat-khau', 300_004)).toMatchObject({ ok: true });
    await store.close();
  });

  it('locks a client address that tries many names, whatever the names', async () => {
    const { store } = await setup();
    const ipPolicy = { ...policy, ip: { windowMs: 60_000, maxFailures: 4, lockMs: 120_000 } };
    const go = (login: string, password: string, ms: number, ip: string) => signIn(store, { login, password, ip, now: new Date(2_000_000 + ms), policy: ipPolicy, hashParams: fast });
    const spray = [];
    for (let i = 0; i < 4; i++) spray.push(await go(`ten-${i}`, 'sai', i, '10.6.6.6'));
    expect(spray.map((r) => (r.ok ? 'ok' : r.code))).toEqual(['auth.bad-credentials', 'auth.bad-credentials', 'auth.bad-credentials', 'auth.locked']);
    // The right password from that address is refused while it is locked; from another address it works.
    expect(await go('can-bo', 'dung-mat-khau', 10, '10.6.6.6')).toMatchObject({ ok: false, code: 'auth.locked' });
    expect(await go('can-bo', 'dung-mat-khau', 11, '10.7.7.7')).toMatchObject({ ok: true });
    expect(await go('can-bo', 'dung-mat-khau', 120_004, '10.6.6.6')).toMatchObject({ ok: true });
    await store.close();
  });

  it('starts a new session id at each sign-in, reads it back, ends it when idle, expired, disabled or after a password change', async () => {
    const { store, user } = await setup();
    const now = new Date(1_000_000);
    const a = await startSession(store, user, { now, ip: '10.0.0.1' });
    const b = await startSession(store, user, { now });
    expect(a.id).not.toBe(b.id);
    expect(a.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.csrf).toBe(csrfTokenFor(a.id));
    expect(checkCsrfToken(a.id, a.csrf)).toBe(true);
    expect(checkCsrfToken(a.id, b.csrf)).toBe(false);
    expect(checkCsrfToken(a.id, undefined)).toBe(false);
    // Only the hash is stored.
    expect(a.record.idHash).not.toContain(a.id);
    const req = (id: string) => new Request('http://x/', { headers: { cookie: `other=1; dvcq_session=${id}` } });
    expect((await readSession(store, req(a.id), { now }))?.user.id).toBe(user.id);
    expect(await readSession(store, req('x'.repeat(43)), { now })).toBeUndefined();
    const policy = { absoluteMs: 10 * 3600_000, idleMs: 30 * 60_000 };
    expect(await readSession(store, req(a.id), { now: new Date(now.getTime() + 31 * 60_000), policy })).toBeUndefined(); // idle
    expect(await readSession(store, req(a.id), { now })).toBeUndefined(); // and deleted
    expect(await readSession(store, req(b.id), { now: new Date(now.getTime() + 20 * 60_000), policy })).toBeDefined();
    expect(await readSession(store, req(b.id), { now: new Date(now.getTime() + 12 * 3600_000), policy: { ...policy, idleMs: 24 * 3600_000 } })).toBeUndefined(); // expired (12 h after sign-in)
    const c = await startSession(store, user, { now });
    const d = await startSession(store, user, { now });
    expect((await setPassword(store, user.id, 'mat-khau-moi-1', { now, mustChange: false, keepSessionHash: c.record.idHash, hashParams: fast })).ok).toBe(true);
    expect(await readSession(store, req(c.id), { now })).toBeDefined();
    expect(await readSession(store, req(d.id), { now })).toBeUndefined();
    await store.users.update(user.id, { disabled: true }, 'x');
    expect(await readSession(store, req(c.id), { now })).toBeUndefined();
    expect(sessionCookie(c.id, { secure: true })).toBe(`dvcq_session=${c.id}; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200; Secure`);
    expect(sessionCookie('', { secure: false })).toBe('dvcq_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0');
    await store.close();
  });

  it('audit() records who, what, where, and masks secrets', async () => {
    const { store, user } = await setup();
    const e = await audit(store, { actor: { unitId: 'so-a', userId: user.id, name: user.name, role: 'officer' }, action: 'account.password-change', target: `user:${user.id}`, ip: '10.0.0.1', at: new Date(0), details: { password: 'secret!', nested: { apiToken: 'x', ok: 1 } } });
    expect(e).toMatchObject({ actor: user.id, actorName: 'Cán bộ <b>A</b>', ip: '10.0.0.1', at: '1970-01-01T07:00:00+07:00', details: { password: '***', nested: { apiToken: '***', ok: 1 } } });
    expect((await audit(store, { actor: undefined, action: 'session.login-failed' })).actor).toBe('anonymous');
    expect((await audit(store, { actor: { unitId: 'so-b' }, action: 'report.submit', details: { big: 'x'.repeat(10_000) } })).actor).toBe('unit:so-b');
    expect(await store.audit.count()).toBe(3);
    await store.close();
  });
});
