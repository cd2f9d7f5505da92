// Trang báo cáo của đơn vị — the unit's report form, drawn by @dvcq/forms's own
// renderer with the same validateReport the server runs.
import { type Lang, type Message, type Plan, SUBMISSION_STATUS_LABELS } from '@dvcq/core';
import { type FormPeriod, type ReportFormHandle, renderReportForm } from '@dvcq/forms/browser';
import type { Overview, OverviewPeriod } from '@dvcq/server';
import type { ContextTables } from '@dvcq/report/browser';
import { formatDateTimeVi } from '@dvcq/calendar';
import { showReviewOnForm } from './form-review';
import { api, chosenPeriod, download, el, pageLang, periodName, planPath, readBoot, readToken, rememberPeriod, serverClock, setStatus, words } from './common';

type Me = { unitId: string; name: { vi: string; en: string } | null };

const NOT_OWED: Message = { vi: 'không phải nộp', en: 'not owed' };
const ownState = (state: string | undefined, lang: Lang) =>
  ((SUBMISSION_STATUS_LABELS as Record<string, Message>)[state ?? ''] ?? NOT_OWED)[lang].toLocaleLowerCase(lang === 'vi' ? 'vi' : 'en');

async function start(): Promise<void> {
  const lang = pageLang();
  const L = words(lang);
  const token = readToken();
  // Signed in: the server wrote who we are, the periods and the plan's form view into the page.
  const boot = readBoot<{ me: Me; overview: Overview; plan: Plan; context: ContextTables }>();
  if (!token && !boot) {
    setStatus(L('Chưa đăng nhập hoặc phiên đã hết hạn: hãy đăng nhập lại (/login).', 'Not signed in, or the session has ended: please sign in again (/login).'));
    return;
  }
  let me: Me, plan: Plan, overview: Overview, context: ContextTables;
  if (boot) ({ me, plan, overview, context } = boot);
  else {
    // Four requests at once: one round trip, not two.
    const [meRes, p, o, c] = await Promise.all([
      api('/api/me', token),
      fetch(planPath('/plan.json')).then((r) => r.json() as Promise<Plan>),
      api('/api/overview', token).then((r) => r.json() as Promise<Overview>),
      fetch(planPath('/report-context.json')).then((r) => r.json() as Promise<ContextTables>),
    ]);
    if (meRes.status !== 200) {
      setStatus(L('Mã truy cập không hợp lệ.', 'Invalid access token.'));
      return;
    }
    me = (await meRes.json()) as Me;
    plan = p;
    overview = o;
    context = c;
  }
  const now = serverClock(overview.asOf);
  const app = document.getElementById('app')!;
  const result = document.getElementById('portal-result')!;
  const select = document.getElementById('portal-period') as HTMLSelectElement;
  const stateLine = document.getElementById('portal-period-state')!;
  const docxButton = document.getElementById('portal-docx') as HTMLButtonElement;
  const reviewBox = document.getElementById('portal-review-box')!;
  let docxReport: string | undefined;
  // The unit's report as an official document (DOCX), once it has one for the period shown.
  const showDocx = (reportId: string | undefined) => {
    docxReport = reportId;
    docxButton.hidden = reportId === undefined;
    // The submitted report as a page (/reports/:id), beside its DOCX.
    const view = document.getElementById('portal-view') as HTMLAnchorElement | null;
    if (view) {
      view.hidden = reportId === undefined;
      if (reportId) view.href = planPath(`/reports/${encodeURIComponent(reportId)}?lang=${lang}`);
    }
  };
  docxButton.addEventListener('click', () => {
    if (docxReport) void download(`/api/reports/${encodeURIComponent(docxReport)}?format=docx&lang=${lang}`, token, 'bao-cao.docx');
  });
  const owed = overview.periods.filter((p) => p.own?.state !== 'not-owed');
  for (const p of owed) {
    const o = el('option', `${periodName(p, lang)} — ${ownState(p.own?.state, lang)}`);
    o.value = p.key;
    select.append(o);
  }
  document.getElementById('portal-controls')!.hidden = false;
  setStatus(`${L('Đơn vị', 'Unit')}: ${me.name ? me.name[lang] : me.unitId}`);
  if (owed.length === 0) {
    setStatus(L('Đơn vị này không phải nộp báo cáo nào theo kế hoạch.', 'This unit owes no report under the plan.'));
    return;
  }
  let handle: ReportFormHandle | undefined;

  const draw = (p: OverviewPeriod) => {
    handle?.destroy();
    rememberPeriod(p.key);
    result.textContent = '';
    const own = p.own;
    stateLine.textContent = own?.submittedAt ? `${L('Đã nộp lúc', 'Submitted at')} ${formatDateTimeVi(own.submittedAt)}` : '';
    // An extension granted to the unit ("gia hạn"): its new last day, shown before anything is sent too.
    if (own?.extendedTo) stateLine.textContent += `${stateLine.textContent ? ' · ' : ''}${L('Được gia hạn đến hết ngày', 'Extended until the end of')} ${own.extendedTo.split('-').reverse().join('/')}`;
    showDocx(own?.reportId);
    const storageKey = `dvcq-portal:${plan.id}:${me.unitId}:${p.key}`;
    const hasDraft = (() => {
      try {
        return localStorage.getItem(storageKey) !== null;
      } catch {
        return false;
      }
    })();
    handle = renderReportForm(app, {
      plan,
      context,
      period: p.period as FormPeriod,
      year: p.year,
      ...(p.periodIndex !== undefined ? { periodIndex: p.periodIndex } : {}),
      // Named only when the period alone does not tell which report it is (e.g. several one-off reports).
      ...(overview.periods.filter((x) => x.period === p.period && x.year === p.year && x.periodIndex === p.periodIndex).length > 1 ? { obligationId: p.obligationId } : {}),
      unit: me.unitId,
      lang,
      // One language switch per page: the portal's, in the header (it redraws the whole page).
      languageSwitch: false,
      now,
      storageKey,
      onSubmit: async (submission) => {
        // A unit that already sent a report for the period sends a correction of it (the earlier one stays in the history).
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (p.own?.reportId) headers['x-dvcq-replaces'] = p.own.reportId;
        const res = await api('/api/reports', token, { method: 'POST', headers, body: JSON.stringify(submission) });
        const body = (await res.json().catch(() => ({}))) as {
          id?: string;
          receivedAt?: string;
          warnings?: Array<{ code: string; message: string }>;
          error?: { text: string };
          issues?: Array<{ path: string; message: string }>;
        };
        result.textContent = '';
        if (res.status === 201) {
          result.className = 'portal-result is-ok';
          result.dataset.reportId = body.id ?? '';
          const at = body.receivedAt ? formatDateTimeVi(body.receivedAt) : '';
          result.append(el('p', L(`Đã nộp báo cáo. Mã hồ sơ: ${body.id}, nhận lúc ${at}.`, `Report submitted. Id: ${body.id}, received at ${at}.`)));
          for (const w of body.warnings ?? []) result.append(el('p', `⚠ ${w.message}`));
          if (body.id) {
            showDocx(body.id);
            const late = (body.warnings ?? []).some((w) => w.code === 'report.late');
            p.own = { state: late ? 'late' : 'on-time', reportId: body.id, ...(body.receivedAt ? { submittedAt: body.receivedAt } : {}) };
          }
          handle?.clearDraft();
          if (body.id && handle) void showReviewOnForm({ token, lang, plan, reportId: body.id, box: reviewBox, form: app, handle, hasDraft: true });
          return;
        }
        result.className = 'portal-result is-error';
        result.append(el('p', `HTTP ${res.status}: ${body.error?.text ?? ''}`));
        for (const i of body.issues ?? []) result.append(el('p', `${i.path}: ${i.message}`));
        throw new Error(`HTTP ${res.status}`);
      },
    });
    if (own?.reportId && handle) void showReviewOnForm({ token, lang, plan, reportId: own.reportId, box: reviewBox, form: app, handle, hasDraft });
    else reviewBox.hidden = true;
  };
  const first = chosenPeriod({ ...overview, periods: owed }).period ?? owed[0]!;
  select.value = first.key;
  void showNotices(token, lang, (key) => {
    const p = owed.find((x) => x.key === key);
    if (p) {
      select.value = p.key;
      draw(p);
    }
  });
  select.addEventListener('change', () => {
    const p = owed.find((x) => x.key === select.value);
    if (p) draw(p);
  });
  draw(first);
}

/**
 * Nhắc hạn của đơn vị — the unit's unread reminders (GET /api/notifications?unread=1):
 * title and text in the page language, a button opening the report it is about,
 * one marking it seen (POST /api/notifications/<id>/read).
 */
async function showNotices(token: string | undefined, lang: Lang, open: (instanceKey: string) => void): Promise<void> {
  const L = words(lang);
  const res = await api('/api/notifications?unread=1', token);
  if (!res.ok) return;
  const { notifications } = (await res.json()) as { notifications: Array<{ id: string; title: Message; body: Message; data: { instanceKey?: string } }> };
  const box = document.getElementById('portal-notices')!;
  const list = document.getElementById('portal-notices-list')!;
  list.replaceChildren();
  for (const n of notifications) {
    const li = el('li');
    li.dataset.notification = n.id;
    li.append(el('strong', n.title[lang] || n.title.vi), el('br'), el('span', n.body[lang] || n.body.vi), el('br'));
    const key = n.data.instanceKey;
    if (key) {
      const go = el('button', L('Mở báo cáo này', 'Open this report'), 'portal-link');
      go.type = 'button';
      go.addEventListener('click', () => open(key));
      li.append(go, ' ');
    }
    const seen = el('button', L('Đã xem', 'Dismiss'), 'portal-link');
    seen.type = 'button';
    seen.addEventListener('click', () => {
      void api(`/api/notifications/${encodeURIComponent(n.id)}/read`, token, { method: 'POST' }).then((r) => {
        if (r.ok) li.remove();
        box.hidden = list.childElementCount === 0;
      });
    });
    li.append(seen);
    list.append(li);
  }
  box.hidden = notifications.length === 0;
}

void start();
