// Indicators (the catalogue in the plan file): ranges, periods, what the plan
// mandates, and the relations between figures — a part and its total (`partOf`), and
// parts of one whole checked together (the plan's `indicatorSums`: parts that exclude
// each other, e.g. hồ sơ giải quyết đúng hạn + quá hạn ≤ hồ sơ tiếp nhận).
import { type Indicator, type IndicatorSum, type Lang, PERIOD_NOUNS, type Plan } from '@dvcq/core';
import type { JsonLogic } from '../logic';
import { type RuleFamily, BOTH, FINAL, ctx, esc, r, rule } from './family';

/** @internal The plan's sums of parts (`Plan.indicatorSums`: none when the plan states none). */
export function _indicatorSums(plan: Plan): readonly IndicatorSum[] {
  return plan.indicatorSums ?? [];
}

const _ptr = (id: string): string => `/indicators/${esc(id)}`;

/** Chỉ tiêu — part ≤ total, sums of parts, percentages, periods, mandated figures. */
export const indicatorRules: RuleFamily = {
  id: 'indicators',
  build: (input) => {
    const plan = input.plan;
    const out = [];
    const byId = new Map<string, Indicator>(plan.indicators.map((i) => [i.id, i]));
    const label = (id: string, lang: Lang): string => byId.get(id)?.label[lang] ?? id;
    for (const ind of plan.indicators) {
      const ptr = _ptr(ind.id);
      const total = ind.partOf !== undefined ? byId.get(ind.partOf) : undefined;
      if (total)
        out.push(
          rule(input, 'indicator.part-exceeds-total', ind.id, {
            severity: 'error', modes: BOTH, reads: [{ pointer: ptr, type: 'number' }, { pointer: _ptr(total.id), type: 'number' }], blames: ptr, missing: 'skip',
            logic: { '<=': [r(0), r(1)] }, params: (lang) => ({ total: total.label[lang] }),
          }),
        );
      if (ind.type === 'percent')
        out.push(
          rule(input, 'indicator.percent-range', ind.id, {
            severity: 'error', modes: BOTH, reads: [{ pointer: ptr, type: 'number' }], blames: ptr, missing: 'skip',
            logic: { '<=': [0, r(0), 100] },
          }),
        );
      if (ind.periods !== undefined)
        out.push(
          rule(input, 'indicator.not-in-period', ind.id, {
            severity: 'error', modes: BOTH, reads: [{ pointer: ptr, type: 'any' }, { pointer: '/period', type: 'string' }], blames: ptr, missing: 'skip',
            logic: { in: [r(1), [...ind.periods]] },
            params: (lang) => ({ periods: ind.periods!.map((x) => PERIOD_NOUNS[x][lang]).join(', ') }),
          }),
        );
      // Only what the plan itself asks for is required, only from units that carry the
      // measured task and do not report it as not applicable to them, and only in the
      // periods it is asked in; kit suggestions stay optional.
      if (ind.mandatedBy === 'plan')
        out.push(
          rule(input, 'indicator.missing', ind.id, {
            severity: 'error', modes: FINAL,
            reads: [{ pointer: ptr, type: 'any' }, { pointer: '/period', type: 'string' }, { pointer: `/tasks/${esc(ind.task)}/status`, type: 'string' }],
            blames: ptr, missing: 'evaluate',
            logic: {
              or: [
                { '!': { in: [ind.task, ctx('applicableTasks')] } },
                { '===': [r(2), 'not-applicable'] },
                ...(ind.periods !== undefined ? [{ '!': { in: [r(1), [...ind.periods]] } } as JsonLogic] : []),
                { '!==': [r(0), null] },
              ],
            },
          }),
        );
    }
    for (const s of _indicatorSums(plan)) {
      const parts = s.parts.filter((id) => byId.has(id));
      if (parts.length < 2 || !byId.has(s.total)) continue;
      const quote = (lang: Lang) => parts.map((id) => (lang === 'vi' ? `«${label(id, lang)}»` : `"${label(id, lang)}"`)).join(lang === 'vi' ? ' và ' : ' and ');
      out.push(
        rule(input, 'indicator.parts-exceed-total', s.id, {
          severity: s.severity ?? 'error', modes: BOTH,
          reads: [...parts.map((id) => ({ pointer: _ptr(id), type: 'number' as const })), { pointer: _ptr(s.total), type: 'number' }],
          blames: _ptr(parts[0]!), missing: 'skip',
          logic: { '<=': [{ '+': parts.map((_, i) => r(i)) }, r(parts.length)] },
          params: (lang) => ({ parts: quote(lang), total: label(s.total, lang) }),
        }),
      );
    }
    return out;
  },
};
