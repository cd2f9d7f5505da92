// Số trong văn bản — numbers the way Vietnamese documents write them ("1.250", "93,4 %"):
// core's `formatNumber` / `formatPercent` are the one home; documents add only the ratio form.
import { formatPercent } from '@dvcq/core';

/**
 * Tỷ lệ từ phân số — a ratio 0–1 as a percentage: `0.934` → "93,4 %".
 * @param ratio - the ratio
 * @returns e.g. "93,4 %"
 */
export function formatRatioVi(ratio: number): string {
  return formatPercent(ratio * 100, { maxDecimals: 1 });
}
