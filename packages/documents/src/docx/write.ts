// Ghi DOCX — writes an OfficialDocumentSpec as a .docx file with the `docx` library, laid
// out per Nghị định 30/2020/NĐ-CP, Phụ lục I (figures in ../layout/nd30.ts). The header is a
// borderless two-column table; the rules under the Tiêu ngữ, the issuing body and the
// summary are bottom borders of empty paragraphs whose indents centre them and set their
// length (measured with Times New Roman's advance widths); page numbers are centred in the
// top margin and hidden on each section's first page.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  type IBorderOptions,
  type ISectionOptions,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import {
  FONT,
  LANDSCAPE_TEXT_WIDTH_MM,
  MOTTO,
  NATIONAL_NAME,
  PAGE,
  PARAGRAPH,
  SHORT_RULE_FRACTION,
  STYLES,
  TEXT_WIDTH_MM,
  type TextStyle,
  _mm,
  textWidthPt,
} from '../layout/nd30';
import type { AnnexSpec, BlockSpec, OfficialDocumentSpec, TextRunSpec } from '../model/document';

const _FONT = { ascii: FONT.family, hAnsi: FONT.family, cs: FONT.family, eastAsia: FONT.family };
const _NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const _NO_BORDERS = { top: _NONE, bottom: _NONE, left: _NONE, right: _NONE, insideHorizontal: _NONE, insideVertical: _NONE };
const _LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: FONT.color, space: 1 };
const _GRID: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: FONT.color };
/** Cell padding, 1 mm left and right (set once per table). */
const _CELL_MARGINS = { left: 57, right: 57, top: 0, bottom: 0 };
/** Header columns: the issuer (left) and the Quốc hiệu (right), as shares of the text width. */
const _HEADER_SPLIT = [0.4, 0.6] as const;
/** Signature table: recipients (left) and the signer (right). */
const _SIGN_SPLIT = [0.5, 0.5] as const;

// Font, colour, language and the body size are the document's defaults (styles.xml), so a run
// only states what differs: a document of a hundred units has tens of thousands of runs.
function _run(text: string, style: TextStyle, extra: { bold?: boolean; italics?: boolean; styledSize?: number } = {}): TextRun {
  const bold = extra.bold ?? style.bold ?? false;
  const italics = extra.italics ?? style.italics ?? false;
  return new TextRun({
    text: style.upper ? text.toLocaleUpperCase('vi') : text,
    ...(style.size !== (extra.styledSize ?? STYLES.body.size) ? { size: style.size * 2 } : {}),
    ...(bold ? { bold } : {}),
    ...(italics ? { italics } : {}),
  });
}

function _line(text: string, style: TextStyle, align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.CENTER): Paragraph {
  return new Paragraph({ alignment: align, spacing: { before: 0, after: 0 }, children: [_run(text, style)] });
}

/** A horizontal rule of `widthTw` twips centred in a box `boxTw` wide. */
function _rule(widthTw: number, boxTw: number): Paragraph {
  const side = Math.max(0, Math.round((boxTw - widthTw) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 100, lineRule: LineRuleType.EXACT },
    border: { bottom: _LINE },
    run: { size: 2 },
    children: [],
  });
}

const _tw = (pt: number) => Math.round(pt * 20);

function _cell(children: Paragraph[], widthTw: number, opts: { borders?: boolean; bold?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: widthTw, type: WidthType.DXA },
    verticalAlign: VerticalAlign.TOP,
    ...(opts.borders ? {} : { borders: { top: _NONE, bottom: _NONE, left: _NONE, right: _NONE } }),
    children,
  });
}

function _header(spec: OfficialDocumentSpec, textTw: number): Table {
  const leftTw = Math.round(textTw * _HEADER_SPLIT[0]);
  const rightTw = textTw - leftTw;
  const left: Paragraph[] = [];
  if (spec.header.governingBody) left.push(_line(spec.header.governingBody, STYLES.governingBody));
  for (const l of spec.header.issuingBody) left.push(_line(l, STYLES.issuingBody));
  const issuerWidth = Math.max(...spec.header.issuingBody.map((l) => textWidthPt(l.toLocaleUpperCase('vi'), STYLES.issuingBody.size, true)));
  left.push(_rule(Math.min(_tw(issuerWidth), leftTw) * SHORT_RULE_FRACTION, leftTw));
  const right = [
    _line(NATIONAL_NAME, STYLES.nationalName),
    _line(MOTTO, STYLES.motto),
    // Tiêu ngữ: "phía dưới có đường kẻ ngang, nét liền, có độ dài bằng độ dài của dòng chữ".
    _rule(_tw(textWidthPt(MOTTO, STYLES.motto.size, true)), rightTw),
  ];
  const gap = new Paragraph({ spacing: { before: 0, after: 0 }, children: [_run('', STYLES.number)] });
  const numberCell = [gap, _line(spec.header.numberLine, STYLES.number)];
  const dateCell = [new Paragraph({ spacing: { before: 0, after: 0 }, children: [_run('', STYLES.placeDate)] }), _line(spec.header.placeDateLine, STYLES.placeDate)];
  return _twoColumns(
    [
      [left, right],
      [numberCell, dateCell],
    ],
    leftTw,
    rightTw,
  );
}

/** A borderless two-column layout table (the header; recipients beside the signature). */
function _twoColumns(rows: Paragraph[][][], leftTw: number, rightTw: number, cantSplit = false): Table {
  return new Table({
    width: { size: leftTw + rightTw, type: WidthType.DXA },
    columnWidths: [leftTw, rightTw],
    layout: TableLayoutType.FIXED,
    margins: _CELL_MARGINS,
    borders: _NO_BORDERS,
    rows: rows.map((r) => new TableRow({ ...(cantSplit ? { cantSplit } : {}), children: [_cell(r[0]!, leftTw), _cell(r[1]!, rightTw)] })),
  });
}

function _draftMark(spec: OfficialDocumentSpec, textTw: number): Paragraph[] {
  if (!spec.draft) return [];
  const lines = [spec.draft.mark, ...(spec.draft.note ? [spec.draft.note] : [])];
  const box = _tw(Math.max(...lines.map((l) => textWidthPt(l, STYLES.draftMark.size, true)))) + 240;
  const border = { top: _LINE, bottom: _LINE, left: _LINE, right: _LINE };
  return lines.map(
    (l, i) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { left: Math.max(0, textTw - box) },
        spacing: { before: 0, after: i === lines.length - 1 ? 120 : 0 },
        border,
        children: [_run(l, i === 0 ? STYLES.draftMark : { ...STYLES.draftMark, upper: false, bold: false, size: 12 })],
      }),
  );
}

function _title(spec: OfficialDocumentSpec, textTw: number): Paragraph[] {
  const summaryWidth = Math.min(_tw(textWidthPt(spec.summary, STYLES.summary.size, true)), textTw);
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 360, after: 0 }, keepNext: true, children: [_run(spec.docType, STYLES.docType)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, keepNext: true, children: [_run(spec.summary, STYLES.summary)] }),
    _rule(summaryWidth * SHORT_RULE_FRACTION, textTw),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
  ];
}

/** Paragraph styles: the content's and the tables' formatting, stated once in styles.xml. */
const _STYLE_IDS = { body: 'NoiDung', table: 'Bang', tableSmall: 'BangNho' } as const;

function _paragraphStyles() {
  const cell = { spacing: { before: 20, after: 20 } };
  return [
    {
      id: _STYLE_IDS.body,
      name: 'Nội dung văn bản',
      basedOn: 'Normal',
      paragraph: {
        // Canh đều hai lề, lùi đầu dòng, cách đoạn, giãn dòng (Phụ lục I, mục II.6).
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: _mm(PARAGRAPH.firstLineIndentMm) },
        spacing: { before: 0, after: _tw(PARAGRAPH.spacingAfterPt), line: Math.round(240 * PARAGRAPH.lineMultiple), lineRule: LineRuleType.AUTO },
      },
    },
    { id: _STYLE_IDS.table, name: 'Chữ trong bảng', basedOn: 'Normal', run: { size: STYLES.table.size * 2 }, paragraph: cell },
    { id: _STYLE_IDS.tableSmall, name: 'Chữ trong bảng rộng', basedOn: 'Normal', run: { size: STYLES.tableSmall.size * 2 }, paragraph: cell },
  ];
}

function _runs(runs: readonly TextRunSpec[], style: TextStyle): TextRun[] {
  return runs.map((r) => _run(r.text, style, { ...(r.bold !== undefined ? { bold: r.bold } : {}), ...(r.italics !== undefined ? { italics: r.italics } : {}) }));
}

function _table(block: Extract<BlockSpec, { kind: 'table' }>, widthTw: number): Table {
  const style = block.small ? STYLES.tableSmall : STYLES.table;
  const widths = block.columns.map((c) => Math.round(c.width * widthTw));
  const align = (a: 'left' | 'center' | 'right' | undefined) =>
    a === 'right' ? AlignmentType.RIGHT : a === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
  const pStyle = block.small ? _STYLE_IDS.tableSmall : _STYLE_IDS.table;
  const cellPara = (text: string, a: (typeof AlignmentType)[keyof typeof AlignmentType], bold: boolean) =>
    text.split('\n').map(
      (t) =>
        new Paragraph({
          style: pStyle,
          ...(a !== AlignmentType.LEFT ? { alignment: a } : {}),
          children: [_run(t, style, { bold, styledSize: style.size })],
        }),
    );
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((c, i) => _cell(cellPara(c.header, AlignmentType.CENTER, true), widths[i]!, { borders: true })),
  });
  const bodyRows = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: block.columns.map((c, i) => _cell(cellPara(row[i] ?? '', align(c.align), false), widths[i]!, { borders: true })),
      }),
  );
  const totalRows = block.totals
    ? [
        new TableRow({
          cantSplit: true,
          children: block.columns.map((c, i) => _cell(cellPara(block.totals![i] ?? '', align(c.align), true), widths[i]!, { borders: true })),
        }),
      ]
    : [];
  return new Table({
    width: { size: widthTw, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: _CELL_MARGINS,
    borders: { top: _GRID, bottom: _GRID, left: _GRID, right: _GRID, insideHorizontal: _GRID, insideVertical: _GRID },
    rows: [headerRow, ...bodyRows, ...totalRows],
  });
}

function _blocks(blocks: readonly BlockSpec[], widthTw: number): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const body = _STYLE_IDS.body;
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        out.push(new Paragraph({ style: body, keepNext: true, children: [_run(b.text, STYLES.heading)] }));
        break;
      case 'paragraph':
        out.push(
          new Paragraph({
            style: body,
            ...(b.align === 'center' ? { alignment: AlignmentType.CENTER } : b.align === 'left' ? { alignment: AlignmentType.LEFT } : {}),
            ...(b.indent === false ? { indent: { firstLine: 0 } } : {}),
            children: _runs(b.runs, STYLES.body),
          }),
        );
        break;
      case 'author-note':
        out.push(new Paragraph({ style: body, children: [_run(`[${b.text}]`, STYLES.body, { italics: true })] }));
        break;
      case 'table':
        out.push(_table(b, widthTw), new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }));
        break;
    }
  }
  return out;
}

function _signature(spec: OfficialDocumentSpec, textTw: number): Table {
  const leftTw = Math.round(textTw * _SIGN_SPLIT[0]);
  const rightTw = textTw - leftTw;
  const left: Paragraph[] = [
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [_run('Nơi nhận:', STYLES.recipientsLabel)] }),
    ...spec.recipients.map((r, i) =>
      new Paragraph({
        spacing: { before: 0, after: 0 },
        // Mỗi nơi nhận một dòng: "-" đầu dòng, ";" cuối dòng, "." ở dòng cuối cùng.
        children: [_run(`- ${r}${i === spec.recipients.length - 1 ? '.' : ';'}`, STYLES.recipients)],
      }),
    ),
  ];
  const right: Paragraph[] = [
    ...spec.signature.titleLines.map((l) => _line(l, STYLES.signerTitle)),
    // Room for the signature and the seal.
    ...Array.from({ length: 4 }, () => new Paragraph({ spacing: { before: 0, after: 0 }, children: [_run('', STYLES.signerName)] })),
    _line(spec.signature.name, STYLES.signerName),
  ];
  if (spec.signature.titleLines.length === 0) right.unshift(_line('', STYLES.signerTitle));
  return _twoColumns([[left, right]], leftTw, rightTw, true);
}

function _pageHeaders(): NonNullable<ISectionOptions['headers']> {
  return {
    // Số trang: canh giữa trong phần lề trên, không hiển thị ở trang thứ nhất.
    first: new Header({ children: [new Paragraph({ children: [] })] }),
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], font: _FONT, size: STYLES.pageNumber.size * 2, color: FONT.color })],
        }),
      ],
    }),
  };
}

function _pageProperties(landscape: boolean): NonNullable<ISectionOptions['properties']> {
  return {
    titlePage: true,
    page: {
      // docx swaps width and height itself for a landscape page: give the portrait size.
      size: { width: _mm(PAGE.widthMm), height: _mm(PAGE.heightMm), orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: {
        top: _mm(PAGE.margin.topMm),
        bottom: _mm(PAGE.margin.bottomMm),
        left: _mm(PAGE.margin.leftMm),
        right: _mm(PAGE.margin.rightMm),
        header: _mm(PAGE.headerMm),
        footer: _mm(PAGE.footerMm),
      },
      pageNumbers: { start: 1 },
    },
  };
}

function _annexSection(annex: AnnexSpec): ISectionOptions {
  const widthTw = _mm(annex.landscape ? LANDSCAPE_TEXT_WIDTH_MM : TEXT_WIDTH_MM);
  return {
    properties: _pageProperties(annex.landscape),
    headers: _pageHeaders(),
    children: [
      _line(annex.label, STYLES.docType),
      _line(annex.title, STYLES.docType),
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 240 }, children: [_run(annex.attachedTo, STYLES.placeDate)] }),
      ..._blocks(annex.blocks, widthTw),
    ],
  };
}

/**
 * Tạo tệp DOCX — writes an official document as DOCX bytes (A4, margins, Times New Roman,
 * sizes and rules per Nghị định 30/2020/NĐ-CP, Phụ lục I). Works in Node and browsers.
 * @param spec - the document, from {@link unitReportDocument} or {@link consolidatedReportDocument}
 * @returns the .docx file
 */
export async function toDocx(spec: OfficialDocumentSpec): Promise<Uint8Array> {
  const textTw = _mm(TEXT_WIDTH_MM);
  const doc = new Document({
    title: spec.properties.title,
    subject: spec.properties.subject,
    creator: spec.properties.creator,
    styles: {
      paragraphStyles: _paragraphStyles(),
      default: {
        document: {
          run: { font: _FONT, size: STYLES.body.size * 2, color: FONT.color, language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: _pageProperties(false),
        headers: _pageHeaders(),
        children: [
          ..._draftMark(spec, textTw),
          _header(spec, textTw),
          ..._title(spec, textTw),
          ..._blocks(spec.body, textTw),
          new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
          _signature(spec, textTw),
        ],
      },
      ...spec.annexes.map(_annexSection),
    ],
  });
  return Packer.pack(doc, 'uint8array');
}
