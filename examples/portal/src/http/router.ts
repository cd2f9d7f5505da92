// Bảng định tuyến — the portal's routes as data: a path (exact, or a prefix ending
// in "/"), the methods it answers, and its handler. New pages and APIs are new rows
// (issue 14 adds accounts and review pages this way), not new branches in a function.
import type { Lang } from '@dvcq/core';

/** Yêu cầu đã đọc — what a route handler gets. */
export interface RouteRequest {
  request: Request;
  url: URL;
  /** Page language: `?lang=en` or Vietnamese. */
  lang: Lang;
}

/** Tuyến — one row of the routing table. */
export interface Route {
  /** Exact path (`/form`), or a prefix ending in `/` (`/static/`) when `prefix` is true. */
  path: string;
  prefix?: boolean;
  /** Methods answered; `*` passes every method on (the API answers its own 405). HEAD follows GET. */
  methods: readonly string[];
  handle: (req: RouteRequest) => Response | Promise<Response>;
}

/** Kết quả tìm tuyến — the route for a request, or why there is none. */
export type RouteMatch = { route: Route } | { status: 404 } | { status: 405; allow: string };

/**
 * Tìm tuyến — the first row whose path matches and that answers the method.
 * @returns the route, 404 when no path matches, 405 (with `Allow`) when the path does but the method not
 */
export function matchRoute(routes: readonly Route[], method: string, pathname: string): RouteMatch {
  const m = method.toUpperCase();
  const allowed = new Set<string>();
  for (const r of routes) {
    if (!(r.prefix ? pathname.startsWith(r.path) : pathname === r.path)) continue;
    if (r.methods.includes('*') || r.methods.includes(m) || (m === 'HEAD' && r.methods.includes('GET'))) return { route: r };
    for (const x of r.methods) allowed.add(x);
    if (allowed.has('GET')) allowed.add('HEAD');
  }
  return allowed.size === 0 ? { status: 404 } : { status: 405, allow: [...allowed].join(', ') };
}
