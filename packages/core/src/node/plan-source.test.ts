import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPlans, readPlanFile, resolvePlanSource } from './plan-source';

// A throw-away program folder with a package.json and plan packages in node_modules, so
// the resolver is tested without naming any real plan.
function program(plans: Array<{ id: string; body?: unknown }>, extraDeps: Record<string, string> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'dvcq-plans-'));
  const deps: Record<string, string> = { ...extraDeps };
  for (const p of plans) {
    const name = `@dvcq/plan-${p.id}`;
    deps[name] = '0.0.0';
    const dir = join(root, 'node_modules', '@dvcq', `plan-${p.id}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '0.0.0', exports: { './package.json': './package.json' }, dvcq: { plan: p.id, file: './plan.json' } }));
    writeFileSync(join(dir, 'plan.json'), JSON.stringify(p.body ?? minimal(p.id)));
  }
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'prog', dependencies: deps }));
  mkdirSync(join(root, 'src'));
  return { root, from: join(root, 'src', 'main.js') };
}

function minimal(id: string) {
  const t = (vi: string) => ({ vi, en: vi });
  return {
    formatVersion: 1,
    id,
    title: t('Kế hoạch'),
    year: 2026,
    issuer: 'u',
    sections: [{ kind: 'content', id: 'II', title: t('II'), areas: [{ id: 'II.1', title: t('A'), tasks: [{ id: 'II.1.1', text: t('T'), assignees: ['u'], assigneesFrom: 'task' }] }] }],
    orgUnits: [{ id: 'u', name: t('Đơn vị'), kind: 'other', validFrom: '2025-07-01' }],
  };
}

describe('plan sources', () => {
  it('lists the plan packages a program depends on, in order, skipping others', () => {
    const p = program([{ id: 'b-2026' }, { id: 'a-2027' }], { '@dvcq/plan-missing': '1.0.0', lodash: '1.0.0' });
    expect(bundledPlans({ from: p.from }).map((b) => [b.id, b.packageName])).toEqual([
      ['b-2026', '@dvcq/plan-b-2026'],
      ['a-2027', '@dvcq/plan-a-2027'],
    ]);
  });

  it('uses the single bundled plan by default, an id, or a file', () => {
    const one = program([{ id: 'x-2026' }]);
    const r = resolvePlanSource(undefined, { from: one.from });
    expect(r.ok && r.value.plan.id).toBe('x-2026');
    expect(r.ok && r.value.source.kind).toBe('bundled');
    writeFileSync(join(one.root, 'mine.json'), JSON.stringify(minimal('mine')));
    const f = resolvePlanSource('mine.json', { from: one.from, cwd: one.root });
    expect(f.ok && [f.value.plan.id, f.value.source.kind]).toEqual(['mine', 'file']);
  });

  it('asks to choose when there are several plans or none; names the ids', () => {
    const two = program([{ id: 'b-2026' }, { id: 'a-2027' }]);
    const r = resolvePlanSource(undefined, { from: two.from, lang: 'en' });
    expect(r.ok).toBe(false);
    expect(r.issues[0]!.code).toBe('plan.not-chosen');
    expect(r.issues[0]!.message).toContain('b-2026, a-2027');
    const none = program([]);
    expect(resolvePlanSource(undefined, { from: none.from }).issues[0]!.code).toBe('plan.not-chosen');
  });

  it('reports an unknown id or unreadable file, a bad file, an invalid plan — never throws', () => {
    const p = program([{ id: 'x-2026' }]);
    const miss = resolvePlanSource('nope', { from: p.from, cwd: p.root, lang: 'en' });
    expect(miss.issues[0]!.code).toBe('plan.unreadable');
    expect(miss.issues[0]!.message).toMatch(/ENOENT.*not a bundled plan id either \(x-2026\)/);
    writeFileSync(join(p.root, 'bad.json'), '{ "id": ');
    expect(readPlanFile(join(p.root, 'bad.json')).issues[0]!.code).toBe('plan.json-syntax');
    writeFileSync(join(p.root, 'invalid.json'), JSON.stringify({ ...minimal('i'), year: 'x' }));
    expect(readPlanFile(join(p.root, 'invalid.json')).issues[0]!.code).toBe('plan.schema.invalid_type');
    expect(readPlanFile(p.root).issues[0]!.code).toBe('plan.unreadable');
  });
});
