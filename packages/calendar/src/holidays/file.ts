/**
 * Tệp lịch nghỉ — reading and checking a holidays file (format `dvcq-holidays/1`): the way a
 * deployment adds a year's announced schedule without a new release of the kit
 * (docs/domain.md#announced-schedules). Every problem is an issue with a stable code
 * (`holidays.*`), a JSON Pointer and a message in the caller's language; nothing throws.
 */
import { type Issue, type Lang, type Result, pickMessage, readJsonBounded, toJsonPointer } from '@dvcq/core';
import { _weekday, _daysFromIso, parseDate } from '../time/time';
import { HOLIDAY_YEAR_RANGE } from './holidays';
import { HOLIDAY_KINDS, HOLIDAY_OCCASIONS, HOLIDAYS_FORMAT, type HolidaysFile } from './types';

/** Tùy chọn đọc tệp lịch nghỉ — options of {@link parseHolidays} and {@link validateHolidays}. */
export interface HolidaysReadOptions {
  /** Ngôn ngữ thông báo — message language (default `vi`). */
  readonly lang?: Lang;
  /** Độ dài tối đa — longest text accepted by {@link parseHolidays}, in UTF-16 code units (default 1 000 000). */
  readonly maxLength?: number;
}

/** Giới hạn kích thước tệp lịch nghỉ — default text limit of {@link parseHolidays}. */
export const MAX_HOLIDAYS_LENGTH = 1_000_000;

const MAX_TEXT = 500;
const MAX_URL = 2000;

type Seg = string | number;

class _Checker {
  readonly issues: Issue[] = [];
  constructor(private readonly lang: Lang) {}

  add(code: string, path: readonly Seg[], vi: string, en: string, severity: Issue['severity'] = 'error'): void {
    this.issues.push({ code: `holidays.${code}`, severity, path: toJsonPointer(path), message: pickMessage({ vi, en }, this.lang) });
  }

  object(v: unknown, path: readonly Seg[], what: { vi: string; en: string }): v is Record<string, unknown> {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) return true;
    this.add('type', path, `${what.vi} phải là một đối tượng JSON ({ … }).`, `${what.en} must be a JSON object ({ … }).`);
    return false;
  }

  keys(o: Record<string, unknown>, path: readonly Seg[], allowed: readonly string[], required: readonly string[], what: { vi: string; en: string }): void {
    for (const k of Object.keys(o))
      if (!allowed.includes(k))
        this.add('unknown-property', [...path, k], `${what.vi}: không có trường "${k}" (các trường: ${allowed.join(', ')}).`, `${what.en}: unknown field "${k}" (fields: ${allowed.join(', ')}).`);
    for (const k of required)
      if (!Object.prototype.hasOwnProperty.call(o, k))
        this.add('required', [...path, k], `${what.vi}: thiếu trường "${k}".`, `${what.en}: field "${k}" is missing.`);
  }

  text(v: unknown, path: readonly Seg[], what: { vi: string; en: string }): boolean {
    if (typeof v !== 'string' || v.trim() === '' || v.length > MAX_TEXT) {
      this.add('text', path, `${what.vi} phải là chuỗi ký tự không rỗng, tối đa ${MAX_TEXT} ký tự.`, `${what.en} must be a non-empty string of at most ${MAX_TEXT} characters.`);
      return false;
    }
    return true;
  }

  message(v: unknown, path: readonly Seg[], what: { vi: string; en: string }): void {
    if (!this.object(v, path, what)) return;
    this.keys(v, path, ['vi', 'en'], ['vi', 'en'], what);
    if ('vi' in v) this.text(v.vi, [...path, 'vi'], { vi: `${what.vi} (tiếng Việt)`, en: `${what.en} (Vietnamese)` });
    if ('en' in v) this.text(v.en, [...path, 'en'], { vi: `${what.vi} (tiếng Anh)`, en: `${what.en} (English)` });
  }

  date(v: unknown, path: readonly Seg[], what: { vi: string; en: string }): string | undefined {
    const r = typeof v === 'string' ? parseDate(v) : undefined;
    if (r?.ok) return r.date;
    this.add('invalid-date', path, `${what.vi} phải là một ngày có thật, dạng YYYY-MM-DD (ví dụ 2026-02-16).`, `${what.en} must be a real date written YYYY-MM-DD (e.g. 2026-02-16).`);
    return undefined;
  }
}

const NOTICE = { vi: 'Văn bản', en: 'Notice' };
const SCHEDULE = { vi: 'Lịch nghỉ', en: 'Schedule' };
const DAY = { vi: 'Ngày', en: 'Day' };
const WEEKDAY_VI = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];
const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Kiểm tra tệp lịch nghỉ — check a parsed holidays file against the `dvcq-holidays/1` format:
 * fields and types, real dates, known occasions and day kinds, notices that exist, one schedule
 * per year and occasion, each date once, a working day (làm bù) on a weekend and a day off
 * (nghỉ bù, nghỉ hoán đổi) on a weekday.
 * @param value - the parsed JSON value
 * @param options - `lang` of the messages
 * @returns `{ ok: true, value, issues }` (warnings only) or `{ ok: false, issues }`
 */
export function validateHolidays(value: unknown, options?: HolidaysReadOptions): Result<HolidaysFile> {
  const c = new _Checker(options?.lang ?? 'vi');
  const FILE = { vi: 'Tệp lịch nghỉ', en: 'Holidays file' };
  if (!c.object(value, [], FILE)) return { ok: false, issues: c.issues };
  c.keys(value, [], ['$schema', 'format', 'comment', 'notices', 'schedules'], ['format', 'notices', 'schedules'], FILE);
  if ('format' in value && value.format !== HOLIDAYS_FORMAT)
    c.add('format', ['format'], `Trường "format" phải là "${HOLIDAYS_FORMAT}".`, `Field "format" must be "${HOLIDAYS_FORMAT}".`);
  if ('comment' in value && typeof value.comment !== 'string')
    c.add('type', ['comment'], 'Trường "comment" phải là chuỗi ký tự.', 'Field "comment" must be a string.');

  const noticeIds = new Set<string>();
  const usedNotices = new Set<string>();
  if ('notices' in value && c.object(value.notices, ['notices'], { vi: 'Trường "notices"', en: 'Field "notices"' })) {
    for (const [id, n] of Object.entries(value.notices)) {
      const p = ['notices', id];
      noticeIds.add(id);
      if (id.trim() === '' || id.length > 100) c.add('text', p, 'Mã văn bản phải có từ 1 đến 100 ký tự.', 'A notice id must have 1 to 100 characters.');
      if (!c.object(n, p, NOTICE)) continue;
      c.keys(n, p, ['type', 'number', 'date', 'issuer', 'subject', 'url'], ['type', 'number', 'date', 'issuer'], NOTICE);
      if ('type' in n) c.message(n.type, [...p, 'type'], { vi: 'Loại văn bản', en: 'Notice type' });
      if ('number' in n) c.text(n.number, [...p, 'number'], { vi: 'Số, ký hiệu văn bản', en: 'Notice number' });
      if ('date' in n) c.date(n.date, [...p, 'date'], { vi: 'Ngày ban hành', en: 'Date of issue' });
      if ('issuer' in n) c.message(n.issuer, [...p, 'issuer'], { vi: 'Cơ quan ban hành', en: 'Issuing body' });
      if ('subject' in n) c.message(n.subject, [...p, 'subject'], { vi: 'Trích yếu', en: 'Subject' });
      if ('url' in n && !(typeof n.url === 'string' && n.url.length <= MAX_URL && /^https?:\/\/[^\s]+$/i.test(n.url)))
        c.add('invalid-url', [...p, 'url'], `Đường dẫn văn bản phải bắt đầu bằng http:// hoặc https://, không có khoảng trắng, tối đa ${MAX_URL} ký tự.`, `The notice link must start with http:// or https://, contain no spaces and have at most ${MAX_URL} characters.`);
    }
  }

  if ('schedules' in value) {
    if (!Array.isArray(value.schedules)) c.add('type', ['schedules'], 'Trường "schedules" phải là một mảng ([ … ]).', 'Field "schedules" must be an array ([ … ]).');
    else {
      const seenOccasion = new Map<string, number>();
      const seenDate = new Map<string, string>();
      value.schedules.forEach((s: unknown, i: number) => {
        const p: Seg[] = ['schedules', i];
        if (!c.object(s, p, SCHEDULE)) return;
        c.keys(s, p, ['year', 'occasion', 'notice', 'days'], ['year', 'occasion', 'notice', 'days'], SCHEDULE);
        let year: number | undefined;
        if ('year' in s) {
          if (typeof s.year === 'number' && Number.isInteger(s.year) && s.year >= HOLIDAY_YEAR_RANGE.from && s.year <= HOLIDAY_YEAR_RANGE.to) year = s.year;
          else c.add('year-out-of-range', [...p, 'year'], `Năm phải là số nguyên từ ${HOLIDAY_YEAR_RANGE.from} đến ${HOLIDAY_YEAR_RANGE.to}.`, `The year must be an integer from ${HOLIDAY_YEAR_RANGE.from} to ${HOLIDAY_YEAR_RANGE.to}.`);
        }
        let occasion: string | undefined;
        if ('occasion' in s) {
          if (typeof s.occasion === 'string' && (HOLIDAY_OCCASIONS as readonly string[]).includes(s.occasion)) occasion = s.occasion;
          else c.add('enum', [...p, 'occasion'], `Dịp nghỉ phải là một trong: ${HOLIDAY_OCCASIONS.join(', ')}.`, `The occasion must be one of: ${HOLIDAY_OCCASIONS.join(', ')}.`);
        }
        if (year !== undefined && occasion !== undefined) {
          const key = `${year}:${occasion}`;
          const first = seenOccasion.get(key);
          if (first !== undefined)
            c.add('duplicate-schedule', p, `Dịp "${occasion}" năm ${year} đã có ở /schedules/${first}; mỗi dịp của một năm chỉ ghi một lần.`, `Occasion "${occasion}" of ${year} is already at /schedules/${first}; list each occasion of a year once.`);
          else seenOccasion.set(key, i);
        }
        if ('notice' in s) {
          if (typeof s.notice !== 'string' || !noticeIds.has(s.notice))
            c.add('unknown-notice', [...p, 'notice'], `Không có văn bản "${String(s.notice)}" trong "notices"; ghi mã của một văn bản đã khai báo.`, `No notice "${String(s.notice)}" in "notices"; use the id of a declared notice.`);
          else usedNotices.add(s.notice);
        }
        if (!('days' in s)) return;
        if (!Array.isArray(s.days) || s.days.length === 0) {
          c.add('days', [...p, 'days'], 'Trường "days" phải là một mảng có ít nhất một ngày.', 'Field "days" must be an array with at least one day.');
          return;
        }
        let off = 0;
        let work = 0;
        s.days.forEach((d: unknown, j: number) => {
          const dp: Seg[] = [...p, 'days', j];
          if (!c.object(d, dp, DAY)) return;
          c.keys(d, dp, ['date', 'kind', 'name'], ['date', 'kind'], DAY);
          const date = 'date' in d ? c.date(d.date, [...dp, 'date'], { vi: 'Ngày', en: 'The date' }) : undefined;
          let kind: string | undefined;
          if ('kind' in d) {
            if (typeof d.kind === 'string' && (HOLIDAY_KINDS as readonly string[]).includes(d.kind)) kind = d.kind;
            else c.add('enum', [...dp, 'kind'], `Loại ngày phải là một trong: ${HOLIDAY_KINDS.join(', ')}.`, `The day kind must be one of: ${HOLIDAY_KINDS.join(', ')}.`);
          }
          if ('name' in d) c.message(d.name, [...dp, 'name'], { vi: 'Tên ngày', en: 'Day name' });
          if (kind === 'swapped-off') off++;
          if (kind === 'working-day') work++;
          if (date === undefined) return;
          if (year !== undefined && Math.abs(Number(date.slice(0, 4)) - year) > 1)
            c.add('date-outside-year', [...dp, 'date'], `Ngày ${date} cách quá xa năm ${year} của lịch nghỉ (chỉ được trong năm đó hoặc năm liền kề).`, `Date ${date} is too far from the schedule's year ${year} (that year or the next/previous one only).`);
          const prev = seenDate.get(date);
          if (prev !== undefined)
            c.add('duplicate-date', [...dp, 'date'], `Ngày ${date} đã có ở ${prev}; mỗi ngày chỉ ghi một lần trong tệp.`, `Date ${date} is already at ${prev}; list each date once in the file.`);
          else seenDate.set(date, toJsonPointer(dp));
          const wd = _weekday(_daysFromIso(date));
          const weekend = wd === 0 || wd === 6;
          if (kind === 'working-day' && !weekend)
            c.add('kind-weekday', [...dp, 'kind'], `Ngày làm bù ${date} là ${WEEKDAY_VI[wd]}: ngày làm bù phải là thứ Bảy hoặc Chủ nhật.`, `Working day ${date} is a ${WEEKDAY_EN[wd]}: a swapped working day must be a Saturday or Sunday.`);
          if ((kind === 'in-lieu' || kind === 'swapped-off') && weekend)
            c.add('kind-weekday', [...dp, 'kind'], `Ngày nghỉ bù/hoán đổi ${date} là ${WEEKDAY_VI[wd]}: ngày này phải là một ngày làm việc (thứ Hai – thứ Sáu).`, `Day off ${date} is a ${WEEKDAY_EN[wd]}: a day in lieu or swapped day off must be a weekday.`);
        });
        if (off !== work)
          c.add('swap-unbalanced', [...p, 'days'], `Lịch nghỉ có ${off} ngày nghỉ hoán đổi nhưng ${work} ngày làm bù; kiểm tra lại văn bản.`, `The schedule has ${off} swapped days off but ${work} working days in exchange; check the notice.`, 'warning');
      });
    }
  }
  for (const id of noticeIds)
    if (!usedNotices.has(id)) c.add('unused-notice', ['notices', id], `Văn bản "${id}" không được lịch nghỉ nào dùng.`, `Notice "${id}" is used by no schedule.`, 'warning');

  const errors = c.issues.some((i) => i.severity === 'error');
  return errors ? { ok: false, issues: c.issues } : { ok: true, value: value as unknown as HolidaysFile, issues: c.issues };
}

/**
 * Đọc tệp lịch nghỉ — parse and check the text of a holidays file (UTF-8 JSON, format
 * `dvcq-holidays/1`) with core's bounded JSON reader: size and nesting depth are checked before
 * parsing (`holidays.too-large`, `holidays.too-deep`); a syntax error names its line and column.
 * @param text - the file's text
 * @param options - `lang`, `maxLength`
 * @returns the checked file, or the issues (codes `holidays.*`, JSON Pointer paths)
 */
export function parseHolidays(text: string, options?: HolidaysReadOptions): Result<HolidaysFile> {
  const read = readJsonBounded(text, {
    domain: 'holidays',
    maxLength: options?.maxLength ?? MAX_HOLIDAYS_LENGTH,
    what: { vi: 'Tệp lịch nghỉ', en: 'The holidays file' },
    lang: options?.lang ?? 'vi',
  });
  if (!read.ok) return { ok: false, issues: read.issues };
  return validateHolidays(read.value, options);
}
