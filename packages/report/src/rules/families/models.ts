// "Dân vận khéo" models: when a report lists its models, the number listed at a stage
// is compared with the count indicator the plan marks with `countsModels` (a warning:
// the figures may come from different sources, the official decides).
import type { Indicator } from '@dvcq/core';
import type { JsonLogic } from '../logic';
import { type RuleFamily, BOTH, esc, r, rule } from './family';

/** @internal The stage an indicator counts (`countsModels`, proposed for the plan model), if any. */
export function _countsModels(ind: Indicator): 'registered' | 'recognized' | undefined {
  const v = (ind as Indicator & { countsModels?: unknown }).countsModels;
  return v === 'registered' || v === 'recognized' ? v : undefined;
}

/** Mô hình "Dân vận khéo" — the list against the counts. */
export const modelRules: RuleFamily = {
  id: 'models',
  build: ({ plan, locales: L }) =>
    plan.indicators.flatMap((ind) => {
      const stage = _countsModels(ind);
      if (stage === undefined) return [];
      const ptr = `/indicators/${esc(ind.id)}`;
      // The number of list items whose `stage` is this stage (JSON Logic: filter, then count with reduce).
      const listed: JsonLogic = { reduce: [{ filter: [r(0), { '===': [{ var: 'stage' }, stage] }] }, { '+': [{ var: 'accumulator' }, 1] }, 0] };
      return [
        rule(L, 'indicator.models-mismatch', ind.id, {
          severity: 'warning', modes: BOTH, reads: [{ pointer: '/models', type: 'array' }, { pointer: ptr, type: 'number' }], blames: ptr, missing: 'skip',
          logic: { '===': [listed, r(1)] },
          params: { indicator: ind.label.vi, indicatorEn: ind.label.en, stage: L.vi.labels.choice[stage] ?? stage, stageEn: L.en?.labels.choice[stage] ?? stage },
        }),
      ];
    }),
};
