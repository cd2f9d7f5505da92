import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { Lang, Plan } from '@dvcq/core';
import type { WorkingCalendar } from '@dvcq/calendar';
import { compileReport } from '@dvcq/report';
import { EXPORT_FORMATS, type ExportFormat, TABLE_IDS, type TableId, aggregate, findExportFormat, formatAggregation, toCsv } from '@dvcq/aggregate';
import { type CliIo, CliUsageError, EXIT, t } from '../io/io';
import type { CommandContext } from '../run';
import { HOLIDAYS_OPTION, workingCalendar } from '../io/holidays';
import { _checkInstant } from './validate';
import { _progressPrinter, listReportFiles, validateFiles } from './validate-files';

/** Các loại kỳ — the period kinds `--period` accepts. */
const _PERIODS = ['monthly', 'quarterly', 'semiannual', 'nine-month', 'annual', 'one-off'] as const;

/** Tùy chọn `dvcq aggregate` — options of {@link aggregateCommand}. */
export interface AggregateCommandOptions {
  /** Kỳ — `quarterly`, `semiannual`, `annual`…; default: the instance most inputs answer. */
  period?: string;
  /** Năm — default: the year most inputs give, else the plan's year. */
  year?: number;
  /** Tháng hoặc quý — the month (1–12) or quarter (1–4) of a monthly or quarterly report. */
  periodIndex?: number;
  /** Mã nghĩa vụ — which obligation, when several share the period (one-off reports). */
  obligationId?: string;
  /** Lịch làm việc — for deadlines counted in working days (`--holidays FILE` adds announced days). */
  calendar?: WorkingCalendar;
  lang?: Lang;
  json?: boolean;
  /** CSV on stdout; a table name picks the table (default `units`). */
  csv?: boolean | TableId;
  /** Write an XLSX workbook to this path. */
  xlsx?: string;
  /** Write the `docx` format of `formats` (the consolidated draft of `@dvcq/documents`, as the CLI registers it) to this path. */
  docx?: string;
  /** Write the export `format` (an id among `formats`) to this path. */
  out?: string;
  /** Format id for `out` (default: from the file extension of `out`). */
  format?: string;
  /** Table for per-table formats written to `out` (default `units`). */
  table?: TableId;
  /** Formats offered (default `EXPORT_FORMATS` of `@dvcq/aggregate`). */
  formats?: readonly ExportFormat[];
  /** Statuses as of this instant (ISO 8601; default now). */
  now?: string;
  concurrency?: number;
  /** Progress on stderr every N files (default 1000; 0 = never). */
  progressEvery?: number;
}

type _Report = Record<string, unknown>;

/** The instance most reports answer, among those matching what was asked. */
function _defaultInstance(reports: readonly _Report[], opts: AggregateCommandOptions, plan: Plan) {
  const fits = reports.filter(
    (r) =>
      (opts.period === undefined || r.period === opts.period) &&
      (opts.year === undefined || r.year === opts.year) &&
      (opts.periodIndex === undefined || r.periodIndex === opts.periodIndex) &&
      (opts.obligationId === undefined || r.obligationId === opts.obligationId),
  );
  const counts = new Map<string, { n: number; r: _Report }>();
  for (const r of fits) {
    const key = JSON.stringify([r.period, r.year, r.periodIndex, r.obligationId]);
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { n: 1, r });
  }
  let best: _Report | undefined;
  let n = 0;
  for (const c of counts.values()) if (c.n > n) (best = c.r), (n = c.n);
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const int = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);
  const period = opts.period ?? str(best?.period) ?? plan.obligations[0]?.period ?? 'annual';
  const year = opts.year ?? int(best?.year) ?? plan.year;
  const periodIndex = opts.periodIndex ?? (opts.period === undefined ? int(best?.periodIndex) : undefined);
  const obligationId = opts.obligationId ?? (opts.period === undefined ? str(best?.obligationId) : undefined);
  return { period, year, ...(periodIndex !== undefined ? { periodIndex } : {}), ...(obligationId !== undefined ? { obligationId } : {}) };
}

async function _write(io: CliIo, lang: Lang, path: string, bytes: Uint8Array | string): Promise<boolean> {
  try {
    await writeFile(resolve(io.cwd, path), bytes);
  } catch (e) {
    io.stderr(`${t(lang, 'Không ghi được', 'Cannot write')} ${path}: ${e instanceof Error ? e.message : String(e)}\n`);
    return false;
  }
  io.stderr(t(lang, `Đã ghi tệp: ${path}\n`, `File written: ${path}\n`));
  return true;
}

/**
 * Lệnh `dvcq aggregate` — reads report files (validated in `final` mode; invalid
 * ones are left out and listed on stderr), consolidates one instance of an
 * obligation and prints a summary, or JSON (`json`), or CSV (`csv`), and/or writes
 * an XLSX workbook (`xlsx`) or any export format (`out`, `format`). Progress goes
 * to stderr. Without a receipt time a report's document date stands for its
 * submission day. Exit code: 0 all inputs valid and every owing unit on time;
 * 1 an input invalid or a unit late or missing; 2 usage or I/O error.
 * @param plan - the plan
 * @param inputs - files and directories
 * @param opts - instance, output format, clock
 * @param io - output
 * @returns the exit code
 */
export async function aggregateCommand(plan: Plan, inputs: readonly string[], opts: AggregateCommandOptions, io: CliIo): Promise<number> {
  const lang: Lang = opts.lang ?? 'vi';
  if (inputs.length === 0) {
    io.stderr(t(lang, 'Chưa nêu tệp hay thư mục nào.\n', 'No file or directory given.\n'));
    return EXIT.usage;
  }
  const formats = opts.formats ?? EXPORT_FORMATS;
  let outFormat: ExportFormat | undefined;
  if (opts.out !== undefined) {
    const id = opts.format ?? /\.([A-Za-z0-9]+)$/.exec(opts.out)?.[1]?.toLowerCase() ?? '';
    outFormat = findExportFormat(id, formats);
    if (!outFormat) {
      const ids = formats.map((f) => f.id).join(', ');
      io.stderr(t(lang, `Không rõ định dạng xuất "${id}" (có: ${ids}).\n`, `Unknown export format "${id}" (available: ${ids}).\n`));
      return EXIT.usage;
    }
  }
  const reports: Array<{ report: _Report; source: string }> = [];
  let invalid = 0;
  let unreadable = 0;
  const now = opts.now ?? new Date().toISOString();
  for await (const r of validateFiles(listReportFiles(inputs, io.cwd), {
    plan: compileReport(plan, opts.calendar ? { calendar: opts.calendar } : {}),
    cwd: io.cwd,
    mode: 'final',
    lang,
    now,
    concurrency: opts.concurrency ?? 8,
    keepReports: true,
    onProgress: _progressPrinter(io, lang, opts.progressEvery ?? 1000),
  })) {
    if (r.error?.code === 'file.unreadable') unreadable++;
    if (!r.ok) {
      invalid++;
      const first = r.issues.find((i) => i.severity === 'error');
      io.stderr(`✗ ${r.file}: ${first ? `${first.code} ${first.path} — ${first.message}` : ''}\n`);
      continue;
    }
    reports.push({ report: r.report as _Report, source: r.file });
  }
  if (reports.length + invalid === 0) {
    io.stderr(t(lang, 'Không tìm thấy tệp .json nào.\n', 'No .json file found.\n'));
    return EXIT.usage;
  }
  const instance = _defaultInstance(
    reports.map((r) => r.report),
    opts,
    plan,
  );
  const agg = aggregate(reports, { plan, ...instance, now, lang, ...(opts.calendar ? { calendar: opts.calendar } : {}) });
  // Files to write, each through a format of the list: --xlsx and --docx are shorthands for --out.
  const writes: Array<{ format: ExportFormat; path: string }> = [];
  for (const [id, path] of [['xlsx', opts.xlsx], ['docx', opts.docx]] as const) {
    if (path === undefined) continue;
    const format = findExportFormat(id, formats);
    if (!format) {
      io.stderr(t(lang, `Không có định dạng xuất "${id}".\n`, `No "${id}" export format is available.\n`));
      return EXIT.usage;
    }
    writes.push({ format, path });
  }
  if (opts.out !== undefined && outFormat) writes.push({ format: outFormat, path: opts.out });
  for (const w of writes) {
    let bytes: Uint8Array;
    try {
      bytes = await w.format.write(agg, { lang, table: opts.table ?? 'units', plan });
    } catch (e) {
      // A format that cannot be written for this data rejects with its issues (exit 1); anything else is a bug.
      const issues = (e as { issues?: unknown }).issues;
      if (!Array.isArray(issues)) throw e;
      for (const i of issues as Array<{ code: string; message: string }>) io.stderr(`✗ ${w.path}: ${i.code} — ${i.message}\n`);
      return EXIT.invalid;
    }
    if (!(await _write(io, lang, w.path, bytes))) return EXIT.usage;
  }
  if (opts.json) io.stdout(`${JSON.stringify(agg, null, 2)}\n`);
  else if (opts.csv) io.stdout(toCsv(agg, { table: opts.csv === true ? 'units' : opts.csv, lang, bom: false }));
  else if (opts.xlsx === undefined && opts.out === undefined && opts.docx === undefined) io.stdout(formatAggregation(agg, lang));
  if (agg.ignored.length > 0 && !opts.json) {
    const byCode = new Map<string, number>();
    for (const i of agg.ignored) byCode.set(i.code, (byCode.get(i.code) ?? 0) + 1);
    io.stderr(`${t(lang, 'Không tính', 'Not counted')}: ${[...byCode].map(([c, k]) => `${k} × ${c}`).join(', ')}\n`);
  }
  if (unreadable > 0) return EXIT.usage;
  return invalid > 0 || agg.summary.late > 0 || agg.summary.missing > 0 ? EXIT.invalid : EXIT.ok;
}

function _int(flag: string, value: unknown, re: RegExp): number | undefined {
  if (value === undefined) return undefined;
  if (!re.test(String(value))) throw new CliUsageError(`${flag} không hợp lệ: ${String(value)}`, `Invalid ${flag}: ${String(value)}`);
  return Number(value);
}

/**
 * `dvcq aggregate DIR|FILE… [--period P] [--year Y] [--index N] [--obligation ID]
 * [--now ISO] [--json | --csv [TABLE] | --xlsx FILE | --docx FILE | --out FILE [--format ID] [--table T]]`.
 */
export function registerAggregate(program: Command, ctx: CommandContext, formats: readonly ExportFormat[] = EXPORT_FORMATS): void {
  program
    .command('aggregate')
    .argument('<inputs...>', 'thư mục hoặc tệp báo cáo / report directories or files')
    .description('tổng hợp báo cáo một kỳ: đơn vị đúng hạn/trễ/thiếu, tổng chỉ tiêu, tình hình nhiệm vụ / consolidate one reporting period')
    .addOption(new Option('--period <period>', 'loại kỳ báo cáo / period kind').choices(_PERIODS))
    .option('--year <year>', 'năm / year')
    .option('--index <n>', 'tháng (1–12) hoặc quý (1–4) của kỳ / month or quarter of the period')
    .option('--obligation <id>', 'mã nghĩa vụ báo cáo (báo cáo đột xuất) / obligation id (one-off reports)')
    .option('--csv [table]', `xuất CSV ra stdout (bảng: ${TABLE_IDS.join(', ')}) / CSV on stdout`)
    .option('--xlsx <file>', 'ghi tệp Excel / write an XLSX workbook')
    .option('--docx <file>', 'ghi dự thảo báo cáo tổng hợp (DOCX, Nghị định 30/2020) / write the consolidated draft (DOCX)')
    .option('--out <file>', `ghi tệp xuất (định dạng: ${formats.map((f) => f.id).join(', ')}) / write an export file`)
    .option('--format <id>', 'định dạng của --out (mặc định theo đuôi tệp) / format of --out (default: from its extension)')
    .addOption(new Option('--table <table>', 'bảng cho --out dạng một bảng / table for per-table formats').choices(TABLE_IDS))
    .option('--now <iso>', 'xét tình trạng tại thời điểm / statuses as of (ISO 8601)')
    .option(...HOLIDAYS_OPTION)
    .action(async (inputs: string[], _o, cmd: Command) => {
      const o = ctx.options(cmd);
      const calendar = workingCalendar({ ...(o.holidays !== undefined ? { holidays: String(o.holidays) } : {}), lang: o.lang }, ctx.io);
      const now = _checkInstant('--now', o.now);
      const year = _int('--year', o.year, /^\d{4}$/);
      const periodIndex = _int('--index', o.index, /^(?:[1-9]|1[0-2])$/);
      if (o.csv !== undefined && o.csv !== true && !(TABLE_IDS as readonly unknown[]).includes(o.csv)) {
        throw new CliUsageError(`--csv: bảng không hợp lệ "${String(o.csv)}" (${TABLE_IDS.join(', ')})`, `--csv: unknown table "${String(o.csv)}" (${TABLE_IDS.join(', ')})`);
      }
      ctx.exit(
        await aggregateCommand(
          ctx.plan(cmd),
          inputs,
          {
            lang: o.lang,
            json: o.json,
            formats,
            ...(o.period !== undefined ? { period: String(o.period) } : {}),
            ...(year !== undefined ? { year } : {}),
            ...(periodIndex !== undefined ? { periodIndex } : {}),
            ...(o.obligation !== undefined ? { obligationId: String(o.obligation) } : {}),
            ...(o.csv !== undefined ? { csv: o.csv as true | TableId } : {}),
            ...(o.xlsx !== undefined ? { xlsx: String(o.xlsx) } : {}),
            ...(o.docx !== undefined ? { docx: String(o.docx) } : {}),
            ...(o.out !== undefined ? { out: String(o.out) } : {}),
            ...(o.format !== undefined ? { format: String(o.format) } : {}),
            ...(o.table !== undefined ? { table: o.table as TableId } : {}),
            ...(now ? { now } : {}),
            calendar,
          },
          ctx.io,
        ),
      );
    });
}
