// A browser form page validates with the plan's form view (hoaBinh2021FormPlan, from
// @dvcq/core formPlanView) instead of the whole plan file: prove the verdicts are the
// same — same rules (rules.json), same shape, same issues on every vector — and that
// the browser entry's context (fixed-date deadlines, no holiday tables) equals the
// context @dvcq/calendar computes, for every plan whose deadlines are fixed dates.
import { describe, expect, it } from 'vitest';
import { formPlanView } from '@dvcq/core';
import { parseInstant } from '@dvcq/calendar';
import { hoaBinh2021FormPlan, hoaBinh2021FormPlanVi, hoaBinh2021Plan } from '@dvcq/plan-hoa-binh-2021';
import { buildRules } from '../rules/build-rules';
import { reportShape } from '../submission/shape';
import { buildVectors } from '../exports/vectors';
import { reportJsonSchema } from '../exports/json-schema';
import { compileReport, validateReport } from './validate';
import { compileReport as compileInBrowser, validateReport as validateInBrowser, buildRules as buildRulesInBrowser, loadLegacyEncoding } from '../browser';
import { reportContext } from '../rules/report-context';
import { _fixedDateInstances, contextTables } from '../rules/families/context';
import { vi } from '../locales/vi';
import { en } from '../locales/en';
import { miniPlan, twoLevelPlan } from '../_fixtures/plans';

describe.each([
  ['hoa-binh-2021 (shipped form view)', hoaBinh2021Plan, hoaBinh2021FormPlan],
  ['mini-2021', miniPlan, formPlanView(miniPlan)],
  ['two-level-2026', twoLevelPlan, formPlanView(twoLevelPlan)],
] as const)('form view of %s validates like the full plan', (_n, full, view) => {
  it('same rule set, shape and JSON Schema', () => {
    expect(buildRules(view)).toStrictEqual(buildRules(full));
    expect(reportShape(view)).toStrictEqual(reportShape(full));
    expect(reportJsonSchema(view)).toStrictEqual(reportJsonSchema(full));
  });
  it('same issues on every vector, both modes and languages', () => {
    const a = compileReport(full);
    const b = compileReport(view);
    for (const v of buildVectors(full))
      for (const lang of ['vi', 'en'] as const)
        expect(validateReport(v.inputText ?? v.input, { plan: b, mode: v.mode, now: v.now, lang }), v.name).toStrictEqual(validateReport(v.inputText ?? v.input, { plan: a, mode: v.mode, now: v.now, lang }));
  });
});

// A page's clock is a Date (ISO text is read by the main entry only).
const at = (now: string): Date => {
  const r = parseInstant(now);
  if (!r.ok) throw new Error(now);
  return new Date(r.epochMs);
};

describe('the Vietnamese-only form view with the Vietnamese catalogue (what a form page ships first)', () => {
  const full = compileReport(hoaBinh2021Plan);
  const viOnly = compileInBrowser(hoaBinh2021FormPlanVi, { locales: { vi } });
  it('gives the same verdicts and Vietnamese messages on every vector, once the legacy-encoding detector has loaded', async () => {
    const checked = compileInBrowser(hoaBinh2021FormPlanVi, { locales: { vi }, legacyEncoding: await loadLegacyEncoding() });
    for (const v of buildVectors(hoaBinh2021Plan))
      expect(validateInBrowser(v.inputText ?? v.input, { plan: checked, mode: v.mode, now: at(v.now) }), v.name).toStrictEqual(validateReport(v.inputText ?? v.input, { plan: full, mode: v.mode, now: v.now }));
  });
  it('before the detector has loaded, only the legacy-encoding issues are missing', () => {
    let legacyVectors = 0;
    for (const v of buildVectors(hoaBinh2021Plan)) {
      const expected = validateReport(v.inputText ?? v.input, { plan: full, mode: v.mode, now: v.now });
      const got = validateInBrowser(v.inputText ?? v.input, { plan: viOnly, mode: v.mode, now: at(v.now) });
      const issues = expected.issues.filter((i) => i.code !== 'text.legacy-encoding');
      if (issues.length < expected.issues.length) legacyVectors++;
      expect(got.issues, v.name).toStrictEqual(issues);
      expect(got.ok, v.name).toBe(!issues.some((i) => i.severity === 'error'));
    }
    expect(legacyVectors).toBeGreaterThanOrEqual(2);
  });
  it('refuses English until compiled with the English catalogue (a programmer mistake, not bad input)', () => {
    expect(() => validateInBrowser({}, { plan: viOnly, lang: 'en' })).toThrow(TypeError);
    expect(() => validateInBrowser({}, { plan: viOnly, now: '2026-06-20' as never })).toThrow(/Date or epoch ms/);
    const both = compileInBrowser(hoaBinh2021FormPlan, { locales: { vi, en } });
    const v = buildVectors(hoaBinh2021Plan).find((x) => x.name === 'document-copy-missing')!;
    expect(validateInBrowser(v.input, { plan: both, mode: v.mode, now: at(v.now), lang: 'en' })).toStrictEqual(validateReport(v.input, { plan: full, mode: v.mode, now: v.now, lang: 'en' }));
  });
});

describe('the browser context (no holiday tables) equals @dvcq/calendar\'s', () => {
  it.each([
    ['hoa-binh-2021', hoaBinh2021Plan],
    ['mini-2021', miniPlan],
    ['two-level-2026', twoLevelPlan],
  ] as const)('%s', (_n, plan) => {
    expect(contextTables(plan, _fixedDateInstances(plan))).toStrictEqual(reportContext(plan));
    expect(buildRulesInBrowser(plan, { locales: { vi, en } })).toStrictEqual(buildRules(plan));
  });
  it('refuses a deadline rule with a message naming what to pass', () => {
    const rule = { ...miniPlan, obligations: [{ ...miniPlan.obligations[0]!, period: 'quarterly', deadline: { kind: 'day-of-month', day: 20, month: 'last-of-period', semantics: 'before', text: 'trước ngày 20 của tháng cuối quý' } }] } as never;
    expect(() => compileInBrowser(rule)).toThrow(/needs @dvcq\/calendar: pass \{ context: reportContext\(plan\) \}/);
    expect(() => compileInBrowser(rule, { context: reportContext(rule) })).not.toThrow();
  });
});
