import { type Lang, type Plan } from '@dvcq/core';
import { resolvePlanSource } from '@dvcq/core/node';
import { CliUsageError, type CliIo } from './io';

/**
 * Resolves `--plan ID|FILE` through `@dvcq/core/node`: a plan package the CLI ships (any
 * dependency `@dvcq/plan-*` — the default when it ships exactly one), or a path to a plan
 * file that is loaded and linted. Problems become a usage error (exit 2) listing every
 * issue; lint warnings are written to stderr, never dropped.
 */
export function resolvePlan(spec: string | undefined, io: CliIo, lang: Lang): Plan {
  const r = resolvePlanSource(spec, { from: import.meta.url, cwd: io.cwd, lang });
  const where = (path: string) => (path ? ' ' + path : '');
  if (!r.ok) {
    const lines = r.issues.filter((x) => x.severity === 'error').map((i) => `  ${i.path || '/'}: [${i.code}] ${i.message}`);
    const single = r.issues.length === 1 && r.issues[0]!.path === '' ? r.issues[0]!.message : undefined;
    throw new CliUsageError(single ?? `Kế hoạch không hợp lệ:\n${lines.join('\n')}`, single ?? `The plan is invalid:\n${lines.join('\n')}`);
  }
  const name = r.value.source.kind === 'file' ? r.value.source.file : r.value.source.id;
  for (const i of r.issues) io.stderr(`${name}${where(i.path)}: [${i.code}] ${i.message}\n`);
  return r.value.plan;
}
