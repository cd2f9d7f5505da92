import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedParagraphs, seedText } from '../../text/__fixtures__/seed';
import { partyNumberArb, stateNumberArb } from '../__fixtures__/arbitraries';
import { KNOWN_ISSUERS } from '../catalogue';
import type { Citation, FoundCitation } from './types';
import { MAX_CITATION_LENGTH, MAX_PARAGRAPH_LENGTH, findCitations, formatCitation, parseCitation } from './citation';
import { DOCUMENT_KINDS } from '../codes';
import { daysInMonth } from '../date';
import { formatDocumentNumber } from '../number';

function found(text: string): FoundCitation[] {
  const r = findCitations(text);
  if (!r.ok) throw new Error(r.issues.map((i) => i.code).join());
  return r.value;
}

function parsed(text: string): Citation {
  const r = parseCitation(text);
  if (!r.ok) throw new Error(`${text}: ${r.issues.map((i) => i.code).join()}`);
  return r.value;
}

const label = (f: FoundCitation): string =>
  f.citation.number ? formatDocumentNumber(f.citation.number) : (f.citation.named?.name ?? '?');

describe('findCitations on the seed plan', () => {
  const all = found(seedText);

  it('finds every cited document, in order, and nothing else', () => {
    expect(all.map(label)).toEqual([
      '04/CT-UBND',
      'Nghị quyết Trung ương 4, khóa XI',
      'Nghị quyết Trung ương 4, khóa XII',
      '05-CT/TW',
      'Luật Tiếp công dân',
      'Luật Khiếu nại',
      'Luật Tố cáo',
      '217-QĐ/TW',
      '124-QĐ/TW',
      '22-CT/TU',
      '890-QĐ/TU',
      '28/UBND-NC',
      '22-KL/TU',
      '128/KH-UBND',
    ]);
    expect(all.every((f) => f.issues.length === 0)).toBe(true);
  });

  it('gives spans that cut the citation out of the text', () => {
    for (const f of all) expect(seedText.slice(f.start, f.end)).toBe(f.citation.raw);
    const first = all[0];
    expect(first?.citation.raw).toBe('Chỉ thị số 04/CT-UBND ngày 02/3/2017 của Ủy ban nhân dân tỉnh');
  });

  it('reads kind, date and issuer of each numbered citation', () => {
    const byNumber = new Map(all.filter((f) => f.citation.number).map((f) => [label(f), f.citation]));
    expect(byNumber.get('217-QĐ/TW')).toMatchObject({
      kind: 'Quyết định',
      date: { year: 2013, month: 12, day: 12 },
      issuer: { name: 'Bộ Chính trị', symbol: 'TW', style: 'party' },
    });
    expect(byNumber.get('124-QĐ/TW')).toMatchObject({ date: { year: 2018, month: 2, day: 2 }, issuer: { name: 'Ban Bí thư' } });
    expect(byNumber.get('22-KL/TU')).toMatchObject({ kind: 'Kết luận', issuer: { name: 'Ban Thường vụ Tỉnh ủy', symbol: 'TU' } });
    expect(byNumber.get('128/KH-UBND')).toMatchObject({ kind: 'Kế hoạch', date: { year: 2019, month: 7, day: 15 } });
    // Split by a page break in the seed: "của Ủy\n\nban nhân dân tỉnh".
    const cv = byNumber.get('28/UBND-NC');
    expect(cv).toMatchObject({ kind: 'Công văn', date: { year: 2021, month: 1, day: 11 }, issuer: { name: 'Ủy ban nhân dân tỉnh' } });
    expect(cv?.raw).toContain('Ủy\n\nban');
  });

  it("marks the laws' numbers as the kit's addition", () => {
    const laws = all.filter((f) => f.citation.kind === 'Luật');
    expect(laws.map((f) => [f.citation.named?.id, f.citation.linked && formatDocumentNumber(f.citation.linked.number), f.citation.linked?.linkedBy])).toEqual([
      ['luat-tiep-cong-dan', '42/2013/QH13', 'kit'],
      ['luat-khieu-nai', '02/2011/QH13', 'kit'],
      ['luat-to-cao', '25/2018/QH14', 'kit'],
    ]);
    expect(laws.every((f) => f.citation.number === undefined)).toBe(true);
  });

  it('reads the Central Committee resolutions and the quoted title', () => {
    const nq = all.filter((f) => f.citation.named?.plenum !== undefined).map((f) => f.citation);
    expect(nq[0]).toMatchObject({ named: { plenum: 4, term: 11 }, title: 'Một số vấn đề cấp bách xây dựng Đảng hiện nay' });
    expect(nq[1]).toMatchObject({ named: { plenum: 4, term: 12 } });
    expect(nq[1]?.title).toBeUndefined();
    expect(nq.map((c) => c.linked?.linkedBy)).toEqual(['kit', 'kit']);
  });

  it('finds the same citations paragraph by paragraph', () => {
    const perParagraph = seedParagraphs.flatMap((p) => found(p));
    expect(perParagraph.map(label)).toEqual(all.map(label));
    // The page break splits "của Ủy | ban nhân dân tỉnh": alone, the first half names no known issuer.
    expect(perParagraph.find((f) => label(f) === '28/UBND-NC')?.citation.issuer).toBeUndefined();
  });

  it('does not take a bare kind word for a citation', () => {
    expect(found('thể chế hóa kịp thời các Nghị quyết, Chỉ thị, Kết luận của Đảng về công tác dân vận')).toEqual([]);
    expect(found('Căn cứ Kế hoạch của Ủy ban nhân dân tỉnh; Kế hoạch này; Quy chế dân chủ ở cơ sở')).toEqual([]);
    expect(found('trước ngày 20/5/2021 đối với báo cáo 6 tháng')).toEqual([]);
  });

  it('works on NFD text with the same spans', () => {
    const p = seedParagraphs.find((x) => x.includes('217-QĐ/TW')) ?? '';
    const nfd = p.normalize('NFD');
    const fs = found(nfd);
    expect(fs.map(label)).toEqual(['217-QĐ/TW', '124-QĐ/TW']);
    for (const f of fs) expect(nfd.slice(f.start, f.end)).toBe(f.citation.raw);
  });
});

describe('parseCitation', () => {
  it('parses the seed citations with issuer phrases', () => {
    expect(parsed('Chỉ thị số 04/CT-UBND ngày 02/3/2017 của Ủy ban nhân dân tỉnh')).toMatchObject({
      kind: 'Chỉ thị',
      number: { style: 'state', number: 4, typeCode: 'CT', issuer: 'UBND' },
      date: { year: 2017, month: 3, day: 2 },
      issuer: { name: 'Ủy ban nhân dân tỉnh', symbol: 'UBND' },
    });
    expect(parsed('Quyết định số 217-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị')).toMatchObject({ issuer: { name: 'Bộ Chính trị' } });
    expect(parsed('Kế hoạch số 128/KH-UBND ngày 15/7/2019')).toMatchObject({ kind: 'Kế hoạch', date: { day: 15, month: 7 } });
    expect(parsed('Quyết định số 124-QĐ/TW ngày 02/02/2018 của Ban Bí thư').issuer?.name).toBe('Ban Bí thư');
    expect(parsed('Kết luận số 22-KL/TU ngày 21/12/2020 của Ban Thường vụ Tỉnh ủy').issuer?.symbol).toBe('TU');
    expect(parsed('Chỉ thị số 04/CT-UBND ngày 02 tháng 3 năm 2017 của Ủy ban nhân dân tỉnh Hòa Bình').issuer?.name).toBe(
      'Ủy ban nhân dân tỉnh Hòa Bình',
    );
  });

  it('keeps the subject ("về …") and reports other leftovers', () => {
    const c = parsed('Chỉ thị số 04/CT-UBND ngày 02/3/2017 của Ủy ban nhân dân tỉnh về việc đẩy mạnh Quy chế dân chủ ở cơ sở.');
    expect(c.subject).toBe('về việc đẩy mạnh Quy chế dân chủ ở cơ sở');
    const r = parseCitation('Chỉ thị số 04/CT-UBND và nhiều thứ khác');
    expect(r.ok && r.issues.map((w) => w.code)).toEqual(['refs.citation.unparsed-text']);
  });

  it('parses named documents and bare numbers', () => {
    expect(parsed('Luật Tố cáo')).toMatchObject({ kind: 'Luật', named: { id: 'luat-to-cao' }, linked: { linkedBy: 'kit' } });
    expect(parsed('Nghị quyết Trung ương 4, khóa XII')).toMatchObject({ named: { plenum: 4, term: 12 } });
    expect(parsed('Nghị quyết Hội nghị Trung ương 4 khoá XI')).toMatchObject({ named: { id: 'nq-tw4-khoa-xi' } });
    expect(parsed('22-KL/TU')).toMatchObject({ kind: 'Kết luận', number: { typeCode: 'KL' } });
    expect(parsed('28/UBND-NC').kind).toBe('Công văn');
    expect(parsed('42/2013/QH13').kind).toBeUndefined();
    expect(parsed('Luật Đất đai số 45/2013/QH13')).toMatchObject({ kind: 'Luật', title: 'Đất đai', number: { year: 2013 } });
  });

  it('reads a Lệnh of the Chủ tịch nước, a Tờ trình of the Thanh tra tỉnh and a UBTVQH resolution without warnings', () => {
    const lenh = parseCitation('Lệnh số 05/2019/L-CTN ngày 02/12/2019 của Chủ tịch nước');
    expect(lenh.ok && lenh.value).toMatchObject({ kind: 'Lệnh', number: { typeCode: 'L', issuer: 'CTN', year: 2019 }, issuer: { symbol: 'CTN' } });
    expect(lenh.ok && lenh.issues).toEqual([]);
    const ttr = parseCitation('Tờ trình số 45/TTr-TTr ngày 12/3/2021 của Thanh tra tỉnh Hòa Bình');
    expect(ttr.ok && ttr.value).toMatchObject({ kind: 'Tờ trình', number: { typeCode: 'TTr', issuer: 'TTr' }, issuer: { name: 'Thanh tra tỉnh Hòa Bình', symbol: 'TTr' } });
    expect(ttr.ok && ttr.issues).toEqual([]);
    const nq = parseCitation('Nghị quyết số 1656/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội');
    expect(nq.ok && nq.issues).toEqual([]);
    const bare = parseCitation('05/2019/L-CTN');
    expect(bare.ok && bare.value.kind).toBe('Lệnh');
    const copy = parseCitation('Bản sao y số 15/SY-UBND ngày 02/3/2021');
    expect(copy.ok && copy.value).toMatchObject({ kind: 'Bản sao y', number: { typeCode: 'SY' } });
    expect(copy.ok && copy.issues).toEqual([]);
  });

  it('finds laws cited by name that the kit does not know, with no link', () => {
    const fs = found('Thực hiện theo quy định của Luật Thực hiện dân chủ ở cơ sở và Luật Phòng, chống tham nhũng.');
    expect(fs.map((f) => [f.citation.kind, f.citation.named?.id, f.citation.raw, f.citation.linked])).toEqual([
      ['Luật', 'luat-thuc-hien-dan-chu-o-co-so', 'Luật Thực hiện dân chủ ở cơ sở', undefined],
      ['Luật', 'luat-phong-chong-tham-nhung', 'Luật Phòng, chống tham nhũng', undefined],
    ]);
    expect(formatCitation(fs[0]!.citation)).toBe('Luật Thực hiện dân chủ ở cơ sở');
    // Lower-case "luật" (pháp luật, luật pháp) is never a citation.
    expect(found('thực hiện nghiêm pháp luật, luật pháp của Nhà nước')).toEqual([]);
  });

  it('does not link a law whose stated year contradicts the link', () => {
    expect(parsed('Luật Tố cáo năm 2018').linked?.linkedBy).toBe('kit');
    const old = parsed('Luật Tố cáo năm 2011');
    expect(old.named?.year).toBe(2011);
    expect(old.linked).toBeUndefined();
  });

  it('warns when the symbol does not match the kind or the issuer', () => {
    const kind = parseCitation('Kế hoạch số 04/CT-UBND ngày 02/3/2017');
    expect(kind.ok && kind.issues.map((w) => w.code)).toEqual(['refs.citation.kind-mismatch']);
    const issuer = parseCitation('Chỉ thị số 05-CT/TW ngày 15/5/2016 của Ban Thường vụ Tỉnh ủy');
    expect(issuer.ok && issuer.issues.map((w) => w.code)).toEqual(['refs.citation.issuer-mismatch']);
    const fine = parseCitation('Quy định số 124-QĐ/TW ngày 02/02/2018 của Ban Bí thư');
    expect(fine.ok && fine.issues).toEqual([]);
  });

  it('fails with the part that is wrong', () => {
    const date = parseCitation('Chỉ thị số 04/CT-UBND ngày 31/02/2017');
    expect(!date.ok && date.issues[0]?.code).toBe('refs.date.impossible');
    const num = parseCitation('Chỉ thị số 04/');
    expect(!num.ok && num.issues[0]?.code).toBe('refs.number.invalid');
    const none = parseCitation('Tiếp tục thực hiện');
    expect(!none.ok && none.issues[0]?.code).toBe('refs.citation.invalid');
    expect(!none.ok && none.issues[0]?.message).toMatch(/Không nhận ra trích dẫn/);
    const en = parseCitation('Tiếp tục thực hiện', { lang: 'en' });
    expect(!en.ok && en.issues[0]?.message).toMatch(/No document citation/);
  });

  it('rejects oversize input before parsing, and never throws (property)', () => {
    const r = parseCitation('Chỉ thị số 04/CT-UBND '.repeat(200));
    expect(!r.ok && r.issues[0]?.code).toBe('refs.input.too-long');
    expect(parseCitation('x'.repeat(MAX_CITATION_LENGTH * 10)).ok).toBe(false);
    const p = findCitations('a'.repeat(MAX_PARAGRAPH_LENGTH + 1));
    expect(!p.ok && p.issues[0]?.code).toBe('refs.input.too-long');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        parseCitation(s);
        findCitations(s);
      }),
    );
  });

  it('scans a maximal paragraph in linear time', () => {
    const unit = 'Chỉ thị số 04/CT-UBND ngày 02/3/2017 của Ủy ban nhân dân tỉnh, ';
    const text = unit.repeat(Math.floor(MAX_PARAGRAPH_LENGTH / unit.length));
    const t0 = performance.now();
    const r = findCitations(text);
    expect(r.ok && r.value.length).toBe(Math.floor(MAX_PARAGRAPH_LENGTH / unit.length));
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('formatCitation', () => {
  it('writes canonical citations', () => {
    expect(formatCitation(parsed('Quyết định số 217-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị'))).toBe(
      'Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị',
    );
    expect(formatCitation(parsed('Chỉ thị số 4/CT-UBND ngày 2/3/2017'), { dateStyle: 'long' })).toBe(
      'Chỉ thị số 04/CT-UBND ngày 02 tháng 3 năm 2017',
    );
    expect(formatCitation(parsed('Luật Tiếp công dân'), { withLinked: true })).toBe('Luật Tiếp công dân (42/2013/QH13)');
    const nq = found(seedText).find((f) => f.citation.named?.term === 11)?.citation;
    expect(nq && formatCitation(nq)).toBe('Nghị quyết Trung ương 4, khóa XI “Một số vấn đề cấp bách xây dựng Đảng hiện nay”');
  });

  it('round-trips every seed citation through format and parse', () => {
    for (const f of found(seedText)) {
      const again = parsed(formatCitation(f.citation));
      const { raw: _a, ...want } = f.citation;
      const { raw: _b, ...got } = again;
      const strip = (c: typeof want) => ({ ...c, number: c.number && formatDocumentNumber(c.number) });
      expect(strip(got)).toEqual(strip(want));
    }
  });

  it('parse(format(c)) equals c for generated citations (property)', () => {
    const dateArb = fc
      .record({ year: fc.integer({ min: 1945, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
      .filter((d) => d.day <= daysInMonth(d.year, d.month));
    const issuerArb = fc.constantFrom(...KNOWN_ISSUERS);
    const kindArb = fc.constantFrom(...DOCUMENT_KINDS.map((k) => k.kind));
    fc.assert(
      fc.property(kindArb, fc.oneof(stateNumberArb, partyNumberArb), fc.option(dateArb, { nil: undefined }), fc.option(issuerArb, { nil: undefined }), (kind, number, date, issuer) => {
        const c: Omit<Citation, 'raw'> = { kind, number };
        if (date) c.date = date;
        if (issuer) {
          c.issuer = { name: issuer.name, style: issuer.style };
          if (issuer.symbol !== undefined) c.issuer.symbol = issuer.symbol;
        }
        const text = formatCitation(c);
        const r = parseCitation(text);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const { raw, number: n, ...rest } = r.value;
        expect(raw).toBe(text);
        expect(n && formatDocumentNumber(n)).toBe(formatDocumentNumber(number));
        const { number: _n, ...wantRest } = c;
        expect(rest).toEqual(wantRest);
        // Warnings may only be consistency warnings (random kinds/issuers mismatch).
        for (const w of r.issues) expect(['refs.citation.kind-mismatch', 'refs.citation.issuer-mismatch']).toContain(w.code);
      }),
    );
  });
});
