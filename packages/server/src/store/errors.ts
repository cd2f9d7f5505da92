import type { Issue, Lang, Message } from '@dvcq/core';

/**
 * Mã lỗi kho — the stable codes of store failures:
 * - `store.unavailable`: the database cannot be reached or is busy (server down or
 *   restarting, network cut, SQLite file locked too long, disk full). Nothing was
 *   written; the same call can be retried later. The HTTP kit answers 503.
 * - `store.schema-too-new`: the database was upgraded by a newer release; this one
 *   refuses to touch it (migrations are forward only).
 * - `store.bad-url`: a database address this kit cannot open.
 * - `store.driver-missing`: the optional driver (`better-sqlite3` or `pg`) is not installed.
 */
export type StoreErrorCode = 'store.unavailable' | 'store.schema-too-new' | 'store.bad-url' | 'store.driver-missing';

/**
 * Lỗi kho — what a store call rejects with when the database itself fails. It
 * carries a stable `code` and the message in both languages; `message` is the
 * Vietnamese then the English text. Duplicates and other expected outcomes are
 * values (see `InsertResult`), never this error.
 */
export class StoreError extends Error {
  /** Stable code (see {@link StoreErrorCode}). */
  readonly code: StoreErrorCode;
  /** The message in both languages. */
  readonly text: Message;
  constructor(code: StoreErrorCode, text: Message, options?: { cause?: unknown }) {
    super(`${text.vi} / ${text.en}`, options);
    this.name = 'StoreError';
    this.code = code;
    this.text = text;
  }
}

/**
 * Cơ sở dữ liệu tạm không dùng được? — true when `e` is a {@link StoreError} with
 * code `store.unavailable` (answer 503 and let the client retry).
 * @param e - anything caught
 * @returns whether the database was unreachable or busy
 */
export function isStoreUnavailable(e: unknown): e is StoreError {
  return e instanceof StoreError && e.code === 'store.unavailable';
}

/** Vấn đề khi mở kho — an issue of `openStore`: core's `Issue` plus the message in both languages. */
export interface StoreIssue extends Issue {
  code: StoreErrorCode;
  /** The message in both languages (`message` is the one in the language asked for). */
  text: Message;
}

/** @internal Store messages, one wording each. */
export const _M = {
  unavailable: {
    vi: 'Cơ sở dữ liệu tạm thời không truy cập được (máy chủ CSDL đang dừng, khởi động lại hoặc bận); chưa có gì được ghi. Vui lòng thử lại sau ít phút.',
    en: 'The database is temporarily unreachable (its server is down, restarting or busy); nothing was written. Please retry in a few minutes.',
  },
  tooNew: (found: number, known: number): Message => ({
    vi: `Lược đồ cơ sở dữ liệu ở phiên bản ${found}, mới hơn phiên bản ${known} mà bản DVCQ Kit này biết: một bản mới hơn đã nâng cấp nó. Hãy chạy bản mới hơn đó (lược đồ không bao giờ bị hạ cấp); không có gì bị thay đổi.`,
    en: `The database schema is at version ${found}, newer than version ${known} that this DVCQ Kit release knows: a newer release upgraded it. Run that newer release (schemas are never downgraded); nothing was changed.`,
  }),
  badUrl: (url: string): Message => ({
    vi: `Địa chỉ cơ sở dữ liệu không hợp lệ: "${url}". Dùng postgres://người-dùng:mật-khẩu@máy:5432/tên-csdl hoặc sqlite:/đường/dẫn/portal.db.`,
    en: `Invalid database address: "${url}". Use postgres://user:password@host:5432/dbname or sqlite:/path/to/portal.db.`,
  }),
  driverMissing: (name: string): Message => ({
    vi: `Thiếu gói "${name}" để mở cơ sở dữ liệu này: cài bằng "npm install ${name}".`,
    en: `The "${name}" package is needed to open this database: install it with "npm install ${name}".`,
  }),
} as const;

/** @internal Builds a store issue in a language. */
export function _issue(code: StoreErrorCode, text: Message, lang: Lang = 'vi'): StoreIssue {
  return { code, severity: 'error', path: '', message: lang === 'en' ? text.en : text.vi, text };
}

/** @internal The `store.unavailable` error wrapping a driver error. */
export function _unavailable(cause: unknown): StoreError {
  return new StoreError('store.unavailable', _M.unavailable, { cause });
}

/** @internal A unique constraint fired (duplicate key); the transaction was rolled back. */
export class _UniqueViolation extends Error {
  constructor(readonly detail: string, options?: { cause?: unknown }) {
    super(`unique violation: ${detail}`, options);
    this.name = '_UniqueViolation';
  }
}
