// Xem xét báo cáo (issue 14 §2) from outside — the portal as a process, every role signed
// in through POST /login: the review panel's forms (who may return, accept, approve;
// illegal steps refused with a page saying why), the API rows, extensions (a unit sees its
// own; a grant makes a late submission on time), notifications (marked read only by their
// unit), and every text a reviewer or a unit typed escaped on the pages (stored XSS).
import { hoaBinh2021Plan as plan } from '@dvcq/plan-hoa-binh-2021';
import { exampleReport } from '@dvcq/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoggedIn, type Portal, login, startPortal, tempDataDir } from './_portal';

const XSS = `<script>alert(1)</script>"><img src=x onerror=alert(2)>`;
const ESCAPED = '&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;';

let portal: Portal;
let officer: LoggedIn;
let other: LoggedIn;
let coordinator: LoggedIn;
let admin: LoggedIn;
let reportId = '';

const form = (s: LoggedIn, path: string, fields: Record<string, string>) =>
  fetch(`${portal.base}${path}`, { method: 'POST', redirect: 'manual', headers: s.headers({ 'content-type': 'application/x-www-form-urlencoded' }), body: new URLSearchParams({ _csrf: s.csrf, ...fields }).toString() });
const json = (s: LoggedIn, method: string, path: string, body?: unknown) =>
  fetch(`${portal.base}${path}`, { method, headers: s.headers({ 'content-type': 'application/json' }), ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
const page = async (s: LoggedIn | undefined, path: string) => {
  const r = await fetch(`${portal.base}${path}`, { headers: s ? s.headers() : {}, redirect: 'manual' });
  return { status: r.status, text: await r.text() };
};

beforeAll(async () => {
  portal = await startPortal(tempDataDir('review'), { DVCQ_NOW: '2021-05-21T09:00:00+07:00' }, ['--demo']);
  [officer, other, coordinator, admin] = await Promise.all([login(portal, 'officer', 'so-y-te'), login(portal, 'officer', 'so-tu-phap'), login(portal, 'coordinator'), login(portal, 'admin')]);
  // After the deadline (20/5/2021): so-y-te is granted an extension first, then submits.
  const granted = await form(coordinator, '/extensions', { unitId: 'so-y-te', instanceKey: 'bc-6-thang-2021@2021', lastDay: '2021-05-25', reason: `Mất điện ${XSS}` });
  expect(granted.status).toBe(303);
  const r = await json(officer, 'POST', '/api/reports', exampleReport(plan, 'so-y-te', { period: 'semiannual', year: 2021, date: '2021-05-05' }));
  const body = (await r.json()) as { id: string; warnings: Array<{ code: string }>; review: string };
  expect(r.status).toBe(201);
  expect(body.review).toBe('submitted');
  expect(body.warnings.map((w) => w.code)).not.toContain('report.late');
  reportId = body.id;
}, 120_000);
afterAll(async () => {
  await portal?.stop();
});

describe('review through the pages', () => {
  it('only coordinator staff return or accept, never a unit; illegal steps are refused with a page saying why', async () => {
    const asOfficer = await form(officer, `/reports/${reportId}/review`, { action: 'accept' });
    expect(asOfficer.status).toBe(403);
    expect(await asOfficer.text()).toContain('Chỉ cán bộ cơ quan tổng hợp');
    expect((await form(other, `/reports/${reportId}/review`, { action: 'return', comment: 'x' })).status).toBe(403);
    expect((await form(coordinator, `/reports/${reportId}/review`, { action: 'return' })).status).toBe(422);
    // Without the CSRF token the step is refused before anything happens.
    const noCsrf = await fetch(`${portal.base}/reports/${reportId}/review`, { method: 'POST', redirect: 'manual', headers: { cookie: coordinator.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: 'action=accept' });
    expect(noCsrf.status).toBe(403);
    const returned = await form(coordinator, `/reports/${reportId}/review`, { action: 'return', comment: `Bổ sung ${XSS}`, 'item-target-1': 'field:/document/number', 'item-text-1': `Sai số ${XSS}`, 'item-target-2': '', 'item-text-2': '' });
    expect(returned.status).toBe(303);
    expect(returned.headers.get('location')).toBe(`/reports/${reportId}#review`);
    const again = await form(coordinator, `/reports/${reportId}/review`, { action: 'accept' });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('Bị trả lại để sửa');
  });

  it('the report page shows the panel, the history and the comments — escaped — to the unit and the coordinator', async () => {
    const unitView = await page(officer, `/reports/${reportId}`);
    expect(unitView.status).toBe(200);
    expect(unitView.text).toContain('data-state="returned"');
    expect(unitView.text).toContain(`Bổ sung ${ESCAPED}`);
    expect(unitView.text).toContain(`Sai số ${ESCAPED}`);
    expect(unitView.text).not.toContain('<script>alert(1)');
    expect(unitView.text).toContain('id="review-fix"');
    expect(unitView.text).not.toContain('id="review-form"');
    const coordView = await page(coordinator, `/reports/${reportId}`);
    expect(coordView.text).toContain('id="review-history"');
    expect(coordView.text).toContain('Số, ký hiệu văn bản:');
    expect((await page(other, `/reports/${reportId}`)).status).toBe(403);
  });

  it('API: the unit reads the open comments; the history names who and when', async () => {
    const r = await json(officer, 'GET', `/api/reports/${reportId}/review`);
    const v = (await r.json()) as { state: string; openComments: { comment: string; comments: Array<{ pointer: string; text: string }> }; events: Array<{ action: string; actor: { unitId: string; role?: string } }>; extendedTo?: string };
    expect(v.state).toBe('returned');
    expect(v.openComments.comment).toBe(`Bổ sung ${XSS}`);
    expect(v.openComments.comments[0]).toMatchObject({ pointer: '/document/number', text: `Sai số ${XSS}` });
    expect(v.events.map((e) => e.action)).toEqual(['submit', 'return']);
    expect(v.events[1]!.actor).toMatchObject({ role: 'coordinator' });
    expect(v.extendedTo).toBe('2021-05-25');
    expect((await json(other, 'GET', `/api/reports/${reportId}/review`)).status).toBe(403);
    expect((await fetch(`${portal.base}/api/reports/${reportId}/review`)).status).toBe(401);
  });

  it('extensions: the coordinator grants, a unit sees its own only, the reason escaped', async () => {
    const mine = await page(officer, '/extensions');
    expect(mine.status).toBe(200);
    expect(mine.text).toContain(`Mất điện ${ESCAPED}`);
    expect(mine.text).toContain('25/05/2021');
    expect(mine.text).not.toContain('id="extension-form"');
    expect((await page(other, '/extensions')).text).not.toContain('Mất điện');
    expect((await form(officer, '/extensions', { unitId: 'so-tu-phap', instanceKey: 'bc-6-thang-2021@2021', lastDay: '2021-05-30', reason: 'x' })).status).toBe(403);
    expect((await page(coordinator, '/extensions')).text).toContain('id="extension-form"');
    expect((await page(undefined, '/extensions')).status).toBe(401);
    // The consolidation counts the unit on time.
    const agg = (await (await json(coordinator, 'GET', '/api/aggregate?period=semiannual&year=2021')).json()) as { units: Array<{ unitId: string; state: string; extendedTo?: string }> };
    expect(agg.units.find((u) => u.unitId === 'so-y-te')).toMatchObject({ state: 'on-time', extendedTo: '2021-05-25' });
  });

  it('notifications: listed escaped for the unit, marked read only by it', async () => {
    const list = await page(officer, '/notifications');
    expect(list.status).toBe(200);
    expect(list.text).toContain('data-kind="review.returned"');
    expect(list.text).toContain('data-kind="extension.granted"');
    expect(list.text).not.toContain('<script>alert(1)');
    const id = /data-kind="review\.returned" data-notification="([^"]+)"/.exec(list.text)![1]!;
    expect((await form(other, `/notifications/${id}/read`, {})).status).toBe(404);
    expect((await form(officer, `/notifications/${id}/read`, {})).status).toBe(303);
    expect((await page(officer, '/notifications')).text).toMatch(new RegExp(`class="is-read" data-kind="review.returned" data-notification="${id}"`));
    const coord = await page(coordinator, '/notifications');
    expect(coord.text).toContain('data-kind="review.submitted"');
  });

  it('unit-head approval: turned on by the administrator only', async () => {
    expect((await json(coordinator, 'PUT', '/api/review-settings', { approvalRequired: true })).status).toBe(403);
    const on = await json(admin, 'PUT', '/api/review-settings', { approvalRequired: true });
    expect(on.status).toBe(200);
    const head = await login(portal, 'head', 'so-tu-phap');
    const r = await json(other, 'POST', '/api/reports', exampleReport(plan, 'so-tu-phap', { period: 'semiannual', year: 2021, date: '2021-05-05' }));
    const { id, review } = (await r.json()) as { id: string; review: string };
    expect(review).toBe('awaiting-approval');
    expect((await form(coordinator, `/reports/${id}/review`, { action: 'accept' })).status).toBe(409);
    expect((await page(head, `/reports/${id}`)).text).toContain('id="review-approve"');
    expect((await form(head, `/reports/${id}/review`, { action: 'approve' })).status).toBe(303);
    expect((await form(coordinator, `/reports/${id}/review`, { action: 'accept' })).status).toBe(303);
    await json(admin, 'PUT', '/api/review-settings', { approvalRequired: false });
  });
});
