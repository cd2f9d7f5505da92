import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run';

const repo = join(import.meta.dirname, '..', '..', '..', '..');

async function dvcq(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd: repo });
  return { code, out, err };
}

describe('dvcq schema', () => {
  it('writes both JSON Schema drafts, rules.json, CONTRACT.md, report.d.ts, plan.schema.json and vectors', async () => {
    const out = mkdtempSync(join(tmpdir(), 'dvcq-schema-'));
    const r = await dvcq('schema', '--out', out, '--json');
    expect(r.code).toBe(0);
    for (const f of ['report.schema.json', 'report.draft-07.schema.json', 'rules.json', 'CONTRACT.md', 'report.d.ts', 'plan.schema.json'])
      expect(existsSync(join(out, f)), f).toBe(true);
    expect(JSON.parse(r.out).files).toContain('CONTRACT.md');
    expect(JSON.parse(readFileSync(join(out, 'report.schema.json'), 'utf8')).$schema).toMatch(/2020-12/);
    expect(JSON.parse(readFileSync(join(out, 'report.draft-07.schema.json'), 'utf8')).$schema).toMatch(/draft-07/);
    expect(readdirSync(join(out, 'vectors')).length).toBeGreaterThan(80);
    expect(readFileSync(join(out, 'report.d.ts'), 'utf8')).toMatch(/export interface ReportSubmission/);
    expect(readFileSync(join(out, 'CONTRACT.md'), 'utf8')).toMatch(/^# Hợp đồng kiểm tra báo cáo \/ Report validation contract/);
    expect(JSON.parse(readFileSync(join(out, 'rules.json'), 'utf8')).$comment).toMatch(/CONTRACT\.md/);
  });

  it('tells where to start, in the language asked', async () => {
    const out = mkdtempSync(join(tmpdir(), 'dvcq-schema-'));
    const r = await dvcq('schema', '--out', out, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Read CONTRACT\.md to implement the checks in another language\./);
    expect(r.out).toMatch(/vectors\/ \(\d+ conformance vectors\)/);
  });

  it('needs --out (usage error, exit 2)', async () => {
    expect((await dvcq('schema')).code).toBe(2);
  });
});
