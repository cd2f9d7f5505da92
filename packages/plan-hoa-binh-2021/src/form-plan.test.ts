// The form view of the plan (src/form-plan.json, what a browser form page ships) is
// generated from plan.json by @dvcq/core's formPlanView and must stay equal to it.
// Regenerate after changing plan.json: DVCQ_UPDATE=1 pnpm vitest run packages/plan-hoa-binh-2021
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { allTasks, formPlanTaskTexts, formPlanView, shortTitle } from '@dvcq/core';
import { PlanSchema } from '@dvcq/core/zod';
import { hoaBinh2021FormPlan, hoaBinh2021FormPlanTextsVi, hoaBinh2021FormPlanVi, hoaBinh2021Plan } from './index';

const file = new URL('./form-plan.json', import.meta.url);
const fileVi = new URL('./form-plan.vi.json', import.meta.url);
const fileTexts = new URL('./form-plan-texts.vi.json', import.meta.url);

describe('hoaBinh2021FormPlan (src/form-plan.json)', () => {
  const expected = formPlanView(hoaBinh2021Plan);
  const expectedVi = formPlanView(hoaBinh2021Plan, { lang: 'vi', taskTexts: 'apart' });
  const expectedTexts = formPlanTaskTexts(hoaBinh2021Plan);
  if (process.env['DVCQ_UPDATE']) {
    writeFileSync(file, JSON.stringify(expected, null, 2) + '\n');
    writeFileSync(fileVi, JSON.stringify(expectedVi, null, 2) + '\n');
    writeFileSync(fileTexts, JSON.stringify(expectedTexts, null, 2) + '\n');
  }

  it('equals formPlanView(hoaBinh2021Plan) — regenerate with DVCQ_UPDATE=1', () => {
    expect(JSON.parse(readFileSync(file, 'utf8'))).toStrictEqual(expected);
    expect(hoaBinh2021FormPlan).toStrictEqual(expected);
  });

  it('the Vietnamese-only view equals formPlanView(plan, { lang: "vi", taskTexts: "apart" }): the form view with every English gloss and note empty, long task texts apart', () => {
    expect(JSON.parse(readFileSync(fileVi, 'utf8'))).toStrictEqual(expectedVi);
    expect(hoaBinh2021FormPlanVi).toStrictEqual(expectedVi);
    expect(JSON.parse(readFileSync(fileTexts, 'utf8'))).toStrictEqual(expectedTexts);
    expect(hoaBinh2021FormPlanTextsVi).toStrictEqual(expectedTexts);
    // The view without `taskTexts` keeps the texts; with it, each long text becomes its
    // short title and its full text is in form-plan-texts.vi.json.
    const withTexts = formPlanView(hoaBinh2021Plan, { lang: 'vi' });
    const shortened = allTasks(hoaBinh2021FormPlanVi).filter((t) => t.id in hoaBinh2021FormPlanTextsVi);
    expect(shortened.length).toBeGreaterThan(20);
    for (const t of allTasks(withTexts)) {
      const shown = t.text.corrected?.vi ?? t.text.vi;
      const apart = allTasks(hoaBinh2021FormPlanVi).find((x) => x.id === t.id)!;
      if (t.id in hoaBinh2021FormPlanTextsVi) {
        expect(hoaBinh2021FormPlanTextsVi[t.id]).toBe(shown);
        expect(apart.text).toStrictEqual({ vi: shortTitle(shown, { maxLength: 100 }), en: '' });
        expect(apart.text.vi.endsWith('…')).toBe(true);
      } else expect(apart).toStrictEqual(t);
    }
    expect(formPlanView(hoaBinh2021Plan, { lang: 'vi' })).not.toStrictEqual(expectedVi);
    const restored = JSON.parse(JSON.stringify(hoaBinh2021FormPlanVi)) as typeof withTexts;
    for (const t of allTasks(restored)) if (t.id in hoaBinh2021FormPlanTextsVi) t.text = allTasks(withTexts).find((x) => x.id === t.id)!.text;
    expect(restored).toStrictEqual(withTexts);
    const viOnly = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(viOnly) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'en' && typeof x === 'string' && 'vi' in v ? '' : viOnly(x)])) : v;
    // …and without the notes that explain corrections and sums (a form never shows them).
    const noNotes = (v: unknown, key = ''): unknown =>
      Array.isArray(v)
        ? v.map((x) => noNotes(x, key))
        : v !== null && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .filter(([k]) => !(key === 'indicatorSums' && k === 'note'))
                .map(([k, x]) => [k, key === 'corrected' && k === 'note' ? { vi: '', en: '' } : noNotes(x, k)]),
            )
          : v;
    // …and without what no form reads: units' validity dates and parents, tasks' assigneesFrom and cites.
    const unread: Record<string, readonly string[]> = { orgUnits: ['validFrom', 'validTo', 'parent'], tasks: ['assigneesFrom', 'cites'] };
    const noUnread = (v: unknown, key = ''): unknown =>
      Array.isArray(v)
        ? v.map((x) => (x !== null && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).filter(([k]) => !unread[key]?.includes(k)).map(([k, y]) => [k, noUnread(y, k)])) : noUnread(x, key)))
        : v !== null && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, noUnread(x, k)]))
          : v;
    expect(withTexts).toStrictEqual(noUnread(noNotes(viOnly(hoaBinh2021FormPlan))));
    expect(hoaBinh2021FormPlanVi.orgUnits.some((u) => 'validFrom' in u)).toBe(false);
    expect(JSON.stringify(hoaBinh2021FormPlanVi)).not.toContain('Provincial');
  });

  it('is a valid plan with every default stated (PlanSchema.parse deep-equals it)', () => {
    expect(PlanSchema.parse(hoaBinh2021FormPlan)).toStrictEqual(hoaBinh2021FormPlan);
  });

  it('keeps every task, unit, group, obligation and indicator, and is deep-frozen', () => {
    expect(allTasks(hoaBinh2021FormPlan)).toHaveLength(29);
    expect(allTasks(hoaBinh2021FormPlan).map((t) => [t.id, t.text, t.assignees])).toEqual(allTasks(hoaBinh2021Plan).map((t) => [t.id, t.text, t.assignees]));
    expect(hoaBinh2021FormPlan.orgUnits.map((u) => u.id)).toEqual(hoaBinh2021Plan.orgUnits.map((u) => u.id));
    expect(hoaBinh2021FormPlan.unitGroups.map((g) => g.members)).toEqual(hoaBinh2021Plan.unitGroups.map((g) => g.members));
    expect(hoaBinh2021FormPlan.obligations).toStrictEqual(hoaBinh2021Plan.obligations);
    expect(hoaBinh2021FormPlan.indicators).toStrictEqual(hoaBinh2021Plan.indicators);
    expect(Object.isFrozen(hoaBinh2021FormPlan.orgUnits[0])).toBe(true);
  });

  it('is much smaller than the plan file', () => {
    expect(JSON.stringify(hoaBinh2021FormPlan).length).toBeLessThan(JSON.stringify(hoaBinh2021Plan).length * 0.6);
  });
});
