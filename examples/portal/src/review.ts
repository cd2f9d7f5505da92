// Xem xét trong cổng — the review workflow's pages and forms, server-rendered (they work
// without script): the review panel under a report on /reports/:id (state, extension,
// open comments, history; Return / Accept for coordinator staff, Approve for the unit's
// head), the form posts of those steps, /extensions (coordinator staff grant, a unit sees
// its own) and /notifications (the unit's notices; mark as read). Every text a reviewer or
// a unit typed is escaped here. State changes go through @dvcq/server's review service
// (history, audit log, notifications); the CSRF check is app.ts's.
import { type Lang, type Message, type Plan, REPORT_FIELD_LABELS, allTasks, expandUnitIds, findUnit, isUnitValidOn } from '@dvcq/core';
import { type WorkingCalendar, formatDateTimeVi, formatDateVi, formatInstant, planInstances } from '@dvcq/calendar';
import {
  type AuthFn,
  type PortalNotification,
  type Principal,
  REVIEW_ACTION_LABELS,
  type ReviewComment,
  type ReviewRefusal,
  type ReviewService,
  type Store,
  clientAddress,
  isStoreUnavailable,
  readBodyLimited,
} from '@dvcq/server';
import type { Route } from './http/router';
import { errorPage } from './pages/error';
import { type PageContext, type PageModule, esc, pick, withPlan } from './pages/layout';
import type { ReadingReview } from './reading';
import type { ReviewStateView } from './pages/report';

/** Số dòng nhận xét theo mục — item comment rows offered by the Return form (empty ones are ignored). */
export const REVIEW_ITEM_ROWS = 3;

const M = {
  signIn: { vi: 'Hãy đăng nhập (401).', en: 'Sign in (401).' },
  bad: { vi: 'Yêu cầu không đọc được (400).', en: 'The request could not be read (400).' },
  unavailable: { vi: 'Cơ sở dữ liệu tạm thời không truy cập được; vui lòng thử lại sau ít phút (503).', en: 'The database is temporarily unreachable; please retry in a few minutes (503).' },
  notFound: { vi: 'Không có thông báo này, hoặc đã đọc (404).', en: 'No such notification, or already read (404).' },
} satisfies Record<string, Message>;

/** Tùy chọn — what the review pages need. */
export interface ReviewPagesOptions {
  review: ReviewService;
  store: Store;
  plan: Plan;
  auth: AuthFn;
  calendar: WorkingCalendar;
  /** Draws a page in the portal's layout (with the request's session: user, CSRF token). */
  render: (page: PageModule, url: URL, lang: Lang, status?: number, request?: Request) => Response | Promise<Response>;
  /** Clock (the portal's). */
  now: () => Date;
  /** The CSRF token of the request's session, written into the panel's forms. */
  csrfOf?: (request: Request) => Promise<string | undefined> | string | undefined;
}

const L = (lang: Lang) => (vi: string, en: string) => (lang === 'en' ? en : vi);
const _ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
const _seeOther = (location: string) => new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } });
const _langQuery = (lang: Lang, url: URL) => {
  const q = new URLSearchParams();
  if (lang === 'en') q.set('lang', 'en');
  const plan = url.searchParams.get('plan');
  if (plan) q.set('plan', plan);
  const s = q.toString();
  return s ? `?${s}` : '';
};
const _vnDate = (iso: string) => formatDateVi(iso);

/** Tên mục được nhận xét — core's field wording, or the task's id and (shortened) text. */
export function reviewTarget(c: ReviewComment, plan: Plan, lang: Lang): string {
  if (c.on === 'task') {
    const t = allTasks(plan).find((x) => x.id === c.taskId);
    const text = t ? pick(t.text, lang) : '';
    return `${lang === 'en' ? 'Task' : 'Nhiệm vụ'} ${c.taskId}${text ? ` — ${text.length > 120 ? `${text.slice(0, 120)}…` : text}` : ''}`;
  }
  const label = (REPORT_FIELD_LABELS as Record<string, Message>)[c.pointer];
  return label ? pick(label, lang) : c.pointer;
}

const _hidden = (csrf: string | undefined) => (csrf ? `<input type="hidden" name="_csrf" value="${esc(csrf)}">` : '');

/**
 * Xem xét cho trang đọc — the `ReadingReview` of the reading pages over the review service:
 * states for the lists and headers, and the panel under a report.
 */
export function reviewForReading(options: Pick<ReviewPagesOptions, 'review' | 'plan' | 'csrfOf'>): ReadingReview {
  const { review, plan } = options;
  return {
    async states(reportIds) {
      const out = new Map<string, ReviewStateView>();
      for (const id of reportIds) {
        const v = await review.view(id, { unitId: '', readAll: true });
        if ('ok' in v) continue;
        const own = v.events.filter((e) => e.reportId === id);
        const last = own[own.length - 1];
        out.set(id, {
          state: v.state,
          label: v.stateLabel,
          ...(last ? { at: last.at } : {}),
          comments: v.openComments ? v.openComments.comments.length + (v.openComments.comment ? 1 : 0) : 0,
          // The unit's extended deadline: the reading pages judge on time / late against it (reading).
          ...(v.extendedTo ? { extendedTo: v.extendedTo } : {}),
        });
      }
      return out;
    },
    async panel({ record, principal, lang, request }) {
      const v = await review.view(record.id, principal);
      if ('ok' in v) return '';
      const t = L(lang);
      const csrf = await options.csrfOf?.(request);
      const url = new URL(request.url);
      const parts: string[] = [`<h2 id="review-title">${esc(t('Xem xét báo cáo', 'Review'))}</h2>`];
      parts.push(`<p>${esc(t('Trạng thái', 'State'))}: <strong class="portal-review-state" data-state="${esc(v.state)}" id="review-state">${esc(pick(v.stateLabel, lang))}</strong></p>`);
      if (v.superseded) {
        parts.push(
          `<p>${esc(t('Đơn vị đã thay báo cáo này bằng bản sửa', 'The unit replaced this report by a correction'))}: <a href="/reports/${esc(encodeURIComponent(v.latestId))}${esc(_langQuery(lang, url))}" id="review-latest">${esc(t('mở bản mới nhất', 'open the latest'))}</a></p>`,
        );
      }
      if (v.extendedTo) parts.push(`<p>${esc(t('Được gia hạn đến hết ngày', 'Extended until the end of'))} ${esc(_vnDate(v.extendedTo))}</p>`);
      if (v.openComments) {
        const o = v.openComments;
        const items = o.comments.map((c) => `<li data-on="${esc(c.on)}"><strong>${esc(reviewTarget(c, plan, lang))}:</strong> ${esc(c.text)}</li>`).join('');
        parts.push(
          `<div class="portal-review-comments" id="review-comments"><p>${esc(t('Nhận xét khi trả lại', 'Comments on return'))} (${esc(formatDateTimeVi(o.at))}):</p>${o.comment ? `<p class="portal-review-overall">${esc(o.comment)}</p>` : ''}${items ? `<ul>${items}</ul>` : ''}</div>`,
        );
      }
      if (v.state === 'returned' && !v.superseded && principal.unitId === record.unitId) {
        const planParam = url.searchParams.get('plan');
        parts.push(`<p><a class="portal-button" id="review-fix" href="${esc(`/form?period=${encodeURIComponent(v.instanceKey ?? '')}${lang === 'en' ? '&lang=en' : ''}${planParam ? `&plan=${encodeURIComponent(planParam)}` : ''}`)}">${esc(t('Sửa và nộp lại trên biểu mẫu', 'Fix and resubmit on the form'))}</a></p>`);
      }
      // History: who, when, what, comment.
      const rows = v.events
        .map((e) => {
          const who = [e.actor.name, pick(findUnit(plan, e.actor.unitId)?.name ?? { vi: e.actor.unitId, en: e.actor.unitId }, lang)].filter(Boolean).join(' — ');
          const items = e.comments.map((c) => `<li><strong>${esc(reviewTarget(c, plan, lang))}:</strong> ${esc(c.text)}</li>`).join('');
          return `<tr data-action="${esc(e.action)}"><td>${esc(formatDateTimeVi(e.at))}</td><td>${esc(who)}</td><td>${esc(pick(REVIEW_ACTION_LABELS[e.action], lang))}${e.reportId !== record.id ? ` <span class="portal-muted">(${esc(t('bản', 'version'))} ${esc(e.reportId.slice(0, 8))})</span>` : ''}</td><td>${esc(e.comment ?? '')}${items ? `<ul>${items}</ul>` : ''}</td></tr>`;
        })
        .join('');
      parts.push(
        `<table class="portal-table" id="review-history"><caption>${esc(t('Lịch sử xem xét', 'Review history'))}</caption><thead><tr><th>${esc(t('Thời điểm', 'When'))}</th><th>${esc(t('Người thực hiện', 'Who'))}</th><th>${esc(t('Bước', 'Step'))}</th><th>${esc(t('Nhận xét', 'Comment'))}</th></tr></thead><tbody>${rows}</tbody></table>`,
      );
      const action = `/reports/${esc(encodeURIComponent(record.id))}/review${esc(_langQuery(lang, url))}`;
      if (v.allowed.includes('approve')) {
        parts.push(`<form method="post" action="${action}" id="review-approve-form">${_hidden(csrf)}<button type="submit" name="action" value="approve" id="review-approve">${esc(t('Duyệt và gửi cơ quan tổng hợp', 'Approve and send to the coordinating body'))}</button></form>`);
      }
      if (v.allowed.includes('return') || v.allowed.includes('accept')) {
        const tasks = typeof record.report.tasks === 'object' && record.report.tasks !== null ? Object.keys(record.report.tasks) : [];
        const skip = new Set(['/planId', '/period', '/periodIndex', '/obligationId', '/year', '/unitId', '/tasks']);
        const options = [
          `<option value="">${esc(t('— chọn mục —', '— choose an item —'))}</option>`,
          ...Object.entries(REPORT_FIELD_LABELS as Record<string, Message>)
            .filter(([p]) => !skip.has(p))
            .map(([p, label]) => `<option value="field:${esc(p)}">${esc(pick(label, lang))}</option>`),
          ...tasks.map((id) => `<option value="task:${esc(id)}">${esc(reviewTarget({ on: 'task', taskId: id, text: '' }, plan, lang))}</option>`),
        ].join('');
        const items = Array.from(
          { length: REVIEW_ITEM_ROWS },
          (_, i) =>
            `<li><select name="item-target-${i + 1}" id="review-item-target-${i + 1}" aria-label="${esc(t('Mục được nhận xét', 'Item commented on'))}">${options}</select> <textarea name="item-text-${i + 1}" id="review-item-text-${i + 1}" rows="2" maxlength="4000" aria-label="${esc(t('Nhận xét về mục này', 'Comment on this item'))}"></textarea></li>`,
        ).join('');
        parts.push(
          `<form method="post" action="${action}" id="review-form" class="portal-review-form">${_hidden(csrf)}
<p><label for="review-comment">${esc(t('Nhận xét chung', 'Overall comment'))}</label><br><textarea name="comment" id="review-comment" rows="3" maxlength="4000"></textarea></p>
<fieldset><legend>${esc(t('Nhận xét theo mục (khi trả lại; để trống nếu không cần)', 'Comments on items (when returning; leave empty if not needed)'))}</legend><ol>${items}</ol></fieldset>
<p>${v.allowed.includes('return') ? `<button type="submit" name="action" value="return" id="review-return">${esc(t('Trả lại để sửa', 'Return for correction'))}</button> ` : ''}${v.allowed.includes('accept') ? `<button type="submit" name="action" value="accept" id="review-accept">${esc(t('Tiếp nhận', 'Accept'))}</button>` : ''}</p>
</form>`,
        );
      }
      return parts.join('\n');
    },
  };
}

/** @internal A refusal as a page (403, 404, 409, 422) with a link back. */
function _refusalPage(r: Pick<ReviewRefusal, 'message'>, status: number, back: string): PageModule {
  const page = errorPage(status, r.message);
  return {
    ...page,
    body: (ctx: PageContext) => `${page.body(ctx)}<p><a href="${esc(back)}" id="portal-back">${ctx.lang === 'en' ? 'Back' : 'Quay lại'}</a></p>`,
  };
}

/** @internal Names of the owing units, for the extension form. */
function _owingUnits(plan: Plan, lastDay: string, obligationOwedBy: readonly string[]): string[] {
  return expandUnitIds(plan, obligationOwedBy).filter((id) => {
    const u = findUnit(plan, id);
    return u !== undefined && isUnitValidOn(u, lastDay);
  });
}

/**
 * Tuyến xem xét — `POST /reports/:id/review` (the panel's forms), `GET|POST /extensions`,
 * `POST /review-settings` (the administrator turns the unit-head approval on or off),
 * `GET /notifications`, `POST /notifications/:id/read`.
 */
export function reviewRoutes(options: ReviewPagesOptions): Route[] {
  const { review, store, plan, auth, render, calendar } = options;
  const instances = planInstances(plan, { calendar });
  const guarded =
    (fn: (who: Principal, req: { request: Request; url: URL; lang: Lang }) => Promise<Response>) =>
    async (req: { request: Request; url: URL; lang: Lang }): Promise<Response> => {
      try {
        const who = await auth(req.request);
        if (!who) return render(errorPage(401, M.signIn), req.url, req.lang, 401, req.request);
        return await fn(who, req);
      } catch (e) {
        if (isStoreUnavailable(e)) return render(errorPage(503, M.unavailable), req.url, req.lang, 503, req.request);
        throw e;
      }
    };
  const form = async (request: Request): Promise<URLSearchParams | undefined> => {
    const body = await readBodyLimited(request, 64 * 1024);
    return body.ok ? new URLSearchParams(body.text) : undefined;
  };
  const ctx = (request: Request) => {
    const ip = clientAddress(request);
    return ip ? { ip } : {};
  };

  const notificationsPage = (list: PortalNotification[], csrf: string | undefined): PageModule => ({
    path: '/notifications',
    title: () => ({ vi: 'Thông báo', en: 'Notifications' }),
    body: (c) => {
      const t = L(c.lang);
      const token = csrf ?? c.csrf;
      const items = list
        .map((n) => {
          const link = n.link !== undefined && /^\/(?![/\\])[^\s]*$/.test(n.link) ? n.link : undefined;
          const href = link ? `${link}${c.lang === 'en' ? `${link.includes('?') ? '&' : '?'}lang=en` : ''}` : undefined;
          return `<li class="${n.readAt ? 'is-read' : 'is-unread'}" data-kind="${esc(n.kind)}" data-notification="${esc(n.id)}"><strong>${esc(pick(n.title, c.lang))}</strong> <span class="portal-muted">${esc(formatDateTimeVi(n.createdAt))}</span><p>${esc(pick(n.body, c.lang))}</p>${href ? `<a href="${esc(href)}">${esc(t('Mở', 'Open'))}</a> ` : ''}${n.readAt ? '' : `<form method="post" action="${esc(withPlan(c, `/notifications/${encodeURIComponent(n.id)}/read`))}" class="portal-inline">${_hidden(token)}<button type="submit" class="portal-link">${esc(t('Đánh dấu đã đọc', 'Mark as read'))}</button></form>`}</li>`;
        })
        .join('');
      const unread = list.filter((n) => !n.readAt).length;
      return `<p id="portal-status" class="portal-status">${esc(list.length === 0 ? t('Không có thông báo.', 'No notifications.') : `${unread} ${t('thông báo chưa đọc', 'unread')}`)}</p><ul id="portal-notifications" class="portal-notifications">${items}</ul>`;
    },
  });

  const extensionsPage = (who: Principal, list: Awaited<ReturnType<ReviewService['listExtensions']>>, csrf: string | undefined, approval: boolean): PageModule => ({
    path: '/extensions',
    title: () => ({ vi: 'Gia hạn nộp báo cáo', en: 'Deadline extensions' }),
    body: (c) => {
      const t = L(c.lang);
      const token = csrf ?? c.csrf;
      const staff = who.role === 'coordinator' || who.role === 'admin';
      const label = new Map(instances.map((i) => [i.key, `${pick(i.title, c.lang)} — ${pick(i.label, c.lang)}`]));
      const rows = list.extensions
        .map(
          (x) =>
            `<tr data-unit="${esc(x.unitId)}" data-instance="${esc(x.instanceKey)}"><td>${esc(pick(findUnit(plan, x.unitId)?.name ?? { vi: x.unitId, en: x.unitId }, c.lang))}</td><td>${esc(label.get(x.instanceKey) ?? x.instanceKey)}</td><td>${esc(_vnDate(x.lastDay))}</td><td>${esc(x.reason)}</td><td>${esc(x.grantedByName ?? x.grantedBy)} · ${esc(formatDateTimeVi(x.grantedAt))}</td></tr>`,
        )
        .join('');
      const table = `<table class="portal-table" id="extensions"><caption>${esc(t('Gia hạn đang có hiệu lực', 'Extensions in force'))}</caption><thead><tr><th>${esc(t('Đơn vị', 'Unit'))}</th><th>${esc(t('Báo cáo', 'Report'))}</th><th>${esc(t('Hạn mới (đến hết ngày)', 'New deadline (end of day)'))}</th><th>${esc(t('Lý do', 'Reason'))}</th><th>${esc(t('Người gia hạn', 'Granted by'))}</th></tr></thead><tbody>${rows || `<tr><td colspan="5">${esc(t('Chưa có gia hạn nào.', 'No extension yet.'))}</td></tr>`}</tbody></table>`;
      // The administrator's setting: the unit head approves before a report leaves the unit.
      const setting =
        who.role === 'admin'
          ? `<form method="post" action="${esc(withPlan(c, '/review-settings'))}" id="approval-form" class="portal-form">${_hidden(token)}<p>${esc(t('Lãnh đạo đơn vị duyệt báo cáo trước khi gửi', 'The unit head approves a report before it is sent'))}: <strong id="approval-state">${esc(approval ? t('đang bật', 'on') : t('đang tắt', 'off'))}</strong> <input type="hidden" name="approvalRequired" value="${approval ? 'false' : 'true'}"><button type="submit" id="approval-toggle">${esc(approval ? t('Tắt', 'Turn off') : t('Bật', 'Turn on'))}</button></p></form>`
          : '';
      if (!staff) return table;
      const units = new Set(instances.flatMap((i) => _owingUnits(plan, i.deadline.lastDay, plan.obligations.find((o) => o.id === i.obligationId)?.owedBy ?? [])));
      const unitOptions = [...units]
        .filter((u) => u !== who.unitId)
        .map((u) => `<option value="${esc(u)}">${esc(pick(findUnit(plan, u)!.name, c.lang))}</option>`)
        .join('');
      const instOptions = instances.map((i) => `<option value="${esc(i.key)}">${esc(label.get(i.key)!)} (${esc(t('hạn', 'due'))} ${esc(_vnDate(i.deadline.lastDay))})</option>`).join('');
      return `<form method="post" action="${esc(withPlan(c, '/extensions'))}" id="extension-form" class="portal-form">${_hidden(token)}
<p><label for="extension-unit">${esc(t('Đơn vị', 'Unit'))}</label><br><select name="unitId" id="extension-unit" required>${unitOptions}</select></p>
<p><label for="extension-instance">${esc(t('Báo cáo', 'Report'))}</label><br><select name="instanceKey" id="extension-instance" required>${instOptions}</select></p>
<p><label for="extension-day">${esc(t('Hạn mới: nộp đến hết ngày', 'New deadline: until the end of'))}</label><br><input type="date" name="lastDay" id="extension-day" required></p>
<p><label for="extension-reason">${esc(t('Lý do gia hạn', 'Reason'))}</label><br><textarea name="reason" id="extension-reason" rows="2" maxlength="1000" required></textarea></p>
<p><button type="submit" id="extension-grant">${esc(t('Gia hạn', 'Grant the extension'))}</button></p>
</form>
${setting}
${table}`;
    },
  });

  return [
    {
      path: '/reports/',
      prefix: true,
      methods: ['POST'],
      handle: guarded(async (who, { request, url, lang }) => {
        const m = /^\/reports\/([^/]+)\/review$/.exec(url.pathname);
        const id = m?.[1];
        const back = `/reports/${encodeURIComponent(id ?? '')}${_langQuery(lang, url)}`;
        if (!id || !_ID.test(id)) return render(errorPage(404, { vi: 'Không có báo cáo này (404).', en: 'No such report (404).' }), url, lang, 404, request);
        const f = await form(request);
        if (!f) return render(errorPage(400, M.bad), url, lang, 400, request);
        const comments: Array<Record<string, string>> = [];
        for (let i = 1; i <= REVIEW_ITEM_ROWS; i++) {
          const target = f.get(`item-target-${i}`) ?? '';
          const text = (f.get(`item-text-${i}`) ?? '').trim();
          if (text === '' || target === '') continue;
          comments.push(target.startsWith('task:') ? { on: 'task', taskId: target.slice(5), text } : { on: 'field', pointer: target.slice(6), text });
        }
        const action = f.get('action') ?? '';
        const r = await review.decide(id, who, { action, comment: f.get('comment') ?? '', ...(action === 'return' ? { comments } : {}) }, ctx(request));
        if (!r.ok) return render(_refusalPage(r, r.status, back), url, lang, r.status, request);
        return _seeOther(`${back}#review`);
      }),
    },
    {
      path: '/extensions',
      methods: ['GET', 'POST'],
      handle: guarded(async (who, { request, url, lang }) => {
        const csrf = await options.csrfOf?.(request);
        if (request.method.toUpperCase() === 'POST') {
          const f = await form(request);
          if (!f) return render(errorPage(400, M.bad), url, lang, 400, request);
          const r = await review.grantExtension(who, { unitId: f.get('unitId'), instanceKey: f.get('instanceKey'), lastDay: f.get('lastDay'), reason: f.get('reason') }, ctx(request));
          if (!r.ok) return render(_refusalPage(r, r.status, `/extensions${_langQuery(lang, url)}`), url, lang, r.status, request);
          return _seeOther(`/extensions${_langQuery(lang, url)}`);
        }
        const page = await render(extensionsPage(who, await review.listExtensions(who), csrf, await review.approvalRequired()), url, lang, 200, request);
        page.headers.set('cache-control', 'private, no-store');
        return page;
      }),
    },
    {
      path: '/review-settings',
      methods: ['POST'],
      handle: guarded(async (who, { request, url, lang }) => {
        const f = await form(request);
        if (!f) return render(errorPage(400, M.bad), url, lang, 400, request);
        const value = f.get('approvalRequired');
        const r = await review.setApprovalRequired(who, value === 'true' ? true : value === 'false' ? false : value, ctx(request));
        if (!r.ok) return render(_refusalPage(r, r.status, `/extensions${_langQuery(lang, url)}`), url, lang, r.status, request);
        return _seeOther(`/extensions${_langQuery(lang, url)}`);
      }),
    },
    {
      path: '/notifications',
      methods: ['GET'],
      handle: guarded(async (who, { request, url, lang }) => {
        const list = await store.notifications.list({ unitId: who.unitId, limit: 100 });
        const page = await render(notificationsPage(list, await options.csrfOf?.(request)), url, lang, 200, request);
        page.headers.set('cache-control', 'private, no-store');
        return page;
      }),
    },
    {
      path: '/notifications/',
      prefix: true,
      methods: ['POST'],
      handle: guarded(async (who, { request, url, lang }) => {
        const m = /^\/notifications\/([A-Za-z0-9_-]{1,80})\/read$/.exec(url.pathname);
        if (!m || !(await store.notifications.markRead(m[1]!, who.unitId, formatInstant(options.now())))) return render(errorPage(404, M.notFound), url, lang, 404, request);
        return _seeOther(`/notifications${_langQuery(lang, url)}`);
      }),
    },
  ];
}
