// End to end in Chromium (Debian's /usr/bin/chromium through playwright-core; never
// `playwright install`): an official signs in, opens the unit's form, fills it
// and submits; the Sở Nội vụ dashboard then shows the report as on time — and, after
// the deadline, a second unit's report as late. The portal's clock is fixed with
// DVCQ_NOW so the verdicts are deterministic. It runs on Hòa Bình 2021 (the bundled
// plan, district level, 6-month report) and on plans given by DVCQ_PLAN=FILE: the small
// two-level 2026 test plan and the Bắc Ninh 2026 test plan (99 communes, quarterly
// reports with a rule deadline, a coordinator that is not the Sở Nội vụ).
// Screenshots: .test-results/screenshots/.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { type Plan, allTasks, planCoordinator, shortTitle } from '@dvcq/core';
import { hoaBinh2021Plan } from '@dvcq/plan-hoa-binh-2021';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillForm } from './_form';
import { type Portal, ROOT, browserLogin, startPortal, tempDataDir } from './_portal';

const SHOTS = join(ROOT, '.test-results', 'screenshots');
let browser: Browser;
const portals: Portal[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
afterAll(async () => {
  await browser?.close();
  for (const p of portals) await p.stop();
});

async function openForm(portal: Portal, unit: string, page: Page, query = ''): Promise<void> {
  // Signed in as the unit's officer (a fresh session: the cookie of another unit is dropped).
  await page.context().clearCookies();
  await browserLogin(page, portal, 'officer', unit, `/form${query}`);
  await page.waitForSelector('.dvcq-form');
}

/** A plan the portal serves, the report the walk follows, and its moments and units. */
interface Case {
  name: string;
  plan: Plan;
  env: Record<string, string>;
  /** The instance walked: obligation and (quarterly, monthly) index. */
  walk: { obligationId: string; index?: number };
  /** Before the deadline: the first unit submits on time. `opensOn` is where its form opens by itself. */
  before: { now: string; unit: string; number: string; date: string; receivedText: string; opensOn: string };
  /** After the deadline: a second unit submits late. */
  after: { now: string; unit: string; number: string; date: string };
  /** A unit that owes the report and sends nothing. */
  missing: string;
}

const fixture = (name: string) => join(ROOT, 'fixtures/plans', name);
const readPlan = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Plan;
const CASES: Case[] = [
  {
    name: 'Hòa Bình 2021 (bundled plan)',
    plan: hoaBinh2021Plan,
    env: {},
    walk: { obligationId: 'bc-6-thang-2021' },
    before: { now: '2021-05-15T09:00:00+07:00', unit: 'so-y-te', number: '12/BC-SYT', date: '2021-05-14', receivedText: '15/05/2021 09:00', opensOn: 'bc-6-thang-2021@2021' },
    after: { now: '2021-05-21T10:00:00+07:00', unit: 'ubnd-huyen-da-bac', number: '30/BC-UBND', date: '2021-05-21' },
    missing: 'so-xay-dung',
  },
  {
    name: 'two-level 2026 (DVCQ_PLAN=FILE)',
    plan: readPlan(fixture('two-level-2026.plan.json')),
    env: { DVCQ_PLAN: fixture('two-level-2026.plan.json') },
    walk: { obligationId: 'bc-6-thang-2026' },
    before: { now: '2026-06-15T09:00:00+07:00', unit: 'so-y-te', number: '12/BC-SYT', date: '2026-06-12', receivedText: '15/06/2026 09:00', opensOn: 'bc-6-thang-2026@2026' },
    after: { now: '2026-06-22T10:00:00+07:00', unit: 'ubnd-xa-an-phu', number: '30/BC-UBND', date: '2026-06-22' },
    missing: 'ubnd-phuong-binh-minh',
  },
  {
    name: 'Bắc Ninh 2026, quarterly (DVCQ_PLAN=FILE)',
    plan: readPlan(fixture('bac-ninh-2026.plan.json')),
    env: { DVCQ_PLAN: fixture('bac-ninh-2026.plan.json') },
    // Quý II, "trước ngày 20 của tháng cuối quý": before 20/6/2026.
    walk: { obligationId: 'bc-quy-2026', index: 2 },
    // On 15/6 the unit has not sent Quý I (overdue since 20/3): its form opens there first.
    before: { now: '2026-06-15T09:00:00+07:00', unit: 'syt', number: '12/BC-SYT', date: '2026-06-12', receivedText: '15/06/2026 09:00', opensOn: 'bc-quy-2026@2026-Q1' },
    after: { now: '2026-06-22T10:00:00+07:00', unit: 'xa-dai-son', number: '30/BC-UBND', date: '2026-06-22' },
    missing: 'stp',
  },
];

describe.each(CASES)('portal end to end in Chromium — $name', (c) => {
  it('a unit submits through the form; the dashboard opens on the period needing attention, shows it on time, another late', async () => {
    const ob = c.plan.obligations.find((o) => o.id === c.walk.obligationId)!;
    const key = `${ob.id}@${ob.year}${c.walk.index === undefined ? '' : ob.period === 'quarterly' ? `-Q${c.walk.index}` : `-M${String(c.walk.index).padStart(2, '0')}`}`;
    const fileStem = `${ob.period}${c.walk.index === undefined ? '' : `-${c.walk.index}`}-${ob.year}`;
    // The consolidation's files name the instance after the year: …-quarterly-2026-02.xlsx.
    const instanceSuffix = c.walk.index === undefined ? '' : `-${String(c.walk.index).padStart(2, '0')}`;
    const coordinator = planCoordinator(c.plan)!;
    const shot = (name: string) => join(SHOTS, `portal-${c.plan.id}-${name}.png`);
    const dataDir = tempDataDir('e2e');
    // Before the deadline.
    const early = await startPortal(dataDir, { ...c.env, DVCQ_NOW: c.before.now });
    portals.push(early);
    expect(early.output()).toContain(`Kế hoạch / plan: ${c.plan.id}`);
    const page = await browser.newPage();
    const cspViolations: string[] = [];
    page.on('pageerror', (e) => cspViolations.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    const res = await page.goto(`${early.base}/form`);
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
    await openForm(early, c.before.unit, page);
    // The form opens by itself on the period the unit must attend to; one language switch (the portal's).
    expect(await page.inputValue('#portal-period')).toBe(c.before.opensOn);
    expect(await page.locator('#portal-lang').count()).toBe(1);
    expect(await page.locator('.dvcq-lang').count()).toBe(0);
    if (c.before.opensOn !== key) await openForm(early, c.before.unit, page, `?period=${encodeURIComponent(key)}`);
    expect(await page.inputValue('#portal-period')).toBe(key);
    await fillForm(page, c.plan, c.before.number, c.before.date);
    await page.screenshot({ path: shot('form-filled'), fullPage: true });
    await page.click('button.dvcq-submit');
    await page.waitForSelector('.portal-result.is-ok', { timeout: 15_000 });
    expect(await page.textContent('.portal-result')).toContain(`, nhận lúc ${c.before.receivedText}.`);
    expect(await page.textContent('.portal-result')).toMatch(/^Đã nộp báo cáo\. Mã hồ sơ: /);
    await page.screenshot({ path: shot('form-submitted'), fullPage: true });
    // The submitted report as an official document (DOCX).
    const [unitDoc] = await Promise.all([page.waitForEvent('download'), page.click('#portal-docx')]);
    expect(unitDoc.suggestedFilename()).toBe(`bao-cao-${c.before.unit}-${fileStem}.docx`);
    await early.stop();

    // After the deadline: a second unit submits late; the coordinator looks at the dashboard.
    const late = await startPortal(dataDir, { ...c.env, DVCQ_NOW: c.after.now });
    portals.push(late);
    await page.evaluate(() => sessionStorage.clear());
    // The unit has not sent the report, now overdue: the form opens on it.
    await openForm(late, c.after.unit, page);
    expect(await page.inputValue('#portal-period')).toBe(key);
    await fillForm(page, c.plan, c.after.number, c.after.date);
    await page.click('button.dvcq-submit');
    await page.waitForSelector('.portal-result.is-ok', { timeout: 15_000 });
    expect(await page.textContent('.portal-result')).toMatch(/muộn|trễ/);

    await page.evaluate(() => sessionStorage.clear());
    await page.goto('about:blank');
    await page.context().clearCookies();
    await browserLogin(page, late, 'coordinator', undefined, '/dashboard');
    expect(coordinator).toBe(late.accounts.find((a) => a.role === 'coordinator')!.unitId);
    await page.waitForSelector(`[data-unit="${c.before.unit}"]`);
    // After the deadline the dashboard opens on that period (units still missing), not on the next one.
    const owed = Number((await page.textContent('#card-owed strong'))!.replace(/\./g, ''));
    expect(owed).toBeGreaterThan(2);
    expect(await page.inputValue('#portal-period')).toBe(key);
    const attention = (await page.textContent('#portal-attention'))!;
    expect(attention.startsWith(`Kỳ cần chú ý: ${ob.title.vi}`)).toBe(true);
    expect(attention.endsWith(` — đã quá hạn, còn ${owed - 2} đơn vị chưa nộp.`)).toBe(true);
    // Dates and numbers the Vietnamese way.
    expect(await page.textContent('#units time')).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    const pct = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format((2 / owed) * 100);
    expect(await page.textContent('#card-completeness strong')).toBe(`${pct}\u00a0%`); // no-break space before %
    expect(pct).toMatch(/^\d+(,\d)?$/);
    // Tasks by id and short title (full text on hover).
    const task = allTasks(c.plan)[0]!;
    const firstTask = page.locator('#tasks tbody tr td:first-child').first();
    expect(await firstTask.textContent()).toBe(`${task.id} ${shortTitle(task.text.vi)}`);
    expect(await firstTask.locator('span').getAttribute('title')).toBe(task.text.vi);
    // The per-kind columns of a count add up to its total.
    const sums = await page.$$eval('#indicators tr', (rows) => {
      const head = [...rows[0]!.querySelectorAll('th')].map((th) => th.textContent ?? '');
      const kindCols = head.map((_, i) => i).slice(3, head.length - 1);
      const num = (t: string | null) => (t ? Number(t.replace(/\./g, '').replace(',', '.')) : 0);
      return rows.slice(1).map((r) => {
        const cells = [...r.querySelectorAll('td')].map((td) => td.textContent);
        return { total: cells[2], kinds: kindCols.length, sum: kindCols.reduce((s, i) => s + num(cells[i] ?? null), 0) };
      });
    });
    const counts = sums.filter((r) => r.total !== null && r.total !== undefined && !/%|—/.test(r.total));
    expect(counts.length).toBeGreaterThan(0);
    for (const r of counts) {
      expect(r.kinds).toBeGreaterThanOrEqual(2);
      expect(r.sum).toBe(Number(r.total!.replace(/\./g, '')));
    }
    expect(await page.getAttribute(`[data-unit="${c.before.unit}"]`, 'data-state')).toBe('on-time');
    expect(await page.textContent(`[data-unit="${c.before.unit}"]`)).toBe('Nộp đúng hạn');
    expect(await page.getAttribute(`[data-unit="${c.after.unit}"]`, 'data-state')).toBe('late');
    expect(await page.getAttribute(`[data-unit="${c.missing}"]`, 'data-state')).toBe('overdue');
    expect(await page.textContent('#card-submitted strong')).toBe('2');
    await page.screenshot({ path: shot('dashboard'), fullPage: true });

    // English switch keeps the session (cookie), the period, and translates the page.
    await page.click('#portal-lang');
    await page.waitForSelector(`[data-unit="${c.before.unit}"]`);
    expect(await page.textContent(`[data-unit="${c.before.unit}"]`)).toBe('Submitted on time');
    expect(await page.inputValue('#portal-period')).toBe(key);
    // XLSX download through the button (fetch in the session → blob).
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#portal-xlsx')]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^tong-hop-${c.plan.id}-${ob.period}.*${ob.year}${instanceSuffix}\\.xlsx$`));
    // The consolidated draft, and one unit's report, as DOCX.
    const [draft] = await Promise.all([page.waitForEvent('download'), page.click('#portal-docx')]);
    expect(draft.suggestedFilename()).toMatch(new RegExp(`^tong-hop-${c.plan.id}-${ob.period}.*${ob.year}${instanceSuffix}\\.docx$`));
    const [lateDoc] = await Promise.all([page.waitForEvent('download'), page.click(`#units tr:has([data-unit="${c.after.unit}"]) button`)]);
    expect(lateDoc.suggestedFilename()).toBe(`bao-cao-${c.after.unit}-${fileStem}.docx`);
    expect(cspViolations).toEqual([]);
    await page.close();
  });
});
