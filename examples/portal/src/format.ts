// Cách viết số và ngày — how the portal writes instants and numbers, on the server
// pages and in the browser alike: "25/05/2021 09:00" (Việt Nam time, UTC+7, for
// both languages), "93,4 %" and "1.250" in Vietnamese, "93.4%" and "1,250" in English.
import type { Lang } from '@dvcq/core';
import { formatDateVi, formatInstant, parseInstant, vietnamDateOf } from '@dvcq/calendar';

/**
 * Ngày giờ — an instant as "dd/mm/yyyy HH:mm" at UTC+7.
 * @param instant - ISO text (with or without offset; without = UTC+7), epoch ms or a Date
 * @returns the text, or the input unchanged when it is not an instant
 */
export function formatDateTime(instant: string | number | Date): string {
  const ms = typeof instant === 'string' ? (() => {
    const p = parseInstant(instant);
    return p.ok ? p.epochMs : undefined;
  })() : typeof instant === 'number' ? instant : instant.getTime();
  if (ms === undefined || !Number.isFinite(ms)) return String(instant);
  return `${formatDateVi(vietnamDateOf(new Date(ms)))} ${formatInstant(ms).slice(11, 16)}`;
}

/**
 * Ngày — an ISO date `YYYY-MM-DD` as "dd/mm/yyyy".
 * @returns the text, or the input unchanged when it is not such a date
 */
export function formatDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? formatDateVi(date) : date;
}

/**
 * Số — a number with the language's separators ("1.250,5" / "1,250.5").
 * @returns `—` for `null`/`undefined`
 */
export function formatNumber(n: number | null | undefined, lang: Lang, maxFractionDigits = 1): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: maxFractionDigits }).format(n);
}

/**
 * Tỷ lệ phần trăm — a percentage ("93,4 %" in Vietnamese, "93.4%" in English).
 * @param percent - the value in percent (93.4), not a ratio
 * @returns `—` for `null`/`undefined`
 */
export function formatPercent(percent: number | null | undefined, lang: Lang): string {
  if (percent === null || percent === undefined || !Number.isFinite(percent)) return '—';
  return lang === 'en' ? `${formatNumber(percent, lang)}%` : `${formatNumber(percent, lang)} %`;
}
