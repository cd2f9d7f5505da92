import type { Command } from 'commander';
import { resolve } from 'node:path';
import { writeSchemaExports } from '@dvcq/report/export';
import { CliUsageError, EXIT, t } from '../io/io';
import type { CommandContext } from '../run';

/**
 * `dvcq schema --out DIR` — the exports another language needs to validate reports
 * of the plan: JSON Schema (2020-12, draft-07), rules.json, CONTRACT.md (the
 * validation contract in words, vi/en), report.d.ts, plan.schema.json and vectors/.
 */
export function registerSchemaCommand(program: Command, ctx: CommandContext): void {
  program
    .command('schema')
    .description('xuất JSON Schema (2020-12, draft-07), rules.json, CONTRACT.md, report.d.ts, plan.schema.json, vectors/ / write the validation contract and its data for other languages')
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
      else {
        const vectors = written.filter((f) => f.startsWith('vectors/')).length;
        const files = written.filter((f) => !f.startsWith('vectors/'));
        ctx.io.stdout(
          `${t(o.lang, `Đã ghi ${written.length} tệp vào`, `Wrote ${written.length} files to`)} ${dir}\n` +
            files.map((f) => '  ' + f).join('\n') +
            `\n  vectors/ (${vectors} ${t(o.lang, 'vector kiểm thử', 'conformance vectors')})\n` +
            t(o.lang, 'Đọc CONTRACT.md để cài đặt việc kiểm tra ở ngôn ngữ khác.\n', 'Read CONTRACT.md to implement the checks in another language.\n'),
        );
      }
      ctx.exit(EXIT.ok);
    });
}
