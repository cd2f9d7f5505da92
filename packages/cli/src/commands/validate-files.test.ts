import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hoaBinh2021Plan as plan } from '@dvcq/plan-hoa-binh-2021';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleReport } from '@dvcq/report/testing';
import { aggregateCommand } from './aggregate';
import { validateCommand } from './validate';
import { listReportFiles, toJsonLine, validateFiles, type BatchProgress } from './validate-files';

const dir = mkdtempSync(join(tmpdir(), 'dvcq-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const units = plan.obligations[0]!.owedBy.length ? ['so-y-te', 'so-tu-phap', 'ubnd-huyen-da-bac', 'so-noi-vu'] : [];
const N = 400;
mkdirSync(join(dir, 'a', 'b'), { recursive: true });
for (let i = 0; i < N; i++) {
  const unit = units[i % units.length]!;
  const r = sampleReport(plan, unit, { period: 'annual', year: 2021, number: i + 1, date: '2021-10-20' });
  writeFileSync(join(dir, i % 2 ? 'a' : join('a', 'b'), `r${String(i).padStart(4, '0')}.json`), JSON.stringify(r));
}
writeFileSync(join(dir, 'a', 'broken.json'), '{"planId": ');
writeFileSync(join(dir, 'a', 'notes.txt'), 'ignored');
const now = '2021-10-25T00:00:00+07:00';

describe('validateFiles', () => {
  it('streams one result per file, in input order, with bounded concurrency and progress', async () => {
    const files: string[] = [];
    for await (const f of listReportFiles([dir])) files.push(f);
    expect(files).toHaveLength(N + 1);
    expect(files.every((f) => f.endsWith('.json'))).toBe(true);
    // A source that counts how far ahead of the consumer it is pulled.
    let pulled = 0;
    let consumed = 0;
    let maxAhead = 0;
    async function* source() {
      for (const f of files) {
        pulled++;
        maxAhead = Math.max(maxAhead, pulled - consumed);
        yield f;
      }
    }
    const progress: BatchProgress[] = [];
    const out: string[] = [];
    let bad = 0;
    for await (const r of validateFiles(source(), { plan, now, concurrency: 4, onProgress: (p) => progress.push(p) })) {
      consumed++;
      out.push(r.file);
      if (!r.ok) bad++;
    }
    expect(out).toEqual(files);
    expect(maxAhead).toBeLessThanOrEqual(5);
    expect(bad).toBe(1);
    expect(progress).toHaveLength(N + 1);
    expect(progress.at(-1)).toEqual({ done: N + 1, total: N + 1, ok: N, failed: 1 });
  });

  it('turns unreadable, oversized and non-JSON files into results, never throws', async () => {
    const results = [];
    for await (const r of validateFiles([join(dir, 'missing.json'), join(dir, 'a', 'broken.json'), join(dir, 'a', 'r0001.json')], { plan, now, maxFileBytes: 100 })) results.push(r);
    expect(results.map((r) => r.error?.code)).toEqual(['file.unreadable', 'input.json-syntax', 'file.too-large']);
    const line = toJsonLine(results[1]!);
    expect(line.endsWith('\n')).toBe(true);
    expect(JSON.parse(line)).toMatchObject({ ok: false, issues: [{ code: 'input.json-syntax' }] });
  });
});

describe('commands', () => {
  const io = () => {
    const o = { out: '', err: '' };
    return { o, io: { stdout: (s: string) => void (o.out += s), stderr: (s: string) => void (o.err += s), cwd: dir } };
  };

  it('validate --json prints one JSON line per file and exits 1 when one is invalid', async () => {
    const { o, io: x } = io();
    const code = await validateCommand(plan, ['a'], { json: true, now }, x);
    expect(code).toBe(1);
    const lines = o.out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(N + 1);
    expect(lines.filter((l) => !l.ok).map((l) => l.file)).toEqual(['a/broken.json']);
    expect(await validateCommand(plan, ['nothing-here'], { json: true }, io().io)).toBe(2);
  });

  it('aggregate writes an XLSX and reports progress on large batches', async () => {
    const { o, io: x } = io();
    const code = await aggregateCommand(plan, ['a'], { xlsx: 'out.xlsx', now, period: 'annual', progressEvery: 100 }, x);
    expect(code).toBe(1); // one invalid file
    expect(o.err).toMatch(/đã kiểm tra 100 tệp/);
    expect(o.err).toMatch(/broken\.json/);
    expect(o.err).toMatch(/Đã ghi tệp: out\.xlsx/);
    const { o: o2, io: y } = io();
    await aggregateCommand(plan, ['a'], { json: true, now, period: 'annual' }, y);
    const agg = JSON.parse(o2.out);
    expect(agg.summary).toMatchObject({ owed: 28, submitted: 4, onTime: 4 });
    expect(agg.units.find((u: { unitId: string }) => u.unitId === 'so-y-te').reportsSeen).toBe(100);
  });
});
