import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '@dvcq/server';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run';
// The store's own test databases (PGlite, and DVCQ_TEST_DATABASE_URL when set).
import { rec } from '../../../server/src/store/testing/contract';
import { mustOpen, setupTestDatabases } from '../../../server/src/store/testing/databases';

const dbs = setupTestDatabases();
const targets = dbs.names.filter((n) => n !== 'sqlite');

async function dvcq(cwd: string, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd });
  return { code, out, err };
}

/** A portal data folder as the portal leaves it: DIR/portal.db. */
async function portalDir(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'dvcq-db-cli-'));
  const r = await openStore(`sqlite:${join(dir, 'portal.db')}`);
  const s = r.value!;
  for (let i = 0; i < 30; i++) await s.reports.insert(rec(`r${i}`, { unitId: `u${i % 7}` }));
  await s.contacts.set('u1', [{ email: 'vt@u1.example.invalid' }], '2021-05-01T08:00:00+07:00');
  await s.close();
  return dir;
}

describe.each(targets)('dvcq db migrate → %s', (name) => {
  it('copies a portal data folder into PostgreSQL, checks it row by row, and refuses a second copy', async () => {
    const dir = await portalDir();
    const to = dbs.get(name).freshUrl();
    const r = await dvcq(dir, 'db', 'migrate', '--from', 'sqlite:.', '--to', to);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Nguồn: sqlite:${join(dir, 'portal.db')} (lược đồ phiên bản`);
    expect(r.out).toMatch(/dvcq_reports +30 dòng/);
    expect(r.out).toMatch(/dvcq_unit_contacts +1 dòng/);
    expect(r.out).toContain('Đã chép và đọc lại đối chiếu từng dòng, từng cột: 31 dòng khớp.');
    const target = await mustOpen(to);
    expect((await target.reports.list()).map((x) => x.id)).toEqual(Array.from({ length: 30 }, (_, i) => `r${i}`));
    await target.close();

    const again = await dvcq(dir, 'db', 'migrate', '--from', `sqlite:${dir}`, '--to', to, '--lang', 'en');
    expect(again.code).toBe(1);
    expect(again.err).toContain('The target database already holds data (dvcq_reports, dvcq_unit_contacts)');
  });
});

describe('dvcq db migrate: usage errors (exit 2)', () => {
  it('a folder without portal.db, or an address it cannot read', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'dvcq-db-cli-empty-'));
    const a = await dvcq(empty, 'db', 'migrate', '--from', 'sqlite:.', '--to', 'postgres://x@127.0.0.1:1/db');
    expect(a.code).toBe(2);
    expect(a.err).toContain(`Không có cơ sở dữ liệu SQLite ở ${join(empty, 'portal.db')}`);
    const dir = await portalDir();
    const b = await dvcq(dir, 'db', 'migrate', '--from', 'sqlite:.', '--to', 'mysql://somewhere/db');
    expect(b.code).toBe(2);
    expect(b.err).toContain('Địa chỉ cơ sở dữ liệu không hợp lệ: "mysql://somewhere/db"');
    const c = await dvcq(dir, 'db', 'migrate', '--from', 'sqlite:.', '--to', 'postgres://dvcq:secret@127.0.0.1:1/db');
    expect(c.code).toBe(2);
    expect(c.err).toContain('postgres://dvcq:***@127.0.0.1:1/db: Cơ sở dữ liệu tạm thời không truy cập được');
    expect(c.err).not.toContain('secret');
  });
});

describe('dvcq db contacts', () => {
  it('sets, imports and lists the units’ reminder addresses; refuses unknown units and bad addresses without writing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvcq-contacts-'));
    const db = `sqlite:${join(dir, 'portal.db')}`;
    const missing = await dvcq(dir, 'db', 'contacts', '--db', db);
    expect(missing.code).toBe(2); // never creates a stray database on a typo
    (await openStore(db)).value!.close();
    const set = await dvcq(dir, 'db', 'contacts', '--db', db, '--set', 'so-y-te=Van.Thu@SoYTe.example.invalid, b@soyte.example.invalid', '--set', 'so-tu-phap=x@stp.example.invalid');
    expect(set.err).toBe('');
    expect(set.code).toBe(0);
    expect(set.out).toContain('Đã cập nhật 2 đơn vị.');
    expect(set.out).toMatch(/so-y-te +Van\.Thu@soyte\.example\.invalid, b@soyte\.example\.invalid/);
    expect(set.out).toMatch(/2 đơn vị có địa chỉ; \d+ đơn vị phải nộp báo cáo chưa có: /);
    writeFileSync(join(dir, 'lien-he.json'), JSON.stringify({ 'so-tu-phap': [], 'so-xay-dung': 'vt@sxd.example.invalid' }));
    const imp = await dvcq(dir, 'db', 'contacts', '--db', 'sqlite:.', '--import', 'lien-he.json', '--json');
    expect(imp.code).toBe(0);
    expect((JSON.parse(imp.out) as { contacts: Array<{ unitId: string; email: string }> }).contacts.map((c) => `${c.unitId} ${c.email}`)).toEqual([
      'so-xay-dung vt@sxd.example.invalid',
      'so-y-te Van.Thu@soyte.example.invalid',
      'so-y-te b@soyte.example.invalid',
    ]);
    const bad = await dvcq(dir, 'db', 'contacts', '--db', db, '--set', 'khong-co=a@b.example.invalid', '--set', 'so-y-te=not-an-address');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('Kế hoạch hoa-binh-2021 không có đơn vị "khong-co".');
    expect(bad.err).toContain('so-y-te: Không phải địa chỉ thư điện tử: "not-an-address".');
    expect(bad.err).toContain('Không ghi gì.');
    const after = await dvcq(dir, 'db', 'contacts', '--db', db, '--json');
    expect(JSON.parse(after.out).contacts).toHaveLength(3);
  });
});
