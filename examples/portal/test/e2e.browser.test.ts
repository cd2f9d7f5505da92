// End to end in Chromium (Debian's /usr/bin/chromium through playwright-core; never
// `playwright install`): an official opens the form with the unit's token, fills it
// and submits; the Sở Nội vụ dashboard then shows the report as on time — and, after
// the deadline, a second unit's report as late. The portal's clock is fixed with
// DVCQ_NOW so the verdicts are deterministic. Screenshots: .test-results/screenshots/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Portal, ROOT, startPortal, tempDataDir } from './_portal';

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

function answer(path: string): string {
  if (path === '/document/place') return 'Hòa Bình';
  if (path === '/document/signer/onBehalfOf') return 'GIÁM ĐỐC';
  if (path === '/document/signer/position') return 'PHÓ GIÁM ĐỐC';
  if (path === '/document/signer/name') return 'Nguyễn Thị Hoa';
  if (path === '/indicators/ty-le-hai-long') return '92';
  if (path.startsWith('/indicators/')) return '4';
  if (path.endsWith('/results')) return 'Đã tổ chức thực hiện đầy đủ.';
  return 'Tiếp tục thực hiện.';
}

/** Fills every visible field as an official would (status "done" for every task). */
async function fillForm(page: Page, number: string, date: string): Promise<void> {
  // Conditional fields appear after answers, so go round until nothing is left (bounded).
  for (let round = 0; round < 5; round++) {
    const fields = await page.$$eval(':is(input, select, textarea)[data-path]', (els) =>
      els
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .map((e) => ({ path: (e as HTMLElement).dataset.path!, widget: (e as HTMLElement).dataset.widget!, tag: e.tagName.toLowerCase(), value: (e as HTMLInputElement).value, checked: (e as HTMLInputElement).checked, type: (e as HTMLInputElement).type })),
    );
    let changed = 0;
    const radiosDone = new Set<string>();
    for (const f of fields) {
      const sel = `:is(input, select, textarea)[data-path="${f.path}"]`;
      if (f.widget === 'radio') {
        if (radiosDone.has(f.path)) continue;
        radiosDone.add(f.path);
        const any = await page.$$eval(`${sel}:checked`, (e) => e.length);
        if (any) continue;
        const done = await page.$(`${sel}[value="done"]`);
        await (done ?? (await page.$(sel)))!.check();
        changed++;
      } else if (f.widget === 'checkboxes') {
        if (!f.checked) {
          await page.check(`${sel}[value="${f.value}"]`);
          changed++;
        }
      } else if (f.tag === 'select') {
        if (!f.value) {
          if (f.path === '/document/signer/authority') await page.selectOption(sel, 'KT.');
          else await page.selectOption(sel, { index: 1 });
          changed++;
        }
      } else if (!f.value) {
        const v = f.path === '/document/number' ? number : f.path === '/document/date' ? date : answer(f.path);
        await page.fill(sel, v);
        changed++;
      }
    }
    if (changed === 0) break;
  }
}

async function openForm(portal: Portal, unit: string, page: Page, query = ''): Promise<void> {
  await page.goto('about:blank'); // a hash-only change would not reload the page
  await page.goto(`${portal.base}/form${query}#token=${portal.tokens[unit]}`);
  await page.waitForSelector('.dvcq-form');
  expect(page.url()).not.toContain('token='); // removed from the address bar
}

describe('portal end to end in Chromium', () => {
  it('a unit submits through the form; the dashboard shows it on time, another late', async () => {
    const dataDir = tempDataDir('e2e');
    // Before the 6-month deadline ("trước ngày 20/5/2021").
    const early = await startPortal(dataDir, { DVCQ_NOW: '2021-05-15T09:00:00+07:00' });
    portals.push(early);
    const page = await browser.newPage();
    const cspViolations: string[] = [];
    page.on('pageerror', (e) => cspViolations.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    const res = await page.goto(`${early.base}/form`);
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
    await openForm(early, 'so-y-te', page);
    // One language switch on the page: the portal's (the form's own is not shown).
    expect(await page.locator('#portal-lang').count()).toBe(1);
    expect(await page.locator('.dvcq-lang:visible').count()).toBe(0);
    await fillForm(page, '12/BC-SYT', '2021-05-14');
    await page.screenshot({ path: join(SHOTS, 'portal-form-filled.png'), fullPage: true });
    await page.click('button.dvcq-submit');
    await page.waitForSelector('.portal-result.is-ok', { timeout: 15_000 });
    const resultText = await page.textContent('.portal-result');
    expect(resultText).toMatch(/Đã nộp báo cáo\. Mã hồ sơ: .*, nhận lúc 15\/05\/2021 09:00\./);
    await page.screenshot({ path: join(SHOTS, 'portal-form-submitted.png'), fullPage: true });
    await early.stop();

    // After the deadline: a district submits late; the Sở Nội vụ looks at the dashboard.
    const late = await startPortal(dataDir, { DVCQ_NOW: '2021-05-21T10:00:00+07:00' });
    portals.push(late);
    await page.evaluate(() => sessionStorage.clear());
    // The 6-month period is past: the page would offer the annual report first, so ask for it.
    await openForm(late, 'ubnd-huyen-da-bac', page, '?period=semiannual');
    await fillForm(page, '30/BC-UBND', '2021-05-21');
    await page.click('button.dvcq-submit');
    await page.waitForSelector('.portal-result.is-ok', { timeout: 15_000 });
    expect(await page.textContent('.portal-result')).toMatch(/muộn|trễ/);

    await page.evaluate(() => sessionStorage.clear());
    // After the 6-month deadline the dashboard opens on that period (units still missing), not on the next one.
    await page.goto('about:blank');
    await page.goto(`${late.base}/dashboard#token=${late.tokens['so-noi-vu']}`);
    await page.waitForSelector('[data-unit="so-y-te"]');
    expect(await page.inputValue('#portal-period')).toBe('bc-6-thang-2021@2021');
    expect(await page.textContent('#portal-attention')).toMatch(/^Kỳ cần chú ý: .* — đã quá hạn, còn 26 đơn vị chưa nộp\.$/);
    // Dates and numbers the Vietnamese way.
    expect(await page.textContent('#units time')).toMatch(/^\d{2}\/\d{2}\/2021 \d{2}:\d{2}$/);
    expect(await page.textContent('#card-completeness strong')).toBe('7,1 %');
    // Tasks by id and short title (full text on hover).
    const firstTask = await page.locator('#tasks tbody tr td:first-child').first();
    expect(await firstTask.textContent()).toMatch(/^II\.1\.1 Các Sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố thường xuyên quán…$/);
    // The per-kind columns of a count add up to its total.
    const sums = await page.$$eval('#indicators tr', (rows) => {
      const head = [...rows[0]!.querySelectorAll('th')].map((th) => th.textContent ?? '');
      const kindCols = head.map((_, i) => i).slice(3, head.length - 1);
      const num = (t: string | null) => (t ? Number(t.replace(/\./g, '').replace(',', '.')) : 0);
      return rows.slice(1).map((r) => {
        const cells = [...r.querySelectorAll('td')].map((td) => td.textContent);
        return { total: cells[2], parts: kindCols.map((i) => cells[i]) , sum: kindCols.reduce((s, i) => s + num(cells[i] ?? null), 0) };
      });
    });
    const counts = sums.filter((r) => r.total !== null && !/%|—/.test(r.total));
    expect(counts.length).toBeGreaterThan(5);
    for (const r of counts) expect(r.sum).toBe(Number(r.total!.replace(/\./g, '')));
    expect(await page.getAttribute('[data-unit="so-y-te"]', 'data-state')).toBe('on-time');
    expect(await page.textContent('[data-unit="so-y-te"]')).toBe('Nộp đúng hạn');
    expect(await page.getAttribute('[data-unit="ubnd-huyen-da-bac"]', 'data-state')).toBe('late');
    expect(await page.getAttribute('[data-unit="so-xay-dung"]', 'data-state')).toBe('overdue');
    expect(await page.textContent('#card-submitted strong')).toBe('2');
    await page.screenshot({ path: join(SHOTS, 'portal-dashboard.png'), fullPage: true });

    // English switch keeps the token (sessionStorage) and translates the page.
    await page.click('#portal-lang');
    await page.waitForSelector('[data-unit="so-y-te"]');
    expect(await page.textContent('[data-unit="so-y-te"]')).toBe('Submitted on time');
    // XLSX download through the button (fetch with the token → blob).
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#portal-xlsx')]);
    expect(download.suggestedFilename()).toBe('tong-hop-hoa-binh-2021-semiannual-2021.xlsx');
    expect(cspViolations).toEqual([]);
    await page.close();
  });
});
