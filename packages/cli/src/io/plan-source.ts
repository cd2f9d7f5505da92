import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Plan, loadPlan, type Lang } from '@dvcq/core';
import { PLAN_ID as HOA_BINH_2021_ID, loadHoaBinh2021Plan } from '@dvcq/plan-hoa-binh-2021';
import { CliUsageError, type CliIo } from './io';

/** Kế hoạch có sẵn — plans shipped with the kit, by id. */
export const BUNDLED_PLANS: Readonly<Record<string, () => Plan>> = {
  [HOA_BINH_2021_ID]: loadHoaBinh2021Plan,
};

/** Kế hoạch mặc định — the plan used when `--plan` is not given. */
export const DEFAULT_PLAN_ID = HOA_BINH_2021_ID;

/**
 * Resolves `--plan ID|FILE`: a bundled plan id, or a path to a plan file that is
 * loaded and linted. Problems become a usage error (exit 2) listing every issue.
 * Lint warnings are written to stderr, never dropped.
 */
export function resolvePlan(spec: string | undefined, io: CliIo, lang: Lang): Plan {
  const id = spec ?? DEFAULT_PLAN_ID;
  const bundled = Object.prototype.hasOwnProperty.call(BUNDLED_PLANS, id) ? BUNDLED_PLANS[id] : undefined;
  if (bundled) return bundled();
  const file = resolve(io.cwd, id);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new CliUsageError(
      `Không đọc được kế hoạch "${id}" (${code}). Dùng mã kế hoạch có sẵn (${Object.keys(BUNDLED_PLANS).join(', ')}) hoặc đường dẫn tệp JSON.`,
      `Cannot read plan "${id}" (${code}). Use a bundled plan id (${Object.keys(BUNDLED_PLANS).join(', ')}) or a path to a JSON file.`,
    );
  }
  const result = loadPlan(text, { lang });
  for (const i of result.issues.filter((x) => x.severity === 'warning')) io.stderr(`${file}${i.path ? ' ' + i.path : ''}: [${i.code}] ${i.message}\n`);
  if (!result.ok) {
    const lines = result.issues.filter((x) => x.severity === 'error').map((i) => `  ${i.path || '/'}: [${i.code}] ${i.message}`);
    throw new CliUsageError(
      `Tệp kế hoạch ${file} không hợp lệ:\n${lines.join('\n')}`,
      `Plan file ${file} is invalid:\n${lines.join('\n')}`,
    );
  }
  return result.plan;
}
