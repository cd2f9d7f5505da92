// Định dạng tệp — what a file is, from its first bytes (and its name when the
// bytes do not tell): DOCX (a ZIP with word/document.xml), old binary Word .doc
// (OLE2), PDF, RTF, HTML, or text.

/** Định dạng nguồn — the input formats the importer knows. */
export type SourceFormat = 'docx' | 'pdf' | 'html' | 'text' | 'markdown' | 'doc' | 'rtf' | 'zip' | 'binary';

function _startsWith(b: Uint8Array, sig: number[]): boolean {
  return sig.every((v, i) => b[i] === v);
}

/**
 * Nhận dạng định dạng — detects the format of an input.
 * @param bytes - the file content
 * @param fileName - the file name, if known (for text vs Markdown vs HTML)
 * @returns the format
 */
export function detectFormat(bytes: Uint8Array, fileName?: string): SourceFormat {
  const ext = (fileName ?? '').toLowerCase().replace(/^.*\./, '');
  if (_startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // A ZIP: DOCX when it names word/document.xml in its first entries.
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 65536)));
    return head.includes('word/') || ext === 'docx' ? 'docx' : 'zip';
  }
  if (_startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
  if (_startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (_startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'rtf';
  // Text: look at the start for markup.
  const sample = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, Math.min(bytes.length, 4096)));
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0 || (c < 0x09) || (c > 0x0d && c < 0x20 && c !== 0x1b)) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.05) return 'binary';
  if (ext === 'html' || ext === 'htm' || /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s)/i.test(sample)) return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  return 'text';
}
