// No import cycles (docs/architecture.md, "Sơ đồ gói"): between packages (their
// package.json dependencies) and between the modules of the shipped sources (relative
// imports and @dvcq/* imports resolved to source files), as zod's own test guards it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const packages = readdirSync(join(root, 'packages')).filter((n) => existsSync(join(root, 'packages', n, 'package.json')));
const manifest = (n: string) =>
  JSON.parse(readFileSync(join(root, 'packages', n, 'package.json'), 'utf8')) as {
    name: string;
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
    exports?: Record<string, unknown>;
  };

/** Strongly connected components with more than one node, or a node importing itself (Tarjan). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1 || graph.get(v)?.has(v)) out.push(comp.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

describe('no import cycles', () => {
  it('between packages', () => {
    const names = new Map(packages.map((p) => [manifest(p).name, p]));
    const g = new Map<string, Set<string>>();
    for (const p of packages) {
      const m = manifest(p);
      g.set(m.name, new Set(Object.keys({ ...m.dependencies, ...m.peerDependencies }).filter((d) => names.has(d))));
    }
    expect(cycles(g)).toEqual([]);
  });

  it('between the modules of every package', () => {
    // @dvcq/<pkg>[/sub] → the source file its "@dvcq/source" export condition names.
    const sourceOf = new Map<string, string>();
    for (const p of packages) {
      const m = manifest(p);
      for (const [sub, target] of Object.entries(m.exports ?? {})) {
        const src = typeof target === 'object' && target !== null ? (target as Record<string, unknown>)['@dvcq/source'] : undefined;
        if (typeof src === 'string') sourceOf.set(sub === '.' ? m.name : `${m.name}/${sub.slice(2)}`, join(root, 'packages', p, src));
      }
    }
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d)) {
        const f = join(d, e);
        if (statSync(f).isDirectory()) walk(f);
        else if (/\.tsx?$/.test(e) && !/\.test(-d)?\.tsx?$/.test(e)) files.push(f);
      }
    };
    for (const p of packages) if (existsSync(join(root, 'packages', p, 'src'))) walk(join(root, 'packages', p, 'src'));
    const resolveRel = (from: string, spec: string): string | undefined => {
      const base = resolve(dirname(from), spec);
      for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) if (existsSync(c) && statSync(c).isFile()) return c;
      return undefined;
    };
    const g = new Map<string, Set<string>>();
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const deps = new Set<string>();
      // Type-only imports are erased: they cannot form a cycle at run time.
      for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm)) {
        const spec = m[1]!;
        const target = spec.startsWith('.') ? resolveRel(f, spec) : sourceOf.get(spec);
        if (target) deps.add(relative(root, target));
      }
      g.set(relative(root, f), deps);
    }
    expect(g.size).toBeGreaterThan(50);
    expect(cycles(g)).toEqual([]);
  });
});
