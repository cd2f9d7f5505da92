import { open, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Lang, Plan } from '@dvcq/core';
import { type CompiledReport, type ReportIssue, compileReport, validateReport } from '@dvcq/report';
import { type CliIo, t } from '../io/io';

/** Kết quả kiểm tra một tệp — the outcome for one file (one JSON line in `--json` output). */
export interface FileResult {
  file: string;
  /** `true` when the report has no error (warnings allowed). */
  ok: boolean;
  issues: ReportIssue[];
  /** Set when the file could not be read or parsed; then `issues` holds one issue with the same code. */
  error?: { code: 'file.unreadable' | 'file.too-large' | 'input.json-syntax'; message: string };
  /** The parsed report when it could be read (for aggregation), only with `keepReports`. */
  report?: unknown;
}

/** Tiến độ — progress of a batch, given to `onProgress`. */
export interface BatchProgress {
  done: number;
  /** Files known so far (grows while a directory is still being walked). */
  total: number;
  ok: number;
  failed: number;
}

/** Tùy chọn kiểm tra hàng loạt — options of {@link validateFiles}. */
export interface ValidateFilesOptions {
  plan: Plan | CompiledReport;
  mode?: 'draft' | 'final';
  lang?: Lang;
  /** The clock for lateness (default: now). */
  now?: Date | string;
  /** Files read and checked at once (default 8; 1–64). */
  concurrency?: number;
  /** Largest file accepted in bytes (default 2 MB, the `validateReport` text limit). */
  maxFileBytes?: number;
  /** Called after each file. */
  onProgress?: (p: BatchProgress) => void;
  /** Keep the parsed report on each result (for aggregation in the same pass). */
  keepReports?: boolean;
  /** Base for relative paths (default `process.cwd()`); results keep the path as given. */
  cwd?: string;
}

/**
 * Liệt kê tệp báo cáo — expands files and directories into `.json` file paths,
 * lazily (a directory of 100 000 files is never held in memory at once), in a
 * stable order (sorted names, depth first; at most 32 levels, links not followed).
 * @param inputs - file or directory paths
 * @param cwd - base for relative paths
 * @returns an async stream of paths (files given explicitly are yielded as given)
 */
export async function* listReportFiles(inputs: Iterable<string>, cwd: string = process.cwd()): AsyncGenerator<string> {
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    let st;
    try {
      st = await stat(abs);
    } catch {
      yield input; // reported as unreadable by the validator
      continue;
    }
    if (!st.isDirectory()) {
      yield input;
      continue;
    }
    yield* _walk(abs, input, 0);
  }
}

async function* _walk(abs: string, shown: string, depth: number): AsyncGenerator<string> {
  if (depth > 32) return;
  const entries = (await readdir(abs, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.isDirectory()) yield* _walk(join(abs, e.name), join(shown, e.name), depth + 1);
    else if (e.isFile() && e.name.toLowerCase().endsWith('.json')) yield join(shown, e.name);
  }
}

/**
 * Kiểm tra hàng loạt — validates many report files as a stream: at most
 * `concurrency` files are being read at once, results come out in input order as
 * soon as each is ready (memory stays bounded whatever the number of files), and
 * `onProgress` is called after each one. Never throws for a bad file: an
 * unreadable, oversized or non-JSON file gives a result with an error.
 * @param files - paths (sync or async iterable, e.g. {@link listReportFiles})
 * @param options - plan, mode, lang, clock, concurrency, progress
 * @returns an async stream of {@link FileResult}
 */
export async function* validateFiles(
  files: Iterable<string> | AsyncIterable<string>,
  options: ValidateFilesOptions,
): AsyncGenerator<FileResult> {
  const compiled = (options.plan as CompiledReport).kind === 'dvcq.compiled-report' ? (options.plan as CompiledReport) : compileReport(options.plan as Plan);
  const concurrency = Math.min(64, Math.max(1, Math.floor(options.concurrency ?? 8)));
  const maxBytes = options.maxFileBytes ?? 2_000_000;
  const lang: Lang = options.lang ?? 'vi';
  const now = options.now ?? new Date();
  const progress: BatchProgress = { done: 0, total: 0, ok: 0, failed: 0 };
  const iterator = (Symbol.asyncIterator in files ? (files as AsyncIterable<string>)[Symbol.asyncIterator]() : (files as Iterable<string>)[Symbol.iterator]()) as
    | AsyncIterator<string>
    | Iterator<string>;
  const queue: Array<Promise<FileResult>> = [];
  let exhausted = false;

  const fill = async () => {
    while (!exhausted && queue.length < concurrency) {
      const next = await iterator.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      progress.total++;
      queue.push(_checkFile(next.value, compiled, { mode: options.mode ?? 'final', lang, now, maxBytes, keep: options.keepReports === true, cwd: options.cwd ?? process.cwd() }));
    }
  };

  await fill();
  while (queue.length > 0) {
    const result = await queue.shift()!;
    progress.done++;
    if (result.ok) progress.ok++;
    else progress.failed++;
    options.onProgress?.({ ...progress });
    yield result;
    await fill();
  }
}

async function _checkFile(
  file: string,
  plan: CompiledReport,
  o: { mode: 'draft' | 'final'; lang: Lang; now: Date | string; maxBytes: number; keep: boolean; cwd: string },
): Promise<FileResult> {
  const fail = (code: NonNullable<FileResult['error']>['code'], message: string): FileResult => ({
    file,
    ok: false,
    issues: [{ code, severity: 'error', path: '', message }],
    error: { code, message },
  });
  let text: string;
  try {
    const fh = await open(resolve(o.cwd, file), 'r');
    try {
      const size = (await fh.stat()).size;
      if (size > o.maxBytes) {
        return fail('file.too-large', o.lang === 'en' ? `File too large (${size} bytes; at most ${o.maxBytes}).` : `Tệp quá lớn (${size} byte; tối đa ${o.maxBytes}).`);
      }
      text = await fh.readFile({ encoding: 'utf8' });
    } finally {
      await fh.close();
    }
  } catch (e) {
    const why = e instanceof Error ? (e as NodeJS.ErrnoException).code ?? e.message : String(e);
    return fail('file.unreadable', o.lang === 'en' ? `Cannot read the file (${why}).` : `Không đọc được tệp (${why}).`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const detail = (e instanceof Error ? e.message : '').slice(0, 160);
    return fail('input.json-syntax', o.lang === 'en' ? `Not valid JSON (${detail}).` : `Không phải JSON hợp lệ (${detail}).`);
  }
  const r = validateReport(value, { plan, mode: o.mode, lang: o.lang, now: o.now });
  const out: FileResult = { file, ok: r.ok, issues: r.issues };
  if (o.keep) out.report = value;
  return out;
}

/**
 * Dòng JSON — one result as one line of JSON (the `dvcq validate --json` stream format).
 * @param r - a file result
 * @returns the line, with a trailing newline
 */
export function toJsonLine(r: FileResult): string {
  const { report: _omit, ...rest } = r;
  return `${JSON.stringify(rest)}\n`;
}

/**
 * @internal Progress on stderr every `every` files ("… đã kiểm tra 1000 tệp"), for
 * `onProgress`; `every` 0 prints nothing.
 */
export function _progressPrinter(io: Pick<CliIo, 'stderr'>, lang: Lang, every: number): (p: BatchProgress) => void {
  return (p) => {
    if (every > 0 && p.done % every === 0) {
      io.stderr(t(lang, `… đã kiểm tra ${p.done} tệp (${p.failed} tệp có lỗi)\n`, `… ${p.done} files checked (${p.failed} with errors)\n`));
    }
  };
}
