// Test helper: reads a .docx back (unzip + WordprocessingML) into what the tests assert on —
// sections (page size, orientation, margins, first-page header), paragraphs with their runs
// (text, bold, italics, size, font), tables (cells' text, borders) and the headers' text.
// Independent of the writer: it reads the XML the file holds, nothing else.
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';

export interface DocxRun {
  text: string;
  bold: boolean;
  italics: boolean;
  /** Font size in points (from w:sz, half-points), when the run sets it. */
  sizePt?: number;
  font?: string;
  color?: string;
}

export interface DocxParagraph {
  kind: 'p';
  text: string;
  runs: DocxRun[];
  align?: string;
  firstLineTw?: number;
  indentLeftTw?: number;
  indentRightTw?: number;
  borderBottom: boolean;
  borderBox: boolean;
  spacingAfterTw?: number;
  lineTw?: number;
  lineRule?: string;
  /** Inside a table cell. */
  inTable: boolean;
}

export interface DocxTable {
  kind: 'table';
  rows: string[][];
  /** Paragraphs of each cell, row by row. */
  cells: DocxParagraph[][][];
  bordersNone: boolean;
  columnWidthsTw: number[];
}

export interface DocxSection {
  pageWidthTw: number;
  pageHeightTw: number;
  orient: string;
  margin: { top: number; bottom: number; left: number; right: number; header: number };
  titlePage: boolean;
  headerDefault: string;
  headerFirst: string;
  /** The default header holds a PAGE field. */
  headerHasPageField: boolean;
}

export interface DocxDocument {
  /** Body blocks in order (paragraphs outside tables and tables). */
  blocks: Array<DocxParagraph | DocxTable>;
  /** Every paragraph, including those in tables, in order. */
  paragraphs: DocxParagraph[];
  tables: DocxTable[];
  sections: DocxSection[];
  /** Document default run font and size (styles.xml docDefaults). */
  defaults: { font?: string; sizePt?: number; color?: string };
  /** All text, paragraphs joined by "\n". */
  text: string;
  /** docProps/core.xml title. */
  title: string;
}

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false });

function tag(n: Node): string {
  return Object.keys(n).find((k) => k !== ':@') ?? '';
}
function kids(n: Node): Node[] {
  const t = tag(n);
  const v = n[t];
  return Array.isArray(v) ? (v as Node[]) : [];
}
function attr(n: Node | undefined, name: string): string | undefined {
  return n?.[':@']?.[name];
}
function child(n: Node | undefined, name: string): Node | undefined {
  return n ? kids(n).find((c) => tag(c) === name) : undefined;
}
function on(n: Node | undefined): boolean {
  if (!n) return false;
  const v = attr(n, 'w:val');
  return v === undefined || (v !== 'false' && v !== '0');
}
function textOf(n: Node): string {
  let s = '';
  for (const c of kids(n)) {
    const t = tag(c);
    if (t === '#text') s += String((c as Record<string, unknown>)['#text']);
    else s += textOf(c);
  }
  return s;
}

function readRun(r: Node, styleRPr?: Node): DocxRun {
  const direct = child(r, 'w:rPr');
  // Effective run properties: the run's own, else its paragraph style's, else the document defaults.
  const rPr = { ...(direct ?? {}) } as Node;
  const merged = [...kids(direct ?? ({} as Node))];
  for (const c of kids(styleRPr ?? ({} as Node))) if (!merged.some((m) => tag(m) === tag(c))) merged.push(c);
  for (const c of kids(_defaultRPr ?? ({} as Node))) if (!merged.some((m) => tag(m) === tag(c))) merged.push(c);
  rPr['w:rPr'] = merged;
  let text = '';
  for (const c of kids(r)) {
    if (tag(c) === 'w:t') text += textOf(c);
    else if (tag(c) === 'w:tab') text += '\t';
    else if (tag(c) === 'w:br') text += '\n';
  }
  const sz = attr(child(rPr, 'w:sz'), 'w:val');
  const font = attr(child(rPr, 'w:rFonts'), 'w:ascii');
  const color = attr(child(rPr, 'w:color'), 'w:val');
  return {
    text,
    bold: on(child(rPr, 'w:b')),
    italics: on(child(rPr, 'w:i')),
    ...(sz ? { sizePt: Number(sz) / 2 } : {}),
    ...(font ? { font } : {}),
    ...(color ? { color } : {}),
  };
}

/** A paragraph style's own properties (one level of basedOn is enough for these files). */
interface StyleProps {
  pPr?: Node;
  rPr?: Node;
}
let _styles = new Map<string, StyleProps>();
let _defaultRPr: Node | undefined;

/** The attribute from the direct properties, else from the paragraph's style. */
function fromStyle(direct: Node | undefined, styled: Node | undefined, el: string, name: string): string | undefined {
  return attr(child(direct, el), name) ?? attr(child(styled, el), name);
}

function readParagraph(p: Node, inTable: boolean): DocxParagraph {
  const pPr = child(p, 'w:pPr');
  const style = _styles.get(attr(child(pPr, 'w:pStyle'), 'w:val') ?? '') ?? {};
  const runs: DocxRun[] = [];
  const walk = (n: Node) => {
    for (const c of kids(n)) {
      const t = tag(c);
      if (t === 'w:r') runs.push(readRun(c, style.rPr));
      else if (t === 'w:hyperlink' || t === 'w:fldSimple' || t === 'w:ins' || t === 'w:smartTag') walk(c);
    }
  };
  walk(p);
  const ind = child(pPr, 'w:ind') ?? child(style.pPr, 'w:ind');
  const border = child(pPr, 'w:pBdr');
  const spacing = child(pPr, 'w:spacing') ?? child(style.pPr, 'w:spacing');
  const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  const out: DocxParagraph = {
    kind: 'p',
    text: runs.map((r) => r.text).join(''),
    runs,
    borderBottom: !!child(border, 'w:bottom') && attr(child(border, 'w:bottom'), 'w:val') !== 'none',
    borderBox: !!child(border, 'w:top') && !!child(border, 'w:left') && !!child(border, 'w:right') && !!child(border, 'w:bottom'),
    inTable,
  };
  const align = fromStyle(pPr, style.pPr, 'w:jc', 'w:val');
  if (align) out.align = align;
  if (num(attr(ind, 'w:firstLine')) !== undefined) out.firstLineTw = num(attr(ind, 'w:firstLine'))!;
  if (num(attr(ind, 'w:left') ?? attr(ind, 'w:start')) !== undefined) out.indentLeftTw = num(attr(ind, 'w:left') ?? attr(ind, 'w:start'))!;
  if (num(attr(ind, 'w:right') ?? attr(ind, 'w:end')) !== undefined) out.indentRightTw = num(attr(ind, 'w:right') ?? attr(ind, 'w:end'))!;
  if (num(attr(spacing, 'w:after')) !== undefined) out.spacingAfterTw = num(attr(spacing, 'w:after'))!;
  if (num(attr(spacing, 'w:line')) !== undefined) out.lineTw = num(attr(spacing, 'w:line'))!;
  const rule = attr(spacing, 'w:lineRule');
  if (rule) out.lineRule = rule;
  return out;
}

function readTable(t: Node, all: DocxParagraph[]): DocxTable {
  const tblPr = child(t, 'w:tblPr');
  const borders = child(tblPr, 'w:tblBorders');
  const bordersNone = !!borders && kids(borders).every((b) => attr(b, 'w:val') === 'none');
  const columnWidthsTw = kids(child(t, 'w:tblGrid') ?? ({} as Node)).map((g) => Number(attr(g, 'w:w')));
  const cells: DocxParagraph[][][] = [];
  for (const tr of kids(t).filter((c) => tag(c) === 'w:tr')) {
    const row: DocxParagraph[][] = [];
    for (const tc of kids(tr).filter((c) => tag(c) === 'w:tc')) {
      const paras: DocxParagraph[] = [];
      for (const c of kids(tc)) {
        if (tag(c) === 'w:p') {
          const p = readParagraph(c, true);
          paras.push(p);
          all.push(p);
        } else if (tag(c) === 'w:tbl') readTable(c, all);
      }
      row.push(paras);
    }
    cells.push(row);
  }
  return { kind: 'table', cells, rows: cells.map((r) => r.map((c) => c.map((p) => p.text).join('\n'))), bordersNone, columnWidthsTw };
}

function readSection(sectPr: Node, headerText: (rid: string) => { text: string; page: boolean }): DocxSection {
  const pgSz = child(sectPr, 'w:pgSz');
  const pgMar = child(sectPr, 'w:pgMar');
  const refs = kids(sectPr).filter((c) => tag(c) === 'w:headerReference');
  const ref = (type: string) => refs.find((r) => attr(r, 'w:type') === type);
  const def = ref('default') ? headerText(attr(ref('default'), 'r:id')!) : { text: '', page: false };
  const first = ref('first') ? headerText(attr(ref('first'), 'r:id')!) : { text: '', page: false };
  return {
    pageWidthTw: Number(attr(pgSz, 'w:w')),
    pageHeightTw: Number(attr(pgSz, 'w:h')),
    orient: attr(pgSz, 'w:orient') ?? 'portrait',
    margin: {
      top: Number(attr(pgMar, 'w:top')),
      bottom: Number(attr(pgMar, 'w:bottom')),
      left: Number(attr(pgMar, 'w:left')),
      right: Number(attr(pgMar, 'w:right')),
      header: Number(attr(pgMar, 'w:header')),
    },
    titlePage: on(child(sectPr, 'w:titlePg')),
    headerDefault: def.text,
    headerFirst: first.text,
    headerHasPageField: def.page,
  };
}

/**
 * Reads a .docx file back.
 * @param bytes - the file
 * @returns its sections, blocks, paragraphs, tables and default font
 */
export function readDocx(bytes: Uint8Array): DocxDocument {
  const files = unzipSync(bytes);
  const xml = (name: string) => {
    const f = files[name];
    if (!f) throw new Error(`no ${name} in the .docx`);
    return parser.parse(strFromU8(f)) as Node[];
  };
  const rels = new Map<string, string>();
  for (const r of kids(xml('word/_rels/document.xml.rels').find((n) => tag(n) === 'Relationships')!)) rels.set(attr(r, 'Id')!, attr(r, 'Target')!);
  const headerText = (rid: string) => {
    const raw = strFromU8(files[`word/${rels.get(rid)}`]!);
    const root = (parser.parse(raw) as Node[]).find((n) => tag(n) === 'w:hdr')!;
    const paras = kids(root).filter((c) => tag(c) === 'w:p').map((p) => readParagraph(p, false).text);
    return { text: paras.join('\n'), page: /PAGE/.test(raw) };
  };
  const styles = xml('word/styles.xml').find((n) => tag(n) === 'w:styles')!;
  _defaultRPr = child(child(child(styles, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr');
  _styles = new Map(
    kids(styles)
      .filter((c) => tag(c) === 'w:style' && attr(c, 'w:type') === 'paragraph')
      .map((c) => [attr(c, 'w:styleId')!, { pPr: child(c, 'w:pPr'), rPr: child(c, 'w:rPr') }]),
  );
  const doc = xml('word/document.xml').find((n) => tag(n) === 'w:document')!;
  const body = child(doc, 'w:body')!;
  const blocks: Array<DocxParagraph | DocxTable> = [];
  const paragraphs: DocxParagraph[] = [];
  const tables: DocxTable[] = [];
  const sections: DocxSection[] = [];
  for (const c of kids(body)) {
    const t = tag(c);
    if (t === 'w:p') {
      const p = readParagraph(c, false);
      blocks.push(p);
      paragraphs.push(p);
      const inner = child(child(c, 'w:pPr'), 'w:sectPr');
      if (inner) sections.push(readSection(inner, headerText));
    } else if (t === 'w:tbl') {
      const tb = readTable(c, paragraphs);
      blocks.push(tb);
      tables.push(tb);
    } else if (t === 'w:sectPr') sections.push(readSection(c, headerText));
  }
  const rPr = _defaultRPr;
  const sz = attr(child(rPr, 'w:sz'), 'w:val');
  const defaults = {
    ...(attr(child(rPr, 'w:rFonts'), 'w:ascii') ? { font: attr(child(rPr, 'w:rFonts'), 'w:ascii')! } : {}),
    ...(sz ? { sizePt: Number(sz) / 2 } : {}),
    ...(attr(child(rPr, 'w:color'), 'w:val') ? { color: attr(child(rPr, 'w:color'), 'w:val')! } : {}),
  };
  const core = files['docProps/core.xml'] ? strFromU8(files['docProps/core.xml']) : '';
  const title = /<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1] ?? '';
  return { blocks, paragraphs, tables, sections, defaults, text: paragraphs.map((p) => p.text).join('\n'), title };
}
