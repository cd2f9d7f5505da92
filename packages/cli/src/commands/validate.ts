import { Option, type Command } from 'commander';
import type { Lang, Plan } from '@dvcq/core';
import { compileReport, formatIssues } from '@dvcq/report';
import { type WorkingCalendar, parseInstant } from '@dvcq/calendar';
import { type CliIo, CliUsageError, EXIT, t } from '../io/io';
import type { CommandContext } from '../run';
import { _progressPrinter, listReportFiles, toJsonLine, validateFiles } from './validate-files';
import { HOLIDAYS_OPTION, workingCalendar } from '../io/holidays';

/** Tùy chọn `dvcq validate` — options of {@link validateCommand}. */
export interface ValidateCommandOptions {
  mode?: 'draft' | 'final';
  lang?: Lang;
  /** One JSON line per file on stdout. */
  json?: boolean;
  /** Fixed clock (ISO 8601), as a conformance vector's `now`. */
  now?: string;
  concurrency?: number;
  /** Progress on stderr every N files (default 1000; 0 = never). */
  progressEvery?: number;
  /** The working calendar deadlines are counted with (default: the built-in holidays). */
  calendar?: WorkingCalendar;
}

/** @internal `--now` checked: an ISO instant, else a usage error (exit 2). */
export function _checkInstant(flag: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const r = parseInstant(String(value));
  if (!r.ok) throw new CliUsageError(`${flag}: ${r.message.vi}`, `${flag}: ${r.message.en}`);
  return r.iso;
}

/**
 * Lệnh `dvcq validate` — checks report files and directories as a stream: with
 * `json`, one JSON line per file on stdout as soon as it is checked; otherwise a
 * block per file naming each field by its Vietnamese label and how to fix it, and
 * progress on stderr. Exit code: 0 all valid, 1 any invalid, 2 no input or an
 * unreadable path.
 * @param plan - the plan
 * @param inputs - files and directories
 * @param opts - mode, language, JSON, clock, concurrency
 * @param io - output
 * @returns the exit code
 */
export async function validateCommand(plan: Plan, inputs: readonly string[], opts: ValidateCommandOptions, io: CliIo): Promise<number> {
  const lang: Lang = opts.lang ?? 'vi';
  if (inputs.length === 0) {
    io.stderr(t(lang, 'Chưa nêu tệp nào.\n', 'No file given.\n'));
    return EXIT.usage;
  }
  let code: number = EXIT.ok;
  let n = 0;
  let bad = 0;
  for await (const r of validateFiles(listReportFiles(inputs, io.cwd), {
    plan: compileReport(plan, opts.calendar ? { calendar: opts.calendar } : {}),
    cwd: io.cwd,
    mode: opts.mode ?? 'final',
    lang,
    ...(opts.now !== undefined ? { now: opts.now } : {}),
    concurrency: opts.concurrency ?? 8,
    ...(opts.json ? {} : { onProgress: _progressPrinter(io, lang, opts.progressEvery ?? 1000) }),
  })) {
    n++;
    if (r.error?.code === 'file.unreadable') code = Math.max(code, EXIT.usage);
    else if (!r.ok) code = Math.max(code, EXIT.invalid);
    if (!r.ok) bad++;
    if (opts.json) {
      io.stdout(toJsonLine(r));
      continue;
    }
    const head = r.ok ? t(lang, `✓ ${r.file}: hợp lệ`, `✓ ${r.file}: valid`) : t(lang, `✗ ${r.file}: chưa hợp lệ`, `✗ ${r.file}: invalid`);
    const warn = r.issues.filter((i) => i.severity === 'warning').length;
    io.stdout(`${head}${warn ? t(lang, ` (${warn} cảnh báo)`, ` (${warn} warning(s))`) : ''}\n`);
    if (r.issues.length) io.stdout(`${formatIssues(r.issues, { lang }).replace(/^/gm, '    ')}\n`);
  }
  if (n === 0) {
    io.stderr(t(lang, 'Không tìm thấy tệp .json nào.\n', 'No .json file found.\n'));
    return EXIT.usage;
  }
  if (!opts.json) io.stderr(t(lang, `${n} tệp, ${bad} tệp có lỗi.\n`, `${n} file(s), ${bad} with errors.\n`));
  return code;
}

/** `dvcq validate FILE|DIR… [--mode draft|final] [--now ISO] [--json]`. */
export function registerValidate(program: Command, ctx: CommandContext): void {
  program
    .command('validate')
    .argument('<files...>', 'tệp báo cáo JSON hoặc thư mục / report JSON files or directories')
    .description('kiểm tra báo cáo (--json: mỗi tệp một dòng JSON) / check reports (--json: one JSON line per file)')
    .addOption(new Option('--mode <mode>', 'draft (cho phép thiếu) | final (đầy đủ, xét hạn nộp)').choices(['draft', 'final']).default('final'))
    .option('--now <iso>', 'cố định đồng hồ / fix the clock (ISO 8601)')
    .option(...HOLIDAYS_OPTION)
    .action(async (files: string[], _o, cmd: Command) => {
      const o = ctx.options(cmd);
      const calendar = workingCalendar({ ...(o.holidays !== undefined ? { holidays: String(o.holidays) } : {}), lang: o.lang }, ctx.io);
      const now = _checkInstant('--now', o.now);
      ctx.exit(await validateCommand(ctx.plan(cmd), files, { mode: o.mode as 'draft' | 'final', lang: o.lang, json: o.json, calendar, ...(now ? { now } : {}) }, ctx.io));
    });
}
