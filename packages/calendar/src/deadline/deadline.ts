/**
 * Hạn nộp — deadlines with an explicit reading.
 *
 * "trước ngày X" is read literally (docs/domain.md#deadlines): a report is late from 00:00 of day X in
 * Asia/Ho_Chi_Minh, so the last day allowed is X−1. An obligation may say `inclusive`
 * ("đến hết ngày X", "chậm nhất ngày X"): late from 00:00 of X+1, last day X.
 */
import type { DeadlineSemantics, DeadlineSpec, LocalizedText, PlanDeadline } from '../_model';
import { _daysFromIso, _isoFromDays, _vnMidnightMs, formatDateVi, formatInstant, type IsoDate } from '../time/time';

/** Hạn nộp đã tính — a computed deadline. */
export interface Deadline {
  /** Ngày ghi trong kế hoạch — the date X as the plan states it. */
  readonly date: IsoDate;
  /** Cách hiểu — `before` or `inclusive`. */
  readonly semantics: DeadlineSemantics;
  /** Thời điểm bắt đầu trễ hạn — the first instant at which a report is late, ISO with `+07:00`. */
  readonly instant: string;
  /** Same instant in epoch milliseconds. */
  readonly epochMs: number;
  /** Ngày cuối được nộp — the last day a report is on time, `YYYY-MM-DD`. */
  readonly lastDay: IsoDate;
  /** Verbatim text from the plan, when given. */
  readonly text?: string;
  /** Giải thích cách hiểu — the reading in words, to show users. */
  readonly reading: LocalizedText;
}

/**
 * Tính hạn nộp — compute the deadline of an obligation (or of a bare deadline spec).
 * @param source - an obligation (its `deadline` is used) or `{ date, semantics, text? }`
 * @returns the deadline instant, last allowed day and the reading in words
 */
export function deadlineOf(source: DeadlineSpec | { readonly deadline: DeadlineSpec | PlanDeadline }): Deadline {
  const raw = 'deadline' in source ? source.deadline : source;
  // A rule ("trước ngày 15 của tháng cuối quý") has one deadline per report: it needs the
  // report's period, which `obligationInstances` supplies.
  if (!('date' in raw)) throw new RangeError('calendar/deadline-rule-needs-instance');
  const spec = raw as DeadlineSpec;
  const x = _daysFromIso(spec.date);
  const lateDay = spec.semantics === 'inclusive' ? x + 1 : x;
  const epochMs = _vnMidnightMs(lateDay);
  const lastDay = _isoFromDays(lateDay - 1);
  const lateVi = formatDateVi(_isoFromDays(lateDay));
  const lastVi = formatDateVi(lastDay);
  const reading: LocalizedText =
    spec.semantics === 'before'
      ? {
          vi: `Nộp trước 00:00 ngày ${lateVi} (giờ Việt Nam, UTC+7); ngày cuối được nộp: ${lastVi}.`,
          en: `Due before 00:00 on ${_isoFromDays(lateDay)} (Việt Nam time, UTC+7); last day to submit: ${lastDay}.`,
        }
      : {
          vi: `Nộp đến hết ngày ${lastVi} (giờ Việt Nam, UTC+7); trễ hạn từ 00:00 ngày ${lateVi}.`,
          en: `Due by the end of ${lastDay} (Việt Nam time, UTC+7); late from 00:00 on ${_isoFromDays(lateDay)}.`,
        };
  return {
    date: spec.date,
    semantics: spec.semantics,
    instant: formatInstant(epochMs),
    epochMs,
    lastDay,
    ...(spec.text !== undefined ? { text: spec.text } : {}),
    reading,
  };
}
