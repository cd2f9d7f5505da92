// Trang theo dõi, tổng hợp của Sở Nội vụ (kế hoạch mục III.2) — deadlines and status
// per unit, completeness and timeliness, indicator totals, CSV/XLSX download.
import type { Aggregation } from '@dvcq/aggregate';
import { type CalendarInfo, api, defaultPeriod, el, pageLang, readToken, rememberPeriod, setStatus } from './common';

const KIND: Record<string, [string, string]> = {
  department: ['Sở, ban, ngành', 'Departments'],
  'district-committee': ['UBND cấp huyện', 'District committees'],
  'commune-committee': ['UBND cấp xã', 'Commune committees'],
};

async function start(): Promise<void> {
  const lang = pageLang();
  const L = (vi: string, en: string) => (lang === 'en' ? en : vi);
  const token = readToken();
  if (!token) {
    setStatus(L('Thiếu mã truy cập: mở trang bằng đường dẫn có mã của Sở Nội vụ (…/dashboard#token=…).', 'Missing access token: open this page with the Department of Home Affairs link (…/dashboard#token=…).'));
    return;
  }
  const me = await api('/api/me', token);
  const who = (await me.json().catch(() => ({}))) as { readAll?: boolean };
  if (me.status !== 200 || !who.readAll) {
    setStatus(L('Chỉ Sở Nội vụ (cơ quan tổng hợp) xem được trang này.', 'Only the Department of Home Affairs (the consolidating body) may open this page.'));
    return;
  }
  const cal = (await (await fetch('/api/calendar')).json()) as CalendarInfo;
  const year = Number(document.body.dataset.planYear);
  const select = document.getElementById('portal-period') as HTMLSelectElement;
  const root = document.getElementById('dashboard')!;
  document.getElementById('portal-controls')!.hidden = false;
  select.value = defaultPeriod(cal);

  const download = async (format: 'csv' | 'xlsx') => {
    const res = await api(`/api/aggregate?period=${select.value}&year=${year}&format=${format}&lang=${lang}`, token);
    if (!res.ok) return setStatus(`HTTP ${res.status}`);
    const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `tong-hop.${format}`;
    const a = el('a');
    a.href = URL.createObjectURL(await res.blob());
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
  };
  document.getElementById('portal-csv')!.addEventListener('click', () => void download('csv'));
  document.getElementById('portal-xlsx')!.addEventListener('click', () => void download('xlsx'));

  const draw = async () => {
    rememberPeriod(select.value);
    const res = await api(`/api/aggregate?period=${select.value}&year=${year}`, token);
    if (!res.ok) return setStatus(`HTTP ${res.status}`);
    const agg = (await res.json()) as Aggregation;
    setStatus(`${L('Tính đến', 'As of')} ${agg.asOf}`);
    root.replaceChildren();
    if (agg.obligation) {
      const d = agg.obligation.deadline;
      root.append(el('h2', agg.obligation.title[lang]), el('p', `${L('Hạn nộp', 'Deadline')}: ${d.text ?? d.date} — ${d.reading[lang]}`));
    }
    const s = agg.summary;
    const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 1000) / 10}%`);
    const cards = el('div', null, 'portal-cards');
    const card = (label: string, value: string | number, id: string) => {
      const c = el('div', null, 'portal-card');
      c.id = id;
      c.append(el('strong', value), el('span', label));
      cards.append(c);
    };
    card(L('Phải nộp', 'Owing'), s.owed, 'card-owed');
    card(L('Đã nộp', 'Submitted'), s.submitted, 'card-submitted');
    card(L('Đúng hạn', 'On time'), s.onTime, 'card-on-time');
    card(L('Trễ hạn', 'Late'), s.late, 'card-late');
    card(L('Quá hạn chưa nộp', 'Missing (overdue)'), s.missing, 'card-missing');
    card(L('Chưa nộp, còn trong hạn', 'Not submitted, still in time'), s.pending, 'card-pending');
    card(L('Tỷ lệ đầy đủ', 'Completeness'), pct(s.completeness), 'card-completeness');
    card(L('Tỷ lệ đúng hạn', 'Timeliness'), pct(s.timeliness), 'card-timeliness');
    root.append(cards);

    const table = (caption: string, head: string[], rows: Array<Array<string | number | null | HTMLElement>>, id: string) => {
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
        for (const c of r) {
          const td = el('td');
          if (c instanceof HTMLElement) td.append(c);
          else {
            td.textContent = c === null ? '' : String(c);
            if (typeof c === 'number') td.className = 'num';
          }
          row.append(td);
        }
        tb.append(row);
      }
      t.append(tb);
      root.append(t);
    };
    table(
      L('Tình trạng nộp báo cáo theo đơn vị', 'Report status per unit'),
      [L('Đơn vị', 'Unit'), L('Tình trạng', 'Status'), L('Thời điểm nộp', 'Submitted at'), L('Số, ký hiệu', 'Number')],
      agg.units.map((u) => {
        const st = el('span', agg.stateLabels[u.state][lang], `state-${u.state}`);
        st.dataset.unit = u.unitId;
        st.dataset.state = u.state;
        return [u.name[lang], st, u.submittedAt ?? null, u.documentNumber ?? null];
      }),
      'units',
    );
    const kinds = ['department', 'district-committee'];
    table(
      L('Tổng hợp chỉ tiêu', 'Indicator totals'),
      [L('Chỉ tiêu', 'Indicator'), L('Nội dung', 'Area'), L('Tổng / trung bình', 'Total / mean'), ...kinds.map((k) => L(...(KIND[k] ?? [k, k]))), L('Số đơn vị báo cáo', 'Units reporting')],
      agg.indicators.map((i) => [
        i.label[lang],
        i.areaId,
        i.type === 'count' ? i.total : i.mean === null ? null : `${i.mean}%`,
        ...kinds.map((k) => {
          const g = i.byKind[k as keyof typeof i.byKind];
          return g === undefined ? null : i.type === 'count' ? g.total : `${g.mean}%`;
        }),
        i.reported,
      ]),
      'indicators',
    );
    table(
      L('Tình hình thực hiện nhiệm vụ', 'Task status'),
      [L('Nhiệm vụ', 'Task'), L('Đã thực hiện', 'Done'), L('Đang thực hiện', 'In progress'), L('Chưa thực hiện', 'Not started'), L('Không thuộc phạm vi', 'N/A'), L('Chưa trả lời', 'No answer')],
      agg.tasks.map((t) => [t.taskId, t.counts.done, t.counts['in-progress'], t.counts['not-started'], t.counts['not-applicable'], t.counts['no-answer']]),
      'tasks',
    );
  };
  select.addEventListener('change', () => void draw());
  await draw();
}

void start();
