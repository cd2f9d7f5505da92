// Test fixture: an aggregation with known contents, written out field by field from fixture
// reports and chosen submission states (not a consolidation algorithm: no corrections, no
// clocks). The consolidated draft is tested against what this says; `@dvcq/aggregate`'s own
// `aggregate()` is exercised by the integration test once that package is on main.
import { type Obligation, type Plan, SUBMISSION_STATUS_LABELS, TASK_STATUSES, contentAreas, expandUnitIds, findUnit, taskUnitIds } from '@dvcq/core';
import type { TaskAnswerStatus } from '@dvcq/aggregate';
import type { ConsolidatedUnitState, ConsolidationInput } from '../consolidated/types';
import { daysBefore } from './plans';

/** One owing unit: its state and, when it sent one, its report. */
export interface FixtureSubmission {
  unitId: string;
  state: ConsolidatedUnitState;
  report?: Record<string, unknown>;
}

/** The labels the aggregation carries for its states (core's submission-status words, as @dvcq/aggregate gives them). */
export const FIXTURE_STATE_LABELS: ConsolidationInput['stateLabels'] = SUBMISSION_STATUS_LABELS;

/** Builds the aggregation of `obligation` from the given submissions (every other owing unit: overdue). */
export function fixtureAggregation(plan: Plan, obligation: Obligation & { deadline: { date: string } }, subs: FixtureSubmission[], asOf: string): ConsolidationInput {
  const owing = expandUnitIds(plan, obligation.owedBy);
  const byUnit = new Map(subs.map((s) => [s.unitId, s]));
  const units = owing.map((id) => {
    const u = findUnit(plan, id)!;
    const s = byUnit.get(id);
    const doc = (s?.report?.document ?? {}) as { number?: string; date?: string };
    return {
      unitId: id,
      name: { vi: u.name.vi, en: u.name.en },
      kind: u.kind,
      owes: true,
      state: s?.state ?? ('overdue' as const),
      ...(doc.number ? { documentNumber: doc.number } : {}),
      ...(doc.date ? { documentDate: doc.date } : {}),
    };
  });
  const sent = units.filter((u) => u.state === 'on-time' || u.state === 'late');
  const reportOf = (id: string) => byUnit.get(id)?.report;
  const indicators = plan.indicators
    .filter((i) => i.periods === undefined || (i.periods as readonly string[]).includes(obligation.period))
    .map((i) => {
      const byUnitValues: Record<string, number> = {};
      for (const u of sent) {
        const v = (reportOf(u.unitId)?.indicators as Record<string, number> | undefined)?.[i.id];
        if (typeof v === 'number') byUnitValues[u.unitId] = v;
      }
      const values = Object.values(byUnitValues);
      const sum = values.reduce((a, b) => a + b, 0);
      return {
        id: i.id,
        label: i.label,
        ...(i.unit ? { unit: i.unit } : {}),
        type: i.type,
        total: i.type === 'count' && values.length ? sum : null,
        mean: i.type === 'percent' && values.length ? Math.round((sum / values.length) * 100) / 100 : null,
        reported: values.length,
        byUnit: byUnitValues,
      };
    });
  const areas = contentAreas(plan).map((a) => ({ areaId: a.id, title: { vi: a.title.vi, en: a.title.en }, tasks: a.tasks.map((t) => t.id) }));
  const tasks = contentAreas(plan).flatMap((a) =>
    a.tasks.map((t) => {
      const counts = Object.fromEntries([...TASK_STATUSES, 'no-answer'].map((s) => [s, 0])) as Record<TaskAnswerStatus, number>;
      const answers = [];
      for (const u of sent) {
        const entry = (reportOf(u.unitId)?.tasks as Record<string, { status: string; results?: string; reason?: string }> | undefined)?.[t.id];
        if (!entry) {
          if (taskUnitIds(plan, t).includes(u.unitId)) {
            counts['no-answer']++;
            answers.push({ unitId: u.unitId, unitName: u.name.vi, status: 'no-answer' as TaskAnswerStatus });
          }
          continue;
        }
        counts[entry.status as TaskAnswerStatus]++;
        answers.push({ unitId: u.unitId, unitName: u.name.vi, status: entry.status as TaskAnswerStatus, ...(entry.results ? { results: entry.results } : {}), ...(entry.reason ? { reason: entry.reason } : {}) });
      }
      return { taskId: t.id, areaId: a.id, counts, answers };
    }),
  );
  const texts = (field: string) =>
    sent.flatMap((u) => {
      const text = reportOf(u.unitId)?.[field];
      return typeof text === 'string' && text.trim() ? [{ unitId: u.unitId, unitName: u.name.vi, text }] : [];
    });
  const models = sent.flatMap((u) =>
    ((reportOf(u.unitId)?.models as Array<{ name: string; field: string; holder: 'collective' | 'individual'; stage: 'registered' | 'recognized' }>) ?? []).map((m) => ({
      unitId: u.unitId,
      unitName: u.name.vi,
      ...m,
    })),
  );
  const count = (s: ConsolidatedUnitState) => units.filter((u) => u.state === s).length;
  const submitted = sent.length;
  return {
    planId: plan.id,
    period: obligation.period,
    year: obligation.year,
    asOf,
    obligation: { id: obligation.id, title: obligation.title, deadline: { date: obligation.deadline.date, semantics: obligation.deadline.semantics, lastDay: obligation.deadline.semantics === 'before' ? daysBefore(obligation.deadline.date, 1) : obligation.deadline.date, text: obligation.deadline.text } },
    summary: {
      owed: units.length,
      submitted,
      onTime: count('on-time'),
      late: count('late'),
      missing: count('overdue'),
      pending: count('open'),
      completeness: units.length ? submitted / units.length : 1,
      timeliness: submitted ? count('on-time') / submitted : null,
    },
    units,
    areas,
    indicators,
    tasks,
    stateLabels: FIXTURE_STATE_LABELS,
    texts: { difficulties: texts('difficulties'), proposals: texts('proposals'), nextDirections: texts('nextDirections') },
    models,
  };
}
