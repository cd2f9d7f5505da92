/**
 * Hạn nộp — deadlines with an explicit reading (docs/domain.md#deadlines).
 *
 * "trước ngày X" is read literally: a report is late from 00:00 of day X in Asia/Ho_Chi_Minh,
 * so the last day allowed is X−1. An obligation may say `inclusive` ("đến hết ngày X", "chậm
 * nhất ngày X"): late from 00:00 of X+1, last day X. A rule deadline ("trước ngày 15 của tháng
 * cuối quý", "chậm nhất 5 ngày làm việc sau khi kết thúc kỳ") gives one X per instance of the
 * obligation (see `obligationInstances`); the reading then applies to that X.
 */
import type { DeadlineRuleSpec, DeadlineSemantics, DeadlineSpec, LocalizedText } from '../_model';
import { _daysFromIso, _isoFromDays, _vnMidnightMs, formatDateVi, formatInstant, type IsoDate } from '../time/time';

/**
 * Thời điểm của hạn nộp — the instants of a deadline, without words: what a check needs (a
 * browser form page loads only this, see {@link deadlineTimes}).
 */
export interface DeadlineTimes {
  /** Ngày X — the date the deadline names (stated by the plan, or computed from its rule). */
  readonly date: IsoDate;
  /** Cách hiểu — `before` or `inclusive`. */
  readonly semantics: DeadlineSemantics;
  /** Thời điểm bắt đầu trễ hạn — the first instant at which a report is late, ISO with `+07:00`. */
  readonly instant: string;
  /** Same instant in epoch milliseconds. */
  readonly epochMs: number;
  /** Ngày cuối được nộp — the last day a report is on time, `YYYY-MM-DD`. */
  readonly lastDay: IsoDate;
}

/** Hạn nộp đã tính — a computed deadline: its instants, the plan's words and the reading in words. */
export interface Deadline extends DeadlineTimes {
  /** Verbatim text from the plan, when given. */
  readonly text?: string;
  /** Giải thích cách hiểu — the reading in words, to show users. */
  readonly reading: LocalizedText;
  /** Cách tính ngày X — how X follows from the plan's rule (rule deadlines only). */
  readonly rule?: LocalizedText;
}

type _Source = DeadlineSpec | DeadlineRuleSpec | DeadlineTimes | { readonly deadline: DeadlineRuleSpec | DeadlineTimes };

/**
 * Thời điểm của hạn nộp — the late instant and last allowed day of a fixed-date deadline (or of
 * an instance), without the reading in words: for checks that only compare instants (report
 * rules on a browser form page), so the sentences of {@link deadlineOf} stay out of its bundle.
 * @param source - `{ date, semantics, text? }`, an obligation with a `date` deadline, or an instance
 * @returns `{ date, semantics, instant, epochMs, lastDay }`
 * @throws RangeError whose message is `calendar.rule-needs-instance` for an obligation whose
 *   deadline is a rule per period (use `obligationInstances`)
 */
export function deadlineTimes(source: _Source): DeadlineTimes {
  const spec = 'deadline' in source ? source.deadline : source;
  if ('epochMs' in spec) return spec;
  if (spec.kind !== undefined && spec.kind !== 'date') throw new RangeError('calendar.rule-needs-instance');
  const lateDay = _daysFromIso(spec.date) + (spec.semantics === 'inclusive' ? 1 : 0);
  const epochMs = _vnMidnightMs(lateDay);
  return { date: spec.date, semantics: spec.semantics, instant: formatInstant(epochMs), epochMs, lastDay: _isoFromDays(lateDay - 1) };
}

/**
 * Tính hạn nộp — the deadline of a fixed-date obligation, of a bare deadline spec, or of an
 * obligation instance (which already carries it), with the reading in words.
 * @param source - `{ date, semantics, text? }`, an obligation with a `date` deadline, or an instance
 * @returns the deadline instant, last allowed day and the reading in words
 * @throws RangeError whose message is `calendar.rule-needs-instance` for an obligation whose
 *   deadline is a rule per period (its deadline depends on the instance: use `obligationInstances`)
 */
export function deadlineOf(source: DeadlineSpec | { readonly deadline: DeadlineRuleSpec | Deadline }): Deadline {
  const spec = 'deadline' in source ? source.deadline : source;
  if ('reading' in spec) return spec;
  const t = deadlineTimes(spec);
  const lateIso = _isoFromDays(_daysFromIso(t.lastDay) + 1);
  const lateVi = formatDateVi(lateIso);
  const lastVi = formatDateVi(t.lastDay);
  const reading: LocalizedText =
    t.semantics === 'before'
      ? {
          vi: `Nộp trước 00:00 ngày ${lateVi} (giờ Việt Nam, UTC+7); ngày cuối được nộp: ${lastVi}.`,
          en: `Due before 00:00 on ${lateIso} (Việt Nam time, UTC+7); last day to submit: ${t.lastDay}.`,
        }
      : {
          vi: `Nộp đến hết ngày ${lastVi} (giờ Việt Nam, UTC+7); trễ hạn từ 00:00 ngày ${lateVi}.`,
          en: `Due by the end of ${t.lastDay} (Việt Nam time, UTC+7); late from 00:00 on ${lateIso}.`,
        };
  return { ...t, ...(spec.text !== undefined ? { text: spec.text } : {}), reading };
}
