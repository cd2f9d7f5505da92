// The plan files written for the tests (fixtures/plans/), beside the bundled Hòa Bình
// 2021 plan. Other packages load them (`dvcq --plan FILE`, forms, the portal) to prove
// that no code is tied to one plan; this test keeps them loadable and true to what
// their `source` says:
// - two-level-2026.plan.json: small (9 units) and wholly fictional ("tỉnh Sông Mây");
// - bac-ninh-2026.plan.json: a realistic plan written for the tests (text fictional)
//   for the real Bắc Ninh province after the 2025 merger, with its 99 real communes
//   and wards (Nghị quyết 1658/NQ-UBTVQH15), rule deadlines, a 9-month report, tasks
//   with lead and cooperating units, and a coordinator that is not Sở Nội vụ.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allTasks, expandUnitIds, isUnitValidOn, planCoordinator, taskUnitIds } from '@dvcq/core';
import type { Plan } from '@dvcq/core';
import { loadPlan } from '@dvcq/core/zod';

function _repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('workspace root not found');
    dir = parent;
  }
  return dir;
}

const fixture = (name: string) => readFileSync(join(_repoRoot(), 'fixtures', 'plans', name), 'utf8');
const text = fixture('two-level-2026.plan.json');

describe('fixtures/plans/two-level-2026.plan.json', () => {
  const r = loadPlan(text);

  it('loads with zero issues', () => {
    expect(r.issues).toEqual([]);
    expect(r.ok).toBe(true);
  });

  const plan = r.value!;

  it('says plainly that it is a fictional test fixture', () => {
    expect(plan.id.startsWith('test-')).toBe(true);
    expect(plan.source?.description.vi).toMatch(/THỬ NGHIỆM HƯ CẤU/);
    expect(plan.source?.description.en).toMatch(/FICTIONAL TEST FIXTURE/);
  });

  it('is a two-level plan: communes/wards, no district-level unit, every unit from 2025-07-01 on', () => {
    expect(plan.orgUnits.some((u) => u.kind === 'district-committee')).toBe(false);
    const communes = expandUnitIds(plan, ['ubnd-xa-phuong']);
    expect(communes.length).toBeGreaterThan(0);
    for (const id of communes) expect(plan.orgUnits.find((u) => u.id === id)!.kind).toBe('commune-committee');
    for (const u of plan.orgUnits) {
      expect(isUnitValidOn(u, '2025-06-30'), u.id).toBe(false);
      expect(isUnitValidOn(u, `${plan.year}-01-01`), u.id).toBe(true);
    }
  });

  it('covers both deadline readings and both data-window cases', () => {
    expect(plan.obligations.map((o) => o.deadline.semantics).sort()).toEqual(['before', 'inclusive']);
    const withWindow = plan.obligations.filter((o) => o.dataWindow);
    expect(withWindow.map((o) => o.dataWindow!.preset)).toEqual(['nd09-semiannual']);
    expect(plan.obligations.filter((o) => !o.dataWindow)).toHaveLength(1);
    // The window ends before the report is due.
    for (const o of withWindow) expect('date' in o.deadline && o.dataWindow!.to! < o.deadline.date).toBe(true);
  });

  it('states each deadline in III.1 as the obligation quotes it', () => {
    const impl = plan.sections.find((s) => s.kind === 'implementation');
    if (impl?.kind !== 'implementation') throw new Error('no implementation section');
    const item = impl.items.find((i) => i.id === 'III.1')!;
    for (const o of plan.obligations) {
      expect(item.text.vi).toContain(o.deadline.text);
      expect(item.obligations).toContain(o.id);
    }
  });

  it('has 2 content areas, 3–4 tasks and 2 indicators linked to tasks', () => {
    const content = plan.sections.find((s) => s.kind === 'content');
    expect(content?.kind === 'content' && content.areas.length).toBe(2);
    const tasks = allTasks(plan);
    expect(tasks.length).toBeGreaterThanOrEqual(3);
    expect(tasks.length).toBeLessThanOrEqual(4);
    expect(plan.indicators).toHaveLength(2);
    for (const i of plan.indicators) expect(tasks.map((t) => t.id)).toContain(i.task);
  });
});

describe('fixtures/plans/bac-ninh-2026.plan.json', () => {
  const r = loadPlan(fixture('bac-ninh-2026.plan.json'));

  it('loads with zero issues (no error, no warning)', () => {
    expect(r.issues).toEqual([]);
    expect(r.ok).toBe(true);
  });

  const plan = r.value as Plan;
  const units = new Map(plan.orgUnits.map((u) => [u.id, u]));
  const communes = expandUnitIds(plan, ['cac-xa-phuong']).map((id) => units.get(id)!);

  it('says plainly that the plan text is written for the tests and the units are real', () => {
    expect(plan.id.startsWith('test-')).toBe(true);
    expect(plan.source?.description.vi).toMatch(/VIẾT CHO KIỂM THỬ.*hư cấu.*ĐƠN VỊ LÀ THẬT/s);
    expect(plan.source?.description.en).toMatch(/WRITTEN FOR THE TESTS.*fictional.*UNITS ARE REAL/s);
    expect(plan.signer).toBeUndefined();
    expect(plan.number).toBeUndefined();
  });

  it('has the 99 communes and wards of Nghị quyết 1658/NQ-UBTVQH15: 66 xã, 33 phường, each citing it', () => {
    expect(communes).toHaveLength(99);
    expect(communes.filter((u) => u.name.vi.startsWith('Ủy ban nhân dân xã '))).toHaveLength(66);
    expect(communes.filter((u) => u.name.vi.startsWith('Ủy ban nhân dân phường '))).toHaveLength(33);
    expect(new Set(communes.map((u) => u.name.vi)).size).toBe(99);
    for (const u of communes) {
      expect(u.kind, u.id).toBe('commune-committee');
      expect(u.source, u.id).toContain('1658/NQ-UBTVQH15');
      expect(u.source, u.id).toMatch(/mã đơn vị hành chính \d{5}/);
      expect(u.validFrom, u.id).toBe('2025-07-01');
      expect(u.id, u.id).toMatch(/^(xa|phuong)-[a-z0-9-]+$/);
    }
    // The one commune the resolution left as it was, by the TTXVN report.
    expect(communes.map((u) => u.name.vi)).toContain('Ủy ban nhân dân xã Tuấn Đạo');
  });

  it('is a two-level plan: no district-level unit, every unit in place from 01/7/2025', () => {
    expect(plan.orgUnits.some((u) => u.kind === 'district-committee')).toBe(false);
    for (const u of plan.orgUnits) {
      expect(isUnitValidOn(u, '2025-06-30'), u.id).toBe(false);
      expect(isUnitValidOn(u, '2026-01-01'), u.id).toBe(true);
      expect(u.source, u.id).toBeTruthy();
    }
  });

  it('names its coordinator in the data, and it is not Sở Nội vụ', () => {
    expect(plan.coordinator).toBe('vpubnd');
    expect(planCoordinator(plan)).toBe('vpubnd');
    expect(units.get('vpubnd')!.name.vi).toBe('Văn phòng Ủy ban nhân dân tỉnh Bắc Ninh');
    for (const o of plan.obligations) expect(o.coordinator, o.id).toBe('vpubnd');
    // No unit id is shared with the bundled Hòa Bình plan or the small fixture: code
    // cannot key on an id such as so-noi-vu and still work here.
    const other = new Set<string>();
    for (const f of ['../packages/plan-hoa-binh-2021/plan.json', 'two-level-2026.plan.json']) {
      const p = JSON.parse(f.startsWith('..') ? readFileSync(join(_repoRoot(), f.slice(3)), 'utf8') : fixture(f)) as Plan;
      for (const u of p.orgUnits) other.add(u.id);
      for (const g of p.unitGroups) other.add(g.id);
    }
    expect([...units.keys(), ...plan.unitGroups.map((g) => g.id)].filter((id) => other.has(id))).toEqual([]);
  });

  it('owes quarterly, 9-month, annual and one-off reports, with rule deadlines and stated windows', () => {
    const byPeriod = new Map(plan.obligations.map((o) => [o.period, o]));
    expect([...byPeriod.keys()].sort()).toEqual(['annual', 'nine-month', 'one-off', 'quarterly']);
    const q = byPeriod.get('quarterly')!;
    expect(q.indexes).toEqual([1, 2, 3]);
    expect(q.deadline).toMatchObject({ kind: 'day-of-month', day: 20, month: 'last-of-period', semantics: 'before' });
    expect(q.dataWindow).toEqual({ preset: 'nd09-quarterly' });
    const nine = byPeriod.get('nine-month')!;
    expect(nine.deadline).toMatchObject({ kind: 'after-period', days: 5, count: 'working', semantics: 'inclusive' });
    // Nghị định 09/2019 has no 9-month window (docs/domain.md#data-windows): the plan states it.
    expect(nine.dataWindow).toEqual({ from: '2025-12-15', to: '2026-09-14' });
    expect(byPeriod.get('annual')!.deadline).toMatchObject({ date: '2026-11-20', semantics: 'before' });
    expect(byPeriod.get('one-off')!.deadline).toMatchObject({ date: '2026-06-25' });
  });

  it('quotes each deadline and window in the implementation item that creates it', () => {
    const impl = plan.sections.find((s) => s.kind === 'implementation');
    if (impl?.kind !== 'implementation') throw new Error('no implementation section');
    const vnDate = (iso: string) => {
      const [y, m, d] = iso.split('-');
      return `${d}/${Number(m) < 3 ? m : String(Number(m))}/${y}`;
    };
    for (const o of plan.obligations) {
      const item = impl.items.find((i) => i.obligations.includes(o.id))!;
      expect(item.id, o.id).toBe(o.source);
      expect(item.text.vi, o.id).toContain(o.deadline.text);
      if (o.dataWindow?.from) expect(item.text.vi, o.id).toContain(`từ ngày ${vnDate(o.dataWindow.from)} đến ngày ${vnDate(o.dataWindow.to!)}`);
    }
  });

  it('gives tasks lead and cooperating units, due times of every kind, and indicators per task', () => {
    const tasks = allTasks(plan);
    expect(tasks.length).toBeGreaterThanOrEqual(10);
    const withLead = tasks.filter((t) => t.lead?.length);
    expect(withLead.length).toBeGreaterThanOrEqual(4);
    for (const t of withLead) {
      expect(t.cooperating?.length, t.id).toBeGreaterThan(0);
      // The bullet names its lead: "<lead> chủ trì, phối hợp với <cooperating> …".
      expect(t.text.vi, t.id).toContain(`${units.get(t.lead![0]!)!.shortName} chủ trì, phối hợp với`);
    }
    expect(new Set(tasks.map((t) => t.due?.kind))).toEqual(new Set(['ongoing', 'period', 'date']));
    for (const t of tasks) {
      expect(taskUnitIds(plan, t).length, t.id).toBeGreaterThan(0);
      if (t.due?.kind === 'period' || t.due?.kind === 'date') expect(t.due.date, t.id).toMatch(/^2026-/);
    }
    for (const t of tasks) expect(plan.indicators.some((i) => i.task === t.id), t.id).toBe(true);
    expect(plan.indicatorSums.map((s) => s.id)).toEqual(['ho-so-ket-qua']);
  });
});
