/** Đoạn chữ — a run of text with its emphasis. */
export interface TextRunSpec {
  readonly text: string;
  readonly bold?: boolean;
  readonly italics?: boolean;
}

/** Cột của bảng — a table column: its header, share of the width, alignment of its cells. */
export interface TableColumnSpec {
  readonly header: string;
  /** Share of the table width (the shares of a table add up to 1). */
  readonly width: number;
  readonly align?: 'left' | 'center' | 'right';
}

/**
 * Khối nội dung — one block of a document's content: a part heading ("I. …", "1. …"), a
 * paragraph, a table, or a passage left for the author (shown in brackets, italic — never
 * filled by the kit).
 */
export type BlockSpec =
  | { readonly kind: 'heading'; readonly text: string; readonly level: 1 | 2 }
  | {
      readonly kind: 'paragraph';
      readonly runs: readonly TextRunSpec[];
      /** Lùi đầu dòng — first-line indent of the content (default true). */
      readonly indent?: boolean;
      readonly align?: 'justify' | 'left' | 'center';
    }
  | {
      readonly kind: 'table';
      readonly columns: readonly TableColumnSpec[];
      readonly rows: readonly (readonly string[])[];
      /** A last row in bold (totals). */
      readonly totals?: readonly string[];
      /** Smaller text (wide tables). */
      readonly small?: boolean;
    }
  | { readonly kind: 'author-note'; readonly text: string };

/** Phụ lục — an annex after the signature (Nghị định 30/2020, Phụ lục I, mục III: Phụ lục). */
export interface AnnexSpec {
  /** "PHỤ LỤC" line. */
  readonly label: string;
  /** Tên phụ lục — upper case, bold. */
  readonly title: string;
  /** "(Kèm theo Báo cáo số … ngày … của …)" — italic. */
  readonly attachedTo: string;
  readonly blocks: readonly BlockSpec[];
  /** Trình bày theo chiều rộng — a wide table laid across the page. */
  readonly landscape: boolean;
}

/**
 * Phần đầu văn bản — the header: governing and issuing body (left), Quốc hiệu and Tiêu ngữ
 * (right), then the number and symbol (left) level with the place and date (right).
 */
export interface HeaderSpec {
  /** Tên cơ quan chủ quản trực tiếp — absent when the issuer has none (a People's Committee). */
  readonly governingBody?: string;
  /** Tên cơ quan ban hành — one or more lines, upper case. */
  readonly issuingBody: readonly string[];
  /** "Số: 15/BC-SNV" — the whole line. */
  readonly numberLine: string;
  /** "Sông Lam, ngày 15 tháng 5 năm 2026" — the whole line. */
  readonly placeDateLine: string;
}

/** Khối chữ ký — the signature block: title lines (authority + position) and the name. */
export interface SignatureSpec {
  /** Quyền hạn, chức vụ — e.g. ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]; may be empty in a draft. */
  readonly titleLines: readonly string[];
  /** Họ tên — empty in a draft without a signer. */
  readonly name: string;
}

/**
 * Văn bản hành chính — an official document as plain data, before it is written to DOCX:
 * every text it will show, in order. Built by {@link unitReportDocument} and
 * {@link consolidatedReportDocument}; written by {@link toDocx}.
 */
export interface OfficialDocumentSpec {
  readonly header: HeaderSpec;
  /** "DỰ THẢO" and an optional second line (who drafts it). */
  readonly draft?: { readonly mark: string; readonly note?: string };
  /** Tên loại — "BÁO CÁO". */
  readonly docType: string;
  /** Trích yếu nội dung. */
  readonly summary: string;
  readonly body: readonly BlockSpec[];
  /** Nơi nhận — lines without the leading "- " and the final ";" / "." (added when written). */
  readonly recipients: readonly string[];
  readonly signature: SignatureSpec;
  readonly annexes: readonly AnnexSpec[];
  /** Document properties (title shown by viewers). */
  readonly properties: { readonly title: string; readonly subject: string; readonly creator: string };
}
