// Identity of the report: the plan, the unit, the period it answers.
import { type RuleFamily, BOTH, ctx, r, rule } from './family';

/** Nhận diện báo cáo — plan id, unit, period and year. */
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
      severity: 'error', modes: BOTH, reads: [{ pointer: '/period', type: 'string' }, { pointer: '/year', type: 'integer' }], blames: '/period', missing: 'skip',
      logic: ctx('periodKnown'),
    }),
    rule(input, 'report.unit-not-obliged', undefined, {
      severity: 'warning', modes: BOTH, reads: [{ pointer: '/unitId', type: 'string' }, { pointer: '/period', type: 'string' }, { pointer: '/year', type: 'integer' }], blames: '/unitId', missing: 'skip',
      logic: { or: [{ '!': ctx('unitKnown') }, { '!': ctx('periodKnown') }, ctx('unitOwes')] },
    }),
  ],
};
