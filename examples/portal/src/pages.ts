import type { Lang, Plan } from '@dvcq/core';
import type { calendarView } from '@dvcq/server';

/** Trang — which page to draw. */
export type PageKind = 'home' | 'form' | 'dashboard';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * Khung trang — the server-drawn HTML of a page: header, language switch, the
 * reporting calendar, and an empty container that the page's own script (served
 * from /static, no inline code) fills.
 */
export function pageHtml(kind: PageKind, ctx: { lang: Lang; plan: Plan; calendar: ReturnType<typeof calendarView>; coordinator: string; search?: URLSearchParams }): string {
  const { lang, plan } = ctx;
  const L = (vi: string, en: string) => (lang === 'en' ? en : vi);
  const other: Lang = lang === 'en' ? 'vi' : 'en';
  const path = kind === 'home' ? '/' : `/${kind}`;
  const switchQuery = new URLSearchParams(ctx.search);
  switchQuery.set('lang', other);
  const title =
    kind === 'form' ? L('Báo cáo của đơn vị', 'Unit report') : kind === 'dashboard' ? L('Theo dõi và tổng hợp (Sở Nội vụ)', 'Follow-up and consolidation (Department of Home Affairs)') : L('Cổng báo cáo công tác dân vận chính quyền', 'Government mass-mobilization reporting portal');
  const status: Record<string, [string, string]> = {
    upcoming: ['Chưa đến kỳ', 'Upcoming'],
    open: ['Đang trong hạn', 'Open'],
    overdue: ['Đã quá hạn', 'Past the deadline'],
  };
  const calRows = ctx.calendar.obligations
    .map((o) => `<tr><td>${esc(o.title[lang])}</td><td>${esc(o.deadline.text ?? o.deadline.date)}</td><td>${esc(o.deadline.reading[lang])}</td><td>${esc(L(...(status[o.status] ?? [o.status, o.status])))}</td><td>${o.owedBy.length}</td></tr>`)
    .join('');
  const calendar = `<section class="portal-calendar" aria-labelledby="cal-h"><h2 id="cal-h">${L('Lịch báo cáo', 'Reporting calendar')}</h2>
<p class="portal-muted">${L('Tính đến', 'As of')} <time>${esc(ctx.calendar.at)}</time> ${L('(giờ Việt Nam, UTC+7)', '(Việt Nam time, UTC+7)')}</p>
<table><thead><tr><th>${L('Báo cáo', 'Report')}</th><th>${L('Hạn theo kế hoạch', 'Deadline as written')}</th><th>${L('Cách hiểu hạn', 'How it is read')}</th><th>${L('Tình trạng', 'Status')}</th><th>${L('Số đơn vị phải nộp', 'Units owing')}</th></tr></thead><tbody>${calRows}</tbody></table></section>`;
  let body = '';
  if (kind === 'home') {
    body = `<p>${esc(plan.title[lang] ?? plan.title.vi)}</p>
<p>${L(
      'Mỗi đơn vị mở trang báo cáo bằng đường dẫn có mã truy cập của mình (in ra khi khởi động cổng và ghi trong <code>demo-tokens.json</code>), ví dụ <code>/form#token=…</code>. Sở Nội vụ mở <code>/dashboard#token=…</code> để theo dõi hạn nộp và tổng hợp.',
      'Each unit opens the report page with the link holding its access token (printed at start-up and written to <code>demo-tokens.json</code>), e.g. <code>/form#token=…</code>. The Department of Home Affairs opens <code>/dashboard#token=…</code> to follow deadlines and consolidate.',
    )}</p>
<ul><li><a href="/form?lang=${lang}">${L('Trang báo cáo của đơn vị', 'Unit report page')}</a></li><li><a href="/dashboard?lang=${lang}">${L('Trang theo dõi, tổng hợp', 'Follow-up and consolidation page')}</a></li></ul>
${calendar}`;
  } else if (kind === 'form') {
    body = `<div id="portal-status" class="portal-status" role="status" aria-live="polite"></div>
<div id="portal-controls" class="portal-controls" hidden>
<label for="portal-period">${L('Kỳ báo cáo', 'Reporting period')}</label>
<select id="portal-period"><option value="semiannual">${L('6 tháng', '6-month')}</option><option value="annual">${L('Năm', 'Annual')}</option></select>
</div>
<div id="portal-result" class="portal-result" role="status" aria-live="polite"></div>
<div id="app"></div>`;
  } else {
    body = `<div id="portal-status" class="portal-status" role="status" aria-live="polite"></div>
<div id="portal-controls" class="portal-controls" hidden>
<label for="portal-period">${L('Kỳ báo cáo', 'Reporting period')}</label>
<select id="portal-period"><option value="semiannual">${L('6 tháng', '6-month')}</option><option value="annual">${L('Năm', 'Annual')}</option></select>
<button type="button" id="portal-csv">${L('Tải CSV', 'Download CSV')}</button>
<button type="button" id="portal-xlsx">${L('Tải Excel (XLSX)', 'Download Excel (XLSX)')}</button>
</div>
<div id="dashboard"></div>`;
  }
  const script = kind === 'home' ? '' : `<script type="module" src="/static/${kind}.js"></script>`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} — DVCQ</title>
<link rel="stylesheet" href="/static/portal.css">
${script}
</head>
<body data-lang="${lang}" data-plan-year="${plan.year}" data-coordinator="${esc(ctx.coordinator)}">
<header class="portal-header"><a href="/?lang=${lang}" class="portal-home">DVCQ</a>
<h1>${esc(title)}</h1>
<nav><a href="${esc(`${path}?${switchQuery.toString()}`)}" hreflang="${other}" lang="${other}" id="portal-lang">${other === 'en' ? 'English' : 'Tiếng Việt'}</a></nav></header>
<main>${body}</main>
<footer class="portal-footer">${L('Cổng mẫu của DVCQ Kit — dữ liệu lưu trong SQLite của máy chủ này.', 'DVCQ Kit reference portal — data kept in this server\'s SQLite.')}</footer>
</body>
</html>`;
}
