// Trang theo dõi, tổng hợp của cơ quan tổng hợp (the plan's coordinator) —
// deadlines and status per unit, completeness and timeliness, indicator totals by
// kind of unit, task status, CSV/XLSX download. Opens on the period that needs
// attention (GET /api/overview).
import { type Lang, type Message, type Plan, SUBMISSION_STATUS_LABELS, allTasks, formatNumber, formatPercent, shortTitle } from '@dvcq/core';
import { formatDateTimeVi, formatDateVi } from '@dvcq/calendar';
import { type Aggregation, indicatorByKindColumns, kindColumns } from '@dvcq/aggregate';
import type { Overview, OverviewPeriod } from '@dvcq/server';
import { api, chosenPeriod, download, el, pageLang, periodName, planPath, periodQuery, readBoot, readToken, rememberPeriod, setStatus, words } from './common';

const periodStatus = (s: string, lang: Lang) => (SUBMISSION_STATUS_LABELS as Record<string, Message>)[s]?.[lang] ?? s;

async function start(): Promise<void> {
  const lang = pageLang();
  const L = words(lang);
  const coordinatorName = document.querySelector('h1')?.textContent ?? '';
  const token = readToken();
  // Signed in: who we are, the periods and the plan's view are written into the page (src/boot.ts).
  const boot = readBoot<{ me: { readAll?: boolean }; overview: Overview; plan: Plan }>();
  if (!token && !boot) {
    setStatus(L('Chưa đăng nhập hoặc phiên đã hết hạn: hãy đăng nhập lại (/login).', 'Not signed in, or the session has ended: please sign in again (/login).'));
    return;
  }
  // Three requests at once when the page has no boot data: one round trip, not two.
  const [who, overview, plan] = boot
    ? [boot.me, boot.overview, boot.plan]
    : ((await Promise.all([
        api('/api/me', token).then((r) => (r.status === 200 ? r.json() : {})),
        api('/api/overview', token).then((r) => r.json()),
        fetch(planPath('/plan.json')).then((r) => r.json()),
      ])) as [{ readAll?: boolean }, Overview, Plan]);
  if (!who.readAll) {
    setStatus(L(`Chỉ cơ quan tổng hợp xem được trang này — ${coordinatorName}.`, `Only the consolidating body may open this page — ${coordinatorName}.`));
    return;
  }
  const taskTitle = new Map(allTasks(plan).map((t) => [t.id, { short: shortTitle(t.text[lang] || t.text.vi), full: t.text[lang] || t.text.vi }]));
  const select = document.getElementById('portal-period') as HTMLSelectElement;
  const attentionLine = document.getElementById('portal-attention')!;
  const root = document.getElementById('dashboard')!;
  for (const p of overview.periods) {
    const s = p.summary;
    const o = el('option', `${periodName(p, lang)} — ${periodStatus(p.status, lang).toLocaleLowerCase('vi')}${s ? ` (${s.submitted}/${s.owed})` : ''}`);
    o.value = p.key;
    select.append(o);
  }
  document.getElementById('portal-controls')!.hidden = false;
  const { period: first, fromAttention } = chosenPeriod(overview);
  if (!first) {
    setStatus(L('Kế hoạch không có kỳ báo cáo nào.', 'The plan has no reporting period.'));
    return;
  }
  select.value = first.key;
  if (fromAttention) {
    const s = first.summary;
    const why =
      first.status === 'overdue' && s
        ? L(`đã quá hạn, còn ${s.missing} đơn vị chưa nộp`, `past the deadline, ${s.missing} unit(s) still missing`)
        : first.status === 'open'
          ? L('đang trong hạn nộp', 'open for submissions')
          : L('kỳ sắp tới', 'the next period');
    attentionLine.textContent = `${L('Kỳ cần chú ý', 'Period needing attention')}: ${periodName(first, lang)} — ${why}.`;
    attentionLine.hidden = false;
  }
  const current = (): OverviewPeriod => overview.periods.find((p) => p.key === select.value) ?? first;
  const query = periodQuery;

  const exportFile = (format: 'csv' | 'xlsx' | 'docx') => download(`/api/aggregate?${query(current())}&format=${format}&lang=${lang}`, token, `tong-hop.${format}`);
  document.getElementById('portal-csv')!.addEventListener('click', () => void exportFile('csv'));
  document.getElementById('portal-xlsx')!.addEventListener('click', () => void exportFile('xlsx'));
  document.getElementById('portal-docx')!.addEventListener('click', () => void exportFile('docx'));

  const table = (caption: string, head: string[], rows: Array<Array<string | number | null | HTMLElement>>, id: string, numeric: ReadonlySet<number> = new Set()) => {
    const t = el('table');
    t.id = id;
    t.append(el('caption', caption));
    const tr = el('tr');
    for (const h of head) tr.append(el('th', h));
    t.append(el('thead'));
    t.tHead!.append(tr);
    const tb = el('tbody');
    for (const r of rows) {
      const row = el('tr');
      r.forEach((c, i) => {
        const td = el('td');
        if (c instanceof HTMLElement) td.append(c);
        else td.textContent = c === null ? '' : typeof c === 'number' ? formatNumber(c, { lang }) : c;
        if (numeric.has(i) || typeof c === 'number') td.className = 'num';
        row.append(td);
      });
      tb.append(row);
    }
    t.append(tb);
    root.append(t);
  };

  const draw = async () => {
    const p = current();
    rememberPeriod(p.key);
    const res = await api(`/api/aggregate?${query(p)}`, token);
    if (!res.ok) return setStatus(`HTTP ${res.status}`);
    const agg = (await res.json()) as Aggregation;
    setStatus(`${L('Tính đến', 'As of')} ${formatDateTimeVi(agg.asOf)} ${L('(giờ Việt Nam)', '(Việt Nam time)')}`);
    root.replaceChildren();
    // The instance's deadline as the calendar reads it (holidays of DVCQ_HOLIDAYS included).
    const d = p.deadline;
    root.append(el('h2', periodName(p, lang)), el('p', `${L('Hạn nộp', 'Deadline')}: ${d.text || formatDateVi(d.date)} — ${d.reading[lang]}`));
    const s = agg.summary;
    const cards = el('div', null, 'portal-cards');
    const card = (label: string, value: string, id: string) => {
      const c = el('div', null, 'portal-card');
      c.id = id;
      c.append(el('strong', value), el('span', label));
      cards.append(c);
    };
    card(L('Phải nộp', 'Owing'), formatNumber(s.owed, { lang }), 'card-owed');
    card(L('Đã nộp', 'Submitted'), formatNumber(s.submitted, { lang }), 'card-submitted');
    card(L('Đúng hạn', 'On time'), formatNumber(s.onTime, { lang }), 'card-on-time');
    card(L('Trễ hạn', 'Late'), formatNumber(s.late, { lang }), 'card-late');
    card(L('Quá hạn chưa nộp', 'Missing (overdue)'), formatNumber(s.missing, { lang }), 'card-missing');
    card(L('Chưa nộp, còn trong hạn', 'Not submitted, still in time'), formatNumber(s.pending, { lang }), 'card-pending');
    card(L('Tỷ lệ đầy đủ', 'Completeness'), formatPercent(s.completeness * 100, { lang }), 'card-completeness');
    card(L('Tỷ lệ đúng hạn', 'Timeliness'), s.timeliness === null ? '—' : formatPercent(s.timeliness * 100, { lang }), 'card-timeliness');
    root.append(cards);

    table(
      L('Tình trạng nộp báo cáo theo đơn vị', 'Report status per unit'),
      [L('Đơn vị', 'Unit'), L('Tình trạng', 'Status'), L('Thời điểm nộp', 'Submitted at'), L('Số, ký hiệu', 'Number'), L('Văn bản', 'Document')],
      agg.units.map((u) => {
        const st = el('span', agg.stateLabels[u.state][lang], `state-${u.state}`);
        st.dataset.unit = u.unitId;
        st.dataset.state = u.state;
        const at = u.submittedAt ? el('time', formatDateTimeVi(u.submittedAt)) : null;
        if (at && u.submittedAt) at.dateTime = u.submittedAt;
        let doc: HTMLElement | null = null;
        if (u.reportId) {
          const id = u.reportId;
          doc = el('button', 'DOCX', 'portal-link');
          (doc as HTMLButtonElement).type = 'button';
          doc.dataset.report = id;
          doc.setAttribute('aria-label', `${L('Tải văn bản báo cáo (DOCX) của', 'Download the report document (DOCX) of')} ${u.name[lang]}`);
          doc.addEventListener('click', () => void download(`/api/reports/${encodeURIComponent(id)}?format=docx&lang=${lang}`, token, `bao-cao-${u.unitId}.docx`));
        }
        // The unit's name opens its report as a page (/reports/:id) once it has sent one.
        let name: string | HTMLElement = u.name[lang];
        if (u.reportId) {
          const a = el('a', u.name[lang]);
          a.href = planPath(`/reports/${encodeURIComponent(u.reportId)}?lang=${lang}`);
          a.dataset.report = u.reportId;
          name = a;
        }
        return [name, st, at, u.documentNumber ?? null, doc];
      }),
      'units',
    );
    // One column per kind of unit the period concerns (aggregate's kindColumns), so the columns add up to the total.
    const columns = kindColumns(agg);
    table(
      L('Tổng hợp chỉ tiêu', 'Indicator totals'),
      [L('Chỉ tiêu', 'Indicator'), L('Nội dung', 'Area'), L('Tổng / trung bình', 'Total / mean'), ...columns.map((c) => c.label[lang]), L('Số đơn vị báo cáo', 'Units reporting')],
      agg.indicators.map((i) => [
        i.label[lang],
        i.areaId,
        i.type === 'count' ? i.total : i.mean === null ? '—' : formatPercent(i.mean, { lang }),
        ...indicatorByKindColumns(agg, i, columns).map((g) => (g.reported === 0 ? null : i.type === 'count' ? g.total : g.mean === null ? '—' : formatPercent(g.mean, { lang }))),
        i.reported,
      ]),
      'indicators',
      new Set([2, ...columns.map((_, n) => 3 + n)]),
    );
    table(
      L('Tình hình thực hiện nhiệm vụ', 'Task status'),
      [L('Nhiệm vụ', 'Task'), L('Đã thực hiện', 'Done'), L('Đang thực hiện', 'In progress'), L('Chưa thực hiện', 'Not started'), L('Không thuộc phạm vi', 'N/A'), L('Chưa trả lời', 'No answer')],
      agg.tasks.map((t) => {
        const title = taskTitle.get(t.taskId);
        const cell = el('span');
        cell.append(el('strong', t.taskId), ` ${title?.short ?? ''}`);
        if (title) cell.title = title.full;
        return [cell, t.counts.done, t.counts['in-progress'], t.counts['not-started'], t.counts['not-applicable'], t.counts['no-answer']];
      }),
      'tasks',
    );
  };
  select.addEventListener('change', () => void draw());
  await draw();
  await drawReminders(token, lang, plan, overview);
}

const REMINDER_STATUS: Record<string, Message> = {
  pending: { vi: 'Chờ gửi', en: 'Waiting' },
  sending: { vi: 'Đang gửi', en: 'Sending' },
  sent: { vi: 'Đã gửi', en: 'Sent' },
  retrying: { vi: 'Gửi lỗi, sẽ thử lại', en: 'Failed, will retry' },
  failed: { vi: 'Gửi thất bại', en: 'Failed' },
  cancelled: { vi: 'Không cần gửi nữa', en: 'No longer needed' },
};
const stageName = (stage: string, L: (vi: string, en: string) => string) => {
  const m = /^before-(\d+)$/.exec(stage);
  if (!m) return L('Sau hạn', 'After the deadline');
  return m[1] === '0' ? L('Ngày cuối được nộp', 'Last day to submit') : L(`${m[1]} ngày làm việc trước hạn`, `${m[1]} working day(s) before`);
};

/**
 * Nhắc hạn — how the e-mail reminders went (GET /api/reminders): counts by status,
 * every reminder being retried or given up with its error, units without an address.
 */
async function drawReminders(token: string | undefined, lang: Lang, plan: Plan, overview: Overview): Promise<void> {
  const L = words(lang);
  const res = await api('/api/reminders', token);
  if (!res.ok) return;
  const r = (await res.json()) as {
    counts: Record<string, number>;
    problems: Array<{ unitId: string; instanceKey: string; stage: string; status: string; attempts: number; lastError: string | null; nextAttemptAt: string | null }>;
    missingAddresses: string[];
  };
  const unitName = (id: string) => {
    const u = plan.orgUnits.find((x) => x.id === id);
    return u ? u.name[lang] || u.name.vi : id;
  };
  const periodOf = (key: string) => {
    const p = overview.periods.find((x) => x.key === key);
    return p ? periodName(p, lang) : key;
  };
  const section = document.getElementById('reminders')!;
  const counts = Object.entries(r.counts).filter(([, n]) => n > 0);
  document.getElementById('reminders-counts')!.textContent =
    counts.length === 0
      ? L('Chưa có thư nhắc nào (nhắc trong cổng luôn bật; thư điện tử khi đặt DVCQ_SMTP_URL).', 'No reminder e-mail yet (in-portal reminders are always on; e-mail when DVCQ_SMTP_URL is set).')
      : `${L('Thư nhắc', 'Reminder e-mails')}: ${counts.map(([s, n]) => `${(REMINDER_STATUS[s] ?? { vi: s, en: s })[lang]} ${formatNumber(n, { lang })}`).join(' · ')}`;
  const body = document.getElementById('reminders-body')!;
  body.replaceChildren();
  if (r.problems.length > 0) {
    const t = el('table');
    t.id = 'reminder-problems';
    t.append(el('caption', L('Thư nhắc gửi lỗi', 'Reminder e-mails that failed')));
    const head = el('tr');
    for (const h of [L('Đơn vị', 'Unit'), L('Báo cáo', 'Report'), L('Mốc nhắc', 'Reminder'), L('Tình trạng', 'Status'), L('Số lần thử', 'Attempts'), L('Lỗi', 'Error'), L('Thử lại lúc', 'Next attempt')]) head.append(el('th', h));
    t.append(el('thead'));
    t.tHead!.append(head);
    const tb = el('tbody');
    for (const p of r.problems) {
      const row = el('tr');
      row.dataset.unit = p.unitId;
      const st = el('span', (REMINDER_STATUS[p.status] ?? { vi: p.status, en: p.status })[lang], `reminder-${p.status}`);
      for (const c of [unitName(p.unitId), periodOf(p.instanceKey), stageName(p.stage, L), st, String(p.attempts), p.lastError ?? '', p.nextAttemptAt ? formatDateTimeVi(p.nextAttemptAt) : '']) {
        const td = el('td');
        td.append(c);
        row.append(td);
      }
      tb.append(row);
    }
    t.append(tb);
    body.append(t);
  }
  if (r.missingAddresses.length > 0) {
    body.append(
      el('p', `${L('Đơn vị chưa có địa chỉ thư điện tử (không nhận được thư nhắc, chỉ nhận trong cổng)', 'Units without an e-mail address (reminded in the portal only)')}: ${r.missingAddresses.map(unitName).join(', ')}`),
    );
  }
  section.hidden = false;
}

void start();
