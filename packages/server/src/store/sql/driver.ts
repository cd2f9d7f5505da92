// The one seam between the store logic (written once) and the two databases.
// SQL is written with `?` placeholders and the subset both dialects share;
// the PostgreSQL driver numbers the placeholders ($1, $2 …).

/** @internal Result of a write statement. */
export interface _RunResult {
  changes: number;
}

/** @internal Runs statements (inside or outside a transaction). */
export interface _Executor {
  all<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  run(sql: string, params?: readonly unknown[]): Promise<_RunResult>;
}

/**
 * @internal A database as the store logic sees it. Every failure the database
 * causes rejects with `StoreError('store.unavailable')`; a unique constraint
 * with `_UniqueViolation`; anything else (a bug) as it came.
 */
export interface _Driver extends _Executor {
  readonly dialect: 'sqlite' | 'postgres';
  /** A text column in ORDER BY, compared byte by byte on both databases (PostgreSQL: COLLATE "C"). */
  text(column: string): string;
  /** Runs `fn` in one transaction (SQLite: BEGIN IMMEDIATE; PostgreSQL: READ COMMITTED). */
  transaction<T>(fn: (tx: _Executor) => Promise<T>): Promise<T>;
  /** Checks the database answers. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** @internal Rewrites `?` placeholders as `$1, $2 …`, leaving quoted text alone. */
export function _numberPlaceholders(sql: string): string {
  let out = '';
  let n = 0;
  let quote: string | undefined;
  for (const ch of sql) {
    if (quote !== undefined) {
      if (ch === quote) quote = undefined;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (ch === '?') out += `$${++n}`;
    else out += ch;
  }
  return out;
}

/** @internal FIFO lock: one holder at a time, in call order. */
export class _Mutex {
  #tail: Promise<void> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(fn);
    this.#tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}
