// Tài khoản trong cổng — who is calling (a cookie session or an API key), the
// CSRF check every state change passes, and the account routes: sign-in,
// sign-out, password change, the administrator's accounts and API keys, the
// audit log. The rules live in @dvcq/server (scrypt, sessions, lock-out, audit);
// this module wires them to the portal's pages.
import { randomBytes } from 'node:crypto';
import { type Lang, type Message, type Plan, findUnit } from '@dvcq/core';
import { formatInstant } from '@dvcq/calendar';
import {
  type AccessKey,
  type AuthFn,
  CSRF_HEADER,
  DEFAULT_LOGIN_POLICY,
  DEFAULT_SESSION_POLICY,
  type LoginPolicy,
  type Principal,
  ROLES,
  type Role,
  SESSION_COOKIE,
  type SessionPolicy,
  type Store,
  type UserAccount,
  accessKeyLookup,
  audit,
  bearerTokenAuth,
  checkCsrfToken,
  clientAddress,
  createAccount,
  dummyPasswordHash,
  endSession,
  hashAccessToken,
  hashPassword,
  isRole,
  isStoreUnavailable,
  randomPassword,
  readBodyLimited,
  readCookie,
  readSession,
  sessionCookie,
  setPassword,
  signIn,
  startSession,
} from '@dvcq/server';
import type { Route } from './http/router';
import { accountsAdminPage, auditPage, loginPage, passwordPage } from './pages/accounts';
import { PAGE_ERRORS, errorPage } from './pages/error';
import { type PageContext, type PageModule, type PageUser, renderPage } from './pages/layout';

/** Phiên của cổng — a working browser session. */
export interface PortalSession {
  id: string;
  idHash: string;
  csrf: string;
  user: UserAccount;
}

/** Tùy chọn tài khoản — what the account layer needs. */
export interface AccountsOptions {
  store: Store;
  now: () => Date;
  /** Units whose accounts and keys may act, over every published plan (units owing a report, and the coordinators). */
  units: () => ReadonlySet<string>;
  /** The unit administrators and coordinator staff act for (the default plan's coordinator). */
  coordinator: () => string;
  /** Cookies get `Secure` when the portal is reached over HTTPS (DVCQ_PUBLIC_URL https://…). */
  secureCookies: boolean;
  /** The portal's public origin (`https://bao-cao.example.gov.vn`), accepted as Origin besides the Host. */
  publicOrigin?: string;
  sessionPolicy?: SessionPolicy;
  loginPolicy?: LoginPolicy;
}

/** Kế hoạch được phục vụ — what the API's auth of one plan needs to know about it. */
export interface AccountsPlanScope {
  /** The plan's coordinator (an API key of that unit labelled "portal" reads all). */
  coordinator: string;
  /** Units that sign in to that plan (owing units and the coordinator). */
  units: ReadonlySet<string>;
}

/** Bộ tài khoản — what {@link createAccounts} returns. */
export interface PortalAccounts {
  /** For the API of one plan: an API key (`Authorization: Bearer`) or a session cookie. */
  authFor(plan: AccountsPlanScope): AuthFn;
  /** The request's working session, if any. */
  session(request: Request): Promise<PortalSession | undefined>;
  /**
   * Kiểm tra CSRF — for every request before routing: a state change (not GET/HEAD)
   * from a browser must come from this portal's own pages (Origin / Sec-Fetch-Site)
   * and, with a session cookie, carry the session's token (`x-csrf-token` header or
   * `_csrf` form field). API-key requests are exempt. Answers 403, else undefined.
   */
  csrfGuard(request: Request, lang: Lang): Promise<Response | undefined>;
  /** The account routes (login, logout, password, admin accounts, audit log). */
  routes(context: (url: URL, lang: Lang, session?: PortalSession) => PageContext): Route[];
  /**
   * Mở trang — the request's session when it may open the page (undefined on a
   * public page without one), else the answer: 303 to /login without a session, 303 to
   * the password change when it must be changed, 403 for another role.
   */
  gate(page: PageModule, request: Request, url: URL, lang: Lang, context: (url: URL, lang: Lang, session?: PortalSession) => PageContext): Promise<PortalSession | undefined | Response>;
}

const M = {
  csrf: { vi: 'Yêu cầu bị từ chối: thiếu hoặc sai mã chống giả mạo (CSRF). Hãy tải lại trang rồi thử lại.', en: 'Request refused: the anti-forgery (CSRF) token is missing or wrong. Reload the page and try again.' },
  crossSite: { vi: 'Yêu cầu bị từ chối: gửi từ một trang web khác.', en: 'Request refused: it came from another web site.' },
  forbidden: { vi: 'Tài khoản của bạn không được mở trang này (403).', en: 'Your account may not open this page (403).' },
  tooLarge: { vi: 'Nội dung gửi lên quá lớn.', en: 'The request body is too large.' },
  mismatch: { vi: 'Hai lần nhập mật khẩu mới không khớp.', en: 'The two new passwords differ.' },
  wrongCurrent: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  changed: { vi: 'Đã đổi mật khẩu. Các phiên đăng nhập khác đã bị đóng.', en: 'Password changed. Every other session was closed.' },
  unavailable: { vi: 'Cơ sở dữ liệu tạm thời không trả lời; vui lòng thử lại sau ít phút.', en: 'The database is not answering for now; please retry in a few minutes.' },
} satisfies Record<string, Message>;

/** @internal A JSON problem as the API answers it. */
export const _problem = (status: number, code: string, message: Message, lang: Lang, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify({ error: { status, code, message, text: lang === 'en' ? message.en : message.vi } }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });

const _seeOther = (location: string, headers: Record<string, string> = {}): Response => new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store', ...headers } });

/** Trang chính theo vai trò — where a role lands after signing in. */
export function homeOf(role: Role): string {
  return role === 'admin' || role === 'coordinator' ? '/dashboard' : '/form';
}

/** @internal A local path to go back to after sign-in (never another site). */
export function _safeNext(next: string | null | undefined): string | undefined {
  if (typeof next !== 'string' || next.length > 500 || !/^\/(?![/\\])[^\s]*$/.test(next)) return undefined;
  return next;
}

/**
 * Có vai trò — whether a principal has one of the roles. A principal without a role
 * (a plain unit credential) counts as `officer`, or `coordinator` when it reads all.
 */
export function hasRole(who: Principal | undefined, roles: readonly Role[]): boolean {
  if (!who) return false;
  const role: Role = who.role ?? (who.readAll ? 'coordinator' : 'officer');
  return roles.includes(role);
}

/** Form body of a request (URL-encoded or JSON), bounded. */
export async function readFormBody(request: Request, maxBytes = 16_384): Promise<URLSearchParams | 'too-large' | undefined> {
  const body = await readBodyLimited(request, maxBytes);
  if (!body.ok) return body.code === 'too-large' ? 'too-large' : undefined;
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  if (type.startsWith('application/json')) {
    try {
      const o = JSON.parse(body.text) as unknown;
      if (!o || typeof o !== 'object' || Array.isArray(o)) return undefined;
      const p = new URLSearchParams();
      for (const [k, v] of Object.entries(o)) if (typeof v === 'string') p.set(k, v);
      return p;
    } catch {
      return undefined;
    }
  }
  return new URLSearchParams(body.text);
}

/**
 * Tạo lớp tài khoản — the portal's sign-in, sessions, CSRF check and account routes.
 * @param options - store, plan, clock, who may sign in, cookie security
 */
export function createAccounts(options: AccountsOptions): PortalAccounts {
  const { store, now } = options;
  const sessionPolicy = options.sessionPolicy ?? DEFAULT_SESSION_POLICY;
  const loginPolicy = options.loginPolicy ?? DEFAULT_LOGIN_POLICY;
  // One dummy hash per process: unknown names cost a full scrypt check too.
  let dummy: Promise<string> | undefined;
  const dummyHash = () => (dummy ??= dummyPasswordHash());
  const cookie = (id: string) => sessionCookie(id, { secure: options.secureCookies, maxAgeMs: sessionPolicy.absoluteMs });

  const userPrincipal = (u: UserAccount, units: ReadonlySet<string> = options.units()): Principal | undefined => {
    if (!isRole(u.role) || u.disabled) return undefined;
    // An officer or head of a unit no longer in the plan acts no more.
    if ((u.role === 'officer' || u.role === 'head') && !units.has(u.unitId)) return undefined;
    return { unitId: u.unitId, ...(u.role === 'admin' || u.role === 'coordinator' ? { readAll: true } : {}), role: u.role, userId: u.id, name: u.name, via: 'session' };
  };
  const keyPrincipal = (k: AccessKey, scope: AccountsPlanScope): Principal | undefined => {
    if (!scope.units.has(k.unitId)) return undefined;
    // The demo's keys (label "portal") read all for the plan's coordinator; other keys as the administrator set them.
    const readAll = k.label === 'portal' ? k.unitId === scope.coordinator : k.readAll;
    return { unitId: k.unitId, ...(readAll ? { readAll: true } : {}), role: readAll ? 'coordinator' : 'officer', userId: `api-key:${k.id}`, name: k.label ?? k.id, via: 'api-key' };
  };

  async function session(request: Request): Promise<PortalSession | undefined> {
    if (readCookie(request, SESSION_COOKIE) === undefined) return undefined;
    const s = await readSession(store, request, { now: now(), policy: sessionPolicy });
    return s ? { id: s.id, idHash: s.session.idHash, csrf: s.csrf, user: s.user } : undefined;
  }

  const authFor = (scope: AccountsPlanScope): AuthFn => {
    const bearer = bearerTokenAuth({ lookup: accessKeyLookup(store.accessKeys, { principal: (k) => keyPrincipal(k, scope) }) });
    return async (request) => {
      if (request.headers.has('authorization')) return bearer(request);
      const s = await session(request);
      // An account that must change its password acts nowhere until it has.
      if (!s || s.user.mustChangePassword) return undefined;
      return userPrincipal(s.user, scope.units);
    };
  };

  const sameSite = (request: Request): boolean => {
    const origin = request.headers.get('origin');
    // With Referrer-Policy: no-referrer browsers send `Origin: null` on form posts: Fetch Metadata decides then.
    if (origin !== null && origin !== 'null') {
      try {
        const o = new URL(origin);
        if (o.host === request.headers.get('host')) return true;
        return options.publicOrigin !== undefined && o.origin === options.publicOrigin;
      } catch {
        return false;
      }
    }
    const site = request.headers.get('sec-fetch-site');
    if (site !== null) return site === 'same-origin' || site === 'none';
    if (origin === 'null') return false;
    return true; // not a browser (no Origin, no Fetch Metadata): the CSRF token still decides
  };

  async function csrfGuard(request: Request, lang: Lang): Promise<Response | undefined> {
    const method = request.method.toUpperCase();
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return undefined;
    if (request.headers.has('authorization')) return undefined; // API keys: no cookie, no CSRF
    if (!sameSite(request)) return _problem(403, 'auth.cross-site', M.crossSite, lang);
    const id = readCookie(request, SESSION_COOKIE);
    if (id === undefined) return undefined; // no session: the route answers 401 (sign-in has no session yet)
    if (new URL(request.url).pathname === '/login') return undefined; // sign-in replaces any session
    let token = request.headers.get(CSRF_HEADER);
    const type = (request.headers.get('content-type') ?? '').toLowerCase();
    if (token === null && type.startsWith('application/x-www-form-urlencoded')) {
      const form = await readFormBody(request.clone(), 65_536);
      token = form instanceof URLSearchParams ? form.get('_csrf') : null;
    }
    // A file upload (multipart, e.g. /admin/plans) carries the token in its form's action address:
    // the body may be megabytes and is read, bounded, by the route itself.
    if (token === null && type.startsWith('multipart/form-data')) token = new URL(request.url).searchParams.get('_csrf');
    if (!checkCsrfToken(id, token)) return _problem(403, 'auth.csrf', M.csrf, lang);
    return undefined;
  }

  const pageUser = (u: UserAccount): PageUser | undefined => (isRole(u.role) ? { id: u.id, login: u.login, name: u.name, role: u.role, unitId: u.unitId } : undefined);

  async function gate(p: PageModule, request: Request, url: URL, lang: Lang, context: (url: URL, lang: Lang, session?: PortalSession) => PageContext): Promise<PortalSession | undefined | Response> {
    const s = await session(request);
    if (p.roles) {
      if (!s) return _seeOther(`/login?lang=${lang}&next=${encodeURIComponent(url.pathname + url.search)}`);
      if (s.user.mustChangePassword) return _seeOther(`/account/password?lang=${lang}`);
      const who = userPrincipal(s.user);
      if (!who || !hasRole(who, p.roles)) return renderPage(errorPage(403, M.forbidden), context(url, lang, s), 403);
    }
    return s;
  }

  function routes(context: (url: URL, lang: Lang, session?: PortalSession) => PageContext): Route[] {
    const ip = (r: Request) => clientAddress(r);
    const wantsJson = (r: Request) => (r.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json') || (r.headers.get('accept') ?? '').includes('application/json');
    const guard =
      (fn: (request: Request, url: URL, lang: Lang) => Promise<Response>) =>
      async ({ request, url, lang }: { request: Request; url: URL; lang: Lang }): Promise<Response> => {
        try {
          return await fn(request, url, lang);
        } catch (e) {
          if (isStoreUnavailable(e)) return _problem(503, 'store.unavailable', M.unavailable, lang, { 'retry-after': '5' });
          throw e;
        }
      };
    /** The signed-in admin (or coordinator when `coordinatorToo`), or the answer that refuses. */
    const adminOnly = async (request: Request, url: URL, lang: Lang, roles: readonly Role[]): Promise<PortalSession | Response> => {
      const s = await session(request);
      if (!s) return request.method === 'GET' ? _seeOther(`/login?lang=${lang}&next=${encodeURIComponent(url.pathname + url.search)}`) : _problem(401, 'auth.missing', { vi: 'Cần đăng nhập.', en: 'Sign-in required.' }, lang);
      if (s.user.mustChangePassword) return _seeOther(`/account/password?lang=${lang}`);
      const who = userPrincipal(s.user);
      if (!who || !hasRole(who, roles)) return renderPage(errorPage(403, M.forbidden), context(url, lang, s), 403);
      return s;
    };

    const login = async (request: Request, url: URL, lang: Lang): Promise<Response> => {
      const form = await readFormBody(request);
      if (form === 'too-large') return _problem(413, 'body.too-large', M.tooLarge, lang);
      const name = (form?.get('login') ?? '').slice(0, 200);
      const password = form?.get('password') ?? '';
      const next = _safeNext(form?.get('next') ?? url.searchParams.get('next'));
      const r = await signIn(store, { login: name, password, ...(ip(request) ? { ip: ip(request)! } : {}), now: now(), policy: loginPolicy, dummyHash: await dummyHash() });
      const at = now();
      if (!r.ok) {
        if (r.code === 'auth.locked') await audit(store, { actor: 'anonymous', action: 'session.locked', target: `login:${name.trim().toLowerCase().slice(0, 64)}`, ip: ip(request), at, details: {} });
        const headers: Record<string, string> = r.retryAfterMs ? { 'retry-after': String(Math.ceil(r.retryAfterMs / 1000)) } : {};
        const status = r.code === 'auth.locked' ? 429 : 401;
        if (wantsJson(request)) return _problem(status, r.code, r.message, lang, headers);
        const res = renderPage(loginPage(r.message, name, next), context(url, lang), status);
        for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
        return res;
      }
      // A new session id at every sign-in; a session the browser had (or was given) is ended, never adopted.
      await endSession(store, request);
      const user = r.user;
      if (r.needsRehash) await store.users.update(user.id, { passwordHash: await hashPassword(password) }, formatInstant(at));
      const started = await startSession(store, user, { now: at, policy: sessionPolicy, ...(ip(request) ? { ip: ip(request)! } : {}), ...(request.headers.get('user-agent') ? { userAgent: request.headers.get('user-agent')! } : {}) });
      await audit(store, { actor: { unitId: user.unitId, userId: user.id, name: user.name }, action: 'session.login', target: `user:${user.id}`, ip: ip(request), at, details: {} });
      const set = { 'set-cookie': cookie(started.id) };
      const role: Role = isRole(user.role) ? user.role : 'officer';
      if (wantsJson(request)) {
        return new Response(JSON.stringify({ ok: true, csrf: started.csrf, mustChangePassword: user.mustChangePassword, user: { id: user.id, login: user.login, name: user.name, role, unitId: user.unitId } }), {
          status: 200,
          headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...set },
        });
      }
      if (user.mustChangePassword) return _seeOther(`/account/password?lang=${lang}`, set);
      return _seeOther(next ?? `${homeOf(role)}?lang=${lang}`, set);
    };

    const logout = async (request: Request, _url: URL, lang: Lang): Promise<Response> => {
      const s = await session(request);
      await endSession(store, request);
      if (s) await audit(store, { actor: { unitId: s.user.unitId, userId: s.user.id, name: s.user.name }, action: 'session.logout', target: `user:${s.user.id}`, ip: ip(request), at: now(), details: {} });
      return _seeOther(`/login?lang=${lang}`, { 'set-cookie': cookie('') });
    };

    const password = async (request: Request, url: URL, lang: Lang): Promise<Response> => {
      const s = await session(request);
      if (!s) return request.method === 'GET' ? _seeOther(`/login?lang=${lang}&next=/account/password`) : _problem(401, 'auth.missing', { vi: 'Cần đăng nhập.', en: 'Sign-in required.' }, lang);
      const ctx = context(url, lang, s);
      if (request.method !== 'POST') return renderPage(passwordPage(), ctx);
      const form = await readFormBody(request);
      if (!(form instanceof URLSearchParams)) return _problem(400, 'body.malformed', { vi: 'Không đọc được biểu mẫu.', en: 'Could not read the form.' }, lang);
      const next = form.get('password') ?? '';
      if (next !== (form.get('confirm') ?? '')) return renderPage(passwordPage(M.mismatch), ctx, 422);
      // The current password is checked like a sign-in: failures count toward the lock-out.
      const check = await signIn(store, { login: s.user.login, password: form.get('current') ?? '', ...(ip(request) ? { ip: ip(request)! } : {}), now: now(), policy: loginPolicy, dummyHash: await dummyHash() });
      if (!check.ok) return renderPage(passwordPage(check.code === 'auth.locked' ? check.message : M.wrongCurrent), ctx, check.code === 'auth.locked' ? 429 : 422);
      const at = now();
      const changed = await setPassword(store, s.user.id, next, { now: at, mustChange: false });
      if (!changed.ok) return renderPage(passwordPage(changed.message), ctx, 422);
      // Every session of the account ends, this one too; a new one starts.
      const started = await startSession(store, changed.user, { now: at, policy: sessionPolicy, ...(ip(request) ? { ip: ip(request)! } : {}) });
      await audit(store, { actor: { unitId: s.user.unitId, userId: s.user.id, name: s.user.name }, action: 'account.password-change', target: `user:${s.user.id}`, ip: ip(request), at, details: {} });
      const role: Role = isRole(changed.user.role) ? changed.user.role : 'officer';
      const done = renderPage(passwordPage(undefined, M.changed, homeOf(role)), context(url, lang, { ...s, id: started.id, idHash: started.record.idHash, csrf: started.csrf, user: changed.user }));
      done.headers.set('set-cookie', cookie(started.id));
      return done;
    };

    const accountsPage = async (request: Request, url: URL, lang: Lang): Promise<Response> => {
      const s = await adminOnly(request, url, lang, ['admin']);
      if (s instanceof Response) return s;
      const show = async (result?: AdminResult, status = 200) => {
        const [users, keys] = await Promise.all([store.users.list(), store.accessKeys.list({ includeRevoked: true })]);
        return renderPage(accountsAdminPage({ users, keys, units: [...options.units()], result }), context(url, lang, s), status);
      };
      if (request.method !== 'POST') return show();
      const form = await readFormBody(request);
      if (!(form instanceof URLSearchParams)) return show({ error: { vi: 'Không đọc được biểu mẫu.', en: 'Could not read the form.' } }, 400);
      const at = now();
      const actor: Principal = { unitId: s.user.unitId, userId: s.user.id, name: s.user.name, role: 'admin' };
      const action = form.get('action') ?? '';
      const target = form.get('id') ?? '';
      switch (action) {
        case 'create': {
          const role = form.get('role') ?? '';
          const unitId = role === 'admin' || role === 'coordinator' ? options.coordinator() : form.get('unitId') ?? '';
          const given = form.get('password') ?? '';
          const temp = given === '' ? randomPassword() : given;
          const made = await createAccount(store, { login: form.get('login') ?? '', name: form.get('name') ?? '', role, unitId, password: temp, mustChangePassword: true, now: at, units: options.units() });
          if (!made.ok) return show({ error: made.message }, 422);
          await audit(store, { actor, action: 'account.create', target: `user:${made.user.id}`, ip: ip(request), at, details: { login: made.user.login, role: made.user.role, unitId: made.user.unitId } });
          return show({ ok: { vi: `Đã tạo tài khoản ${made.user.login}. Mật khẩu tạm (chỉ hiện một lần; phải đổi khi đăng nhập lần đầu):`, en: `Account ${made.user.login} created. Temporary password (shown once; to be changed at first sign-in):` }, secret: given === '' ? temp : undefined });
        }
        case 'disable':
        case 'enable': {
          const u = await store.users.get(target);
          if (!u) return show({ error: { vi: 'Không có tài khoản này.', en: 'No such account.' } }, 404);
          if (u.id === s.user.id) return show({ error: { vi: 'Không thể tự khóa tài khoản của mình.', en: 'You cannot disable your own account.' } }, 422);
          await store.users.update(u.id, { disabled: action === 'disable' }, formatInstant(at));
          if (action === 'disable') await store.sessions.deleteForUser(u.id);
          await audit(store, { actor, action: `account.${action}`, target: `user:${u.id}`, ip: ip(request), at, details: { login: u.login } });
          return show({ ok: action === 'disable' ? { vi: `Đã khóa tài khoản ${u.login}; các phiên của tài khoản đã bị đóng.`, en: `Account ${u.login} disabled; its sessions were closed.` } : { vi: `Đã mở lại tài khoản ${u.login}.`, en: `Account ${u.login} enabled again.` } });
        }
        case 'reset': {
          const u = await store.users.get(target);
          if (!u) return show({ error: { vi: 'Không có tài khoản này.', en: 'No such account.' } }, 404);
          const temp = randomPassword();
          const r = await setPassword(store, u.id, temp, { now: at, mustChange: true });
          if (!r.ok) return show({ error: r.message }, 422);
          // A reset also lifts a lock-out on the name.
          await store.loginAttempts.clear(`account:${u.login}`);
          await audit(store, { actor, action: 'account.password-reset', target: `user:${u.id}`, ip: ip(request), at, details: { login: u.login } });
          return show({ ok: { vi: `Đã đặt lại mật khẩu của ${u.login}. Mật khẩu tạm (chỉ hiện một lần; phải đổi khi đăng nhập):`, en: `Password of ${u.login} reset. Temporary password (shown once; to be changed at sign-in):` }, secret: temp });
        }
        case 'key-create': {
          const unitId = form.get('unitId') ?? '';
          const label = (form.get('label') ?? '').normalize('NFC').trim().slice(0, 120);
          if (!options.units().has(unitId)) return show({ error: { vi: 'Đơn vị không có trong kế hoạch.', en: 'The unit is not in the plan.' } }, 422);
          if (label === '' || label === 'portal') return show({ error: { vi: 'Cần một nhãn nói khóa dùng cho hệ thống nào.', en: 'A label saying which system the key is for is needed.' } }, 422);
          const key = randomBytes(24).toString('base64url');
          const id = `key-${randomBytes(6).toString('hex')}`;
          await store.accessKeys.add({ id, tokenHash: await hashAccessToken(key), unitId, readAll: unitId === options.coordinator(), label, createdAt: formatInstant(at) });
          await audit(store, { actor, action: 'api-key.create', target: `api-key:${id}`, ip: ip(request), at, details: { unitId, label } });
          return show({ ok: { vi: `Đã tạo khóa API ${id} cho ${unitId}. Khóa (chỉ hiện một lần; gửi trong tiêu đề Authorization: Bearer …):`, en: `API key ${id} created for ${unitId}. The key (shown once; send it as Authorization: Bearer …):` }, secret: key });
        }
        case 'key-revoke': {
          if (!(await store.accessKeys.revoke(target, formatInstant(at)))) return show({ error: { vi: 'Không có khóa đang dùng này.', en: 'No such working key.' } }, 404);
          await audit(store, { actor, action: 'api-key.revoke', target: `api-key:${target}`, ip: ip(request), at, details: {} });
          return show({ ok: { vi: `Đã thu hồi khóa ${target}.`, en: `Key ${target} revoked.` } });
        }
        default:
          return show({ error: { vi: 'Thao tác không hợp lệ.', en: 'Unknown action.' } }, 400);
      }
    };

    const auditLog = async (request: Request, url: URL, lang: Lang): Promise<Response> => {
      const s = await adminOnly(request, url, lang, ['admin', 'coordinator']);
      if (s instanceof Response) return s;
      const before = url.searchParams.get('before');
      const beforeSeq = before !== null && /^\d{1,15}$/.test(before) ? Number(before) : undefined;
      const entries = await store.audit.list({ limit: 50, ...(beforeSeq !== undefined ? { beforeSeq } : {}) });
      const total = await store.audit.count();
      return renderPage(auditPage({ entries, total, pageSize: 50 }), context(url, lang, s));
    };

    return [
      { path: '/login', methods: ['GET'], handle: guard(async (request, url, lang) => {
        const s = await session(request);
        if (s && !s.user.mustChangePassword && isRole(s.user.role)) return _seeOther(_safeNext(url.searchParams.get('next')) ?? `${homeOf(s.user.role)}?lang=${lang}`);
        return renderPage(loginPage(undefined, '', _safeNext(url.searchParams.get('next'))), context(url, lang));
      }) },
      { path: '/login', methods: ['POST'], handle: guard(login) },
      { path: '/logout', methods: ['POST'], handle: guard(logout) },
      { path: '/account/password', methods: ['GET', 'POST'], handle: guard(password) },
      { path: '/admin/accounts', methods: ['GET', 'POST'], handle: guard(accountsPage) },
      { path: '/admin/audit', methods: ['GET'], handle: guard(auditLog) },
    ];
  }

  return { authFor, session, csrfGuard, routes, gate };
}

/** Kết quả thao tác quản trị — what the accounts page shows after an action. */
export interface AdminResult {
  ok?: Message;
  error?: Message;
  /** A password or key shown once. */
  secret?: string | undefined;
}

/** Vai trò theo thứ tự — for the role selector. */
export const ROLE_ORDER: readonly Role[] = ROLES;

/** @internal The unit's name for pages. */
export function _unitName(plan: Plan, unitId: string, lang: Lang): string {
  const u = findUnit(plan, unitId);
  return u ? (lang === 'en' ? u.name.en || u.name.vi : u.name.vi) : unitId;
}

export { _seeOther };
