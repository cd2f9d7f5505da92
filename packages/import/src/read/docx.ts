// DOCX — read through mammoth (headings, bold, tables, lists), then as HTML.
// Automatic numbering comes out of mammoth as <ol>/<ul> without its format: the
// labels are read from the numbering part (./docx-numbering); when that fails
// they are rebuilt in the usual Vietnamese order and reported for review.
import mammoth from 'mammoth';
import { _docxNumberLabels } from './docx-numbering';
import { _readHtml } from './html';
import type { _Item } from './types';

/** What the DOCX reader returns. */
export interface _DocxRead {
  items: _Item[];
  /** Number of paragraphs whose numbering label was rebuilt. */
  labelled: number;
  /** Reader warnings (unsupported content), verbatim from mammoth. */
  warnings: string[];
}

/**
 * Đọc DOCX — reads a .docx file.
 * @param bytes - the file
 * @returns items, or throws when the file is not a readable DOCX (caught by the caller)
 * @internal
 */
export async function _readDocx(bytes: Uint8Array): Promise<_DocxRead> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const result = await mammoth.convertToHtml({ buffer }, { ignoreEmptyParagraphs: true, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) });
  // Word's own labels when the numbering part lines up with mammoth's list items.
  let labels: string[] | undefined;
  try {
    labels = await _docxNumberLabels(bytes);
  } catch {
    labels = undefined;
  }
  const liCount = (result.value.match(/<li>/g) ?? []).length;
  const { items, labelled } = _readHtml(result.value, { listLabels: true, ...(labels && labels.length === liCount ? { labels } : {}) });
  return { items, labelled, warnings: result.messages.map((m) => m.message) };
}
