// Đọc báo cáo — the reading pages: `GET /reports/:id` (one report as a page: the
// coordinator any report, a unit its own only) and `GET /my-reports` (a unit's reports,
// their states and comments; the coordinator may add `?unitId=`). Server-rendered from the
// store with the caller's credentials (session cookie or bearer), so the page works without
// script. The review workflow plugs in through `ReadingReview`.
import { type Lang, type Message, type Plan, expandUnitIds } from '@dvcq/core';
import { type ObligationInstance, type WorkingCalendar, findInstance, instanceStatus, planInstances } from '@dvcq/calendar';
import type { AuthFn, Principal, ReportRecord, ReportStore } from '@dvcq/server';
import type { Route } from './http/router';
import type { PageModule } from './pages/layout';
import { type MyReportRow, myReportsPage } from './pages/my-reports';
import { type ReviewStateView, reportPage } from './pages/report';
import { errorPage } from './pages/error';

/**
 * Xem xét trên trang đọc — what the review workflow adds to the reading pages.
 * The review module implements it; without it the pages show the reports alone.
 */
export interface ReadingReview {
  /** Review states of these reports (submitted, returned, resubmitted, accepted…), for the lists and the page header. */
  states(reportIds: readonly string[]): Promise<ReadonlyMap<string, ReviewStateView>>;
  /**
   * HTML of the review panel under the report (history, comments, Return/Accept forms for
   * the coordinator). The panel escapes every text itself; its forms POST with `_csrf`.
   */
  panel(input: { record: ReportRecord; principal: Principal; lang: Lang; request: Request }): Promise<string>;
}

/** Tùy chọn các trang đọc — what {@link readingRoutes} needs. */
export interface ReadingOptions {
  plan: Plan;
  store: ReportStore;
  auth: AuthFn;
  now: () => Date;
  calendar: WorkingCalendar;
  /** Draws a page in the portal's layout (app.ts's `renderPage` with the request's context). */
  render: (page: PageModule, url: URL, lang: Lang, status?: number) => Response;
  review?: ReadingReview;
  /**
   * Cửa đăng nhập — the portal's sign-in gate for pages (accounts' `gate`): a `Response` (303 to
   * /login without a session — API keys do not open pages —, or to the password change it requires)
   * or `undefined` to go on. Without it (an embedding with its own sign-in) the pages take any
   * principal `auth` accepts and answer 401 otherwise.
   */
  gate?: (request: Request, url: URL, lang: Lang) => Promise<Response | undefined>;
}

/** Lỗi của trang đọc — the words of the reading pages' refusals. */
export const READING_ERRORS = {
  signIn: { vi: 'Hãy đăng nhập để xem báo cáo (401).', en: 'Sign in to read reports (401).' },
  forbidden: { vi: 'Đơn vị chỉ được xem báo cáo của chính mình (403).', en: 'A unit may read only its own reports (403).' },
  notFound: { vi: 'Không có báo cáo này (404).', en: 'No such report (404).' },
} satisfies Record<string, Message>;

const _ID = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * Các trang đọc — the routing rows of `/reports/:id` and `/my-reports`.
 * @param options - plan, store, auth, clock, calendar, the layout, the review hooks
 */
export function readingRoutes(options: ReadingOptions): Route[] {
  const { plan, store, auth, calendar, render } = options;
  const instances = planInstances(plan, { calendar });

  const instanceOf = (r: ReportRecord): ObligationInstance | undefined => {
    const rep = r.report as { periodIndex?: unknown; obligationId?: unknown };
    const m = findInstance(
      plan,
      {
        period: r.period as ObligationInstance['period'],
        year: r.year,
        ...(typeof rep.periodIndex === 'number' ? { periodIndex: rep.periodIndex } : {}),
        ...(typeof rep.obligationId === 'string' ? { obligationId: rep.obligationId } : {}),
      },
      { calendar },
    );
    return m.ok ? m.instance : undefined;
  };
  const refuse = (url: URL, lang: Lang, status: 401 | 403 | 404) => {
    const message = status === 401 ? READING_ERRORS.signIn : status === 403 ? READING_ERRORS.forbidden : READING_ERRORS.notFound;
    const r = render(errorPage(status, message), url, lang, status);
    r.headers.set('cache-control', 'no-store');
    return r;
  };
  // Pages hold a unit's data: never stored by a shared cache or the browser's back-forward cache on another account.
  const privatePage = (r: Response) => {
    r.headers.set('cache-control', 'private, no-store');
    return r;
  };

  // Signed in (the gate, when the portal has one), then who it is.
  const principal = async (request: Request, url: URL, lang: Lang): Promise<Principal | Response> => {
    const gated = options.gate ? await options.gate(request, url, lang) : undefined;
    if (gated) return gated;
    const who = await auth(request);
    return who ?? refuse(url, lang, 401);
  };

  const reportRoute: Route = {
    path: '/reports/',
    prefix: true,
    methods: ['GET'],
    handle: async ({ request, url, lang }) => {
      const id = url.pathname.slice('/reports/'.length);
      const who = await principal(request, url, lang);
      if (who instanceof Response) return who;
      if (!_ID.test(id)) return refuse(url, lang, 404);
      const record = await store.get(id);
      if (!record || record.planId !== plan.id) return refuse(url, lang, 404);
      if (record.unitId !== who.unitId && !who.readAll) return refuse(url, lang, 403);
      const chain = await store.history(id);
      const first = chain[0] ?? record;
      const [states, panel] = await Promise.all([
        options.review?.states([record.id]),
        options.review?.panel({ record, principal: who, lang, request }),
      ]);
      const instance = instanceOf(record);
      const review = states?.get(record.id);
      return privatePage(
        render(
          reportPage({
            record,
            plan,
            ...(instance ? { instance } : {}),
            firstReceivedAt: first.receivedAt,
            chain: chain.length > 0 ? chain : [record],
            ...(review ? { review } : {}),
            ...(panel !== undefined ? { reviewPanel: panel } : {}),
          }),
          url,
          lang,
        ),
      );
    },
  };

  const myReportsRoute: Route = {
    path: '/my-reports',
    methods: ['GET'],
    handle: async ({ request, url, lang }) => {
      const who = await principal(request, url, lang);
      if (who instanceof Response) return who;
      const asked = url.searchParams.get('unitId');
      if (asked !== null && asked !== who.unitId && !who.readAll) return refuse(url, lang, 403);
      const unitId = asked !== null && who.readAll ? asked : who.unitId;
      const records = await store.list({ planId: plan.id, unitId, currentOnly: false });
      const byId = new Map(records.map((r) => [r.id, r]));
      const firstOf = (r: ReportRecord): ReportRecord => {
        let cur = r;
        for (let n = 0; cur.replaces !== undefined && n < 1000; n++) {
          const prev = byId.get(cur.replaces);
          if (!prev) break;
          cur = prev;
        }
        return cur;
      };
      const states = await options.review?.states(records.map((r) => r.id));
      const rows: MyReportRow[] = records
        .map((record) => {
          const instance = instanceOf(record);
          const review = states?.get(record.id);
          return { record, ...(instance ? { instance } : {}), firstReceivedAt: firstOf(record).receivedAt, ...(review ? { review } : {}) };
        })
        .reverse();
      // The reports the unit owes and has not sent (current instances of the plan's obligations).
      const sent = new Set(rows.map((r) => r.instance?.key).filter((k): k is string => k !== undefined));
      const at = options.now();
      const obligations = new Map(plan.obligations.map((o) => [o.id, o]));
      const owed = instances
        .filter((i) => !sent.has(i.key))
        .filter((i) => {
          const o = obligations.get(i.obligationId);
          return o !== undefined && expandUnitIds(plan, o.owedBy).includes(unitId);
        })
        .map((instance) => ({ instance, status: instanceStatus(instance, at, { calendar }).status }))
        .filter((o) => o.status !== 'upcoming');
      return privatePage(render(myReportsPage({ plan, unitId, rows, owed, readAll: who.readAll === true }), url, lang));
    },
  };

  return [reportRoute, myReportsRoute];
}
