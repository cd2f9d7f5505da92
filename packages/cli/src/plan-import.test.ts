import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPlan } from '@dvcq/core/zod';
import { describe, expect, it } from 'vitest';
import { runCli } from './run';

const dir = mkdtempSync(join(tmpdir(), 'dvcq-import-'));
const doc = `KẾ HOẠCH
Công tác dân vận chính quyền năm 2026
II. NHIỆM VỤ
1. Tuyên truyền
- Các Sở, ban, ngành tuyên truyền Luật Thực hiện dân chủ ở cơ sở.
III. TỔ CHỨC THỰC HIỆN
1. Các Sở, ban, ngành triển khai thực hiện, báo cáo về Ủy ban nhân dân tỉnh (qua Sở Nội vụ) trước ngày 15/11/2026 đối với báo cáo năm.
2. Giao Sở Nội vụ chủ trì theo dõi, đôn đốc, tổng hợp.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Bình`;
writeFileSync(join(dir, 'kh.txt'), doc);
writeFileSync(join(dir, 'old.doc'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd: dir, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('dvcq plan import', () => {
  it('writes the draft to --out, the review list to stderr, exit 1 when something needs a person', async () => {
    const r = await run(['plan', 'import', 'kh.txt', '--id', 'thu-2026', '--out', 'kh.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Cần rà soát');
    const plan = JSON.parse(readFileSync(join(dir, 'kh.json'), 'utf8'));
    expect(plan.id).toBe('thu-2026');
    expect(loadPlan(plan).ok).toBe(true);
  });

  it('--json prints { plan, findings }; English review list with --lang en', async () => {
    const r = await run(['plan', 'import', 'kh.txt', '--json']);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['plan', 'findings']);
    expect(out.plan.obligations[0].deadline.date).toBe('2026-11-15');
    const en = await run(['--lang', 'en', 'plan', 'import', 'kh.txt']);
    expect(en.stderr).toContain('Needs review');
  });

  it('exit 2 with what to do for an old .doc or a missing file', async () => {
    const r = await run(['plan', 'import', 'old.doc']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.docx');
    expect((await run(['plan', 'import', 'nope.docx'])).code).toBe(2);
  });
});
