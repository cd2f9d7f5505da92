// The sample report is valid for every report of every test plan and every unit that
// owes it: derived from the plan alone (no plan's names in the code: tests/plan-names).
import { describe, expect, it } from 'vitest';
import type { Plan } from '@dvcq/core';
import { sampleReport } from './testing';
import { compileReport, validateReport } from './validate/validate';
import { bacNinhPlan, hoaBinhPlan, miniPlan, oneOffPlan, relationsPlan, twoLevelPlan } from './_fixtures/plans';

describe.each([
  ['hoa-binh-2021', hoaBinhPlan],
  ['two-level-2026', twoLevelPlan],
  ['bac-ninh-2026', bacNinhPlan],
  ['mini-2021', miniPlan],
  ['mini with relations', relationsPlan],
  ['mini with two one-off reports', oneOffPlan],
] as const)('sampleReport: %s', (_n, plan: Plan) => {
  const compiled = compileReport(plan);
  const instances = compiled.ruleSet.context.instances;

  it('is valid, with no warning, for every report of the plan and every unit that owes it (final mode, on time)', () => {
    let checked = 0;
    for (const inst of instances)
      for (const unitId of inst.owedBy.slice(0, 6)) {
        const report = sampleReport(plan, unitId, { period: inst.period as never, year: inst.year, ...(inst.index !== null ? { periodIndex: inst.index } : {}), obligationId: inst.obligationId, context: compiled.ruleSet.context, seed: checked });
        const r = validateReport(report, { plan: compiled, mode: 'final', now: `${report.document!.date}T09:00:00+07:00` });
        expect(r.issues.map((i) => `${i.code} ${i.path}`), `${inst.key} ${unitId}`).toEqual([]);
        checked++;
      }
    expect(checked).toBeGreaterThan(2);
  });

  it('names the report the plan asks for, and refuses one it does not ask for', () => {
    const inst = instances[0]!;
    const report = sampleReport(plan, inst.owedBy[0]!, { period: inst.period as never, year: inst.year, ...(inst.index !== null ? { periodIndex: inst.index } : {}) });
    expect(report.period).toBe(inst.period);
    expect(report.document?.recipients).toContain(plan.obligations.find((o) => o.id === inst.obligationId)!.recipient);
    expect(() => sampleReport(plan, inst.owedBy[0]!, { period: inst.period as never, year: inst.year + 50 })).toThrow(TypeError);
  });
});
