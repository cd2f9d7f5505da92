// Lateness: judged on `now` (the submission instant) against the deadline instant the
// calendar computes; a warning, never a silent acceptance (docs/domain.md#time-terms).
import { type RuleFamily, FINAL, ctx, r, rule } from './family';

/** Hạn nộp — one `report.late` rule per obligation. */
export const latenessRules: RuleFamily = {
  id: 'lateness',
  build: (input) =>
    input.tables.obligations.map((o) =>
      rule(input, 'report.late', o.id, {
        severity: 'warning', modes: FINAL, reads: [{ pointer: '/period', type: 'string' }, { pointer: '/year', type: 'integer' }], blames: '', missing: 'skip',
        logic: { or: [{ '!==': [r(0), o.period] }, { '!==': [r(1), o.year] }, { '<': [ctx('today'), o.lateFromDay] }] },
        params: (lang) => ({ deadline: lang === 'vi' ? input.plan.obligations.find((x) => x.id === o.id)!.deadline.text : `before ${o.lateFrom} 00:00 (UTC+7)` }),
      }),
    ),
};
