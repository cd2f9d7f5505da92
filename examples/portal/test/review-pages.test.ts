// The review pages in process (the portal's fetch handler over a SQLite store, principals
// with their roles given directly): the panel under a report, the form posts of each step,
// /extensions and /notifications — who may do what, the redirects, the pages saying why a
// step is refused, and every typed text escaped. The same walk from outside, signed in,
// is review.test.ts and review.browser.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hoaBinh2021Plan as plan } from '@dvcq/plan-hoa-binh-2021';
import { type Principal, type Store, exampleReport, openStore, seedPlan } from '@dvcq/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPortalHandler } from '../src/app';
import { loadAssets } from '../src/http/assets';
import { createPlanCatalog } from '../src/plans';
// @ts-expect-error build.mjs is plain JavaScript
import { buildPortal } from '../build.mjs';

const XSS = `<script>alert(1)</script><img src=x onerror=alert(2)>`;
const ESCAPED = '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;';
const WHO: Record<string, Principal> = {
  officer: { unitId: 'so-y-te', role: 'officer', userId: 'u-off', name: `Cán bộ ${XSS}` },
  other: { unitId: 'so-tu-phap', role: 'officer', userId: 'u-tp' },
  head: { unitId: 'so-y-te', role: 'head', userId: 'u-head' },
  coordinator: { unitId: 'so-noi-vu', readAll: true, role: 'coordinator', userId: 'u-c', name: 'Chuyên viên SNV' },
  admin: { unitId: 'so-noi-vu', readAll: true, role: 'admin', userId: 'u-a' },
};

let dir = '';
let store: Store;
let handler: (r: Request) => Promise<Response>;
let reportId = '';
const call = async (who: string | undefined, method: string, path: string, body?: string, type = 'application/x-www-form-urlencoded') => {
  const r = await handler(new Request(`http://portal.test${path}`, { method, headers: { ...(who ? { 'x-test-who': who } : {}), 'content-type': type }, ...(body !== undefined ? { body } : {}) }));
  return { status: r.status, location: r.headers.get('location'), text: await r.text() };
};
const form = (who: string, path: string, fields: Record<string, string>) => call(who, 'POST', path, new URLSearchParams(fields).toString());

beforeAll(async () => {
  const built = (await buildPortal()) as string;
  dir = mkdtempSync(join(tmpdir(), 'dvcq-review-pages-'));
  const opened = await openStore(`sqlite:${join(dir, 'portal.db')}`);
  if (!opened.ok) throw new Error(opened.issues[0]!.message);
  store = opened.value;
  await seedPlan(store.plans, plan, { at: '2021-01-05T08:00:00+07:00' });
  handler = createPortalHandler({
    plans: await createPlanCatalog(store.plans),
    store: store.reports,
    fullStore: store,
    now: () => new Date('2021-05-21T09:00:00+07:00'), // a day after the plan's deadline (before 20/5/2021)
    auth: () => (r) => WHO[r.headers.get('x-test-who') ?? ''],
    assets: loadAssets(join(built, 'public')),
  });
}, 120_000);
afterAll(async () => {
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('review pages', () => {
  it('an extension granted on /extensions makes the unit’s late submission on time; a unit sees its own, escaped', async () => {
    expect((await form('officer', '/extensions', { unitId: 'so-tu-phap', instanceKey: 'bc-6-thang-2021@2021', lastDay: '2021-05-30', reason: 'x' })).status).toBe(403);
    const bad = await form('coordinator', '/extensions', { unitId: 'so-y-te', instanceKey: 'bc-6-thang-2021@2021', lastDay: '2021-05-10', reason: 'x' });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Hạn mới phải sau ngày cuối được nộp theo kế hoạch (19/05/2021).');
    const granted = await form('coordinator', '/extensions', { unitId: 'so-y-te', instanceKey: 'bc-6-thang-2021@2021', lastDay: '2021-05-25', reason: `Mất điện ${XSS}` });
    expect(granted).toMatchObject({ status: 303, location: '/extensions' });
    const mine = await call('officer', 'GET', '/extensions');
    expect(mine.text).toContain(`Mất điện ${ESCAPED}`);
    expect(mine.text).toContain('<td>25/05/2021</td>');
    expect(mine.text).not.toContain('id="extension-form"');
    expect((await call('other', 'GET', '/extensions')).text).not.toContain('Mất điện');
    expect((await call('coordinator', 'GET', '/extensions')).text).toContain('id="extension-form"');
    expect((await call(undefined, 'GET', '/extensions')).status).toBe(401);

    const sub = await call('officer', 'POST', '/api/reports', JSON.stringify(exampleReport(plan, 'so-y-te', { period: 'semiannual', year: 2021, date: '2021-05-05' })), 'application/json');
    expect(sub.status).toBe(201);
    const body = JSON.parse(sub.text) as { id: string; review: string; warnings: Array<{ code: string }> };
    expect(body.review).toBe('submitted');
    expect(body.warnings.map((w) => w.code)).not.toContain('report.late');
    reportId = body.id;
  });

  it('the panel: coordinator staff get Return/Accept, the unit does not; steps post back and redirect', async () => {
    const coord = await call('coordinator', 'GET', `/reports/${reportId}`);
    expect(coord.status).toBe(200);
    expect(coord.text).toContain('id="review-state">Đã nộp, chờ tiếp nhận</strong>');
    expect(coord.text).toContain('Được gia hạn đến hết ngày 25/05/2021');
    expect(coord.text).toContain('id="review-return"');
    expect(coord.text).toContain(`Cán bộ ${ESCAPED}`); // the submitter's name in the history
    expect(coord.text).not.toContain('<script>alert(1)');
    const unit = await call('officer', 'GET', `/reports/${reportId}`);
    expect(unit.text).not.toContain('id="review-form"');

    const refused = await form('officer', `/reports/${reportId}/review`, { action: 'accept' });
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('Chỉ cán bộ cơ quan tổng hợp (vai trò coordinator hoặc admin) được trả lại hoặc tiếp nhận báo cáo.');
    expect((await form('coordinator', `/reports/${reportId}/review`, { action: 'return', comment: '  ' })).status).toBe(422);
    expect((await form('coordinator', `/reports/nope!/review`, { action: 'accept' })).status).toBe(404);
    const returned = await form('coordinator', `/reports/${reportId}/review`, {
      action: 'return',
      comment: `Bổ sung ${XSS}`,
      'item-target-1': 'field:/document/number',
      'item-text-1': `Sai số ${XSS}`,
      'item-target-2': 'task:II.1.1',
      'item-text-2': '',
    });
    expect(returned).toMatchObject({ status: 303, location: `/reports/${reportId}#review` });
    const again = await form('coordinator', `/reports/${reportId}/review`, { action: 'accept' });
    expect(again.status).toBe(409);
    expect(again.text).toContain('Không thể &quot;tiếp nhận&quot; khi báo cáo đang ở trạng thái &quot;Bị trả lại để sửa&quot;.');
    expect(again.text).toContain(`href="/reports/${reportId}"`);

    const after = await call('officer', 'GET', `/reports/${reportId}`);
    expect(after.text).toContain('data-state="returned"');
    expect(after.text).toContain(`<p class="portal-review-overall">Bổ sung ${ESCAPED}</p>`);
    expect(after.text).toContain(`<li data-on="field"><strong>Số, ký hiệu văn bản:</strong> Sai số ${ESCAPED}</li>`);
    expect(after.text).toContain('id="review-fix" href="/form?period=bc-6-thang-2021%402021"');
    expect(after.text).not.toContain('<script>alert(1)');
    // The empty second item row was ignored: one item comment.
    const api = JSON.parse((await call('officer', 'GET', `/api/reports/${reportId}/review`)).text) as { openComments: { comments: unknown[] } };
    expect(api.openComments.comments).toHaveLength(1);
  });

  it('notifications: the unit’s, escaped, links inside the portal only, marked read by that unit only', async () => {
    const list = await call('officer', 'GET', '/notifications');
    expect(list.status).toBe(200);
    expect(list.text).toContain('data-kind="review.returned"');
    expect(list.text).toContain('data-kind="extension.granted"');
    expect(list.text).toContain(`Nhận xét: “Bổ sung ${ESCAPED}”.`);
    expect(list.text).not.toContain('<script>alert(1)');
    const id = /data-kind="review\.returned" data-notification="([^"]+)"/.exec(list.text)![1]!;
    expect((await form('other', `/notifications/${id}/read`, {})).status).toBe(404);
    expect(await form('officer', `/notifications/${id}/read`, {})).toMatchObject({ status: 303, location: '/notifications' });
    expect((await call('officer', 'GET', '/notifications')).text).toContain(`class="is-read" data-kind="review.returned" data-notification="${id}"`);
    expect((await call('coordinator', 'GET', '/notifications')).text).toContain('data-kind="review.submitted"');
    expect((await call(undefined, 'GET', '/notifications')).status).toBe(401);
  });

  it('the administrator turns the unit-head approval on and off on /extensions; nobody else can', async () => {
    expect((await call('coordinator', 'GET', '/extensions')).text).not.toContain('id="approval-form"');
    const page = await call('admin', 'GET', '/extensions');
    expect(page.text).toContain('id="approval-state">đang tắt</strong>');
    expect((await form('coordinator', '/review-settings', { approvalRequired: 'true' })).status).toBe(403);
    expect((await form('admin', '/review-settings', { approvalRequired: 'maybe' })).status).toBe(422);
    expect(await form('admin', '/review-settings', { approvalRequired: 'true' })).toMatchObject({ status: 303, location: '/extensions' });
    expect((await call('admin', 'GET', '/extensions')).text).toContain('id="approval-state">đang bật</strong>');
    const sub = await call('other', 'POST', '/api/reports', JSON.stringify(exampleReport(plan, 'so-tu-phap', { period: 'semiannual', year: 2021, date: '2021-05-05' })), 'application/json');
    expect(JSON.parse(sub.text).review).toBe('awaiting-approval');
    expect((await form('admin', '/review-settings', { approvalRequired: 'false' })).status).toBe(303);
  });
});
