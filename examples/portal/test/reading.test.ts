// Đọc báo cáo (issue 14 §4) — a stored report as a readable page and a unit's list of its
// reports, from outside (the portal as a process): who may read what, the header (unit,
// period label, number, Vietnamese dates, receipt, on time or late), task titles from the
// plan, status labels, numbers written the Vietnamese way, English with ?lang=en, the
// downloads offered, and every text a reader sees escaped (stored XSS).
import { TASK_STATUS_LABELS, allTasks, formatNumber } from '@dvcq/core';
import { hoaBinh2021Plan as plan } from '@dvcq/plan-hoa-binh-2021';
import { REPLACES_HEADER, exampleReport } from '@dvcq/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Portal, login, startPortal, tempDataDir } from './_portal';

const XSS = `<script>alert(1)</script>"><img src=x onerror=alert(2)>`;

let portal: Portal;
let ownId = '';
let correctionId = '';
let lateId = '';
/** The unit's API key (the API takes it; pages do not). */
const key = (unit: string) => ({ authorization: `Bearer ${portal.tokens[unit]}` });
/** A signed-in browser of the unit (its officer; the coordinator's staff for the coordinator): the session cookie. */
const cookies: Record<string, string> = {};
const auth = (unit: string) => ({ cookie: cookies[unit]! });
const signIn = async (p: Portal, units: readonly string[]) => {
  const coordinator = p.accounts.find((a) => a.role === 'coordinator')!;
  for (const u of units) cookies[u] = (u === coordinator.unitId ? await login(p, 'coordinator') : await login(p, 'officer', u)).cookie;
};
const page = (path: string, headers: Record<string, string> = {}) => fetch(`${portal.base}${path}`, { headers });
const submit = async (unit: string, report: Record<string, unknown>, replaces?: string) => {
  const r = await fetch(`${portal.base}/api/reports`, {
    method: 'POST',
    headers: { ...key(unit), 'content-type': 'application/json', ...(replaces ? { [REPLACES_HEADER]: replaces } : {}) },
    body: JSON.stringify(report),
  });
  const body = (await r.json()) as { id?: string };
  expect(r.status, JSON.stringify(body)).toBe(201);
  return body.id!;
};

beforeAll(async () => {
  // Before the 6-month deadline (20/5/2021): the first report is on time.
  const dir = tempDataDir('reading');
  portal = await startPortal(dir, { DVCQ_NOW: '2021-05-15T09:00:00+07:00' });
  // A report whose every free text carries markup, as a hostile or careless unit might type it.
  const base = exampleReport(plan, 'so-tu-phap', { period: 'semiannual', year: 2021, date: '2021-05-05' });
  const tasks = base.tasks as Record<string, { status: string; results?: string }>;
  const firstTask = Object.keys(tasks)[0]!;
  tasks[firstTask] = { status: 'done', results: `Dòng một\n${XSS}` };
  const doc = base.document as Record<string, unknown>;
  ownId = await submit('so-tu-phap', { ...base, tasks, difficulties: XSS, proposals: `Đề xuất ${XSS}`, nextDirections: XSS, document: { ...doc, place: XSS } });
  // The same portal restarted a month later: another unit's report is late now.
  await portal.stop();
  portal = await startPortal(dir, { DVCQ_NOW: '2021-06-21T10:00:00+07:00' });
  lateId = await submit('so-y-te', exampleReport(plan, 'so-y-te', { period: 'semiannual', year: 2021, date: '2021-06-21' }));
  await signIn(portal, ['so-tu-phap', 'so-y-te', 'so-noi-vu']);
});
afterAll(async () => {
  await portal?.stop();
});

describe('the report page /reports/:id', () => {
  it('is read by its own unit and the coordinator; another unit gets 403, no credentials 401, an unknown id 404', async () => {
    expect((await page(`/reports/${ownId}`, auth('so-tu-phap'))).status).toBe(200);
    expect((await page(`/reports/${ownId}`, auth('so-noi-vu'))).status).toBe(200);
    const other = await page(`/reports/${ownId}`, auth('so-y-te'));
    expect(other.status).toBe(403);
    expect(await other.text()).not.toContain('Dòng một');
    // Without a session: to the sign-in page, coming back here after; an API key opens no page.
    const none = await fetch(`${portal.base}/reports/${ownId}`, { redirect: 'manual' });
    expect(none.status).toBe(303);
    expect(none.headers.get('location')).toBe(`/login?lang=vi&next=${encodeURIComponent(`/reports/${ownId}`)}`);
    expect(await none.text()).not.toContain('Dòng một');
    expect((await fetch(`${portal.base}/reports/${ownId}`, { headers: key('so-tu-phap'), redirect: 'manual' })).status).toBe(303);
    expect((await fetch(`${portal.base}/reports/${ownId}`, { headers: { cookie: 'dvcq_session=wrong-session-123456' }, redirect: 'manual' })).status).toBe(303);
    expect((await page('/reports/no-such-report', auth('so-noi-vu'))).status).toBe(404);
    expect((await page('/reports/../../etc/passwd', auth('so-noi-vu'))).status).toBe(404);
    expect((await page('/reports/%3Cscript%3E', auth('so-noi-vu'))).status).toBe(404);
    const head = await page(`/reports/${ownId}`, auth('so-tu-phap'));
    expect(head.headers.get('cache-control')).toBe('private, no-store');
    expect(head.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('shows the header, every task with its title from the plan and its status label, indicators the Vietnamese way', async () => {
    const html = await (await page(`/reports/${ownId}`, auth('so-noi-vu'))).text();
    expect(html).toMatch(/<html lang="vi">/);
    expect(html).toContain('Sở Tư pháp');
    // The period as the calendar names it, the deadline, number, Vietnamese dates.
    expect(html).toMatch(/id="report-period"><th[^>]*>Kỳ báo cáo<\/th><td>[^<]*6 tháng[^<]*2021/);
    expect(html).toContain('05/05/2021');
    expect(html).toMatch(/id="report-received">.*\d{2}\/\d{2}\/2021/);
    expect(html).toMatch(/data-timeliness="on-time">Nộp đúng hạn</);
    const rec = (await (await page(`/api/reports/${ownId}`, key('so-noi-vu'))).json()) as { report: { tasks: Record<string, { status: string }>; indicators: Record<string, number> }; documentNumber: string };
    expect(html).toContain(rec.documentNumber);
    for (const [taskId, entry] of Object.entries(rec.report.tasks)) {
      const task = allTasks(plan).find((t) => t.id === taskId)!;
      const block = new RegExp(`data-task="${taskId.replace(/\./g, '\\.')}"><h4>.*?</article>`, 's').exec(html)?.[0] ?? '';
      expect(block, taskId).toContain(task.text.vi.slice(0, 40).replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
      expect(block, taskId).toContain(`>${TASK_STATUS_LABELS[entry.status as keyof typeof TASK_STATUS_LABELS].vi}<`);
    }
    // Indicators: formatted by core (thousands with a dot in Vietnamese).
    const [indId, value] = Object.entries(rec.report.indicators).find(([, v]) => v >= 0)!;
    expect(html).toMatch(new RegExp(`data-indicator="${indId}"><td>[^<]+</td><td class="num">${formatNumber(value, { lang: 'vi' }).replace(/\./g, '\\.')}`));
    // Downloads: the unit's DOCX and the JSON.
    expect(html).toContain(`href="/api/reports/${ownId}?format=docx&amp;lang=vi"`);
    expect(html).toContain(`href="/api/reports/${ownId}?lang=vi"`);
    // The review workflow's state in the header and its panel in the slot (src/review.ts implements ReadingReview).
    expect(html).toMatch(/id="report-review-state">.*data-review-state="submitted"/);
    expect(html).toMatch(/<section id="review" class="portal-review"[^>]*>\s*\S/);
  });

  it('escapes every text the unit typed (stored XSS): results, difficulties, proposals, directions, place', async () => {
    const html = await (await page(`/reports/${ownId}`, auth('so-noi-vu'))).text();
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toMatch(/<img[^>]*onerror/i);
    // Shown as text, once per field that carries it.
    const shown = html.split('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;').length - 1;
    expect(shown).toBeGreaterThanOrEqual(5);
    // The only scripts are the portal's own files.
    for (const m of html.matchAll(/<script\b[^>]*>/g)) expect(m[0]).toMatch(/src="\/static\//);
  });

  it('says late for a report received after the deadline, and speaks English with ?lang=en', async () => {
    const vi = await (await page(`/reports/${lateId}`, auth('so-y-te'))).text();
    expect(vi).toMatch(/data-timeliness="late">Nộp trễ hạn</);
    const en = await (await page(`/reports/${lateId}?lang=en`, auth('so-y-te'))).text();
    expect(en).toMatch(/<html lang="en">/);
    expect(en).toContain('Department of Health');
    expect(en).toMatch(/data-timeliness="late">Submitted late</);
    expect(en).toContain('Download');
    expect(en).toContain('?format=docx&amp;lang=en');
  });

  it('judges on time against the unit’s extended deadline once the coordinator grants one (gia hạn)', async () => {
    const r = await fetch(`${portal.base}/api/extensions`, {
      method: 'POST',
      headers: { ...key('so-noi-vu'), 'content-type': 'application/json' },
      body: JSON.stringify({ unitId: 'so-y-te', instanceKey: 'bc-6-thang-2021@2021', lastDay: '2021-06-30', reason: 'Bão lũ <b>cắt</b> đường truyền' }),
    });
    expect(r.status, await r.text()).toBeLessThan(300);
    const html = await (await page(`/reports/${lateId}`, auth('so-y-te'))).text();
    expect(html).toMatch(/data-timeliness="on-time">Nộp đúng hạn<\/span> \(được gia hạn đến hết ngày 30\/06\/2021\)/);
    expect(html).not.toContain('<b>cắt</b>');
    const list = await (await page('/my-reports', auth('so-y-te'))).text();
    expect(list).toMatch(new RegExp(`data-report="${lateId}"[^]*?Nộp đúng hạn`));
  });

  it('lists a correction chain: the first submission decides timeliness, the superseded one links to the current', async () => {
    const rec = (await (await page(`/api/reports/${ownId}`, key('so-tu-phap'))).json()) as { report: Record<string, unknown> };
    const doc = rec.report.document as Record<string, unknown>;
    correctionId = await submit('so-tu-phap', { ...rec.report, document: { ...doc, number: '99/BC-STP' } }, ownId);
    const html = await (await page(`/reports/${correctionId}`, auth('so-tu-phap'))).text();
    expect(html).toContain('id="report-chain"');
    expect(html).toContain(`href="/reports/${ownId}?lang=vi"`);
    expect(html).toContain('99/BC-STP');
    // Sent after the deadline, but the first submission was on time: still on time.
    expect(html).toMatch(/data-timeliness="on-time">Nộp đúng hạn<\/span> \(theo lần nộp đầu, 15\/05\/2021 09:00\)/);
    const old = await (await page(`/reports/${ownId}`, auth('so-tu-phap'))).text();
    expect(old).toContain('id="report-superseded"');
    expect(old).toContain(`href="/reports/${correctionId}?lang=vi"`);
  });
});

describe("a unit's reports /my-reports", () => {
  it('lists the unit’s own reports only, with links to their pages, and what it still owes', async () => {
    const html = await (await page('/my-reports', auth('so-tu-phap'))).text();
    expect(html).toContain(`data-report="${ownId}"`);
    expect(html).not.toContain(`data-report="${lateId}"`);
    expect(html).toContain(`href="/reports/${ownId}?lang=vi"`);
    expect(html).toMatch(/Nộp đúng hạn/);
    // Review states come from the review workflow: the correction is the current report.
    expect(html).toMatch(new RegExp(`data-report="${correctionId}"[^]*?data-review-state="`));
    // Another unit sees nothing of it; asking for another unit is refused.
    const other = await (await page('/my-reports', auth('so-y-te'))).text();
    expect(other).not.toContain(ownId);
    expect((await page('/my-reports?unitId=so-tu-phap', auth('so-y-te'))).status).toBe(403);
    expect((await fetch(`${portal.base}/my-reports`, { redirect: 'manual' })).status).toBe(303);
    // The coordinator may open any unit's list.
    const coord = await (await page('/my-reports?unitId=so-tu-phap&lang=en', auth('so-noi-vu'))).text();
    expect(coord).toContain(`data-report="${ownId}"`);
    expect(coord).toContain('Reports sent');
  });
});

describe('every page module draws (its script is in the build)', () => {
  it('answers each page of PAGES without a server error', async () => {
    const { PAGES } = await import('../src/app');
    for (const p of PAGES) {
      const res = await page(p.path, auth('so-tu-phap'));
      expect(res.status, p.path).toBeLessThan(500);
    }
  });
});

describe('fast on a slow line (issue 14 §5)', () => {
  it('compresses the reading pages (brotli or gzip, by Accept-Encoding) and never lets a shared cache keep them', async () => {
    const { request } = await import('node:http');
    const raw = (path: string, enc: string) =>
      new Promise<{ headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
        const req = request(`${portal.base}${path}`, { headers: { 'accept-encoding': enc, ...auth('so-noi-vu') } }, (res) => {
          res.resume();
          res.on('end', () => resolve({ headers: res.headers }));
        });
        req.on('error', reject);
        req.end();
      });
    for (const path of [`/reports/${ownId}`, '/my-reports?unitId=so-tu-phap']) {
      expect((await raw(path, 'gzip, deflate, br')).headers['content-encoding'], path).toBe('br');
      expect((await raw(path, 'gzip')).headers['content-encoding'], path).toBe('gzip');
      expect((await raw(path, 'br')).headers['cache-control'], path).toBe('private, no-store');
    }
  });

  it('writes the signed-in caller’s data into the form page (no round trip before the form); nothing without credentials', async () => {
    // Signed in (a session: the form page opens only to a unit's officer or head).
    const html = await (await page('/form', { cookie: (await login(portal, 'officer', 'so-tu-phap')).cookie })).text();
    const m = /<script type="application\/json" id="portal-boot">([^<]*)<\/script>/.exec(html);
    expect(m).not.toBeNull();
    const boot = JSON.parse(m![1]!) as { me: { unitId: string }; overview: { periods: unknown[]; attention: string | null }; plan: { id: string; orgUnits: unknown[] } };
    expect(boot.me.unitId).toBe('so-tu-phap');
    expect(boot.overview.periods.length).toBeGreaterThan(0);
    expect(boot.plan.id).toBe(plan.id);
    // The form view of the plan (core's formPlanView), not the whole plan file.
    expect(m![1]!.length).toBeLessThan(JSON.stringify(plan).length / 2);
    const anonymous = await (await page('/form')).text();
    expect(anonymous).not.toContain('id="portal-boot"');
  });
});

describe('the report page on the Bắc Ninh 2026 test plan (quarterly reports, a rule deadline, two levels)', () => {
  it('names the quarter as the calendar does, the task titles from that plan, and the coordinator reads it', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { ROOT } = await import('./_portal');
    const { sampleReport } = await import('@dvcq/report/testing');
    const { planCoordinator } = await import('@dvcq/core');
    const file = join(ROOT, 'fixtures/plans/bac-ninh-2026.plan.json');
    const { loadPlan } = await import('@dvcq/core/zod');
    const loaded = loadPlan(JSON.parse(readFileSync(file, 'utf8')));
    if (!loaded.ok) throw new Error('plan');
    const bn = loaded.value;
    const p = await startPortal(tempDataDir('reading-bn'), { DVCQ_PLAN: file, DVCQ_NOW: '2026-06-15T09:00:00+07:00' });
    try {
      const report = sampleReport(bn, 'syt', { period: 'quarterly', year: 2026, periodIndex: 2, obligationId: 'bc-quy-2026', date: '2026-06-12' });
      const r = await fetch(`${p.base}/api/reports`, { method: 'POST', headers: { authorization: `Bearer ${p.tokens.syt}`, 'content-type': 'application/json' }, body: JSON.stringify(report) });
      const body = (await r.json()) as { id: string };
      expect(r.status, JSON.stringify(body)).toBe(201);
      const coordinator = (await login(p, 'coordinator')).cookie;
      expect(p.accounts.find((a) => a.role === 'coordinator')!.unitId).toBe(planCoordinator(bn));
      const html = await (await fetch(`${p.base}/reports/${body.id}`, { headers: { cookie: coordinator } })).text();
      expect(html).toMatch(/id="report-period"><th[^>]*>Kỳ báo cáo<\/th><td>[^<]*Quý II\/2026/);
      expect(html).toMatch(/data-timeliness="on-time">Nộp đúng hạn</);
      const firstTask = Object.keys(report.tasks ?? {})[0]!;
      const title = bn.sections.flatMap((s) => (s.kind === 'content' ? s.areas.flatMap((a) => a.tasks) : [])).find((t) => t.id === firstTask)!.text.vi;
      expect(html).toContain(title.slice(0, 30).replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
      // Another unit of that plan may not read it.
      expect((await fetch(`${p.base}/reports/${body.id}`, { headers: { cookie: (await login(p, 'officer', 'stp')).cookie } })).status).toBe(403);
    } finally {
      await p.stop();
    }
  });
});
