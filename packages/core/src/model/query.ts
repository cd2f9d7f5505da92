import type { ContentArea, Plan, Task } from './plan';
import type { OrgUnit } from './org';

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
 * Nhiệm vụ của đơn vị — the tasks that apply to a unit (through its own id or a
 * group it belongs to).
 * @param plan - a loaded plan
 * @param unitId - an org unit id
 * @returns the tasks assigned to that unit, in plan order
 */
export function tasksForUnit(plan: Plan, unitId: string): Task[] {
  return allTasks(plan).filter((t) => expandUnitIds(plan, t.assignees).includes(unitId));
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
