import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '@dvcq/core';
import { hoaBinh2021Plan } from '@dvcq/plan-hoa-binh-2021';
import { openSqliteStore } from '../store/sqlite';
import type { Store } from '../store/types';
import { CONFIG_ACTOR, checkPlanDraft, publishedPlans, seedPlan } from './registry';

const bacNinh = JSON.parse(readFileSync(new URL('../../../../fixtures/plans/bac-ninh-2026.plan.json', import.meta.url), 'utf8')) as Plan;
const stores: Store[] = [];
const open = () => {
  const r = openSqliteStore(new Database(':memory:'), { closeDatabase: true });
  if (!r.ok) throw new Error(r.issues[0]!.message);
  stores.push(r.value);
  return r.value;
};
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

describe('checkPlanDraft', () => {
  it('accepts both test plans, with their warnings in Vietnamese and English', () => {
    for (const plan of [hoaBinh2021Plan, bacNinh]) {
      const r = checkPlanDraft(JSON.parse(JSON.stringify(plan)));
      expect(r.errors).toBe(0);
      expect(r.plan?.id).toBe(plan.id);
      for (const f of r.findings) expect(f.message.vi).not.toBe('');
    }
  });

  it('flags what blocks publishing with JSON Pointers and both languages', () => {
    const broken = JSON.parse(JSON.stringify(bacNinh)) as Record<string, unknown> & { obligations: Array<Record<string, unknown>> };
    broken.obligations[0]!.owedBy = ['khong-co-don-vi-nay'];
    delete broken.coordinator;
    const r = checkPlanDraft(broken);
    expect(r.plan).toBeUndefined();
    expect(r.errors).toBeGreaterThan(0);
    const dangling = r.findings.find((f) => f.pointer.startsWith('/obligations/0/owedBy'));
    expect(dangling).toMatchObject({ severity: 'error' });
    expect(dangling!.message.vi).not.toBe(dangling!.message.en);
    // Shape errors (not a plan at all) are findings too, never a throw.
    const shape = checkPlanDraft({ id: 42 });
    expect(shape.errors).toBeGreaterThan(0);
    expect(shape.findings.some((f) => f.code.startsWith('plan.'))).toBe(true);
  });

  it('refuses a valid plan that names no consolidating body', () => {
    const p = JSON.parse(JSON.stringify(hoaBinh2021Plan)) as Record<string, unknown> & { obligations: Array<Record<string, unknown>> };
    delete p.coordinator;
    for (const o of p.obligations) (delete o.coordinator, delete o.via);
    const r = checkPlanDraft(p);
    expect(r.findings.map((f) => f.code)).toContain('plan.no-coordinator');
    expect(r.plan).toBeUndefined();
  });
});

describe('seedPlan', () => {
  const at = '2026-11-29T08:00:00+07:00';
  it('publishes the configured plan once, keeps it across starts, follows a new release of it', async () => {
    const store = open();
    expect(await seedPlan(store.plans, hoaBinh2021Plan, { at })).toMatchObject({ action: 'published', entry: { planId: hoaBinh2021Plan.id, year: 2021, status: 'published', publishedBy: CONFIG_ACTOR, source: { kind: 'config' } } });
    expect(await seedPlan(store.plans, hoaBinh2021Plan, { at })).toEqual({ action: 'kept' });
    const newer = { ...hoaBinh2021Plan, title: { vi: `${hoaBinh2021Plan.title.vi} (sửa)`, en: hoaBinh2021Plan.title.en } } as Plan;
    const r = await seedPlan(store.plans, newer, { at, spec: 'plan.json' });
    expect(r.action).toBe('replaced');
    const published = await store.plans.list({ status: 'published' });
    expect(published).toHaveLength(1);
    expect((published[0]!.plan.title as { vi: string }).vi).toContain('(sửa)');
    expect(await store.plans.list({ status: 'withdrawn' })).toHaveLength(1);
  });

  it('never overrides what an administrator published or withdrew, unless nothing is published at all', async () => {
    const store = open();
    await seedPlan(store.plans, hoaBinh2021Plan, { at });
    const edited = JSON.parse(JSON.stringify(hoaBinh2021Plan)) as Record<string, unknown>;
    edited.subtitle = 'bản của quản trị';
    const draft = await store.plans.add({ key: 'admin-draft', status: 'draft', plan: edited, source: { kind: 'upload', fileName: 'x.json', findings: [] }, by: 'admin', at });
    expect(draft.ok).toBe(true);
    expect((await store.plans.publish('admin-draft', 'admin', at)).ok).toBe(true);
    expect(await seedPlan(store.plans, hoaBinh2021Plan, { at })).toEqual({ action: 'kept' });
    expect((await store.plans.list({ status: 'published' }))[0]!.key).toBe('admin-draft');
    // Another plan published, the configured one withdrawn: the withdrawal stands.
    await store.plans.add({ key: 'bn', status: 'published', plan: JSON.parse(JSON.stringify(bacNinh)) as Record<string, unknown>, source: { kind: 'upload', findings: [] }, by: 'admin', at });
    await store.plans.withdraw('admin-draft', 'admin', at);
    expect(await seedPlan(store.plans, hoaBinh2021Plan, { at })).toEqual({ action: 'kept' });
    expect((await store.plans.list({ status: 'published' })).map((e) => e.key)).toEqual(['bn']);
    // Nothing published at all: the configured plan is served again.
    await store.plans.withdraw('bn', 'admin', at);
    expect((await seedPlan(store.plans, hoaBinh2021Plan, { at })).action).toBe('published');
  });
});

describe('publishedPlans', () => {
  it('serves the newest year first and leaves out an entry that does not read as a plan', async () => {
    const store = open();
    const at = '2026-11-29T08:00:00+07:00';
    await seedPlan(store.plans, hoaBinh2021Plan, { at });
    await store.plans.add({ key: 'bn', status: 'published', plan: JSON.parse(JSON.stringify(bacNinh)) as Record<string, unknown>, source: { kind: 'upload', findings: [] }, by: 'admin', at });
    await store.plans.add({ key: 'bad', status: 'published', plan: { id: 'hong', year: 2030 }, source: { kind: 'upload', findings: [] }, by: 'admin', at });
    const r = await publishedPlans(store.plans);
    expect(r.plans.map((p) => [p.plan.id, p.coordinator])).toEqual([
      [bacNinh.id, bacNinh.coordinator],
      [hoaBinh2021Plan.id, expect.any(String)],
    ]);
    expect(r.skipped.map((s) => s.entry.key)).toEqual(['bad']);
  });
});
