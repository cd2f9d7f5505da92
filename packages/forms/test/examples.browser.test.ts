// The JSON Forms and RJSF examples render the whole report form in Chromium and show
// a cross-field issue of validateReport ("resolved > in jurisdiction") on the right field.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOT, bundlePage, launch, screenshot, serve, watchPage } from './_harness';

const NOW = '2021-05-15T09:00:00+07:00';
const RESOLVED = 'Số đơn thuộc thẩm quyền đã giải quyết';
const IN_JURISDICTION = 'Số đơn thuộc thẩm quyền giải quyết';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(name: string): Promise<{ page: Page; done: () => Promise<void>; errors: string[] }> {
  const out = join(ROOT, '.test-results', 'pages', name);
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${name}</title><script type="module" src="./main.js"></script></head><body><main id="app"></main></body></html>`;
  await bundlePage(join(ROOT, 'examples', name, 'src/main.tsx'), out, { html });
  const server = await serve(out);
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const watch = await watchPage(page);
  await page.goto(`${server.url}?unit=so-noi-vu&period=semiannual&now=${encodeURIComponent(NOW)}`);
  return { page, errors: watch.errors, done: async () => { await context.close(); await server.close(); } };
}

describe('examples in Chromium', () => {
  test('JSON Forms: the whole form renders; the cross-field error shows on the resolved field', async () => {
    const { page, done, errors } = await open('forms-jsonforms');
    try {
      await page.waitForSelector('input');
      // 29 task groups + 8 area groups + document, models, closing.
      expect(await page.locator('fieldset.group-layout').count()).toBe(1 + 8 + 29 + 2);
      expect(await page.getByText('Số, ký hiệu văn bản', { exact: true }).count()).toBeGreaterThan(0);
      expect(await page.locator('text=No applicable renderer').count()).toBe(0);
      // The reason of II.1.1 is hidden (SHOW rule) until the status says "not done".
      expect(await page.locator('[id="#/properties/tasks/properties/II_1_1/properties/reason"]').isHidden()).toBe(true);
      const inputs = await page.locator('input, textarea, select').count();
      expect(inputs).toBeGreaterThan(29 * 4);
      await page.getByLabel(IN_JURISDICTION, { exact: true }).fill('8');
      await page.getByLabel(RESOLVED, { exact: true }).fill('12');
      const control = page.locator('.control', { has: page.getByLabel(RESOLVED, { exact: true }) });
      // The cross-field message (wording is validateReport's) names both fields.
      await expect.poll(() => control.locator('.validation').textContent()).toContain(IN_JURISDICTION);
      expect(await control.locator('.validation').textContent()).toContain(RESOLVED);
      // The other field carries no error.
      const other = page.locator('.control', { has: page.getByLabel(IN_JURISDICTION, { exact: true }) });
      expect((await other.locator('.validation').textContent()) ?? '').not.toContain(RESOLVED);
      await screenshot(page, 'example-jsonforms');
      // Submit: the form state lists the problems in form order, each naming its field.
      await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
      const summary = page.locator('#report-issues li');
      await expect.poll(() => summary.count()).toBeGreaterThan(10);
      const lines = await summary.allTextContents();
      expect(lines[0]).toContain('Số, ký hiệu văn bản');
      expect(lines.some((l) => l.includes(RESOLVED) && l.includes(IN_JURISDICTION))).toBe(true);
      const before = lines.length;
      // Fixing updates the summary at once.
      await page.getByLabel(RESOLVED, { exact: true }).fill('5');
      await expect.poll(() => control.locator('.validation').textContent()).not.toContain(IN_JURISDICTION);
      await expect.poll(() => summary.count()).toBe(before - 1);
      expect(errors).toEqual([]);
    } finally {
      await done();
    }
  });

  test('RJSF: the whole form renders; the cross-field error shows on the resolved field', async () => {
    const { page, done, errors } = await open('forms-rjsf');
    try {
      await page.waitForSelector('form.rjsf');
      expect(await page.locator('fieldset').count()).toBeGreaterThanOrEqual(29);
      expect(await page.locator('input[type=radio]').count()).toBeGreaterThanOrEqual(29 * 4);
      const resolved = page.locator('#root_indicators_don-thu-da-giai-quyet');
      await page.locator('#root_indicators_don-thu-thuoc-tham-quyen').fill('8');
      await resolved.fill('12');
      const wrapper = page.locator('.form-group', { has: resolved }).last();
      await expect.poll(() => wrapper.textContent()).toContain(IN_JURISDICTION);
      await screenshot(page, 'example-rjsf');
      // Submit: the form state lists the problems in form order, each naming its field.
      await page.locator('form.rjsf button[type="submit"]').click();
      await expect.poll(() => page.locator('#report-issues li').count()).toBeGreaterThan(10);
      expect((await page.locator('#report-issues li').first().textContent()) ?? '').toContain('Số, ký hiệu văn bản');
      // Status "Chưa thực hiện" on II.1.1 reveals its reason field.
      expect(await page.locator('#root_tasks_II_1_1_reason').getAttribute('type')).toBe('hidden');
      await page.locator('input[name="root_tasks_II_1_1_status"][value="2"], #root_tasks_II_1_1_status-2').first().check();
      await expect.poll(() => page.locator('textarea#root_tasks_II_1_1_reason').count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await done();
    }
  });
});
