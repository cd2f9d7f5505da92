// Báo cáo của đơn vị — `/my-reports`: the reports a unit sent (every submission and
// correction, newest first) with timeliness, review state and comments, and the reports it
// still owes. Server-rendered; every text escaped.
import { type Lang, type Message, type Plan, SUBMISSION_STATUS_LABELS } from '@dvcq/core';
import { type ObligationInstance, formatDateTimeVi, formatDateVi } from '@dvcq/calendar';
import type { ReportRecord } from '@dvcq/server';
import { type PageContext, type PageModule, esc, pick, withPlan } from './layout';
import { type ReviewStateView, instanceName, reportTimeliness, unitName } from './report';

/** Một dòng báo cáo đã nộp — one submission of the unit. */
export interface MyReportRow {
  record: ReportRecord;
  instance?: ObligationInstance;
  /** Receipt time of the first report of its correction chain. */
  firstReceivedAt: string;
  review?: ReviewStateView;
}

/** Một báo cáo còn nợ — an instance the unit owes and has not sent. */
export interface OwedRow {
  instance: ObligationInstance;
  /** `upcoming`, `open` or `overdue` at the server's clock. */
  status: string;
}

/** Dữ liệu trang — what `/my-reports` draws. */
export interface MyReportsData {
  plan: Plan;
  unitId: string;
  rows: readonly MyReportRow[];
  owed: readonly OwedRow[];
  /** The viewer reads every unit (coordinator): the page says whose reports these are. */
  readAll: boolean;
}

/** Trang báo cáo của đơn vị — the page module of `/my-reports`. */
export function myReportsPage(data: MyReportsData): PageModule {
  return {
    path: '/my-reports',
    title: () => ({ vi: `Báo cáo của đơn vị — ${unitName(data.plan, data.unitId, 'vi')}`, en: `Unit reports — ${unitName(data.plan, data.unitId, 'en')}` }),
    body: (ctx) => _body(data, ctx),
  };
}

function _body(data: MyReportsData, ctx: PageContext): string {
  const { lang } = ctx;
  const L = (vi: string, en: string) => (lang === 'en' ? en : vi);
  const owed =
    data.owed.length === 0
      ? ''
      : `<section id="my-owed"><h2>${esc(L('Báo cáo chưa nộp', 'Reports not yet sent'))}</h2><table><thead><tr><th>${esc(L('Kỳ báo cáo', 'Reporting period'))}</th><th>${esc(L('Hạn nộp', 'Deadline'))}</th><th>${esc(L('Tình trạng', 'Status'))}</th><th></th></tr></thead><tbody>${data.owed
          .map((o) => {
            const d = o.instance.deadline;
            const label = (SUBMISSION_STATUS_LABELS as Record<string, Message>)[o.status];
            return `<tr data-key="${esc(o.instance.key)}"><td>${esc(instanceName(o.instance, o.instance, lang))}</td><td>${esc(d.text || formatDateVi(d.date))}</td><td><span class="state-${esc(o.status)}">${esc(label ? pick(label, lang) : o.status)}</span></td><td>${data.readAll ? '' : `<a href="${esc(withPlan(ctx, `/form?period=${encodeURIComponent(o.instance.key)}`))}">${esc(L('Lập báo cáo', 'Fill in the report'))}</a>`}</td></tr>`;
          })
          .join('')}</tbody></table></section>`;
  const rows = data.rows
    .map((r) => {
      const rec = r.record;
      const t = reportTimeliness(r.firstReceivedAt, r.instance, r.review?.extendedTo);
      const correction = rec.replacedBy
        ? L('Đã được thay thế bởi bản sửa', 'Superseded by a correction')
        : rec.replaces
          ? L('Bản sửa (thay thế bản trước)', 'Correction (replaces an earlier one)')
          : '';
      const review = r.review
        ? `<span class="review-${esc(r.review.state)}" data-review-state="${esc(r.review.state)}">${esc(pick(r.review.label, lang))}</span>`
        : `<span class="portal-muted">${esc(L('Đã nộp', 'Submitted'))}</span>`;
      return `<tr data-report="${esc(rec.id)}"${rec.replacedBy ? ' class="is-superseded"' : ''}><td>${esc(instanceName(r.instance, rec, lang))}</td><td>${esc(rec.documentNumber)}</td><td><time datetime="${esc(rec.receivedAt)}">${esc(formatDateTimeVi(rec.receivedAt))}</time></td><td>${t ? `<span class="state-${t}">${esc(pick(SUBMISSION_STATUS_LABELS[t], lang))}</span>` : '—'}</td><td>${review}</td><td class="num">${r.review ? r.review.comments : '—'}</td><td>${esc(correction)}</td><td><a href="${esc(withPlan(ctx, `/reports/${encodeURIComponent(rec.id)}`))}">${esc(L('Xem', 'Open'))}</a></td></tr>`;
    })
    .join('');
  const list =
    data.rows.length === 0
      ? `<p id="my-none">${esc(L('Đơn vị chưa nộp báo cáo nào.', 'The unit has sent no report yet.'))}</p>`
      : `<table id="my-reports"><thead><tr><th>${esc(L('Kỳ báo cáo', 'Reporting period'))}</th><th>${esc(L('Số, ký hiệu', 'Number'))}</th><th>${esc(L('Thời điểm nhận', 'Received at'))}</th><th>${esc(L('Đúng hạn / trễ hạn', 'On time / late'))}</th><th>${esc(L('Tình trạng xem xét', 'Review state'))}</th><th>${esc(L('Ý kiến', 'Comments'))}</th><th>${esc(L('Sửa đổi', 'Corrections'))}</th><th></th></tr></thead><tbody>${rows}</tbody></table>`;
  const links = data.readAll
    ? `<p><a href="${esc(withPlan(ctx, '/dashboard'))}">${esc(L('Về trang theo dõi, tổng hợp', 'Back to the follow-up page'))}</a></p>`
    : `<p><a href="${esc(withPlan(ctx, '/form'))}">${esc(L('Trang lập báo cáo', 'Report form'))}</a></p>`;
  return `${links}${owed}<section><h2>${esc(L('Báo cáo đã nộp', 'Reports sent'))}</h2>${list}</section>`;
}
