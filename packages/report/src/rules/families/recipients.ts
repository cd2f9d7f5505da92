// Recipients come from the obligation (who receives it, through whom, who gets a
// copy): nothing is hard-coded.
import type { JsonLogic } from '../logic';
import type { RuleRead } from '../rule';
import { type RuleFamily, BOTH, ctx, r, rule, unitNames } from './family';

/** Nơi nhận — the addressee (or the body it goes through) and every copy. */
export const recipientRules: RuleFamily = {
  id: 'recipients',
  build: (input) =>
    input.plan.obligations.flatMap((o) => {
      const plan = input.plan;
      // Only for a report of this obligation (the context resolves which one it is).
      const guard: JsonLogic[] = [{ '!==': [ctx('obligationId'), o.id] }];
      const reads: RuleRead[] = [{ pointer: '/document/recipients', type: 'string[]' }];
      const to = o.via !== undefined ? [o.recipient, o.via] : [o.recipient];
      return [
        rule(input, 'document.recipient-missing', o.id, {
          severity: 'error', modes: BOTH, reads, blames: '/document/recipients', missing: 'skip',
          logic: { or: [...guard, ...to.map((id): JsonLogic => ({ in: [id, r(0)] }))] },
          params: (lang) => ({ names: unitNames(plan, to, lang), source: o.source }),
        }),
        ...o.copies.map((c) =>
          rule(input, 'document.copy-missing', `${o.id}:${c}`, {
            severity: 'error', modes: BOTH, reads, blames: '/document/recipients', missing: 'skip',
            logic: { or: [...guard, { in: [c, r(0)] }] },
            params: (lang) => ({ names: unitNames(plan, [c], lang), source: o.source }),
          }),
        ),
      ];
    }),
};
