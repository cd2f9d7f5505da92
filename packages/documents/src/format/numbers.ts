// Số trong văn bản — numbers the way Vietnamese documents write them: "." groups thousands,
// "," marks decimals ("1.250", "93,4"), and a percentage keeps a space before "%" ("93,4 %",
// a no-break space so the sign never starts a line). Intl's `vi-VN` locale gives exactly
// these separators; per call, no shared formatter state.

const _NBSP = '\u00a0';
// Immutable formatters (Intl objects hold no per-call state), built once: constructing one per
// call dominated the consolidated draft of 100 units.
const _FORMATS = [0, 1, 2, 3].map((d) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: d, useGrouping: true }));

/**
 * Số đếm — an integer or a decimal with up to `maxDecimals` digits: `1250` → "1.250",
 * `12.5` → "12,5".
 * @param value - the number
 * @param maxDecimals - digits after the comma at most (default 2)
 * @returns the number as Vietnamese text
 */
export function formatNumberVi(value: number, maxDecimals = 2): string {
  const f = _FORMATS[maxDecimals] ?? new Intl.NumberFormat('vi-VN', { maximumFractionDigits: maxDecimals, useGrouping: true });
  return f.format(value);
}

/**
 * Tỷ lệ phần trăm — a value already in percent (0–100): `93.4` → "93,4 %".
 * @param percent - the value in percent
 * @param maxDecimals - digits after the comma at most (default 1)
 * @returns e.g. "93,4 %"
 */
export function formatPercentVi(percent: number, maxDecimals = 1): string {
  return `${formatNumberVi(percent, maxDecimals)}${_NBSP}%`;
}

/**
 * Tỷ lệ từ phân số — a ratio 0–1 as a percentage: `0.934` → "93,4 %".
 * @param ratio - the ratio
 * @returns e.g. "93,4 %"
 */
export function formatRatioVi(ratio: number): string {
  return formatPercentVi(Math.round(ratio * 1000) / 10, 1);
}
