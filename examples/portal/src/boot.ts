// Dữ liệu khởi động trang — what a page's script would otherwise fetch first (who the
// caller is, the reporting periods, the plan's form view), written into the page itself
// when the page request already carries the caller's credentials (a session cookie).
// On a slow line each request costs a round trip (Fast 3G: 562.5 ms); embedding them
// leaves only the page and its script files before the form takes input. Without
// credentials in the page request the script fetches them as before.
import { type Lang, type Plan, formPlanView } from '@dvcq/core';
import type { AuthFn } from '@dvcq/server';

/** Id of the `<script type="application/json">` element holding the boot data. */
export const BOOT_ELEMENT_ID = 'portal-boot';

/**
 * JSON trong trang — JSON made safe inside a `<script type="application/json">` element:
 * every `<` is written `\u003c`, so no text can close the element or open a comment.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Tùy chọn — the API the boot data is read from (the same answers the script would get). */
export interface BootOptions {
  plan: Plan;
  auth: AuthFn;
  api: (request: Request) => Promise<Response>;
  /** The report context as JSON (`reportContext` of `@dvcq/report`: deadlines counted with the portal's calendar), served also as `/report-context.json`. */
  context?: string;
}

/**
 * Dữ liệu khởi động — `{ me, overview, plan, context? }` for the caller of `request`, as the JSON of a
 * script element (see {@link jsonForScript}); `undefined` when the request carries no valid
 * credentials. `plan` is core's `formPlanView` (Vietnamese-only for `vi`): what the form needs.
 */
export function createBoot(options: BootOptions): (request: Request, lang: Lang) => Promise<string | undefined> {
  const views: Record<Lang, Plan> = { vi: formPlanView(options.plan, { lang: 'vi' }), en: formPlanView(options.plan) };
  const context: unknown = options.context === undefined ? undefined : JSON.parse(options.context);
  return async (request, lang) => {
    if (!(await options.auth(request))) return undefined;
    const sub = (path: string) => {
      const headers = new Headers(request.headers);
      headers.set('accept-language', lang);
      headers.delete('accept-encoding');
      return options.api(new Request(new URL(path, request.url), { headers }));
    };
    const [me, overview] = await Promise.all([sub('/api/me'), sub('/api/overview')]);
    if (me.status !== 200 || overview.status !== 200) return undefined;
    return jsonForScript({ me: await me.json(), overview: await overview.json(), plan: views[lang], ...(context !== undefined ? { context } : {}) });
  };
}
