// The rule set of a plan from its context tables: every family of the registry
// (./families), then the text checks and the JSON Schema keyword → code table. The
// entries (main, browser) choose the catalogues and how the context is computed.
import type { Plan } from '@dvcq/core';
import { STRUCTURAL_CODES } from '../validate/structural-codes';
import { TEXT_CHECKS } from '../text/text-checks';
import type { ContextTables, RuleSet } from './rule';
import type { ReportLocales } from './families/family';
import { RULE_FAMILIES } from './families/index';

/**
 * Dựng bộ quy tắc từ bảng ngữ cảnh — the rule set of a plan for given context tables
 * and catalogues (English messages only when `locales.en` is given, else empty).
 * @internal
 */
export function _ruleSet(plan: Plan, locales: ReportLocales, context: ContextTables): RuleSet {
  const input = { plan, tables: context, locales };
  return {
    format: 'dvcq-rules/2',
    planId: plan.id,
    context,
    rules: RULE_FAMILIES.flatMap((f) => f.build(input)),
    textChecks: TEXT_CHECKS.map((c) => ({ ...c })),
    structuralCodes: { ...STRUCTURAL_CODES },
  };
}
