// Cấu trúc văn bản — splits the assembled paragraphs into the parts of an
// administrative plan: header (issuer, number, place and date), title, preamble,
// numbered sections (I./II./III. with 1./a)/-/+ below), closing, recipients
// ("Nơi nhận"), signature block and appendices (PHỤ LỤC, usually tables).
import { searchKey } from '@dvcq/core';
import type { _Block, _Para, _Table, SourcePlace } from '../read/types';
import { type _Marker, type _MarkerKind, _isUpper, _markerOf, _romanValue } from './markers';

/** A numbered (or unnumbered) paragraph with the paragraphs under it. */
export interface _Node {
  marker?: _Marker;
  /** The paragraph as written. */
  text: string;
  /** Text after the label. */
  rest: string;
  bold: boolean;
  place: SourcePlace;
  children: _Node[];
}

/** A top-level section ("II. NỘI DUNG, GIẢI PHÁP"). */
export interface _Section {
  /** Roman numeral as written. */
  roman: string;
  title: string;
  place: SourcePlace;
  children: _Node[];
}

/** An appendix: its heading paragraphs and its tables. */
export interface _Appendix {
  heading: _Para[];
  tables: _Table[];
  paragraphs: _Para[];
}

/** The document split into its parts. */
export interface _DocTree {
  header: _Para[];
  /** "KẾ HOẠCH" (or another kind word) paragraph. */
  kindLine?: _Para;
  /** Title (trích yếu) paragraphs after the kind word. */
  titleParas: _Para[];
  preamble: _Para[];
  sections: _Section[];
  /** Unnumbered paragraphs after the last section's items (closing text). */
  closing: _Para[];
  recipients: _Para[];
  signature: _Para[];
  appendices: _Appendix[];
  /** Tables outside appendices (in the body). */
  bodyTables: _Table[];
}

const _RANK: Readonly<Record<_MarkerKind, number>> = { roman: 0, decimal: 1, decimal2: 2, letter: 3, dash: 4, plus: 5 };

const _KIND_WORDS = new Set(['ke hoach', 'chuong trinh', 'quyet dinh', 'huong dan', 'de an', 'chi thi']);

function _isKindLine(p: _Para): boolean {
  return _isUpper(p.text) && _KIND_WORDS.has(searchKey(p.text).replace(/[:.]+$/, ''));
}

function _isRecipientsStart(p: _Para): boolean {
  return searchKey(p.text).startsWith('noi nhan');
}

function _isAuthority(p: _Para): boolean {
  return /^(?:TM|KT|TL|TUQ|Q)\.\s*\S/u.test(p.text) && _isUpper(p.text);
}

function _isAppendixStart(p: _Para): boolean {
  const k = searchKey(p.text);
  return /^phu luc(?:\s+(?:[ivxl]+|\d+|so \d+))?\b/.test(k) && (_isUpper(p.text.slice(0, 7)) || p.bold || p.heading > 0) && !/^phu luc kem theo/.test(k) ;
}

function _isSectionHeading(p: _Para, m: _Marker | undefined, expected: number): boolean {
  if (!m || m.kind !== 'roman') return false;
  const v = _romanValue(m.value) ?? 0;
  // Section headings are short and usually in capitals or bold.
  if (m.rest.length > 300) return false;
  return v === expected || (v === expected + 1 && expected > 0) || _isUpper(m.rest) || p.bold || p.heading > 0;
}

/**
 * Phân tích cấu trúc — splits assembled blocks into the parts of a plan.
 * Linear in the number of blocks.
 * @param blocks - paragraphs and tables in reading order
 * @returns the document tree
 * @internal
 */
export function _parseStructure(blocks: readonly _Block[]): _DocTree {
  const tree: _DocTree = {
    header: [],
    titleParas: [],
    preamble: [],
    sections: [],
    closing: [],
    recipients: [],
    signature: [],
    appendices: [],
    bodyTables: [],
  };
  let i = 0;
  const n = blocks.length;
  // 1. Header and title: up to the first kind line within the first blocks.
  let kindAt = -1;
  for (let j = 0; j < Math.min(n, 60); j++) {
    const b = blocks[j]!;
    if (b.kind === 'p' && _isKindLine(b)) {
      kindAt = j;
      break;
    }
    if (b.kind === 'p' && _markerOf(b.text)?.kind === 'roman') break;
  }
  if (kindAt >= 0) {
    for (let j = 0; j < kindAt; j++) {
      const b = blocks[j]!;
      if (b.kind === 'p') tree.header.push(b);
      else for (const row of b.rows) for (const c of row) for (const line of c.split('\n')) if (line.trim()) tree.header.push({ kind: 'p', text: line.trim(), bold: false, heading: 0, place: b.place });
    }
    tree.kindLine = blocks[kindAt] as _Para;
    i = kindAt + 1;
    // Title: bold, capitals or heading paragraphs right after the kind word.
    while (i < n) {
      const b = blocks[i]!;
      if (b.kind !== 'p') break;
      const m = _markerOf(b.text);
      if (m) break;
      const titleLike = b.bold || b.heading > 0 || _isUpper(b.text) || tree.titleParas.length === 0;
      if (!titleLike) break;
      if (tree.titleParas.length > 0 && /^(?:căn cứ|thực hiện|tiếp tục|để|nhằm)\b/iu.test(b.text)) break;
      tree.titleParas.push(b);
      i++;
      // A mixed-case title is one paragraph; a capitals title may wrap over several.
      if (!_isUpper(b.text) && !b.bold) break;
      if (tree.titleParas.length >= 3) break;
    }
  }
  // 2. Preamble: up to the first section heading.
  while (i < n) {
    const b = blocks[i]!;
    if (b.kind === 'p' && _isSectionHeading(b, _markerOf(b.text), 1)) break;
    if (b.kind === 'p' && (_isRecipientsStart(b) || _isAppendixStart(b))) break;
    if (b.kind === 'p') tree.preamble.push(b);
    else tree.bodyTables.push(b);
    i++;
  }
  // 3. Sections.
  let section: _Section | undefined;
  let stack: _Node[] = [];
  let expected = 1;
  const bodyEnd = (b: _Block) => b.kind === 'p' && (_isRecipientsStart(b) || _isAuthority(b) || _isAppendixStart(b));
  while (i < n) {
    const b = blocks[i]!;
    if (bodyEnd(b)) break;
    if (b.kind === 'table') {
      // "Nơi nhận" and the signature laid side by side in a table end the body.
      const first = searchKey(b.rows[0]?.[0] ?? '');
      if (first.startsWith('noi nhan') || b.rows.some((r) => r.some((c) => /^(?:TM|KT|TL|TUQ|Q)\.\s*\p{Lu}/u.test(c.trim())))) break;
      tree.bodyTables.push(b);
      i++;
      continue;
    }
    const m = _markerOf(b.text);
    if (m && _isSectionHeading(b, m, expected)) {
      section = { roman: m.value, title: m.rest, place: b.place, children: [] };
      tree.sections.push(section);
      expected = (_romanValue(m.value) ?? expected) + 1;
      stack = [];
      i++;
      continue;
    }
    const node: _Node = { text: b.text, rest: m ? m.rest : b.text, bold: b.bold, place: b.place, children: [] };
    if (m) node.marker = m;
    if (!section) {
      tree.preamble.push(b);
      i++;
      continue;
    }
    if (m) {
      const r = _RANK[m.kind];
      while (stack.length > 0 && _RANK[stack[stack.length - 1]!.marker!.kind] >= r) stack.pop();
      const parent = stack[stack.length - 1];
      (parent ? parent.children : section.children).push(node);
      stack.push(node);
    } else {
      // An unnumbered paragraph belongs to the item above it (or to the section).
      const parent = stack[stack.length - 1];
      (parent ? parent.children : section.children).push(node);
    }
    i++;
  }
  // Closing text: unnumbered paragraphs at the very end of the last section.
  const last = tree.sections[tree.sections.length - 1];
  if (last) {
    const top = last.children;
    const lastItem = top[top.length - 1];
    const candidates = lastItem?.marker ? lastItem.children : top;
    while (candidates.length > 0) {
      const c = candidates[candidates.length - 1]!;
      if (c.marker) break;
      const closingLike = c.text.endsWith('./.') || /^(?:trong |trên đây|quá trình|trong quá trình)/iu.test(c.text);
      if (!closingLike && tree.closing.length === 0 && candidates === lastItem?.children) break;
      tree.closing.unshift({ kind: 'p', text: c.text, bold: c.bold, heading: 0, place: c.place });
      candidates.pop();
    }
  }
  // 4. Recipients, signature and appendices, in any order.
  let mode: 'recipients' | 'signature' | 'appendix' | 'none' = 'none';
  let appendix: _Appendix | undefined;
  while (i < n) {
    const b = blocks[i]!;
    i++;
    if (b.kind === 'table') {
      if (mode === 'appendix' && appendix) appendix.tables.push(b);
      else if (mode === 'signature' || mode === 'recipients' || mode === 'none') {
        // Word documents often lay "Nơi nhận" and the signature side by side in a table.
        for (const row of b.rows) {
          const [left, ...right] = row;
          for (const line of (left ?? '').split('\n')) {
            const t = line.trim().replace(/^Nơi\s+nhận\s*:?\s*/iu, '');
            if (t) tree.recipients.push({ kind: 'p', text: t, bold: false, heading: 0, place: b.place });
          }
          for (const cell of right) for (const line of cell.split('\n')) if (line.trim()) tree.signature.push({ kind: 'p', text: line.trim(), bold: true, heading: 0, place: b.place });
        }
      } else tree.bodyTables.push(b);
      continue;
    }
    if (_isAppendixStart(b)) {
      appendix = { heading: [b], tables: [], paragraphs: [] };
      tree.appendices.push(appendix);
      mode = 'appendix';
      continue;
    }
    if (mode !== 'appendix' && _isRecipientsStart(b)) {
      mode = 'recipients';
      const rest = b.text.replace(/^\s*Nơi\s+nhận\s*:?\s*/iu, '');
      if (rest) tree.recipients.push({ ...b, text: rest });
      continue;
    }
    if (mode !== 'appendix' && _isAuthority(b)) {
      mode = 'signature';
      tree.signature.push(b);
      continue;
    }
    if (mode === 'recipients') {
      if (_markerOf(b.text)?.kind === 'dash' || /^Lưu\s*:/iu.test(b.text)) tree.recipients.push(b);
      else if (b.bold || _isUpper(b.text)) {
        mode = 'signature';
        tree.signature.push(b);
      } else tree.recipients.push(b);
    } else if (mode === 'signature') tree.signature.push(b);
    else if (mode === 'appendix' && appendix) {
      if (appendix.tables.length === 0 && (b.bold || _isUpper(b.text) || /^\(?\s*(?:kèm theo|ban hành kèm)/iu.test(b.text))) appendix.heading.push(b);
      else appendix.paragraphs.push(b);
    } else tree.closing.push(b);
  }
  return tree;
}
