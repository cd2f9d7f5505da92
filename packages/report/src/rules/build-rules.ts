import type { Plan } from '@dvcq/core';
import { vi } from '../locales/vi';
import { en } from '../locales/en';
import type { RuleSet } from './rule';
import { buildRulesWith } from './build-rules-with';

export { buildRulesWith } from './build-rules-with';
export type { ReportLocales } from './families/family';

/**
 * Dựng bộ quy tắc — builds the rule set of a plan: cross-field rules as JSON Logic,
 * the context tables they need, the text checks, and the JSON Schema error → code
 * map. Everything plan-specific (tasks, indicators, recipients) is baked in, so
 * rules.json is self-contained: another language needs no plan parser.
 * @param plan - a loaded plan
 * @returns the rule set (what `rules.json` holds), messages in Vietnamese and English
 */
export function buildRules(plan: Plan): RuleSet {
  return buildRulesWith(plan, { vi, en });
}
