// Cổng như một bộ xử lý fetch — the whole portal as one `Request → Response`
// function: a routing table of page modules, static assets and the API of
// @dvcq/server. Node serves it through toNodeListener (which turns any request it
// cannot read into a 400); tests can call it directly.
import { createHash } from 'node:crypto';
import { type Plan, findUnit } from '@dvcq/core';
import { type WorkingCalendar, createWorkingCalendar } from '@dvcq/calendar';
import { type ReportStore, type Store, calendarView, createReportHandler, isRole } from '@dvcq/server';
import type { PortalAccounts, PortalSession } from './accounts';
import { reportContext } from '@dvcq/report';
import { EXPORT_FORMATS } from '@dvcq/aggregate';
import { consolidatedDocxFormat } from '@dvcq/documents';
import { unitReportDocxFormat } from './documents';
import type { Assets } from './http/assets';
import { compressResponse } from './http/compress';
import { reminderRoutes } from './reminders';
import { type Route, matchRoute } from './http/router';
import { dashboardPage } from './pages/dashboard';
import { PAGE_ERRORS, errorPage } from './pages/error';
import { formPage } from './pages/form';
import { homePage } from './pages/home';
import { type PageContext, type PageModule, renderPage } from './pages/layout';

/** Tùy chọn cổng — what the portal serves. */
export interface PortalOptions {
  plan: Plan;
  coordinator: string;
  store: ReportStore;
  /** Sign-in, sessions, API keys, the CSRF check and the account pages (see ./accounts). */
  accounts: PortalAccounts;
  now: () => Date;
  assets: Assets;
  /** The working calendar (built-in holidays plus DVCQ_HOLIDAYS) every deadline is counted with. */
  calendar?: WorkingCalendar;
  /** The whole store (notifications, reminders, contacts): adds the reminder API rows. */
  fullStore?: Store;
}

/** Tiêu đề bảo mật — sent with every answer. No inline code or style anywhere. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/** Các trang — the page modules, each a row of the routing table. */
export const PAGES: readonly PageModule[] = [homePage, formPage, dashboardPage];

/**
 * Tạo cổng — the portal's fetch handler.
 * @returns `(request) => Promise<Response>`; it never rejects
 */
export function createPortalHandler(options: PortalOptions): (request: Request) => Promise<Response> {
  const { plan, coordinator, assets, now } = options;
  const calendar = options.calendar ?? createWorkingCalendar();
  const api = createReportHandler({
    plan,
    store: options.store,
    now,
    auth: options.accounts.auth,
    calendar,
    exportFormats: [...EXPORT_FORMATS, consolidatedDocxFormat],
    reportFormats: [unitReportDocxFormat(plan)],
  });
  const planJson = JSON.stringify(plan);
  // The report context (every report the plan asks for, deadlines counted with this
  // calendar): the form page validates with it, so a plan with deadline rules works in
  // the browser without @dvcq/calendar's holiday tables.
  const contextJson = JSON.stringify(reportContext(plan, { calendar }));
  const planTag = `"${createHash('sha256').update(planJson).digest('base64url').slice(0, 27)}"`;
  const coordinatorUnit = findUnit(plan, coordinator);

  const { accounts } = options;
  const context = (url: URL, lang: 'vi' | 'en', session?: PortalSession): PageContext => ({
    lang,
    plan,
    coordinator,
    coordinatorName: coordinatorUnit ? (lang === 'en' ? coordinatorUnit.name.en || coordinatorUnit.name.vi : coordinatorUnit.name.vi) : coordinator,
    calendar: calendarView(plan, now(), { calendar }),
    search: url.searchParams,
    assets,
    ...(session && isRole(session.user.role)
      ? { user: { id: session.user.id, login: session.user.login, name: session.user.name, role: session.user.role, unitId: session.user.unitId }, csrf: session.csrf }
      : {}),
  });

  const staticFile = (request: Request, file: string) => assets.serve(file, request.headers.get('accept-encoding'));
  const routes: Route[] = [
    ...accounts.routes(context),
    ...(options.fullStore ? reminderRoutes({ store: options.fullStore, auth: accounts.auth, plan, now }) : []),
    { path: '/api/', prefix: true, methods: ['*'], handle: ({ request }) => api(request) },
    { path: '/static/', prefix: true, methods: ['GET'], handle: ({ request, url, lang }) => staticFile(request, url.pathname.slice('/static/'.length)) ?? renderPage(errorPage(404, PAGE_ERRORS.notFound), context(url, lang), 404) },
    { path: '/favicon.ico', methods: ['GET'], handle: ({ request }) => staticFile(request, 'favicon.ico')! },
    {
      path: '/plan.json',
      methods: ['GET'],
      handle: ({ request }) =>
        request.headers.get('if-none-match') === planTag
          ? new Response(null, { status: 304, headers: { etag: planTag, 'cache-control': 'no-cache' } })
          : new Response(planJson, { status: 200, headers: { 'content-type': 'application/json; charset=utf-8', etag: planTag, 'cache-control': 'no-cache' } }),
    },
    {
      path: '/report-context.json',
      methods: ['GET'],
      handle: () => new Response(contextJson, { status: 200, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' } }),
    },
    ...PAGES.map((page): Route => ({ path: page.path, methods: ['GET'], handle: ({ request, url, lang }) => accounts.page(page, request, url, lang, context) })),
  ];

  return async (request: Request): Promise<Response> => {
    let response: Response;
    try {
      const url = new URL(request.url);
      const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'vi';
      const match = matchRoute(routes, request.method, url.pathname);
      // Every state change passes the CSRF check first (cookie sessions; API keys are exempt).
      const refused = 'route' in match ? await accounts.csrfGuard(request, lang) : undefined;
      if (refused) response = refused;
      else if ('route' in match) response = await match.route.handle({ request, url, lang });
      else if (match.status === 405) {
        response = renderPage(errorPage(405, PAGE_ERRORS.method), context(url, lang), 405);
        response.headers.set('allow', match.allow);
      } else response = renderPage(errorPage(404, PAGE_ERRORS.notFound), context(url, lang), 404);
      response = await compressResponse(response, request.headers.get('accept-encoding'));
    } catch {
      response = new Response('500 — Lỗi máy chủ / Server error', { status: 500, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
    }
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) response.headers.set(k, v);
    return response;
  };
}
