// Shared by the portal's pages: the access token (from the link's #token=…, kept
// in sessionStorage so the language switch keeps it), the page language, the
// server's clock, and small DOM helpers that never build HTML from data.
import type { Lang } from '@dvcq/core';

/** Ngôn ngữ của trang — the language the server drew the page in. */
export function pageLang(): Lang {
  return document.body.dataset.lang === 'en' ? 'en' : 'vi';
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

/** Gọi API — fetch with the bearer token and the page language. */
export async function api(path: string, token: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${token}`);
  headers.set('accept-language', pageLang());
  return fetch(path, { ...init, headers });
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

/** Lịch — the server's calendar (its `at` is the server clock, fixed by DVCQ_NOW in demos). */
export interface CalendarInfo {
  at: string;
  obligations: Array<{ id: string; period: string; year: number; status: string; deadline: { text?: string; date: string; reading: { vi: string; en: string } } }>;
}

/** Kỳ mặc định — `?period=` if given, else the first obligation not yet past, else the last. */
export function defaultPeriod(cal: CalendarInfo): string {
  const q = new URLSearchParams(location.search).get('period');
  if (q === 'semiannual' || q === 'annual') return q;
  const open = cal.obligations.find((o) => o.status === 'open' || o.status === 'upcoming');
  return (open ?? cal.obligations[cal.obligations.length - 1])?.period ?? 'annual';
}

/** Đồng hồ theo máy chủ — now, shifted by the server's offset, so lateness agrees with the server. */
export function serverClock(cal: CalendarInfo): () => Date {
  const offset = Date.parse(cal.at) - Date.now();
  return () => new Date(Date.now() + offset);
}

/** Giữ kỳ khi đổi ngôn ngữ — keeps the chosen period in the URL and in the language switch link. */
export function rememberPeriod(period: string): void {
  const q = new URLSearchParams(location.search);
  q.set('period', period);
  history.replaceState(null, '', `${location.pathname}?${q.toString()}`);
  const link = document.getElementById('portal-lang') as HTMLAnchorElement | null;
  if (link) {
    const u = new URL(link.href);
    u.searchParams.set('period', period);
    link.href = u.pathname + u.search;
  }
}
