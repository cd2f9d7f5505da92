// Bộ đọc JSON có giới hạn — the kit's one bounded JSON reader: every place that turns
// untrusted text into a value (plan files, holiday files, report files, request bodies,
// import drafts) goes through it, so the size and depth guards and the wording of the
// problems are the same everywhere.
import { type Issue, type Lang, type Result, pickMessage } from './issue';

/** Tùy chọn đọc JSON — options of {@link readJsonBounded}. */
export interface ReadJsonOptions {
  /**
   * Miền của mã vấn đề — the code domain of the issues: `plan` gives `plan.too-large`,
   * `plan.too-deep`, `plan.json-syntax`. Default `input`.
   */
  domain?: string;
  /** Độ dài tối đa — longest text accepted, in UTF-16 code units (checked before anything else). Default 5 000 000. */
  maxLength?: number;
  /**
   * Độ sâu tối đa — deepest nesting of arrays and objects accepted; the outermost
   * container is depth 1. Checked by a linear scan before parsing, so hostile nesting
   * never reaches the parser. Default 64.
   */
  maxDepth?: number;
  /** What is being read, in words, for messages (e.g. `{ vi: 'Tệp kế hoạch', en: 'Plan file' }`). Default "Dữ liệu JSON / JSON data". */
  what?: { vi: string; en: string };
  /** Message language, `vi` by default. */
  lang?: Lang;
}

/** Default text limit of {@link readJsonBounded}. */
export const DEFAULT_JSON_MAX_LENGTH = 5_000_000;
/** Default depth limit of {@link readJsonBounded}. */
export const DEFAULT_JSON_MAX_DEPTH = 64;

/**
 * Đọc JSON có giới hạn — parses JSON text after checking its length and nesting depth.
 * Never throws: a text that is too long, too deep or not JSON comes back as one issue at
 * path `''` with code `<domain>.too-large`, `<domain>.too-deep` or `<domain>.json-syntax`
 * (the latter naming the line and column). A leading UTF-8 byte order mark is ignored.
 * @param text - the JSON text
 * @param options - domain, limits, wording, language
 * @returns the parsed value, or the issue that prevented it
 */
export function readJsonBounded(text: string, options: ReadJsonOptions = {}): Result<unknown> {
  const domain = options.domain ?? 'input';
  const maxLength = options.maxLength ?? DEFAULT_JSON_MAX_LENGTH;
  const maxDepth = options.maxDepth ?? DEFAULT_JSON_MAX_DEPTH;
  const what = options.what ?? { vi: 'Dữ liệu JSON', en: 'JSON data' };
  const lang = options.lang ?? 'vi';
  const fail = (code: string, vi: string, en: string): Result<unknown> => ({
    ok: false,
    issues: [{ code: `${domain}.${code}`, severity: 'error', path: '', message: pickMessage({ vi, en }, lang) } satisfies Issue],
  });
  if (typeof text !== 'string') return fail('json-syntax', `${what.vi} không phải văn bản JSON.`, `${what.en} is not JSON text.`);
  if (text.length > maxLength)
    return fail('too-large', `${what.vi} quá lớn: ${text.length} ký tự, tối đa ${maxLength}.`, `${what.en} is too large: ${text.length} characters, at most ${maxLength}.`);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const depth = _maxDepth(body, maxDepth);
  if (depth > maxDepth)
    return fail('too-deep', `${what.vi} lồng nhau quá sâu (tối đa ${maxDepth} cấp).`, `${what.en} is nested too deeply (at most ${maxDepth} levels).`);
  try {
    return { ok: true, value: JSON.parse(body) as unknown, issues: [] };
  } catch (e) {
    const where = _position(body, e);
    return fail(
      'json-syntax',
      `${what.vi} không phải JSON hợp lệ${where ? ` (dòng ${where.line}, cột ${where.column})` : ''}. Kiểm tra dấu ngoặc, dấu phẩy và dấu nháy kép.`,
      `${what.en} is not valid JSON${where ? ` (line ${where.line}, column ${where.column})` : ''}. Check brackets, commas and double quotes.`,
    );
  }
}

// Deepest bracket nesting outside strings; stops counting once past `limit`.
function _maxDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max && (max = depth) > limit) return max;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

// Where the text stops being JSON: V8 names the position only for some errors ("…at
// position N (line L column C)"), so on failure a small scanner of the JSON grammar
// (RFC 8259) finds the first offending character. Depth is already bounded.
function _position(text: string, e: unknown): { line: number; column: number } | undefined {
  const msg = e instanceof Error ? e.message : '';
  const lc = /line (\d+) column (\d+)/.exec(msg);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const p = _firstError(text);
  let line = 1;
  let last = -1;
  for (let i = 0; i < p; i++) if (text.charCodeAt(i) === 0x0a) { line++; last = i; }
  return { line, column: p - last };
}

const _NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const _STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/** @internal Offset of the first character that breaks the JSON grammar (text.length when it ends too early). */
export function _firstError(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const sticky = (re: RegExp): boolean => {
    re.lastIndex = i;
    if (!re.test(text)) return false;
    i = re.lastIndex;
    return true;
  };
  const value = (): boolean => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return ++i > 0;
      for (;;) {
        ws();
        if (text[i] !== '"' || !sticky(_STRING)) return false;
        ws();
        if (text[i] !== ':') return false;
        i++;
        if (!value()) return false;
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') return ++i > 0;
        return false;
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return ++i > 0;
      for (;;) {
        if (!value()) return false;
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') return ++i > 0;
        return false;
      }
    }
    if (c === '"') return sticky(_STRING);
    for (const w of ['true', 'false', 'null']) if (text.startsWith(w, i)) return (i += w.length) > 0;
    return sticky(_NUMBER);
  };
  if (!value()) return i;
  ws();
  return i;
}
