// Hạn nộp và kỳ báo cáo — reads reporting periods and deadlines as plans write
// them: "trước ngày 20/6/2026 đối với báo cáo 6 tháng", "định kỳ hằng quý trước
// ngày 15 của tháng cuối quý", "báo cáo năm trước ngày 15/11", "chậm nhất 05 ngày
// làm việc sau khi kết thúc quý". Every pattern is anchored on a keyword and
// bounded, so scanning is linear.
import { daysInMonth } from '@dvcq/core';

/** Loại kỳ — a reporting period kind (the plan model's PERIOD_KINDS). */
export type _Period = 'monthly' | 'quarterly' | 'semiannual' | 'nine-month' | 'annual' | 'one-off';

/** Hạn nộp đọc được — a deadline as read from the text. */
export type _DeadlineRead =
  | { kind: 'date'; day: number; month: number; year?: number; semantics: 'before' | 'inclusive'; text: string; start: number; end: number }
  | { kind: 'day-of-month'; day: number; month: 'last-of-period' | 'after-period'; semantics: 'before' | 'inclusive'; text: string; start: number; end: number; period?: _Period }
  | { kind: 'after-period'; days: number; count: 'working' | 'calendar'; semantics: 'before' | 'inclusive'; text: string; start: number; end: number; period?: _Period };

/** A period phrase found in the text. */
export interface _PeriodRead {
  period: _Period;
  text: string;
  start: number;
  end: number;
}

// "trước ngày X" is read literally (late from 00:00 of X): docs/domain.md#deadlines.
const _SEM = (lead: string): 'before' | 'inclusive' => (/^trước$/iu.test(lead.trim()) ? 'before' : 'inclusive');

const _LEAD = String.raw`(?:trước\s+hoặc\s+trong|trước|chậm\s+nhất(?:\s+là)?(?:\s+vào)?|không\s+quá|hạn\s+chót(?:\s+là)?|đến\s+hết)`;
const _DATE_RE = new RegExp(String.raw`(${_LEAD})\s+ngày\s+(\d{1,2})\s*(?:\/|-|\.|\s+tháng\s+)(\d{1,2})(?:\s*(?:\/|-|\.|\s+năm\s+)(\d{4}))?(?!\d)`, 'giu');
const _DOM_RE = new RegExp(String.raw`(${_LEAD})\s+ngày\s+(\d{1,2})\s+(?:của\s+)?(?:(tháng\s+cuối\s+(?:quý|kỳ(?:\s+báo\s+cáo)?))|(tháng\s+(?:đầu\s+(?:của\s+)?quý\s+sau|sau|tiếp\s+theo|kế\s+tiếp))|(hằng\s+tháng|hàng\s+tháng|mỗi\s+tháng|tháng\s+báo\s+cáo))`, 'giu');
const _AFTER_RE = /(chậm\s+nhất(?:\s+là)?|trong\s+(?:vòng|thời\s+hạn)|trong|sau)\s+(\d{1,2})\s+ngày(\s+làm\s+việc)?\s+(?:sau\s+khi|kể\s+từ\s+(?:ngày|khi))\s+(?:kết\s+thúc|hết)(?:\s+(quý|tháng|kỳ(?:\s+báo\s+cáo)?|năm|6\s+tháng))?/giu;

const _PERIOD_RES: ReadonlyArray<[RegExp, _Period]> = [
  [/(?:báo\s+cáo\s+)?(?:sơ\s+kết\s+)?(?:6|sáu)\s+tháng(?:\s+đầu\s+năm)?/giu, 'semiannual'],
  [/(?:báo\s+cáo\s+)?(?:9|chín)\s+tháng(?:\s+đầu\s+năm)?/giu, 'nine-month'],
  [/(?:định\s+kỳ\s+)?(?:hằng|hàng|mỗi)\s+quý|báo\s+cáo\s+(?:định\s+kỳ\s+)?quý|định\s+kỳ\s+theo\s+quý/giu, 'quarterly'],
  [/(?:định\s+kỳ\s+)?(?:hằng|hàng|mỗi)\s+tháng|báo\s+cáo\s+(?:định\s+kỳ\s+)?tháng(?!\s+\d)/giu, 'monthly'],
  [/báo\s+cáo\s+(?:tổng\s+kết\s+)?(?:hằng\s+|hàng\s+|cả\s+)?năm(?!\s+\d)|(?:báo\s+cáo\s+)?tổng\s+kết\s+năm(?!\s+\d)|hằng\s+năm|hàng\s+năm/giu, 'annual'],
  [/đột\s+xuất/giu, 'one-off'],
];

/**
 * Kỳ báo cáo trong câu — every period phrase in a text.
 * @internal
 */
export function _findPeriods(text: string): _PeriodRead[] {
  const out: _PeriodRead[] = [];
  for (const [re, period] of _PERIOD_RES) {
    for (const m of text.matchAll(re)) {
      // "6 tháng" inside "9 tháng"? No: both need the number. Skip overlaps later.
      out.push({ period, text: m[0], start: m.index, end: m.index + m[0].length });
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: _PeriodRead[] = [];
  for (const p of out) if (!kept.some((k) => p.start < k.end && k.start < p.end)) kept.push(p);
  return kept;
}

/**
 * Hạn nộp trong câu — every deadline phrase in a text.
 * @internal
 */
export function _findDeadlines(text: string): _DeadlineRead[] {
  const out: _DeadlineRead[] = [];
  for (const m of text.matchAll(_DOM_RE)) {
    const day = Number(m[2]);
    if (day < 1 || day > 31) continue;
    const month = m[3] ? 'last-of-period' : m[4] ? 'after-period' : 'last-of-period';
    const d: _DeadlineRead = { kind: 'day-of-month', day, month, semantics: _SEM(m[1]!), text: m[0], start: m.index, end: m.index + m[0].length };
    if (m[3] && /quý/iu.test(m[3])) d.period = 'quarterly';
    if (m[5]) d.period = 'monthly';
    if (m[4] && /quý/iu.test(m[4])) d.period = 'quarterly';
    out.push(d);
  }
  for (const m of text.matchAll(_DATE_RE)) {
    const start = m.index;
    if (out.some((o) => start >= o.start && start < o.end)) continue;
    const day = Number(m[2]);
    const month = Number(m[3]);
    const year = m[4] ? Number(m[4]) : undefined;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year ?? 2000, month)) continue;
    const d: _DeadlineRead = { kind: 'date', day, month, semantics: _SEM(m[1]!), text: m[0], start, end: start + m[0].length };
    if (year !== undefined) d.year = year;
    out.push(d);
  }
  for (const m of text.matchAll(_AFTER_RE)) {
    const days = Number(m[2]);
    if (days < 1 || days > 90) continue;
    const d: _DeadlineRead = {
      kind: 'after-period',
      days,
      count: m[3] ? 'working' : 'calendar',
      semantics: 'inclusive',
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
    };
    const p = m[4] ?? '';
    if (/quý/iu.test(p)) d.period = 'quarterly';
    else if (/^6/u.test(p)) d.period = 'semiannual';
    else if (/tháng/iu.test(p)) d.period = 'monthly';
    else if (/năm/iu.test(p)) d.period = 'annual';
    out.push(d);
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** A deadline with the period it belongs to. */
export interface _PairedDeadline {
  deadline: _DeadlineRead;
  period?: _Period;
  periodText?: string;
  /** How the period was found. */
  how: 'after' | 'before' | 'implied' | 'none';
}

/**
 * Ghép hạn với kỳ — pairs each deadline with its period: "… đối với báo cáo 6
 * tháng" right after it, else a period named by the deadline itself ("tháng cuối
 * quý"), else the nearest period phrase before it in the same sentence.
 * @internal
 */
export function _pairDeadlines(text: string): _PairedDeadline[] {
  // "số liệu tính từ ngày … đến hết ngày …" is a data window, not a deadline.
  const windows = _findWindows(text);
  const deadlines = _findDeadlines(text).filter((d) => !windows.some((w) => d.start < w.end && w.start < d.end));
  const periods = _findPeriods(text);
  const used = new Set<_PeriodRead>();
  const out: _PairedDeadline[] = [];
  deadlines.forEach((d, k) => {
    const nextStart = deadlines[k + 1]?.start ?? text.length;
    // "… đối với báo cáo 6 tháng" or "… (báo cáo 6 tháng)" right after the deadline.
    const after = periods.find((p) => !used.has(p) && p.start >= d.end && p.start < nextStart && /^[\s,]*(?:(?:đối\s+với|với|cho)\s+(?:các\s+)?|\(\s*)(?:báo\s+cáo\s+)?$/iu.test(text.slice(d.end, p.start)));
    if (after) {
      used.add(after);
      out.push({ deadline: d, period: after.period, periodText: after.text, how: 'after' });
      return;
    }
    if ('period' in d && d.period) {
      out.push({ deadline: d, period: d.period, how: 'implied' });
      // The period phrase just before states the same thing ("hằng quý … tháng cuối quý").
      const before = [...periods].reverse().find((p) => !used.has(p) && p.end <= d.start && p.period === d.period);
      if (before) used.add(before);
      return;
    }
    const sentenceStart = Math.max(text.lastIndexOf('. ', d.start), text.lastIndexOf('; ', d.start), 0);
    const before = [...periods].reverse().find((p) => !used.has(p) && p.end <= d.start && p.start >= sentenceStart);
    if (before) {
      used.add(before);
      out.push({ deadline: d, period: before.period, periodText: before.text, how: 'before' });
      return;
    }
    out.push({ deadline: d, how: 'none' });
  });
  return out;
}

/** Kỳ số liệu đọc được — a data window stated in the text ("số liệu tính từ ngày 15/12/2025 đến ngày 14/6/2026"). */
export interface _WindowRead {
  from: { day: number; month: number; year?: number };
  to: { day: number; month: number; year?: number };
  text: string;
  start: number;
  end: number;
}

const _WINDOW_RE = /(?:số\s+liệu|kỳ\s+số\s+liệu|thời\s+gian\s+(?:chốt|lấy|tính)\s+số\s+liệu)[^;.()]{0,40}?từ\s+ngày\s+(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?[^;.()]{0,20}?đến(?:\s+hết)?\s+ngày\s+(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?/giu;

/**
 * Kỳ số liệu trong câu — every data window the text states.
 * @internal
 */
export function _findWindows(text: string): _WindowRead[] {
  const out: _WindowRead[] = [];
  for (const m of text.matchAll(_WINDOW_RE)) {
    const from: _WindowRead['from'] = { day: Number(m[1]), month: Number(m[2]) };
    if (m[3]) from.year = Number(m[3]);
    const to: _WindowRead['to'] = { day: Number(m[4]), month: Number(m[5]) };
    if (m[6]) to.year = Number(m[6]);
    if (from.month < 1 || from.month > 12 || to.month < 1 || to.month > 12) continue;
    out.push({ from, to, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
