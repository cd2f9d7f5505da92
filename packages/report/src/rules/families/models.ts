// "Dân vận khéo" models: when a report lists its models, the number listed at a stage
// is compared with the count indicator the plan marks with `countsModels` (a warning:
// the figures may come from different sources, the official decides).
import { DVK_STAGE_LABELS, type Indicator } from '@dvcq/core';
import type { JsonLogic } from '../logic';
import { type RuleFamily, BOTH, esc, r, rule } from './family';

/** @internal The stage of "Dân vận khéo" models an indicator counts (`Indicator.countsModels`), if any. */
export function _countsModels(ind: Indicator): 'registered' | 'recognized' | undefined {
  return ind.countsModels;
}

/** Mô hình "Dân vận khéo" — the list against the counts. */
export const modelRules: RuleFamily = {
  id: 'models',
  build: (input) =>
    input.plan.indicators.flatMap((ind) => {
      const stage = _countsModels(ind);
      if (stage === undefined) return [];
      const ptr = `/indicators/${esc(ind.id)}`;
      // The number of list items whose `stage` is this stage (JSON Logic: filter, then count with reduce).
      const listed: JsonLogic = { reduce: [{ filter: [r(0), { '===': [{ var: 'stage' }, stage] }] }, { '+': [{ var: 'accumulator' }, 1] }, 0] };
      return [
        rule(input, 'indicator.models-mismatch', ind.id, {
          severity: 'warning', modes: BOTH, reads: [{ pointer: '/models', type: 'array' }, { pointer: ptr, type: 'number' }], blames: ptr, missing: 'skip',
          logic: { '===': [listed, r(1)] },
          params: (lang) => ({ stage: DVK_STAGE_LABELS[stage][lang] }),
        }),
      ];
    }),
};
