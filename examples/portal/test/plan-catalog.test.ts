// The plan catalog in process: which published plan a request is for, the default,
// following publications (in this process at once, from another process within the
// refresh interval), and a published entry that no longer reads as a plan left out once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { hoaBinh2021Plan } from '@dvcq/plan-hoa-binh-2021';
import { type Store, openSqliteStore, seedPlan } from '@dvcq/server';
import { afterEach, describe, expect, it } from 'vitest';
import { createPlanCatalog } from '../src/plans';
import { ROOT } from './_portal';

const twoLevel = JSON.parse(readFileSync(join(ROOT, 'fixtures/plans/two-level-2026.plan.json'), 'utf8')) as Record<string, unknown>;
const at = '2026-06-01T08:00:00+07:00';
const stores: Store[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});
const open = () => {
  const r = openSqliteStore(new Database(':memory:'), { closeDatabase: true });
  if (!r.ok) throw new Error(r.issues[0]!.message);
  stores.push(r.value);
  return r.value;
};
const url = (q = '') => new URL(`http://portal.test/form${q}`);

describe('plan catalog', () => {
  it('picks the plan of ?plan=, defaults to the newest year, follows publications and says when they change', async () => {
    const store = open();
    await seedPlan(store.plans, hoaBinh2021Plan, { at });
    let clock = 0;
    const skipped: string[] = [];
    const catalog = await createPlanCatalog(store.plans, { nowMs: () => clock, onSkipped: (t) => skipped.push(t) });
    expect(catalog.choose(url())?.plan.id).toBe(hoaBinh2021Plan.id);
    expect(catalog.choose(url('?plan=khong-co'))).toBeUndefined();
    const changes: string[][] = [];
    catalog.onChange((ps) => changes.push(ps.map((p) => p.plan.id)));
    // Published by another process: seen once the refresh interval has passed (in the background).
    await store.plans.add({ key: 'tl', status: 'published', plan: twoLevel, source: { kind: 'upload', findings: [] }, by: 'admin', at });
    expect(catalog.list().map((p) => p.plan.id)).toEqual([hoaBinh2021Plan.id]);
    clock = 31_000;
    catalog.list();
    await catalog.refresh();
    expect(catalog.choose(url())?.plan.id).toBe('test-two-level-2026');
    expect(catalog.choose(url(`?plan=${hoaBinh2021Plan.id}`))?.plan.id).toBe(hoaBinh2021Plan.id);
    expect(changes).toEqual([['test-two-level-2026', hoaBinh2021Plan.id]]);
    // An entry that no longer reads as a plan: left out, warned about once.
    await store.plans.add({ key: 'bad', status: 'published', plan: { id: 'hong', year: 2030 }, source: { kind: 'upload', findings: [] }, by: 'admin', at });
    await catalog.refresh();
    await catalog.refresh();
    expect(catalog.list().map((p) => p.plan.id)).toEqual(['test-two-level-2026', hoaBinh2021Plan.id]);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toContain('hong (bad)');
  });
});
