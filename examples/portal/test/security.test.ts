// The sessions and the API attacked from outside (issue 14 §6): session fixation,
// CSRF, brute force and lock-out (the clock moved by restarting with a later
// DVCQ_NOW), reading or changing another unit's report by id, stored XSS in the
// texts an administrator or reviewer sees. Nothing let through, nothing lost.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '@dvcq/core';
import { hoaBinh2021Plan as plan } from '@dvcq/plan-hoa-binh-2021';
import { exampleReport } from '@dvcq/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Portal, ROOT, demoAccount, login, loginAs, startPortal, tempDataDir } from './_portal';

const T0 = '2021-05-10T09:00:00+07:00';
let portal: Portal;
let dataDir: string;
beforeAll(async () => {
  dataDir = tempDataDir('security');
  portal = await startPortal(dataDir, { DVCQ_NOW: T0 });
}, 120_000);
afterAll(async () => {
  await portal?.stop();
});

const post = (path: string, headers: Record<string, string>, body: unknown) =>
  fetch(`${portal.base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body), redirect: 'manual' });
const loginRaw = (name: string, password: string, headers: Record<string, string> = {}) =>
  fetch(`${portal.base}/login`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ login: name, password }) });
const cookieOf = (res: Response) => /dvcq_session=([A-Za-z0-9_-]*)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
const me = (cookie: string) => fetch(`${portal.base}/api/me`, { headers: { cookie: `dvcq_session=${cookie}` } });

describe('session fixation', () => {
  it('gives a new session id at every sign-in and never adopts one the browser had', async () => {
    const a = demoAccount(portal, 'officer', 'so-y-te');
    // An id planted by an attacker (well-formed, unknown to the server).
    const planted = 'A'.repeat(43);
    const first = await loginRaw(a.login, a.password, { cookie: `dvcq_session=${planted}` });
    expect(first.status).toBe(200);
    const id1 = cookieOf(first)!;
    expect(id1).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(id1).not.toBe(planted);
    expect((await me(planted)).status).toBe(401);
    expect((await me(id1)).status).toBe(200);
    // The attacker signs in and plants his own working session in the victim's browser:
    // the victim's sign-in ends it and starts another.
    const attacker = await login(portal, 'officer', 'so-tai-chinh');
    const attackerId = /dvcq_session=(.*)/.exec(attacker.cookie)![1]!;
    const victim = await loginRaw(a.login, a.password, { cookie: attacker.cookie });
    const id2 = cookieOf(victim)!;
    expect(id2).not.toBe(attackerId);
    expect(id2).not.toBe(id1);
    expect((await me(attackerId)).status).toBe(401);
    expect(((await (await me(id2)).json()) as { unitId: string }).unitId).toBe('so-y-te');
    // The cookie's attributes.
    expect(victim.headers.get('set-cookie')).toMatch(/^dvcq_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/);
  });

  it('ends the session at sign-out and at a password change (all of the account’s sessions)', async () => {
    const s = await login(portal, 'officer', 'so-xay-dung');
    const other = await login(portal, 'officer', 'so-xay-dung');
    const out = await fetch(`${portal.base}/logout`, { method: 'POST', headers: s.headers({ 'content-type': 'application/x-www-form-urlencoded' }), body: `_csrf=${s.csrf}`, redirect: 'manual' });
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(/^dvcq_session=; .*Max-Age=0/);
    expect((await fetch(`${portal.base}/api/me`, { headers: { cookie: s.cookie } })).status).toBe(401);
    expect((await fetch(`${portal.base}/api/me`, { headers: { cookie: other.cookie } })).status).toBe(200);
    const third = await login(portal, 'officer', 'so-xay-dung');
    const newPassword = 'mat-khau-moi-cua-so-xay-dung';
    const change = await fetch(`${portal.base}/account/password`, {
      method: 'POST',
      headers: third.headers({ 'content-type': 'application/x-www-form-urlencoded' }),
      body: new URLSearchParams({ _csrf: third.csrf, current: third.account.password, password: newPassword, confirm: newPassword }).toString(),
    });
    expect(change.status).toBe(200);
    const fresh = cookieOf(change)!;
    for (const old of [other.cookie, third.cookie]) expect((await fetch(`${portal.base}/api/me`, { headers: { cookie: old } })).status).toBe(401);
    expect((await me(fresh)).status).toBe(200);
    expect((await loginRaw(third.account.login, third.account.password)).status).toBe(401);
    expect((await loginAs(portal, third.account.login, newPassword)).account.unitId).toBe('so-xay-dung');
  });
});

describe('CSRF', () => {
  it('refuses a state change without the session’s token, with another session’s, or from another site; nothing is stored', async () => {
    const s = await login(portal, 'officer', 'so-y-te');
    const other = await login(portal, 'officer', 'so-tu-phap');
    const body = exampleReport(plan, 'so-y-te', { period: 'semiannual', year: 2021, date: '2021-05-05', number: 7 });
    const count = async () => ((await (await fetch(`${portal.base}/api/reports`, { headers: { cookie: s.cookie } })).json()) as { reports: unknown[] }).reports.length;
    const before = await count();
    const cases: Array<[string, Record<string, string>, number, string]> = [
      ['no token', { cookie: s.cookie }, 403, 'auth.csrf'],
      ['another session’s token', { cookie: s.cookie, 'x-csrf-token': other.csrf }, 403, 'auth.csrf'],
      ['a made-up token', { cookie: s.cookie, 'x-csrf-token': 'x'.repeat(43) }, 403, 'auth.csrf'],
      ['a cross-site Origin', s.headers({ origin: 'https://evil.example' }), 403, 'auth.cross-site'],
      ['Origin null (sandboxed frame)', s.headers({ origin: 'null' }), 403, 'auth.cross-site'],
      ['Sec-Fetch-Site: cross-site', s.headers({ 'sec-fetch-site': 'cross-site' }), 403, 'auth.cross-site'],
    ];
    for (const [name, headers, status, code] of cases) {
      const res = await post('/api/reports', headers, body);
      expect([name, res.status, ((await res.json()) as { error: { code: string } }).error.code]).toEqual([name, status, code]);
    }
    expect(await count()).toBe(before);
    // A form post without its _csrf field is refused too, and the session stays.
    const out = await fetch(`${portal.base}/logout`, { method: 'POST', headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: '', redirect: 'manual' });
    expect(out.status).toBe(403);
    expect((await fetch(`${portal.base}/api/me`, { headers: { cookie: s.cookie } })).status).toBe(200);
    // The same request from the portal's own page goes through.
    const ok = await post('/api/reports', s.headers({ origin: portal.base, 'sec-fetch-site': 'same-origin' }), body);
    expect(ok.status).toBe(201);
    expect(await count()).toBe(before + 1);
    // API keys (no cookie) need no CSRF token.
    const byKey = await post('/api/reports', { authorization: `Bearer ${portal.tokens['so-y-te']}` }, exampleReport(plan, 'so-y-te', { period: 'semiannual', year: 2021, date: '2021-05-05', number: 8 }));
    expect(byKey.status).toBe(201);
  });

  it('refuses a cross-site sign-in (login CSRF)', async () => {
    const a = demoAccount(portal, 'officer', 'so-cong-thuong');
    const res = await loginRaw(a.login, a.password, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
  });
});

describe('brute force and lock-out', () => {
  it('locks a name after 5 failures — the right password too — says the same for unknown names, and unlocks after the window', async () => {
    const a = demoAccount(portal, 'officer', 'so-giao-duc-dao-tao');
    const tries = async (name: string) => {
      const out: Array<[number, string]> = [];
      for (let i = 0; i < 5; i++) {
        const r = await loginRaw(name, `sai-${i}`);
        out.push([r.status, ((await r.json()) as { error: { code: string; text: string } }).error.text]);
      }
      return out;
    };
    const known = await tries(a.login);
    const unknown = await tries('khong-co-tai-khoan-nay');
    expect(known.map((x) => x[0])).toEqual([401, 401, 401, 401, 429]);
    // An unknown name gets exactly the same answers: nothing tells which names exist.
    expect(unknown.map((x) => x[0])).toEqual(known.map((x) => x[0]));
    expect(unknown[0]![1]).toBe(known[0]![1]);
    expect(known[4]![1]).toMatch(/tạm bị khóa.*15 phút/);
    const locked = await loginRaw(a.login, a.password);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(800);
    expect(locked.headers.get('set-cookie')).toBeNull();
    // Another account is not affected.
    expect((await loginAs(portal, demoAccount(portal, 'officer', 'so-y-te').login, demoAccount(portal, 'officer', 'so-y-te').password)).csrf).toBeTruthy();
    // The lock is recorded in the audit log.
    const admin = await login(portal, 'admin');
    const audit = await (await fetch(`${portal.base}/admin/audit`, { headers: { cookie: admin.cookie } })).text();
    expect(audit).toContain(`login:${a.login}`);
    expect(audit).toContain('session.locked');
    // 16 minutes later (the portal restarted with a later clock): the right password works again.
    await portal.stop();
    portal = await startPortal(dataDir, { DVCQ_NOW: '2021-05-10T09:16:00+07:00' });
    expect((await loginRaw(a.login, a.password)).status).toBe(200);
  }, 120_000);

  it('bounds what a client can send to the sign-in', async () => {
    const big = await fetch(`${portal.base}/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'x', password: 'p'.repeat(100_000) }) });
    expect(big.status).toBe(413);
    const long = await loginRaw('a'.repeat(5000), 'x');
    expect(long.status).toBe(401);
  });
});

describe("another unit's report by id", () => {
  it('can neither be read nor replaced by another unit (403/404), and nothing changes', async () => {
    const owner = await login(portal, 'officer', 'so-tai-chinh');
    const r = await post('/api/reports', owner.headers(), exampleReport(plan, 'so-tai-chinh', { period: 'semiannual', year: 2021, date: '2021-05-05', number: 3 }));
    expect(r.status).toBe(201);
    const id = ((await r.json()) as { id: string }).id;
    const intruder = await login(portal, 'officer', 'so-y-te');
    const head = await login(portal, 'head');
    for (const who of [intruder, head]) {
      for (const path of [`/api/reports/${id}`, `/api/reports/${id}/history`, `/api/reports/${id}?format=docx`]) {
        expect([path, (await fetch(`${portal.base}${path}`, { headers: who.headers() })).status]).toEqual([path, 403]);
      }
    }
    expect((await fetch(`${portal.base}/api/reports/${id}`, { headers: { authorization: `Bearer ${portal.tokens['so-y-te']}` } })).status).toBe(403);
    // A correction naming another unit's report (as the intruder's own unit, or claiming the owner's).
    const own = exampleReport(plan, 'so-y-te', { period: 'semiannual', year: 2021, date: '2021-05-05', number: 44 });
    expect((await post(`/api/reports?replaces=${id}`, intruder.headers(), own)).status).toBe(403);
    const claimed = exampleReport(plan, 'so-tai-chinh', { period: 'semiannual', year: 2021, date: '2021-05-05', number: 45 });
    expect((await post(`/api/reports?replaces=${id}`, intruder.headers(), claimed)).status).toBe(403);
    expect((await fetch(`${portal.base}/api/reports/khong-co-ma-nay`, { headers: intruder.headers() })).status).toBe(404);
    // Nothing changed: the owner's report has no correction, the intruder stored nothing.
    const history = (await (await fetch(`${portal.base}/api/reports/${id}/history`, { headers: owner.headers() })).json()) as { history: Array<{ id: string }> };
    expect(history.history.map((h) => h.id)).toEqual([id]);
    const list = (await (await fetch(`${portal.base}/api/reports?history=1`, { headers: intruder.headers() })).json()) as { reports: Array<{ documentNumber: string }> };
    expect(list.reports.map((x) => x.documentNumber)).not.toContain('44/BC-SYT');
  });
});

describe('administration of accounts and API keys', () => {
  it('a reset ends the sessions and forces a change; disabling ends them; an API key works once made and stops when revoked', async () => {
    const admin = await login(portal, 'admin');
    const post = (fields: Record<string, string>) =>
      fetch(`${portal.base}/admin/accounts`, { method: 'POST', headers: admin.headers({ 'content-type': 'application/x-www-form-urlencoded' }), body: new URLSearchParams({ _csrf: admin.csrf, ...fields }).toString() });
    const secretOf = async (res: Response) => /id="portal-secret">([^<]+)</.exec(await res.text())?.[1];
    const officer = await login(portal, 'officer', 'so-lao-dong-tbxh');
    const page = await (await fetch(`${portal.base}/admin/accounts`, { headers: { cookie: admin.cookie } })).text();
    const userId = new RegExp(`<tr data-login="so-lao-dong-tbxh">.*?name="id" value="([^"]+)"`).exec(page)![1]!;
    // Reset: a temporary password shown once; the old password and the open session stop working.
    const reset = await post({ action: 'reset', id: userId });
    expect(reset.status).toBe(200);
    const temp = (await secretOf(reset))!;
    expect(temp).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
    expect((await fetch(`${portal.base}/api/me`, { headers: { cookie: officer.cookie } })).status).toBe(401);
    expect((await loginRaw(officer.account.login, officer.account.password)).status).toBe(401);
    // Signed in with it: nothing but the password change until it is changed.
    const withTemp = await loginAs(portal, officer.account.login, temp);
    expect((await fetch(`${portal.base}/api/me`, { headers: { cookie: withTemp.cookie } })).status).toBe(401);
    const form = await fetch(`${portal.base}/form`, { headers: { cookie: withTemp.cookie }, redirect: 'manual' });
    expect([form.status, form.headers.get('location')]).toEqual([303, '/account/password?lang=vi']);
    const changed = await fetch(`${portal.base}/account/password`, {
      method: 'POST',
      headers: withTemp.headers({ 'content-type': 'application/x-www-form-urlencoded' }),
      body: new URLSearchParams({ _csrf: withTemp.csrf, current: temp, password: 'mat-khau-rieng-cua-toi', confirm: 'mat-khau-rieng-cua-toi' }).toString(),
    });
    expect(changed.status).toBe(200);
    const fresh = /dvcq_session=[A-Za-z0-9_-]+/.exec(changed.headers.get('set-cookie') ?? '')![0];
    expect((await fetch(`${portal.base}/api/me`, { headers: { cookie: fresh } })).status).toBe(200);
    // Disable: its sessions end and it cannot sign in; enable again.
    expect((await post({ action: 'disable', id: userId })).status).toBe(200);
    expect((await fetch(`${portal.base}/api/me`, { headers: { cookie: fresh } })).status).toBe(401);
    expect((await loginRaw(officer.account.login, 'mat-khau-rieng-cua-toi')).status).toBe(401);
    expect((await post({ action: 'enable', id: userId })).status).toBe(200);
    expect((await loginRaw(officer.account.login, 'mat-khau-rieng-cua-toi')).status).toBe(200);
    // The administrator cannot disable their own account.
    expect((await post({ action: 'disable', id: new RegExp(`<tr data-login="admin">.*?name="id" value="([^"]+)"`).exec(page)![1]! })).status).toBe(422);
    // An API key: shown once, stored hashed, works, stops when revoked.
    const made = await post({ action: 'key-create', unitId: 'so-lao-dong-tbxh', label: 'Hệ thống quản lý văn bản' });
    const key = (await secretOf(made))!;
    expect(key).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const me = await fetch(`${portal.base}/api/me`, { headers: { authorization: `Bearer ${key}` } });
    expect(((await me.json()) as { unitId: string }).unitId).toBe('so-lao-dong-tbxh');
    const listed = await (await fetch(`${portal.base}/admin/accounts`, { headers: { cookie: admin.cookie } })).text();
    expect(listed).not.toContain(key);
    const keyId = /<tr data-key="(key-[0-9a-f]+)">/.exec(listed)![1]!;
    expect((await post({ action: 'key-revoke', id: keyId })).status).toBe(200);
    expect((await fetch(`${portal.base}/api/me`, { headers: { authorization: `Bearer ${key}` } })).status).toBe(401);
    // Every step is in the audit log.
    const log = await (await fetch(`${portal.base}/admin/audit`, { headers: { cookie: admin.cookie } })).text();
    for (const action of ['account.password-reset', 'account.password-change', 'account.disable', 'account.enable', 'api-key.create', 'api-key.revoke']) expect(log).toContain(`<code>${action}</code>`);
  });
});

describe('stored XSS in texts an administrator or reviewer sees', () => {
  it('escapes display names and login attempts on the accounts page, the audit log and the header', async () => {
    const admin = await login(portal, 'admin');
    const evil = `<script>alert(1)</script><img src=x onerror=alert(2)>"'&`;
    const form = (fields: Record<string, string>) => new URLSearchParams({ _csrf: admin.csrf, ...fields }).toString();
    const made = await fetch(`${portal.base}/admin/accounts`, { method: 'POST', headers: admin.headers({ 'content-type': 'application/x-www-form-urlencoded' }), body: form({ action: 'create', login: 'xss-test', name: evil, role: 'officer', unitId: 'so-y-te' }) });
    expect(made.status).toBe(200);
    const html = await made.text();
    const temp = /id="portal-secret">([^<]+)</.exec(html)![1]!;
    // A sign-in attempt under a hostile name lands in the audit log (lock-out entries name it).
    for (let i = 0; i < 5; i++) await loginRaw(`<img src=x onerror=alert(3)>`, 'x');
    const user = await loginAs(portal, 'xss-test', temp);
    const pages = [
      html,
      await (await fetch(`${portal.base}/admin/accounts`, { headers: { cookie: admin.cookie } })).text(),
      await (await fetch(`${portal.base}/admin/audit`, { headers: { cookie: admin.cookie } })).text(),
      // The user must change the temporary password: the page shows the header with the name.
      await (await fetch(`${portal.base}/account/password`, { headers: { cookie: user.cookie } })).text(),
    ];
    for (const page of pages) {
      expect(page).not.toContain('<script>alert');
      expect(page).not.toContain('<img src=x');
      expect(page).not.toMatch(/onerror=alert\(\d\)>/);
    }
    expect(pages[1]).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp;');
    expect(pages[2]).toContain('&lt;img src=x onerror=alert(3)&gt;');
    expect(pages[3]).toContain('<span id="portal-user-name">&lt;script&gt;');
  });
});

describe('the Bắc Ninh 2026 plan (two levels, quarterly)', () => {
  it('lets each role reach exactly its pages and its own unit’s reports', async () => {
    const file = join(ROOT, 'fixtures/plans/bac-ninh-2026.plan.json');
    const bn = JSON.parse(readFileSync(file, 'utf8')) as Plan;
    const p = await startPortal(tempDataDir('security-bn'), { DVCQ_PLAN: file, DVCQ_NOW: '2026-06-15T09:00:00+07:00' });
    try {
      const officer = await login(p, 'officer', 'syt');
      const other = await login(p, 'officer', 'xa-dai-son');
      const coordinator = await login(p, 'coordinator');
      const status = async (path: string, h: Record<string, string>) => (await fetch(`${p.base}${path}`, { headers: h, redirect: 'manual' })).status;
      expect(await status('/form', officer.headers())).toBe(200);
      expect(await status('/dashboard', officer.headers())).toBe(403);
      expect(await status('/dashboard', coordinator.headers())).toBe(200);
      expect(await status('/form', {})).toBe(303);
      const r = await fetch(`${p.base}/api/reports`, {
        method: 'POST',
        headers: officer.headers({ 'content-type': 'application/json' }),
        body: JSON.stringify(exampleReport(bn, 'syt', { period: 'quarterly', year: 2026, periodIndex: 2, date: '2026-06-12' })),
      });
      expect(r.status).toBe(201);
      const id = ((await r.json()) as { id: string }).id;
      expect(await status(`/api/reports/${id}`, officer.headers())).toBe(200);
      expect(await status(`/api/reports/${id}`, other.headers())).toBe(403);
      expect(await status(`/api/reports/${id}`, coordinator.headers())).toBe(200);
      expect(await status('/api/aggregate?period=quarterly&year=2026&periodIndex=2&obligationId=bc-quy-2026', other.headers())).toBe(403);
      expect(await status('/api/aggregate?period=quarterly&year=2026&periodIndex=2&obligationId=bc-quy-2026', coordinator.headers())).toBe(200);
    } finally {
      await p.stop();
    }
  }, 120_000);
});
