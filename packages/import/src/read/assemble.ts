// Ghép dòng thành đoạn — undoes line wraps and page breaks. A copied web page has
// one physical line per wrapped line; a page break leaves a blank line (and a page
// number) in the middle of a sentence. A line continues the paragraph before it
// unless it starts a numbered item, stands alone (KẾ HOẠCH, Nơi nhận, KT. …) or
// the paragraph before it is finished.
import { normalizeText } from '@dvcq/core';
import { _isStandalone, _isUpper, _markerOf, _startsLower } from '../parse/markers';
import type { _Block, _Item, _Line, _Para } from './types';


const _PAGE_NUMBER = /^(?:-\s*)?\d{1,3}(?:\s*-)?$|^(?:trang|page)\s+\d{1,3}(?:\s*\/\s*\d{1,3})?$/iu;
const _OPENER = /^(?:Căn cứ|Thực hiện|Tiếp tục thực hiện|Trên cơ sở|Nhằm|Để)\s/u;
const _END = /[.;!?…]["”’)]*$|\.\/\.$/u;

interface _State {
  /** First line of the paragraph. */
  first: string;
  /** Last line added. */
  last: string;
  upper: boolean;
  bold: boolean;
  heading: number;
}

function _continues(p: _State, line: _Line): boolean {
  if (line.heading > 0 || (p.heading > 0 && line.before !== 'wrap')) return false;
  if (line.label !== undefined) return false;
  const t = line.text;
  if (_markerOf(t) || _isStandalone(t) || _isStandalone(p.first)) return false;
  const ended = _END.test(p.last) || p.last.endsWith(':');
  if (_startsLower(t)) return !ended || (line.before === 'wrap' && !p.last.endsWith('.') && !p.last.endsWith(':'));
  if (line.before !== 'wrap') return false;
  // Soft line break inside a copied paragraph.
  if (ended) return false;
  // A sentence opener after an unfinished line starts the preamble or a new paragraph.
  if (_OPENER.test(t)) return false;
  if (p.bold !== line.bold) return false;
  if (p.upper !== _isUpper(t)) return false;
  return true;
}

/**
 * Ghép đoạn — turns reader lines into paragraphs (text NFC, whitespace
 * normalized); tables pass through. Linear in the number of lines.
 * @param items - reader output
 * @returns paragraphs and tables in reading order
 * @internal
 */
export function _assemble(items: readonly _Item[]): _Block[] {
  const out: _Block[] = [];
  let cur: _Para | undefined;
  let parts: string[] = [];
  let state: _State = { first: '', last: '', upper: false, bold: false, heading: 0 };
  let pendingBlank = false;
  const flush = () => {
    if (cur) {
      cur.text = normalizeText(parts.join(' '));
      if (cur.text !== '' || cur.label !== undefined) out.push(cur);
    }
    cur = undefined;
    parts = [];
  };
  for (const it of items) {
    if (it.kind === 'table') {
      flush();
      out.push(it);
      continue;
    }
    const text = normalizeText(it.text);
    if (text === '' && it.label === undefined) continue;
    // A page number ("2", "- 2 -", "Trang 2/5") left between two paragraphs by a
    // page break, in any format: dropped, the break read as a blank line.
    if (_PAGE_NUMBER.test(text)) {
      pendingBlank = true;
      continue;
    }
    const line: _Line = { ...it, text, ...(pendingBlank && it.before === 'wrap' ? { before: 'blank' as const } : {}) };
    pendingBlank = false;
    if (cur && _continues(state, line)) {
      parts.push(text);
      cur.bold = cur.bold && line.bold;
      state.last = text;
      state.upper = state.upper && _isUpper(text);
      continue;
    }
    flush();
    cur = { kind: 'p', text, bold: line.bold, heading: line.heading, place: line.place };
    state = { first: text, last: text, upper: _isUpper(text), bold: line.bold, heading: line.heading };
    if (line.label !== undefined) cur.label = line.label;
    parts = [text];
  }
  flush();
  return out;
}
