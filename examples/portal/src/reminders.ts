// Nhắc hạn trong cổng — the API rows for reminders: a unit reads its notifications
// (reminders arrive there always, by e-mail too when DVCQ_SMTP_URL is set); the
// coordinator sees how the e-mail reminders went — failures and retries are
// shown, never dropped — and which units have no e-mail address.
import { type Lang, type Message, type Plan, expandUnitIds } from '@dvcq/core';
import { formatInstant } from '@dvcq/calendar';
import { type AuthFn, type Principal, type ReminderStatus, type Store, isStoreUnavailable } from '@dvcq/server';
import type { Route } from './http/router';

const M = {
  authMissing: { vi: 'Thiếu thông tin xác thực: hãy đăng nhập, hoặc gửi tiêu đề "Authorization: Bearer <khóa API của đơn vị>".', en: 'Missing credentials: sign in, or send "Authorization: Bearer <your unit\'s API key>".' },
  authInvalid: { vi: 'Phiên đăng nhập hoặc khóa API không hợp lệ (có thể đã hết hạn): hãy đăng nhập lại.', en: 'Invalid or expired session or API key: sign in again.' },
  consolidatorOnly: { vi: 'Chỉ cơ quan tổng hợp xem được tình hình gửi thư nhắc.', en: 'Only the consolidating body may see how reminders went.' },
  notFound: { vi: 'Không có thông báo này (hoặc đã đọc).', en: 'No such notification (or already read).' },
};

const _json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers } });
const _error = (status: number, code: string, message: Message, lang: Lang, headers: Record<string, string> = {}) =>
  _json(status, { error: { status, code, message, text: lang === 'en' ? message.en : message.vi } }, headers);
const _langOf = (request: Request, url: URL): Lang =>
  url.searchParams.get('lang') === 'en' || (url.searchParams.get('lang') !== 'vi' && /^\s*en\b/i.test(request.headers.get('accept-language') ?? '')) ? 'en' : 'vi';

/** Tùy chọn — what the reminder routes need. */
export interface ReminderRoutesOptions {
  store: Store;
  auth: AuthFn;
  plan: Plan;
  now: () => Date;
}

/** Trạng thái hiển thị — every reminder status, in the order the dashboard lists counts. */
export const REMINDER_STATUSES: readonly ReminderStatus[] = ['pending', 'sending', 'sent', 'retrying', 'failed', 'cancelled'];

/**
 * Tuyến nhắc hạn — `GET /api/notifications` (the caller's unit, newest first),
 * `POST /api/notifications/<id>/read`, `GET /api/reminders` (coordinator: counts by
 * status, every reminder being retried or given up with its error, units owing a
 * report without an e-mail address). 401/403 as the API; 503 while the database is down.
 */
export function reminderRoutes(options: ReminderRoutesOptions): Route[] {
  const { store, auth, plan } = options;
  const owing = new Set(plan.obligations.flatMap((o) => expandUnitIds(plan, o.owedBy)));
  const guarded =
    (fn: (who: Principal, request: Request, url: URL, lang: Lang) => Promise<Response>) =>
    async ({ request, url }: { request: Request; url: URL }): Promise<Response> => {
      const lang = _langOf(request, url);
      try {
        const who = await auth(request);
        if (!who) {
          if (!request.headers.get('authorization') && !request.headers.has('cookie')) return _error(401, 'auth.missing', M.authMissing, lang, { 'www-authenticate': 'Bearer' });
          return _error(401, 'auth.invalid', M.authInvalid, lang, { 'www-authenticate': 'Bearer error="invalid_token"' });
        }
        return await fn(who, request, url, lang);
      } catch (e) {
        if (isStoreUnavailable(e)) return _error(503, 'store.unavailable', e.text, lang, { 'retry-after': '5' });
        throw e;
      }
    };
  return [
    {
      path: '/api/notifications',
      methods: ['GET'],
      handle: guarded(async (who, _request, url) => {
        const unread = url.searchParams.get('unread') === '1';
        return _json(200, { notifications: await store.notifications.list({ unitId: who.unitId, unreadOnly: unread, limit: 50 }) });
      }),
    },
    {
      path: '/api/notifications/',
      prefix: true,
      methods: ['POST'],
      handle: guarded(async (who, _request, url, lang) => {
        const m = /^\/api\/notifications\/([A-Za-z0-9_-]{1,80})\/read$/.exec(url.pathname);
        if (!m || !(await store.notifications.markRead(m[1]!, who.unitId, formatInstant(options.now())))) return _error(404, 'notification.not-found', M.notFound, lang);
        return _json(200, { ok: true });
      }),
    },
    {
      path: '/api/reminders',
      methods: ['GET'],
      handle: guarded(async (who, _request, _url, lang) => {
        if (!who.readAll) return _error(403, 'auth.forbidden', M.consolidatorOnly, lang);
        const all = await store.reminders.list({ planId: plan.id, limit: 10_000 });
        const counts = Object.fromEntries(REMINDER_STATUSES.map((s) => [s, all.filter((r) => r.status === s).length]));
        const problems = all.filter((r) => r.status === 'retrying' || r.status === 'failed');
        const withAddress = new Set((await store.contacts.list()).map((c) => c.unitId));
        return _json(200, {
          counts,
          problems: problems.map((r) => ({ id: r.id, unitId: r.unitId, instanceKey: r.instanceKey, stage: r.stage, status: r.status, attempts: r.attempts, lastError: r.lastError ?? null, nextAttemptAt: r.status === 'retrying' ? formatInstant(r.nextAttemptMs) : null, updatedAt: r.updatedAt })),
          missingAddresses: [...owing].filter((u) => !withAddress.has(u)),
        });
      }),
    },
  ];
}
