// Real-browser tests of the framework-free renderer (Debian Chromium via playwright-core,
// English system locale on purpose): an official fills the whole 6-month report with
// the keyboard only — counts as "1.250" / "1 250", a percentage as "85,5", the date as
// dd/mm/yyyy — sees the Vietnamese messages (each naming its field) for a bad document
// number and for "resolved > received" in a summary in form order, fixes them through
// the summary (which stays current), and submits — once without and once under
// `Content-Security-Policy: script-src 'self'`. axe-core audits every state: no violation.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOT, audit, bundlePage, copyAxe, launch, screenshot, serve, watchPage } from './_harness';
import { twoLevelPage } from './_plans';
import { allTasks } from '@dvcq/core';
import { hoaBinh2021FormPlan, hoaBinh2021FormPlanTextsVi } from '@dvcq/plan-hoa-binh-2021';

const OUT = join(ROOT, '.test-results', 'pages', 'forms-vanilla');
const NOW = '2021-05-15T09:00:00+07:00';
let browser: Browser;

beforeAll(async () => {
  await bundlePage(join(ROOT, 'examples/forms-vanilla/src/main.ts'), OUT);
  copyAxe(OUT);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** What the official types into each kind of field, by JSON Pointer. */
function answerFor(path: string): string {
  if (path === '/document/number') return '15/SNV'; // wrong on purpose: no "BC-" type code
  if (path === '/document/place') return 'Hòa Bình';
  if (path === '/document/signer/onBehalfOf') return 'GIÁM ĐỐC';
  if (path === '/document/signer/position') return 'PHÓ GIÁM ĐỐC';
  if (path === '/document/signer/name') return 'Nguyễn Thị Hoa';
  if (path === '/indicators/don-thu-tiep-nhan') return '1.250'; // Vietnamese thousands
  if (path === '/indicators/tiep-cong-dan') return '1\u00a0250'; // a no-break space between thousands
  if (path === '/indicators/don-thu-thuoc-tham-quyen') return '8';
  if (path === '/indicators/don-thu-da-giai-quyet') return '12'; // more than received: wrong on purpose
  if (path === '/indicators/ty-le-hai-long') return '85,5';
  if (path === '/indicators/ho-so-tthc-qua-han') return '0'; // on time + late ≤ received (3 + 0 ≤ 3)
  if (path === '/indicators/mo-hinh-dvk-dang-ky') return '1'; // the one model listed, registered
  if (path === '/indicators/mo-hinh-dvk-cong-nhan') return '0';
  if (path.startsWith('/indicators/')) return '3';
  if (path.endsWith('/results')) return 'Đã hoàn thành.';
  if (path.endsWith('/reason')) return 'Chờ hướng dẫn của Sở Nội vụ.';
  if (path === '/models/0/name') return 'Cơ quan thân thiện, vì nhân dân phục vụ';
  if (path === '/models/0/field') return 'Cải cách hành chính';
  return 'Tiếp tục thực hiện.';
}

interface Focused {
  tag: string;
  type: string;
  path: string;
  widget: string;
  action: string;
  checked: boolean;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const e = document.activeElement as HTMLInputElement | null;
    return {
      tag: e?.tagName.toLowerCase() ?? '',
      type: e?.type ?? '',
      path: e?.dataset.path ?? '',
      widget: e?.dataset.widget ?? '',
      action: e?.dataset.action ?? '',
      checked: e?.checked ?? false,
    };
  });
}

/**
 * Walks the form with Tab from the language switch to the submit button, answering
 * each field with the keyboard: typing, Space on radios and checkboxes, typeahead /
 * arrow keys in selects, Enter on "Thêm mô hình".
 */
async function fillWithKeyboard(page: Page): Promise<number> {
  await page.focus('.dvcq-lang');
  let steps = 0;
  let modelAdded = false;
  let firstTaskSkipped = false;
  const seen = new Set<string>();
  for (;;) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (++steps > 400) throw new Error('form walk did not reach the submit button');
    if (f.tag === 'button' && f.type === 'submit') break;
    if (f.action === 'add' && !modelAdded) {
      modelAdded = true;
      await page.keyboard.press('Enter'); // focus moves to the new model's name
      const g = await focused(page);
      expect(g.path).toBe('/models/0/name');
      await page.keyboard.type(answerFor(g.path));
      continue;
    }
    if (!f.path) continue; // the remove button, links
    if (f.widget === 'radio') {
      if (seen.has(f.path)) continue;
      seen.add(f.path);
      if (f.path === '/tasks/II.1.2/status' && !firstTaskSkipped) {
        firstTaskSkipped = true;
        // "Chưa thực hiện": arrow keys move and check within the group.
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('ArrowDown');
      } else await page.keyboard.press('Space');
      continue;
    }
    if (f.widget === 'checkboxes') {
      if (!f.checked) await page.keyboard.press('Space');
      continue;
    }
    if (f.widget === 'select') {
      // Typeahead on a closed select: "KT" → "KT. — Ký thay"; the stage select: first option.
      if (f.path === '/document/signer/authority') await page.keyboard.type('KT');
      else await page.keyboard.press('ArrowDown');
      continue;
    }
    if (f.widget === 'date') {
      // Day/month/year, as officials write, although the browser's locale is en-US.
      await page.keyboard.type('10/5/2021');
      continue;
    }
    await page.keyboard.type(answerFor(f.path));
  }
  return steps;
}

for (const csp of [false, true]) {
  describe(`renderer in Chromium${csp ? ' under CSP script-src self' : ''}`, () => {
    test('an official fills the whole report with the keyboard, fixes two errors and submits', async () => {
      const server = await serve(OUT, { csp });
      const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1000, height: 900 } });
      const page = await context.newPage();
      const watch = await watchPage(page);
      try {
        await page.goto(`${server.url}?unit=so-noi-vu&period=semiannual&now=${encodeURIComponent(NOW)}`);
        await page.waitForSelector('.dvcq-form');
        expect(await page.getAttribute('.dvcq-form', 'lang')).toBe('vi');
        // The official heading, with the period.
        expect(await page.textContent('h1')).toBe('Báo cáo kết quả thực hiện công tác dân vận chính quyền 6 tháng năm 2021');
        // One task group per applicable task (all 29 of the Hòa Bình plan for a Sở).
        expect(await page.locator('fieldset.dvcq-task').count()).toBe(29);
        // Long task texts: the id and a short title at normal weight, the whole text on demand.
        const legend = page.locator('#dvcq-task-II-6-1 > legend');
        expect(((await legend.textContent()) ?? '').length).toBeLessThanOrEqual(130);
        expect(await legend.evaluate((e) => getComputedStyle(e).fontWeight)).toBe('400');
        expect(await page.locator('#dvcq-task-II-6-1 > details p').isVisible()).toBe(false);
        // No placeholder looks like an answer: examples sit outside the field.
        expect(await page.locator('.dvcq-form [placeholder]').count()).toBe(0);
        expect(await page.textContent('#dvcq-document-place-help')).toBe('Ví dụ: Hòa Bình');
        expect(await page.textContent('#dvcq-document-number-help')).toContain('Ví dụ: 15/BC-SNV');
        // Dates are text fields read as dd/mm/yyyy, never a locale-dependent date input.
        expect(await page.locator('input[type="date"]').count()).toBe(0);
        // Reasons stay hidden until a task is reported as not done.
        expect(await page.locator('#dvcq-tasks-II-1-1-reason-wrap').isHidden()).toBe(true);
        expect(await audit(page)).toEqual([]);

        const steps = await fillWithKeyboard(page);
        expect(steps).toBeGreaterThan(80);
        // What was typed is shown as the form read it.
        expect(await page.inputValue('#dvcq-document-date')).toBe('10/05/2021');
        expect(await page.inputValue('#dvcq-indicators-don-thu-tiep-nhan')).toBe('1.250');
        expect(await page.inputValue('#dvcq-indicators-tiep-cong-dan')).toBe('1.250');
        expect(await page.inputValue('#dvcq-indicators-ty-le-hai-long')).toBe('85,5');
        expect(await page.locator('#dvcq-tasks-II-1-2-reason-wrap').isVisible()).toBe(true);
        expect(await page.locator('#dvcq-tasks-II-1-2-results-wrap').isHidden()).toBe(true);

        // Submit with the keyboard (focus is on the submit button).
        await page.keyboard.press('Enter');
        const summary = page.locator('.dvcq-summary');
        await summary.waitFor({ state: 'visible' });
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('dvcq-summary');
        const text = (await summary.textContent()) ?? '';
        expect(text).toContain('Báo cáo còn 2 lỗi cần sửa');
        // Each line names its field (the wording of the problem is validateReport's).
        const lines = await page.locator('.dvcq-summary li').allTextContents();
        expect(lines[0]).toContain('Số, ký hiệu văn bản');
        expect(lines[1]).toContain('Số đơn thuộc thẩm quyền đã giải quyết');
        expect(lines[1]).toContain('Số đơn thuộc thẩm quyền giải quyết');
        // The summary follows the form's order: its links point to fields in document order.
        const order = await page.evaluate(() => {
          const fields = Array.from(document.querySelectorAll('input, select, textarea')).map((e) => e.id);
          return Array.from(document.querySelectorAll('.dvcq-summary a')).map((a) => fields.indexOf((a as HTMLElement).dataset.target ?? ''));
        });
        expect(order.length).toBe(2);
        expect(order).toEqual([...order].sort((a, b) => a - b));
        // Each message sits on its field, names it, and is wired for screen readers.
        const number = page.locator('#dvcq-document-number');
        expect(await number.getAttribute('aria-invalid')).toBe('true');
        expect(await number.getAttribute('aria-describedby')).toContain('dvcq-document-number-error');
        expect(await page.textContent('#dvcq-document-number-error')).toContain('Số, ký hiệu văn bản');
        const resolved = page.locator('#dvcq-indicators-don-thu-da-giai-quyet');
        expect(await resolved.getAttribute('aria-invalid')).toBe('true');
        expect(await page.textContent('#dvcq-indicators-don-thu-da-giai-quyet-error')).toContain('Số đơn thuộc thẩm quyền giải quyết');
        expect(await audit(page)).toEqual([]);
        await screenshot(page, `renderer-errors${csp ? '-csp' : ''}`);

        // Fix through the summary links: Tab to a link, Enter moves focus to the field.
        await page.keyboard.press('Tab');
        let guard = 0;
        while ((await page.evaluate(() => (document.activeElement as HTMLElement).dataset.target)) !== 'dvcq-document-number' && guard++ < 10)
          await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('dvcq-document-number');
        await page.keyboard.press('Control+A');
        await page.keyboard.type('15/BC-SNV');
        // The summary is current at once: one problem left, its link still the same element.
        expect(await page.textContent('.dvcq-summary h2')).toBe('Báo cáo còn 1 lỗi cần sửa');
        expect(await page.locator('.dvcq-summary a[data-target="dvcq-document-number"]').count()).toBe(0);
        await page.locator('.dvcq-summary a[data-target="dvcq-indicators-don-thu-da-giai-quyet"]').focus();
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('dvcq-indicators-don-thu-da-giai-quyet');
        await page.keyboard.press('Control+A');
        await page.keyboard.type('7');
        expect(await number.getAttribute('aria-invalid')).toBeNull();
        expect(await resolved.getAttribute('aria-invalid')).toBeNull();
        expect(await summary.isHidden()).toBe(true);

        // Enter in a text field submits the form.
        await page.keyboard.press('Enter');
        await page.locator('#result').waitFor({ state: 'visible' });
        const submission = JSON.parse((await page.textContent('#result')) ?? '{}');
        expect(submission).toMatchObject({
          planId: 'hoa-binh-2021',
          period: 'semiannual',
          year: 2021,
          unitId: 'so-noi-vu',
          document: { number: '15/BC-SNV', date: '2021-05-10', place: 'Hòa Bình', signer: { authority: 'KT.', onBehalfOf: 'GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Thị Hoa' } },
          indicators: { 'don-thu-tiep-nhan': 1250, 'tiep-cong-dan': 1250, 'don-thu-thuoc-tham-quyen': 8, 'don-thu-da-giai-quyet': 7, 'ty-le-hai-long': 85.5 },
          models: [{ name: 'Cơ quan thân thiện, vì nhân dân phục vụ', field: 'Cải cách hành chính', holder: 'collective', stage: 'registered' }],
        });
        expect(submission.document.recipients).toEqual(['ubnd-tinh', 'ban-dan-van-tinh-uy']);
        expect(Object.keys(submission.tasks)).toHaveLength(29);
        expect(submission.tasks['II.1.2']).toEqual({ status: 'not-started', reason: 'Chờ hướng dẫn của Sở Nội vụ.' });
        expect(submission.tasks['II.1.1']).toEqual({ status: 'done', results: 'Đã hoàn thành.' });
        expect(await page.textContent('.dvcq-status')).toBe('Đã gửi báo cáo.');
        await screenshot(page, `renderer-submitted${csp ? '-csp' : ''}`);

        const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
        expect(violations).toEqual([]);
        expect(watch.csp).toEqual([]);
        expect(watch.errors).toEqual([]);
      } finally {
        await context.close();
        await server.close();
      }
    });
  });
}

describe('renderer in Chromium: drafts, language, API', () => {
  test('a draft is saved while typing and restored after a reload; English switch', async () => {
    const server = await serve(OUT, { csp: true });
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const watch = await watchPage(page);
    try {
      const url = `${server.url}?unit=ubnd-huyen-mai-chau&period=annual&now=${encodeURIComponent('2021-11-01T09:00:00+07:00')}`;
      await page.goto(url);
      await page.waitForSelector('.dvcq-form');
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
      expect(await page.textContent('h1')).toBe('Báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2021');
      await page.focus('#dvcq-document-number');
      await page.keyboard.type('07/BC-UBND');
      await page.focus('#dvcq-indicators-don-thu-tiep-nhan');
      await page.keyboard.type('4');
      await page.focus('#dvcq-indicators-don-thu-thuoc-tham-quyen');
      await page.keyboard.type('9');
      await page.keyboard.press('Tab'); // blur → draft-mode check of the cross-field rule
      expect(await page.textContent('#dvcq-indicators-don-thu-thuoc-tham-quyen-error')).toContain('đã tiếp nhận');

      await page.reload();
      await page.waitForSelector('.dvcq-form');
      expect(await page.inputValue('#dvcq-document-number')).toBe('07/BC-UBND');
      expect(await page.inputValue('#dvcq-indicators-don-thu-thuoc-tham-quyen')).toBe('9');
      expect(await page.textContent('.dvcq-draft')).toMatch(/Đã khôi phục bản nháp lưu lúc/);

      // English: labels and validateReport's messages switch together.
      await page.focus('.dvcq-lang');
      await page.keyboard.press('Enter');
      expect(await page.getAttribute('.dvcq-form', 'lang')).toBe('en');
      await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Report on government mass-mobilization work: Year 2021');
      expect(await page.textContent('label[for="dvcq-document-number"]')).toContain('Number and symbol');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('dvcq-lang');
      // The page ships the plan's Vietnamese view; the English pack (a separate file,
      // loaded on the switch) brings the plan's English texts and messages.
      await page.waitForFunction(() => document.querySelector('.dvcq-form')?.textContent?.includes('Raise the effectiveness'));
      expect(await page.textContent('.dvcq-form')).not.toContain('Nâng cao hiệu lực, hiệu quả quản lý Nhà nước');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('dvcq-lang');
      await page.focus('#dvcq-indicators-don-thu-thuoc-tham-quyen');
      await page.keyboard.press('Tab');
      expect(await page.textContent('#dvcq-indicators-don-thu-thuoc-tham-quyen-error')).toMatch(/received/i);
      await screenshot(page, 'renderer-english');

      expect(await audit(page)).toEqual([]);

      // Erasing the draft asks first: "no" keeps everything.
      page.once('dialog', (d) => void d.dismiss());
      await page.focus('#dvcq-draft-clear');
      await page.keyboard.press('Enter');
      expect(await page.inputValue('#dvcq-document-number')).toBe('07/BC-UBND');
      // "Yes" erases; focus goes to "Undo" (never lost to <body>), which brings everything back.
      page.once('dialog', (d) => void d.accept());
      await page.keyboard.press('Enter');
      expect(await page.inputValue('#dvcq-document-number')).toBe('');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('dvcq-draft-undo');
      await page.keyboard.press('Enter');
      expect(await page.inputValue('#dvcq-document-number')).toBe('07/BC-UBND');
      expect(await page.inputValue('#dvcq-indicators-don-thu-thuoc-tham-quyen')).toBe('9');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('dvcq-draft');
      await page.reload();
      await page.waitForSelector('.dvcq-form');
      expect(await page.inputValue('#dvcq-document-number')).toBe('07/BC-UBND');

      // Erase for good: the form starts empty after a reload.
      page.once('dialog', (d) => void d.accept());
      await page.click('#dvcq-draft-clear');
      expect(await page.inputValue('#dvcq-document-number')).toBe('');
      await page.reload();
      await page.waitForSelector('.dvcq-form');
      expect(await page.inputValue('#dvcq-document-number')).toBe('');
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
      expect(watch.csp).toEqual([]);
      expect(watch.errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});

describe('renderer in Chromium: any plan', () => {
  test('the two-level 2026 test plan renders for a commune: heading, its tasks, its place as the example, no accessibility violation', async () => {
    const out = join(ROOT, '.test-results', 'pages', 'forms-two-level');
    await bundlePage(twoLevelPage(), out);
    copyAxe(out);
    const server = await serve(out, { csp: true });
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const watch = await watchPage(page);
    try {
      await page.goto(server.url);
      await page.waitForSelector('.dvcq-form');
      expect(await page.textContent('h1')).toBe('Báo cáo kết quả thực hiện công tác dân vận chính quyền 6 tháng năm 2026');
      expect(await page.locator('fieldset.dvcq-task').count()).toBeGreaterThan(0);
      expect(await page.textContent('#dvcq-document-place-help')).toMatch(/^Ví dụ: \S/);
      expect(await page.textContent('.dvcq-meta')).toContain('Hạn nộp: trước ngày 20/6/2026');
      expect(await audit(page)).toEqual([]);
      // Adding a model focuses its first field; removing it focuses "Thêm mô hình" (never <body>).
      await page.click('#dvcq-models-add');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('dvcq-models-0-name');
      // With the mouse, straight from the empty name field: its message must not push the
      // button away before the click lands.
      await page.click('.dvcq-remove');
      expect(await page.locator('.dvcq-repeat-item').count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('dvcq-models-add');
      // With the keyboard.
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab'); // leave the name field: its message shows
      expect(await page.textContent('#dvcq-models-0-name-error')).not.toBe('');
      await page.focus('.dvcq-remove');
      await page.keyboard.press('Enter');
      expect(await page.locator('.dvcq-repeat-item').count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('dvcq-models-add');
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
      expect(watch.errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});

describe('renderer in Chromium: the legacy-encoding check', () => {
  test('loads as a file of its own after the form is drawn; text typed in TCVN3 gets the Vietnamese message on blur', async () => {
    // Bundled with code splitting, as the example's build does.
    const out = join(ROOT, '.test-results', 'pages', 'forms-vanilla-split');
    await bundlePage(join(ROOT, 'examples/forms-vanilla/src/main.ts'), out, { split: true });
    const chunks = readdirSync(out).filter((f) => f.startsWith('chunk-') && f.endsWith('.js'));
    // The detector's file: the one with the TCVN3 and VNI tables (the syllable check's onsets too).
    const legacy = chunks.filter((f) => /\btcvn3\b/.test(readFileSync(join(out, f), 'utf8')) && /\bvni\b/.test(readFileSync(join(out, f), 'utf8')));
    expect(legacy).toHaveLength(1);
    expect(readFileSync(join(out, 'main.js'), 'utf8')).not.toContain(readFileSync(join(out, legacy[0]!), 'utf8').slice(0, 200));
    const server = await serve(out, { csp: true });
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const watch = await watchPage(page);
    const loaded: string[] = [];
    page.on('requestfinished', (r) => loaded.push(new URL(r.url()).pathname.slice(1)));
    try {
      await page.goto(`${server.url}?unit=so-noi-vu&period=semiannual&now=${encodeURIComponent(NOW)}`);
      await page.waitForSelector('.dvcq-form');
      // Nothing typed yet: the form asks for the detector as soon as it is drawn.
      await expect.poll(() => loaded).toContain(legacy[0]);
      // "Hòa Bình" typed with a TCVN3 (ABC) font, pasted as Unicode.
      await page.focus('#dvcq-document-place');
      await page.keyboard.type('Hßa B×nh');
      await page.keyboard.press('Tab');
      await expect.poll(() => page.textContent('#dvcq-document-place-error')).toContain('có vẻ gõ bằng bảng mã cũ TCVN3, không phải Unicode');
      expect(await page.textContent('#dvcq-document-place-error')).toContain('UniKey');
      // Corrected text: the message goes.
      await page.fill('#dvcq-document-place', 'Hòa Bình');
      await page.focus('#dvcq-document-place');
      await page.keyboard.press('Tab');
      await expect.poll(async () => (await page.textContent('#dvcq-document-place-error')) ?? '').not.toContain('bảng mã cũ');
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
      expect(watch.errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});

describe('renderer in Chromium: the tasks’ full texts', () => {
  // Bundled with code splitting, as the example's build does: the full texts are a file of their own.
  const out = join(ROOT, '.test-results', 'pages', 'forms-vanilla-texts');
  let textsChunk = '';
  const full = hoaBinh2021FormPlanTextsVi['II.6.1']!;
  const en = allTasks(hoaBinh2021FormPlan).find((t) => t.id === 'II.6.1')!.text.en;
  beforeAll(async () => {
    await bundlePage(join(ROOT, 'examples/forms-vanilla/src/main.ts'), out, { split: true });
    copyAxe(out);
    const chunks = readdirSync(out).filter((f) => f.startsWith('chunk-') && f.endsWith('.js'));
    const texts = chunks.filter((f) => readFileSync(join(out, f), 'utf8').includes('"II.6.1":"'));
    expect(texts).toHaveLength(1);
    textsChunk = texts[0]!;
    // The page's first file has the short title only, not the full text.
    expect(readFileSync(join(out, 'main.js'), 'utf8')).not.toContain(full.slice(120, 200));
  });

  /** Focuses the element before `selector` in tab order, then presses Tab: it must land on it. */
  async function tabTo(page: Page, selector: string): Promise<void> {
    await page.evaluate((sel) => {
      const target = document.querySelector(sel)!;
      const all = Array.from(document.querySelectorAll<HTMLElement>('input, textarea, select, button, summary, a[href]')).filter((e) => e.offsetParent !== null);
      all[all.indexOf(target as HTMLElement) - 1]!.focus();
    }, selector);
    await page.keyboard.press('Tab');
    expect(await page.evaluate((sel) => document.activeElement === document.querySelector(sel), selector)).toBe(true);
  }

  test('load right after the first render; a disclosure opened with the keyboard before they arrive shows the text on arrival; English works', async () => {
    const server = await serve(out, { csp: true });
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const watch = await watchPage(page);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const asked: string[] = [];
    await page.route(`**/${textsChunk}`, async (route) => {
      asked.push(textsChunk);
      await gate;
      await route.continue();
    });
    try {
      await page.goto(`${server.url}?unit=so-noi-vu&period=semiannual&now=${encodeURIComponent(NOW)}`);
      await page.waitForSelector('.dvcq-form');
      // Nothing asked for by the user: the page asks for the texts as soon as it has drawn.
      await expect.poll(() => asked).toContain(textsChunk);
      const summary = '#dvcq-task-II-6-1 > details > summary';
      await tabTo(page, summary);
      expect(await page.textContent(summary)).toBe('Toàn văn nhiệm vụ II.6.1');
      await page.keyboard.press('Enter');
      const body = page.locator('#dvcq-task-II-6-1 > details > div');
      await expect.poll(() => body.textContent()).toBe('Đang tải…');
      expect(await body.getAttribute('aria-live')).toBe('polite');
      release();
      await expect.poll(() => body.textContent()).toBe(full);
      expect(await body.isVisible()).toBe(true);
      expect(await page.getAttribute('#dvcq-task-II-6-1 > details', 'open')).toBe('');
      // Closed and opened again with the keyboard: the text is there at once.
      await page.focus(summary);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      expect(await body.textContent()).toBe(full);
      expect(await audit(page)).toEqual([]);
      // English: the task's English full text (from the English plan).
      await page.click('#dvcq-lang');
      await expect.poll(() => page.getAttribute('.dvcq-form', 'lang')).toBe('en');
      await expect.poll(() => page.locator('#dvcq-task-II-6-1 > details > div').textContent()).toBe(en);
      expect(await page.textContent(summary)).toBe('Full text of task II.6.1');
      await page.click('#dvcq-lang');
      await expect.poll(() => page.locator('#dvcq-task-II-6-1 > details > div').textContent()).toBe(full);
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
      expect(watch.errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });

  test('a failed load never breaks the form: the disclosure offers to load again, by keyboard, and the text arrives', async () => {
    const server = await serve(out, { csp: true });
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await watchPage(page);
    let fail = true;
    await page.route(`**/${textsChunk}`, (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
    try {
      await page.goto(`${server.url}?unit=so-noi-vu&period=semiannual&now=${encodeURIComponent(NOW)}`);
      await page.waitForSelector('.dvcq-form');
      const summary = '#dvcq-task-II-6-1 > details > summary';
      await tabTo(page, summary);
      await page.keyboard.press('Enter');
      const retry = page.locator('#dvcq-task-II-6-1 > details > div > button');
      await expect.poll(() => retry.textContent()).toBe('Chưa tải được toàn văn: tải lại');
      // The form works on: a field is read and checked as usual.
      await page.focus('#dvcq-document-number');
      await page.keyboard.type('15/SNV');
      await page.keyboard.press('Tab');
      await expect.poll(() => page.textContent('#dvcq-document-number-error')).toContain('Số, ký hiệu văn bản');
      // Load again, with the keyboard: focus stays on the disclosure, the text arrives.
      fail = false;
      await tabTo(page, '#dvcq-task-II-6-1 > details > div > button');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#dvcq-task-II-6-1 > details > div').textContent()).toBe(full);
      expect(await page.evaluate((sel) => document.activeElement === document.querySelector(sel), summary)).toBe(true);
      expect(await audit(page)).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
