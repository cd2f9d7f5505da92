// PDF with a text layer — read through pdf.js: text items grouped into lines by
// their baseline, lines into the text reader's input. A PDF without text (a
// scan) yields no characters and is refused by the caller.
import type { _Item } from './types';

interface _TextItem {
  str: string;
  transform: number[];
  hasEOL?: boolean;
  height?: number;
}

/** What the PDF reader returns. */
export interface _PdfRead {
  items: _Item[];
  pages: number;
  /** Number of non-space characters in the text layer. */
  chars: number;
}

/**
 * Đọc PDF — reads the text layer of a PDF.
 * @param bytes - the file
 * @param maxPages - pages read at most
 * @returns lines with their page and line numbers
 * @internal
 */
export async function _readPdf(bytes: Uint8Array, maxPages: number): Promise<_PdfRead> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(bytes);
  const doc = await pdfjs.getDocument({ data, useSystemFonts: false, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  const items: _Item[] = [];
  let chars = 0;
  try {
    const pages = Math.min(doc.numPages, maxPages);
    for (let p = 1; p <= pages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      // Group by baseline (y), keep reading order within a line by x.
      const lines: Array<{ y: number; parts: Array<{ x: number; s: string }> }> = [];
      for (const raw of content.items as unknown[]) {
        const it = raw as _TextItem;
        if (typeof it.str !== 'string' || !Array.isArray(it.transform)) continue;
        const x = it.transform[4] ?? 0;
        const y = it.transform[5] ?? 0;
        const tol = Math.max(2, (it.height ?? 10) * 0.4);
        let line = lines.find((l) => Math.abs(l.y - y) <= tol);
        if (!line) {
          line = { y, parts: [] };
          lines.push(line);
        }
        line.parts.push({ x, s: it.str });
      }
      lines.sort((a, b) => b.y - a.y);
      let prevY: number | undefined;
      let gapSum = 0;
      let gapN = 0;
      lines.forEach((l, li) => {
        l.parts.sort((a, b) => a.x - b.x);
        const text = l.parts.map((x) => x.s).join('').replace(/\s+/g, ' ').trim();
        chars += text.replace(/\s/g, '').length;
        let before: 'wrap' | 'blank' | 'para' = li === 0 ? 'blank' : 'wrap';
        if (prevY !== undefined) {
          const gap = prevY - l.y;
          const avg = gapN > 0 ? gapSum / gapN : gap;
          if (gap > avg * 1.6 && gapN > 0) before = 'blank';
          gapSum += gap;
          gapN++;
        }
        prevY = l.y;
        if (text !== '') items.push({ kind: 'line', text, bold: false, heading: 0, before, place: { page: p, line: li + 1 } });
      });
      page.cleanup();
    }
    return { items, pages: doc.numPages, chars };
  } finally {
    await doc.destroy();
  }
}
