// Cách viết số — how the kit writes numbers for people: Vietnamese groups thousands with
// "." and marks decimals with "," ("1.250,5"), and writes a percentage with a space before
// "%" ("93,4 %": a no-break space, so the sign never starts a line); English writes
// "1,250.5" and "93.4%". Intl's vi-VN and en-GB number formats give these separators.
// Negative numbers keep Intl's minus sign.
import type { Lang } from '../issues/issue';

/** Tùy chọn viết số — options of {@link formatNumber} and {@link formatPercent}. */
export interface FormatNumberOptions {
  /** Language (default `vi`). */
  lang?: Lang;
  /** Digits after the decimal sign at most (default 2 for numbers, 1 for percentages). */
  maxDecimals?: number;
}

const _NBSP = '\u00a0';
const _LOCALE: Readonly<Record<Lang, string>> = { vi: 'vi-VN', en: 'en-GB' };

/**
 * @internal Formats with the locale's default options (up to 3 decimals), which V8 caches
 * per locale — a formatter built per call costs ~50 µs, and building them when the module
 * loads would cost the first Intl use (~30 ms) at import. The value is rounded first.
 */
function _format(value: number, lang: Lang, maxDecimals: number): string {
  if (maxDecimals > 3) return new Intl.NumberFormat(_LOCALE[lang], { maximumFractionDigits: maxDecimals, useGrouping: true }).format(value);
  const f = 10 ** maxDecimals;
  let rounded = Math.round(value * f) / f;
  if (Object.is(rounded, -0)) rounded = 0;
  return rounded.toLocaleString(_LOCALE[lang]);
}

/**
 * Viết số — a number as people read it: `1250.5` → "1.250,5" (vi) or "1,250.5" (en).
 * @param value - the number (finite)
 * @param options - `lang` (default `vi`), `maxDecimals` (default 2, 0–20)
 * @returns the text; `—` for a value that is not a finite number
 */
export function formatNumber(value: number, options: FormatNumberOptions = {}): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  const digits = Math.min(20, Math.max(0, Math.floor(options.maxDecimals ?? 2)));
  return _format(value, options.lang ?? 'vi', digits);
}

/**
 * Viết tỷ lệ phần trăm — a value already in percent (0–100): `93.4` → "93,4 %" (vi, with a
 * no-break space) or "93.4%" (en). For a ratio 0–1, pass `ratio * 100`.
 * @param percent - the value in percent
 * @param options - `lang` (default `vi`), `maxDecimals` (default 1)
 * @returns the text; `—` for a value that is not a finite number
 */
export function formatPercent(percent: number, options: FormatNumberOptions = {}): string {
  if (typeof percent !== 'number' || !Number.isFinite(percent)) return '—';
  const text = formatNumber(percent, { ...options, maxDecimals: options.maxDecimals ?? 1 });
  return options.lang === 'en' ? `${text}%` : `${text}${_NBSP}%`;
}
