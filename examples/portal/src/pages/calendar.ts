// Lịch báo cáo — the reporting calendar table shown on the home page.
import { type Message, SUBMISSION_STATUS_LABELS } from '@dvcq/core';
import { formatDateTimeVi, formatDateVi } from '@dvcq/calendar';
import { type PageContext, esc, pick } from './layout';


/** Bảng lịch báo cáo — every report asked for, its deadline as written, its reading, status and how many units owe it. */
export function calendarSection(ctx: PageContext): string {
  const { lang } = ctx;
  const L = (vi: string, en: string) => (lang === 'en' ? en : vi);
  // One row per report asked for: each month, quarter or period of an obligation.
  const rows = ctx.calendar.instances
    .map((i) => {
      const status = (SUBMISSION_STATUS_LABELS as Record<string, Message>)[i.status];
      const name = pick(i.title, lang) === pick(i.label, lang) ? pick(i.title, lang) : `${pick(i.title, lang)} — ${pick(i.label, lang)}`;
      return `<tr data-key="${esc(i.key)}"><td>${esc(name)}</td><td>${esc(i.deadline.text || formatDateVi(i.deadline.date))}</td><td>${esc(pick(i.deadline.reading, lang))}</td><td>${esc(status ? pick(status, lang) : i.status)}</td><td class="num">${i.owedBy.length}</td></tr>`;
    })
    .join('');
  return `<section class="portal-calendar" aria-labelledby="cal-h"><h2 id="cal-h">${L('Lịch báo cáo', 'Reporting calendar')}</h2>
<p class="portal-muted">${L('Tính đến', 'As of')} <time datetime="${esc(ctx.calendar.at)}">${esc(formatDateTimeVi(ctx.calendar.at))}</time> ${L('(giờ Việt Nam, UTC+7)', '(Việt Nam time, UTC+7)')}</p>
<table><thead><tr><th>${L('Báo cáo', 'Report')}</th><th>${L('Hạn theo kế hoạch', 'Deadline as written')}</th><th>${L('Cách hiểu hạn', 'How it is read')}</th><th>${L('Tình trạng', 'Status')}</th><th>${L('Số đơn vị phải nộp', 'Units owing')}</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}
