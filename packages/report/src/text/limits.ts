/**
 * Giới hạn kích thước — size limits of a submission. The input guard
 * ({@link checkInputLimits}) applies the generic ones before any schema, regex or
 * rule runs, so a hostile input costs at most two linear walks; the schema applies
 * the per-field ones (`maxLength`, `maxItems`), which the JSON Schema export carries.
 */
export const LIMITS = {
  /** Containers (objects, arrays) are accepted at depths 0–11: the root has depth 0, its values depth 1 (a valid report is 4 levels deep). */
  depth: 12,
  /** Longest string anywhere, in UTF-16 code units. */
  string: 100_000,
  /** Longest object key, in UTF-16 code units. */
  key: 320,
  /** Longest array anywhere. */
  array: 2_000,
  /** Most keys in one object. */
  keys: 500,
  /** Most values in the whole input (the root and every value under it; keys are not values). */
  nodes: 50_000,
  /** Longest JSON text accepted by `validateReport` when given a string, in UTF-8 bytes. */
  jsonText: 2_000_000,
  /** Per-field limits (the schema's `maxLength` / `maxItems` / `maximum`). */
  id: 80,
  date: 10,
  documentNumber: 60,
  shortText: 300,
  longText: 20_000,
  recipients: 100,
  models: 500,
  count: 1_000_000_000,
} as const;

/** Vượt giới hạn — which generic limit an input broke, and where. */
export interface LimitViolation {
  code: 'input.json-syntax' | 'input.too-deep' | 'input.string-too-long' | 'input.array-too-long' | 'input.too-many-keys' | 'input.too-many-values';
  /** JSON Pointer segments of the offending value (for a too-long key: the object holding it). */
  path: Array<string | number>;
  /** The limit that was exceeded (0 for a number out of range). */
  limit: number;
}

const _isContainer = (v: unknown): v is object => v !== null && typeof v === 'object';

/**
 * Kiểm tra giới hạn đầu vào — the input guard on a parsed JSON value, in two steps
 * that do not depend on the order of keys:
 * 1. count every value (the root included; keys are not values): more than
 *    `LIMITS.nodes` → one violation, `input.too-many-values` at the root, nothing else;
 * 2. walk the value and report **every** violation: a number that is not finite
 *    (`input.json-syntax`, e.g. `1e400`), a string over `LIMITS.string` UTF-16 units,
 *    a container at depth ≥ `LIMITS.depth`, an array over `LIMITS.array` items, an
 *    object over `LIMITS.keys` keys or with a key over `LIMITS.key` units (blamed on the
 *    object). A container with a violation of its own is not walked into.
 * Both walks run before any regex; neither can overflow the stack (the count is
 * iterative and stops at the limit; the walk stops at the depth limit).
 * @param input - a parsed JSON value
 * @returns every violation (empty when the input is within limits)
 */
export function checkInputLimits(input: unknown): LimitViolation[] {
  if (_countExceeds(input, LIMITS.nodes)) return [{ code: 'input.too-many-values', path: [], limit: LIMITS.nodes }];
  const out: LimitViolation[] = [];
  _visit(input, [], out);
  return out;
}

function _countExceeds(root: unknown, limit: number): boolean {
  let count = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (++count > limit) return true;
    if (!_isContainer(v)) continue;
    if (Array.isArray(v)) {
      // More items than the limit: the count exceeds whatever they hold.
      if (v.length + count > limit) return true;
      for (let i = 0; i < v.length; i++) stack.push(v[i]);
    } else {
      const keys = Object.keys(v);
      if (keys.length + count > limit) return true;
      for (const k of keys) stack.push((v as Record<string, unknown>)[k]);
    }
  }
  return false;
}

function _visit(v: unknown, path: Array<string | number>, out: LimitViolation[]): void {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) out.push({ code: 'input.json-syntax', path: path.slice(), limit: 0 });
    return;
  }
  if (typeof v === 'string') {
    if (v.length > LIMITS.string) out.push({ code: 'input.string-too-long', path: path.slice(), limit: LIMITS.string });
    return;
  }
  if (!_isContainer(v)) return;
  if (path.length >= LIMITS.depth) return void out.push({ code: 'input.too-deep', path: path.slice(), limit: LIMITS.depth });
  if (Array.isArray(v)) {
    if (v.length > LIMITS.array) return void out.push({ code: 'input.array-too-long', path: path.slice(), limit: LIMITS.array });
    for (let i = 0; i < v.length; i++) {
      path.push(i);
      _visit(v[i], path, out);
      path.pop();
    }
    return;
  }
  const keys = Object.keys(v);
  if (keys.length > LIMITS.keys) return void out.push({ code: 'input.too-many-keys', path: path.slice(), limit: LIMITS.keys });
  for (const k of keys) if (k.length > LIMITS.key) return void out.push({ code: 'input.string-too-long', path: path.slice(), limit: LIMITS.key });
  for (const k of keys) {
    path.push(k);
    _visit((v as Record<string, unknown>)[k], path, out);
    path.pop();
  }
}

/**
 * Độ dài UTF-8 vượt giới hạn — whether a text is longer than `limit` bytes once
 * encoded as UTF-8 (a lone surrogate counts 3 bytes, as U+FFFD would), without
 * encoding it.
 * @internal
 */
export function _utf8Exceeds(s: string, limit: number): boolean {
  if (s.length > limit) return true;
  if (s.length * 3 <= limit) return false;
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if ((c & 0xfc00) === 0xd800 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (bytes > limit) return true;
  }
  return false;
}

/**
 * JSON Pointer không dùng regex — builds an RFC 6901 pointer with string splits only,
 * so reporting a limit violation runs no regular expression on input-derived keys.
 * @param segments - keys and indexes
 * @returns the pointer
 */
export function _pointerNoRegex(segments: ReadonlyArray<string | number>): string {
  let out = '';
  for (const s of segments) out += '/' + String(s).split('~').join('~0').split('/').join('~1');
  return out;
}
