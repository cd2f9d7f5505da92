// Thư mục dữ liệu riêng — the data folder holds the database and the demo tokens:
// nobody but the account running the portal may read it. The folder is 0700, every
// file in it 0600 — including SQLite's -wal and -shm files, which SQLite creates
// with the database file's permissions (so the database file is created 0600 first).
import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Quyền thư mục và tệp — the modes the portal gives its data. */
export const DATA_DIR_MODE = 0o700;
export const DATA_FILE_MODE = 0o600;

/**
 * Mở thư mục dữ liệu — creates the folder 0700 (whatever the umask), or tightens an
 * existing one that holds the portal's database or nothing at all. A folder with
 * other content is left alone with a warning (it may be shared, e.g. `.`).
 * @returns warnings to print (empty when all is private)
 */
export function preparePrivateDataDir(dir: string): string[] {
  const warnings: string[] = [];
  const existed = existsSync(dir);
  mkdirSync(dir, { recursive: true, mode: DATA_DIR_MODE });
  const mode = statSync(dir).mode & 0o777;
  if (mode !== DATA_DIR_MODE) {
    const entries = readdirSync(dir);
    const ours = !existed || entries.length === 0 || entries.includes('portal.db');
    if (ours) chmodSync(dir, DATA_DIR_MODE);
    else warnings.push(`Thư mục dữ liệu ${dir} có quyền ${mode.toString(8)}, người khác đọc được; nên dùng thư mục riêng (0700) / data folder ${dir} is mode ${mode.toString(8)}, readable by others; use a folder of its own (0700)`);
  }
  for (const name of readdirSync(dir)) {
    if (!/^(portal\.db(-wal|-shm|-journal)?|demo-tokens\.json)$/.test(name)) continue;
    const file = join(dir, name);
    if ((statSync(file).mode & 0o777) !== DATA_FILE_MODE) chmodSync(file, DATA_FILE_MODE);
  }
  return warnings;
}

/**
 * Mở cơ sở dữ liệu — opens `<dir>/portal.db`, creating the file 0600 first so that
 * SQLite's -wal and -shm files inherit 0600 too.
 */
export function openDatabase(dir: string): Database.Database {
  const file = join(dir, 'portal.db');
  if (!existsSync(file)) closeSync(openSync(file, 'a', DATA_FILE_MODE));
  chmodSync(file, DATA_FILE_MODE);
  const db = new Database(file);
  // Deleted rows (e.g. the plain tokens of an older version) are overwritten, not left in free pages.
  db.pragma('secure_delete = ON');
  return db;
}

/** Ghi tệp riêng — writes a 0600 file atomically (temporary file, then rename). */
export function writePrivateFile(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text, { mode: DATA_FILE_MODE });
  chmodSync(tmp, DATA_FILE_MODE);
  renameSync(tmp, file);
}
