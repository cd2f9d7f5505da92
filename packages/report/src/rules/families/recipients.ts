// Recipients come from the obligation (who receives it, through whom, who gets a
// copy): nothing is hard-coded.
import type { JsonLogic } from '../logic';
import type { RuleRead } from '../rule';
import { type RuleFamily, BOTH, r, rule, unitNames } from './family';

/** Nơi nhận — the addressee (or the body it goes through) and every copy. */
export const recipientRules: RuleFamily = {
  id: 'recipients',
  build: ({ plan, locales: L }) =>
    plan.obligations.flatMap((o) => {
      const guard: JsonLogic[] = [{ '!==': [r(1), o.period] }, { '!==': [r(2), o.year] }];
      const reads: RuleRead[] = [{ pointer: '/document/recipients', type: 'string[]' }, { pointer: '/period', type: 'string' }, { pointer: '/year', type: 'integer' }];
      const to = o.via !== undefined ? [o.recipient, o.via] : [o.recipient];
      return [
        rule(L, 'document.recipient-missing', o.id, {
          severity: 'error', modes: BOTH, reads, blames: '/document/recipients', missing: 'skip',
          logic: { or: [...guard, ...to.map((id): JsonLogic => ({ in: [id, r(0)] }))] },
          params: { names: unitNames(plan, to, 'vi'), namesEn: unitNames(plan, to, 'en'), source: o.source },
        }),
        ...o.copies.map((c) =>
          rule(L, 'document.copy-missing', `${o.id}:${c}`, {
            severity: 'error', modes: BOTH, reads, blames: '/document/recipients', missing: 'skip',
            logic: { or: [...guard, { in: [c, r(0)] }] },
            params: { names: unitNames(plan, [c], 'vi'), namesEn: unitNames(plan, [c], 'en'), source: o.source },
          }),
        ),
      ];
    }),
};
