/**
 * Ngôn ngữ hiển thị — the language of user-facing messages, chosen per call
 * (never through global state).
 */
export type Lang = 'vi' | 'en';

/** Mức độ — how serious an issue is. */
export type Severity = 'error' | 'warning';

/**
 * Thông điệp song ngữ — a message in Vietnamese with its English counterpart.
 */
export interface Message {
  /** Tiếng Việt (shown by default). */
  vi: string;
  /** English. */
  en: string;
}

/**
 * Vấn đề — one problem found in user input, as a value (never thrown).
 * `code` is stable and safe to script against; `path` is a JSON Pointer (RFC 6901)
 * into the checked document; `message` is in the language the caller asked for.
 */
export interface Issue {
  /** Stable machine-readable code, e.g. `plan.duplicate-id`. */
  code: string;
  /** `error` blocks acceptance; `warning` is shown but accepted. */
  severity: Severity;
  /** JSON Pointer to the value blamed (`''` is the whole document). */
  path: string;
  /** Human message in the requested language. */
  message: string;
}

/**
 * Picks the message for a language.
 * @param message - the bilingual message
 * @param lang - `vi` (default) or `en`
 * @returns the text in that language
 */
export function pickMessage(message: Message, lang: Lang = 'vi'): string {
  return lang === 'en' ? message.en : message.vi;
}

/**
 * Builds a JSON Pointer (RFC 6901) from path segments, escaping `~` and `/`.
 * @param segments - object keys and array indexes
 * @returns the pointer, `''` for the root
 */
export function toJsonPointer(segments: ReadonlyArray<string | number>): string {
  let out = '';
  for (const s of segments) out += '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1');
  return out;
}

/**
 * Tách JSON Pointer — splits an RFC 6901 pointer into unescaped segments
 * (the inverse of {@link toJsonPointer}).
 * @param pointer - e.g. `/tasks/II.1.1/status`
 * @returns `['tasks', 'II.1.1', 'status']`; `[]` for `''`
 */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Kết quả — the one result shape of the kit: a value with the issues found on the way
 * (warnings only when `ok`), or no value and the issues that prevented it (at least one
 * error). Every function that checks user input returns this shape; none throws on bad
 * input.
 */
export type Result<T, I extends Issue = Issue> =
  | { readonly ok: true; readonly value: T; readonly issues: I[] }
  | { readonly ok: false; readonly value?: undefined; readonly issues: I[] };

const _hasOwn = Object.prototype.hasOwnProperty;
const _INDEX = /^(?:0|[1-9][0-9]{0,8})$/;

/**
 * Đọc theo JSON Pointer — the value a pointer names, through own properties only (so
 * `__proto__` or `constructor` in a pointer never reach a prototype) and array indexes
 * written without leading zeros.
 * @param root - a JSON value
 * @param pointer - an RFC 6901 pointer (`''` is the root) or its segments
 * @returns the value, or `undefined` when any step is absent
 */
export function getByPointer(root: unknown, pointer: string | readonly string[]): unknown {
  const segments = typeof pointer === 'string' ? parsePointer(pointer) : pointer;
  let cur = root;
  for (const s of segments) {
    if (Array.isArray(cur)) {
      if (!_INDEX.test(s)) return undefined;
      cur = cur[Number(s)];
    } else if (cur !== null && typeof cur === 'object') {
      if (!_hasOwn.call(cur, s)) return undefined;
      cur = (cur as Record<string, unknown>)[s];
    } else return undefined;
  }
  return cur;
}
