// Trích dẫn văn bản — the values a citation parses into (public types) and the
// internal result of reading one citation out of a token stream.
import type { Message } from '../../issues/issue';
import type { DocumentKind } from '../codes';
import type { DocumentDate } from '../date';
import type { DocumentNumber } from '../number';
import type { RefsIssue, _RawIssue } from '../result';

/** Cơ quan ban hành — the issuer named in a citation ("của Bộ Chính trị"). */
export interface CitationIssuer {
  /** The name as written (whitespace normalized), e.g. "Ủy ban nhân dân tỉnh Quảng Trị". */
  name: string;
  /** Abbreviation its symbols use, when the issuer is known (`TW`, `UBND`). */
  symbol?: string;
  /** Symbol style of the issuer, when known. */
  style?: 'state' | 'party';
}

/** Văn bản gọi tên — a document cited by name rather than number. */
export interface NamedDocument {
  /** Stable id when the kit knows the document (`luat-to-cao`), else a derived one. */
  id: string;
  /** Canonical name, e.g. "Luật Tố cáo", "Nghị quyết Trung ương 4, khóa XII". */
  name: string;
  /** Hội nghị Trung ương lần thứ … */
  plenum?: number;
  /** Khóa … (as a number: XI → 11). */
  term?: number;
  /** Năm — a year written after a law's name ("Luật Tố cáo năm 2018"). */
  year?: number;
}

/**
 * Liên kết do bộ công cụ bổ sung — the number the kit links a named document to.
 * `linkedBy: 'kit'` marks it as the kit's addition, not the cited text.
 */
export interface KitLink {
  number: DocumentNumber;
  date?: DocumentDate;
  linkedBy: 'kit';
  /** Where the link comes from. */
  source: string;
  note: Message;
}

/** Trích dẫn văn bản — one cited document, as structured data. */
export interface Citation {
  /** Loại văn bản as written; absent only when a bare number of unknown kind was parsed. */
  kind?: DocumentKind;
  /** Số, ký hiệu. */
  number?: DocumentNumber;
  /** Ngày ban hành. */
  date?: DocumentDate;
  /** Cơ quan ban hành ("của …"). */
  issuer?: CitationIssuer;
  /** A law's name after "Luật" or a quoted title after a resolution's name. */
  title?: string;
  /** Trích yếu — "về …" after the citation (only from `parseCitation`). */
  subject?: string;
  /** Set when the document is cited by name. */
  named?: NamedDocument;
  /** The kit's link for a named document (never part of the cited text). */
  linked?: KitLink;
  /** The citation as written. */
  raw: string;
}

/** Trích dẫn tìm thấy — a citation found in a paragraph, with its UTF-16 span. */
export interface FoundCitation {
  citation: Citation;
  /** Start offset in the searched text (inclusive). */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** Non-blocking problems (all warnings): kind/issuer mismatches, non-canonical numbers or dates. */
  issues: RefsIssue[];
}

/** @internal One citation read from tokens, before its raw text is cut out. */
export interface _Match {
  citation: Omit<Citation, 'raw'>;
  /** Index after the last token used. */
  next: number;
  /** Offset right after the citation's last character (before trailing punctuation). */
  end: number;
  warnings: _RawIssue[];
  /** Blocking problems found inside a recognized citation (bad number/date). */
  errors: _RawIssue[];
}
