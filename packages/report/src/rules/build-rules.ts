import type { Plan } from '@dvcq/core';
import { vi } from '../locales/vi';
import { en } from '../locales/en';
import type { ContextTables, RuleSet } from './rule';
import type { ReportLocales } from './families/family';
import { type ReportContextOptions, reportContext } from './report-context';
import { _ruleSet } from './rule-set';

/** Tùy chọn dựng bộ quy tắc — options of {@link buildRules}. */
export interface BuildRulesOptions extends ReportContextOptions {
  /** Message catalogues (default: Vietnamese and English). */
  locales?: ReportLocales;
  /** Context tables computed before (default: `reportContext(plan, { calendar })`). */
  context?: ContextTables;
}

/**
 * Dựng bộ quy tắc — builds the rule set of a plan: cross-field rules as JSON Logic,
 * the context tables they need (every report the plan asks for, with @dvcq/calendar's
 * deadlines), the text checks, and the JSON Schema error → code map. Everything
 * plan-specific is baked in, so rules.json is self-contained: another language needs
 * no plan parser.
 * @param plan - a loaded plan
 * @param options - catalogues, context or working calendar
 * @returns the rule set (what `rules.json` holds)
 */
export function buildRules(plan: Plan, options: BuildRulesOptions = {}): RuleSet {
  return _ruleSet(plan, options.locales ?? { vi, en }, options.context ?? reportContext(plan, options));
}
