import type { LocalizedText } from '../_model';
import type { IsoDate } from '../time/time';

/** Loại ngày — `holiday` (ngày lễ, Tết), `in-lieu` (nghỉ bù or nghỉ hoán đổi), `working-day` (làm bù, a swapped working Saturday). */
export type HolidayKind = 'holiday' | 'in-lieu' | 'working-day';

/** Nguồn — `announced` (from a cited government notice) or `estimated` (computed from the Labour Code). */
export type HolidaySource = 'announced' | 'estimated';

/** Dịp nghỉ — the occasion a day belongs to; an announcement replaces the estimate of the occasions it covers. */
export type HolidayOccasion = 'new-year' | 'tet' | 'hung-kings' | 'reunification-labour' | 'national-day';

/** Ngày nghỉ lễ / nghỉ bù / làm bù — one day of the public-sector holiday calendar. */
export interface HolidayDay {
  readonly date: IsoDate;
  readonly name: LocalizedText;
  readonly kind: HolidayKind;
  readonly source: HolidaySource;
}

/** Bộ luật Lao động áp dụng — the Labour Code whose holiday article governs a date. */
export interface LaborCodeRef {
  readonly id: 'bll-1994' | 'bll-2012' | 'bll-2019';
  /** E.g. `Bộ luật Lao động 2019 (45/2019/QH14), Điều 112`. */
  readonly citation: LocalizedText;
  /** First day in force, `YYYY-MM-DD`. */
  readonly from: IsoDate;
  /** Last day in force, when superseded. */
  readonly to?: IsoDate;
}

/** Lịch nghỉ đã công bố cho một dịp — an announced schedule for one occasion of one year. */
export interface AnnouncedSchedule {
  readonly year: number;
  readonly occasion: HolidayOccasion;
  /** The notice, e.g. `Công văn 9895/VPCP-KGVX ngày 26/11/2020 của Văn phòng Chính phủ`. */
  readonly document: LocalizedText;
  /** Every day of the occasion that differs from an ordinary week (source is implied: `announced`). */
  readonly days: readonly Omit<HolidayDay, 'source'>[];
}

/** Lịch nghỉ của một năm — the holiday calendar of a year for public servants (Mon–Fri week). */
export interface HolidayYear {
  readonly year: number;
  /** The Labour Code(s) whose holiday rules apply to dates of this year. */
  readonly laws: readonly LaborCodeRef[];
  /** Days sorted by date; weekend days appear only when they are a holiday themselves. */
  readonly days: readonly HolidayDay[];
  /** The announcements used for this year (empty: the whole year is estimated). */
  readonly announcements: readonly { readonly occasion: HolidayOccasion; readonly document: LocalizedText }[];
}
