import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '@dvcq/core/zod';
import { hoaBinh2021Plan } from '@dvcq/plan-hoa-binh-2021';
// The sample-report generator moves to @dvcq/report/testing; until then it comes from its current home.
import { sampleReport } from '@dvcq/report/testing';
import { EXPORT_FORMATS, type ExportFormat } from '@dvcq/aggregate';
import { runCli } from '../run';
import { aggregateCommand } from './aggregate';

const repo = join(import.meta.dirname, '..', '..', '..', '..');
const twoLevelFile = join(repo, 'fixtures', 'plans', 'two-level-2026.plan.json');

async function dvcq(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd });
  return { code, out, err };
}

function dirOf(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dvcq-agg-'));
  for (const [name, value] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(value));
  return dir;
}

describe('dvcq aggregate', () => {
  const plan = hoaBinh2021Plan;
  const rep = (unitId: string, number: number, date: string, extra: Record<string, unknown> = {}) => ({ ...sampleReport(plan, unitId, { period: 'semiannual', year: 2021, number, date }), ...extra });
  const dir = dirOf({
    'so-y-te.json': rep('so-y-te', 1, '2021-05-10'),
    'so-tu-phap.json': rep('so-tu-phap', 2, '2021-05-20'),
    'nam.json': sampleReport(plan, 'so-noi-vu', { period: 'annual', year: 2021, number: 3, date: '2021-05-25' }),
  });
  const now = ['--now', '2021-06-01T00:00:00+07:00'];

  it('without --period takes the instance most reports answer, lists the others on stderr, exit 1 when units are missing', async () => {
    const r = await dvcq(dir, 'aggregate', '.', ...now);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^Báo cáo 6 tháng/);
    expect(r.out).toMatch(/Phải nộp: 28 · Đã nộp: 2 \(đúng hạn 1, trễ hạn 1\)/);
    expect(r.err).toContain('Không tính: 1 × other-period');
  });

  it('keeps its contract: --json on stdout, --xlsx writes a workbook, progress and written files on stderr', async () => {
    const json = await dvcq(dir, 'aggregate', '.', '--period', 'semiannual', '--year', '2021', '--json', ...now);
    expect(json.code).toBe(1); // other owing units are missing
    expect(JSON.parse(json.out).summary).toMatchObject({ owed: 28, submitted: 2 });
    const xlsx = join(dir, 'tong-hop-2.xlsx');
    const w = await dvcq(dir, 'aggregate', '.', '--period', 'semiannual', '--xlsx', xlsx, ...now);
    expect(w.out).toBe('');
    expect(w.err).toContain(`Đã ghi tệp: ${xlsx}`);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    expect((await dvcq(dir, 'aggregate', ...now)).code).toBe(2); // no input
    expect((await dvcq(dir, 'aggregate', '/nonexistent/dvcq', ...now)).code).toBe(2);
  });

  it('--csv TABLE prints a CSV that reads back with one row per task; a bad table is a usage error', async () => {
    const r = await dvcq(dir, 'aggregate', '.', '--period', 'semiannual', '--csv', 'tasks', ...now);
    const rows = parse(r.out, { record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
    expect(rows).toHaveLength(1 + 29);
    expect((await dvcq(dir, 'aggregate', '.', '--csv', 'donvi', ...now)).code).toBe(2);
  });

  it('--out FILE writes any registered format (by extension or --format); an unknown one is exit 2', async () => {
    const out = join(dir, 'tong-hop.xlsx');
    const r = await dvcq(dir, 'aggregate', '.', '--period', 'semiannual', '--out', out, ...now);
    expect(r.err).toContain(`Đã ghi tệp: ${out}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng quan', 'Đơn vị', 'Chỉ tiêu', 'Nhiệm vụ', 'Khó khăn, đề xuất', 'Mô hình Dân vận khéo']);
    const csv = join(dir, 'chi-tieu.txt');
    await dvcq(dir, 'aggregate', '.', '--period', 'semiannual', '--out', csv, '--format', 'csv', '--table', 'indicators', '--lang', 'en', ...now);
    expect(readFileSync(csv, 'utf8')).toMatch(/^\uFEFFIndicator id,Indicator,/);
    const bad = await dvcq(dir, 'aggregate', '.', '--out', join(dir, 'x.pdf'), ...now);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Không rõ định dạng xuất "pdf" (có: csv, xlsx, docx)');
  });

  it('a format added to the list is written by --out, with the plan passed to it', async () => {
    const planEcho: ExportFormat = {
      id: 'txt',
      label: { vi: 'Văn bản thử', en: 'Test text' },
      mime: 'text/plain',
      ext: 'txt',
      perTable: false,
      write: async (agg, o) => new TextEncoder().encode(`${o?.plan?.id} ${agg.summary.submitted}`),
    };
    const io = { stdout: () => {}, stderr: () => {}, cwd: dir };
    const out = join(dir, 'echo.txt');
    const code = await aggregateCommand(plan, ['.'], { period: 'semiannual', out, formats: [...EXPORT_FORMATS, planEcho], now: now[1] }, io);
    expect(code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('hoa-binh-2021 2');
  });

  it('a format that cannot write this consolidation: its issues on stderr, exit 1; a shorthand without its format: exit 2', async () => {
    const refusing: ExportFormat = {
      id: 'docx',
      label: { vi: 'Từ chối', en: 'Refuses' },
      mime: 'application/octet-stream',
      ext: 'docx',
      perTable: false,
      write: async () => Promise.reject(Object.assign(new Error('no'), { issues: [{ code: 'test.refused', message: 'không lập được' }] })),
    };
    let err = '';
    const io = { stdout: () => {}, stderr: (x: string) => void (err += x), cwd: dir };
    expect(await aggregateCommand(plan, ['.'], { period: 'semiannual', docx: 'x.docx', formats: [refusing], now: now[1] }, io)).toBe(1);
    expect(err).toContain('✗ x.docx: test.refused — không lập được');
    expect(await aggregateCommand(plan, ['.'], { period: 'semiannual', docx: 'x.docx', formats: EXPORT_FORMATS, now: now[1] }, io)).toBe(2);
  });

  it('--holidays FILE is read and checked like the calendar command does (one reader in io/holidays.ts)', async () => {
    writeFileSync(join(dir, 'bad-holidays.txt'), '{ "format": "dvcq-holidays/1", "years": [ { "year": "x" } ] }');
    const bad = await dvcq(dir, 'aggregate', dir, '--period', 'semiannual', '--year', '2021', '--holidays', 'bad-holidays.txt', '--json', ...now);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/bad-holidays\.txt không hợp lệ|Không đọc được/);
    const missing = await dvcq(dir, 'aggregate', dir, '--holidays', 'nope.json', '--json', ...now);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/Không đọc được tệp lịch nghỉ "nope.json" \(ENOENT\)/);
  });

  it('--obligation and --index pick the instance; a bad --index is exit 2', async () => {
    const r = await dvcq(dir, 'aggregate', '.', '--period', 'semiannual', '--obligation', 'bc-6-thang-2021', '--json', ...now);
    expect(JSON.parse(r.out).obligation.id).toBe('bc-6-thang-2021');
    const q = await dvcq(dir, 'aggregate', '.', '--period', 'semiannual', '--index', '2', '--json', ...now);
    expect(JSON.parse(q.out)).toMatchObject({ periodIndex: 2, obligation: null, units: [] });
    expect((await dvcq(dir, 'aggregate', '.', '--index', '13', ...now)).code).toBe(2);
  });

  it('runs on another plan given as a file (two-level government, inclusive deadline)', async () => {
    const loaded = loadPlan(readFileSync(twoLevelFile, 'utf8'));
    if (!loaded.ok) throw new Error('fixture plan does not load');
    const other = loaded.value;
    const ob = other.obligations.find((o) => o.period === 'annual')!;
    const owing = other.orgUnits.filter((u) => u.kind !== 'province-committee').map((u) => u.id);
    const date = 'date' in ob.deadline ? ob.deadline.date : undefined;
    const sample = (u: string, i: number) => sampleReport(other, u, { period: 'annual', year: other.year, number: i + 1, ...(date ? { date } : {}) });
    const d = dirOf(Object.fromEntries(owing.slice(2, 4).map((u, i) => [`${u}.json`, sample(u, i)])));
    const r = await dvcq(d, '--plan', twoLevelFile, 'aggregate', '.', '--json', '--now', `${other.year}-12-01T00:00:00+07:00`);
    expect(r.err).toBe('');
    const agg = JSON.parse(r.out);
    expect(agg.planId).toBe(other.id);
    expect(agg.obligation.id).toBe(ob.id);
    // "chậm nhất ngày X" (inclusive): a report dated X is on time.
    expect(agg.units.filter((u: { state: string }) => u.state === 'on-time').length).toBeGreaterThan(0);
  });
});
