import { Option, type Command } from 'commander';
import { resolve } from 'node:path';
import { aggregateCommand, validateCommand } from '@dvcq/server';
import { parseInstant } from '@dvcq/calendar';
import { CliUsageError, EXIT, t } from '../io/io';
import type { CommandContext } from '../run';
import { registerSchemaCommand } from './schema';

function checkInstant(flag: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const r = parseInstant(String(value));
  if (!r.ok) throw new CliUsageError(`${flag}: ${r.message.vi}`, `${flag}: ${r.message.en}`);
  return r.iso;
}

/**
 * `dvcq validate`, `dvcq schema` (./schema.ts) and `dvcq aggregate` — report checking,
 * exports for other languages, and consolidation (tổng hợp).
 */
export function registerReportCommands(program: Command, ctx: CommandContext): void {
  program
    .command('validate')
    .argument('<files...>', 'tệp báo cáo JSON hoặc thư mục / report JSON files or directories')
    .description('kiểm tra báo cáo (--json: mỗi tệp một dòng JSON) / check reports (--json: one JSON line per file)')
    .addOption(new Option('--mode <mode>', 'draft (cho phép thiếu) | final (đầy đủ, xét hạn nộp)').choices(['draft', 'final']).default('final'))
    .option('--now <iso>', 'cố định đồng hồ / fix the clock (ISO 8601)')
    .action(async (files: string[], _o, cmd: Command) => {
      const o = ctx.options(cmd);
      const now = checkInstant('--now', o.now);
      ctx.exit(
        await validateCommand(ctx.plan(cmd), files, { mode: o.mode as 'draft' | 'final', lang: o.lang, json: o.json, ...(now ? { now } : {}) }, ctx.io),
      );
    });

  registerSchemaCommand(program, ctx);

  program
    .command('aggregate')
    .argument('<inputs...>', 'thư mục hoặc tệp báo cáo / report directories or files')
    .description('tổng hợp báo cáo một kỳ: đơn vị đúng hạn/trễ/thiếu, tổng chỉ tiêu, tình hình nhiệm vụ / consolidate one period')
    .addOption(new Option('--period <period>', 'kỳ báo cáo / period').choices(['semiannual', 'annual', 'monthly', 'quarterly', 'nine-month']))
    .option('--year <year>', 'năm / year')
    .option('--csv [table]', 'xuất CSV ra stdout (bảng: units, indicators, tasks) / CSV on stdout')
    .option('--xlsx <file>', 'ghi tệp Excel / write an XLSX workbook')
    .option('--now <iso>', 'xét tình trạng tại thời điểm / statuses as of (ISO 8601)')
    .action(async (inputs: string[], _o, cmd: Command) => {
      const o = ctx.options(cmd);
      const now = checkInstant('--now', o.now);
      let year: number | undefined;
      if (o.year !== undefined) {
        year = Number(o.year);
        if (!/^\d{4}$/.test(String(o.year))) throw new CliUsageError(`--year không hợp lệ: ${String(o.year)}`, `Invalid --year: ${String(o.year)}`);
      }
      ctx.exit(
        await aggregateCommand(
          ctx.plan(cmd),
          inputs,
          {
            lang: o.lang,
            json: o.json,
            ...(o.period !== undefined ? { period: String(o.period) } : {}),
            ...(year !== undefined ? { year } : {}),
            ...(o.csv !== undefined ? { csv: o.csv as true } : {}),
            ...(o.xlsx !== undefined ? { xlsx: resolve(ctx.io.cwd, String(o.xlsx)) } : {}),
            ...(now ? { now } : {}),
          },
          ctx.io,
        ),
      );
    });
}
