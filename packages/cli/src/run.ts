import { Command, CommanderError, Option } from 'commander';
import type { Lang, Plan } from '@dvcq/core';
import { CliUsageError, type CliIo, EXIT, type GlobalOptions } from './io/io';
import { resolvePlan } from './io/plan-source';
import { planCommand } from './commands/plan';
import { registerRefs } from './commands/refs';
import { registerCalendar } from './commands/calendar';
import { registerReportCommands } from './commands/report';
import { registerValidate } from './commands/validate';
import { registerAggregate } from './commands/aggregate';
import { EXPORT_FORMATS } from '@dvcq/aggregate';
import { consolidatedDocxFormat } from '@dvcq/documents';
import { registerDocument } from './commands/document';
import { registerPlanImport } from './commands/plan-import';
import { registerDb } from './commands/db';

/** Hooks shared by every command: global options and the plan. */
export interface CommandContext {
  io: CliIo;
  /** Global options merged with the command's (`--plan`, `--lang`, `--json`). */
  options(cmd: Command): GlobalOptions & Record<string, unknown>;
  /** Loads the plan named by `--plan` (default: the one plan package the CLI ships). */
  plan(cmd: Command): Plan;
  /** Records the command's exit code. */
  exit(code: number): void;
}

/**
 * Chạy CLI — runs `dvcq` with the given arguments (without `node` and the script).
 * Never calls `process.exit`; the exit code follows the CLI contract (packages/cli/README.md): 0 ok,
 * 1 invalid/late, 2 usage or I/O error.
 * @param argv - e.g. `['plan', '--json']`
 * @param io - where to write and the working directory
 * @returns the exit code
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('dvcq')
    .description('DVCQ Kit — kế hoạch, lịch báo cáo và kiểm tra báo cáo công tác dân vận chính quyền / plans, reporting calendar and report checks')
    .addOption(new Option('--plan <id|file>', 'mã kế hoạch có sẵn hoặc tệp kế hoạch JSON / bundled plan id or plan JSON file'))
    .addOption(new Option('--lang <lang>', 'ngôn ngữ / language').choices(['vi', 'en']).default('vi'))
    .option('--json', 'xuất JSON ra stdout / machine output on stdout', false)
    .exitOverride()
    .showHelpAfterError()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });

  const ctx: CommandContext = {
    io,
    options: (cmd) => cmd.optsWithGlobals() as GlobalOptions & Record<string, unknown>,
    plan: (cmd) => {
      const o = cmd.optsWithGlobals() as GlobalOptions;
      return resolvePlan(o.plan, io, o.lang);
    },
    exit: (c) => {
      code = Math.max(code, c);
    },
  };

  const planCmd = program
    .command('plan')
    .description('các nội dung, nhiệm vụ và nghĩa vụ báo cáo của kế hoạch / the plan taxonomy (--json: full plan)')
    .action((_opts, cmd: Command) => ctx.exit(planCommand(ctx.plan(cmd), ctx.options(cmd), io)));
  registerPlanImport(planCmd, ctx);
  registerRefs(program, ctx);
  registerCalendar(program, ctx);
  registerValidate(program, ctx);
  registerReportCommands(program, ctx);
  // The consolidated draft (DOCX) is one more export format: `--out tong-hop.docx`.
  registerAggregate(program, ctx, [...EXPORT_FORMATS, consolidatedDocxFormat]);
  registerDocument(program, ctx);
  registerDb(program, ctx);

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    if (e instanceof CliUsageError) {
      const lang = (program.opts() as { lang?: Lang }).lang ?? 'vi';
      io.stderr((lang === 'en' ? e.en : e.vi) + '\n');
      return EXIT.usage;
    }
    throw e;
  }
  return code;
}
