// Ví dụ: trình hiển thị không framework — the framework-free renderer on a page
// served with `Content-Security-Policy: script-src 'self'`.
// Query string: ?unit=so-noi-vu&period=semiannual&lang=vi&now=2021-05-15T09:00:00%2B07:00
// (any period kind; `index=2` for a month or quarter, `obligation=<id>` for a one-off report)
// No zod on this page (nothing probes `new Function`, so no CSP violation report and
// no page-wide `config({ jitless: true })`): validation and the plan do not use zod.
//
// The plan's Vietnamese form view (tasks, units, obligations, indicators, without the
// English glosses and with each long task text cut to its short title — @dvcq/core
// formPlanView): the page's first render is Vietnamese; the tasks' full texts load
// right after it, English (messages + the plan's English texts, ./english) on the switch.
// Imported first on purpose, then the form: bundlers emit modules in import order, and
// the Vietnamese text (the plan's, the form's words, the messages) ahead of the code
// gzips ≈ 0.9 kB smaller (measured by packages/forms/test/budget.test.ts).
import { hoaBinh2021FormPlanVi } from '@dvcq/plan-hoa-binh-2021/form-plan-vi';
import { renderReportForm, type FormPeriod } from '@dvcq/forms/browser';
import { PERIOD_KINDS } from '@dvcq/core';

const q = new URLSearchParams(location.search);
const period = (PERIOD_KINDS as readonly string[]).includes(q.get('period') ?? '') ? (q.get('period') as FormPeriod) : 'semiannual';
const periodIndex = Number(q.get('index')) || undefined;
const obligationId = q.get('obligation') ?? undefined;
// A fixed clock makes the demo (and its browser test) independent of today's date.
const nowParam = q.get('now');
const output = document.getElementById('result')!;

const form = renderReportForm(document.getElementById('app')!, {
  plan: hoaBinh2021FormPlanVi,
  english: () => import('./english').then((m) => m.english),
  // The tasks' full texts (shown on demand under "Toàn văn nhiệm vụ …"): a file of
  // their own, loaded right after the first render.
  taskTexts: () => import('@dvcq/plan-hoa-binh-2021/form-plan-texts-vi').then((m) => m.hoaBinh2021FormPlanTextsVi),
  period,
  ...(periodIndex ? { periodIndex } : {}),
  ...(obligationId ? { obligationId } : {}),
  unit: q.get('unit') ?? 'so-noi-vu',
  lang: q.get('lang') === 'en' ? 'en' : 'vi',
  ...(nowParam ? { now: () => new Date(nowParam) } : {}),
  onSubmit(submission) {
    // A real page would POST it (`onSubmit: postReport('/api/reports', { token })`); the demo shows it.
    output.textContent = JSON.stringify(submission, null, 2);
    output.hidden = false;
  },
});

// Exposed for the benchmark page and for debugging in the console.
(globalThis as { dvcqForm?: typeof form }).dvcqForm = form;
