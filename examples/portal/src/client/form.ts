// Trang báo cáo của đơn vị — the unit's report form, drawn by @dvcq/forms's own
// renderer with the same validateReport the server runs.
import type { Plan } from '@dvcq/core';
import { type ReportFormHandle, renderReportForm } from '@dvcq/forms/browser';
import { type CalendarInfo, api, defaultPeriod, el, pageLang, readToken, rememberPeriod, serverClock, setStatus } from './common';

async function start(): Promise<void> {
  const lang = pageLang();
  const L = (vi: string, en: string) => (lang === 'en' ? en : vi);
  const token = readToken();
  if (!token) {
    setStatus(L('Thiếu mã truy cập: mở trang này bằng đường dẫn có mã của đơn vị (…/form#token=…).', "Missing access token: open this page with your unit's link (…/form#token=…)."));
    return;
  }
  const meRes = await api('/api/me', token);
  if (meRes.status !== 200) {
    setStatus(L('Mã truy cập không hợp lệ.', 'Invalid access token.'));
    return;
  }
  const me = (await meRes.json()) as { unitId: string; name: { vi: string; en: string } | null };
  const [plan, cal] = (await Promise.all([fetch('/plan.json').then((r) => r.json()), fetch('/api/calendar').then((r) => r.json())])) as [Plan, CalendarInfo];
  const now = serverClock(cal);
  const app = document.getElementById('app')!;
  const result = document.getElementById('portal-result')!;
  const select = document.getElementById('portal-period') as HTMLSelectElement;
  document.getElementById('portal-controls')!.hidden = false;
  setStatus(`${L('Đơn vị', 'Unit')}: ${me.name ? me.name[lang] : me.unitId}`);
  let handle: ReportFormHandle | undefined;

  const draw = (period: 'semiannual' | 'annual') => {
    handle?.destroy();
    rememberPeriod(period);
    result.textContent = '';
    handle = renderReportForm(app, {
      plan,
      period,
      year: plan.year,
      unit: me.unitId,
      lang,
      now,
      storageKey: `dvcq-portal:${plan.id}:${me.unitId}:${period}:${plan.year}`,
      onSubmit: async (submission) => {
        const res = await api('/api/reports', token, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(submission) });
        const body = (await res.json().catch(() => ({}))) as {
          id?: string;
          receivedAt?: string;
          warnings?: Array<{ message: string }>;
          error?: { text: string };
          issues?: Array<{ path: string; message: string }>;
        };
        result.textContent = '';
        if (res.status === 201) {
          result.className = 'portal-result is-ok';
          result.dataset.reportId = body.id ?? '';
          result.append(el('p', L(`Đã nộp báo cáo. Mã hồ sơ: ${body.id}, nhận lúc ${body.receivedAt}.`, `Report submitted. Id: ${body.id}, received at ${body.receivedAt}.`)));
          for (const w of body.warnings ?? []) result.append(el('p', `⚠ ${w.message}`));
          handle?.clearDraft();
          return;
        }
        result.className = 'portal-result is-error';
        result.append(el('p', `HTTP ${res.status}: ${body.error?.text ?? ''}`));
        for (const i of body.issues ?? []) result.append(el('p', `${i.path}: ${i.message}`));
        throw new Error(`HTTP ${res.status}`);
      },
    });
  };
  select.value = defaultPeriod(cal);
  select.addEventListener('change', () => draw(select.value === 'annual' ? 'annual' : 'semiannual'));
  draw(select.value === 'annual' ? 'annual' : 'semiannual');
}

void start();
