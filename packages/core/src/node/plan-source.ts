// Kế hoạch từ tệp hoặc gói — finding a plan by id or file name, for Node programs (the CLI,
// the portal). Plans are data: a plan package is any dependency named `@dvcq/plan-<id>`
// whose package.json says `"dvcq": { "plan": "<id>", "file": "./plan.json" }`. Nothing
// here knows a plan by name (docs/architecture.md, "Thêm một kế hoạch").
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Issue, Lang, Message, Result } from '../issues/issue';
import { pickMessage } from '../issues/issue';
import { readJsonBounded } from '../issues/json';
import type { Plan } from '../model/plan';
import { loadPlan } from '../load/load-plan';
import { MAX_PLAN_BYTES } from '../load/limits';

/** Kế hoạch có sẵn — a plan shipped as a package that a program depends on. */
export interface BundledPlan {
  /** Plan id, e.g. the `id` of its plan file. */
  readonly id: string;
  /** The package that ships it. */
  readonly packageName: string;
  /** Absolute path of the plan file inside the package. */
  readonly file: string;
}

/** Nguồn của kế hoạch — where a resolved plan came from. */
export type PlanSource = { readonly kind: 'bundled'; readonly id: string; readonly packageName: string; readonly file: string } | { readonly kind: 'file'; readonly file: string };

/** Tùy chọn tìm kế hoạch — options of {@link bundledPlans} and {@link resolvePlanSource}. */
export interface PlanSourceOptions {
  /**
   * Tìm từ đâu — the program looking for plans: a file URL (`import.meta.url`) or a path
   * inside its package. Its package.json's `dependencies` decide which plan packages it
   * ships; they are resolved from there.
   */
  from: string;
  /** Thư mục làm việc — base for relative plan file paths. Default `process.cwd()`. */
  cwd?: string;
  /** Message language, `vi` by default. */
  lang?: Lang;
}

const _PREFIX = '@dvcq/plan-';

function _dirOf(from: string): string {
  const path = from.startsWith('file:') ? fileURLToPath(from) : from;
  try {
    return statSync(path).isDirectory() ? path : dirname(path);
  } catch {
    return dirname(path);
  }
}

function _ownPackageJson(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    const p = join(d, 'package.json');
    try {
      statSync(p);
      return p;
    } catch {
      if (dirname(d) === d) return undefined;
    }
  }
}

/**
 * Các kế hoạch có sẵn — the plan packages a program depends on (its package.json
 * `dependencies` named `@dvcq/plan-*` that declare a plan file), in the order listed.
 * @param options - `from`: the program (file URL or path)
 * @returns the bundled plans; a dependency that cannot be resolved or declares no plan is skipped
 */
export function bundledPlans(options: Pick<PlanSourceOptions, 'from'>): BundledPlan[] {
  const dir = _dirOf(options.from);
  const own = _ownPackageJson(dir);
  if (!own) return [];
  let deps: Record<string, unknown> = {};
  try {
    const pkg = JSON.parse(readFileSync(own, 'utf8')) as { dependencies?: Record<string, unknown> };
    deps = pkg.dependencies ?? {};
  } catch {
    return [];
  }
  const req = createRequire(own);
  const out: BundledPlan[] = [];
  for (const name of Object.keys(deps)) {
    if (!name.startsWith(_PREFIX)) continue;
    try {
      const pj = req.resolve(`${name}/package.json`);
      const meta = (JSON.parse(readFileSync(pj, 'utf8')) as { dvcq?: { plan?: unknown; file?: unknown } }).dvcq;
      if (typeof meta?.plan !== 'string' || typeof meta.file !== 'string') continue;
      out.push({ id: meta.plan, packageName: name, file: resolve(dirname(pj), meta.file) });
    } catch {
      // not installed: not bundled
    }
  }
  return out;
}

function _issue(code: string, message: Message, lang: Lang): Issue {
  return { code, severity: 'error', path: '', message: pickMessage(message, lang) };
}

/**
 * Đọc tệp kế hoạch — reads, checks and lints a plan file. Never throws: a missing file,
 * a file too large, bad JSON or an invalid plan come back as issues.
 * @param file - a path
 * @param options - message language
 * @returns the plan (and its warnings) or the issues
 */
export function readPlanFile(file: string, options: { lang?: Lang } = {}): Result<Plan> {
  const lang = options.lang ?? 'vi';
  let text: string;
  try {
    const st = statSync(file);
    if (!st.isFile()) return { ok: false, issues: [_issue('plan.unreadable', { vi: `"${file}" không phải là tệp.`, en: `"${file}" is not a file.` }, lang)] };
    if (st.size > MAX_PLAN_BYTES)
      return { ok: false, issues: [_issue('plan.too-large', { vi: `Tệp kế hoạch quá lớn (${st.size} byte, tối đa ${MAX_PLAN_BYTES}).`, en: `Plan file too large (${st.size} bytes, at most ${MAX_PLAN_BYTES}).` }, lang)] };
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    return { ok: false, issues: [_issue('plan.unreadable', { vi: `Không đọc được tệp kế hoạch "${file}" (${code}).`, en: `Cannot read plan file "${file}" (${code}).` }, lang)] };
  }
  const json = readJsonBounded(text, { domain: 'plan', maxLength: MAX_PLAN_BYTES, what: { vi: 'Tệp kế hoạch', en: 'Plan file' }, lang });
  return json.ok ? loadPlan(json.value, { lang }) : json;
}

/**
 * Tìm kế hoạch — resolves `--plan ID|FILE` (CLI) or `DVCQ_PLAN` (portal): a bundled plan
 * id, else a plan file path (relative to `cwd`). Without a spec, the one plan the
 * program ships is used; with none or several, an issue says which ids exist.
 * @param spec - a plan id, a file path, or `undefined`
 * @param options - the program (`from`), `cwd`, message language
 * @returns the loaded plan with its source, or the issues (never throws)
 */
export function resolvePlanSource(spec: string | undefined, options: PlanSourceOptions): Result<{ plan: Plan; source: PlanSource }> {
  const lang = options.lang ?? 'vi';
  const bundled = bundledPlans(options);
  const ids = bundled.map((b) => b.id).join(', ') || '—';
  let pick: BundledPlan | undefined;
  if (spec === undefined || spec === '') {
    if (bundled.length !== 1)
      return {
        ok: false,
        issues: [
          _issue(
            'plan.not-chosen',
            {
              vi: `Chưa chọn kế hoạch: ghi mã kế hoạch có sẵn (${ids}) hoặc đường dẫn tệp kế hoạch JSON.`,
              en: `No plan chosen: give a bundled plan id (${ids}) or the path of a plan JSON file.`,
            },
            lang,
          ),
        ],
      };
    pick = bundled[0];
  } else pick = bundled.find((b) => b.id === spec);
  if (pick) {
    const r = readPlanFile(pick.file, { lang });
    const source: PlanSource = { kind: 'bundled', id: pick.id, packageName: pick.packageName, file: pick.file };
    return r.ok ? { ok: true, value: { plan: r.value, source }, issues: r.issues } : r;
  }
  const file = isAbsolute(spec!) ? spec! : resolve(options.cwd ?? process.cwd(), spec!);
  const r = readPlanFile(file, { lang });
  const unreadable = r.ok ? undefined : r.issues.find((i) => i.code === 'plan.unreadable');
  if (unreadable)
    return {
      ok: false,
      issues: [
        {
          ...unreadable,
          message:
            unreadable.message +
            pickMessage({ vi: ` "${spec}" cũng không phải mã kế hoạch có sẵn (${ids}).`, en: ` "${spec}" is not a bundled plan id either (${ids}).` }, lang),
        },
      ],
    };
  return r.ok ? { ok: true, value: { plan: r.value, source: { kind: 'file', file } }, issues: r.issues } : r;
}
