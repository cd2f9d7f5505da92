import { describe, expect, it } from 'vitest';
import { allTasks, expandUnitIds, isUnitValidOn, lintPlan, tasksForUnit } from '@dvcq/core';
import { PlanSchema, loadPlan } from '@dvcq/core/zod';
import planJson from '../plan.json';
import { PLAN_ID, hoaBinh2021Plan, hoaBinh2021PlanInput, loadHoaBinh2021Plan } from './index';

describe('plan.json loads cleanly', () => {
  it('loadPlan returns the plan with zero issues — no errors and no warnings', () => {
    const r = loadPlan(planJson);
    expect(r.issues).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('loads from JSON text too, with messages in English on request', () => {
    const r = loadPlan(JSON.stringify(planJson), { lang: 'en' });
    expect(r.issues).toEqual([]);
    expect(r.value?.id).toBe(PLAN_ID);
  });

  it('states every schema default explicitly: PlanSchema.parse(planJson) deep-equals the file', () => {
    // hoaBinh2021Plan is the file itself (no parse at import), so the file must be
    // exactly what the schema returns: a new default in PlanSchema fails here until
    // plan.json carries it too.
    expect(PlanSchema.parse(planJson)).toStrictEqual(planJson);
    expect(PlanSchema.parse(planJson)).toStrictEqual(hoaBinh2021Plan);
  });

  it('every string is NFC (lint checks; asserted here on the raw file as well)', () => {
    const raw = JSON.stringify(planJson);
    expect(raw).toBe(raw.normalize('NFC'));
  });
});

describe('package API', () => {
  it('PLAN_ID is the id inside the file', () => {
    expect(hoaBinh2021Plan.id).toBe(PLAN_ID);
    expect(hoaBinh2021PlanInput.id).toBe(PLAN_ID);
  });

  it('hoaBinh2021Plan is the parsed plan (defaults applied) and lints clean', () => {
    expect(hoaBinh2021Plan.formatVersion).toBe(1);
    expect(allTasks(hoaBinh2021Plan)).toHaveLength(29);
    expect(lintPlan(hoaBinh2021Plan)).toEqual([]);
    // Defaults from the schema are present in the parsed value, not in the raw file.
    const t = allTasks(hoaBinh2021Plan).find((x) => x.id === 'II.1.2')!;
    expect(t.cites).toEqual([]);
  });

  it('exports are deep-frozen: a consumer cannot change the shared plan', () => {
    const tasks = allTasks(hoaBinh2021Plan);
    expect(Object.isFrozen(hoaBinh2021Plan)).toBe(true);
    expect(Object.isFrozen(tasks[0]!.text)).toBe(true);
    expect(() => {
      (tasks[0]!.text as { vi: string }).vi = 'x';
    }).toThrow(TypeError);
    expect(Object.isFrozen(hoaBinh2021PlanInput.sections)).toBe(true);
  });
});

describe('org units of 2021', () => {
  const plan = hoaBinh2021Plan;
  const unit = (id: string) => plan.orgUnits.find((u) => u.id === id);

  it('every unit existed throughout 2021', () => {
    for (const u of plan.orgUnits) {
      expect(isUnitValidOn(u, '2021-01-01'), u.id).toBe(true);
      expect(isUnitValidOn(u, '2021-12-31'), u.id).toBe(true);
    }
  });

  it('none of them outlived the 2025 reform (Hòa Bình merged into Phú Thọ on 2025-07-01)', () => {
    for (const u of plan.orgUnits) {
      expect(u.validTo, u.id).toBeDefined();
      expect(isUnitValidOn(u, '2025-07-01'), u.id).toBe(false);
      expect(u.source, u.id).toBeTruthy();
    }
  });

  it('the district-level group holds Thành phố Hòa Bình and nine districts, each a UBND with symbol "UBND"', () => {
    const members = expandUnitIds(plan, ['ubnd-huyen-thanh-pho']);
    expect(members).toHaveLength(10);
    for (const id of members) {
      const u = unit(id)!;
      expect(u.kind).toBe('district-committee');
      expect(u.symbol).toBe('UBND');
      expect(u.parent).toBe('ubnd-tinh');
    }
    expect(members.filter((id) => unit(id)!.name.vi.includes('thành phố'))).toHaveLength(1);
  });

  it('departments carry a document-symbol abbreviation, unique across the province', () => {
    const members = expandUnitIds(plan, ['so-ban-nganh']);
    expect(members.length).toBeGreaterThanOrEqual(15);
    const symbols = members.map((id) => unit(id)!.symbol);
    for (const [i, s] of symbols.entries()) expect(s, members[i]).toMatch(/^[A-ZĐ][A-Za-zĐđ]+$/);
    expect(new Set(symbols).size).toBe(symbols.length);
    expect(unit('so-noi-vu')!.symbol).toBe('SNV');
    expect(unit('ubnd-tinh')!.symbol).toBe('UBND');
  });

  it('every owing unit has all 29 tasks (both groups carry every task)', () => {
    for (const id of expandUnitIds(plan, ['so-ban-nganh', 'ubnd-huyen-thanh-pho'])) expect(tasksForUnit(plan, id), id).toHaveLength(29);
  });
});

describe('obligations and indicators', () => {
  const plan = hoaBinh2021Plan;

  it('both obligations are owed by both groups, to UBND tỉnh via Sở Nội vụ, copy Ban Dân vận Tỉnh ủy, no data window', () => {
    expect(plan.obligations.map((o) => o.id).sort()).toEqual(['bc-6-thang-2021', 'bc-nam-2021']);
    for (const o of plan.obligations) {
      expect([...o.owedBy].sort()).toEqual(['so-ban-nganh', 'ubnd-huyen-thanh-pho']);
      expect([o.recipient, o.via, o.coordinator, o.copies]).toEqual(['ubnd-tinh', 'so-noi-vu', 'so-noi-vu', ['ban-dan-van-tinh-uy']]);
      expect(o.dataWindow).toBeUndefined();
    }
    const impl = plan.sections.find((s) => s.kind === 'implementation');
    expect(impl?.kind === 'implementation' && impl.items[0]!.obligations).toEqual(['bc-6-thang-2021', 'bc-nam-2021']);
  });

  it('each indicator measures a task whose text names what it counts', () => {
    const tasks = new Map(allTasks(plan).map((t) => [t.id, t.text.vi.toLowerCase()]));
    // The word of the task each indicator is grounded in (kit's reading; see README).
    const grounding: Record<string, string> = {
      'tiep-cong-dan': 'tiếp công dân',
      'don-thu-tiep-nhan': 'đơn thư',
      'don-thu-thuoc-tham-quyen': 'đơn thư',
      'don-thu-da-giai-quyet': 'giải quyết',
      'ho-so-tthc-tiep-nhan': 'thủ tục hành chính',
      'ho-so-tthc-dung-han': 'thủ tục hành chính',
      'ho-so-tthc-qua-han': 'thủ tục hành chính',
      'lop-boi-duong': 'đào tạo bồi dưỡng',
      'kiem-tra-cong-vu': 'thanh tra công vụ',
      'ty-le-hai-long': 'mức độ hài lòng',
      'mo-hinh-dvk-dang-ky': 'dân vận khéo',
      'mo-hinh-dvk-cong-nhan': 'dân vận khéo',
      'khen-thuong': 'khen thưởng',
    };
    expect(plan.indicators.map((i) => i.id).sort()).toEqual(Object.keys(grounding).sort());
    for (const ind of plan.indicators) expect(tasks.get(ind.task), ind.id).toContain(grounding[ind.id]);
  });

  it('only the satisfaction survey is mandated by the plan text; parts are counts of the same kind', () => {
    expect(plan.indicators.filter((i) => i.mandatedBy === 'plan').map((i) => i.id)).toEqual(['ty-le-hai-long']);
    for (const i of plan.indicators) {
      expect(i.unit, i.id).toBeDefined();
      if (i.partOf) expect(plan.indicators.find((x) => x.id === i.partOf)?.unit?.vi, i.id).toBe(i.unit?.vi);
    }
  });
});

describe('loadHoaBinh2021Plan', () => {
  it('returns an equal plan that the caller owns (a fresh, unfrozen copy each call)', () => {
    const a = loadHoaBinh2021Plan();
    const b = loadHoaBinh2021Plan();
    expect(a).toStrictEqual(hoaBinh2021Plan);
    expect(a).toStrictEqual(PlanSchema.parse(planJson));
    expect(a).not.toBe(b);
    expect(Object.isFrozen(a)).toBe(false);
    a.orgUnits.pop();
    expect(b.orgUnits).toHaveLength(hoaBinh2021Plan.orgUnits.length);
  });
});
