// The rule builder: the context tables, then every family of the registry
// (./families), then the text checks and the JSON Schema keyword → code table.
import type { Plan } from '@dvcq/core';
import { STRUCTURAL_CODES } from '../validate/structural-codes';
import { TEXT_CHECKS } from '../text/text-checks';
import type { RuleSet } from './rule';
import type { ReportLocales } from './families/family';
import { contextTables } from './families/context';
import { RULE_FAMILIES } from './families/index';

export type { ReportLocales } from './families/family';

/**
 * Dựng bộ quy tắc với bộ thông điệp cho trước — `buildRules` with the message
 * catalogues given: the same rules, with English messages only when `locales.en` is
 * given (else `message.en` is empty). For a browser page that ships Vietnamese first
 * and loads English on demand; everything else (ids, codes, logic) is identical.
 * @param plan - a loaded plan
 * @param locales - `{ vi }` or `{ vi, en }`
 * @returns the rule set
 */
export function buildRulesWith(plan: Plan, locales: ReportLocales): RuleSet {
  const tables = contextTables(plan);
  const input = { plan, tables, locales };
  return {
    format: 'dvcq-rules/1',
    planId: plan.id,
    context: tables,
    rules: RULE_FAMILIES.flatMap((f) => f.build(input)),
    textChecks: TEXT_CHECKS.map((c) => ({ ...c })),
    structuralCodes: { ...STRUCTURAL_CODES },
  };
}
