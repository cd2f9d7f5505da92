import type { Message } from '@dvcq/core';

/**
 * Vai trò — the roles of the portal's accounts, from most to least powerful:
 * - `admin` (quản trị viên): everything, including accounts, API keys and plans;
 * - `coordinator` (cán bộ Sở Nội vụ — the plan's coordinator): reads every unit's
 *   reports, reviews them, grants extensions, consolidates;
 * - `officer` (cán bộ đơn vị): fills, submits and reads the reports of their own unit;
 * - `head` (lãnh đạo đơn vị): what an officer may, and approves the unit's report
 *   before it leaves the unit when that step is turned on.
 */
export const ROLES = ['admin', 'coordinator', 'officer', 'head'] as const;

/** Vai trò — one of {@link ROLES}. */
export type Role = (typeof ROLES)[number];

/** Tên vai trò — how each role is named on pages (Vietnamese first, English beside). */
export const ROLE_LABELS: Readonly<Record<Role, Message>> = {
  admin: { vi: 'Quản trị viên', en: 'Administrator' },
  coordinator: { vi: 'Cán bộ cơ quan tổng hợp (Sở Nội vụ)', en: 'Coordinator staff (Department of Home Affairs)' },
  officer: { vi: 'Cán bộ đơn vị', en: 'Unit officer' },
  head: { vi: 'Lãnh đạo đơn vị', en: 'Unit head' },
};

/**
 * Là vai trò — whether a value is one of {@link ROLES} (for input read from a form,
 * a database row or a command line).
 * @param value - any value
 * @returns true when it names a role
 */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
