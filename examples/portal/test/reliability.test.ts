// Reliability of the reference portal (issue 6 §5), against the real server process:
// concurrency, authorisation, duplicate / oversized / malformed submissions, and
// tokens that survive a restart. Loopback only; every loop is bounded.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { hoaBinh2021Plan as plan } from '@dvcq/plan-hoa-binh-2021';
import { exampleReport } from '@dvcq/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Portal, startPortal, tempDataDir } from './_portal';

let portal: Portal;
const dataDir = tempDataDir('rel');
beforeAll(async () => {
  portal = await startPortal(dataDir, { DVCQ_NOW: '2021-05-10T09:00:00+07:00' });
});
afterAll(async () => {
  await portal?.stop();
});

const report = (unitId: string, number: number) => exampleReport(plan, unitId, { period: 'semiannual', year: 2021, number, date: '2021-05-05', seed: number });
const post = (token: string | undefined, body: string, headers: Record<string, string> = {}) =>
  fetch(`${portal.base}/api/reports`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers }, body });
const getJson = async (path: string, token: string) => {
  const r = await fetch(`${portal.base}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: r.status, body: (await r.json()) as any };
};

describe('portal reliability', () => {
  it('seeds one demo API key per owing unit plus the Sở Nội vụ, and demo accounts, in private files', () => {
    const units = Object.keys(portal.tokens);
    expect(units).toHaveLength(28);
    expect(units).toContain('so-noi-vu');
    expect(units).toContain('ubnd-huyen-da-bac');
    expect(new Set(Object.values(portal.tokens)).size).toBe(28);
    expect(statSync(join(dataDir, 'demo-api-keys.json')).mode & 0o777).toBe(0o600);
    expect(portal.output()).toContain(portal.tokens['so-y-te']);
    expect(statSync(join(dataDir, 'demo-accounts.json')).mode & 0o777).toBe(0o600);
    // admin, coordinator staff, an officer per owing unit (28, the coordinator's own included), 3 heads.
    expect(portal.accounts.map((a) => a.role).filter((r) => r === 'officer')).toHaveLength(28);
    expect(portal.accounts.filter((a) => a.role === 'admin' || a.role === 'coordinator')).toHaveLength(2);
    expect(portal.output()).toContain(portal.accounts.find((a) => a.login === 'so-y-te')!.password);
  });

  it('200 concurrent submissions: every one stored exactly once', async () => {
    const units = Object.keys(portal.tokens);
    const jobs = Array.from({ length: 200 }, (_, i) => ({ unit: units[i % units.length]!, number: 100 + i }));
    const results = await Promise.all(jobs.map((j) => post(portal.tokens[j.unit], JSON.stringify(report(j.unit, j.number))).then(async (r) => ({ status: r.status, body: (await r.json()) as any }))));
    expect(results.map((r) => r.status)).toEqual(Array(200).fill(201));
    const ids = results.map((r) => r.body.id as string);
    expect(new Set(ids).size).toBe(200);
    const list = await getJson('/api/reports?period=semiannual&year=2021', portal.tokens['so-noi-vu']!);
    const stored = (list.body.reports as Array<{ id: string; unitId: string; documentNumber: string }>).filter((r) => ids.includes(r.id));
    expect(stored).toHaveLength(200);
    expect(new Set(stored.map((r) => `${r.unitId} ${r.documentNumber}`)).size).toBe(200);
  });

  it('the same report sent 10 times at once is stored once: one 201, nine 409', async () => {
    const body = JSON.stringify(report('so-tu-phap', 7));
    const statuses = await Promise.all(Array.from({ length: 10 }, () => post(portal.tokens['so-tu-phap'], body).then((r) => r.status)));
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(9);
  });

  it('unit A can neither submit as nor read unit B', async () => {
    const a = portal.tokens['ubnd-huyen-da-bac']!;
    const b = portal.tokens['so-xay-dung']!;
    const asB = await post(a, JSON.stringify(report('so-xay-dung', 1)));
    expect(asB.status).toBe(403);
    expect(((await asB.json()) as any).error.code).toBe('auth.forbidden');
    const own = await post(b, JSON.stringify(report('so-xay-dung', 1)));
    expect(own.status).toBe(201);
    const id = ((await own.json()) as any).id as string;
    expect((await getJson(`/api/reports/${id}`, a)).status).toBe(403);
    expect((await getJson(`/api/reports/${id}/history`, a)).status).toBe(403);
    expect((await getJson(`/api/reports/${id}`, b)).status).toBe(200);
    expect((await getJson(`/api/reports/${id}`, portal.tokens['so-noi-vu']!)).status).toBe(200);
    const listA = await getJson('/api/reports', a);
    expect(listA.body.reports.every((r: { unitId: string }) => r.unitId === 'ubnd-huyen-da-bac')).toBe(true);
    expect((await getJson('/api/aggregate?period=semiannual&year=2021', a)).status).toBe(403);
    expect((await post(undefined, JSON.stringify(report('so-xay-dung', 2)))).status).toBe(401);
    expect((await post('not-a-token', JSON.stringify(report('so-xay-dung', 2)))).status).toBe(401);
  });

  it('duplicate → 409, oversized → 413, malformed JSON → 400 with a clear bilingual message', async () => {
    const t = portal.tokens['so-y-te']!;
    expect((await post(t, JSON.stringify(report('so-y-te', 1)))).status).toBe(201);
    const dup = await post(t, JSON.stringify(report('so-y-te', 1)));
    expect(dup.status).toBe(409);
    expect(((await dup.json()) as any).error.message.vi).toMatch(/đã nộp báo cáo số 01\/BC-SYT/);
    const big = await post(t, JSON.stringify({ ...report('so-y-te', 2), difficulties: 'x'.repeat(1_200_000) }));
    expect(big.status).toBe(413);
    expect(((await big.json()) as any).error.code).toBe('body.too-large');
    const bad = await post(t, '{"planId": "hoa-binh-2021", "unitId": ');
    expect(bad.status).toBe(400);
    const badBody = (await bad.json()) as any;
    expect(badBody.error.text).toMatch(/^Nội dung không phải JSON hợp lệ/);
    expect(badBody.error.message.en).toMatch(/^The body is not valid JSON/);
    const badEn = await post(t, '{', { 'accept-language': 'en-US,en;q=0.9' });
    expect(((await badEn.json()) as any).error.text).toMatch(/^The body is not valid JSON/);
  });

  it('keeps tokens and reports across a restart', async () => {
    const before = portal.tokens;
    const stored = await getJson('/api/reports?period=semiannual&year=2021', before['so-noi-vu']!);
    await portal.stop();
    portal = await startPortal(dataDir, { DVCQ_NOW: '2021-05-10T09:00:00+07:00' });
    expect(portal.tokens).toEqual(before);
    const after = await getJson('/api/reports?period=semiannual&year=2021', before['so-noi-vu']!);
    expect(after.body.reports.length).toBe(stored.body.reports.length);
  });
});
