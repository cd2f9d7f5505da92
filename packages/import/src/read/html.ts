// HTML — a saved web page (or mammoth's output for a DOCX): block elements
// become lines, <br> a soft wrap, <b>/<strong> bold, <h1>–<h6> headings,
// <table> rows and cells. Scripts, styles and navigation are skipped.
import { Parser } from 'htmlparser2';
import type { _Item, SourcePlace } from './types';

const _BLOCK = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'blockquote', 'pre', 'dd', 'dt', 'center', 'header', 'footer']);
const _SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'nav', 'button', 'select', 'svg', 'iframe', 'object']);
const _BOLD = new Set(['b', 'strong']);

/** Options of the HTML reader. */
export interface _HtmlOptions {
  /** Label list items of ordered/unordered lists (mammoth writes numbering as <ol>/<ul>). */
  listLabels?: boolean;
  /** The labels Word shows for the list items, in order (from the DOCX numbering part). */
  labels?: readonly string[];
}

/**
 * Đọc HTML — reads an HTML page into lines and tables. Linear; the parser is
 * forgiving, so malformed markup never throws.
 * @param html - the page
 * @param options - list labelling
 * @returns items in reading order, and how many list labels were generated
 * @internal
 */
export function _readHtml(html: string, options: _HtmlOptions = {}): { items: _Item[]; labelled: number } {
  const items: _Item[] = [];
  let text = '';
  let boldChars = 0;
  let totalChars = 0;
  let bold = 0;
  let skip = 0;
  let heading = 0;
  let paragraph = 0;
  let before: 'wrap' | 'para' = 'para';
  let label: string | undefined;
  let labelled = 0;
  let liIndex = 0;
  // Tables (nesting allowed: inner tables flatten into the cell text).
  const tables: Array<{ rows: string[][]; row: string[] | undefined; cell: string[] | undefined; place: SourcePlace }> = [];
  const lists: Array<{ ordered: boolean; n: number }> = [];

  const flush = (next: 'wrap' | 'para') => {
    const t0 = text.replace(/\s+/g, ' ').trim();
    const t = label !== undefined && t0 !== '' ? `${label} ${t0}` : t0;
    if (t !== '') {
      const table = tables[tables.length - 1];
      if (table && table.cell) table.cell.push(t);
      else {
        paragraph++;
        const line: _Item = { kind: 'line', text: t, bold: totalChars > 0 && boldChars >= totalChars * 0.9, heading, before, place: { paragraph } };
        items.push(line);
      }
      label = undefined;
      before = next;
    } else if (next === 'para') before = 'para';
    text = '';
    boldChars = 0;
    totalChars = 0;
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (_SKIP.has(name)) {
          skip++;
          return;
        }
        if (skip > 0) return;
        if (name === 'br') {
          flush('wrap');
          return;
        }
        if (_BOLD.has(name)) bold++;
        if (/^h[1-6]$/.test(name)) {
          flush('para');
          heading = Number(name[1]);
        } else if (name === 'table') {
          flush('para');
          tables.push({ rows: [], row: undefined, cell: undefined, place: { paragraph: paragraph + 1 } });
        } else if (name === 'tr') {
          const t = tables[tables.length - 1];
          if (t) t.row = [];
        } else if (name === 'td' || name === 'th') {
          const t = tables[tables.length - 1];
          if (t) t.cell = [];
        } else if (name === 'ol' || name === 'ul') {
          flush('para');
          lists.push({ ordered: name === 'ol', n: 0 });
        } else if (name === 'li') {
          flush('para');
          const l = lists[lists.length - 1];
          if (l && options.listLabels) {
            l.n++;
            const known = options.labels?.[liIndex];
            liIndex++;
            if (known) label = known;
            else {
              label = _listLabel(l.ordered, lists.length - 1, l.n);
              labelled++;
            }
          }
        } else if (_BLOCK.has(name)) flush('para');
      },
      ontext(data) {
        if (skip > 0) return;
        const decoded = data;
        text += decoded;
        const visible = decoded.replace(/\s+/g, '').length;
        totalChars += visible;
        if (bold > 0) boldChars += visible;
      },
      onclosetag(name) {
        if (_SKIP.has(name)) {
          skip = Math.max(0, skip - 1);
          return;
        }
        if (skip > 0) return;
        if (_BOLD.has(name)) bold = Math.max(0, bold - 1);
        if (/^h[1-6]$/.test(name)) {
          flush('para');
          heading = 0;
        } else if (name === 'td' || name === 'th') {
          flush('para');
          const t = tables[tables.length - 1];
          if (t && t.row && t.cell) t.row.push(t.cell.join('\n'));
          if (t) t.cell = undefined;
        } else if (name === 'tr') {
          const t = tables[tables.length - 1];
          if (t && t.row && t.row.length > 0) t.rows.push(t.row);
          if (t) t.row = undefined;
        } else if (name === 'table') {
          flush('para');
          const t = tables.pop();
          if (t && t.rows.length > 0) {
            const outer = tables[tables.length - 1];
            if (outer && outer.cell) outer.cell.push(t.rows.map((r) => r.join(' ')).join('\n'));
            else items.push({ kind: 'table', rows: t.rows, place: t.place });
          }
        } else if (name === 'ol' || name === 'ul') {
          flush('para');
          lists.pop();
        } else if (name === 'li' || _BLOCK.has(name)) flush('para');
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush('para');
  return { items, labelled };
}

// Automatic numbering: the format of each level is not in mammoth's output, so
// the usual Vietnamese order is assumed (1. / a) / - / +) and reported.
function _listLabel(ordered: boolean, level: number, n: number): string {
  if (!ordered) return level === 0 ? '-' : '+';
  if (level === 0) return `${n}.`;
  if (level === 1) return `${String.fromCharCode(0x60 + Math.min(n, 26))})`;
  return '-';
}
