// Dev tool (not shipped): prints the advance widths of the characters the documents
// write in rules' reference lines, read from a TrueType font's `hmtx` and `cmap`
// (format 4) tables. Run with Liberation Serif, which is metric-compatible with Times
// New Roman (same advance widths by design), to regenerate src/layout/metrics.ts:
//   node packages/documents/scripts/measure-font.mjs \
//     /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf \
//     /usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf
import { readFileSync } from 'node:fs';

function tables(buf) {
  const n = buf.readUInt16BE(4);
  const out = {};
  for (let i = 0; i < n; i++) {
    const o = 12 + i * 16;
    out[buf.toString('latin1', o, o + 4)] = buf.readUInt32BE(o + 8);
  }
  return out;
}

function advanceWidths(file) {
  const buf = readFileSync(file);
  const t = tables(buf);
  const unitsPerEm = buf.readUInt16BE(t.head + 18);
  const numHMetrics = buf.readUInt16BE(t.hhea + 34);
  const cmap = t.cmap;
  let sub = -1;
  for (let i = 0, n = buf.readUInt16BE(cmap + 2); i < n; i++) {
    const p = buf.readUInt16BE(cmap + 4 + i * 8);
    const e = buf.readUInt16BE(cmap + 6 + i * 8);
    if (p === 3 && e === 1) sub = cmap + buf.readUInt32BE(cmap + 8 + i * 8);
  }
  if (sub < 0 || buf.readUInt16BE(sub) !== 4) throw new Error('no cmap format 4');
  const segX2 = buf.readUInt16BE(sub + 6);
  const ends = sub + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const offsets = deltas + segX2;
  const glyph = (code) => {
    for (let s = 0; s < segX2 / 2; s++) {
      const end = buf.readUInt16BE(ends + s * 2);
      if (code > end) continue;
      const start = buf.readUInt16BE(starts + s * 2);
      if (code < start) return 0;
      const delta = buf.readInt16BE(deltas + s * 2);
      const ro = buf.readUInt16BE(offsets + s * 2);
      if (ro === 0) return (code + delta) & 0xffff;
      const g = buf.readUInt16BE(offsets + s * 2 + ro + (code - start) * 2);
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
  const width = (code) => {
    const g = glyph(code);
    const i = Math.min(g, numHMetrics - 1);
    return buf.readUInt16BE(t.hmtx + i * 4);
  };
  return { unitsPerEm, width };
}

const VI =
  'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệfghiìíỉĩịjklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvwxyỳýỷỹỵz';
const chars = [...new Set([...' !"%&\'()*+,-./0123456789:;<=>?@[]_–—“”‘’…', ...VI, ...VI.toUpperCase()])].join('');
const [regular, bold] = process.argv.slice(2).map(advanceWidths);
console.log(`// unitsPerEm ${regular.unitsPerEm}`);
console.log(`export const _CHARS = ${JSON.stringify(chars)};`);
console.log(`export const _REGULAR = [${[...chars].map((c) => regular.width(c.codePointAt(0))).join(',')}];`);
console.log(`export const _BOLD = [${[...chars].map((c) => bold.width(c.codePointAt(0))).join(',')}];`);
