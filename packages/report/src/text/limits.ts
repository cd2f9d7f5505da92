/**
 * Giới hạn kích thước — size limits of a submission. The input guard
 * ({@link checkInputLimits}) applies the generic ones before any schema, regex or
 * rule runs, so a hostile input costs at most one linear walk; the schema applies
 * the per-field ones (`maxLength`, `maxItems`), which the JSON Schema export carries.
 */
export const LIMITS = {
  /** Deepest nesting the guard accepts (a valid report is 4 levels deep). */
  depth: 12,
  /** Longest string anywhere, in UTF-16 code units. */
  string: 100_000,
  /** Longest array anywhere. */
  array: 2_000,
  /** Most keys in one object. */
  keys: 500,
  /** Most values (nodes) in the whole input. */
  nodes: 50_000,
  /** Longest JSON text accepted by `validateReport` when given a string. */
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
  /** `input.too-deep`, `input.string-too-long`, `input.array-too-long`, `input.too-many-keys`, `input.too-many-values`. */
  code: 'input.too-deep' | 'input.string-too-long' | 'input.array-too-long' | 'input.too-many-keys' | 'input.too-many-values';
  /** JSON Pointer segments of the offending value. */
  path: Array<string | number>;
  /** The limit that was exceeded. */
  limit: number;
}

/**
 * Kiểm tra giới hạn đầu vào — one walk over a JSON value, depth first in document
 * order, that stops at the first limit exceeded. Runs before any regex: nothing else
 * sees an oversized input. The walk recurses only into containers above the depth
 * limit (12), so nesting of any depth cannot overflow the stack; it allocates nothing
 * but the violation it returns.
 * @param input - a parsed JSON value
 * @returns the first violation, or `undefined` when the input is within limits
 */
export function checkInputLimits(input: unknown): LimitViolation | undefined {
  const state = { nodes: 0, path: [] as Array<string | number> };
  return _visit(input, state);
}

function _visit(v: unknown, st: { nodes: number; path: Array<string | number> }): LimitViolation | undefined {
  if (++st.nodes > LIMITS.nodes) return { code: 'input.too-many-values', path: [], limit: LIMITS.nodes };
  if (typeof v === 'string') return v.length > LIMITS.string ? { code: 'input.string-too-long', path: st.path.slice(), limit: LIMITS.string } : undefined;
  if (v === null || typeof v !== 'object') return undefined;
  const path = st.path;
  if (path.length >= LIMITS.depth) return { code: 'input.too-deep', path: path.slice(), limit: LIMITS.depth };
  if (Array.isArray(v)) {
    if (v.length > LIMITS.array) return { code: 'input.array-too-long', path: path.slice(), limit: LIMITS.array };
    for (let i = 0; i < v.length; i++) {
      path.push(i);
      const r = _visit(v[i], st);
      path.pop();
      if (r) return r;
    }
    return undefined;
  }
  const keys = Object.keys(v);
  if (keys.length > LIMITS.keys) return { code: 'input.too-many-keys', path: path.slice(), limit: LIMITS.keys };
  for (const k of keys) if (k.length > LIMITS.id * 4) return { code: 'input.string-too-long', path: path.slice(), limit: LIMITS.id * 4 };
  for (const k of keys) {
    path.push(k);
    const r = _visit((v as Record<string, unknown>)[k], st);
    path.pop();
    if (r) return r;
  }
  return undefined;
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
