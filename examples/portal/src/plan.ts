// Kế hoạch của cổng — which plan the portal serves (DVCQ_PLAN) and who consolidates it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Plan, expandUnitIds, loadPlan } from '@dvcq/core';
import { hoaBinh2021Plan } from '@dvcq/plan-hoa-binh-2021';

/** Kế hoạch đã nạp — the plan and its coordinator (the body that follows up and consolidates). */
export interface PortalPlan {
  plan: Plan;
  coordinator: string;
}

/**
 * Nạp kế hoạch — `DVCQ_PLAN` as a plan file path; without it the bundled plan.
 * @returns the plan, or a message saying why it cannot be served
 */
export function loadPortalPlan(source: string | undefined, cwd: string): PortalPlan | { error: string } {
  let plan: Plan;
  if (!source) plan = hoaBinh2021Plan;
  else {
    let text: string;
    try {
      text = readFileSync(resolve(cwd, source), 'utf8');
    } catch {
      return { error: `Không đọc được DVCQ_PLAN / cannot read DVCQ_PLAN: ${source}` };
    }
    const r = loadPlan(text);
    if (!r.ok) return { error: `Tệp kế hoạch không hợp lệ / invalid plan file: ${r.issues.slice(0, 3).map((i) => i.message).join('; ')}` };
    plan = r.plan;
  }
  const coordinator = plan.obligations.find((o) => o.coordinator)?.coordinator ?? plan.obligations.find((o) => o.via)?.via;
  if (coordinator === undefined) {
    return { error: 'Kế hoạch không nêu cơ quan theo dõi, tổng hợp báo cáo / the plan names no body that consolidates the reports' };
  }
  return { plan, coordinator };
}

/**
 * Đơn vị được cấp mã — units that owe a report in the plan's year, then the coordinator.
 * @returns unit ids, in plan order
 */
export function signInUnits(p: PortalPlan): string[] {
  const units = new Set<string>();
  for (const o of p.plan.obligations) if (o.year === p.plan.year) for (const id of expandUnitIds(p.plan, o.owedBy)) units.add(id);
  units.add(p.coordinator);
  return [...units];
}
