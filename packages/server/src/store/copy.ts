// Copying a store into another (SQLite → PostgreSQL for `dvcq db migrate`), every
// table, then reading both back row by row. Generic over the tables the
// migrations created (every `dvcq_*` table), so a feature adding tables needs
// nothing here.
import type { Issue, Lang, Message, Result } from '@dvcq/core';
import { _MIGRATIONS_TABLE } from './migrations';
import { _driverOf } from './sql-store';
import type { _Driver, _Executor } from './sql/driver';
import type { Store } from './types';

/** Mã lỗi sao chép — codes of {@link copyStore} refusals. */
export type CopyIssueCode = 'store.copy-not-sql' | 'store.copy-version-mismatch' | 'store.copy-target-not-empty' | 'store.copy-schema-mismatch' | 'store.copy-verify-failed';

/** Vấn đề khi sao chép — an issue of {@link copyStore} (message in the language asked, `text` in both). */
export interface CopyIssue extends Issue {
  code: CopyIssueCode;
  text: Message;
}

/** Một chỗ lệch — a difference found when reading both databases back. */
export interface CopyMismatch {
  table: string;
  /** Primary key of the row, as JSON. */
  key: string;
  /** The column that differs; absent when the row is missing on one side. */
  column?: string;
  source: string | null;
  target: string | null;
}

/** Kết quả một bảng — one table copied and checked. */
export interface CopiedTable {
  table: string;
  rows: number;
}

/** Kết quả sao chép — what {@link copyStore} did. */
export interface CopyReport {
  schemaVersion: number;
  tables: CopiedTable[];
  /** Rows compared column by column after the copy (all of them). */
  verifiedRows: number;
}

/** Tùy chọn sao chép — options of {@link copyStore}. */
export interface CopyStoreOptions {
  lang?: Lang;
  /** Rows per INSERT and per read-back batch (default 500). */
  batchSize?: number;
  /** Called after each table is copied. */
  onTable?: (table: CopiedTable) => void;
}

interface _Column {
  name: string;
  textual: boolean;
  pk: number;
  identity: boolean;
}

const _M = {
  notSql: { vi: 'Chỉ sao chép được giữa hai kho SQLite/PostgreSQL của DVCQ Kit.', en: 'Only DVCQ Kit SQLite/PostgreSQL stores can be copied.' },
  version: (a: number, b: number): Message => ({
    vi: `Hai cơ sở dữ liệu khác phiên bản lược đồ (nguồn ${a}, đích ${b}).`,
    en: `The two databases have different schema versions (source ${a}, target ${b}).`,
  }),
  notEmpty: (tables: string[]): Message => ({
    vi: `Cơ sở dữ liệu đích đã có dữ liệu (${tables.join(', ')}): chỉ sao chép vào một cơ sở dữ liệu trống, để không trộn hai bộ dữ liệu. Không có gì bị thay đổi.`,
    en: `The target database already holds data (${tables.join(', ')}): copy only into an empty database, so two data sets are never mixed. Nothing was changed.`,
  }),
  schema: (detail: string): Message => ({
    vi: `Hai cơ sở dữ liệu khác cấu trúc bảng: ${detail}.`,
    en: `The two databases have different tables: ${detail}.`,
  }),
  verify: (n: number, first: CopyMismatch): Message => ({
    vi: `Đọc lại thấy ${n} chỗ lệch (đầu tiên: bảng ${first.table}, khóa ${first.key}${first.column ? `, cột ${first.column}` : ''}); đã hủy, cơ sở dữ liệu đích vẫn trống.`,
    en: `Reading back found ${n} difference(s) (first: table ${first.table}, key ${first.key}${first.column ? `, column ${first.column}` : ''}); rolled back, the target is still empty.`,
  }),
};

const _issue = (code: CopyIssueCode, text: Message, lang: Lang = 'vi'): CopyIssue => ({ code, severity: 'error', path: '', message: lang === 'en' ? text.en : text.vi, text });

/** @internal The store's tables (every `dvcq_*` table but the migrations record) and their columns. */
async function _tables(db: _Driver, x: _Executor): Promise<Map<string, _Column[]>> {
  const out = new Map<string, _Column[]>();
  if (db.dialect === 'sqlite') {
    const names = (await x.all<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)).map((r) => r.name);
    for (const name of names) {
      if (!/^dvcq_[a-z0-9_]+$/.test(name) || name === _MIGRATIONS_TABLE) continue;
      const cols = await x.all<{ name: string; type: string; pk: number }>(`PRAGMA table_info("${name}")`);
      out.set(
        name,
        cols.map((c) => ({ name: c.name, textual: /TEXT|CHAR|CLOB/i.test(c.type), pk: Number(c.pk), identity: false })),
      );
    }
    return out;
  }
  const names = (
    await x.all<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`)
  ).map((r) => r.name);
  for (const name of names) {
    if (!/^dvcq_[a-z0-9_]+$/.test(name) || name === _MIGRATIONS_TABLE) continue;
    const cols = await x.all<{ name: string; type: string; identity: string }>(
      `SELECT column_name AS name, data_type AS type, is_identity AS identity FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position`,
      [name],
    );
    const pks = (
      await x.all<{ name: string }>(
        `SELECT k.column_name AS name FROM information_schema.table_constraints c
         JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema AND k.table_name = c.table_name
         WHERE c.table_schema = current_schema() AND c.table_name = ? AND c.constraint_type = 'PRIMARY KEY' ORDER BY k.ordinal_position`,
        [name],
      )
    ).map((r) => r.name);
    out.set(
      name,
      cols.map((c) => ({ name: c.name, textual: /text|char/i.test(c.type), pk: pks.indexOf(c.name) + 1, identity: c.identity === 'YES' })),
    );
  }
  return out;
}

/** @internal ORDER BY the primary key, in byte order on both databases. */
function _orderBy(db: _Driver, cols: _Column[]): string {
  const pk = cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
  const keys = pk.length > 0 ? pk : cols;
  return keys.map((c) => `"${c.name}"${c.textual && db.dialect === 'postgres' ? ' COLLATE "C"' : ''}`).join(', ');
}

/** @internal A value as compared: text, or null. */
const _norm = (v: unknown): string | null => (v === null || v === undefined ? null : v instanceof Uint8Array ? Array.from(v, (b) => b.toString(16).padStart(2, '0')).join('') : String(v));

/**
 * Sao chép kho — copies every table of one store into another, empty one of the
 * same schema version (both opened with `openStore`, so both are migrated), in
 * one transaction on each side: the source is held still (SQLite: its write
 * lock) while it is read; the target is read back row by row, column by column,
 * before it commits — on any difference nothing is committed. PostgreSQL
 * identity sequences continue after the copied rows.
 * @param source - the store to read (e.g. the portal's SQLite)
 * @param target - the store to fill (e.g. a new PostgreSQL database)
 * @param options - language, batch size, progress
 * @returns the tables and row counts, or why not: `store.copy-target-not-empty`,
 *   `store.copy-version-mismatch`, `store.copy-schema-mismatch`, `store.copy-verify-failed`, `store.copy-not-sql`
 */
export async function copyStore(source: Store, target: Store, options: CopyStoreOptions = {}): Promise<Result<CopyReport, CopyIssue>> {
  const lang = options.lang;
  const src = _driverOf(source);
  const dst = _driverOf(target);
  if (!src || !dst) return { ok: false, issues: [_issue('store.copy-not-sql', _M.notSql, lang)] };
  const [vs, vt] = [await source.schemaVersion(), await target.schemaVersion()];
  if (vs !== vt) return { ok: false, issues: [_issue('store.copy-version-mismatch', _M.version(vs, vt), lang)] };
  const batch = Math.max(1, Math.min(options.batchSize ?? 500, 2000));

  class _Refused extends Error {
    constructor(readonly issue: CopyIssue) {
      super(issue.message);
    }
  }
  try {
    return await src.transaction(async (s) => {
      const tables = await _tables(src, s);
      return dst.transaction(async (d) => {
        const targetTables = await _tables(dst, d);
        const names = [...tables.keys()];
        const missing = names.filter((n) => !targetTables.has(n));
        const extra = [...targetTables.keys()].filter((n) => !tables.has(n));
        if (missing.length || extra.length) throw new _Refused(_issue('store.copy-schema-mismatch', _M.schema([...missing, ...extra].join(', ')), lang));
        for (const name of names) {
          const a = tables.get(name)!.map((c) => c.name).sort();
          const b = targetTables.get(name)!.map((c) => c.name).sort();
          if (a.join() !== b.join()) throw new _Refused(_issue('store.copy-schema-mismatch', _M.schema(`${name}: ${a.join(', ')} ≠ ${b.join(', ')}`), lang));
        }
        const filled: string[] = [];
        for (const name of names) {
          const n = Number((await d.all<{ n: number | string }>(`SELECT COUNT(*) AS n FROM "${name}"`))[0]?.n ?? 0);
          if (n > 0) filled.push(name);
        }
        if (filled.length) throw new _Refused(_issue('store.copy-target-not-empty', _M.notEmpty(filled), lang));

        const copied: CopiedTable[] = [];
        let verifiedRows = 0;
        const mismatches: CopyMismatch[] = [];
        for (const name of names) {
          const cols = tables.get(name)!;
          const list = cols.map((c) => `"${c.name}"`).join(', ');
          const perInsert = Math.max(1, Math.min(batch, Math.floor(30_000 / cols.length)));
          let rows = 0;
          for (let offset = 0; ; offset += perInsert) {
            const chunk = await s.all<Record<string, unknown>>(`SELECT ${list} FROM "${name}" ORDER BY ${_orderBy(src, cols)} LIMIT ? OFFSET ?`, [perInsert, offset]);
            if (chunk.length === 0) break;
            const values = chunk.map(() => `(${cols.map(() => '?').join(', ')})`).join(', ');
            await d.run(
              `INSERT INTO "${name}" (${list}) VALUES ${values}`,
              chunk.flatMap((r) => cols.map((c) => (r[c.name] === undefined ? null : r[c.name]))),
            );
            rows += chunk.length;
            if (chunk.length < perInsert) break;
          }
          if (dst.dialect === 'postgres') {
            for (const c of targetTables.get(name)!.filter((x) => x.identity)) {
              await d.all(`SELECT setval(pg_get_serial_sequence(?, ?), (SELECT COALESCE(MAX("${c.name}"), 0) + 1 FROM "${name}"), false) AS v`, [name, c.name]);
            }
          }
          // Read both back, in the same (byte) order, and compare every column.
          const pk = cols.filter((c) => c.pk > 0).sort((x, y) => x.pk - y.pk);
          const keyOf = (r: Record<string, unknown>) => JSON.stringify((pk.length ? pk : cols).map((c) => _norm(r[c.name])));
          for (let offset = 0; mismatches.length < 20; offset += batch) {
            const left = await s.all<Record<string, unknown>>(`SELECT ${list} FROM "${name}" ORDER BY ${_orderBy(src, cols)} LIMIT ? OFFSET ?`, [batch, offset]);
            const right = await d.all<Record<string, unknown>>(`SELECT ${list} FROM "${name}" ORDER BY ${_orderBy(dst, targetTables.get(name)!)} LIMIT ? OFFSET ?`, [batch, offset]);
            for (let i = 0; i < Math.max(left.length, right.length) && mismatches.length < 20; i++) {
              const l = left[i];
              const r = right[i];
              if (!l || !r || keyOf(l) !== keyOf(r)) {
                mismatches.push({ table: name, key: keyOf((l ?? r)!), source: l ? keyOf(l) : null, target: r ? keyOf(r) : null });
                continue;
              }
              for (const c of cols) {
                if (_norm(l[c.name]) !== _norm(r[c.name])) mismatches.push({ table: name, key: keyOf(l), column: c.name, source: _norm(l[c.name]), target: _norm(r[c.name]) });
              }
              verifiedRows++;
            }
            if (left.length < batch && right.length < batch) break;
          }
          const done = { table: name, rows };
          copied.push(done);
          options.onTable?.(done);
        }
        if (mismatches.length > 0) throw new _Refused(_issue('store.copy-verify-failed', _M.verify(mismatches.length, mismatches[0]!), lang));
        return { ok: true as const, value: { schemaVersion: vs, tables: copied, verifiedRows }, issues: [] };
      });
    });
  } catch (e) {
    if (e instanceof _Refused) return { ok: false, issues: [e.issue] };
    throw e;
  }
}
