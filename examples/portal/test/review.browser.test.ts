// The review workflow end to end in Chromium (Debian's /usr/bin/chromium through
// playwright-core), every role signed in through the sign-in page: the unit's officer
// fills and submits → the coordinator opens the report page and returns it with an
// overall comment and a comment on a field → the officer sees the comments on the form
// (beside the field) and in the notifications, fixes and resubmits → the coordinator
// accepts → the consolidated DOCX is downloaded and holds the unit's report. On the
// bundled Hòa Bình 2021 plan and on the Bắc Ninh 2026 test plan (DVCQ_PLAN=FILE). Hostile
// comment text is shown as text. Without Chromium it skips with a message, except under
// CI=true where it fails.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { unzipSync, strFromU8 } from 'fflate';
import { type Plan, findUnit, planCoordinator } from '@dvcq/core';
import { hoaBinh2021Plan } from '@dvcq/plan-hoa-binh-2021';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillForm } from './_form';
import { type Portal, ROOT, browserLogin, startPortal, tempDataDir } from './_portal';

const CHROMIUM = '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM && process.env.CI === 'true') throw new Error(`review.browser.test.ts: ${CHROMIUM} is missing (apt-get install chromium); under CI=true this test must run.`);
if (!HAVE_CHROMIUM) console.warn(`review.browser.test.ts skipped: ${CHROMIUM} is missing (apt-get install chromium).`);

const SHOTS = join(ROOT, '.test-results', 'screenshots');
let browser: Browser;
const portals: Portal[] = [];

beforeAll(async () => {
  if (!HAVE_CHROMIUM) return;
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
});
afterAll(async () => {
  await browser?.close();
  for (const p of portals) await p.stop();
});

interface Case {
  name: string;
  plan: Plan;
  env: Record<string, string>;
  /** The instance walked, the moment (before its deadline), the unit, its two document numbers and date. */
  key: string;
  now: string;
  unit: string;
  numbers: [string, string];
  date: string;
}

const fixture = (name: string) => join(ROOT, 'fixtures/plans', name);
const CASES: Case[] = [
  { name: 'Hòa Bình 2021 (bundled plan)', plan: hoaBinh2021Plan, env: {}, key: 'bc-6-thang-2021@2021', now: '2021-05-15T09:00:00+07:00', unit: 'so-y-te', numbers: ['12/BC-SYT', '13/BC-SYT'], date: '2021-05-14' },
  {
    name: 'Bắc Ninh 2026 (DVCQ_PLAN=FILE)',
    plan: JSON.parse(readFileSync(fixture('bac-ninh-2026.plan.json'), 'utf8')) as Plan,
    env: { DVCQ_PLAN: fixture('bac-ninh-2026.plan.json') },
    key: 'bc-quy-2026@2026-Q2',
    now: '2026-06-15T09:00:00+07:00',
    unit: 'syt',
    numbers: ['12/BC-SYT', '13/BC-SYT'],
    date: '2026-06-12',
  },
];

const HOSTILE = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';

/** Signs in as `role` in a fresh session (the cookie of the previous account is dropped). */
async function signIn(page: Page, portal: Portal, role: 'officer' | 'coordinator', unit: string | undefined, next: string): Promise<void> {
  await page.context().clearCookies();
  await browserLogin(page, portal, role, unit, next);
}

describe.each(CASES)('review workflow in Chromium — $name', (c) => {
  (HAVE_CHROMIUM ? it : it.skip)('submit → return with comments → fix and resubmit → accept → consolidated DOCX', async () => {
    const shot = (name: string) => join(SHOTS, `review-${c.plan.id}-${name}.png`);
    const portal = await startPortal(tempDataDir('review'), { ...c.env, DVCQ_NOW: c.now }, ['--demo']);
    portals.push(portal);
    const coordinator = planCoordinator(c.plan)!;
    const unitName = findUnit(c.plan, c.unit)!.name.vi;
    const page = await browser.newPage({ acceptDownloads: true });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) errors.push(m.text());
    });

    // 1. The officer fills and submits.
    await signIn(page, portal, 'officer', c.unit, `/form?period=${encodeURIComponent(c.key)}`);
    await page.waitForSelector('.dvcq-form');
    expect(await page.inputValue('#portal-period')).toBe(c.key);
    await fillForm(page, c.plan, c.numbers[0], c.date);
    await page.click('button.dvcq-submit');
    await page.waitForSelector('.portal-result.is-ok', { timeout: 20_000 });
    const first = (await page.getAttribute('.portal-result', 'data-report-id'))!;
    expect(first).toMatch(/^[A-Za-z0-9-]{8,}$/);
    await page.waitForSelector('#portal-review-box [data-state="submitted"]');

    // 2. The coordinator opens the report page and returns it with comments (one hostile).
    await signIn(page, portal, 'coordinator', undefined, `/reports/${first}`);
    await page.waitForSelector('#review-state');
    expect(await page.getAttribute('#review-state', 'data-state')).toBe('submitted');
    await page.fill('#review-comment', `Đề nghị ghi đúng số văn bản. ${HOSTILE}`);
    await page.selectOption('#review-item-target-1', 'field:/document/number');
    await page.fill('#review-item-text-1', 'Số văn bản trùng với báo cáo khác.');
    await page.screenshot({ path: shot('return-form'), fullPage: true });
    await Promise.all([page.waitForURL((u) => u.pathname === `/reports/${first}`), page.click('#review-return')]);
    await page.waitForSelector('#review-state[data-state="returned"]');
    expect(await page.locator('#review-history tbody tr').count()).toBe(2);
    expect(await page.textContent('#review-comments')).toContain(HOSTILE); // shown as text, never run
    expect(await page.locator('#review-form').count()).toBe(0); // nothing more to decide until the unit resubmits

    // 3. The officer sees the notification and the comments on the form, fixes and resubmits.
    await signIn(page, portal, 'officer', c.unit, `/form?period=${encodeURIComponent(c.key)}`);
    // The bell in the header counts the unread notification and leads to the list.
    expect(Number(await page.textContent('#portal-bell-count'))).toBeGreaterThanOrEqual(1); // the return (and the deadline reminders of the start)
    await page.click('#portal-bell');
    await page.waitForSelector('#portal-notifications');
    expect(await page.getAttribute('#portal-notifications li', 'data-kind')).toBe('review.returned');
    expect(await page.textContent('#portal-notifications li')).toContain('Báo cáo bị trả lại để sửa');
    await page.goto(`${portal.base}/form?period=${encodeURIComponent(c.key)}`);
    await page.waitForSelector('#portal-review-box [data-state="returned"]');
    expect(await page.textContent('#portal-review-box')).toContain('Số văn bản trùng với báo cáo khác.');
    expect(await page.textContent('#portal-review-box')).toContain(HOSTILE);
    const note = page.locator('.dvcq-field[data-path="/document/number"] .portal-review-note');
    expect(await note.textContent()).toContain('Số văn bản trùng với báo cáo khác.');
    // The returned report is in the form: the officer changes the number only.
    expect(await page.inputValue(':is(input)[data-path="/document/number"]')).toBe(c.numbers[0]);
    await page.fill(':is(input)[data-path="/document/number"]', c.numbers[1]);
    await page.screenshot({ path: shot('form-returned'), fullPage: true });
    await page.click('button.dvcq-submit');
    await page.waitForSelector('.portal-result.is-ok, .portal-result.is-error, .dvcq-summary:not([hidden])', { timeout: 20_000 });
    await page.screenshot({ path: shot('resubmit-clicked'), fullPage: true });
    expect(await page.getAttribute('.portal-result', 'class'), `${(await page.textContent('.portal-result')) ?? ''} ${await page.$$eval('.dvcq-summary li, .dvcq-error', (e) => e.map((x) => x.textContent).join(' | '))}`).toContain('is-ok');
    const second = (await page.getAttribute('.portal-result', 'data-report-id'))!;
    expect(second).not.toBe(first);
    await page.waitForSelector('#portal-review-box [data-state="resubmitted"]');

    // 4. The coordinator accepts the correction; the earlier report says it was replaced.
    await signIn(page, portal, 'coordinator', undefined, `/reports/${first}`);
    await page.waitForSelector('#review-latest');
    await page.click('#review-latest');
    await page.waitForURL((u) => u.pathname === `/reports/${second}`);
    expect(await page.getAttribute('#review-state', 'data-state')).toBe('resubmitted');
    await Promise.all([page.waitForURL((u) => u.pathname === `/reports/${second}`), page.click('#review-accept')]);
    await page.waitForSelector('#review-state[data-state="accepted"]');
    expect(await page.$$eval('#review-history tbody tr', (rows) => rows.map((r) => (r as HTMLElement).dataset.action))).toEqual(['submit', 'return', 'submit', 'accept']);
    await page.screenshot({ path: shot('accepted'), fullPage: true });

    // 5. The consolidated DOCX of the period holds the unit's report.
    await page.goto(`${portal.base}/dashboard?period=${encodeURIComponent(c.key)}`);
    await page.waitForSelector(`[data-unit="${c.unit}"]`);
    const [docx] = await Promise.all([page.waitForEvent('download'), page.click('#portal-docx')]);
    const bytes = readFileSync((await docx.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const files = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(files)).toContain('word/document.xml');
    const text = strFromU8(files['word/document.xml']!).replace(/<[^>]+>/g, '');
    expect(text).toContain(unitName);
    expect(text).toContain(c.numbers[1]);

    // The unit was told at each step; the coordinator too.
    await signIn(page, portal, 'officer', c.unit, '/notifications');
    const kinds = await page.$$eval('#portal-notifications li', (lis) => lis.map((li) => (li as HTMLElement).dataset.kind));
    expect(kinds.slice(0, 2)).toEqual(['review.accepted', 'review.returned']);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(coordinator).toBeTruthy();
    expect(errors).toEqual([]);
    await page.close();
  });
});
