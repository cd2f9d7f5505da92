// Tasks: one entry per task that applies to the unit. A task that does not apply to
// the unit is hidden in the form and never required (known traps, docs/architecture.md:
// hapi-fhir #1042, lforms #192).
import { allTasks } from '@dvcq/core';
import { type RuleFamily, BOTH, FINAL, ctx, esc, r, rule } from './family';

/** Nhiệm vụ — results, reasons, missing and unassigned entries. */
export const taskRules: RuleFamily = {
  id: 'tasks',
  build: (input) =>
    allTasks(input.plan).flatMap((t) => {
      const base = `/tasks/${esc(t.id)}`;
      const status = { pointer: `${base}/status`, type: 'string' } as const;
      return [
        rule(input, 'task.results-required', t.id, {
          severity: 'error', modes: FINAL, reads: [status, { pointer: `${base}/results`, type: 'string' }], blames: `${base}/results`, missing: 'evaluate',
          logic: { or: [{ '!': { in: [r(0), ['done', 'in-progress']] } }, { '!==': [r(1), null] }] },
        }),
        rule(input, 'task.reason-required', t.id, {
          severity: 'error', modes: FINAL, reads: [status, { pointer: `${base}/reason`, type: 'string' }], blames: `${base}/reason`, missing: 'evaluate',
          logic: { or: [{ '!': { in: [r(0), ['not-started', 'not-applicable']] } }, { '!==': [r(1), null] }] },
        }),
        rule(input, 'task.missing', t.id, {
          severity: 'error', modes: FINAL, reads: [{ pointer: `${base}/status`, type: 'any' }], blames: `${base}/status`, missing: 'evaluate',
          logic: { or: [{ '!': { in: [t.id, ctx('applicableTasks')] } }, { '!==': [r(0), null] }] },
        }),
        rule(input, 'task.not-assigned', t.id, {
          severity: 'warning', modes: BOTH, reads: [{ pointer: base, type: 'object' }], blames: base, missing: 'skip',
          logic: { or: [{ '!': ctx('unitKnown') }, { in: [t.id, ctx('applicableTasks')] }] },
        }),
      ];
    }),
};
