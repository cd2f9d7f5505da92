// Quản trị kế hoạch trong Chromium (issue 14 §3) — the administrator's path from
// outside, in Debian's Chromium: upload a plan file with a mistake, see the error with
// its JSON Pointer, fix it in the page's editor, publish it for its year; the portal
// then serves the new plan (the chooser lists both plans). No script needed, no CSP
// violation. Screenshots: .test-results/screenshots/portal-admin-plans-*.png.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import type { Plan } from '@dvcq/core';
import { createAccount, openStore, randomPassword, startSession } from '@dvcq/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Portal, ROOT, portalDatabaseUrl, startPortal, tempDataDir } from './_portal';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing (CI=true: the browser tests must run)`);
if (!available) console.warn(`plan-admin.browser.test.ts skipped: ${CHROMIUM} is missing (apt-get install chromium)`);

const NOW = '2026-06-15T09:00:00+07:00';
const SHOTS = join(ROOT, '.test-results', 'screenshots');
const twoLevelText = readFileSync(join(ROOT, 'fixtures/plans/two-level-2026.plan.json'), 'utf8');
const twoLevel = JSON.parse(twoLevelText) as Plan;

let browser: Browser;
let portal: Portal;
let sessionId = '';

describe.runIf(available)('plan administration in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    const dataDir = tempDataDir('plan-admin-browser');
    portal = await startPortal(dataDir, { DVCQ_NOW: NOW });
    const opened = await openStore(portalDatabaseUrl(dataDir) ?? `sqlite:${join(dataDir, 'portal.db')}`);
    if (!opened.ok) throw new Error(opened.issues[0]!.message);
    try {
      const made = await createAccount(opened.value, { login: 'quan-tri', name: 'Quản trị viên', role: 'admin', unitId: 'so-noi-vu', password: randomPassword(), now: new Date(NOW) });
      if (!made.ok) throw new Error(made.message.en);
      sessionId = (await startSession(opened.value, made.user, { now: new Date(NOW) })).id;
    } finally {
      await opened.value.close();
    }
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('uploads a plan file, sees the error with its JSON Pointer, fixes it in the editor, publishes it; the portal serves it', async () => {
    const context = await browser.newContext();
    await context.addCookies([{ name: 'dvcq_session', value: sessionId, url: portal.base }]);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) problems.push(m.text());
    });
    await page.goto(`${portal.base}/admin/plans`);
    expect(await page.locator('h1').textContent()).toContain('Quản trị kế hoạch');
    const broken = JSON.parse(twoLevelText) as { obligations: Array<{ owedBy: string[] }> };
    broken.obligations[0]!.owedBy = ['don-vi-khong-co'];
    await page.setInputFiles('#plans-file', { name: 'two-level-2026.plan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken, null, 2)) });
    await Promise.all([page.waitForURL(/\/admin\/plans\/[A-Za-z0-9_-]+\?/), page.click('#plans-upload button[type=submit]')]);
    const errorRow = page.locator('#plan-checks tr[data-severity="error"]').first();
    expect(await errorRow.textContent()).toContain('/obligations/0/owedBy/0');
    expect(await page.locator('#plan-publish button[type=submit]').isDisabled()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'portal-admin-plans-findings.png'), fullPage: true });
    // Fix in the page's editor, save: checked again at once.
    await page.fill('#plan-json', twoLevelText);
    await Promise.all([page.waitForURL(/saved=1/), page.click('#plan-edit button[type=submit]')]);
    expect(await page.locator('#plan-notice').textContent()).toContain('còn 0 lỗi');
    expect(await page.locator('#plan-publish button[type=submit]').isDisabled()).toBe(false);
    expect(await page.inputValue('#plan-publish-year')).toBe('2026');
    await Promise.all([page.waitForURL(/published=/), page.click('#plan-publish button[type=submit]')]);
    expect(await page.locator('#plans-notice').textContent()).toContain(`Đã ban hành kế hoạch ${twoLevel.id} cho năm 2026`);
    expect(await page.locator(`#plans-table tr[data-status="published"]`).count()).toBe(2);
    await page.screenshot({ path: join(SHOTS, 'portal-admin-plans-registry.png'), fullPage: true });
    // The portal serves the new plan (newest year: the default); the chooser lists both.
    await page.goto(`${portal.base}/`);
    expect(await page.locator('body').getAttribute('data-plan-id')).toBe(twoLevel.id);
    expect(await page.locator('#portal-plans a').count()).toBe(2);
    await page.click('#portal-plans a:not([aria-current])');
    expect(await page.locator('body').getAttribute('data-plan-id')).toBe('hoa-binh-2021');
    expect(problems).toEqual([]);
    await context.close();
  });
});
