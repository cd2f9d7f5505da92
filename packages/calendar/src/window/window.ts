/**
 * Kỳ số liệu — data windows (docs/domain.md#data-windows). Nghị định 09/2019/NĐ-CP, Điều 12
 * (thời gian chốt số liệu trong chế độ báo cáo định kỳ): monthly 15th of the previous month –
 * 14th; quarterly 15th of the month before the quarter – 14th of its last month; six-month
 * (first half) 15/12 of the previous year – 14/6; annual 15/12 – 14/12. Điều 12 defines no
 * nine-month window, so the calendar has no nine-month preset: a nine-month obligation states
 * its window with `from`/`to` or has none. A plan may state no window at all (many do): then
 * we say so and never substitute a preset.
 */
import type { DataWindowPreset, DataWindowSpec, LocalizedText, ObligationLike, PeriodKind } from '../_model';
import { _daysFromCivil, _isoFromDays } from '../time/time';

/** Kỳ số liệu của một nghĩa vụ — the window an obligation (or one of its instances) states, or the fact that it states none. */
export type DataWindowInfo =
  | { readonly stated: true; readonly preset?: DataWindowPreset; readonly from: string; readonly to: string }
  | { readonly stated: false; readonly message: LocalizedText };

const PRESET_PERIOD: Readonly<Record<DataWindowPreset, PeriodKind>> = {
  'nd09-monthly': 'monthly',
  'nd09-quarterly': 'quarterly',
  'nd09-semiannual': 'semiannual',
  'nd09-annual': 'annual',
};

/** Các mẫu kỳ số liệu — the presets the calendar computes (Nghị định 09/2019/NĐ-CP, Điều 12). */
export const DATA_WINDOW_PRESETS: readonly DataWindowPreset[] = Object.keys(PRESET_PERIOD) as DataWindowPreset[];

/** Thông báo "không quy định" — the message shown when a plan states no data window. */
export const DATA_WINDOW_NOT_STATED: LocalizedText = { vi: 'Kế hoạch không quy định kỳ số liệu', en: 'Not stated by the plan' };

const iso = (y: number, m: number, d: number) => _isoFromDays(_daysFromCivil(y, m, d));

/**
 * Kỳ số liệu theo Nghị định 09/2019/NĐ-CP — compute a preset window.
 * @param period - `monthly` | `quarterly` | `semiannual` | `annual` (Điều 12 has no nine-month window)
 * @param year - the reporting year
 * @param index - the month (1–12) for `monthly`, the quarter (1–4) for `quarterly`; unused otherwise
 * @returns `{ preset, from, to }`, both ends inclusive
 * @throws RangeError `calendar.invalid-period-index` when `index` is missing or out of range;
 *   `calendar.no-preset` for `nine-month` and `one-off`
 */
export function nd09DataWindow(period: PeriodKind, year: number, index?: number): { readonly preset: DataWindowPreset; readonly from: string; readonly to: string } {
  const need = (max: number): number => {
    if (index === undefined || !Number.isInteger(index) || index < 1 || index > max) {
      throw new RangeError(`calendar.invalid-period-index: ${period} needs an index 1–${max}`);
    }
    return index;
  };
  switch (period) {
    case 'monthly': {
      const m = need(12);
      return { preset: 'nd09-monthly', from: iso(year, m - 1, 15), to: iso(year, m, 14) };
    }
    case 'quarterly': {
      const q = need(4);
      const last = q * 3;
      return { preset: 'nd09-quarterly', from: iso(year, last - 3, 15), to: iso(year, last, 14) };
    }
    case 'semiannual':
      return { preset: 'nd09-semiannual', from: iso(year - 1, 12, 15), to: iso(year, 6, 14) };
    case 'annual':
      return { preset: 'nd09-annual', from: iso(year - 1, 12, 15), to: iso(year, 12, 14) };
    case 'nine-month':
    case 'one-off':
      throw new RangeError(`calendar.no-preset: Nghị định 09/2019/NĐ-CP, Điều 12 defines no ${period} data window`);
  }
}

/**
 * @internal The window of one instance: stated `from`/`to`, a preset computed for the instance,
 * or "not stated".
 */
export function _instanceWindow(spec: DataWindowSpec | undefined, period: PeriodKind, year: number, index: number | undefined): DataWindowInfo {
  if (!spec) return { stated: false, message: DATA_WINDOW_NOT_STATED };
  const preset = spec.preset !== undefined && Object.prototype.hasOwnProperty.call(PRESET_PERIOD, spec.preset) ? (spec.preset as DataWindowPreset) : undefined;
  if (spec.from !== undefined && spec.to !== undefined) return { stated: true, ...(preset ? { preset } : {}), from: spec.from, to: spec.to };
  if (preset && PRESET_PERIOD[preset] === period) {
    const w = nd09DataWindow(period, year, index);
    return { stated: true, preset, from: w.from, to: w.to };
  }
  const name = spec.preset ?? '';
  return {
    stated: false,
    message: preset
      ? {
          vi: `Mẫu kỳ số liệu "${name}" không khớp kỳ báo cáo "${period}"; kế hoạch cần sửa kỳ số liệu`,
          en: `Data-window preset "${name}" does not match the "${period}" period; the plan needs fixing`,
        }
      : {
          vi: `Mẫu kỳ số liệu "${name}" không được hỗ trợ (Nghị định 09/2019/NĐ-CP, Điều 12 không quy định); kế hoạch cần ghi rõ từ ngày, đến ngày`,
          en: `Data-window preset "${name}" is not supported (not in Nghị định 09/2019/NĐ-CP, Điều 12); the plan must state from and to`,
        },
  };
}

/**
 * Kỳ số liệu của nghĩa vụ — the data window of a single-instance obligation (six-month,
 * nine-month, annual, one-off), or "not stated by the plan". For monthly and quarterly
 * obligations use the `window` of each instance (`obligationInstances`).
 * @param obligation - an obligation
 * @returns `{ stated: true, from, to, preset? }` or `{ stated: false, message }` (never an invented window)
 */
export function dataWindowOf(obligation: Pick<ObligationLike, 'dataWindow' | 'period' | 'year' | 'indexes'>): DataWindowInfo {
  const w = obligation.dataWindow;
  if (!w) return { stated: false, message: DATA_WINDOW_NOT_STATED };
  const period = obligation.period;
  const single = period !== 'monthly' && period !== 'quarterly' ? undefined : obligation.indexes?.length === 1 ? obligation.indexes[0] : undefined;
  if (w.from === undefined && (period === 'monthly' || period === 'quarterly') && single === undefined)
    return { stated: false, message: { vi: 'Mỗi kỳ có kỳ số liệu riêng (xem từng kỳ)', en: 'Each instance has its own window (see the instances)' } };
  return _instanceWindow(w, period, obligation.year, single);
}
