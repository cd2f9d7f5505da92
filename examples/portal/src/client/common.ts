// Shared by the portal's pages: the session's CSRF token (<meta name="csrf-token">), an
// API key given in a link (#token=…, kept
// in sessionStorage so the language switch keeps it), the page language, the
// server's clock, the reporting periods, and small DOM helpers that never build
// HTML from data.
import type { Lang } from '@dvcq/core';
import type { Overview, OverviewPeriod } from '@dvcq/server';

/** Ngôn ngữ của trang — the language the server drew the page in. */
export function pageLang(): Lang {
  return document.body.dataset.lang === 'en' ? 'en' : 'vi';
}

/** Chọn theo ngôn ngữ — a Vietnamese / English pair in the page language. */
export function words(lang: Lang): (vi: string, en: string) => string {
  return (vi, en) => (lang === 'en' ? en : vi);
}

/** Mã truy cập — reads `#token=…` once, removes it from the address bar, keeps it for the tab. */
export function readToken(): string | undefined {
  const m = /(?:^|[#&])token=([A-Za-z0-9_-]{8,200})/.exec(location.hash);
  if (m) {
    sessionStorage.setItem('dvcq-token', m[1]!);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem('dvcq-token') ?? undefined;
}

/**
 * Dữ liệu khởi động — the data the server wrote into the page for a signed-in caller
 * (`<script type="application/json" id="portal-boot">`, see src/boot.ts), read once.
 * @returns the data, or `undefined` when the page has none (the script then fetches it)
 */
export function readBoot<T>(): T | undefined {
  const e = document.getElementById('portal-boot');
  if (!e?.textContent) return undefined;
  try {
    return JSON.parse(e.textContent) as T;
  } catch {
    return undefined;
  }
}

/** Mã CSRF — the session's token the server wrote into `<meta name="csrf-token">` ('' without a session). */
export function csrfToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '';
}

/**
 * Địa chỉ theo kế hoạch — a portal address with the page's plan (`plan=<id>`, from
 * `<body data-plan-id>`), so every call of a page is about the plan the page shows.
 */
export function planPath(path: string): string {
  const id = document.body.dataset.planId;
  if (!id || /[?&]plan=/.test(path)) return path;
  return `${path}${path.includes('?') ? '&' : '?'}plan=${encodeURIComponent(id)}`;
}

/**
 * Gọi API — fetch about the page's plan ({@link planPath}) in the session (cookie, same origin)
 * with the page language and, for a state change, the session's CSRF token in `x-csrf-token`;
 * with a bearer token (an API key) that instead.
 */
export async function api(path: string, token: string | undefined, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  headers.set('accept-language', pageLang());
  const method = (init.method ?? 'GET').toUpperCase();
  if (!token && method !== 'GET' && method !== 'HEAD') headers.set('x-csrf-token', csrfToken());
  return fetch(planPath(path), { ...init, headers, credentials: 'same-origin' });
}

/**
 * Tải tệp — fetches a file with the token and hands it to the browser as a download
 * (the name from `Content-Disposition`). On an error answer, shows its message.
 */
export async function download(path: string, token: string | undefined, fallbackName: string): Promise<void> {
  const res = await api(path, token);
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: { text?: string } };
    setStatus(`HTTP ${res.status}${body.error?.text ? `: ${body.error.text}` : ''}`);
    return;
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const a = el('a');
  a.href = URL.createObjectURL(await res.blob());
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
}

/** Tạo phần tử — an element with text (never HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string | number | null, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (className) e.className = className;
  return e;
}

/** Hiện thông báo — sets the status line. */
export function setStatus(text: string): void {
  const s = document.getElementById('portal-status');
  if (s) s.textContent = text;
}

/** Đồng hồ theo máy chủ — now, shifted by the server's offset, so lateness agrees with the server. */
export function serverClock(asOf: string): () => Date {
  const offset = Date.parse(asOf) - Date.now();
  return () => new Date(Date.now() + offset);
}

/**
 * Kỳ được chọn — `?period=` (a period key such as `bc-quy-2026@2026`, or a
 * period kind such as `semiannual`) when it names one, else the period the server
 * says needs attention.
 * @returns the period and whether it came from `attention`
 */
export function chosenPeriod(overview: Overview): { period: OverviewPeriod | undefined; fromAttention: boolean } {
  const q = new URLSearchParams(location.search).get('period');
  const asked = q ? overview.periods.find((p) => p.key === q) ?? overview.periods.find((p) => p.period === q) : undefined;
  if (asked) return { period: asked, fromAttention: false };
  const attention = overview.periods.find((p) => p.key === overview.attention);
  return { period: attention ?? overview.periods[0], fromAttention: attention !== undefined };
}

/**
 * Tên kỳ — the report and its period in the page language: "Báo cáo quý — Quý II/2026";
 * just the title when it already names the period ("Báo cáo 6 tháng năm 2021").
 */
export function periodName(p: OverviewPeriod, lang: Lang): string {
  const title = p.title[lang] || p.title.vi;
  const label = p.label[lang] || p.label.vi;
  return title.toLocaleLowerCase('vi').includes(label.toLocaleLowerCase('vi')) ? title : `${title} — ${label}`;
}

/**
 * Tham số kỳ — the query naming one instance for `/api/aggregate`: period, year, and the
 * month/quarter and obligation when the instance has them.
 */
export function periodQuery(p: OverviewPeriod): string {
  const q = new URLSearchParams({ period: p.period, year: String(p.year) });
  if (p.periodIndex !== undefined) q.set('periodIndex', String(p.periodIndex));
  q.set('obligationId', p.obligationId);
  return q.toString();
}

/** Giữ kỳ khi đổi ngôn ngữ — keeps the chosen period in the URL and in the language switch link. */
export function rememberPeriod(key: string): void {
  const q = new URLSearchParams(location.search);
  q.set('period', key);
  history.replaceState(null, '', `${location.pathname}?${q.toString()}`);
  const link = document.getElementById('portal-lang') as HTMLAnchorElement | null;
  if (link) {
    const u = new URL(link.href);
    u.searchParams.set('period', key);
    link.href = u.pathname + u.search;
  }
}
