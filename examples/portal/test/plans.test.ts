// Several plans side by side (issue 14 §3): the portal serves every published plan
// of its registry; `?plan=<id>` picks one on any page or API address, the default is
// the newest year; a unit signs in to the plans it belongs to; each plan's reports
// stay its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '@dvcq/core';
import { hoaBinh2021Plan } from '@dvcq/plan-hoa-binh-2021';
import { type Store, exampleReport, hashAccessToken, openStore } from '@dvcq/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Portal, ROOT, portalDatabaseUrl, startPortal, tempDataDir } from './_portal';

const fixture = (name: string) => JSON.parse(readFileSync(join(ROOT, 'fixtures/plans', name), 'utf8')) as Plan;
const twoLevel = fixture('two-level-2026.plan.json');
const bacNinh = fixture('bac-ninh-2026.plan.json');

/** Opens the portal's own database from outside (as another process sharing it would). */
export async function openPortalStore(dataDir: string): Promise<Store> {
  const r = await openStore(portalDatabaseUrl(dataDir) ?? `sqlite:${join(dataDir, 'portal.db')}`);
  if (!r.ok) throw new Error(r.issues[0]!.message);
  return r.value;
}

let portal: Portal;
const xaToken = 'xa-unit-token-0123456789abcdef';
const xaUnit = 'ubnd-xa-an-phu'; // a unit of the two-level plan only
beforeAll(async () => {
  const dataDir = tempDataDir('plans');
  // First start: the bundled plan is seeded. Then two more plans are published in the
  // registry (as the administrator's page does) and a key issued to a unit of one.
  portal = await startPortal(dataDir, { DVCQ_NOW: '2026-06-10T09:00:00+07:00' });
  await portal.stop();
  const store = await openPortalStore(dataDir);
  try {
    // Same year: the one published last is the default.
    for (const [key, plan, at] of [['bn-1', bacNinh, '2026-05-01T08:00:00+07:00'], ['tl-1', twoLevel, '2026-06-01T08:00:00+07:00']] as const) {
      await store.plans.add({ key, status: 'published', plan: JSON.parse(JSON.stringify(plan)) as Record<string, unknown>, source: { kind: 'upload', fileName: `${plan.id}.plan.json`, format: 'json', findings: [] }, by: 'test', at });
    }
    await store.accessKeys.add({ id: 'xa-key', tokenHash: await hashAccessToken(xaToken), unitId: xaUnit, readAll: false, label: 'api', createdAt: '2026-06-01T08:00:00+07:00' });
  } finally {
    await store.close();
  }
  portal = await startPortal(dataDir, { DVCQ_NOW: '2026-06-10T09:00:00+07:00' });
});
afterAll(async () => {
  await portal?.stop();
});
const get = (path: string, token?: string) => fetch(`${portal.base}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

describe('several plans side by side', () => {
  it('prints every plan served, the newest year as the default', () => {
    expect(portal.output()).toContain(`Kế hoạch / plan: ${twoLevel.id} · ${twoLevel.title.vi} (mặc định / default)`);
    expect(portal.output()).toContain(`Kế hoạch / plan: ${hoaBinh2021Plan.id}`);
  });

  it('serves the Bắc Ninh 2026 plan beside them: its quarterly reports on the calendar', async () => {
    expect(portal.output()).toContain(`Kế hoạch / plan: ${bacNinh.id}`);
    const cal = (await (await get(`/api/calendar?plan=${bacNinh.id}`)).json()) as { planId: string; instances: Array<{ key: string }> };
    expect(cal.planId).toBe(bacNinh.id);
    expect(cal.instances.map((i) => i.key)).toContain('bc-quy-2026@2026-Q2');
  });

  it('picks the plan from ?plan= on pages and the API; the default is the newest year; an unknown id is a 404', async () => {
    expect(((await (await get('/api/calendar')).json()) as { planId: string }).planId).toBe(twoLevel.id);
    expect(((await (await get(`/api/calendar?plan=${hoaBinh2021Plan.id}`)).json()) as { planId: string }).planId).toBe(hoaBinh2021Plan.id);
    expect(((await (await get(`/plan.json?plan=${hoaBinh2021Plan.id}`)).json()) as Plan).id).toBe(hoaBinh2021Plan.id);
    const home = await (await get(`/?plan=${hoaBinh2021Plan.id}`)).text();
    expect(home).toContain(`data-plan-id="${hoaBinh2021Plan.id}"`);
    // The chooser lists both plans and keeps the page's plan in its links.
    expect(home).toContain(`href="/?plan=${twoLevel.id}"`);
    expect(home).toMatch(new RegExp(`href="/\\?plan=${hoaBinh2021Plan.id}" aria-current="page"`));
    expect(home).toContain(`/form?lang=vi&amp;plan=${hoaBinh2021Plan.id}`);
    expect(await (await get('/')).text()).toContain(`data-plan-id="${twoLevel.id}"`);
    const unknown = await get('/api/calendar?plan=khong-co');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('plan.not-found');
    const page = await get('/form?plan=%3Cscript%3E');
    expect(page.status).toBe(404);
    const text = await page.text();
    expect(text).toContain('Không có kế hoạch đang ban hành');
    expect(text).not.toContain('<script>');
  });

  it('a unit signs in to the plans it belongs to and submits to its plan; the other plan’s reports stay apart', async () => {
    // A commune of the two-level plan is not a unit of the Hòa Bình plan: refused there.
    expect((await get(`/api/me?plan=${hoaBinh2021Plan.id}`, xaToken)).status).toBe(401);
    expect((await (await get('/api/me', xaToken)).json()) as { unitId: string; planId: string }).toMatchObject({ unitId: xaUnit, planId: twoLevel.id });
    // A unit of both plans signs in to both; a Hòa Bình district is refused in the other.
    expect((await (await get('/api/me', portal.tokens['so-y-te'])).json()) as { planId: string }).toMatchObject({ planId: twoLevel.id });
    expect((await get(`/api/me?plan=${hoaBinh2021Plan.id}`, portal.tokens['ubnd-huyen-da-bac'])).status).toBe(200);
    expect((await get('/api/me', portal.tokens['ubnd-huyen-da-bac'])).status).toBe(401);
    const xa = await fetch(`${portal.base}/api/reports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${xaToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(exampleReport(twoLevel, xaUnit, { period: 'semiannual', year: 2026, date: '2026-06-09' })),
    });
    expect(xa.status).toBe(201);
    const hb = await fetch(`${portal.base}/api/reports?plan=${hoaBinh2021Plan.id}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${portal.tokens['so-tu-phap']}`, 'content-type': 'application/json' },
      body: JSON.stringify(exampleReport(hoaBinh2021Plan, 'so-tu-phap', { period: 'semiannual', year: 2021, date: '2021-05-05' })),
    });
    expect(hb.status).toBe(201);
    const coordinator = portal.tokens[hoaBinh2021Plan.coordinator ?? 'so-noi-vu']!;
    const hbId = ((await hb.json()) as { id: string }).id;
    const xaId = ((await xa.json()) as { id: string }).id;
    const listHb = (await (await get(`/api/reports?plan=${hoaBinh2021Plan.id}`, coordinator)).json()) as { reports: Array<{ id: string }> };
    expect(listHb.reports.map((r) => r.id)).toEqual([hbId]);
    const listTl = (await (await get(`/api/reports?plan=${twoLevel.id}`, portal.tokens['so-noi-vu'])).json()) as { reports: Array<{ id: string; unitId: string }> };
    expect(listTl.reports.map((r) => [r.id, r.unitId])).toEqual([[xaId, xaUnit]]);
    // A report is read through its own plan only.
    expect(((await (await get(`/api/reports/${xaId}`, xaToken)).json()) as { planId: string }).planId).toBe(twoLevel.id);
    expect((await get(`/api/reports/${hbId}`, portal.tokens['so-noi-vu'])).status).toBe(404);
    expect((await get(`/api/reports/${hbId}?plan=${hoaBinh2021Plan.id}`, portal.tokens['so-noi-vu'])).status).toBe(200);
  });
});
