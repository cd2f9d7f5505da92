// Các kế hoạch đang phục vụ — the published plans of the registry, as the portal
// serves them side by side, and which one a request is for: `?plan=<id>` on any
// page or API address, else the default (the newest year, then the most recently
// published). Reloaded after each publish or withdrawal in this process, and at
// most every 30 seconds when another process shares the database.
import type { Message, Plan } from '@dvcq/core';
import type { WorkingCalendar } from '@dvcq/calendar';
import { type PlanStore, type PublishedPlan, calendarView, createMemoryReportStore, createReportHandler, publishedPlans } from '@dvcq/server';

/** Lựa chọn kế hoạch — one published plan as the plan chooser lists it. */
export interface PlanChoice {
  id: string;
  year: number;
  title: Message;
}

/** Danh mục kế hoạch — the published plans a portal serves. */
export interface PlanCatalog {
  /** Published plans, the default first (never empty once {@link createPlanCatalog} resolved). */
  list(): readonly PublishedPlan[];
  /** The plan a request names (`?plan=`), the default when it names none; `undefined` for an unknown id. */
  choose(url: URL): PublishedPlan | undefined;
  /** Reads the registry again now. */
  refresh(): Promise<void>;
  /** Called after each change of the published plans (new, replaced, withdrawn). */
  onChange(listener: (plans: readonly PublishedPlan[]) => void): void;
}

/** Tham số chọn kế hoạch — the query parameter naming the plan of a request. */
export const PLAN_PARAM = 'plan';

/**
 * Tạo danh mục — reads the published plans once and keeps them.
 * @param store - the plan registry
 * @param options - clock for the periodic reload, a sink for entries that no longer read as plans
 * @returns the catalog
 */
export async function createPlanCatalog(
  store: PlanStore,
  options: { nowMs?: () => number; onSkipped?: (text: string) => void; maxAgeMs?: number; calendar?: WorkingCalendar } = {},
): Promise<PlanCatalog> {
  const nowMs = options.nowMs ?? (() => Date.now());
  const maxAge = options.maxAgeMs ?? 30_000;
  const listeners: Array<(plans: readonly PublishedPlan[]) => void> = [];
  let plans: PublishedPlan[] = [];
  let loadedAt = 0;
  let loading: Promise<void> | undefined;
  const signature = (ps: readonly PublishedPlan[]) => ps.map((p) => p.entry.key).join(',');
  // An entry's content never changes once published: whether it can be served is computed once.
  const servable = new Map<string, Message | undefined>();
  const warned = new Set<string>();
  const load = async () => {
    const r = await publishedPlans(store);
    for (const s of r.skipped) {
      if (warned.has(s.entry.key)) continue;
      warned.add(s.entry.key);
      options.onSkipped?.(`Kế hoạch ${s.entry.planId} (${s.entry.key}) không đọc được, không phục vụ / plan ${s.entry.planId} (${s.entry.key}) no longer reads as a plan, not served: ${s.findings[0]?.message.vi ?? ''}`);
    }
    r.plans = r.plans.filter((p) => {
      if (!servable.has(p.entry.key)) servable.set(p.entry.key, servingProblem(p.plan, options.calendar));
      const why = servable.get(p.entry.key);
      if (why && !warned.has(p.entry.key)) {
        warned.add(p.entry.key);
        options.onSkipped?.(`${p.plan.id} (${p.entry.key}): ${why.vi} / ${why.en}`);
      }
      return why === undefined;
    });
    const changed = signature(r.plans) !== signature(plans);
    // Never drop to no plan at all: the last plans read stay served until another is published.
    if (r.plans.length > 0) plans = r.plans;
    loadedAt = nowMs();
    if (changed && r.plans.length > 0) for (const l of listeners) l(plans);
  };
  const refresh = () => {
    loading ??= load().finally(() => (loading = undefined));
    return loading;
  };
  await refresh();
  const list = (): readonly PublishedPlan[] => {
    // Another process may have published: look again in the background now and then.
    if (nowMs() - loadedAt > maxAge) void refresh().catch(() => undefined);
    return plans;
  };
  return {
    list,
    choose(url) {
      const id = url.searchParams.get(PLAN_PARAM);
      const all = list();
      if (id === null || id === '') return all[0];
      return all.find((p) => p.plan.id === id);
    },
    refresh,
    onChange: (l) => void listeners.push(l),
  };
}

/** Lựa chọn — the chooser's view of the served plans. */
export function planChoices(plans: readonly PublishedPlan[]): PlanChoice[] {
  return plans.map((p) => ({ id: p.plan.id, year: p.plan.year, title: p.plan.title }));
}

/**
 * Cổng có phục vụ được không — builds what serving a plan needs (the report
 * handler: compiled rules, every instance of every obligation, the calendar view)
 * and says why not when that fails: a plan `loadPlan` accepts may still use a
 * feature this release of the report engine cannot serve yet.
 * @param plan - a loaded plan
 * @param calendar - the working calendar
 * @returns `undefined` when the portal can serve it, else the reason in both languages
 */
export function servingProblem(plan: Plan, calendar?: WorkingCalendar): Message | undefined {
  try {
    createReportHandler({ plan, store: createMemoryReportStore(), auth: () => undefined, ...(calendar ? { calendar } : {}) });
    calendarView(plan, new Date(), calendar ? { calendar } : {});
    return undefined;
  } catch (e) {
    const detail = (e instanceof Error ? e.message : String(e)).slice(0, 200);
    return {
      vi: `Cổng chưa phục vụ được kế hoạch này (${detail}): kế hoạch hợp lệ nhưng dùng điều phiên bản này của bộ kiểm tra báo cáo chưa hỗ trợ.`,
      en: `The portal cannot serve this plan yet (${detail}): the plan is valid but uses something this release of the report engine does not support.`,
    };
  }
}
