// Đọc báo cáo trong Chromium (issue 14 §4, §5) — from outside, in Debian's Chromium: a
// signed-in unit's form page starts from the data written into it (no request for the
// plan, who it is or the periods: the plan view is loaded once, with the page); the
// coordinator's dashboard links a unit's row to its report page; the report page shows a
// hostile text as text (no script runs, no element is injected); the unit's own list.
// "Signed in" is a browser context holding the session cookie of the unit's demo account
// (the coordinator's staff for the coordinator), signed in through POST /login.
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { hoaBinh2021Plan as plan } from '@dvcq/plan-hoa-binh-2021';
import { exampleReport } from '@dvcq/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Portal, ROOT, login, startPortal, tempDataDir } from './_portal';

const SHOTS = join(ROOT, '.test-results', 'screenshots');

const XSS = `"><img src=x onerror="window.__xss=1"><script>window.__xss=2</script>`;
let browser: Browser;
let portal: Portal;
let reportId = '';

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  portal = await startPortal(tempDataDir('reading-browser'), { DVCQ_NOW: '2021-05-15T09:00:00+07:00' });
  const report = exampleReport(plan, 'so-tu-phap', { period: 'semiannual', year: 2021, date: '2021-05-05' });
  const r = await fetch(`${portal.base}/api/reports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${portal.tokens['so-tu-phap']}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ...report, difficulties: XSS, proposals: XSS }),
  });
  expect(r.status).toBe(201);
  reportId = ((await r.json()) as { id: string }).id;
});
afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

const signedIn = async (unit: string): Promise<BrowserContext> => {
  const coordinator = portal.accounts.find((a) => a.role === 'coordinator')!;
  const s = unit === coordinator.unitId ? await login(portal, 'coordinator') : await login(portal, 'officer', unit);
  const context = await browser.newContext();
  await context.addCookies([{ name: 'dvcq_session', value: s.cookie.slice('dvcq_session='.length), url: portal.base, httpOnly: true, sameSite: 'Strict' }]);
  return context;
};

describe('reading in Chromium', () => {
  it('the signed-in form page fetches neither the plan nor who it is nor the periods: they come with the page', async () => {
    const context = await signedIn('so-tu-phap');
    const page = await context.newPage();
    const asked: string[] = [];
    page.on('request', (req) => asked.push(new URL(req.url()).pathname));
    await page.goto(`${portal.base}/form?period=bc-6-thang-2021%402021`);
    await page.waitForSelector('#app input:not([disabled])');
    expect(asked.filter((p) => ['/plan.json', '/report-context.json', '/api/me', '/api/overview'].includes(p))).toEqual([]);
    // The period already sent: its page and its DOCX are offered.
    const view = page.locator('#portal-view');
    await view.waitFor({ state: 'visible' });
    expect(await view.getAttribute('href')).toMatch(new RegExp(`^/reports/${reportId}\\?lang=vi(&plan=${plan.id})?$`));
    await view.click();
    await page.waitForURL((u) => u.pathname === `/reports/${reportId}` && u.searchParams.get('lang') === 'vi');
    expect(await page.locator('h1').textContent()).toContain('Sở Tư pháp');
    await context.close();
  });

  it('the dashboard links a unit’s row to its report page; the page shows hostile text as text, runs no injected script', async () => {
    const context = await signedIn('so-noi-vu');
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${portal.base}/dashboard?period=bc-6-thang-2021%402021`);
    const link = page.locator(`#units a[data-report="${reportId}"]`);
    await link.waitFor();
    await link.click();
    await page.waitForURL((u) => u.pathname === `/reports/${reportId}` && u.searchParams.get('lang') === 'vi');
    await page.waitForSelector('#report-difficulties');
    expect(await page.locator('#report-difficulties p').textContent()).toBe(XSS);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'portal-report-page.png'), fullPage: true });
    await page.screenshot({ path: join(SHOTS, 'portal-report-page-top.png') });
    // Downloads offered on the page: the unit's DOCX answers with a Word document.
    const docx = await page.locator('#report-docx').getAttribute('href');
    const res = await context.request.get(`${portal.base}${docx}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    await context.close();
  });

  it('a unit lists its own reports and opens one', async () => {
    const context = await signedIn('so-tu-phap');
    const page = await context.newPage();
    await page.goto(`${portal.base}/my-reports?lang=en`);
    const row = page.locator(`#my-reports tr[data-report="${reportId}"]`);
    expect(await row.locator('td').nth(3).textContent()).toBe('Submitted on time');
    await row.locator('a').click();
    await page.waitForURL((u) => u.pathname === `/reports/${reportId}` && u.searchParams.get('lang') === 'en');
    expect(await page.locator('#report-timeliness').textContent()).toContain('Submitted on time');
    await context.close();
  });
});
