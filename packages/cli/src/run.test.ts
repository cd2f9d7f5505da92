import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allTasks } from '@dvcq/core';
import { runCli } from './run';

const repo = join(import.meta.dirname, '..', '..', '..');
const twoLevel = join(repo, 'fixtures', 'plans', 'two-level-2026.plan.json');

async function dvcq(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd: repo });
  return { code, out, err };
}

describe('dvcq plan', () => {
  it('prints the taxonomy as a tree with all 29 tasks of the Hòa Bình 2021 plan', async () => {
    const r = await dvcq('plan');
    expect(r.code).toBe(0);
    const taskLines = r.out.split('\n').filter((l) => /^ {4}II\.\d\.\d/.test(l));
    expect(taskLines).toHaveLength(29);
    expect(r.out).toContain('II.8 Triển khai thực hiện phong trào thi đua “Dân vận khéo”');
    expect(r.out).toContain('trước ngày 20/5/2021');
  });

  it('--json prints the full plan, which reloads to the same taxonomy', async () => {
    const r = await dvcq('plan', '--json');
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.out);
    expect(plan.id).toBe('hoa-binh-2021');
    expect(allTasks(plan).map((t) => t.id)).toContain('II.8.4');
    expect(plan.obligations.map((o: { id: string }) => o.id)).toEqual(['bc-6-thang-2021', 'bc-nam-2021']);
  });

  it('--lang en prints English glosses', async () => {
    const r = await dvcq('plan', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Reporting obligations:/);
    expect(r.out).not.toContain('Nghĩa vụ báo cáo:');
  });

  it('--plan FILE loads another plan (two-level government: no districts)', async () => {
    const r = await dvcq('--plan', twoLevel, 'plan', '--json');
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.out);
    expect(plan.id).not.toBe('hoa-binh-2021');
    expect(plan.orgUnits.some((u: { kind: string }) => u.kind === 'district-committee')).toBe(false);
    expect(plan.orgUnits.some((u: { kind: string }) => u.kind === 'commune-committee')).toBe(true);
    // the option may also follow the command
    const after = await dvcq('plan', '--plan', twoLevel);
    expect(after.code).toBe(0);
    expect(after.out).toContain(plan.title.vi);
  });

  it('exits 2 with every problem listed for an invalid or missing plan file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvcq-'));
    const bad = JSON.parse(readFileSync(twoLevel, 'utf8'));
    bad.obligations[0].owedBy = ['khong-co'];
    bad.year = 'hai nghìn';
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    const r = await dvcq('--plan', join(dir, 'bad.json'), 'plan');
    expect(r.code).toBe(2);
    expect(r.err).toContain('/year');
    expect(r.out).toBe('');
    const missing = await dvcq('--plan', join(dir, 'nope.json'), 'plan', '--lang', 'en');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/Cannot read plan .*ENOENT/);
  });

  it('exits 2 on usage errors', async () => {
    expect((await dvcq('no-such-command')).code).toBe(2);
    expect((await dvcq('plan', '--lang', 'fr')).code).toBe(2);
    expect((await dvcq('--help')).code).toBe(0);
  });
});

describe('dvcq refs', () => {
  it('lists every cited document, parsed, with where it is cited', async () => {
    const r = await dvcq('refs', '--json');
    expect(r.code).toBe(0);
    const { documents } = JSON.parse(r.out) as { documents: { number: string | null; parsed: unknown; citedBy: string[]; linkedBy: string }[] };
    const numbers = documents.map((d) => d.number);
    for (const n of ['04/CT-UBND', '05-CT/TW', '217-QĐ/TW', '124-QĐ/TW', '22-CT/TU', '890-QĐ/TU', '28/UBND-NC', '22-KL/TU', '128/KH-UBND'])
      expect(numbers).toContain(n);
    expect(documents.every((d) => d.parsed !== null)).toBe(true);
    expect(documents.find((d) => d.number === '217-QĐ/TW')!.citedBy).toEqual(['II.6.1']);
    expect(documents.filter((d) => d.linkedBy === 'kit').length).toBeGreaterThanOrEqual(3);
    const human = await dvcq('refs');
    expect(human.out).toContain('28/UBND-NC');
  });

  it('parses one citation; bad input exits 1 with a message, never a crash', async () => {
    const ok = await dvcq('refs', 'parse', 'Chỉ thị số 04/CT-UBND ngày 02/3/2017 của Ủy ban nhân dân tỉnh', '--json');
    expect(ok.code).toBe(0);
    const c = JSON.parse(ok.out).citation;
    expect(c.number).toMatchObject({ style: 'state', number: 4, typeCode: 'CT', issuer: 'UBND' });
    expect(c.date).toEqual({ year: 2017, month: 3, day: 2 });
    const bad = await dvcq('refs', 'parse', 'ngày 31/2/2021', '--json', '--lang', 'en');
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out).ok).toBe(false);
    // core's Issue shape, message in the language asked for.
    expect(JSON.parse(bad.out).issues[0]).toMatchObject({ code: 'refs.citation.invalid', path: '', message: expect.stringMatching(/^No document citation/) });
  });
});

describe('the built binary', () => {
  const bin = join(repo, 'packages', 'cli', 'dist', 'bin.js');
  it('runs as a process with the same exit codes (needs `pnpm build`)', () => {
    expect(existsSync(bin), 'run `pnpm build` first').toBe(true);
    const out = execFileSync(process.execPath, [bin, 'plan', '--json'], { encoding: 'utf8' });
    expect(JSON.parse(out).id).toBe('hoa-binh-2021');
    let status = 0;
    try {
      execFileSync(process.execPath, [bin, 'bogus'], { stdio: 'pipe' });
    } catch (e) {
      status = (e as { status: number }).status;
    }
    expect(status).toBe(2);
  });
});
