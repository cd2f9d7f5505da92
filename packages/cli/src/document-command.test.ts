import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { hoaBinh2021Plan } from '@dvcq/plan-hoa-binh-2021';
import { sampleReport } from '@dvcq/report/testing';
import { runCli } from './run';

const repo = join(import.meta.dirname, '..', '..', '..');

async function dvcq(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd: repo });
  return { code, out, err };
}

function documentXml(file: string): string {
  return strFromU8(unzipSync(readFileSync(file))['word/document.xml']!);
}

describe('dvcq document', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dvcq-document-'));
  const report = sampleReport(hoaBinh2021Plan, 'so-noi-vu', { period: 'semiannual', year: 2021, number: 15, date: '2021-05-15' });
  const good = join(dir, 'so-noi-vu.json');
  writeFileSync(good, JSON.stringify(report));
  const now = ['--now', '2021-05-16T09:00:00+07:00'];

  it('writes the unit report of a report valid in final mode (exit 0)', async () => {
    const out = join(dir, 'bao-cao.docx');
    const r = await dvcq('document', good, '--out', out, ...now);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(out);
    const xml = documentXml(out);
    expect(xml).toContain('Số: 15/BC-SNV');
    expect(xml).toContain('Hòa Bình, ngày 15 tháng 5 năm 2021');
    expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(xml).not.toContain('DỰ THẢO');
  });

  it('refuses a report not valid in final mode (exit 1, issues, no file); --draft writes a draft', async () => {
    const partial = structuredClone(report) as { tasks: Record<string, unknown> };
    const first = Object.keys(partial.tasks)[0]!;
    delete partial.tasks[first];
    const file = join(dir, 'partial.json');
    writeFileSync(file, JSON.stringify(partial));
    const out = join(dir, 'partial.docx');
    const bad = await dvcq('document', file, '--out', out, ...now);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain(first);
    expect(bad.err).toMatch(/--draft/);
    expect(existsSync(out)).toBe(false);
    const draft = await dvcq('document', file, '--out', out, '--draft', ...now);
    expect(draft.code, draft.err).toBe(0);
    expect(documentXml(out)).toContain('DỰ THẢO');
  });

  it('--json reports the outcome; a missing file is a usage error (exit 2)', async () => {
    const out = join(dir, 'json.docx');
    const r = await dvcq('document', good, '--out', out, '--json', ...now);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ ok: true, out });
    const missing = await dvcq('document', join(dir, 'nope.json'), '--out', out);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/Không đọc được/);
  });
});

describe('dvcq aggregate --docx', () => {
  it('writes the consolidated draft of the period next to the summary counts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvcq-aggregate-docx-'));
    for (const [i, u] of ['so-noi-vu', 'ubnd-huyen-da-bac'].entries()) {
      writeFileSync(join(dir, `${u}.json`), JSON.stringify(sampleReport(hoaBinh2021Plan, u, { period: 'semiannual', year: 2021, number: i + 1, date: '2021-05-15' })));
    }
    const out = join(dir, 'tong-hop.docx');
    const r = await dvcq('aggregate', dir, '--period', 'semiannual', '--year', '2021', '--now', '2021-05-25T09:00:00+07:00', '--docx', out);
    // 26 of the 28 owing units sent nothing: exit 1, the draft is written all the same.
    expect(r.code).toBe(1);
    expect(r.err).toContain(out);
    const xml = documentXml(out);
    expect(xml).toContain('DỰ THẢO');
    expect(xml).toContain('Sở Nội vụ tỉnh Hòa Bình (Báo cáo số 01/BC-SNV');
    expect(xml).toContain('Ủy ban nhân dân huyện Đà Bắc (Báo cáo số 02/BC-UBND');
    expect(xml).toContain('PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI');
    // The same draft as a registered export format: --out FILE.docx.
    const viaOut = join(dir, 'tong-hop-2.docx');
    const r2 = await dvcq('aggregate', dir, '--period', 'semiannual', '--year', '2021', '--now', '2021-05-25T09:00:00+07:00', '--out', viaOut);
    expect(r2.err).toContain(viaOut);
    expect(documentXml(viaOut)).toContain('DỰ THẢO');
  });
});
