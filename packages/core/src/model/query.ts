import type { ContentArea, Plan, Task } from './plan';
import type { OrgUnit } from './org';
import type { Obligation } from './obligation';
import { PERIOD_INDEX_MAX, type TaskRole } from '../vocabulary/vocabulary';

/**
 * Các nội dung — the content areas of a plan (section II), in order.
 * @param plan - a loaded plan
 * @returns every content area of every `content` section
 */
export function contentAreas(plan: Plan): ContentArea[] {
  const out: ContentArea[] = [];
  for (const s of plan.sections) if (s.kind === 'content') out.push(...s.areas);
  return out;
}

/**
 * Các nhiệm vụ — every task of the plan, in the plan's order.
 * @param plan - a loaded plan
 * @returns tasks of all content areas
 */
export function allTasks(plan: Plan): Task[] {
  const out: Task[] = [];
  for (const a of contentAreas(plan)) out.push(...a.tasks);
  return out;
}

/**
 * Đơn vị có hiệu lực — whether a unit existed on a date (both bounds inclusive).
 * @param unit - the org unit
 * @param date - `YYYY-MM-DD`
 * @returns true when `validFrom ≤ date ≤ validTo` (open end when `validTo` is absent)
 */
export function isUnitValidOn(unit: OrgUnit, date: string): boolean {
  return unit.validFrom <= date && (unit.validTo === undefined || date <= unit.validTo);
}

/**
 * Mở rộng nhóm đơn vị — turns a list of unit and unit-group ids into unit ids.
 * Unknown ids are skipped (lint reports them); order is first appearance.
 * @param plan - a loaded plan
 * @param ids - unit or unit-group ids
 * @returns the distinct unit ids they denote
 */
export function expandUnitIds(plan: Plan, ids: readonly string[]): string[] {
  const units = new Set(plan.orgUnits.map((u) => u.id));
  const out = new Set<string>();
  for (const id of ids) {
    if (units.has(id)) out.add(id);
    const group = plan.unitGroups.find((g) => g.id === id);
    if (group) for (const m of group.members) if (units.has(m)) out.add(m);
  }
  return [...out];
}

/**
 * Đơn vị thực hiện nhiệm vụ — the units that carry a task and report on it: its
 * `assignees`, `lead` and `cooperating` units, groups expanded.
 * @param plan - a loaded plan
 * @param task - one of the plan's tasks
 * @returns distinct unit ids, in order of first appearance
 */
export function taskUnitIds(plan: Pick<Plan, 'orgUnits' | 'unitGroups'>, task: Pick<Task, 'assignees' | 'lead' | 'cooperating'>): string[] {
  return expandUnitIds(plan as Plan, [...task.assignees, ...(task.lead ?? []), ...(task.cooperating ?? [])]);
}

/**
 * Vai trò của đơn vị trong nhiệm vụ — `lead` (chủ trì) or `cooperating` (phối hợp) when
 * the plan names the unit (or a group holding it) in that role; `undefined` when the
 * unit carries the task without a named role, or does not carry it.
 * @param plan - a loaded plan
 * @param task - one of the plan's tasks
 * @param unitId - an org unit id
 * @returns the role, or `undefined`
 */
export function taskRoleOf(plan: Pick<Plan, 'orgUnits' | 'unitGroups'>, task: Pick<Task, 'lead' | 'cooperating'>, unitId: string): TaskRole | undefined {
  if (task.lead && expandUnitIds(plan as Plan, task.lead).includes(unitId)) return 'lead';
  if (task.cooperating && expandUnitIds(plan as Plan, task.cooperating).includes(unitId)) return 'cooperating';
  return undefined;
}

/**
 * Nhiệm vụ của đơn vị — the tasks that apply to a unit (through its own id or a group it
 * belongs to, in any role).
 * @param plan - a loaded plan
 * @param unitId - an org unit id
 * @returns the tasks assigned to that unit, in plan order
 */
export function tasksForUnit(plan: Plan, unitId: string): Task[] {
  return allTasks(plan).filter((t) => taskUnitIds(plan, t).includes(unitId));
}

/**
 * Cơ quan tổng hợp — the body that follows up and consolidates the plan's reports: the
 * plan's `coordinator`, else the first obligation's `coordinator`, else the first body a
 * report goes `via`. Read from the plan's data only; `undefined` when the plan names none.
 * @param plan - a loaded plan
 * @returns the unit id, or `undefined`
 */
export function planCoordinator(plan: Pick<Plan, 'coordinator' | 'obligations'>): string | undefined {
  return plan.coordinator ?? plan.obligations.find((o) => o.coordinator !== undefined)?.coordinator ?? plan.obligations.find((o) => o.via !== undefined)?.via;
}

/**
 * Các kỳ của nghĩa vụ — the months (monthly) or quarters (quarterly) an obligation is
 * owed for: its `indexes`, or all of them; `[]` for kinds with one report a year.
 * @param obligation - an obligation
 * @returns ascending distinct indexes
 */
export function obligationIndexes(obligation: Pick<Obligation, 'period' | 'indexes'>): number[] {
  const max = PERIOD_INDEX_MAX[obligation.period];
  if (max === 1) return [];
  const all = Array.from({ length: max }, (_, i) => i + 1);
  return obligation.indexes ? all.filter((i) => obligation.indexes!.includes(i)) : all;
}

/**
 * Tìm đơn vị — looks up an org unit by id.
 * @param plan - a loaded plan
 * @param unitId - the id
 * @returns the unit, or `undefined`
 */
export function findUnit(plan: Plan, unitId: string): OrgUnit | undefined {
  return plan.orgUnits.find((u) => u.id === unitId);
}
