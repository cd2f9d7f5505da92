// Tổng hợp — the consolidation of one instance of a reporting obligation, assembled
// from its seams: reading the inputs (inputs.ts), the instance and which reports
// answer it (instance.ts), unit states and timeliness (units.ts), indicator totals
// (indicators.ts), task compilation (tasks.ts) and free texts and models (texts.ts).
import type { Lang } from '@dvcq/core';
import { formatInstant } from '@dvcq/calendar';
import { _calendarOf, _select } from './instance';
import { _readInputs, _resolveCorrections, _toMs } from './inputs';
import { _areas, _indicatorTotals } from './indicators';
import { _compileTasks } from './tasks';
import { _compileTexts } from './texts';
import type { AggregateInput, AggregateOptions, Aggregation, IgnoredInput } from './types';
import { _stateLabels, _unitRows } from './units';

/**
 * Tổng hợp báo cáo — consolidates the reports of one instance of an obligation
 * (the coordinating body "tổng hợp, báo cáo" to the committee): per unit whether it
 * submitted, on time or late, or is missing (the words of `@dvcq/calendar`); per
 * indicator the totals, by content area and by kind of unit; per task the status
 * counts and the results text compiled with each unit named; the free texts
 * (difficulties, proposals, next directions) and "Dân vận khéo" models of every unit.
 *
 * Inputs are taken as already validated (`validateReport`): malformed values are
 * skipped field by field, never thrown on. When a unit sent several reports, the
 * latest correction is counted and timeliness is judged by the first one sent
 * (a correction does not make an on-time report late).
 * @param submissions - stored records or bare submissions, any order
 * @param options - plan, period, year, `periodIndex`, `obligationId`, `now`, `lang`
 * @returns the consolidation
 */
export function aggregate(submissions: Iterable<AggregateInput>, options: AggregateOptions): Aggregation {
  const { plan, period, year } = options;
  const lang: Lang = options.lang ?? 'vi';
  const nowMs = (options.now === undefined ? undefined : _toMs(options.now)) ?? Date.now();
  const calendar = _calendarOf(options);
  const sel = _select(options, calendar);
  const inst = sel.instance;

  const ignored: IgnoredInput[] = [];
  const entries = _readInputs(submissions, plan, sel, ignored);
  const byUnit = _resolveCorrections(entries, ignored);
  const { units, summary } = _unitRows(plan, inst, byUnit, nowMs, calendar, options.extensions);
  const { areas, areaOfTask } = _areas(plan);
  const indicators = _indicatorTotals(plan, period, units, byUnit, areas, areaOfTask);
  const tasks = _compileTasks(plan, units, byUnit, areaOfTask, lang);
  const { texts, models } = _compileTexts(units, byUnit, lang);

  return {
    planId: plan.id,
    period,
    year,
    ...(sel.index !== undefined ? { periodIndex: sel.index } : {}),
    asOf: formatInstant(nowMs),
    obligation: inst
      ? {
          id: inst.obligationId,
          key: inst.key,
          title: { vi: inst.title.vi, en: inst.title.en },
          label: { vi: inst.label.vi, en: inst.label.en },
          ...(inst.index !== undefined ? { index: inst.index } : {}),
          ...(inst.window.stated ? { window: { from: inst.window.from, to: inst.window.to } } : {}),
          deadline: {
            date: inst.deadline.date,
            semantics: inst.deadline.semantics,
            lastDay: inst.deadline.lastDay,
            instant: inst.deadline.instant,
            reading: inst.deadline.reading,
            ...(inst.deadline.text !== undefined ? { text: inst.deadline.text } : {}),
          },
        }
      : null,
    summary,
    units,
    areas,
    indicators,
    tasks,
    texts,
    models,
    ignored,
    stateLabels: _stateLabels(),
  };
}
