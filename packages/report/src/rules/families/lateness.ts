// Lateness: judged on `now` (the submission instant) against the deadline of the
// report's instance, computed by @dvcq/calendar; a warning, never a silent acceptance
// (docs/domain.md#time-terms). One rule per instance, so the message names its deadline.
import { type RuleFamily, FINAL, ctx, rule } from './family';

const _vi = (iso: string): string => `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;

/** Hạn nộp — one `report.late` rule per instance of an obligation. */
export const latenessRules: RuleFamily = {
  id: 'lateness',
  build: (input) =>
    input.tables.instances.map((i) => {
      const o = input.plan.obligations.find((x) => x.id === i.obligationId)!;
      const stated = o.deadline.kind === undefined || o.deadline.kind === 'date';
      return rule(input, 'report.late', i.key, {
        severity: 'warning', modes: FINAL, reads: [{ pointer: '/period', type: 'string' }], blames: '', missing: 'skip',
        logic: { or: [{ '!==': [ctx('instanceKey'), i.key] }, { '<': [ctx('today'), i.lateFromDay] }] },
        params: (lang) => ({
          deadline:
            lang === 'vi'
              ? stated ? o.deadline.text : `${o.deadline.text}: ngày ${_vi(i.deadline.date)}`
              : `before ${i.lateFrom} 00:00 (UTC+7)`,
        }),
      });
    }),
};
