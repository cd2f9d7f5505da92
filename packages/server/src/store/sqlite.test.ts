import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashAccessToken } from '../http/auth';
import { StoreError } from './errors';
import { STORE_SCHEMA_VERSION } from './migrations';
import { createSqliteReportStore, openSqliteStore } from './sqlite';
import { rec } from './testing/contract';

const dir = mkdtempSync(join(tmpdir(), 'dvcq-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The tables exactly as the first portal releases created them (before versioned migrations).
const WAVE1 = `
CREATE TABLE IF NOT EXISTS dvcq_reports (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, plan_id TEXT NOT NULL, unit_id TEXT NOT NULL,
  period TEXT NOT NULL, year INTEGER NOT NULL, document_number TEXT NOT NULL, received_at TEXT NOT NULL,
  replaces TEXT UNIQUE REFERENCES dvcq_reports(id), warnings TEXT NOT NULL, body TEXT NOT NULL,
  UNIQUE (plan_id, unit_id, period, year, document_number)
);
CREATE INDEX IF NOT EXISTS dvcq_reports_period ON dvcq_reports (plan_id, period, year);
CREATE TRIGGER IF NOT EXISTS dvcq_reports_no_update BEFORE UPDATE ON dvcq_reports
  BEGIN SELECT RAISE(ABORT, 'dvcq_reports is append-only'); END;
CREATE TRIGGER IF NOT EXISTS dvcq_reports_no_delete BEFORE DELETE ON dvcq_reports
  BEGIN SELECT RAISE(ABORT, 'dvcq_reports is append-only'); END;
CREATE TABLE IF NOT EXISTS portal_access_tokens (unit_id TEXT PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL);`;

describe('SQLite store', () => {
  it('adopts a file of the first portal releases: reports kept, token hashes moved to access keys', async () => {
    const file = join(dir, 'wave1.db');
    const old = new Database(file);
    old.exec(WAVE1);
    old.prepare(`INSERT INTO dvcq_reports (id, plan_id, unit_id, period, year, document_number, received_at, warnings, body) VALUES ('r1', 'p', 'so-a', 'annual', 2021, '1/BC', '2021-10-01T08:00:00+07:00', '[]', '{"a":1}')`).run();
    const hash = await hashAccessToken('old-token');
    old.prepare(`INSERT INTO portal_access_tokens VALUES ('so-a', ?, '2021-09-01T00:00:00.000Z')`).run(hash);
    old.close();

    const db = new Database(file);
    const opened = openSqliteStore(db);
    expect(opened.ok).toBe(true);
    const store = opened.value!;
    expect(await store.schemaVersion()).toBe(STORE_SCHEMA_VERSION);
    expect((await store.reports.get('r1'))?.report).toEqual({ a: 1 });
    expect(await store.accessKeys.findByHash(hash)).toEqual({ id: 'token-so-a', tokenHash: hash, unitId: 'so-a', readAll: false, label: 'portal', createdAt: '2021-09-01T00:00:00.000Z' });
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'portal_access_tokens'`).get()).toBeUndefined();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL: a 201 survives a power cut
    expect(await store.reports.insert(rec('r2', { documentNumber: '1/BC', report: {} }))).toEqual({ ok: false, code: 'duplicate', existingId: 'r1' });
    await store.close();
    db.close();
  });

  it('createSqliteReportStore throws a StoreError on a file a newer release upgraded', () => {
    const file = join(dir, 'future.db');
    const db = new Database(file);
    createSqliteReportStore(db);
    db.prepare(`INSERT INTO dvcq_schema_migrations VALUES (?, 'future', 'x')`).run(STORE_SCHEMA_VERSION + 1);
    expect(() => createSqliteReportStore(db)).toThrow(StoreError);
    try {
      createSqliteReportStore(db);
    } catch (e) {
      expect((e as StoreError).code).toBe('store.schema-too-new');
      expect((e as StoreError).text.vi).toMatch(/^Lược đồ cơ sở dữ liệu ở phiên bản \d+, mới hơn phiên bản \d+/);
    }
    db.close();
  });
});
