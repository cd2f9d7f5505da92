// Test helper: fills the portal's report form in Chromium as an official would.
import type { Page } from 'playwright-core';
import type { Plan } from '@dvcq/core';

/** What an official types: counts that respect the plan's sums (a part never exceeds its whole). */
export function answer(plan: Plan, path: string): string {
  const wholes = new Set([...(plan.indicatorSums ?? []).map((s) => s.total), ...plan.indicators.flatMap((i) => (i.partOf ? [i.partOf] : []))]);
  if (path === '/document/place') return plan.place;
  if (path.startsWith('/indicators/') && wholes.has(path.slice('/indicators/'.length))) return '20';
  if (path === '/document/signer/onBehalfOf') return 'GIÁM ĐỐC';
  if (path === '/document/signer/position') return 'PHÓ GIÁM ĐỐC';
  if (path === '/document/signer/name') return 'Nguyễn Thị Hoa';
  const indicator = plan.indicators.find((i) => `/indicators/${i.id}` === path);
  if (indicator?.type === 'percent') return '92';
  // Parts of a sum stay within their whole (the plan's indicatorSums): all parts but the first are 0.
  if (indicator && (plan.indicatorSums ?? []).some((s) => s.parts.slice(1).includes(indicator.id))) return '0';
  if (path.startsWith('/indicators/')) return '4';
  if (path.endsWith('/results')) return 'Đã tổ chức thực hiện đầy đủ.';
  return 'Tiếp tục thực hiện.';
}

/** Fills every visible empty field as an official would (status "done" for every task). */
export async function fillForm(page: Page, plan: Plan, number: string, date: string): Promise<void> {
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
        const v = f.path === '/document/number' ? number : f.path === '/document/date' ? date : answer(plan, f.path);
        await page.fill(sel, v);
        changed++;
      }
    }
    if (changed === 0) break;
  }
}
