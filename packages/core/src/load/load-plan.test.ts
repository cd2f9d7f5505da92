import { describe, expect, it } from 'vitest';
import { loadPlan } from './load-plan';
import { lintPlan } from './lint';
import { PlanSchema, type PlanInput } from '../model/plan';
import { planJsonSchema } from '../model/json-schema';

/** A small but complete plan in today's two-level shape, built fresh per test. */
function basePlan(): PlanInput {
  const text = (vi: string, en: string) => ({ vi, en });
  return {
    formatVersion: 1,
    id: 'unit-test',
    title: text('Kế hoạch thử', 'Test plan'),
    year: 2026,
    issuer: 'ubnd-tinh',
    sections: [
      {
        kind: 'content',
        id: 'II',
        title: text('NỘI DUNG', 'CONTENT'),
        areas: [
          {
            id: 'II.1',
            title: text('Nội dung một', 'Area one'),
            tasks: [
              { id: 'II.1.1', text: text('Nhiệm vụ một.', 'Task one.'), assignees: ['so-nganh'], assigneesFrom: 'task', cites: ['kh-1'] },
              { id: 'II.1.2', text: text('Nhiệm vụ hai.', 'Task two.'), assignees: ['ubnd-xa'], assigneesFrom: 'task' },
            ],
          },
        ],
      },
    ],
    documents: [{ id: 'kh-1', type: text('Kế hoạch', 'Plan'), number: '12/KH-UBND', text: 'Kế hoạch số 12/KH-UBND' }],
    orgUnits: [
      { id: 'ubnd-tinh', name: text('Ủy ban nhân dân tỉnh', "Provincial People's Committee"), kind: 'province-committee', validFrom: '2025-07-01' },
      { id: 'so-noi-vu', name: text('Sở Nội vụ', 'Department of Home Affairs'), kind: 'department', symbol: 'SNV', validFrom: '2025-07-01' },
      { id: 'xa-a', name: text('Ủy ban nhân dân xã A', "Commune A People's Committee"), kind: 'commune-committee', validFrom: '2025-07-01' },
    ],
    unitGroups: [
      { id: 'so-nganh', name: text('Các sở, ngành', 'Departments'), members: ['so-noi-vu'] },
      { id: 'ubnd-xa', name: text('UBND các xã', 'Commune committees'), members: ['xa-a'] },
    ],
    obligations: [
      {
        id: 'bc-nam',
        title: text('Báo cáo năm', 'Annual report'),
        period: 'annual',
        year: 2026,
        deadline: { date: '2026-11-05', semantics: 'before', text: 'trước ngày 05/11/2026' },
        owedBy: ['so-nganh', 'ubnd-xa'],
        recipient: 'ubnd-tinh',
        via: 'so-noi-vu',
        source: 'III.1',
      },
    ],
  };
}

const codes = (r: ReturnType<typeof loadPlan>) => r.issues.map((i) => i.code);

describe('loadPlan', () => {
  it('loads a correct plan with no issues and applies defaults', () => {
    const r = loadPlan(basePlan());
    expect(r.issues).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.value?.obligations[0]?.copies).toEqual([]);
    expect(r.value?.obligations[0]?.deadline.semantics).toBe('before');
  });

  it('accepts JSON text and reports bad JSON as an issue, not a throw', () => {
    expect(loadPlan(JSON.stringify(basePlan())).ok).toBe(true);
    const r = loadPlan('{ "id": ');
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual(['plan.json-syntax']);
    expect(r.issues[0]!.message).toMatch(/không phải JSON hợp lệ/);
  });

  it('reports structural problems with JSON Pointer paths, in the language asked for', () => {
    const p = basePlan() as Record<string, unknown>;
    p.year = 'năm 2026';
    p.titel = 'typo';
    const vi = loadPlan(p);
    const en = loadPlan(p, { lang: 'en' });
    expect(vi.ok).toBe(false);
    expect(vi.issues.map((i) => [i.code, i.path])).toEqual(
      expect.arrayContaining([
        ['plan.schema.invalid_type', '/year'],
        ['plan.schema.unrecognized_keys', ''],
      ]),
    );
    expect(vi.issues.find((i) => i.path === '/year')!.message).toMatch(/Sai kiểu dữ liệu/);
    expect(en.issues.find((i) => i.path === '/year')!.message).toMatch(/Wrong type/);
  });

  it('rejects impossible dates', () => {
    const p = basePlan();
    (p.obligations![0]!.deadline as { date: string }).date = '2026-02-30';
    const r = loadPlan(p);
    expect(r.ok).toBe(false);
    expect(r.issues[0]!.path).toBe('/obligations/0/deadline/date');
  });

  it('finds duplicate ids', () => {
    const p = basePlan();
    const area = (p.sections[0] as { areas: { tasks: { id: string }[] }[] }).areas[0]!;
    area.tasks[1]!.id = 'II.1.1';
    const r = loadPlan(p);
    expect(r.ok).toBe(false);
    expect(r.issues.find((i) => i.code === 'plan.duplicate-id')?.path).toBe('/sections/0/areas/0/tasks/1/id');
  });

  it('finds dangling references in assignees, cites, obligations and groups', () => {
    const p = basePlan();
    const task = (p.sections[0] as { areas: { tasks: { assignees: string[]; cites?: string[] }[] }[] }).areas[0]!.tasks[0]!;
    task.assignees = ['so-nganh', 'ubnd-huyen'];
    task.cites = ['ct-99'];
    p.obligations![0]!.copies = ['ban-dan-van'];
    p.unitGroups![0]!.members.push('so-khong-co');
    const r = loadPlan(p, { lang: 'en' });
    const dangling = r.issues.filter((i) => i.code === 'plan.dangling-reference').map((i) => i.path);
    expect(dangling).toEqual([
      '/sections/0/areas/0/tasks/0/assignees/1',
      '/sections/0/areas/0/tasks/0/cites/0',
      '/unitGroups/0/members/1',
      '/obligations/0/copies/0',
    ]);
  });

  it('flags tasks nobody carries and obligations no unit owes', () => {
    const p = basePlan();
    (p.sections[0] as { areas: { tasks: { assignees: string[] }[] }[] }).areas[0]!.tasks[1]!.assignees = [];
    p.unitGroups![0]!.members = [];
    const r = loadPlan(p);
    expect(codes(r)).toContain('plan.task-unassigned');
    expect(lintPlan(PlanSchema.parse(p)).filter((i) => i.code === 'plan.task-unassigned').map((i) => i.path)).toEqual([
      '/sections/0/areas/0/tasks/0/assignees',
      '/sections/0/areas/0/tasks/1/assignees',
    ]);
    p.unitGroups![0]!.members = ['so-noi-vu'];
    p.obligations![0]!.owedBy = ['so-nganh-khac'];
    expect(codes(loadPlan(p))).toEqual(expect.arrayContaining(['plan.obligation-no-units', 'plan.dangling-reference']));
  });

  it('requires a recipient on every obligation', () => {
    const p = basePlan() as { obligations: Record<string, unknown>[] };
    delete p.obligations[0]!.recipient;
    const r = loadPlan(p);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.path)).toContain('/obligations/0/recipient');
  });

  it('flags bad date ranges and units that did not exist in the plan year', () => {
    const p = basePlan();
    p.orgUnits[2]!.validTo = '2025-01-01';
    (p.obligations![0]!.deadline as { date: string }).date = '2031-01-01';
    const r = loadPlan(p);
    expect(codes(r)).toEqual(expect.arrayContaining(['plan.bad-date-range', 'plan.deadline-outside-year', 'plan.unit-not-valid']));
  });

  it('warns (without failing) when ids leave the plan numbering', () => {
    const p = basePlan();
    (p.sections[0] as { areas: { tasks: { id: string }[] }[] }).areas[0]!.tasks[1]!.id = 'II.1.7';
    const r = loadPlan(p);
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['plan.id-out-of-order', 'warning']]);
  });

  it('rejects text that is not NFC', () => {
    const p = basePlan();
    p.title.vi = 'Kế hoạch thử'.normalize('NFD');
    const r = loadPlan(p);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['plan.text-not-nfc', '/title/vi']]);
  });

  it('treats __proto__ / constructor keys as data and pollutes nothing', () => {
    const json = JSON.stringify(basePlan()).replace('"formatVersion":1', '"formatVersion":1,"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}');
    const r = loadPlan(json);
    expect(r.ok).toBe(false);
    expect(codes(r)).toContain('plan.schema.unrecognized_keys');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).x).toBeUndefined();
  });

  it('rejects oversized input before parsing', () => {
    const r = loadPlan(' '.repeat(5 * 1024 * 1024 + 1));
    expect(codes(r)).toEqual(['plan.too-large']);
  });
});

describe('planJsonSchema', () => {
  it('is JSON Schema 2020-12 describing the required top-level fields', () => {
    const s = planJsonSchema();
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.required).toEqual(expect.arrayContaining(['formatVersion', 'id', 'title', 'year', 'issuer', 'sections', 'orgUnits']));
    expect(JSON.stringify(s)).toContain('Tiếng Việt (NFC)');
  });
});
