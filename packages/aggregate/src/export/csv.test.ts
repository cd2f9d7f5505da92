import { execFileSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { hoaBinh2021Plan as plan } from '@dvcq/plan-hoa-binh-2021';
import { describe, expect, it } from 'vitest';
import { sampleReport } from '@dvcq/report/testing';
import { aggregate } from '../aggregate/aggregate';
import type { Aggregation } from '../aggregate/types';
import { TABLE_IDS, aggregationTable, type Cell } from '../tables/tables';
import { _LINE_BREAK, toCsv } from './csv';

/**
 * Reads CSV back with a strict RFC 4180 parser: every row, every cell, as text. Like
 * a spreadsheet, it ends a record at any bare CR, LF or CRLF outside quotes.
 */
const readCsv = (text: string): string[][] =>
  parse(text, { bom: true, record_delimiter: ['\r\n', '\n', '\r'], relax_quotes: false, relax_column_count: false, skip_empty_lines: false });
/** What a cell must read back as: its text, with the formula guard applied. */
const expected = (rows: Cell[][]): string[][] => rows.map((r) => r.map((c) => (c === null ? '' : typeof c === 'number' ? String(c) : /^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));

const owing = ['so-y-te', 'so-tu-phap', 'so-noi-vu', 'ubnd-huyen-da-bac', 'ubnd-huyen-mai-chau', 'van-phong-ubnd-tinh'];
const sample = aggregate(
  owing.map((u, i) => ({ report: sampleReport(plan, u, { period: 'semiannual', year: 2021, number: i + 1, seed: i }), receivedAt: '2021-05-10T08:00:00+07:00', id: `r${i}` })),
  { plan, period: 'semiannual', year: 2021, now: '2021-06-01T00:00:00+07:00' },
);

const PYTHON = (() => {
  try {
    execFileSync('python3', ['--version']);
    return true;
  } catch {
    if (!process.env.CI) console.warn('python3 not found: the Python csv reader check is skipped (CI runs it).');
    return false;
  }
})();

/** Texts an attacker or a careless official may type. */
const HOSTILE = [
  'Đã triển khai.\n=1+1',
  'Đã triển khai.\r\n=HYPERLINK("http://x","y")',
  'Đã triển khai.\r=1+1',
  'dòng một\u2028=1+1',
  'dòng một\u2029dòng hai',
  'dòng một\u0085dòng hai',
  'a\vb\fc\u001cd\u001de\u001ef',
  '=1+1',
  '+1',
  '-1',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
  'trích dẫn "Dân vận khéo", có dấu phẩy',
  '"',
  '""',
  ',',
  '\n',
  '',
  ' =1+1',
  'Sáng · Chiều « Dân » « vận »',
];

/** A consolidation whose text cells (compiled tasks, document numbers, unit names) are given strings. */
function withTexts(agg: Aggregation, texts: readonly string[]): Aggregation {
  const c = structuredClone(agg);
  texts.forEach((s, i) => {
    const t = c.tasks[i % c.tasks.length]!;
    t.compiled = s;
    const u = c.units[i % c.units.length]!;
    u.documentNumber = s;
    u.name = { vi: s, en: s };
    c.texts.difficulties.push({ unitId: u.unitId, unitName: s, text: s });
    c.models.push({ unitId: u.unitId, unitName: s, name: s, field: s, holder: 'collective', stage: 'registered' });
  });
  return c;
}

describe('toCsv reads back through a real RFC 4180 parser', () => {
  it('the sample data: exactly one row per unit, indicator and task, cells as in the tables', () => {
    for (const table of TABLE_IDS) {
      for (const lang of ['vi', 'en'] as const) {
        const rows = readCsv(toCsv(sample, { table, lang }));
        expect(rows).toEqual(expected(aggregationTable(sample, table, { lang })));
      }
    }
    expect(readCsv(toCsv(sample, { table: 'tasks' }))).toHaveLength(1 + 29);
    expect(readCsv(toCsv(sample, { table: 'units' }))).toHaveLength(1 + 28);
    expect(readCsv(toCsv(sample, { table: 'texts' }))).toHaveLength(1 + owing.length);
    expect(readCsv(toCsv(sample, { table: 'models' }))).toHaveLength(1 + owing.length);
    // The compiled results really do hold line breaks (one line per unit).
    expect(sample.tasks.some((t) => t.compiled.includes('\n'))).toBe(true);
    // Ordinary data needs no formula guard: no cell of the sample starts with an apostrophe.
    for (const table of TABLE_IDS) for (const r of readCsv(toCsv(sample, { table }))) for (const c of r) expect(c.startsWith("'"), c).toBe(false);
  });

  it('hostile texts: every line break quoted, formulas neutralised, cells exact', () => {
    const agg = withTexts(sample, HOSTILE);
    for (const table of TABLE_IDS) {
      const csv = toCsv(agg, { table });
      const rows = readCsv(csv);
      expect(rows).toEqual(expected(aggregationTable(agg, table)));
      for (const r of rows) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      // Records are separated by CRLF only; a line break inside a field is always within quotes.
      expect(rows).toHaveLength(aggregationTable(agg, table).length);
    }
    const tasks = toCsv(agg, { table: 'tasks', bom: false });
    expect(tasks).toContain('"Đã triển khai.\n=1+1"');
    expect(tasks).toMatch(/,'=1\+1\r\n/);
  });

  it('any text, any line break: the parser gives back exactly the cells (property)', () => {
    const alphabet = fc.constantFrom('a', 'Đ', 'ệ', ' ', ',', '"', '=', '+', '-', '@', '\t', '\r', '\n', '\r\n', '\u2028', '\u2029', '\u0085', '\v', '\f', '\u001c', '\u001e', "'", ';', '😀');
    const text = fc.array(alphabet, { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 8 }), fc.constantFrom(...TABLE_IDS), (texts, table) => {
        const agg = withTexts(sample, texts);
        const rows = readCsv(toCsv(agg, { table }));
        expect(rows).toEqual(expected(aggregationTable(agg, table)));
      }),
      { numRuns: 300 },
    );
  });

  it('quotes each field that holds a line break of any kind', () => {
    for (const br of ['\n', '\r', '\r\n', '\u2028', '\u2029', '\u0085', '\v', '\f', '\u001c', '\u001d', '\u001e']) {
      expect(_LINE_BREAK.test(`x${br}y`), JSON.stringify(br)).toBe(true);
      const csv = toCsv(withTexts(sample, [`x${br}y`]), { table: 'tasks', bom: false });
      expect(csv).toContain(`"x${br}y"`);
    }
  });

  it('UTF-8 BOM by default, CRLF records, no BOM on request; formula guard can be turned off for programs', () => {
    const csv = toCsv(sample);
    expect(csv.startsWith('\uFEFFMã đơn vị,Tên đơn vị,Loại đơn vị')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(toCsv(sample, { bom: false, lang: 'en' }).startsWith('Unit id,Unit,Kind of unit')).toBe(true);
    const raw = readCsv(toCsv(withTexts(sample, ['=1+1']), { table: 'tasks', formulaGuard: false }));
    expect(raw[1]![8]).toBe('=1+1');
  });

  // Python's csv module is a second, independent reader. Without python3 the test is skipped
  // with a message — except under CI (which installs it), where it must run.
  (PYTHON || process.env.CI ? it : it.skip)("Python's csv module reads the same cells", () => {
    const agg = withTexts(sample, HOSTILE);
    const csv = toCsv(agg, { table: 'tasks' });
    const script = 'import csv,io,json,sys; print(json.dumps(list(csv.reader(io.StringIO(sys.stdin.buffer.read().decode("utf-8-sig"), newline="")))))';
    const out = JSON.parse(execFileSync('python3', ['-c', script], { input: csv }).toString()) as string[][];
    expect(out).toEqual(expected(aggregationTable(agg, 'tasks')));
  });
});
