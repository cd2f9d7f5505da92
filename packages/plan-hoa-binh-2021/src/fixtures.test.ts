// The second plan file, fixtures/plans/two-level-2026.plan.json: a fictional 2026
// plan under today's two-level local government (province + communes/wards, no
// districts since 2025-07-01). Other packages (e.g. `dvcq --plan FILE`) use it to
// prove they are not tied to the Hòa Bình plan; this test keeps it loadable.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allTasks, expandUnitIds, isUnitValidOn } from '@dvcq/core';
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

const file = join(_repoRoot(), 'fixtures', 'plans', 'two-level-2026.plan.json');
const text = readFileSync(file, 'utf8');

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
