// Plan administration from outside (issue 14 §3): an administrator uploads a plan
// file and a plan document (DOCX, read by @dvcq/import), sees the findings with JSON
// Pointers, fixes the draft, publishes it for a year; the portal then serves the new
// plan's form and a unit submits to it, while the other plan's reports stay intact.
// Only administrators, CSRF on every change, bounded uploads, every change audited.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '@dvcq/core';
import { hoaBinh2021Plan } from '@dvcq/plan-hoa-binh-2021';
import { type Store, createAccount, exampleReport, hashAccessToken, openStore, randomPassword, startSession } from '@dvcq/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxFromMarkdown } from '../../../packages/import/src/__fixtures__/markdown-docx';
import { type Portal, ROOT, portalDatabaseUrl, rawRequest, startPortal, tempDataDir } from './_portal';

const NOW = '2026-06-15T09:00:00+07:00';
const fixture = (name: string) => readFileSync(join(ROOT, 'fixtures/plans', name), 'utf8');
const twoLevel = JSON.parse(fixture('two-level-2026.plan.json')) as Plan;
const bacNinh = JSON.parse(fixture('bac-ninh-2026.plan.json')) as Plan;

let portal: Portal;
let store: Store;
let admin: { cookie: string; csrf: string; userId: string };
let officer: { cookie: string; csrf: string };
let hbReportId: string;
const xaToken = 'xa-unit-token-0123456789abcdef';
const bnToken = 'bn-unit-token-0123456789abcdef';

async function session(role: string, unitId: string, login: string) {
  const made = await createAccount(store, { login, name: `Tài khoản ${login}`, role, unitId, password: randomPassword(), now: new Date(NOW) });
  if (!made.ok) throw new Error(made.message.en);
  const s = await startSession(store, made.user, { now: new Date(NOW) });
  return { cookie: `dvcq_session=${s.id}`, csrf: s.csrf, userId: made.user.id };
}

beforeAll(async () => {
  const dataDir = tempDataDir('plan-admin');
  portal = await startPortal(dataDir, { DVCQ_NOW: NOW });
  // The test reaches the portal's database as a second process would (accounts, keys).
  const opened = await openStore(portalDatabaseUrl(dataDir) ?? `sqlite:${join(dataDir, 'portal.db')}`);
  if (!opened.ok) throw new Error(opened.issues[0]!.message);
  store = opened.value;
  admin = await session('admin', 'so-noi-vu', 'quan-tri');
  officer = await session('officer', 'so-y-te', 'can-bo-syt');
  for (const [id, token, unitId] of [['xa', xaToken, 'ubnd-xa-an-phu'], ['bn', bnToken, 'syt']] as const) {
    await store.accessKeys.add({ id: `key-${id}`, tokenHash: await hashAccessToken(token), unitId, readAll: false, label: 'api', createdAt: NOW });
  }
  const hb = await fetch(`${portal.base}/api/reports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${portal.tokens['so-tu-phap']}`, 'content-type': 'application/json' },
    body: JSON.stringify(exampleReport(hoaBinh2021Plan, 'so-tu-phap', { period: 'semiannual', year: 2021, date: '2021-05-05' })),
  });
  expect(hb.status).toBe(201);
  hbReportId = ((await hb.json()) as { id: string }).id;
}, 120_000);
afterAll(async () => {
  await store?.close();
  await portal?.stop();
});

const as = (who: { cookie: string } | undefined, path: string, init: RequestInit = {}) =>
  fetch(`${portal.base}${path}`, { redirect: 'manual', ...init, headers: { ...(who ? { cookie: who.cookie } : {}), ...(init.headers as Record<string, string> | undefined) } });
const upload = (file: Blob, name: string, extra: Record<string, string> = {}, csrf = admin.csrf) => {
  const form = new FormData();
  if (csrf) form.set('_csrf', csrf);
  form.set('file', file, name);
  for (const [k, v] of Object.entries(extra)) form.set(k, v);
  // A file upload carries the session's CSRF token in the form's address (as the page's form does).
  return as(admin, `/admin/plans${csrf ? `?_csrf=${encodeURIComponent(csrf)}` : ''}`, { method: 'POST', body: form });
};
const post = (path: string, fields: Record<string, string>, who = admin) => as(who, path, { method: 'POST', body: new URLSearchParams({ _csrf: who.csrf, ...fields }) });
const keyOf = (r: Response) => {
  const m = /^\/admin\/plans\/([A-Za-z0-9_-]+)\?/.exec(r.headers.get('location') ?? '');
  if (!m) throw new Error(`no entry in ${r.status} ${r.headers.get('location')}`);
  return m[1]!;
};
const json = (v: unknown) => new Blob([JSON.stringify(v, null, 2)], { type: 'application/json' });

describe('plan administration', () => {
  let tlKey: string;

  it('is for administrators only: sign-in first without a session (401 for a change), 403 for an officer, 200 for an administrator', async () => {
    const signIn = await as(undefined, '/admin/plans');
    expect(signIn.status).toBe(303);
    expect(signIn.headers.get('location')).toBe('/login?lang=vi&next=%2Fadmin%2Fplans');
    expect((await as(undefined, '/admin/plans/x/publish', { method: 'POST', body: new URLSearchParams({ year: '2026' }) })).status).toBe(401);
    expect((await as(officer, '/admin/plans')).status).toBe(403);
    expect((await post('/admin/plans/x/publish', { year: '2026' }, { ...officer, csrf: officer.csrf })).status).toBe(403);
    const page = await as(admin, '/admin/plans');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`data-status="published"`);
    expect(html).toContain(hoaBinh2021Plan.id);
    expect(html).toContain('name="_csrf"');
    // English beside: the same page with ?lang=en.
    expect(await (await as(admin, '/admin/plans?lang=en')).text()).toContain('Plan registry');
  });

  it('uploads a plan file, shows what blocks publishing with JSON Pointers, takes a fix, publishes it for its year', async () => {
    const broken = JSON.parse(JSON.stringify(twoLevel)) as Plan & { obligations: Array<{ owedBy: string[] }> };
    broken.obligations[0]!.owedBy = ['don-vi-khong-co'];
    // No CSRF token: refused, nothing stored.
    expect((await upload(json(broken), 'two-level-2026.plan.json', {}, '')).status).toBe(403);
    const up = await upload(json(broken), 'two-level-2026.plan.json');
    expect(up.status).toBe(303);
    tlKey = keyOf(up);
    const page = await (await as(admin, `/admin/plans/${tlKey}`)).text();
    expect(page).toContain('data-severity="error"');
    expect(page).toContain('<code>/obligations/0/owedBy/0</code>');
    expect(page).toContain('&quot;don-vi-khong-co&quot;');
    expect(page).toMatch(/<button type="submit" disabled>Ban hành<\/button>/);
    expect(await (await as(admin, `/admin/plans/${tlKey}?lang=en`)).text()).toContain('error(s) left: fix them before publishing');
    // Publishing refuses a plan with errors.
    const refused = await post(`/admin/plans/${tlKey}/publish`, { year: '2026' });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('Không ban hành được: kế hoạch còn');
    // A fix that is not JSON is not saved: the text comes back with the reason.
    const bad = await post(`/admin/plans/${tlKey}`, { plan: '{ "id": "x", <script>' });
    expect(bad.status).toBe(422);
    const badText = await bad.text();
    expect(badText).toContain('&lt;script&gt;');
    expect(badText).not.toContain('<script>');
    // The fix: the plan as it should be.
    const saved = await post(`/admin/plans/${tlKey}`, { plan: JSON.stringify(twoLevel) });
    expect(saved.status).toBe(303);
    const after = await (await as(admin, `/admin/plans/${tlKey}?saved=1`)).text();
    expect(after).toContain('Đã lưu bản nháp và kiểm tra lại: còn 0 lỗi.');
    expect(after).not.toContain('data-severity="error"');
    // For a year: the plan's own.
    const wrongYear = await post(`/admin/plans/${tlKey}/publish`, { year: '2025' });
    expect(wrongYear.status).toBe(422);
    expect(await wrongYear.text()).toContain('Kế hoạch ghi năm 2026, không phải 2025');
    const published = await post(`/admin/plans/${tlKey}/publish`, { year: '2026' });
    expect(published.status).toBe(303);
    expect(await (await as(admin, published.headers.get('location')!)).text()).toContain(`Đã ban hành kế hoạch ${twoLevel.id} cho năm 2026`);
    // A published plan is not edited in place.
    expect((await post(`/admin/plans/${tlKey}`, { plan: JSON.stringify(twoLevel) })).status).toBe(409);
  });

  it('serves the new plan’s form at once (newest year: the default) and a unit submits to it; the other plan’s reports stay intact', async () => {
    const home = await (await fetch(`${portal.base}/`)).text();
    expect(home).toContain(`data-plan-id="${twoLevel.id}"`);
    expect(((await (await fetch(`${portal.base}/plan.json`)).json()) as Plan).id).toBe(twoLevel.id);
    const r = await fetch(`${portal.base}/api/reports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${xaToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(exampleReport(twoLevel, 'ubnd-xa-an-phu', { period: 'semiannual', year: 2026, date: '2026-06-12' })),
    });
    expect(r.status).toBe(201);
    const old = await fetch(`${portal.base}/api/reports/${hbReportId}?plan=${hoaBinh2021Plan.id}`, { headers: { authorization: `Bearer ${portal.tokens['so-noi-vu']}` } });
    expect(old.status).toBe(200);
    expect(((await old.json()) as { planId: string; unitId: string })).toMatchObject({ planId: hoaBinh2021Plan.id, unitId: 'so-tu-phap' });
  });

  it('imports a plan document (DOCX), shows the import findings with their place in the document, and publishes the reviewed draft', async () => {
    const md = readFileSync(join(ROOT, 'packages/import/src/__fixtures__/dong-giang-2026.md'), 'utf8');
    const docx = await docxFromMarkdown(md);
    const up = await upload(new Blob([docx], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }), 'ke-hoach-dong-giang-2026.docx', { id: 'dong-giang-2026', year: '2026' });
    expect(up.status).toBe(303);
    const key = keyOf(up);
    const page = await (await as(admin, `/admin/plans/${key}?uploaded=1`)).text();
    expect(page).toContain('văn bản kế hoạch — ke-hoach-dong-giang-2026.docx (docx)');
    expect(page).toContain('id="plan-import-findings"');
    expect(page).toMatch(/data-code="import\.[a-z-]+" data-severity="review"/);
    expect(page).toMatch(/đoạn \d+/);
    const entry = (await store.plans.get(key))!;
    expect(entry).toMatchObject({ planId: 'dong-giang-2026', year: 2026, status: 'draft', source: { kind: 'import', format: 'docx' } });
    expect(entry.source.findings.length).toBeGreaterThan(0);
    // Reviewed: publish (the draft reads as a plan; its findings were looked at above).
    const published = await post(`/admin/plans/${key}/publish`, { year: '2026' });
    expect(published.status).toBe(303);
    const served = await fetch(`${portal.base}/?plan=dong-giang-2026`);
    expect(served.status).toBe(200);
    expect(await served.text()).toContain('data-plan-id="dong-giang-2026"');
  });

  it('publishes the Bắc Ninh 2026 plan beside the others; one of its units submits its quarterly report there', async () => {
    const up = await upload(new Blob([fixture('bac-ninh-2026.plan.json')]), 'bac-ninh-2026.plan.json');
    const key = keyOf(up);
    expect((await post(`/admin/plans/${key}/publish`, { year: '2026' })).status).toBe(303);
    const r = await fetch(`${portal.base}/api/reports?plan=${bacNinh.id}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bnToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(exampleReport(bacNinh, 'syt', { period: 'quarterly', periodIndex: 2, year: 2026, date: '2026-06-12' })),
    });
    expect(r.status).toBe(201);
    const listed = (await store.reports.list({ planId: bacNinh.id })).map((x) => x.unitId);
    expect(listed).toEqual(['syt']);
  });

  it('records every upload, edit and publication in the audit log: who, what, from where', async () => {
    const log = await store.audit.list({ limit: 100 });
    const mine = log.filter((e) => e.action.startsWith('plan.'));
    expect(mine.map((e) => e.action).sort()).toEqual(['plan.edit', 'plan.publish', 'plan.publish', 'plan.publish', 'plan.upload', 'plan.upload', 'plan.upload']);
    for (const e of mine) expect(e.actor).toBe(admin.userId);
    expect(mine.find((e) => e.action === 'plan.publish' && e.target === `plan-entry:${tlKey}`)?.details).toMatchObject({ planId: twoLevel.id, year: 2026 });
  });

  it('withdraws a plan: no longer served, its reports kept; the last published plan cannot be withdrawn', async () => {
    expect((await post(`/admin/plans/${tlKey}/withdraw`, {})).status).toBe(303);
    expect((await fetch(`${portal.base}/api/calendar?plan=${twoLevel.id}`)).status).toBe(404);
    expect(await store.reports.list({ planId: twoLevel.id })).toHaveLength(1);
    expect((await store.audit.list({ limit: 100 })).some((e) => e.action === 'plan.withdraw' && e.target === `plan-entry:${tlKey}`)).toBe(true);
    const published = await store.plans.list({ status: 'published' });
    for (const e of published.slice(1)) expect((await post(`/admin/plans/${e.key}/withdraw`, {})).status).toBe(303);
    const last = await post(`/admin/plans/${published[0]!.key}/withdraw`, {});
    expect(last.status).toBe(409);
    expect(await last.text()).toContain('Không thu hồi được kế hoạch cuối cùng');
  });

  it('bounds uploads: too large → 413 without reading it all, an old .doc → 422 saying what to do; the portal keeps answering', async () => {
    const big = await rawRequest(
      portal.base,
      `POST /admin/plans?_csrf=${admin.csrf} HTTP/1.1\r\nHost: x\r\nCookie: ${admin.cookie}\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: ${50 * 1024 * 1024}\r\nConnection: close\r\n\r\n--b\r\n`,
    );
    expect(big.status).toBe(413);
    expect(big.text).toContain('data-status="413"');
    const doc = await upload(new Blob([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)])]), 'ke-hoach-cu.doc');
    expect(doc.status).toBe(422);
    expect(await doc.text()).toContain('.docx');
    const notJson = await upload(new Blob(['{ "id": ']), 'hong.json');
    expect(notJson.status).toBe(422);
    expect((await fetch(`${portal.base}/`)).status).toBe(200);
  });
});
