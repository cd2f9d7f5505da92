import { describe, expect, it } from 'vitest';
import { hashAccessToken } from '../http/auth';
import { copyStore } from './copy';
import { rec } from './testing/contract';
import { mustOpen, setupTestDatabases } from './testing/databases';
import type { Store } from './types';

const dbs = setupTestDatabases();
const targets = dbs.names.filter((n) => n !== 'sqlite');

async function fill(store: Store) {
  for (let i = 0; i < 1200; i++) await store.reports.insert(rec(`r${i}`, { unitId: `u${i % 30}`, report: { i, text: `Báo cáo số ${i} — “ngoặc” \u0000 😀` } }));
  await store.reports.insert(rec('fix', { unitId: 'u0', replaces: 'r0' }));
  await store.accessKeys.add({ id: 'token-u1', tokenHash: await hashAccessToken('x'), unitId: 'u1', readAll: false, label: 'portal', createdAt: '2021-05-01T08:00:00+07:00' });
  await store.accessKeys.revoke('token-u1', '2021-05-02T08:00:00+07:00');
  await store.contacts.set('u1', [{ email: 'vt@u1.example.invalid', name: 'Văn thư' }], '2021-05-01T08:00:00+07:00');
  await store.notifications.add({ id: 'n1', unitId: 'u1', kind: 'reminder', dedupeKey: 'k', createdAt: 'x', title: { vi: 'Nhắc', en: 'Remind' }, body: { vi: 'b', en: 'b' }, data: { a: [1] } });
  await store.users.add({ id: 'user-1', login: 'u1', name: 'Cán bộ', role: 'officer', unitId: 'u1', passwordHash: 'scrypt$32768$8$1$a$b', disabled: false, mustChangePassword: true, createdAt: '2021-05-01T08:00:00+07:00' });
  await store.sessions.create({ idHash: 'h', userId: 'user-1', createdAt: '2021-05-01T08:00:00+07:00', expiresMs: 1_700_000_000_000, lastSeenMs: 1_600_000_000_000, ip: '127.0.0.1' });
  await store.loginAttempts.fail('ip:127.0.0.1', 1_600_000_000_000, { windowMs: 1000, maxFailures: 5, lockMs: 1000, maxKeys: 10 });
  await store.audit.append({ at: '2021-05-01T08:00:00+07:00', actor: 'system', action: 'account.create', target: 'user:user-1', details: { role: 'officer' } });
  await store.reminders.ensure({ id: 'p/x/u1/after', planId: 'p', instanceKey: 'x', unitId: 'u1', stage: 'after', dueDate: '2021-05-20', recipients: ['vt@u1.example.invalid'], createdAt: 'x', nextAttemptMs: 1_700_000_000_000 });
  await store.reviews.append({ id: 'e1', reportId: 'r0', step: 1, action: 'return', state: 'returned', actor: { userId: 'c1', role: 'coordinator', unitId: 'snv' }, at: 'x', comment: 'Sửa', comments: [{ on: 'field', pointer: '/document/number', text: 'Sai' }] });
  await store.reviews.grantExtension({ id: 'x1', planId: 'p', instanceKey: 'x', unitId: 'u1', lastDay: '2021-06-30', reason: 'Lũ', grantedBy: 'c1', grantedAt: 'x' });
  await store.reviews.setApprovalRequired('p', true, 'admin', 'x');
  await store.plans.add({ key: 'e1', status: 'published', plan: { id: 'p', year: 2021 }, source: { kind: 'config', findings: [] }, by: 'config', at: '2021-05-01T08:00:00+07:00' });
}

describe.each(targets)('copy SQLite → %s', (name) => {
  it('copies every table, checks it row by row, and the copy works as a store (sequences continue)', async () => {
    const source = await mustOpen(dbs.get('sqlite').freshUrl());
    await fill(source);
    const target = await mustOpen(dbs.get(name).freshUrl());
    const seen: string[] = [];
    const r = await copyStore(source, target, { onTable: (t) => seen.push(t.table), batchSize: 200 });
    expect(r.issues).toEqual([]);
    expect(r.value!.tables).toEqual([
      { table: 'dvcq_access_keys', rows: 1 },
      { table: 'dvcq_audit_log', rows: 1 },
      { table: 'dvcq_extensions', rows: 1 },
      { table: 'dvcq_login_attempts', rows: 1 },
      { table: 'dvcq_notifications', rows: 1 },
      { table: 'dvcq_plans', rows: 1 },
      { table: 'dvcq_reminders', rows: 1 },
      { table: 'dvcq_reports', rows: 1201 },
      { table: 'dvcq_review_events', rows: 1 },
      { table: 'dvcq_review_settings', rows: 1 },
      { table: 'dvcq_sessions', rows: 1 },
      { table: 'dvcq_unit_contacts', rows: 1 },
      { table: 'dvcq_users', rows: 1 },
    ]);
    expect(r.value!.verifiedRows).toBe(1213);
    expect(seen).toHaveLength(13);
    expect(await target.users.list()).toEqual(await source.users.list());
    expect(await target.audit.list()).toEqual(await source.audit.list());
    expect(await target.reviews.events(['r0'])).toEqual(await source.reviews.events(['r0']));
    expect(await target.reviews.approvalRequired('p')).toBe(true);
    expect(await target.reports.list({ currentOnly: false })).toEqual(await source.reports.list({ currentOnly: false }));
    expect(await target.reports.history('fix')).toEqual(await source.reports.history('fix'));
    expect(await target.accessKeys.list({ includeRevoked: true })).toEqual(await source.accessKeys.list({ includeRevoked: true }));
    expect(await target.reminders.list()).toEqual(await source.reminders.list());
    expect(await target.notifications.list({})).toEqual(await source.notifications.list({}));
    expect(await target.plans.list()).toEqual(await source.plans.list());
    // New rows get keys after the copied ones and keep the order.
    await target.reports.insert(rec('after-copy'));
    expect((await target.reports.list({ currentOnly: false })).at(-1)!.id).toBe('after-copy');
    expect((await target.notifications.add({ id: 'n2', unitId: 'u1', kind: 'x', createdAt: 'y', title: { vi: '', en: '' }, body: { vi: '', en: '' }, data: {} })).created).toBe(true);
    expect((await target.notifications.list({ unitId: 'u1' })).map((n) => n.id)).toEqual(['n2', 'n1']);

    // A second copy into the same database is refused: it is not empty.
    const again = await copyStore(source, target);
    expect(again.ok).toBe(false);
    expect(again.issues[0]!.code).toBe('store.copy-target-not-empty');
    expect(again.issues[0]!.text.vi).toContain('đã có dữ liệu');
    await source.close();
    await target.close();
  });

  it('rolls everything back when the read-back differs', async () => {
    const source = await mustOpen(dbs.get('sqlite').freshUrl());
    await fill(source);
    const url = dbs.get(name).freshUrl();
    const target = await mustOpen(url);
    // A target that changes what it is given (here a trigger; in life an encoding or a type).
    await dbs.get(name).raw(
      url,
      `CREATE FUNCTION dvcq_test_mangle() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.body := upper(NEW.body); RETURN NEW; END $$;
       CREATE TRIGGER dvcq_test_mangle BEFORE INSERT ON dvcq_reports FOR EACH ROW EXECUTE FUNCTION dvcq_test_mangle();`,
    );
    const r = await copyStore(source, target, { lang: 'en' });
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'store.copy-verify-failed' });
    expect(r.issues[0]!.message).toMatch(/^Reading back found \d+ difference\(s\) \(first: table dvcq_reports, key .*, column body\)/);
    expect(await target.reports.list({ currentOnly: false })).toEqual([]);
    expect(await target.contacts.list()).toEqual([]);
    await source.close();
    await target.close();
  });
});
