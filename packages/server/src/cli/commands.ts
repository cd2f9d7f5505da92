import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Lang, Plan } from '@dvcq/core';
import { compileReport, formatIssues } from '@dvcq/report';
import { aggregate, type Aggregation } from '../aggregate/aggregate';
import { listReportFiles, toJsonLine, validateFiles, type BatchProgress } from '../batch/validate-files';
import { toCsv } from '../export/csv';
import type { CsvTable } from '../export/tables';
import { toXlsx } from '../export/xlsx';

/** Vào/ra của lệnh — where a command writes (same shape as `@dvcq/cli`'s `CliIo`). */
export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Directory relative paths are resolved against. */
  cwd: string;
}

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
}

/** Tùy chọn `dvcq aggregate` — options of {@link aggregateCommand}. */
export interface AggregateCommandOptions {
  /** Kỳ — `semiannual`, `annual`…; default: the period most inputs name. */
  period?: string;
  /** Năm — default: the plan's year. */
  year?: number;
  lang?: Lang;
  json?: boolean;
  /** CSV on stdout; a table name picks the table (default `units`). */
  csv?: boolean | CsvTable;
  /** Write an XLSX workbook to this path. */
  xlsx?: string;
  /** Statuses as of this instant (ISO 8601; default now). */
  now?: string;
  concurrency?: number;
  /** Progress on stderr every N files (default 1000; 0 = never). */
  progressEvery?: number;
}

const EXIT_OK = 0;
const EXIT_INVALID = 1;
const EXIT_USAGE = 2;

function _progress(io: CommandIo, lang: Lang, every: number) {
  return (p: BatchProgress) => {
    if (every > 0 && p.done % every === 0) {
      io.stderr(lang === 'en' ? `… ${p.done} files checked (${p.failed} with errors)\n` : `… đã kiểm tra ${p.done} tệp (${p.failed} tệp có lỗi)\n`);
    }
  };
}

/**
 * Lệnh `dvcq validate` — checks report files and directories as a stream: with
 * `json`, one JSON line per file on stdout as soon as it is checked; otherwise a
 * block per file naming each field by its Vietnamese label and how to fix it.
 * Exit code (DESIGN.md): 0 all valid, 1 any invalid, 2 no input or an unreadable path.
 * @param plan - the plan
 * @param inputs - files and directories
 * @param opts - mode, language, JSON, clock, concurrency
 * @param io - output
 * @returns the exit code
 */
export async function validateCommand(plan: Plan, inputs: readonly string[], opts: ValidateCommandOptions, io: CommandIo): Promise<number> {
  const lang: Lang = opts.lang ?? 'vi';
  if (inputs.length === 0) {
    io.stderr(lang === 'en' ? 'No file given.\n' : 'Chưa nêu tệp nào.\n');
    return EXIT_USAGE;
  }
  let code = EXIT_OK;
  let n = 0;
  let bad = 0;
  for await (const r of validateFiles(listReportFiles(inputs, io.cwd), {
    plan: compileReport(plan),
    cwd: io.cwd,
    mode: opts.mode ?? 'final',
    lang,
    ...(opts.now !== undefined ? { now: opts.now } : {}),
    concurrency: opts.concurrency ?? 8,
    ...(opts.json ? {} : { onProgress: _progress(io, lang, opts.progressEvery ?? 1000) }),
  })) {
    n++;
    const file = r.file;
    if (r.error?.code === 'file.unreadable') code = Math.max(code, EXIT_USAGE);
    else if (!r.ok) code = Math.max(code, EXIT_INVALID);
    if (!r.ok) bad++;
    if (opts.json) {
      io.stdout(toJsonLine({ ...r, file }));
      continue;
    }
    const head = r.ok ? (lang === 'en' ? `✓ ${file}: valid` : `✓ ${file}: hợp lệ`) : lang === 'en' ? `✗ ${file}: invalid` : `✗ ${file}: chưa hợp lệ`;
    const warn = r.issues.filter((i) => i.severity === 'warning').length;
    io.stdout(`${head}${warn ? (lang === 'en' ? ` (${warn} warning(s))` : ` (${warn} cảnh báo)`) : ''}\n`);
    if (r.issues.length) io.stdout(`${formatIssues(r.issues, { lang }).replace(/^/gm, '    ')}\n`);
  }
  if (n === 0) {
    io.stderr(lang === 'en' ? 'No .json file found.\n' : 'Không tìm thấy tệp .json nào.\n');
    return EXIT_USAGE;
  }
  if (!opts.json) io.stderr(lang === 'en' ? `${n} file(s), ${bad} with errors.\n` : `${n} tệp, ${bad} tệp có lỗi.\n`);
  return code;
}

/**
 * Lệnh `dvcq aggregate` — reads report files (validated in `final` mode; invalid
 * ones are left out and listed on stderr), consolidates one period and prints a
 * summary, or JSON (`json`), or CSV (`csv`), and/or writes an XLSX workbook (`xlsx`).
 * Without a receipt time a report's document date stands for its submission day.
 * Exit code: 0 all inputs valid and every owing unit on time; 1 an input invalid
 * or a unit late or missing; 2 usage/I-O error.
 * @param plan - the plan
 * @param inputs - files and directories
 * @param opts - period, year, output format, clock
 * @param io - output
 * @returns the exit code
 */
export async function aggregateCommand(plan: Plan, inputs: readonly string[], opts: AggregateCommandOptions, io: CommandIo): Promise<number> {
  const lang: Lang = opts.lang ?? 'vi';
  if (inputs.length === 0) {
    io.stderr(lang === 'en' ? 'No file or directory given.\n' : 'Chưa nêu tệp hay thư mục nào.\n');
    return EXIT_USAGE;
  }
  const reports: Array<{ report: Record<string, unknown>; source: string }> = [];
  let invalid = 0;
  let unreadable = 0;
  const now = opts.now ?? new Date().toISOString();
  for await (const r of validateFiles(listReportFiles(inputs, io.cwd), {
    plan: compileReport(plan),
    cwd: io.cwd,
    mode: 'final',
    lang,
    now,
    concurrency: opts.concurrency ?? 8,
    keepReports: true,
    onProgress: _progress(io, lang, opts.progressEvery ?? 1000),
  })) {
    if (r.error?.code === 'file.unreadable') unreadable++;
    if (!r.ok) {
      invalid++;
      const first = r.issues.find((i) => i.severity === 'error');
      io.stderr(`✗ ${r.file}: ${first ? `${first.code} ${first.path} — ${first.message}` : ''}\n`);
      continue;
    }
    reports.push({ report: r.report as Record<string, unknown>, source: r.file });
  }
  if (reports.length + invalid === 0) {
    io.stderr(lang === 'en' ? 'No .json file found.\n' : 'Không tìm thấy tệp .json nào.\n');
    return EXIT_USAGE;
  }
  const period = opts.period ?? _mostCommon(reports.map((r) => r.report.period)) ?? plan.obligations[0]?.period ?? 'annual';
  const year = opts.year ?? plan.year;
  const agg = aggregate(reports, { plan, period, year, now, lang });
  if (opts.xlsx) {
    const target = resolve(io.cwd, opts.xlsx);
    try {
      await writeFile(target, await toXlsx(agg, { lang }));
    } catch (e) {
      io.stderr(`${lang === 'en' ? 'Cannot write' : 'Không ghi được'} ${opts.xlsx}: ${e instanceof Error ? e.message : String(e)}\n`);
      return EXIT_USAGE;
    }
    io.stderr(lang === 'en' ? `Workbook written: ${opts.xlsx}\n` : `Đã ghi tệp Excel: ${opts.xlsx}\n`);
  }
  if (opts.json) io.stdout(`${JSON.stringify(agg, null, 2)}\n`);
  else if (opts.csv) io.stdout(toCsv(agg, { table: opts.csv === true ? 'units' : opts.csv, lang, bom: false }));
  else if (!opts.xlsx) io.stdout(formatAggregation(agg, lang));
  if (unreadable > 0) return EXIT_USAGE;
  return invalid > 0 || agg.summary.late > 0 || agg.summary.missing > 0 ? EXIT_INVALID : EXIT_OK;
}

/**
 * Tóm tắt tổng hợp — a short human summary of a consolidation (what `dvcq
 * aggregate` prints without `--json`/`--csv`).
 * @param agg - a consolidation
 * @param lang - language
 * @returns text ending with a newline
 */
export function formatAggregation(agg: Aggregation, lang: Lang = 'vi'): string {
  const L = (vi: string, en: string) => (lang === 'en' ? en : vi);
  const s = agg.summary;
  const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 1000) / 10}%`);
  const lines = [
    `${agg.obligation ? agg.obligation.title[lang] : `${agg.period} ${agg.year}`}`,
    agg.obligation ? `${L('Hạn nộp', 'Deadline')}: ${agg.obligation.deadline.text ?? agg.obligation.deadline.date} — ${agg.obligation.deadline.reading[lang]}` : L('Kế hoạch không có nghĩa vụ báo cáo cho kỳ này.', 'The plan has no obligation for this period.'),
    `${L('Tính đến', 'As of')}: ${agg.asOf}`,
    `${L('Phải nộp', 'Owing')}: ${s.owed} · ${L('Đã nộp', 'Submitted')}: ${s.submitted} (${L('đúng hạn', 'on time')} ${s.onTime}, ${L('trễ hạn', 'late')} ${s.late}) · ${L('Quá hạn chưa nộp', 'Missing')}: ${s.missing} · ${L('Chưa nộp, còn trong hạn', 'Not submitted, still in time')}: ${s.pending}`,
    `${L('Tỷ lệ đầy đủ', 'Completeness')}: ${pct(s.completeness)} · ${L('Tỷ lệ đúng hạn', 'Timeliness')}: ${pct(s.timeliness)}`,
    '',
  ];
  for (const u of agg.units) lines.push(`  ${agg.stateLabels[u.state][lang].padEnd(26)} ${u.name[lang]}${u.documentNumber ? ` — ${u.documentNumber}` : ''}`);
  lines.push('');
  for (const i of agg.indicators) {
    if (i.reported === 0) continue;
    const v = i.type === 'count' ? String(i.total) : `${i.mean}% (${L('trung bình', 'mean')})`;
    lines.push(`  ${i.label[lang]}: ${v}`);
  }
  return `${lines.join('\n')}\n`;
}

function _mostCommon(values: unknown[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (typeof v === 'string') counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let n = 0;
  for (const [k, c] of counts) if (c > n) (best = k), (n = c);
  return best;
}
