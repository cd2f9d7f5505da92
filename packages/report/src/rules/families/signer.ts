// The signer (Nghị định 30/2020, Điều 13 and Phụ lục I, mục II.8). Rules read NFC
// text, so "PHÓ" matches however the position was typed.
import { type RuleFamily, BOTH, r, rule } from './family';

const _AUTH = { pointer: '/document/signer/authority', type: 'string' } as const;
const _ON_BEHALF = { pointer: '/document/signer/onBehalfOf', type: 'string' } as const;

/** Người ký — authority and title after it, deputy signing. */
export const signerRules: RuleFamily = {
  id: 'signer',
  build: (input) => [
    rule(input, 'signer.on-behalf-required', undefined, {
      severity: 'error', modes: BOTH, reads: [_AUTH, _ON_BEHALF], blames: '/document/signer/onBehalfOf', missing: 'evaluate',
      logic: { or: [{ '!': { in: [r(0), ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.']] } }, { '!==': [r(1), null] }] },
    }),
    rule(input, 'signer.on-behalf-unexpected', undefined, {
      severity: 'warning', modes: BOTH, reads: [_AUTH, _ON_BEHALF], blames: '/document/signer/onBehalfOf', missing: 'skip',
      logic: { '!==': [r(0), 'none'] },
    }),
    rule(input, 'signer.kt-deputy', undefined, {
      severity: 'warning', modes: BOTH, reads: [_AUTH, { pointer: '/document/signer/position', type: 'string' }], blames: '/document/signer/position', missing: 'skip',
      logic: { or: [{ '!==': [r(0), 'KT.'] }, { in: ['PHÓ', r(1)] }, { in: ['Phó', r(1)] }, { in: ['phó', r(1)] }] },
    }),
  ],
};
