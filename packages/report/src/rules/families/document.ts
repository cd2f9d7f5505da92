// The report's own document data (Nghị định 30/2020/NĐ-CP): what a final report
// must state, its number, its date.
import type { RuleRead } from '../rule';
import { DATE_RANGE } from '../days';
import { type RuleFamily, BOTH, FINAL, ctx, r, rule } from './family';

// Fields a final report must state (the message names each by its label).
const _REQUIRED: Array<[string, 'error' | 'warning']> = [
  ['/document/number', 'error'],
  ['/document/date', 'error'],
  ['/document/place', 'error'],
  ['/document/signer/authority', 'error'],
  ['/document/signer/position', 'error'],
  ['/document/signer/name', 'error'],
  ['/document/recipients', 'error'],
  ['/nextDirections', 'warning'],
];

/** Văn bản báo cáo — required fields, number, date. */
export const documentRules: RuleFamily = {
  id: 'document',
  build: (input) => [
    ..._REQUIRED.map(([pointer, severity]) =>
      rule(input, 'final.missing-field', pointer, {
        severity, modes: FINAL, reads: [{ pointer, type: 'any' } as RuleRead], blames: pointer, missing: 'evaluate',
        logic: { '!==': [r(0), null] },
      }),
    ),
    // Nghị định 30/2020, Phụ lục I: the symbol names the issuing agency after the type code.
    // Appending "-" to both sides makes "/BC-SNV-" match "…/BC-SNV" and "…/BC-SNV-VP"
    // but not "…/BC-SNVX" (JSON Logic has no regex; the form is a text check).
    rule(input, 'document.number-agency', undefined, {
      severity: 'error', modes: BOTH, reads: [{ pointer: '/document/number', type: 'string' }], blames: '/document/number', missing: 'skip',
      logic: { or: [{ '===': [ctx('unitSymbol'), null] }, { '!': { in: ['/BC-', r(0)] } }, { in: [{ cat: ['/BC-', ctx('unitSymbol'), '-'] }, { cat: [r(0), '-'] }] }] },
    }),
    rule(input, 'document.date-invalid', undefined, {
      severity: 'error', modes: BOTH, reads: [{ pointer: '/document/date', type: 'string' }, { pointer: '/document/date', type: 'date' }], blames: '/document/date', missing: 'evaluate',
      logic: { or: [{ '===': [r(0), null] }, { '!==': [r(1), null] }] },
      params: () => ({ from: DATE_RANGE.from, to: DATE_RANGE.to }),
    }),
    rule(input, 'document.date-before-period', undefined, {
      severity: 'error', modes: BOTH, reads: [{ pointer: '/document/date', type: 'date' }], blames: '/document/date', missing: 'skip',
      logic: { or: [{ '===': [ctx('periodStart'), null] }, { '>=': [r(0), ctx('periodStart')] }] },
    }),
    rule(input, 'document.date-in-future', undefined, {
      severity: 'error', modes: BOTH, reads: [{ pointer: '/document/date', type: 'date' }], blames: '/document/date', missing: 'skip',
      logic: { '<=': [r(0), ctx('today')] },
    }),
    rule(input, 'document.recipient-unknown', undefined, {
      severity: 'error', modes: BOTH, reads: [{ pointer: '/document/recipients', type: 'string[]' }], blames: '/document/recipients', missing: 'skip',
      logic: { none: [r(0), { '!': { in: [{ var: '' }, [...input.plan.orgUnits.map((u) => u.id), ...input.plan.unitGroups.map((g) => g.id)]] } }] },
    }),
  ],
};
