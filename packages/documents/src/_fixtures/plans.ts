// Test plans: the Hòa Bình 2021 plan and every plan file under fixtures/plans/ (the two-level
// 2026 plan, and any plan added there later), each loaded as users load plans.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Obligation, Plan } from '@dvcq/core';
import { loadPlan } from '@dvcq/core/zod';
import { hoaBinh2021Plan } from '@dvcq/plan-hoa-binh-2021';
import { compileReport } from '@dvcq/report';

const dir = fileURLToPath(new URL('../../../../fixtures/plans/', import.meta.url));

function _load(file: string): Plan {
  const r = loadPlan(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  if (!r.ok) throw new Error(`fixture plan ${file} does not load: ${JSON.stringify(r.issues.slice(0, 3))}`);
  return r.value;
}

/** Every test plan, by a short name for test titles. */
export const testPlans: Array<{ name: string; plan: Plan }> = [
  { name: 'hoa-binh-2021', plan: hoaBinh2021Plan },
  ...readdirSync(dir)
    .filter((f) => f.endsWith('.plan.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.plan\.json$/, ''), plan: _load(f) })),
];

/** The first obligation of a plan with a fixed-date deadline and one report a year (what the fixtures generate for). */
export function firstDateObligation(plan: Plan): Obligation & { deadline: { date: string } } {
  const o = plan.obligations.find((x) => (x.deadline.kind === undefined || x.deadline.kind === 'date') && ['semiannual', 'annual', 'nine-month'].includes(x.period));
  if (!o) throw new Error(`fixture: plan ${plan.id} has no fixed-date yearly obligation`);
  return o as Obligation & { deadline: { date: string } };
}

/** ISO date `days` before another. */
export function daysBefore(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/**
 * Whether `validateReport` can check reports of this plan yet: rule deadlines (quarterly,
 * nine-month) need the calendar's obligation instances in @dvcq/report (wave 2, in progress).
 * Tests that need validation skip such a plan, saying so.
 */
export function validatable(plan: Plan): boolean {
  try {
    compileReport(plan);
    return true;
  } catch (e) {
    console.warn(`[documents] ${plan.id}: validateReport cannot compile this plan yet (${(e as Error).message}); validation-based checks skipped for it.`);
    return false;
  }
}
