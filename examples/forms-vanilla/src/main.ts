// Ví dụ: trình hiển thị không framework — the framework-free renderer on a page
// served with `Content-Security-Policy: script-src 'self'`.
// Query string: ?unit=so-noi-vu&period=semiannual&lang=vi&now=2021-05-15T09:00:00%2B07:00
// No zod on this page (nothing probes `new Function`, so no CSP violation report and
// no page-wide `config({ jitless: true })`): validation and the plan do not use zod.
import { renderReportForm, type FormPeriod } from '@dvcq/forms/browser';
// The plan's form view (tasks, units, obligations, indicators — see @dvcq/core
// formPlanView): half the plan file, same form and same verdicts.
import { hoaBinh2021FormPlan } from '@dvcq/plan-hoa-binh-2021';

const q = new URLSearchParams(location.search);
const period: FormPeriod = q.get('period') === 'annual' ? 'annual' : 'semiannual';
// A fixed clock makes the demo (and its browser test) independent of today's date.
const nowParam = q.get('now');
const output = document.getElementById('result')!;

const form = renderReportForm(document.getElementById('app')!, {
  plan: hoaBinh2021FormPlan,
  period,
  unit: q.get('unit') ?? 'so-noi-vu',
  lang: q.get('lang') === 'en' ? 'en' : 'vi',
  ...(nowParam ? { now: () => new Date(nowParam) } : {}),
  onSubmit(submission) {
    // A real page would POST it (option `submitUrl` + `token`); the demo shows it.
    output.textContent = JSON.stringify(submission, null, 2);
    output.hidden = false;
  },
});

// Exposed for the benchmark page and for debugging in the console.
(globalThis as { dvcqForm?: typeof form }).dvcqForm = form;
