import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hoaBinh2021Plan as plan } from '@dvcq/plan-hoa-binh-2021';
import { afterEach, describe, expect, it } from 'vitest';
import { exampleReport } from '../example/example-report';
import { bearerTokenAuth } from '../http/auth';
import { type Principal, createReportHandler } from '../http/handler';
import { openStore } from '../store/open';
import type { Store } from '../store/types';
import { runReminders } from '../reminders/run';
import { createReviewService } from './service';
import { nextReviewState } from './states';

const who = (p: Record<string, unknown>) => p as unknown as Principal;
const tokens: Record<string, Principal> = {
  off: who({ unitId: 'so-y-te', role: 'officer', userId: 'u-off', name: 'Cán bộ Sở Y tế' }),
  head: who({ unitId: 'so-y-te', role: 'head', userId: 'u-head', name: 'Giám đốc Sở Y tế' }),
  coord: who({ unitId: 'so-noi-vu', readAll: true, role: 'coordinator', userId: 'u-c1', name: 'Chuyên viên <SNV>' }),
  coord2: who({ unitId: 'so-noi-vu', readAll: true, role: 'coordinator', userId: 'u-c2', name: 'Chuyên viên 2' }),
  admin: who({ unitId: 'so-noi-vu', readAll: true, role: 'admin', userId: 'u-admin' }),
  other: who({ unitId: 'ubnd-huyen-da-bac', role: 'officer', userId: 'u-db' }),
  otherHead: who({ unitId: 'ubnd-huyen-da-bac', role: 'head', userId: 'u-dbh' }),
  snvOfficer: who({ unitId: 'so-noi-vu', role: 'officer', userId: 'u-snv' }),
  plain: { unitId: 'so-noi-vu', readAll: true },
};

const dirs: string[] = [];
const stores: Store[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function setup(start = '2021-05-10T09:00:00+07:00') {
  const dir = mkdtempSync(join(tmpdir(), 'dvcq-review-'));
  dirs.push(dir);
  const opened = await openStore(`sqlite:${join(dir, 'portal.db')}`);
  if (!opened.ok) throw new Error(opened.issues[0]!.message);
  const store = opened.value;
  stores.push(store);
  const clock = { now: new Date(start) };
  let n = 0;
  const review = createReviewService({ store, plan, now: () => clock.now, newId: () => `id${++n}` });
  const handler = createReportHandler({ plan, store: store.reports, auth: bearerTokenAuth({ lookup: (t) => tokens[t] }), now: () => clock.now, review, clientIp: () => '192.0.2.7' });
  const call = async (method: string, path: string, token?: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await handler(
      new Request(`http://localhost/api${path}`, {
        method,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      }),
    );
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };
  const submit = (token: string, unitId: string, number: number, replaces?: string) =>
    call('POST', '/reports', token, exampleReport(plan, unitId, { period: 'semiannual', year: 2021, number, date: '2021-05-05' }), replaces ? { 'x-dvcq-replaces': replaces } : {});
  return { store, clock, call, submit, review };
}

describe('review workflow through the API', () => {
  it('submitted → returned (comments) → resubmitted → accepted, each step in the history and notified', async () => {
    const { call, submit, store } = await setup();
    const first = await submit('off', 'so-y-te', 1);
    expect(first.status).toBe(201);
    expect(first.body.review).toBe('submitted');
    const id = first.body.id as string;

    const seen = await call('GET', `/reports/${id}/review`, 'coord');
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ state: 'submitted', stateLabel: { vi: 'Đã nộp, chờ tiếp nhận' }, allowed: ['return', 'accept'], instanceKey: 'bc-6-thang-2021@2021', superseded: false });
    expect((await call('GET', `/reports/${id}/review`, 'off')).body.allowed).toEqual([]);
    expect((await call('GET', `/reports/${id}/review`, 'other')).status).toBe(403);
    expect((await call('GET', `/reports/${id}/review`)).status).toBe(401);
    const news = await store.notifications.list({ unitId: 'so-noi-vu' });
    expect(news.map((x) => x.kind)).toEqual(['review.submitted']);
    expect(news[0]!.body.vi).toBe('Sở Y tế tỉnh Hòa Bình đã nộp báo cáo 6 tháng năm 2021 (số 01/BC-SYT).');

    // Only coordinator staff return or accept; a comment is required to return; input is checked.
    expect(await call('POST', `/reports/${id}/review`, 'off', { action: 'accept' })).toMatchObject({ status: 403, body: { error: { code: 'review.forbidden' } } });
    expect(await call('POST', `/reports/${id}/review`, 'head', { action: 'accept' })).toMatchObject({ status: 403 });
    expect(await call('POST', `/reports/${id}/review`, 'plain', { action: 'accept' })).toMatchObject({ status: 403 });
    expect(await call('POST', `/reports/${id}/review`, 'coord', { action: 'return' })).toMatchObject({ status: 422, body: { error: { code: 'review.comment-required' } } });
    expect(await call('POST', `/reports/${id}/review`, 'coord', { action: 'return', comments: [{ on: 'field', pointer: 'document', text: 'x' }] })).toMatchObject({ status: 422, body: { error: { code: 'review.invalid' } } });
    expect(await call('POST', `/reports/${id}/review`, 'coord', { action: 'return', comments: [{ on: 'task', taskId: 'no-such-task', text: 'x' }] })).toMatchObject({ status: 422 });
    expect(await call('POST', `/reports/${id}/review`, 'coord', { action: 'delete' })).toMatchObject({ status: 422 });
    expect(await call('POST', `/reports/${id}/review`, 'coord', { action: 'approve' })).toMatchObject({ status: 403 });
    expect(await call('POST', `/reports/nope/review`, 'coord', { action: 'accept' })).toMatchObject({ status: 404 });

    const task = plan.sections.flatMap((s) => (s.kind === 'content' ? s.areas : [])).flatMap((a) => a.tasks)[0]!.id;
    const returned = await call('POST', `/reports/${id}/review`, 'coord', {
      action: 'return',
      comment: '  Đề nghị bổ sung số liệu <b>quý</b>.  ',
      comments: [
        { on: 'field', pointer: '/document/number', text: 'Số văn bản chưa đúng' },
        { on: 'task', taskId: task, text: 'Nêu rõ kết quả' },
      ],
    });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({ state: 'returned', allowed: [] });
    expect(returned.body.events.map((e: { action: string; state: string }) => `${e.action}:${e.state}`)).toEqual(['submit:submitted', 'return:returned']);
    expect(returned.body.events[1]).toMatchObject({ actor: { userId: 'u-c1', name: 'Chuyên viên <SNV>', role: 'coordinator', unitId: 'so-noi-vu' }, at: '2021-05-10T09:00:00+07:00', comment: 'Đề nghị bổ sung số liệu <b>quý</b>.' });
    expect(await call('POST', `/reports/${id}/review`, 'coord2', { action: 'accept' })).toMatchObject({ status: 409, body: { error: { code: 'review.illegal-transition' } } });

    const unitView = await call('GET', `/reports/${id}/review`, 'off');
    expect(unitView.body.openComments).toMatchObject({ reportId: id, comment: 'Đề nghị bổ sung số liệu <b>quý</b>.', comments: [{ on: 'field', pointer: '/document/number' }, { on: 'task', taskId: task }] });
    const unitNews = await store.notifications.list({ unitId: 'so-y-te' });
    expect(unitNews[0]).toMatchObject({ kind: 'review.returned', link: '/form?period=bc-6-thang-2021%402021', data: { reportId: id, instanceKey: 'bc-6-thang-2021@2021' } });
    expect(unitNews[0]!.body.vi).toContain('Nhận xét: “Đề nghị bổ sung');

    // The unit's correction (X-DVCQ-Replaces): resubmitted; the returned one is superseded.
    const again = await submit('off', 'so-y-te', 2, id);
    expect(again).toMatchObject({ status: 201, body: { review: 'resubmitted', replaces: id } });
    const newId = again.body.id as string;
    expect(await call('POST', `/reports/${id}/review`, 'coord', { action: 'accept' })).toMatchObject({ status: 409, body: { error: { code: 'review.superseded' } } });
    const latest = await call('GET', `/reports/${newId}/review`, 'off');
    expect(latest.body).toMatchObject({ state: 'resubmitted', openComments: { reportId: id } });
    expect((await store.notifications.list({ unitId: 'so-noi-vu' }))[0]!.kind).toBe('review.resubmitted');

    const accepted = await call('POST', `/reports/${newId}/review`, 'coord', { action: 'accept', comment: 'Tiếp nhận' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.state).toBe('accepted');
    expect(accepted.body.openComments).toBeUndefined();
    expect(accepted.body.events.map((e: { reportId: string; action: string }) => `${e.reportId === id ? 'old' : 'new'}:${e.action}`)).toEqual(['old:submit', 'old:return', 'new:submit', 'new:accept']);
    expect(await call('POST', `/reports/${newId}/review`, 'coord', { action: 'return', comment: 'x' })).toMatchObject({ status: 409 });
    expect((await store.notifications.list({ unitId: 'so-y-te' }))[0]).toMatchObject({ kind: 'review.accepted' });
    // The overview tells the unit where its report stands.
    const overview = await call('GET', '/overview', 'off');
    expect(overview.body.periods.find((p: { key: string }) => p.key === 'bc-6-thang-2021@2021').own).toMatchObject({ reportId: newId, review: 'accepted', state: 'on-time' });
  });

  it('a unit never reviews its own report, even with the coordinator role', async () => {
    const { call, submit } = await setup();
    const own = await submit('snvOfficer', 'so-noi-vu', 1);
    expect(own.status).toBe(201);
    expect(await call('POST', `/reports/${own.body.id}/review`, 'coord', { action: 'accept' })).toMatchObject({ status: 403, body: { error: { code: 'review.own-report' } } });
    expect(await call('POST', `/reports/${own.body.id}/review`, 'admin', { action: 'return', comment: 'x' })).toMatchObject({ status: 403, body: { error: { code: 'review.own-report' } } });
    expect((await call('GET', `/reports/${own.body.id}/review`, 'coord')).body.allowed).toEqual([]);
  });

  it('two coordinators deciding at once: exactly one step is stored, the other is told', async () => {
    const { call, submit, store } = await setup();
    const { body } = await submit('off', 'so-y-te', 1);
    const results = await Promise.all([
      call('POST', `/reports/${body.id}/review`, 'coord', { action: 'accept' }),
      call('POST', `/reports/${body.id}/review`, 'coord2', { action: 'return', comment: 'Sửa' }),
      call('POST', `/reports/${body.id}/review`, 'coord', { action: 'accept' }),
    ]);
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409).map((r) => r.body.error.code).every((c: string) => c === 'review.conflict' || c === 'review.illegal-transition')).toBe(true);
    expect((await store.reviews.events([body.id])).map((e) => e.step)).toEqual([1, 2]);
  });

  it('unit-head approval, when the administrator turns it on: the report leaves the unit only once its head approves', async () => {
    const { call, submit, store } = await setup();
    expect((await call('GET', '/review-settings', 'off')).body).toEqual({ planId: plan.id, approvalRequired: false });
    expect(await call('PUT', '/review-settings', 'coord', { approvalRequired: true })).toMatchObject({ status: 403 });
    expect(await call('PUT', '/review-settings', 'admin', { approvalRequired: 'yes' })).toMatchObject({ status: 422 });
    expect(await call('PUT', '/review-settings', 'admin', { approvalRequired: true })).toMatchObject({ status: 200, body: { approvalRequired: true } });
    const { body } = await submit('off', 'so-y-te', 1);
    expect(body.review).toBe('awaiting-approval');
    expect((await store.notifications.list({ unitId: 'so-y-te' }))[0]!.kind).toBe('review.awaiting-approval');
    expect(await store.notifications.list({ unitId: 'so-noi-vu' })).toEqual([]);
    expect(await call('POST', `/reports/${body.id}/review`, 'coord', { action: 'accept' })).toMatchObject({ status: 409, body: { error: { code: 'review.illegal-transition' } } });
    expect(await call('POST', `/reports/${body.id}/review`, 'off', { action: 'approve' })).toMatchObject({ status: 403 });
    expect(await call('POST', `/reports/${body.id}/review`, 'otherHead', { action: 'approve' })).toMatchObject({ status: 403 });
    expect((await call('GET', `/reports/${body.id}/review`, 'head')).body.allowed).toEqual(['approve']);
    expect(await call('POST', `/reports/${body.id}/review`, 'head', { action: 'approve' })).toMatchObject({ status: 200, body: { state: 'submitted' } });
    expect((await store.notifications.list({ unitId: 'so-noi-vu' }))[0]!.kind).toBe('review.submitted');
    expect(await call('POST', `/reports/${body.id}/review`, 'coord', { action: 'accept' })).toMatchObject({ status: 200, body: { state: 'accepted' } });
  });

  it('an extension ("gia hạn"): the unit submits after the plan’s deadline without a late warning, counted on time', async () => {
    const { call, submit, clock, store } = await setup('2021-05-21T09:00:00+07:00');
    const key = 'bc-6-thang-2021@2021';
    const grant = { unitId: 'so-y-te', instanceKey: key, lastDay: '2021-05-25', reason: 'Lũ quét <script>alert(1)</script>' };
    expect(await call('POST', '/extensions', 'off', grant)).toMatchObject({ status: 403 });
    expect(await call('POST', '/extensions', 'coord', { ...grant, lastDay: '2021-05-19' })).toMatchObject({ status: 422, body: { error: { code: 'extension.invalid' } } });
    expect(await call('POST', '/extensions', 'coord', { ...grant, lastDay: '2021-02-30' })).toMatchObject({ status: 422 });
    expect(await call('POST', '/extensions', 'coord', { ...grant, reason: ' ' })).toMatchObject({ status: 422 });
    expect(await call('POST', '/extensions', 'coord', { ...grant, instanceKey: 'x@2021' })).toMatchObject({ status: 422 });
    expect(await call('POST', '/extensions', 'coord', { ...grant, unitId: 'so-noi-vu' })).toMatchObject({ status: 403 });
    const granted = await call('POST', '/extensions', 'coord', grant);
    expect(granted).toMatchObject({ status: 201, body: { unitId: 'so-y-te', lastDay: '2021-05-25', grantedBy: 'u-c1', grantedByName: 'Chuyên viên <SNV>' } });
    expect((await store.notifications.list({ unitId: 'so-y-te' }))[0]).toMatchObject({ kind: 'extension.granted', data: { instanceKey: key, lastDay: '2021-05-25' } });
    expect((await store.notifications.list({ unitId: 'so-y-te' }))[0]!.body.vi).toContain('gia hạn đến hết ngày 25/05/2021');

    // The unit sees its own extension only; the coordinator sees all.
    expect((await call('GET', '/extensions', 'off')).body.extensions).toHaveLength(1);
    expect((await call('GET', '/extensions', 'other')).body.extensions).toEqual([]);
    expect((await call('GET', `/extensions?instanceKey=${encodeURIComponent(key)}`, 'coord')).body.extensions).toHaveLength(1);
    const ov = await call('GET', '/overview', 'off');
    expect(ov.body.periods.find((p: { key: string }) => p.key === key).own).toMatchObject({ state: 'open', extendedTo: '2021-05-25' });

    const onTime = await submit('off', 'so-y-te', 1);
    expect(onTime.status).toBe(201);
    expect(onTime.body.warnings.map((w: { code: string }) => w.code)).not.toContain('report.late');
    const late = await submit('other', 'ubnd-huyen-da-bac', 1);
    expect(late.body.warnings.map((w: { code: string }) => w.code)).toContain('report.late');
    const agg = await call('GET', '/aggregate?period=semiannual&year=2021', 'coord');
    const row = (id: string) => agg.body.units.find((u: { unitId: string }) => u.unitId === id);
    expect(row('so-y-te')).toMatchObject({ state: 'on-time', extendedTo: '2021-05-25' });
    expect(row('ubnd-huyen-da-bac').state).toBe('late');
    // After the extended day, a unit that still has not submitted is missing again.
    clock.now = new Date('2021-05-26T00:00:00+07:00');
    await call('POST', '/extensions', 'coord', { ...grant, unitId: 'so-tu-phap', lastDay: '2021-05-25' });
    expect((await call('GET', '/aggregate?period=semiannual&year=2021', 'coord')).body.units.find((u: { unitId: string }) => u.unitId === 'so-tu-phap').state).toBe('overdue');
  });
});

describe('reminders and extensions', () => {
  it('a unit granted an extension is not reminded of the plan’s deadline; the others are', async () => {
    const { call, store, clock } = await setup('2021-05-20T08:00:00+07:00');
    expect(await call('POST', '/extensions', 'coord', { unitId: 'so-y-te', instanceKey: 'bc-6-thang-2021@2021', lastDay: '2021-05-28', reason: 'Sự cố mạng' })).toMatchObject({ status: 201 });
    // An extension that changes nothing (not later than the plan's last day) is refused, so every grant in force is later.
    const summary = await runReminders({ store, plan, baseUrl: 'https://cong.example.invalid', now: () => clock.now });
    expect(summary.notified).toBeGreaterThan(5);
    const kinds = async (unitId: string) => (await store.notifications.list({ unitId })).map((n) => n.kind);
    expect(await kinds('so-y-te')).toEqual(['extension.granted']);
    expect(await kinds('so-tu-phap')).toEqual(['reminder']);
  });
});

describe('review states', () => {
  it('only the allowed steps lead anywhere', () => {
    expect(nextReviewState('submitted', 'return', false)).toBe('returned');
    expect(nextReviewState('resubmitted', 'accept', true)).toBe('accepted');
    expect(nextReviewState('awaiting-approval', 'approve', true)).toBe('resubmitted');
    expect(nextReviewState('accepted', 'return', false)).toBeUndefined();
    expect(nextReviewState('returned', 'accept', false)).toBeUndefined();
    expect(nextReviewState('submitted', 'approve', false)).toBeUndefined();
    expect(nextReviewState('awaiting-approval', 'accept', false)).toBeUndefined();
  });
});
