import { hoaBinh2021Plan as plan } from '@dvcq/plan-hoa-binh-2021';
import { describe, expect, it } from 'vitest';
import { aggregate } from '../aggregate/aggregate';
import { toCsv } from './csv';
import { EXPORT_FORMATS, type ExportFormat, csvFormat, exportFileName, findExportFormat, xlsxFormat } from './registry';
import { formatAggregation } from './text';

const agg = aggregate([], { plan, period: 'semiannual', year: 2021, now: '2021-06-01T00:00:00+07:00' });

describe('export formats registry', () => {
  it('ships CSV and XLSX, each with a unique id, a MIME type, an extension and bytes', async () => {
    expect(EXPORT_FORMATS.map((f) => f.id)).toEqual(['csv', 'xlsx']);
    expect(new Set(EXPORT_FORMATS.map((f) => f.ext)).size).toBe(EXPORT_FORMATS.length);
    const csv = await csvFormat.write(agg, { table: 'tasks', lang: 'en' });
    expect(new TextDecoder().decode(csv)).toBe(toCsv(agg, { table: 'tasks', lang: 'en' }).replace(/^\uFEFF/, ''));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM survives encoding
    const xlsx = await xlsxFormat.write(agg);
    expect(new TextDecoder().decode(xlsx.subarray(0, 2))).toBe('PK');
    expect(xlsxFormat.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('finds a format by id in the default or a given list; a new format is one value', async () => {
    expect(findExportFormat('xlsx')).toBe(xlsxFormat);
    expect(findExportFormat('docx')).toBeUndefined();
    const json: ExportFormat = { id: 'json', label: { vi: 'JSON', en: 'JSON' }, mime: 'application/json', ext: 'json', perTable: false, write: async (a) => new TextEncoder().encode(JSON.stringify(a)) };
    const formats = [...EXPORT_FORMATS, json];
    expect(findExportFormat('json', formats)).toBe(json);
    expect(JSON.parse(new TextDecoder().decode(await findExportFormat('json', formats)!.write(agg))).planId).toBe('hoa-binh-2021');
  });

  it('names files after the plan, the instance and the table, in ASCII', () => {
    expect(exportFileName(agg, csvFormat, 'indicators')).toBe('tong-hop-hoa-binh-2021-semiannual-2021-indicators.csv');
    expect(exportFileName(agg, xlsxFormat)).toBe('tong-hop-hoa-binh-2021-semiannual-2021.xlsx');
    expect(exportFileName({ ...agg, periodIndex: 3, period: 'quarterly' }, xlsxFormat)).toBe('tong-hop-hoa-binh-2021-quarterly-2021-03.xlsx');
  });
});

describe('formatAggregation', () => {
  it('prints the instance, the deadline reading, the counts with a decimal comma, one line per unit', () => {
    const text = formatAggregation(agg);
    expect(text).toMatch(/^Báo cáo 6 tháng/);
    expect(text).toContain('Phải nộp: 28 · Đã nộp: 0');
    expect(text).toContain('Tỷ lệ đầy đủ: 0\u00a0% · Tỷ lệ đúng hạn: —');
    expect(text.split('\n').filter((l) => l.startsWith(`  ${agg.stateLabels.overdue.vi} `))).toHaveLength(28);
    expect(formatAggregation(agg, 'en')).toContain('Owing: 28 · Submitted: 0');
  });
});
