import fc from 'fast-check';
import { encodeLegacy } from '@dvcq/core/legacy';
import { Document, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, detectFormat, formatFindings, importPlan } from './index';
import { _assemble } from './read/assemble';
import { _readText } from './read/text';
import { _parseStructure } from './parse/structure';

const para = (s: string) => _assemble(_readText(s)).map((b) => (b.kind === 'p' ? b.text : '[table]'));

describe('text reader and paragraph assembly', () => {
  it('undoes line wraps of a copied page and keeps numbered items apart', () => {
    const copied = ['1. Các cơ quan chuyên môn, đơn vị sự', 'nghiệp thuộc Ủy ban nhân dân tỉnh, Ủy', 'ban nhân dân các huyện triển khai.', '2. Thực hiện tốt công tác phối hợp.', '- Gạch đầu dòng một;', '+ ý con.'].join('\n');
    expect(para(copied)).toEqual([
      '1. Các cơ quan chuyên môn, đơn vị sự nghiệp thuộc Ủy ban nhân dân tỉnh, Ủy ban nhân dân các huyện triển khai.',
      '2. Thực hiện tốt công tác phối hợp.',
      '- Gạch đầu dòng một;',
      '+ ý con.',
    ]);
  });

  it('joins a sentence broken by a page break (blank line, page number, form feed)', () => {
    expect(para('- Triển khai nhiệm vụ tại Công văn số 28/UBND-NC của Ủy\n\n- 2 -\n\f\nban nhân dân tỉnh.')).toEqual(['- Triển khai nhiệm vụ tại Công văn số 28/UBND-NC của Ủy ban nhân dân tỉnh.']);
  });

  it('keeps a heading apart from the paragraph after it, strips Markdown emphasis, NFC', () => {
    const nfd = 'Yêu cầu'.normalize('NFD');
    expect(para(`**2. ${nfd}**\nViệc thực hiện phải *thiết thực*.`)).toEqual(['2. Yêu cầu', 'Việc thực hiện phải thiết thực.']);
  });

  it('reads Markdown tables', () => {
    const blocks = _assemble(_readText('| TT | Nội dung |\n|---|---|\n| 1 | Tuyên truyền |'));
    expect(blocks).toEqual([{ kind: 'table', rows: [['TT', 'Nội dung'], ['1', 'Tuyên truyền']], place: { line: 1, column: 1 } }]);
  });
});

describe('reporting obligations', () => {
  it('reads data windows stated beside the deadlines, and never takes a window end for a deadline', async () => {
    const text = [
      'KẾ HOẠCH',
      'Công tác dân vận chính quyền năm 2026',
      'II. NHIỆM VỤ',
      '1. Tuyên truyền',
      '- Các sở, ban, ngành tuyên truyền pháp luật.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Các sở, ban, ngành báo cáo 6 tháng (số liệu tính từ ngày 15/12/2025 đến ngày 14/6/2026) trước ngày 20/6/2026; báo cáo năm (số liệu từ ngày 15/12/2025 đến hết ngày 14/12/2026) trước ngày 20/12/2026 về Ủy ban nhân dân tỉnh.',
    ].join('\n');
    const r = await importPlan(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect((r.plan.obligations as any[]).map((o) => [o.id, o.period, o.deadline.date, o.dataWindow])).toEqual([
      ['bc-6-thang-2026', 'semiannual', '2026-06-20', { from: '2025-12-15', to: '2026-06-14' }],
      ['bc-nam-2026', 'annual', '2026-12-20', { from: '2025-12-15', to: '2026-12-14' }],
    ]);
  });

  it('an ad-hoc report with a date is a one-off obligation; without one it is only reported', async () => {
    const doc = (line: string) => ['KẾ HOẠCH', 'Công tác dân vận chính quyền năm 2026', 'II. NHIỆM VỤ', '- Các sở, ban, ngành tuyên truyền pháp luật.', 'III. TỔ CHỨC THỰC HIỆN', line].join('\n');
    const dated = await importPlan(doc('1. Các sở, ban, ngành gửi báo cáo đột xuất về kết quả đối thoại trước ngày 30/6/2026 về Ủy ban nhân dân tỉnh.'));
    expect(dated.ok && (dated.plan.obligations as any[]).map((o) => [o.id, o.period, o.deadline.date])).toEqual([['bc-dot-xuat-2026', 'one-off', '2026-06-30']]);
    const undated = await importPlan(doc('1. Các sở, ban, ngành báo cáo đột xuất khi có yêu cầu.'));
    expect(undated.ok && (undated.plan.obligations as any[])).toEqual([]);
    expect(undated.findings.map((f) => f.code)).toContain('import.one-off-without-date');
  });

  it('reads monthly, quarterly and working-day rules', async () => {
    const text = [
      'KẾ HOẠCH',
      'Công tác dân vận chính quyền năm 2026',
      'II. NHIỆM VỤ',
      '- Ủy ban nhân dân các xã, phường tuyên truyền pháp luật.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Ủy ban nhân dân các xã, phường báo cáo kết quả về Sở Nội vụ trước ngày 20 hằng tháng.',
      '2. Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh chậm nhất 05 ngày làm việc sau khi kết thúc quý.',
    ].join('\n');
    const r = await importPlan(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect((r.plan.obligations as any[]).map((o) => [o.period, o.deadline])).toEqual([
      ['monthly', { kind: 'day-of-month', day: 20, month: 'last-of-period', semantics: 'before', text: 'trước ngày 20 hằng tháng' }],
      ['quarterly', { kind: 'after-period', days: 5, count: 'working', semantics: 'inclusive', text: 'chậm nhất 05 ngày làm việc sau khi kết thúc quý' }],
    ]);
  });
});

describe('format detection and refusals', () => {
  it('detects formats from bytes', () => {
    expect(detectFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe('doc');
    expect(detectFormat(new TextEncoder().encode('%PDF-1.7'))).toBe('pdf');
    expect(detectFormat(new TextEncoder().encode('<!DOCTYPE html><p>x'))).toBe('html');
    expect(detectFormat(new TextEncoder().encode('# Kế hoạch'), 'a.md')).toBe('markdown');
  });

  it('refuses an old binary .doc with what to do instead (exit 2 in the CLI)', async () => {
    const r = await importPlan(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    expect(r.ok).toBe(false);
    expect(r.findings[0]?.code).toBe('import.binary-doc');
    expect(r.findings[0]?.message.vi).toContain('.docx');
  });

  it('refuses input over the size limit before reading it', async () => {
    const r = await importPlan(new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(r.ok).toBe(false);
    expect(r.findings[0]?.code).toBe('import.too-large');
  });

  it('refuses a broken DOCX and a PDF without text', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('word/document.xml garbage')]);
    const r = await importPlan(zip, { fileName: 'x.docx' });
    expect(r.ok).toBe(false);
    expect(r.findings[0]?.code).toBe('import.unreadable');
    const pdf = await importPlan(new TextEncoder().encode('%PDF-1.4\n%%EOF'), { fileName: 'x.pdf' });
    expect(pdf.ok).toBe(false);
    expect(['import.unreadable', 'import.scanned-pdf']).toContain(pdf.findings[0]?.code);
  });

  it('refuses a PDF without a text layer (a scan) with what to do instead', async () => {
    // One blank A4 page and no text: what a scanner produces, minus the image.
    const pdf = '%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n';
    const r = await importPlan(new TextEncoder().encode(pdf), { fileName: 'scan.pdf' });
    expect(r.ok).toBe(false);
    expect(r.findings[0]?.code).toBe('import.scanned-pdf');
    expect(r.findings[0]?.message.vi).toContain('.docx');
  });

  it('reads text typed in the legacy TCVN3 encoding and says so', async () => {
    const text = 'KẾ HOẠCH\nCông tác dân vận chính quyền năm 2026\nII. NHIỆM VỤ\n1. Tuyên truyền\n- Các sở, ban, ngành tuyên truyền pháp luật cho Nhân dân.\n';
    const bytes = new Uint8Array(Buffer.from(encodeLegacy(text, 'tcvn3'), 'latin1'));
    const r = await importPlan(bytes, { fileName: 'cu.txt' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.findings.map((f) => f.code)).toContain('import.legacy-encoding');
    const content = (r.plan.sections as any[]).find((s) => s.kind === 'content');
    expect(content.areas[0].tasks[0].text.vi).toBe('Các sở, ban, ngành tuyên truyền pháp luật cho Nhân dân.');
  });

  it('reads Word automatic numbering with its own labels (I. / 1. / -)', async () => {
    const levels = [
      { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.' },
      { level: 1, format: LevelFormat.DECIMAL, text: '%2.' },
      { level: 2, format: LevelFormat.BULLET, text: '-' },
    ];
    const num = (level: number, text: string, bold = false) => new Paragraph({ numbering: { reference: 'plan', level }, children: [new TextRun({ text, bold })] });
    const doc = new Document({
      numbering: { config: [{ reference: 'plan', levels }] },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun({ text: 'KẾ HOẠCH', bold: true })] }),
            new Paragraph({ children: [new TextRun({ text: 'Công tác dân vận chính quyền năm 2026', bold: true })] }),
            num(0, 'MỤC ĐÍCH, YÊU CẦU', true),
            num(1, 'Mục đích', true),
            num(2, 'Nâng cao nhận thức về công tác dân vận chính quyền.'),
            num(0, 'NHIỆM VỤ', true),
            num(1, 'Tuyên truyền', true),
            num(2, 'Sở Nội vụ chủ trì tuyên truyền.'),
            num(2, 'Sở Tư pháp chủ trì phổ biến pháp luật.'),
            num(1, 'Cải cách hành chính', true),
            num(2, 'Văn phòng Ủy ban nhân dân tỉnh công khai thủ tục hành chính.'),
            num(0, 'TỔ CHỨC THỰC HIỆN', true),
            num(1, 'Các sở, ban, ngành báo cáo năm trước ngày 15/11/2026 về Ủy ban nhân dân tỉnh.'),
          ],
        },
      ],
    });
    const r = await importPlan(new Uint8Array(await Packer.toBuffer(doc)), { fileName: 'x.docx' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.findings.map((f) => f.code)).not.toContain('import.numbering-rebuilt');
    const sections = r.plan.sections as any[];
    expect(sections.map((s) => `${s.id} ${s.kind}`)).toEqual(['I goals', 'II content', 'III implementation']);
    expect(sections[1].areas.map((a: any) => [a.id, a.title.vi, a.tasks.map((t: any) => t.id)])).toEqual([
      ['II.1', 'Tuyên truyền', ['II.1.1', 'II.1.2']],
      ['II.2', 'Cải cách hành chính', ['II.2.1']],
    ]);
    expect((r.plan.obligations as any[])[0].deadline.date).toBe('2026-11-15');
  });
});

describe('never a crash, never a hang', () => {
  const pieces = ['I. ', 'II. ', '1. ', 'a) ', '- ', '+ ', 'KẾ HOẠCH', 'Nơi nhận:', 'KT. CHỦ TỊCH', '**', '|', '| a | b |', '\n', '\n\n', '\f', 'trước ngày 20/5/2021', 'báo cáo 6 tháng', 'Sở Nội vụ chủ trì,', 'Chỉ thị số 04/CT-UBND ngày 02/3/2017', 'PHỤ LỤC', 'ngày 31 tháng 02 năm 2026', 'Số: 12/KH-UBND', '<p>', '</td>', 'ỦY BAN NHÂN DÂN'];
  const doc = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 10 })), { maxLength: 120 }).map((xs) => xs.join(''));

  it('the text reader, parser and builder accept any text', async () => {
    await fc.assert(
      fc.asyncProperty(doc, async (text) => {
        const r = await importPlan(text, { fileName: 'x.md' });
        if (r.ok) expect(typeof r.needsReview).toBe('boolean');
        else expect(r.findings.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('the HTML reader accepts any markup', async () => {
    await fc.assert(
      fc.asyncProperty(doc, async (text) => {
        const r = await importPlan(`<html>${text}`, { fileName: 'x.html', format: 'html' });
        expect(r.findings.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it('any bytes give a result, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const r = await importPlan(bytes);
        expect(r.findings.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('a long pathological text stays fast (linear passes)', async () => {
    const hostile = `KẾ HOẠCH\nX\nI. A\n${'- **a** *b* '.repeat(20000)}\n${'1. '.repeat(20000)}\n${'trước ngày 1'.repeat(5000)}`;
    const t0 = performance.now();
    const r = await importPlan(hostile, { fileName: 'x.md' });
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(r.findings.length).toBeGreaterThan(0);
  });

  it('the structure parser handles empty input', () => {
    expect(_parseStructure([]).sections).toEqual([]);
  });
});

describe('formatFindings', () => {
  it('lists what needs review first, with code, pointer and place', () => {
    const text = formatFindings([
      { code: 'import.unit-new', severity: 'review', pointer: '/orgUnits/3', message: { vi: 'Đơn vị mới.', en: 'New unit.' }, source: { line: 12, column: 3 } },
      { code: 'import.untranslated', severity: 'info', pointer: '', message: { vi: 'Chưa dịch.', en: 'Untranslated.' } },
    ], { lang: 'en' });
    expect(text).toBe('Needs review (1):\n1. [import.unit-new] /orgUnits/3 (line 12, column 3): New unit.\n1 more findings for the record (--json lists them).\n');
  });
});
