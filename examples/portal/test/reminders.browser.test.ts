// Reminders in the portal, in Chromium: a unit that has not submitted sees its
// reminder on the form page and can open the report or dismiss it; the Sở Nội vụ
// dashboard shows how the reminder e-mails went — a failed send with its error, to
// be retried — and which units have no address. Fixed clock (DVCQ_NOW): 5 working
// days before the last day of the 6-month report. SMTP points at a closed port, so
// every send fails (and is retried, never dropped).
import { createServer } from 'node:net';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Portal, browserLogin, startPortal, tempDataDir } from './_portal';

let browser: Browser;
let portal: Portal;

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  portal = await startPortal(
    tempDataDir('rem-ui'),
    { DVCQ_NOW: '2021-05-12T08:00:00+07:00', DVCQ_SMTP_URL: `smtp://127.0.0.1:${await closedPort()}`, DVCQ_SMTP_FROM: 'bao-cao@example.invalid' },
    ['--demo'],
  );
  // The first pass runs at start; wait until the failed sends are on record.
  for (let i = 0; i < 100 && !/gửi lại sau \/ to retry/.test(portal.output()); i++) await new Promise((r) => setTimeout(r, 100));
});
afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

describe('reminders in the portal (Chromium)', () => {
  it('the unit sees its reminder on the form page, opens the report, dismisses it', async () => {
    const page = await browser.newPage();
    await browserLogin(page, portal, 'officer', 'so-y-te', '/form');
    await page.waitForSelector('#portal-notices:not([hidden]) li');
    const text = await page.textContent('#portal-notices');
    expect(text).toMatch(/\[Nhắc hạn\] Báo cáo 6 tháng năm 2021 .* — còn 5 ngày làm việc/);
    expect(text).toContain('Hạn nộp: trước ngày 20/5/2021 — hạn cuối 23:59 ngày 19/05/2021');
    await page.click('#portal-notices li button:has-text("Mở báo cáo này")');
    expect(await page.inputValue('#portal-period')).toBe('bc-6-thang-2021@2021');
    await page.click('#portal-notices li button:has-text("Đã xem")');
    await page.waitForSelector('#portal-notices', { state: 'hidden' });
    await page.reload();
    await page.waitForSelector('.dvcq-form');
    expect(await page.isHidden('#portal-notices')).toBe(true);
    await page.close();
  });

  it('the dashboard shows the failed e-mails with their error, to be retried', async () => {
    const page = await browser.newPage();
    await browserLogin(page, portal, 'coordinator', undefined, '/dashboard?lang=en');
    await page.waitForSelector('#reminders:not([hidden]) #reminder-problems');
    expect(await page.textContent('#reminders-counts')).toMatch(/^Reminder e-mails: Failed, will retry \d+/);
    const rows = await page.$$eval('#reminder-problems tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    expect(rows.length).toBeGreaterThan(20);
    expect(rows[0]![2]).toBe('5 working day(s) before');
    expect(rows[0]![3]).toBe('Failed, will retry');
    expect(rows[0]![5]).toMatch(/ECONNREFUSED/);
    await page.close();
  });
});
