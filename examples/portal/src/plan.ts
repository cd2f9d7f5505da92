// Kế hoạch của cổng — which plan the portal serves (DVCQ_PLAN) and who consolidates it.
import { type Plan, expandUnitIds, planCoordinator } from '@dvcq/core';
import { resolvePlanSource } from '@dvcq/core/node';

/** Kế hoạch đã nạp — the plan and its coordinator (the body that follows up and consolidates). */
export interface PortalPlan {
  plan: Plan;
  coordinator: string;
}

/**
 * Nạp kế hoạch — `DVCQ_PLAN` is a plan file path or a bundled plan id (a
 * `@dvcq/plan-<id>` package the portal depends on); without it, the one bundled
 * plan. Resolved by `resolvePlanSource` of `@dvcq/core/node`, the CLI's resolver.
 * The coordinator is the plan's (`planCoordinator`): never a built-in unit id.
 * @returns the plan, or a message saying why it cannot be served
 */
export function loadPortalPlan(spec: string | undefined, cwd: string): PortalPlan | { error: string } {
  const r = resolvePlanSource(spec, { from: import.meta.url, cwd });
  if (!r.ok) return { error: `DVCQ_PLAN: ${r.issues.slice(0, 3).map((i) => `${i.path ? `${i.path}: ` : ''}${i.message}`).join('; ')}` };
  const plan = r.value.plan;
  const coordinator = planCoordinator(plan);
  if (coordinator === undefined) {
    return { error: 'Kế hoạch không nêu cơ quan theo dõi, tổng hợp báo cáo (coordinator) / the plan names no body that consolidates the reports (coordinator)' };
  }
  return { plan, coordinator };
}

/**
 * Đơn vị phải nộp — units that owe a report in the plan's year.
 * @returns unit ids, in plan order
 */
export function owingUnits(p: PortalPlan): string[] {
  const units = new Set<string>();
  for (const o of p.plan.obligations) if (o.year === p.plan.year) for (const id of expandUnitIds(p.plan, o.owedBy)) units.add(id);
  return [...units];
}

/**
 * Đơn vị được đăng nhập — units that owe a report in the plan's year, then the coordinator.
 * @returns unit ids, in plan order
 */
export function signInUnits(p: PortalPlan): string[] {
  return [...new Set([...owingUnits(p), p.coordinator])];
}
