import type { LocalizedText } from '../_model';
import type { IsoDate } from '../time/time';

/**
 * Loại ngày — `holiday` (ngày lễ, Tết), `in-lieu` (nghỉ bù: a holiday fell on the weekly
 * rest day), `swapped-off` (nghỉ hoán đổi: a working day moved to a weekend), `working-day`
 * (làm bù: a Saturday or Sunday worked in exchange).
 */
export type HolidayKind = 'holiday' | 'in-lieu' | 'swapped-off' | 'working-day';

/**
 * Nguồn — `announced`: from a cited government notice; `law`: fixed by the Labour Code itself
 * (a dated holiday, Giỗ Tổ on 10/3 âm lịch, a day in lieu under Điều 111 khoản 3);
 * `estimated`: a day the Prime Minister chooses each year (Tết days, the second Quốc khánh
 * day) for which no notice is known — computed from past practice, may differ.
 */
export type HolidaySource = 'announced' | 'law' | 'estimated';

/** Dịp nghỉ — the occasion a day belongs to; an announcement replaces the computed days of the occasions it covers. */
export type HolidayOccasion = 'new-year' | 'tet' | 'hung-kings' | 'reunification-labour' | 'national-day';

/** Các dịp nghỉ — every occasion, in calendar order. */
export const HOLIDAY_OCCASIONS: readonly HolidayOccasion[] = ['new-year', 'tet', 'hung-kings', 'reunification-labour', 'national-day'];

/** Các loại ngày — every day kind. */
export const HOLIDAY_KINDS: readonly HolidayKind[] = ['holiday', 'in-lieu', 'swapped-off', 'working-day'];

/**
 * Văn bản căn cứ của một ngày — the document a day comes from: the notice that announced it,
 * or the Labour Code article that fixes it (for `law` and `estimated` days).
 */
export interface HolidayBasis {
  /** The document cited in words, e.g. `Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ`. */
  readonly citation: LocalizedText;
  /** Số, ký hiệu — e.g. `9441/TB-BNV`, `45/2019/QH14`. */
  readonly number?: string;
  /** Ngày ban hành, `YYYY-MM-DD`. */
  readonly date?: IsoDate;
  /** Cơ quan ban hành — e.g. Bộ Nội vụ, Văn phòng Chính phủ, Quốc hội. */
  readonly issuer: LocalizedText;
  /** Điều, khoản — for a law: the article that fixes the day (e.g. `Điều 111 khoản 3`). */
  readonly provision?: LocalizedText;
  /** Link to the document, when known. */
  readonly url?: string;
}

/** Ngày nghỉ lễ / nghỉ bù / nghỉ hoán đổi / làm bù — one day of the public-sector holiday calendar. */
export interface HolidayDay {
  readonly date: IsoDate;
  readonly name: LocalizedText;
  readonly kind: HolidayKind;
  readonly source: HolidaySource;
  readonly occasion: HolidayOccasion;
  /** Văn bản căn cứ — the notice or law article this day comes from. */
  readonly notice: HolidayBasis;
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

/** Lịch nghỉ của một năm — the holiday calendar of a year for public servants (Mon–Fri week). */
export interface HolidayYear {
  readonly year: number;
  /** The Labour Code(s) whose holiday rules apply to dates of this year. */
  readonly laws: readonly LaborCodeRef[];
  /** Days sorted by date; weekend days appear only when they are a holiday or a working day themselves. */
  readonly days: readonly HolidayDay[];
  /** The announcements used for this year (empty: no notice is known; every day is `law` or `estimated`). */
  readonly announcements: readonly {
    readonly occasion: HolidayOccasion;
    /** The notice in words (same as `notice.citation`). */
    readonly document: LocalizedText;
    readonly notice: HolidayBasis;
  }[];
}

// ---- The holidays file: the format a deployment uses to add a year's announced schedule. ----

/** Định dạng tệp lịch nghỉ — the value of `format` in a holidays file. */
export const HOLIDAYS_FORMAT = 'dvcq-holidays/1';

/** Văn bản công bố lịch nghỉ — a notice as written in a holidays file. */
export interface HolidayNotice {
  /** Loại văn bản — e.g. `{ vi: 'Thông báo', en: 'Notice' }`, `{ vi: 'Công văn', en: 'Official letter' }`. */
  readonly type: LocalizedText;
  /** Số, ký hiệu — e.g. `9441/TB-BNV`. */
  readonly number: string;
  /** Ngày ban hành, `YYYY-MM-DD`. */
  readonly date: IsoDate;
  /** Cơ quan ban hành — e.g. `{ vi: 'Bộ Nội vụ', en: 'Ministry of Home Affairs' }`. */
  readonly issuer: LocalizedText;
  /** Trích yếu — what it is about, e.g. nghỉ Tết Âm lịch và Quốc khánh năm 2026. */
  readonly subject?: LocalizedText;
  /** Link to the notice (http or https), when known. */
  readonly url?: string;
}

/** Một ngày trong lịch đã công bố — a day of an announced schedule. */
export interface AnnouncedDay {
  readonly date: IsoDate;
  readonly kind: HolidayKind;
  /** Tên ngày — shown to users; derived from the occasion and kind when omitted. */
  readonly name?: LocalizedText;
}

/**
 * Lịch nghỉ đã công bố cho một dịp — one occasion of one year as a notice announced it. It
 * lists every day of the occasion that differs from an ordinary week (holidays, days in lieu,
 * swapped days off, working weekend days) and replaces the computed days of that occasion.
 */
export interface AnnouncedSchedule {
  readonly year: number;
  readonly occasion: HolidayOccasion;
  /** Mã văn bản — a key of the file's `notices`. */
  readonly notice: string;
  readonly days: readonly AnnouncedDay[];
}

/**
 * Tệp lịch nghỉ đã công bố — the holidays file: notices by id and the schedules they announce.
 * The built-in table (`BUILT_IN_HOLIDAYS`) is one; a deployment passes its own to
 * `createWorkingCalendar({ announced })` (CLI `--holidays FILE`) to add a year after a release.
 */
export interface HolidaysFile {
  /** JSON Schema for editors, e.g. `./node_modules/@dvcq/calendar/holidays.schema.json` (ignored on load). */
  readonly $schema?: string;
  readonly format: typeof HOLIDAYS_FORMAT;
  /** Chú thích — free text for the people who maintain the file. */
  readonly comment?: string;
  readonly notices: Readonly<Record<string, HolidayNotice>>;
  readonly schedules: readonly AnnouncedSchedule[];
}
