import type { Command } from 'commander';
import type { CommandContext } from '../run';
import { registerSchemaCommand } from './schema';

/**
 * Lệnh về báo cáo — `dvcq schema` (./schema.ts); `dvcq validate` and `dvcq aggregate`
 * are in validate.ts and aggregate.ts.
 */
export function registerReportCommands(program: Command, ctx: CommandContext): void {
  registerSchemaCommand(program, ctx);
}
