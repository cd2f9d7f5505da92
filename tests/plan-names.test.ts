// Any plan, no code change (docs/architecture.md, "Kế hoạch là dữ liệu"): no shipped code
// outside a plan package may name a plan — its id, its place, its units, groups and
// obligations, or its deadline dates. Shipped code = the published packages' src/ and
// the portal's src/ (tests and test fixtures are free to use real plans).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** Folders of shipped code, per workspace package (the form examples demonstrate a bundled plan on purpose). */
function shippedDirs(): Array<{ pkg: string; dir: string }> {
  const out: Array<{ pkg: string; dir: string }> = [];
  for (const name of readdirSync(join(root, 'packages'))) {
    const dir = join(root, 'packages', name, 'src');
    if (existsSync(dir)) out.push({ pkg: `packages/${name}`, dir });
  }
  out.push({ pkg: 'examples/portal', dir: join(root, 'examples/portal/src') });
  return out;
}

// Places still being cleaned up in wave 2 (each owner removes theirs). The test fails
// on any other place, and on a listed place that no longer names a plan, so this list
// only shrinks; it must be empty when the wave ends.
const KNOWN_UNTIL_FIXED = new Set<string>([
]);

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) {
      if (e === '_fixtures' || e === '__fixtures__' || e === 'test' || e === 'node_modules') continue;
      out.push(...files(p));
    } else if (/\.(ts|tsx|mts|js|mjs|css|html)$/.test(e) && !/\.test(-d)?\.tsx?$/.test(e) && !/fixture/.test(e)) out.push(p);
  }
  return out;
}

/** What names a plan: read from every plan package's plan file. */
function planNames(): Array<{ planPkg: string; names: string[] }> {
  const out: Array<{ planPkg: string; names: string[] }> = [];
  for (const name of readdirSync(join(root, 'packages')).filter((n) => n.startsWith('plan-'))) {
    const pj = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')) as { name: string; dvcq?: { plan: string; file: string } };
    if (!pj.dvcq) continue;
    const plan = JSON.parse(readFileSync(join(root, 'packages', name, pj.dvcq.file), 'utf8')) as {
      id: string;
      place?: string;
      orgUnits: Array<{ id: string }>;
      unitGroups?: Array<{ id: string }>;
      obligations?: Array<{ id: string; deadline: { date?: string; text: string } }>;
    };
    const names = new Set<string>([plan.id, pj.name]);
    if (plan.place) names.add(plan.place);
    for (const u of plan.orgUnits) names.add(u.id);
    for (const g of plan.unitGroups ?? []) names.add(g.id);
    for (const o of plan.obligations ?? []) {
      names.add(o.id);
      if (o.deadline.date) {
        names.add(o.deadline.date);
        const [y, m, d] = o.deadline.date.split('-').map(Number) as [number, number, number];
        names.add(`${d}/${m}/${y}`);
        names.add(`${String(d).padStart(2, '0')}/${m}/${y}`);
      }
    }
    out.push({ planPkg: `packages/${name}`, names: [...names] });
  }
  return out;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

describe('no plan is named outside its package', () => {
  const plans = planNames();
  it('finds the plan packages', () => {
    expect(plans.length).toBeGreaterThan(0);
  });
  for (const { planPkg, names } of plans) {
    // Whole tokens only (an id inside a longer id is another id), accents and case ignored.
    const re = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${names.map((n) => escape(fold(n))).join('|')})(?![\\p{L}\\p{N}_-])`, 'u');
    it(`names of ${planPkg} appear in no shipped code of another package`, () => {
      const found: string[] = [];
      for (const { pkg, dir } of shippedDirs()) {
        if (join(root, pkg) === join(root, planPkg)) continue;
        for (const f of files(dir)) {
          const lines = readFileSync(f, 'utf8').split('\n');
          lines.forEach((line, i) => {
            const m = re.exec(fold(line));
            if (m) found.push(`${relative(root, f)}: ${m[0]}`);
          });
        }
      }
      const unexpected = [...new Set(found)].filter((x) => !KNOWN_UNTIL_FIXED.has(x));
      const fixed = [...KNOWN_UNTIL_FIXED].filter((x) => !found.includes(x));
      expect({ unexpected, fixedSoRemoveFromList: fixed }).toEqual({ unexpected: [], fixedSoRemoveFromList: [] });
    });
  }
});
