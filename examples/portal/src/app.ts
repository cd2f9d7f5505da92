// Cổng như một bộ xử lý fetch — the whole portal as one `Request → Response`
// function: a routing table of page modules, static assets and the API of
// @dvcq/server. Node serves it through toNodeListener (which turns any request it
// cannot read into a 400); tests can call it directly.
import { createHash } from 'node:crypto';
import { type Lang, type Message, findUnit } from '@dvcq/core';
import { type WorkingCalendar, createWorkingCalendar } from '@dvcq/calendar';
import { type AuthFn, type PublishedPlan, type ReportStore, type Store, calendarView, createReportHandler, createReviewService, isRole, ROLES } from '@dvcq/server';
import type { PortalAccounts, PortalSession } from './accounts';
import { reportContext } from '@dvcq/report';
import { EXPORT_FORMATS } from '@dvcq/aggregate';
import { consolidatedDocxFormat } from '@dvcq/documents';
import { unitReportDocxFormat } from './documents';
import type { Assets } from './http/assets';
import { compressResponse } from './http/compress';
import { contentSecurityPolicy } from './http/csp';
import { PLAN_PARAM, type PlanCatalog, planChoices } from './plans';
import { reminderRoutes } from './reminders';
import { createBoot } from './boot';
import { type ReadingReview, readingRoutes } from './reading';
import { reviewForReading, reviewRoutes } from './review';
import { type Route, matchRoute } from './http/router';
import { dashboardPage } from './pages/dashboard';
import { PAGE_ERRORS, errorPage } from './pages/error';
import { formPage } from './pages/form';
import { homePage } from './pages/home';
import { type PageContext, type PageModule, renderPage } from './pages/layout';

/** Tùy chọn cổng — what the portal serves. */
export interface PortalOptions {
  /** Các kế hoạch — the published plans of the registry, served side by side (see plans.ts). */
  plans: PlanCatalog;
  store: ReportStore;
  /**
   * Xác thực theo kế hoạch — the credentials check for requests about one plan
   * (a unit signs in to the plans it belongs to; the plan says who consolidates).
   */
  auth: (plan: PublishedPlan) => AuthFn;
  /**
   * Sign-in, sessions, the CSRF check and the account pages (see ./accounts). Without it
   * (a deployment with its own sign-in in front, or a test), pages open to everyone and
   * `auth` alone decides the API.
   */
  accounts?: PortalAccounts;
  now: () => Date;
  assets: Assets;
  /** The working calendar (built-in holidays plus DVCQ_HOLIDAYS) every deadline is counted with. */
  calendar?: WorkingCalendar;
  /** The whole store (notifications, reminders, contacts, plan registry): adds the reminder API rows. */
  fullStore?: Store;
  /** The review workflow's part of the reading pages (states, the review panel). */
  review?: ReadingReview;
  /** Routes that do not depend on a plan (administration): matched before the plan's routes. */
  globalRoutes?: (helpers: PortalHelpers) => Route[];
}

/** Công cụ cho tuyến chung — what plan-independent routes get to draw pages. */
export interface PortalHelpers {
  /** Draws a page with the default plan's context (header, language switch, plan chooser). */
  render: (page: PageModule, url: URL, lang: Lang, status?: number) => Response;
}

/**
 * Phạm vi kế hoạch — one published plan as the portal serves it: its API handler
 * and its routing table, built once per published entry (rebuilt when the
 * published plans change). How a route gets its plan: it is built for one
 * (`planRoutes` in createPortalHandler), so it closes over `plan`, `coordinator`
 * and `auth` of that plan.
 */
export interface PlanScope {
  served: PublishedPlan;
  auth: AuthFn;
  routes: Route[];
}

/** Tiêu đề bảo mật — sent with every answer. No inline code or style anywhere (a page whose script the build wrote into it names that script's hash in its own CSP). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': contentSecurityPolicy(),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/** @internal Any signed-in role: what the reading pages ask of accounts' gate (they check the unit themselves). */
const SIGNED_IN: PageModule = { path: '/', title: () => ({ vi: '', en: '' }), body: () => '', roles: ROLES };
/** @internal A gate's answer when it is a response. */
const _response = (r: unknown): Response | undefined => (r instanceof Response ? r : undefined);

/** Các trang — the page modules, each a row of the routing table. */
export const PAGES: readonly PageModule[] = [homePage, formPage, dashboardPage];

/**
 * Tạo cổng — the portal's fetch handler.
 * @returns `(request) => Promise<Response>`; it never rejects
 */
export function createPortalHandler(options: PortalOptions): (request: Request) => Promise<Response> {
  const { assets, now } = options;
  const calendar = options.calendar ?? createWorkingCalendar();
  const scopes = new Map<string, PlanScope>();
  options.plans.onChange((plans) => {
    const keep = new Set(plans.map((p) => p.entry.key));
    for (const k of [...scopes.keys()]) if (!keep.has(k)) scopes.delete(k);
  });

  // The session of the request being answered, by its URL object (one per request), so every
  // page — the reading, review and plan pages too — shows who is signed in and carries the CSRF token.
  const sessionOf = new WeakMap<URL, PortalSession>();
  const unreadOf = new WeakMap<URL, number>();
  const { accounts } = options;
  const context = (served: PublishedPlan, url: URL, lang: 'vi' | 'en', session: PortalSession | undefined = sessionOf.get(url)): PageContext => {
    const { plan, coordinator } = served;
    const all = options.plans.list();
    const coordinatorUnit = findUnit(plan, coordinator);
    return {
      lang,
      plan,
      coordinator,
      coordinatorName: coordinatorUnit ? (lang === 'en' ? coordinatorUnit.name.en || coordinatorUnit.name.vi : coordinatorUnit.name.vi) : coordinator,
      calendar: calendarView(plan, now(), { calendar }),
      search: url.searchParams,
      assets,
      plans: planChoices(all),
      planQuery: all.length > 1 || url.searchParams.has(PLAN_PARAM) ? `${PLAN_PARAM}=${encodeURIComponent(plan.id)}` : '',
      ...(session && isRole(session.user.role)
        ? { user: { id: session.user.id, login: session.user.login, name: session.user.name, role: session.user.role, unitId: session.user.unitId }, csrf: session.csrf }
        : {}),
      ...(unreadOf.has(url) ? { unread: unreadOf.get(url)! } : {}),
    };
  };
  const defaultPlan = () => options.plans.list()[0]!;
  const staticFile = (request: Request, file: string) => assets.serve(file, request.headers.get('accept-encoding'));

  // The routes of one plan: each row closes over that plan (its API, pages and reminder rows).
  const planRoutes = (served: PublishedPlan, auth: AuthFn): Route[] => {
    const { plan } = served;
    // The review workflow (return, resubmit, accept, extensions, notifications) needs the whole store.
    const reviewService = options.fullStore ? createReviewService({ store: options.fullStore, plan, now, calendar, coordinator: served.coordinator }) : undefined;
    const csrfOf = async (request: Request) => (accounts ? (await accounts.session(request))?.csrf : undefined);
    const readingReview = options.review ?? (reviewService ? reviewForReading({ review: reviewService, plan, csrfOf }) : undefined);
    const api = createReportHandler({
      plan,
      store: options.store,
      now,
      auth,
      calendar,
      exportFormats: [...EXPORT_FORMATS, consolidatedDocxFormat],
      reportFormats: [unitReportDocxFormat(plan)],
      ...(reviewService ? { review: reviewService } : {}),
    });
    const planJson = JSON.stringify(plan);
    // The report context (every report the plan asks for, deadlines counted with this
    // calendar): the form page validates with it, so a plan with deadline rules works in
    // the browser without @dvcq/calendar's holiday tables.
    const contextJson = JSON.stringify(reportContext(plan, { calendar }));
    const planTag = `"${createHash('sha256').update(planJson).digest('base64url').slice(0, 27)}"`;
    const boot = createBoot({ plan, auth, api, context: contextJson });
    return [
      ...(options.fullStore ? reminderRoutes({ store: options.fullStore, auth, plan, now }) : []),
      ...readingRoutes({
        plan,
        store: options.store,
        auth,
        now,
        calendar,
        render: (page, url, lang, status) => renderPage(page, context(served, url, lang), status),
        ...(readingReview ? { review: readingReview } : {}),
        ...(accounts ? { gate: async (request, url, lang) => _response(await accounts.gate(SIGNED_IN, request, url, lang, (u, l, s) => context(served, u, l, s))) } : {}),
      }),
      ...(reviewService && options.fullStore ? reviewRoutes({ review: reviewService, store: options.fullStore, plan, auth, calendar, now, csrfOf, render: (page, url, lang, status) => renderPage(page, context(served, url, lang), status) }) : []),
      { path: '/api/', prefix: true, methods: ['*'], handle: ({ request }) => api(request) },
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
      ...PAGES.map(
        (page): Route => ({
          path: page.path,
          methods: ['GET'],
          // A page that boots from the caller's data gets it written in (no round trips before the form).
          // A page with roles needs a session of one of them (else 303 to /login, or 403).
          handle: async ({ request, url, lang }) => {
            const gate = accounts ? await accounts.gate(page, request, url, lang, (u, l, s) => context(served, u, l, s)) : undefined;
            if (gate instanceof Response) return gate;
            const data = page.boot ? await boot(request, lang) : undefined;
            return renderPage(page, { ...context(served, url, lang, gate), ...(data !== undefined ? { boot: data } : {}) });
          },
        }),
      ),
    ];
  };
  const scopeOf = (served: PublishedPlan): PlanScope => {
    let scope = scopes.get(served.entry.key);
    if (scope === undefined) {
      const auth = options.auth(served);
      scope = { served, auth, routes: planRoutes(served, auth) };
      scopes.set(served.entry.key, scope);
    }
    return scope;
  };

  const helpers: PortalHelpers = { render: (page, url, lang, status = 200) => renderPage(page, context(defaultPlan(), url, lang), status) };
  const globalRoutes: Route[] = [
    { path: '/static/', prefix: true, methods: ['GET'], handle: ({ request, url, lang }) => staticFile(request, url.pathname.slice('/static/'.length)) ?? renderPage(errorPage(404, PAGE_ERRORS.notFound), context(defaultPlan(), url, lang), 404) },
    { path: '/favicon.ico', methods: ['GET'], handle: ({ request }) => staticFile(request, 'favicon.ico')! },
    // Sign-in, sign-out, password, accounts and audit log: one set for every plan.
    ...(accounts ? accounts.routes((url, lang, session) => context(defaultPlan(), url, lang, session)) : []),
    ...(options.globalRoutes?.(helpers) ?? []),
  ];

  return async (request: Request): Promise<Response> => {
    let response: Response;
    try {
      const url = new URL(request.url);
      const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'vi';
      const global = matchRoute(globalRoutes, request.method, url.pathname);
      // Every state change passes the CSRF check first (cookie sessions; API keys are exempt).
      const refused = accounts ? await accounts.csrfGuard(request, lang) : undefined;
      if (accounts && !refused && !url.pathname.startsWith('/static/') && url.pathname !== '/favicon.ico') {
        const session = await accounts.session(request);
        if (session) sessionOf.set(url, session);
        // The bell in the header: the unit's unread notifications, for pages (not API answers).
        if (session && options.fullStore && request.method === 'GET' && !url.pathname.startsWith('/api/')) {
          unreadOf.set(url, (await options.fullStore.notifications.list({ unitId: session.user.unitId, unreadOnly: true, limit: 100 })).length);
        }
      }
      if (refused) response = refused;
      else if ('route' in global) response = await global.route.handle({ request, url, lang });
      else {
        const served = options.plans.choose(url);
        if (served === undefined) response = _unknownPlan(url, lang, (page, status) => renderPage(page, context(defaultPlan(), url, lang), status));
        else {
          const match = global.status === 405 ? global : matchRoute(scopeOf(served).routes, request.method, url.pathname);
          if ('route' in match) response = await match.route.handle({ request, url, lang });
          else if (match.status === 405) {
            response = renderPage(errorPage(405, PAGE_ERRORS.method), context(served, url, lang), 405);
            response.headers.set('allow', match.allow);
          } else response = renderPage(errorPage(404, PAGE_ERRORS.notFound), context(served, url, lang), 404);
        }
      }
      response = await compressResponse(response, request.headers.get('accept-encoding'));
    } catch {
      response = new Response('500 — Lỗi máy chủ / Server error', { status: 500, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
    }
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) if (!(k === 'content-security-policy' && response.headers.has(k))) response.headers.set(k, v);
    return response;
  };
}

const _M_UNKNOWN_PLAN = (id: string): Message => ({
  vi: `Không có kế hoạch đang ban hành mã "${id}" (404). Bỏ tham số plan để dùng kế hoạch mặc định.`,
  en: `No published plan with id "${id}" (404). Leave out the plan parameter for the default plan.`,
});

/** A request naming a plan that is not published: a JSON problem for the API, a page otherwise. */
function _unknownPlan(url: URL, lang: Lang, render: (page: PageModule, status: number) => Response): Response {
  const message = _M_UNKNOWN_PLAN((url.searchParams.get(PLAN_PARAM) ?? '').slice(0, 80));
  if (url.pathname.startsWith('/api/') || url.pathname.endsWith('.json')) {
    return new Response(JSON.stringify({ error: { status: 404, code: 'plan.not-found', message, text: lang === 'en' ? message.en : message.vi } }), {
      status: 404,
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    });
  }
  return render(errorPage(404, message), 404);
}
