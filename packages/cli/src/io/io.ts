import type { Lang } from '@dvcq/core';

/**
 * Vào/ra của CLI — where the CLI writes and reads, injected so the whole CLI can
 * run in-process in tests and in other tools.
 */
export interface CliIo {
  /** Machine output (JSON) and human results. */
  stdout: (text: string) => void;
  /** Diagnostics, progress and errors. */
  stderr: (text: string) => void;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** Environment (for `NO_COLOR`, etc.). */
  env?: Record<string, string | undefined>;
}

/** Mã thoát — exit codes of the `dvcq` contract (packages/cli/README.md). */
export const EXIT = {
  /** Everything ok. */
  ok: 0,
  /** Input invalid or a report late. */
  invalid: 1,
  /** Usage or I/O error. */
  usage: 2,
} as const;

/** Mã thoát — 0 ok, 1 invalid/late, 2 usage or I/O error. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Tùy chọn chung — options every command takes. */
export interface GlobalOptions {
  plan?: string;
  lang: Lang;
  json: boolean;
}

/** A usage/I-O failure with a bilingual message; turned into exit code 2. */
export class CliUsageError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** Writes a value as pretty JSON with a final newline. */
export function writeJson(io: CliIo, value: unknown): void {
  io.stdout(JSON.stringify(value, null, 2) + '\n');
}

/** Picks the Vietnamese or English string. */
export function t(lang: Lang, vi: string, en: string): string {
  return lang === 'en' ? en : vi;
}
