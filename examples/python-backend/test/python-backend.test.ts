// The reference consumer in another language: validate_report.py, written from the
// export alone (JSON Schema + rules.json + CONTRACT.md), run against a fresh export of
// each plan — every vector (verdict, codes, paths, severities), a report file through
// its command line, and the legacy-encoding check on a corpus. Needs python3 with
// jsonschema (Debian: python3-jsonschema); without it the tests say so and skip,
// except under CI=true, where they must run.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plan } from '@dvcq/core';
import { encodeLegacy, legacyEncodingOf } from '@dvcq/core/legacy';
import { loadPlan } from '@dvcq/core/zod';
import { hoaBinh2021Plan } from '@dvcq/plan-hoa-binh-2021';
import { validateReport } from '@dvcq/report';
import { buildVectors, writeSchemaExports } from '@dvcq/report/export';

const here = fileURLToPath(new URL('..', import.meta.url));
const program = join(here, 'validate_report.py');
const root = join(here, '../..');
const python = spawnSync('python3', ['-c', 'import jsonschema, sys; print(sys.version.split()[0], jsonschema.__name__)'], { encoding: 'utf8' });
const available = python.status === 0;
const ci = process.env['CI'] === 'true';

const fixture = (name: string) => {
  const r = loadPlan(JSON.parse(readFileSync(join(root, 'fixtures/plans', name), 'utf8')));
  if (!r.ok) throw new Error('fixture plan does not load');
  return r.value;
};
const twoLevel = fixture('two-level-2026.plan.json');
const bacNinh = fixture('bac-ninh-2026.plan.json');

async function freshExport(plan: Plan): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'dvcq-python-'));
  await writeSchemaExports(dir, { plan });
  return dir;
}
const run = (args: string[], input?: string) => spawnSync('python3', [program, ...args], { encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });

describe('python-backend: a Python implementation of CONTRACT.md', () => {
  it('python3 with jsonschema is present (required under CI=true)', () => {
    if (!available) {
      const why = `python3 with jsonschema not found (${(python.stderr || python.error?.message || '').trim()}): install python3-jsonschema`;
      if (ci) throw new Error(why);
      console.warn(`SKIPPED python-backend: ${why}`);
    }
    expect(available || !ci).toBe(true);
  });

  it.skipIf(!available).each([
    ['hoa-binh-2021', hoaBinh2021Plan],
    ['two-level-2026 (fixture)', twoLevel],
    ['bac-ninh-2026: quarterly, nine-month, one-off, deadline rules (fixture)', bacNinh],
  ] as const)('passes every vector of a fresh export: %s', async (_n, plan) => {
    const dir = await freshExport(plan);
    const count = readdirSync(join(dir, 'vectors')).length;
    const r = run([dir, '--vectors']);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n').at(-1)).toBe(`${count} vectors passed, 0 failed`);
    expect(r.status).toBe(0);
    expect(count).toBeGreaterThan(80);
  });

  it.skipIf(!available)('validates a report file as validateReport does (issues, and rule messages)', async () => {
    const dir = await freshExport(hoaBinh2021Plan);
    const v = buildVectors(hoaBinh2021Plan).find((x) => x.name === 'valid-final')!;
    const report = JSON.parse(JSON.stringify(v.input));
    delete report.tasks['II.1.1'].results;
    report.document.number = '5/BC-SNV';
    report.indicators['tiep-cong-dan'] = -1.5;
    report.document.signer.position = 'PHÓ GIÁM ĐỐC'.normalize('NFD');
    const file = join(dir, 'report.json');
    writeFileSync(file, JSON.stringify(report));
    const r = run([dir, file, '--mode', 'final', '--now', v.now, '--lang', 'en']);
    expect(r.stderr).toBe('');
    const py = JSON.parse(r.stdout) as { ok: boolean; issues: Array<{ code: string; path: string; severity: string; message: string }> };
    const js = validateReport(report, { plan: hoaBinh2021Plan, mode: 'final', now: v.now, lang: 'en' });
    expect(py.ok).toBe(js.ok);
    expect(r.status).toBe(1);
    expect(py.issues.map((i) => `${i.code} ${i.path} ${i.severity}`).sort()).toEqual(js.issues.map((i) => `${i.code} ${i.path} ${i.severity}`).sort());
    const rules = new Set(JSON.parse(readFileSync(join(dir, 'rules.json'), 'utf8')).rules.map((x: { code: string }) => x.code));
    for (const i of py.issues.filter((x) => rules.has(x.code))) expect(i.message).toBe(js.issues.find((x) => x.code === i.code && x.path === i.path)!.message);
  });

  it.skipIf(!available)('detects legacy encodings exactly as @dvcq/core on plan texts, garbled and decorated', async () => {
    const dir = await freshExport(hoaBinh2021Plan);
    const texts: string[] = [];
    const walk = (x: unknown) => { if (typeof x === 'string') texts.push(x); else if (x && typeof x === 'object') Object.values(x).forEach(walk); };
    walk(hoaBinh2021Plan);
    walk(twoLevel);
    walk(bacNinh);
    const samples = texts.flatMap((t) => [t, encodeLegacy(t, 'tcvn3'), encodeLegacy(t, 'vni'), `« ${t} » · ${t}`, t.normalize('NFD')]);
    const file = join(dir, 'samples.json');
    writeFileSync(file, JSON.stringify(samples));
    const script = `import json, sys; sys.path.insert(0, ${JSON.stringify(here)}); import validate_report as v
e = v.Export(${JSON.stringify(dir)}); L, t = e.rules["legacyEncoding"], e.rules["syllables"]
print(json.dumps([v.legacy_encoding(s, L, t) for s in json.load(open(${JSON.stringify(file)}, encoding="utf-8"))]))`;
    const r = spawnSync('python3', ['-c', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.stderr).toBe('');
    const py = JSON.parse(r.stdout) as Array<string | null>;
    expect(samples.length).toBeGreaterThan(5_000);
    const differ = samples.filter((s, i) => py[i] !== legacyEncodingOf(s));
    expect(differ).toEqual([]);
  });

  it('stays under 600 lines and imports only the standard library and jsonschema', () => {
    const text = readFileSync(program, 'utf8');
    expect(text.split('\n').length).toBeLessThan(600);
    const imports = [...text.matchAll(/^(?:import|from) ([a-z_.]+)/gm)].map((m) => m[1]!.split('.')[0]);
    expect(new Set(imports)).toEqual(new Set(['json', 'math', 'os', 're', 'sys', 'unicodedata', 'datetime', 'jsonschema']));
  });
});
