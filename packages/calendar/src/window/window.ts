/**
 * Kỳ số liệu — data windows. Nghị định 09/2019/NĐ-CP, Điều 12 (thời gian chốt số liệu trong
 * chế độ báo cáo định kỳ): monthly 15th of the previous month – 14th; quarterly 15th of the
 * month before the quarter – 14th of its last month; 6 months 15/12 of the previous year – 14/6;
 * 9 months 15/12 – 14/9; annual 15/12 – 14/12. A plan may state no window at all (the Hòa Bình
 * 2021 plan states none): then we say so and never substitute a preset.
 */
import type { DataWindow, DataWindowPreset, LocalizedText, ObligationLike, PeriodKind } from '../_model';
import { _daysFromCivil, _isoFromDays } from '../time/time';

/** Kỳ số liệu của một nghĩa vụ — the window an obligation states, or the fact that it states none. */
export type DataWindowInfo =
  | { readonly stated: true; readonly preset?: DataWindowPreset; readonly from: string; readonly to: string }
  | { readonly stated: false; readonly message: LocalizedText };

const PRESET_OF: Record<Exclude<PeriodKind, 'one-off'>, DataWindowPreset> = {
  monthly: 'nd09-monthly',
  quarterly: 'nd09-quarterly',
  semiannual: 'nd09-semiannual',
  'nine-month': 'nd09-nine-month',
  annual: 'nd09-annual',
};

/** Thông báo "không quy định" — the message shown when a plan states no data window. */
export const DATA_WINDOW_NOT_STATED: LocalizedText = { vi: 'Kế hoạch không quy định kỳ số liệu', en: 'Not stated by the plan' };

const iso = (y: number, m: number, d: number) => _isoFromDays(_daysFromCivil(y, m, d));

/**
 * Kỳ số liệu theo Nghị định 09/2019/NĐ-CP — compute a named preset window.
 * @param period - `monthly` | `quarterly` | `semiannual` | `nine-month` | `annual`
 * @param year - the reporting year
 * @param index - the month (1–12) for `monthly`, the quarter (1–4) for `quarterly`; unused otherwise
 * @returns `{ preset, from, to }`, both ends inclusive
 * @throws RangeError `calendar/invalid-period-index` when `index` is missing or out of range
 */
export function nd09DataWindow(period: Exclude<PeriodKind, 'one-off'>, year: number, index?: number): { readonly preset: DataWindowPreset; readonly from: string; readonly to: string } {
  const preset = PRESET_OF[period];
  const need = (max: number): number => {
    if (index === undefined || !Number.isInteger(index) || index < 1 || index > max) {
      throw new RangeError(`calendar/invalid-period-index: ${period} needs an index 1–${max}`);
    }
    return index;
  };
  switch (period) {
    case 'monthly': {
      const m = need(12);
      return { preset, from: iso(year, m - 1, 15), to: iso(year, m, 14) };
    }
    case 'quarterly': {
      const q = need(4);
      const last = q * 3;
      return { preset, from: iso(year, last - 3, 15), to: iso(year, last, 14) };
    }
    case 'semiannual':
      return { preset, from: iso(year - 1, 12, 15), to: iso(year, 6, 14) };
    case 'nine-month':
      return { preset, from: iso(year - 1, 12, 15), to: iso(year, 9, 14) };
    case 'annual':
      return { preset, from: iso(year - 1, 12, 15), to: iso(year, 12, 14) };
  }
}

/**
 * Kỳ số liệu của nghĩa vụ — the data window an obligation states, or "not stated by the plan".
 * @param obligation - an obligation
 * @returns `{ stated: true, from, to, preset? }` or `{ stated: false, message }` (never an invented window)
 */
export function dataWindowOf(obligation: Pick<ObligationLike, 'dataWindow'> & Partial<Pick<ObligationLike, 'period' | 'year'>>): DataWindowInfo {
  const w = obligation.dataWindow;
  if (!w) return { stated: false, message: DATA_WINDOW_NOT_STATED };
  if (w.from !== undefined && w.to !== undefined) return { stated: true, ...(w.preset !== undefined ? { preset: w.preset } : {}), from: w.from, to: w.to };
  // A preset alone: computed for the obligation's one report a year; monthly and quarterly
  // obligations have one window per report (`obligationInstances`).
  if (obligation.period === undefined || obligation.year === undefined || obligation.period === 'monthly' || obligation.period === 'quarterly' || obligation.period === 'one-off')
    throw new RangeError('calendar/data-window-needs-instance');
  return { stated: true, ...nd09DataWindow(obligation.period, obligation.year) };
}
