// The one shape every reader produces: lines of text with what the format told
// about them (bold, heading level, list label, where they came from), and tables.
// The paragraph assembler (./assemble) turns lines into paragraphs.

/**
 * Vị trí trong nguồn — where an element came from: line and column of a text
 * file, paragraph number of a DOCX/HTML document, page and line of a PDF.
 * Every field is 1-based.
 */
export interface SourcePlace {
  /** Dòng — line of a text file (or of a PDF page with `page`). */
  line?: number;
  /** Cột — column (UTF-16 code units, 1-based) of a text file. */
  column?: number;
  /** Đoạn — paragraph number in a DOCX or HTML document. */
  paragraph?: number;
  /** Trang — page of a PDF. */
  page?: number;
}

/** How a line is separated from the one before it. */
export type _Boundary = 'wrap' | 'blank' | 'para';

/** One line of the source as a reader saw it. */
export interface _Line {
  text: string;
  /** The whole line is bold. */
  bold: boolean;
  /** Heading level 1–6 from the format (DOCX heading style, HTML h1–h6, Markdown #). */
  heading: number;
  /** A list label the format generated (DOCX automatic numbering), e.g. "1.", "a)", "-". */
  label?: string;
  /** Separation from the previous line. */
  before: _Boundary;
  place: SourcePlace;
}

/** A table: rows of cells, each cell's paragraphs joined by "\n". */
export interface _Table {
  kind: 'table';
  rows: string[][];
  place: SourcePlace;
}

/** What a reader returns: the document's lines and tables in reading order. */
export type _Item = ({ kind: 'line' } & _Line) | _Table;

/** A paragraph after assembly. */
export interface _Para {
  kind: 'p';
  text: string;
  bold: boolean;
  heading: number;
  label?: string;
  place: SourcePlace;
}

/** Assembled document: paragraphs and tables in reading order. */
export type _Block = _Para | _Table;
