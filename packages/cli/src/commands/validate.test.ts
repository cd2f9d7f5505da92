import type { PeriodKind } from '@dvcq/core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hoaBinh2021Plan } from '@dvcq/plan-hoa-binh-2021';
// The sample-report generator moves to @dvcq/report/testing; until then it comes from its current home.
import { sampleReport } from '@dvcq/report/testing';
import { runCli } from '../run';

const repo = join(import.meta.dirname, '..', '..', '..', '..');

async function dvcq(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd: repo });
  return { code, out, err };
}

/** Writes sample reports (clearly marked sample data) of some units into a fresh directory. */
function sampleDir(units: string[], period: PeriodKind = 'annual', date = '2021-11-01'): string {
  const dir = mkdtempSync(join(tmpdir(), 'dvcq-reports-'));
  units.forEach((u, i) => writeFileSync(join(dir, `${u}.json`), JSON.stringify(sampleReport(hoaBinh2021Plan, u, { period, year: 2021, date, number: i + 1 }))));
  return dir;
}

describe('dvcq validate', () => {
  it('accepts a valid report (exit 0) and names the field and the fix for a bad one (exit 1)', async () => {
    const dir = sampleDir(['so-noi-vu']);
    const good = join(dir, 'so-noi-vu.json');
    const ok = await dvcq('validate', good, '--now', '2021-11-02T09:00:00+07:00');
    expect(ok.code).toBe(0);
    const report = JSON.parse(readFileSync(good, 'utf8'));
    report.document.number = '15/SNV';
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(report));
    const bad = await dvcq('validate', join(dir, 'bad.json'), '--now', '2021-11-02T09:00:00+07:00');
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/Số, ký hiệu/);
  });

  it('--json streams one JSON line per file; a late final report is a warning, not an error', async () => {
    const dir = sampleDir(['so-noi-vu', 'so-tu-phap'], 'annual', '2021-11-10');
    const r = await dvcq('validate', dir, '--json', '--now', '2021-11-12T09:00:00+07:00');
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    for (const l of lines) {
      expect(l.ok).toBe(true);
      expect(l.issues.map((i: { code: string; severity: string }) => [i.code, i.severity])).toContainEqual(['report.late', 'warning']);
    }
  });

  it('exits 2 for an unreadable path or a bad --now', async () => {
    expect((await dvcq('validate', '/nonexistent/dvcq.json')).code).toBe(2);
    expect((await dvcq('validate', 'x.json', '--now', 'hôm qua')).code).toBe(2);
  });
});
