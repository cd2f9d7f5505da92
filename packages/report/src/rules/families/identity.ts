// Identity of the report: the plan, the unit, and which report of the plan it is —
// its period and year, its month or quarter (`periodIndex`) when the plan asks for one
// report per month or quarter, and its obligation (`obligationId`) when several
// obligations ask for a report of the same period and year (e.g. one-off reports).
import { type RuleFamily, BOTH, ctx, r, rule } from './family';

const _PERIOD = { pointer: '/period', type: 'string' } as const;
const _YEAR = { pointer: '/year', type: 'integer' } as const;

/** Nhận diện báo cáo — plan id, unit, period, index, obligation. */
export const identityRules: RuleFamily = {
  id: 'identity',
  build: (input) => [
    rule(input, 'report.plan-mismatch', undefined, {
      severity: 'error', modes: BOTH, reads: [{ pointer: '/planId', type: 'string' }], blames: '/planId', missing: 'skip',
      logic: { '===': [r(0), input.plan.id] }, params: () => ({ planId: input.plan.id }),
    }),
    rule(input, 'report.unit-unknown', undefined, {
      severity: 'error', modes: BOTH, reads: [{ pointer: '/unitId', type: 'string' }], blames: '/unitId', missing: 'skip',
      logic: ctx('unitKnown'),
    }),
    rule(input, 'report.period-not-required', undefined, {
      severity: 'error', modes: BOTH, reads: [_PERIOD, _YEAR], blames: '/period', missing: 'skip',
      logic: ctx('periodKnown'),
    }),
    rule(input, 'report.obligation-unknown', undefined, {
      severity: 'error', modes: BOTH, reads: [{ pointer: '/obligationId', type: 'string' }], blames: '/obligationId', missing: 'skip',
      logic: ctx('obligationKnown'),
    }),
    rule(input, 'report.period-index-required', undefined, {
      severity: 'error', modes: BOTH, reads: [_PERIOD, _YEAR], blames: '/periodIndex', missing: 'skip',
      logic: { '!': ctx('indexRequired') },
    }),
    rule(input, 'report.period-index-unknown', undefined, {
      severity: 'error', modes: BOTH, reads: [{ pointer: '/periodIndex', type: 'integer' }], blames: '/periodIndex', missing: 'skip',
      logic: { or: [{ '!': ctx('periodKnown') }, { '!': ctx('obligationKnown') }, ctx('indexKnown')] },
    }),
    rule(input, 'report.obligation-required', undefined, {
      severity: 'error', modes: BOTH, reads: [_PERIOD, _YEAR], blames: '/obligationId', missing: 'skip',
      logic: { '!': ctx('obligationAmbiguous') },
    }),
    rule(input, 'report.unit-not-obliged', undefined, {
      severity: 'warning', modes: BOTH, reads: [{ pointer: '/unitId', type: 'string' }, _PERIOD, _YEAR], blames: '/unitId', missing: 'skip',
      logic: { or: [{ '!': ctx('unitKnown') }, { '===': [ctx('instanceKey'), null] }, ctx('unitOwes')] },
    }),
  ],
};
