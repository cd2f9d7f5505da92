// Văn bản thuần / Markdown — text as copied from a website or exported to
// Markdown: one physical line per wrapped line, blank lines and page numbers
// where pages broke, "**bold**" and "#" headings, "| a | b |" tables.
import type { _Boundary, _Item } from './types';

const _PAGE_NUMBER = /^(?:-\s*)?\d{1,3}(?:\s*-)?$|^(?:trang|page)\s+\d{1,3}(?:\s*\/\s*\d{1,3})?$/i;
const _MAX_EMPHASIS_LINE = 4_000;
const _RULE = /^(?:[-_=*]\s*){3,}$/;

/** Strips Markdown emphasis and escapes from a line; reports whether it was all bold. */
function _inline(s: string): { text: string; bold: boolean } {
  let t = s.trim();
  let bold = false;
  // "**…**" or "__…__" around the whole line (possibly with a trailing hard-break "  ").
  const m = /^(\*\*|__)(.+)\1$/.exec(t);
  if (m && !m[2]!.includes(m[1]!)) {
    bold = true;
    t = m[2]!.trim();
  }
  // Remaining emphasis markers next to a non-space: **x**, *x*, __x__. Lazy
  // matches are quadratic on pathological lines, so very long lines keep theirs.
  if (t.length > _MAX_EMPHASIS_LINE) return { text: t, bold };
  t = t.replace(/(\*\*|__)(?=\S)([^*_]*?\S)\1/g, '$2');
  t = t.replace(/(^|[^\\*])\*(?=\S)([^*]*?\S)\*/g, '$1$2');
  // Markdown escapes ("1\." written by converters).
  t = t.replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
  return { text: t, bold };
}

function _isTableRow(s: string): boolean {
  const t = s.trim();
  return t.length > 1 && t.startsWith('|') && t.endsWith('|');
}

function _cells(s: string): string[] {
  const t = s.trim().slice(1, -1);
  return t.split(/(?<!\\)\|/).map((c) => _inline(c.replace(/<br\s*\/?>/gi, '\n')).text.trim());
}

/**
 * Đọc văn bản thuần — splits text into lines with boundaries and tables.
 * Page-number lines, form feeds and horizontal rules become blank boundaries.
 * @param text - the whole text (already decoded, any line endings)
 * @returns the items in reading order
 * @internal
 */
export function _readText(text: string): _Item[] {
  const items: _Item[] = [];
  const lines = text.split(/\r\n|\r|\n|\u2028/);
  let pending: _Boundary = 'para';
  let tableRows: string[][] = [];
  let tableLine = 0;
  const flushTable = () => {
    if (tableRows.length > 0) {
      // Drop the Markdown delimiter row "|---|:--:|".
      const rows = tableRows.filter((r) => !r.every((c) => /^:?-{2,}:?$/.test(c) || c === ''));
      if (rows.length > 0) items.push({ kind: 'table', rows, place: { line: tableLine, column: 1 } });
      tableRows = [];
      pending = 'para';
    }
  };
  for (let i = 0; i < lines.length; i++) {
    let raw = lines[i] ?? '';
    if (raw.includes('\f')) {
      pending = 'blank';
      raw = raw.replace(/\f/g, '');
    }
    const trimmed = raw.trim();
    if (_isTableRow(trimmed)) {
      if (tableRows.length === 0) tableLine = i + 1;
      tableRows.push(_cells(trimmed));
      continue;
    }
    flushTable();
    if (trimmed === '' || _PAGE_NUMBER.test(trimmed) || _RULE.test(trimmed)) {
      if (pending !== 'para') pending = 'blank';
      continue;
    }
    // A lone "|" is a cell separator of a copied header table.
    if (trimmed === '|') {
      pending = 'para';
      continue;
    }
    let heading = 0;
    let body = trimmed;
    const h = /^(#{1,6})\s+(.*)$/.exec(body);
    if (h) {
      heading = h[1]!.length;
      body = h[2]!;
    }
    const { text: t, bold } = _inline(body);
    if (t === '') continue;
    const column = raw.length - raw.trimStart().length + 1;
    items.push({ kind: 'line', text: t, bold, heading, before: heading > 0 ? 'para' : pending, place: { line: i + 1, column } });
    pending = heading > 0 ? 'para' : 'wrap';
  }
  flushTable();
  return items;
}
