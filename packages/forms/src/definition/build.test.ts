import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Plan } from '@dvcq/core';
import { hoaBinh2021Plan } from '@dvcq/plan-hoa-binh-2021';
import { validateReport } from '@dvcq/report';
import { buildReportForm } from './build-report-form';
import type { FormField, FormGroup } from './types';
import { conditionHolds, formFields, getAt, setAt, toSubmission, type FormValue } from './value';
import { placeIssues } from '../issues/target';

const plan = hoaBinh2021Plan;
const NOW = '2021-05-15T09:00:00+07:00';

describe('buildReportForm', () => {
  const def = buildReportForm({ plan, period: 'semiannual', unit: 'so-noi-vu' });

  test('a section for the document, one per content area, the models and the closing part', () => {
    expect(def.sections.map((s) => s.id)).toEqual([
      'document', 'area-II-1', 'area-II-2', 'area-II-3', 'area-II-4', 'area-II-5', 'area-II-6', 'area-II-7', 'area-II-8', 'models', 'closing',
    ]);
    expect(def.fixed).toEqual({ planId: 'hoa-binh-2021', period: 'semiannual', year: 2021, unitId: 'so-noi-vu' });
    expect(def.deadline?.vi).toBe('trước ngày 20/5/2021');
    // The official heading with the period (the heading of the report document).
    expect(def.title).toEqual({
      vi: 'Báo cáo kết quả thực hiện công tác dân vận chính quyền 6 tháng năm 2021',
      en: 'Report on government mass-mobilization work: Six months of 2021',
    });
  });

  test('a group per task that applies to the unit: its id and a short title from the plan text, the whole text beside', () => {
    const groups = def.sections.flatMap((s) => s.items).filter((i): i is FormGroup => i.kind === 'group');
    expect(groups).toHaveLength(29);
    const tasks = plan.sections.flatMap((s) => (s.kind === 'content' ? s.areas : [])).flatMap((a) => a.tasks);
    for (const g of groups) {
      const task = tasks.find((t) => t.id === g.taskId)!;
      const full = { vi: task.text.corrected?.vi ?? task.text.vi, en: task.text.en };
      for (const lang of ['vi', 'en'] as const) {
        const label = g.label[lang];
        expect(label.startsWith(`${g.taskId}. `)).toBe(true);
        const short = label.slice(g.taskId.length + 2);
        expect(short.length).toBeLessThanOrEqual(100);
        // Never new words: the short title is the start of the plan's text.
        expect(full[lang].startsWith(short.replace(/…$/, ''))).toBe(true);
        if (short.endsWith('…')) expect(g.text?.[lang]).toBe(full[lang]);
      }
    }
    const g = groups.find((x) => x.taskId === 'II.6.1')!;
    expect(g.label.vi).toBe('II.6.1. Các Sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố tạo điều kiện để Mặt trận Tổ quốc…');
    expect(groups.find((x) => x.taskId === 'II.3.2')!.text).toBeDefined(); // two clauses: the first one, then "…" 
    expect(groups.find((x) => x.taskId === 'II.1.1')!.fields.map((f) => f.path)).toEqual(['/tasks/II.1.1/status', '/tasks/II.1.1/results', '/tasks/II.1.1/reason']);
  });

  test('examples beside the fields come from the unit and the plan; no placeholder looks like an answer', () => {
    const at = (d: typeof def, p: string) => formFields(d).find((f) => f.path === p)!;
    expect(at(def, '/document/number').example?.vi).toBe('Ví dụ: 15/BC-SNV');
    expect(at(def, '/document/place').example?.vi).toBe(`Ví dụ: ${plan.place}`);
    const district = buildReportForm({ plan, period: 'annual', unit: 'ubnd-huyen-mai-chau' });
    expect(at(district, '/document/number').example?.vi).toBe('Ví dụ: 15/BC-UBND');
    expect(at(district, '/document/place').example?.vi).toBe('Ví dụ: Mai Châu');
    expect(JSON.stringify(def)).not.toContain('placeholder');
  });

  test('indicators sit with the task they measure; "required" marks come from the report rules', () => {
    const fields = formFields(def);
    const satisfaction = fields.find((f) => f.path === '/indicators/ty-le-hai-long')!;
    expect(satisfaction.widget).toBe('percent');
    expect(satisfaction.required).toBe(true); // mandatedBy: plan → rule indicator.missing
    expect(fields.find((f) => f.path === '/indicators/tiep-cong-dan')!.required).toBe(false); // kit suggestion
    expect(fields.find((f) => f.path === '/document/number')!.required).toBe(true);
    expect(fields.find((f) => f.path === '/difficulties')!.required).toBe(false);
    const g = def.sections.flatMap((s) => s.items).find((i) => i.kind === 'group' && i.taskId === 'II.5.1') as FormGroup;
    expect(g.fields.map((f) => f.path)).toContain('/indicators/don-thu-da-giai-quyet');
  });

  test('period-only indicators appear only in their period', () => {
    const copy = JSON.parse(JSON.stringify(plan)) as Plan;
    copy.indicators = copy.indicators.map((i) => (i.id === 'mo-hinh-dvk-cong-nhan' ? { ...i, periods: ['annual'] } : i));
    const paths = (period: 'semiannual' | 'annual') => formFields(buildReportForm({ plan: copy, period, unit: 'so-noi-vu' })).map((f) => f.path);
    expect(paths('annual')).toContain('/indicators/mo-hinh-dvk-cong-nhan');
    expect(paths('semiannual')).not.toContain('/indicators/mo-hinh-dvk-cong-nhan');
    expect(paths('semiannual')).toContain('/indicators/mo-hinh-dvk-dang-ky');
  });

  test('the reason shows only when the task is not done; results only when there is work to report', () => {
    const reason = formFields(def).find((f) => f.path === '/tasks/II.1.1/reason')!;
    const results = formFields(def).find((f) => f.path === '/tasks/II.1.1/results')!;
    const v = (status?: string): FormValue => (status ? { tasks: { 'II.1.1': { status } } } : {});
    expect(conditionHolds(reason.visibleWhen, v())).toBe(false);
    expect(conditionHolds(reason.visibleWhen, v('done'))).toBe(false);
    expect(conditionHolds(reason.visibleWhen, v('not-started'))).toBe(true);
    expect(conditionHolds(results.visibleWhen, v('done'))).toBe(true);
    expect(conditionHolds(results.visibleWhen, v('not-applicable'))).toBe(false);
  });

  test('the models are a repeating group of name, field, holder and stage', () => {
    const repeat = def.sections.find((s) => s.id === 'models')!.items[0]!;
    expect(repeat.kind).toBe('repeat');
    if (repeat.kind === 'repeat') expect(repeat.fields.map((f) => f.path)).toEqual(['/name', '/field', '/holder', '/stage']);
  });

  test('recipients offered are the bodies the obligation names', () => {
    const r = formFields(def).find((f) => f.path === '/document/recipients')!;
    expect(r.options?.map((o) => o.value)).toEqual(['ubnd-tinh', 'ban-dan-van-tinh-uy']);
    const district = formFields(buildReportForm({ plan, period: 'annual', unit: 'ubnd-huyen-mai-chau' })).find((f) => f.path === '/document/recipients')!;
    expect(district.options?.map((o) => o.value)).toEqual(['ubnd-tinh', 'so-noi-vu', 'ban-dan-van-tinh-uy']);
  });

  test('an unknown unit is a programmer mistake', () => {
    expect(() => buildReportForm({ plan, period: 'annual', unit: 'nope' })).toThrow(/forms.unknown-unit/);
  });
});

describe('form and server agree on what is hidden (hapi-fhir #1042, lforms #192)', () => {
  const def = buildReportForm({ plan, period: 'annual', unit: 'ubnd-huyen-mai-chau' });
  const statuses = ['done', 'in-progress', 'not-started', 'not-applicable', undefined] as const;
  const authorities = ['none', 'KT.', 'TM.', 'TL.', 'TUQ.', 'Q.', undefined] as const;
  const groups = def.sections.flatMap((s) => s.items).filter((i): i is FormGroup => i.kind === 'group');

  test('whatever the answers, every final-mode issue lands on a visible field (or the whole report), never a hidden one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...statuses), { minLength: groups.length, maxLength: groups.length }),
        fc.constantFrom(...authorities),
        fc.boolean(),
        (picked, authority, fillVisible) => {
          let value: FormValue = {};
          picked.forEach((s, i) => {
            if (s) value = setAt(value, `/tasks/${groups[i]!.taskId}/status`, s);
          });
          if (authority) value = setAt(value, '/document/signer/authority', authority);
          if (fillVisible)
            for (const f of formFields(def))
              if (f.widget === 'textarea' && conditionHolds(f.visibleWhen, value)) value = setAt(value, f.path, 'Nội dung');
          const sub = toSubmission(def, value);
          const result = validateReport(sub, { plan, mode: 'final', now: '2021-11-01T09:00:00+07:00' });
          const placed = placeIssues(def, value, result.issues);
          for (const p of placed) {
            if (p.fieldPath === undefined) {
              // Only issues about the whole report may stay unplaced.
              expect(p.issue.path).toBe('');
              continue;
            }
            const field = p.field as FormField;
            expect(conditionHolds(field.visibleWhen, value)).toBe(true);
            // A hidden field's value is never sent either.
          }
          for (const f of formFields(def)) if (!conditionHolds(f.visibleWhen, value)) expect(getAt(sub, f.path)).toBeUndefined();
          // Filled visible texts leave no "results/reason required" issue.
          if (fillVisible) expect(result.issues.filter((i) => i.code === 'task.results-required' || i.code === 'task.reason-required')).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('values', () => {
  test('setAt/getAt never touch prototypes (zod #2227, #4357)', () => {
    let v: FormValue = {};
    v = setAt(v, '/indicators/constructor', 3);
    v = setAt(v, '/indicators/__proto__', 4);
    v = setAt(v, '/tasks/prototype/status', 'done');
    expect(getAt(v, '/indicators/constructor')).toBe(3);
    expect(getAt(v, '/indicators/__proto__')).toBe(4);
    expect(getAt({}, '/constructor')).toBeUndefined();
    expect(getAt({}, '/toString')).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(getAt(v, '/indicators'))).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(v)).indicators.__proto__).toBe(4);
  });

  test('setAt copies, deletes with undefined and indexes arrays', () => {
    const a: FormValue = { models: [{ name: 'A' }] };
    const b = setAt(a, '/models/0/field', 'Y tế');
    expect(a).toEqual({ models: [{ name: 'A' }] });
    expect(b).toEqual({ models: [{ name: 'A', field: 'Y tế' }] });
    expect(setAt(b, '/models/0', undefined)).toEqual({ models: [] });
  });

  test('toSubmission keeps every answer of every model, and a blank model as {}', () => {
    const def = buildReportForm({ plan, period: 'semiannual', unit: 'so-noi-vu' });
    const models = [{ name: 'A', field: 'Y tế', holder: 'collective', stage: 'registered' }, {}, { name: 'C', stage: 'recognized' }];
    expect(toSubmission(def, { models }).models).toEqual(models);
  });

  test('toSubmission trims, normalizes to NFC and drops empty answers', () => {
    const def = buildReportForm({ plan, period: 'semiannual', unit: 'so-noi-vu' });
    const sub = toSubmission(def, { document: { place: '  Hoa\u0300 Bi\u0300nh ', number: '' }, difficulties: '   ' });
    expect(sub).toEqual({ planId: 'hoa-binh-2021', period: 'semiannual', year: 2021, unitId: 'so-noi-vu', document: { place: 'Hoà Bình'.normalize('NFC') } });
  });
});

describe('the plan’s form view (what a browser page ships) builds the same forms', () => {
  test('every unit, both periods, both languages', async () => {
    const { hoaBinh2021FormPlan } = await import('@dvcq/plan-hoa-binh-2021');
    for (const u of plan.orgUnits)
      for (const period of ['semiannual', 'annual'] as const)
        for (const lang of ['vi', 'en'] as const) {
          let full: unknown, view: unknown;
          try { full = buildReportForm({ plan, period, unit: u.id, lang }); } catch (e) { full = String(e); }
          try { view = buildReportForm({ plan: hoaBinh2021FormPlan, period, unit: u.id, lang }); } catch (e) { view = String(e); }
          expect(view, `${u.id} ${period} ${lang}`).toStrictEqual(full);
        }
  });
});

describe('any plan: the two-level 2026 test plan (fixtures/plans)', async () => {
  const { readFileSync } = await import('node:fs');
  const { loadPlan } = await import('@dvcq/core/zod');
  const { formPlanView } = await import('@dvcq/core');
  const loaded = loadPlan(JSON.parse(readFileSync(new URL('../../../../fixtures/plans/two-level-2026.plan.json', import.meta.url), 'utf8')));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const twoLevel = loaded.value;

  test('every unit that owes a report gets its form, from the plan and from its form view alike', () => {
    const owing = twoLevel.orgUnits.filter((u) => u.kind === 'commune-committee' || u.kind === 'department');
    expect(owing.length).toBeGreaterThan(3);
    for (const u of owing)
      for (const period of ['semiannual', 'annual'] as const) {
        const def = buildReportForm({ plan: twoLevel, period, unit: u.id });
        expect(def.year).toBe(2026);
        expect(def.deadline?.vi).toMatch(/2026/);
        expect(def.sections.some((s) => s.items.some((i) => i.kind === 'group'))).toBe(true);
        expect(buildReportForm({ plan: formPlanView(twoLevel), period, unit: u.id })).toStrictEqual(def);
      }
    // A commune's place is its own name, read from the unit (Nghị định 30/2020/NĐ-CP, Phụ lục I).
    const commune = twoLevel.orgUnits.find((u) => u.kind === 'commune-committee')!;
    const place = formFields(buildReportForm({ plan: twoLevel, period: 'annual', unit: commune.id })).find((f) => f.path === '/document/place')!;
    expect(commune.name.vi.endsWith(place.example!.vi.replace('Ví dụ: ', ''))).toBe(true);
  });

  test('a task with a lead and cooperating units and a due time shows the unit’s role and the due time', () => {
    const copy = structuredClone(twoLevel);
    const area = copy.sections.flatMap((s) => (s.kind === 'content' ? s.areas : []))[0]!;
    const task = area.tasks[0]!;
    const [lead, coop] = copy.orgUnits.filter((u) => u.kind === 'department');
    Object.assign(task, { assignees: [], lead: [lead!.id], cooperating: [coop!.id], due: { text: 'Quý II/2026', kind: 'period' } });
    const group = (unit: string) =>
      buildReportForm({ plan: copy, period: 'semiannual', unit }).sections.flatMap((s) => s.items).find((i): i is FormGroup => i.kind === 'group' && i.taskId === task.id);
    expect(group(lead!.id)?.note).toEqual({ vi: 'Chủ trì · Thời hạn: Quý II/2026', en: 'Lead · Due: Quý II/2026' });
    expect(group(coop!.id)?.note?.vi).toBe('Phối hợp · Thời hạn: Quý II/2026');
  });
});

describe('every period kind, with its instance', async () => {
  const { readFileSync } = await import('node:fs');
  const { loadPlan } = await import('@dvcq/core/zod');
  const { defaultDraftKey } = await import('../state/draft');
  const raw = JSON.parse(readFileSync(new URL('../../../../fixtures/plans/two-level-2026.plan.json', import.meta.url), 'utf8'));
  // One quarter with a fixed date (a rule deadline needs the calendar's instances, not on main yet).
  const quarterly = { ...raw.obligations[0], id: 'bc-quy-ii-2026', title: { vi: 'Báo cáo quý II', en: 'Q2 report' }, period: 'quarterly', indexes: [2], deadline: { date: '2026-06-15', semantics: 'before', text: 'trước ngày 15/6/2026' } };
  delete quarterly.dataWindow;
  const oneOff = { ...raw.obligations[1], id: 'bc-dot-xuat-bau-cu', title: { vi: 'Báo cáo đột xuất', en: 'One-off report' }, period: 'one-off', deadline: { date: '2026-03-10', semantics: 'inclusive', text: 'chậm nhất ngày 10/3/2026' } };
  const loaded = loadPlan({ ...raw, obligations: [...raw.obligations, quarterly, oneOff] });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues.slice(0, 3)));
  const p2026 = loaded.value;
  const unit = p2026.orgUnits.find((u) => u.kind === 'commune-committee')!.id;

  test('a quarter of a quarterly obligation: its heading, its deadline rule, periodIndex in every submission, a draft of its own', () => {
    const q2 = buildReportForm({ plan: p2026, period: 'quarterly', periodIndex: 2, unit });
    expect(q2.title.vi).toBe('Báo cáo kết quả thực hiện công tác dân vận chính quyền quý II/2026');
    expect(q2.title.en).toBe('Report on government mass-mobilization work: Q2 2026');
    expect(q2.deadline?.vi).toBe('trước ngày 15/6/2026');
    expect(q2.fixed).toEqual({ planId: p2026.id, period: 'quarterly', year: 2026, unitId: unit, periodIndex: 2 });
    expect(toSubmission(q2, {})).toMatchObject({ period: 'quarterly', periodIndex: 2 });
    // Quarter 1 is not owed (indexes [2]): no obligation, so no deadline; and a draft of its own.
    const q1 = buildReportForm({ plan: p2026, period: 'quarterly', periodIndex: 1, year: 2026, unit });
    expect(q1.deadline).toBeUndefined();
    expect(defaultDraftKey(q1)).not.toBe(defaultDraftKey(q2));
  });

  test('a one-off report names its obligation', () => {
    const d = buildReportForm({ plan: p2026, period: 'one-off', obligationId: 'bc-dot-xuat-bau-cu', unit });
    expect(d.fixed).toEqual({ planId: p2026.id, period: 'one-off', year: 2026, unitId: unit, obligationId: 'bc-dot-xuat-bau-cu' });
    expect(d.deadline?.vi).toBe('chậm nhất ngày 10/3/2026');
    expect(d.title.vi).toBe('Báo cáo kết quả thực hiện công tác dân vận chính quyền đột xuất năm 2026');
  });
});

describe('a Vietnamese view with the task texts apart (formPlanView taskTexts: apart)', async () => {
  const { allTasks, formPlanTaskTexts, formPlanView } = await import('@dvcq/core');
  const { readFileSync } = await import('node:fs');
  const { loadPlan } = await import('@dvcq/core/zod');
  const loaded = loadPlan(JSON.parse(readFileSync(new URL('../../../../fixtures/plans/two-level-2026.plan.json', import.meta.url), 'utf8')));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const groups = (p: Plan, unit: string) => buildReportForm({ plan: p, period: 'semiannual', unit }).sections.flatMap((s) => s.items.filter((i): i is FormGroup => i.kind === 'group'));

  test.each([
    ['Hòa Bình 2021', hoaBinh2021Plan, 'so-noi-vu'],
    ['two-level 2026', loaded.value, undefined],
  ] as const)('%s: the same legends and disclosures as the whole Vietnamese view; the full texts are formPlanTaskTexts', (_name, p, unitId) => {
    const unit = unitId ?? p.orgUnits.find((u) => u.kind === 'department')!.id;
    const whole = groups(formPlanView(p, { lang: 'vi' }), unit);
    const apart = groups(formPlanView(p, { lang: 'vi', taskTexts: 'apart' }), unit);
    const texts = formPlanTaskTexts(p);
    expect(whole.length).toBeGreaterThan(0);
    expect(apart.map((g) => [g.taskId, g.label, g.note])).toEqual(whole.map((g) => [g.taskId, g.label, g.note]));
    // A disclosure wherever the whole view has one; its full text is in the texts file.
    expect(apart.map((g) => g.text !== undefined)).toEqual(whole.map((g) => g.text !== undefined));
    for (const g of whole) if (g.text) expect(texts[g.taskId]).toBe(g.text.vi);
    expect(Object.keys(texts).length).toBe(allTasks(p).filter((t) => t.id in texts).length);
  });
});
