// Sổ kế hoạch — what a portal does with its plan registry: check a draft (the
// plan checks of @dvcq/core, in both languages, with JSON Pointers), seed the
// configured plan at start, read the published plans it serves.
import { type Issue, type Plan, planCoordinator } from '@dvcq/core';
import { loadPlan } from '@dvcq/core/zod';
import type { PlanEntry, PlanFinding, PlanSource, PlanStore } from './types';

/** Kết quả kiểm tra kế hoạch — a draft checked: the plan when it can be published, and the findings. */
export interface PlanCheck {
  /** The plan as `loadPlan` reads it — absent when the draft has errors. */
  plan?: Plan;
  /** Plan check issues (`plan.*`), errors first, each in Vietnamese and English. */
  findings: PlanFinding[];
  /** Số lỗi — errors that block publishing. */
  errors: number;
}

const _NO_COORDINATOR: PlanFinding = {
  code: 'plan.no-coordinator',
  severity: 'error',
  pointer: '/coordinator',
  message: {
    vi: 'Kế hoạch không nêu cơ quan theo dõi, tổng hợp báo cáo (coordinator): cổng không biết ai tổng hợp.',
    en: 'The plan names no body that follows up and consolidates the reports (coordinator): the portal cannot tell who consolidates.',
  },
};

/**
 * Kiểm tra bản nháp — checks a plan file as `loadPlan` does (shape, then the plan
 * checks), giving every issue in Vietnamese and English with its JSON Pointer,
 * and refuses a plan without a consolidating body (the portal needs one).
 * @param plan - the plan JSON (a parsed value)
 * @returns the findings; `plan` when nothing blocks publishing
 */
export function checkPlanDraft(plan: unknown): PlanCheck {
  const vi = loadPlan(plan, { lang: 'vi' });
  const en = loadPlan(plan, { lang: 'en' });
  // Both runs find the same issues in the same order; only the language differs.
  const same = vi.issues.length === en.issues.length && vi.issues.every((i, n) => i.code === en.issues[n]!.code && i.path === en.issues[n]!.path);
  const findings: PlanFinding[] = vi.issues.map((i: Issue, n) => ({
    code: i.code,
    severity: i.severity,
    pointer: i.path,
    message: { vi: i.message, en: same ? en.issues[n]!.message : i.message },
  }));
  if (vi.ok && planCoordinator(vi.value) === undefined) findings.push(_NO_COORDINATOR);
  findings.sort((a, b) => (a.severity === 'error' ? 0 : 1) - (b.severity === 'error' ? 0 : 1));
  const errors = findings.filter((f) => f.severity === 'error').length;
  return errors === 0 && vi.ok ? { plan: vi.value, findings, errors } : { findings, errors };
}

/** Kết quả gieo kế hoạch — what {@link seedPlan} did. */
export type SeedOutcome =
  /** The plan id was not in the registry: published now. */
  | { action: 'published'; entry: PlanEntry }
  /** The configured plan changed since it was seeded: the new content replaced it. */
  | { action: 'replaced'; entry: PlanEntry }
  /** The registry already has this plan id (as seeded, or as the administrator left it). */
  | { action: 'kept' };

/** Tùy chọn gieo — options of {@link seedPlan}. */
export interface SeedPlanOptions {
  /** What `DVCQ_PLAN` said (a plan id or a path), or `undefined` for the bundled plan. */
  spec?: string;
  /** Now, ISO 8601 with offset. */
  at: string;
  /** Id of a new entry (default: `crypto.randomUUID()`). */
  newKey?: () => string;
}

/** The actor recorded for what the portal's configuration did. */
export const CONFIG_ACTOR = 'config';

/**
 * Gieo kế hoạch cấu hình — puts the plan the portal is configured with
 * (`DVCQ_PLAN` or the bundled plan) into the registry at start, so a first start
 * serves it with nothing else to do. A plan id the registry already has is left
 * as it is — an administrator's edits and withdrawals win — unless the entry
 * published is the configuration's own and the configured file changed since
 * (a new release of the plan package): then the new content replaces it.
 * When no plan at all is published, the configured one is published again.
 * @param store - the plan registry
 * @param plan - the configured plan (already loaded)
 * @param options - the spec, the time
 * @returns what was done
 */
export async function seedPlan(store: PlanStore, plan: Plan, options: SeedPlanOptions): Promise<SeedOutcome> {
  const newKey = options.newKey ?? (() => globalThis.crypto.randomUUID());
  const json = JSON.parse(JSON.stringify(plan)) as Record<string, unknown>;
  const source: PlanSource = { kind: 'config', ...(options.spec !== undefined ? { fileName: options.spec } : {}), format: 'json', findings: [] };
  const entries = await store.list({ planId: plan.id });
  const anyPublished = (await store.list({ status: 'published' })).length > 0;
  const current = entries.find((e) => e.status === 'published');
  if (entries.length === 0 || (!anyPublished && current === undefined)) {
    const added = await store.add({ key: newKey(), status: 'published', plan: json, source, by: CONFIG_ACTOR, at: options.at });
    if (added.ok) return { action: 'published', entry: added.entry };
    return { action: 'kept' };
  }
  if (current !== undefined && current.source.kind === 'config' && current.publishedBy === CONFIG_ACTOR && JSON.stringify(current.plan) !== JSON.stringify(json)) {
    const draft = await store.add({ key: newKey(), status: 'draft', plan: json, source, by: CONFIG_ACTOR, at: options.at });
    if (!draft.ok) return { action: 'kept' };
    const published = await store.publish(draft.entry.key, CONFIG_ACTOR, options.at);
    if (published.ok) return { action: 'replaced', entry: published.entry };
  }
  return { action: 'kept' };
}

/** Kế hoạch đang ban hành — a published entry with its plan read. */
export interface PublishedPlan {
  entry: PlanEntry;
  plan: Plan;
  coordinator: string;
}

/**
 * Kế hoạch đang phục vụ — the published plans, newest year first (then the most
 * recently published): the first is the default a portal serves. An entry that
 * no longer reads as a plan (a newer release's checks refuse it) is left out and
 * named in `skipped`.
 * @param store - the plan registry
 * @returns the plans served and the entries left out
 */
export async function publishedPlans(store: PlanStore): Promise<{ plans: PublishedPlan[]; skipped: Array<{ entry: PlanEntry; findings: PlanFinding[] }> }> {
  const plans: PublishedPlan[] = [];
  const skipped: Array<{ entry: PlanEntry; findings: PlanFinding[] }> = [];
  for (const entry of await store.list({ status: 'published' })) {
    const checked = checkPlanDraft(entry.plan);
    const coordinator = checked.plan ? planCoordinator(checked.plan) : undefined;
    if (checked.plan === undefined || coordinator === undefined) skipped.push({ entry, findings: checked.findings });
    else plans.push({ entry, plan: checked.plan, coordinator });
  }
  plans.sort((a, b) => b.plan.year - a.plan.year || (b.entry.publishedAt ?? '').localeCompare(a.entry.publishedAt ?? ''));
  return { plans, skipped };
}
