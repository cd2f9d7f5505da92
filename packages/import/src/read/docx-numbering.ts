// Nhãn đánh số tự động — Word's automatic numbering, rebuilt from
// word/numbering.xml: for each numbered paragraph of word/document.xml, in
// order, the label Word shows ("II.", "1.", "a)", "-"). mammoth keeps the list
// structure but not the label format, which the structure parser needs (a
// Roman "I." opens a part, "1." an area).
import JSZip from 'jszip';
import { Parser } from 'htmlparser2';

interface _Level {
  fmt: string;
  text: string;
  start: number;
}

const _MAX_XML = 20 * 1024 * 1024;

function _roman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let r = Math.max(1, Math.min(n, 3999));
  for (const [v, s] of table) {
    while (r >= v) {
      out += s;
      r -= v;
    }
  }
  return out;
}

function _format(fmt: string, n: number): string {
  switch (fmt) {
    case 'upperRoman':
      return _roman(n);
    case 'lowerRoman':
      return _roman(n).toLowerCase();
    case 'lowerLetter':
      return String.fromCharCode(0x60 + (((n - 1) % 26) + 1));
    case 'upperLetter':
      return String.fromCharCode(0x40 + (((n - 1) % 26) + 1));
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/**
 * Nhãn của các đoạn đánh số — the label of every automatically numbered
 * paragraph of a DOCX, in document order; `undefined` when the file has no
 * numbering part or cannot be read.
 * @param bytes - the .docx file
 * @internal
 */
export async function _docxNumberLabels(bytes: Uint8Array): Promise<string[] | undefined> {
  const zip = await JSZip.loadAsync(bytes);
  const numberingFile = zip.file('word/numbering.xml');
  const documentFile = zip.file('word/document.xml');
  if (!numberingFile || !documentFile) return undefined;
  const numberingXml = await numberingFile.async('string');
  const documentXml = await documentFile.async('string');
  if (numberingXml.length > _MAX_XML || documentXml.length > _MAX_XML) return undefined;

  // abstractNum id → levels; num id → abstract id and start overrides.
  const abstracts = new Map<string, Map<number, _Level>>();
  const nums = new Map<string, { abstract: string; overrides: Map<number, number> }>();
  let abs: Map<number, _Level> | undefined;
  let lvl: _Level | undefined;
  let lvlIndex = 0;
  let num: { abstract: string; overrides: Map<number, number> } | undefined;
  let overrideLevel = -1;
  new Parser(
    {
      onopentag(name, a) {
        if (name === 'w:abstractnum') {
          abs = new Map();
          abstracts.set(a['w:abstractnumid'] ?? '', abs);
        } else if (name === 'w:lvl' && abs) {
          lvlIndex = Number(a['w:ilvl'] ?? 0);
          lvl = { fmt: 'decimal', text: `%${lvlIndex + 1}.`, start: 1 };
          abs.set(lvlIndex, lvl);
        } else if (name === 'w:numfmt' && lvl) lvl.fmt = a['w:val'] ?? 'decimal';
        else if (name === 'w:lvltext' && lvl) lvl.text = a['w:val'] ?? '';
        else if (name === 'w:start' && lvl) lvl.start = Number(a['w:val'] ?? 1) || 1;
        else if (name === 'w:num') {
          num = { abstract: '', overrides: new Map() };
          nums.set(a['w:numid'] ?? '', num);
        } else if (name === 'w:abstractnumid' && num) num.abstract = a['w:val'] ?? '';
        else if (name === 'w:lvloverride' && num) overrideLevel = Number(a['w:ilvl'] ?? -1);
        else if (name === 'w:startoverride' && num && overrideLevel >= 0) num.overrides.set(overrideLevel, Number(a['w:val'] ?? 1) || 1);
      },
      onclosetag(name) {
        if (name === 'w:abstractnum') abs = undefined;
        else if (name === 'w:lvl') lvl = undefined;
        else if (name === 'w:num') num = undefined;
        else if (name === 'w:lvloverride') overrideLevel = -1;
      },
    },
    { xmlMode: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  ).end(numberingXml);

  // Numbered paragraphs of the document, in order.
  const labels: string[] = [];
  const counters = new Map<string, number[]>();
  let inPPr = false;
  let numId: string | undefined;
  let ilvl = 0;
  new Parser(
    {
      onopentag(name, a) {
        if (name === 'w:p') {
          numId = undefined;
          ilvl = 0;
        } else if (name === 'w:ppr') inPPr = true;
        else if (inPPr && name === 'w:numid') numId = a['w:val'];
        else if (inPPr && name === 'w:ilvl') ilvl = Number(a['w:val'] ?? 0) || 0;
      },
      onclosetag(name) {
        if (name === 'w:ppr') inPPr = false;
        if (name !== 'w:p') return;
        if (numId === undefined || numId === '0') return;
        const n = nums.get(numId);
        const levels = n ? abstracts.get(n.abstract) : undefined;
        const level = levels?.get(ilvl);
        if (!n || !levels || !level) {
          labels.push('');
          return;
        }
        const key = n.abstract;
        const c = counters.get(key) ?? [];
        const start = (k: number) => n.overrides.get(k) ?? levels.get(k)?.start ?? 1;
        c[ilvl] = c[ilvl] === undefined ? start(ilvl) : c[ilvl]! + 1;
        for (let k = ilvl + 1; k < 9; k++) c[k] = undefined as unknown as number;
        counters.set(key, c);
        if (level.fmt === 'bullet') {
          const ch = level.text.trim();
          labels.push(ch === '+' ? '+' : '-');
          return;
        }
        const label = level.text.replace(/%([1-9])/g, (_m, d: string) => {
          const k = Number(d) - 1;
          return _format(levels.get(k)?.fmt ?? 'decimal', c[k] ?? start(k));
        });
        labels.push(label.trim());
      },
    },
    { xmlMode: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  ).end(documentXml);
  return labels;
}
