import type { Command } from 'commander';
import { resolve } from 'node:path';
import { writeSchemaExports } from '@dvcq/report/export';
import { CliUsageError, EXIT, t } from '../io/io';
import type { CommandContext } from '../run';

/**
 * `dvcq schema` — exports for other languages (`dvcq validate` and `dvcq aggregate`
 * are in validate.ts and aggregate.ts).
 */
export function registerReportCommands(program: Command, ctx: CommandContext): void {
  program
    .command('schema')
    .description('xuất JSON Schema (2020-12, draft-07), rules.json, report.d.ts, plan.schema.json, vectors/ / write exports for other languages')
    .requiredOption('--out <dir>', 'thư mục đích / output directory')
    .action(async (_o, cmd: Command) => {
      const o = ctx.options(cmd);
      const plan = ctx.plan(cmd);
      const dir = resolve(ctx.io.cwd, String(o.out));
      let written: string[];
      try {
        written = await writeSchemaExports(dir, { plan });
      } catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        throw new CliUsageError(`Không ghi được vào ${dir}: ${msg}`, `Cannot write to ${dir}: ${msg}`);
      }
      if (o.json) ctx.io.stdout(JSON.stringify({ plan: plan.id, dir, files: written }, null, 2) + '\n');
      else ctx.io.stdout(`${t(o.lang, `Đã ghi ${written.length} tệp vào`, `Wrote ${written.length} files to`)} ${dir}\n${written.map((f) => '  ' + f).join('\n')}\n`);
      ctx.exit(EXIT.ok);
    });
}
