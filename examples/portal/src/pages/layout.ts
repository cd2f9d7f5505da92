// Khung trang — the HTML every page shares: header with the one language switch,
// main content, footer. No inline script or style (CSP: script-src 'self'), except a page
// script (and the stylesheet) the build wrote into a page, allowed by their SHA-256 (../http/csp.ts).
import type { Lang, Message, Plan } from '@dvcq/core';
import { ROLE_LABELS, type Role, type calendarView } from '@dvcq/server';
import type { Assets } from '../http/assets';
import { contentSecurityPolicy } from '../http/csp';

/** Bối cảnh trang — what a page module draws from. */
export interface PageContext {
  lang: Lang;
  plan: Plan;
  coordinator: string;
  /** The coordinator's name in the page language (from the plan). */
  coordinatorName: string;
  calendar: ReturnType<typeof calendarView>;
  search: URLSearchParams;
  assets: Assets;
  /** Các kế hoạch đang ban hành — every published plan (the chooser lists them when there are several). */
  plans: ReadonlyArray<{ id: string; year: number; title: Message }>;
  /**
   * `plan=<id>` (URL-encoded) to keep the page's plan in links, or `''` when the
   * portal serves one plan and the address named none. Use {@link withPlan}.
   */
  planQuery: string;
  /** The caller's boot data (JSON safe in a script element), for a page with `boot`. */
  boot?: string;
  /** Người đăng nhập — the signed-in account (absent on public pages without a session). */
  user?: PageUser;
  /** Thông báo chưa đọc — the signed-in unit's unread notifications (the bell in the header). */
  unread?: number;
  /** Mã CSRF của phiên — written into `<meta name="csrf-token">` and every form. */
  csrf?: string;
}

/** Người dùng trên trang — what pages show of the signed-in account. */
export interface PageUser {
  id: string;
  login: string;
  /** Tên hiển thị (untrusted: escape it). */
  name: string;
  role: Role;
  unitId: string;
}

/**
 * Liên kết giữ kế hoạch — a portal address with the page's plan and language kept
 * (e.g. `withPlan(ctx, '/form')` → `/form?lang=vi&plan=tinh-abc-2026`).
 */
export function withPlan(ctx: Pick<PageContext, 'lang' | 'planQuery'>, path: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}lang=${ctx.lang}${ctx.planQuery ? `&${ctx.planQuery}` : ''}`;
}

/** Chọn kế hoạch — links to the same page for each published plan (only when there are several). */
function _planChooser(page: PageModule, ctx: PageContext): string {
  if (ctx.plans.length < 2) return '';
  const L = (vi: string, en: string) => (ctx.lang === 'en' ? en : vi);
  const items = ctx.plans
    .map((p) => {
      const q = new URLSearchParams(ctx.search);
      q.set('plan', p.id);
      const current = p.id === ctx.plan.id;
      return `<li><a href="${esc(`${page.path}?${q.toString()}`)}"${current ? ' aria-current="page"' : ''} title="${esc(pick(p.title, ctx.lang))}">${esc(p.id)} (${p.year})</a></li>`;
    })
    .join('');
  return `<nav aria-label="${L('Kế hoạch', 'Plan')}" class="portal-plans" id="portal-plans"><span>${L('Kế hoạch:', 'Plan:')}</span><ul>${items}</ul></nav>`;
}

/** Mô-đun trang — one page: its path, title, script and body. */
export interface PageModule {
  path: string;
  title: (ctx: PageContext) => Message;
  /** Logical name of the page's script in the asset manifest (e.g. `form.js`). */
  script?: string;
  /**
   * The same script built as one file to write into the page (e.g. `form-inline.js`): one
   * round trip less on a slow line, at the cost of not caching it. Used when the build has it.
   */
  inlineScript?: string;
  /**
   * Vai trò được mở — the roles that may open the page; absent: public. Without a
   * session the page redirects to `/login`; with another role it answers 403.
   */
  roles?: readonly Role[];
  body: (ctx: PageContext) => string;
  /** The page's script starts from the caller's data written into the page (see ../boot.ts) when the request is signed in. */
  boot?: boolean;
}

/** Ô ẩn mã CSRF — the hidden `_csrf` field every form of a signed-in page carries. */
export const csrfField = (ctx: PageContext): string => (ctx.csrf ? `<input type="hidden" name="_csrf" value="${esc(ctx.csrf)}">` : '');

/** @internal The signed-in account in the header: name, role, links, sign-out. */
function _userBox(ctx: PageContext): string {
  const u = ctx.user;
  const L = (vi: string, en: string) => (ctx.lang === 'en' ? en : vi);
  if (!u) return `<a href="/login?lang=${ctx.lang}" id="portal-login">${L('Đăng nhập', 'Sign in')}</a>`;
  const admin = u.role === 'admin' ? ` <a href="/admin/accounts?lang=${ctx.lang}">${L('Tài khoản', 'Accounts')}</a>` : '';
  const auditLink = u.role === 'admin' || u.role === 'coordinator' ? ` <a href="/admin/audit?lang=${ctx.lang}">${L('Nhật ký', 'Audit log')}</a>` : '';
  const n = ctx.unread ?? 0;
  const bell = ` <a href="${esc(withPlan(ctx, '/notifications'))}" id="portal-bell" class="portal-bell" aria-label="${esc(`${L('Thông báo', 'Notifications')}: ${n} ${L('chưa đọc', 'unread')}`)}">${L('Thông báo', 'Notifications')}${n > 0 ? ` <span id="portal-bell-count" class="portal-bell-count">${n >= 100 ? '99+' : n}</span>` : ''}</a>`;
  return `<div class="portal-user"><span id="portal-user-name">${esc(u.name)}</span> <span class="portal-user-role">(${esc(pick(ROLE_LABELS[u.role], ctx.lang))})</span>${bell}${admin}${auditLink} <a href="/account/password?lang=${ctx.lang}">${L('Đổi mật khẩu', 'Change password')}</a>
<form method="post" action="/logout" class="portal-logout">${csrfField(ctx)}<button type="submit" id="portal-logout">${L('Đăng xuất', 'Sign out')}</button></form></div>`;
}

/** Thoát HTML — escapes text for HTML content and attribute values. */
export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Chọn ngôn ngữ — the text of a message in the page language. */
export const pick = (m: Message, lang: Lang): string => (lang === 'en' ? m.en || m.vi : m.vi);

/**
 * Vẽ trang — the whole document of a page. The language switch keeps the query
 * (e.g. the chosen period) and is the only one on the page.
 */
export function renderPage(page: PageModule, ctx: PageContext, status = 200): Response {
  const { lang, plan } = ctx;
  const L = (vi: string, en: string) => (lang === 'en' ? en : vi);
  const other: Lang = lang === 'en' ? 'vi' : 'en';
  const switchQuery = new URLSearchParams(ctx.search);
  switchQuery.set('lang', other);
  const title = pick(page.title(ctx), lang);
  // The page's script, and the chunks it imports preloaded at once (no request waterfall).
  const inline = page.inlineScript ? ctx.assets.inline(page.inlineScript) : undefined;
  // A page carrying its script carries its style too: a stylesheet still loading holds module scripts back.
  const style = inline ? ctx.assets.inline('portal.css') : undefined;
  const script = inline
    ? `<script type="module">${inline.code}</script>\n`
    : page.script
    ? ctx.assets.preloads(page.script).map((href) => `<link rel="modulepreload" href="${esc(href)}">\n`).join('') + `<script type="module" src="${esc(ctx.assets.url(page.script))}"></script>\n`
    : '';
  const html = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} — DVCQ</title>
<link rel="icon" href="/favicon.ico">
${style ? `<style>${style.code}</style>` : `<link rel="stylesheet" href="${esc(ctx.assets.url('portal.css'))}">`}
${ctx.csrf ? `<meta name="csrf-token" content="${esc(ctx.csrf)}">\n` : ''}${script}</head>
<body data-lang="${lang}" data-plan-id="${esc(plan.id)}" data-plan-year="${plan.year}" data-coordinator="${esc(ctx.coordinator)}">
<header class="portal-header"><a href="${esc(withPlan(ctx, '/'))}" class="portal-home">DVCQ</a>
<h1>${esc(title)}</h1>
<nav aria-label="${L('Ngôn ngữ', 'Language')}"><a href="${esc(`${page.path}?${switchQuery.toString()}`)}" hreflang="${other}" lang="${other}" id="portal-lang">${other === 'en' ? 'English' : 'Tiếng Việt'}</a></nav>${_planChooser(page, ctx)}${_userBox(ctx)}</header>
<main>${page.body(ctx)}</main>
<footer class="portal-footer">${esc(pick(plan.title, lang))} · ${L('Cổng mẫu của DVCQ Kit — dữ liệu lưu trong SQLite của máy chủ này.', "DVCQ Kit reference portal — data kept in this server's SQLite.")}</footer>
</body>
</html>`;
  const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
  if (inline) headers['content-security-policy'] = contentSecurityPolicy([inline.sha256], style ? [style.sha256] : []);
  return new Response(html, { status, headers });
}
