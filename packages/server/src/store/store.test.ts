import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryReportStore } from './memory';
import { createSqliteReportStore } from './sqlite';
import type { NewReportRecord, ReportStore } from './types';

const dir = mkdtempSync(join(tmpdir(), 'dvcq-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const dbs: Database.Database[] = [];
afterAll(() => dbs.forEach((d) => d.close()));

const rec = (id: string, over: Partial<NewReportRecord> = {}): NewReportRecord => ({
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

const makers: Array<[string, () => ReportStore]> = [
  ['memory', () => createMemoryReportStore()],
  [
    'sqlite',
    () => {
      const db = new Database(join(dir, `${Math.random().toString(36).slice(2)}.db`));
      dbs.push(db);
      return createSqliteReportStore(db);
    },
  ],
];

describe.each(makers)('%s store', (_name, make) => {
  it('stores, reads back and refuses a duplicate document number for the same unit and period', async () => {
    const s = make();
    const a = await s.insert(rec('1'));
    expect(a.ok).toBe(true);
    expect(await s.get('1')).toMatchObject({ id: '1', documentNumber: '1/BC-SA', report: { note: '1' } });
    expect(await s.insert(rec('2', { documentNumber: '1/BC-SA' }))).toEqual({ ok: false, code: 'duplicate', existingId: '1' });
    // Same number, another unit or another period: not a duplicate.
    expect((await s.insert(rec('3', { documentNumber: '1/BC-SA', unitId: 'so-b' }))).ok).toBe(true);
    expect((await s.insert(rec('4', { documentNumber: '1/BC-SA', period: 'semiannual' }))).ok).toBe(true);
    expect(await s.get('2')).toBeUndefined();
  });

  it('keeps the replaced report in the history and lets a report be corrected once', async () => {
    const s = make();
    await s.insert(rec('a'));
    const b = await s.insert(rec('b', { replaces: 'a' }));
    expect(b.ok).toBe(true);
    expect(await s.insert(rec('c', { replaces: 'a' }))).toEqual({ ok: false, code: 'already-replaced', replacedBy: 'b' });
    expect((await s.insert(rec('c', { replaces: 'b' }))).ok).toBe(true);
    expect((await s.get('a'))?.replacedBy).toBe('b');
    expect((await s.history('b')).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect((await s.history('a')).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect((await s.list()).map((r) => r.id)).toEqual(['c']);
    expect((await s.list({ currentOnly: false })).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('refuses a correction of a missing report or of another unit, period or year', async () => {
    const s = make();
    await s.insert(rec('a'));
    expect(await s.insert(rec('x', { replaces: 'nope' }))).toEqual({ ok: false, code: 'replaces-not-found' });
    expect(await s.insert(rec('x', { replaces: 'a', unitId: 'so-b' }))).toEqual({ ok: false, code: 'replaces-mismatch', field: 'unitId' });
    expect(await s.insert(rec('x', { replaces: 'a', year: 2022 }))).toEqual({ ok: false, code: 'replaces-mismatch', field: 'year' });
    expect(await s.insert(rec('x', { replaces: 'a', period: 'semiannual' }))).toEqual({ ok: false, code: 'replaces-mismatch', field: 'period' });
    expect(await s.list({ currentOnly: false })).toHaveLength(1);
  });

  it('filters lists and returns copies the caller cannot use to change stored data', async () => {
    const s = make();
    await s.insert(rec('1'));
    await s.insert(rec('2', { unitId: 'so-b', period: 'semiannual' }));
    expect((await s.list({ unitId: 'so-b' })).map((r) => r.id)).toEqual(['2']);
    expect((await s.list({ period: 'annual', year: 2021 })).map((r) => r.id)).toEqual(['1']);
    expect(await s.list({ year: 2020 })).toEqual([]);
    const got = (await s.get('1'))!;
    (got.report as Record<string, unknown>).note = 'changed';
    expect((await s.get('1'))!.report.note).toBe('1');
  });

  it('keeps keys such as __proto__ as plain data', async () => {
    const s = make();
    const report = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": 1}}') as Record<string, unknown>;
    await s.insert(rec('p', { report }));
    const got = (await s.get('p'))!;
    expect(Object.prototype.hasOwnProperty.call(got.report, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('sqlite store', () => {
  it('is append-only, in WAL mode, and keeps data across reopen', async () => {
    const file = join(dir, 'reopen.db');
    const db1 = new Database(file);
    const s1 = createSqliteReportStore(db1);
    await s1.insert(rec('1'));
    expect(db1.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(() => db1.prepare('DELETE FROM dvcq_reports').run()).toThrow(/append-only/);
    expect(() => db1.prepare("UPDATE dvcq_reports SET body = '{}'").run()).toThrow(/append-only/);
    db1.close();
    const db2 = new Database(file);
    dbs.push(db2);
    const s2 = createSqliteReportStore(db2);
    expect((await s2.get('1'))?.report).toEqual({ unitId: 'so-a', note: '1' });
    expect(await s2.insert(rec('9', { documentNumber: '1/BC-SA' }))).toMatchObject({ code: 'duplicate' });
  });

  it('two connections on one file never store a duplicate', async () => {
    const file = join(dir, 'two.db');
    const a = new Database(file);
    const b = new Database(file);
    dbs.push(a, b);
    const sa = createSqliteReportStore(a);
    const sb = createSqliteReportStore(b);
    const results = await Promise.all([sa.insert(rec('x1', { documentNumber: 'same' })), sb.insert(rec('x2', { documentNumber: 'same' }))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === 'duplicate')).toHaveLength(1);
  });
});
