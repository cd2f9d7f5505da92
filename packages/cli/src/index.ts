// Public API of @dvcq/cli: run the CLI in-process (tests, other tools).
export { runCli } from './run';
export type { CommandContext } from './run';
export { EXIT } from './io/io';
export type { CliIo, ExitCode, GlobalOptions } from './io/io';
export { resolvePlan } from './io/plan-source';
export { listReportFiles, toJsonLine, validateFiles } from './commands/validate-files';
export type { BatchProgress, FileResult, ValidateFilesOptions } from './commands/validate-files';
