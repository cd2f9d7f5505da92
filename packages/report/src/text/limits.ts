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
 * Kiểm tra giới hạn đầu vào — one iterative (no recursion, so no stack overflow)
 * walk over a JSON value that stops at the first limit exceeded. Runs before any
 * regex: nothing else sees an oversized input.
 * @param input - a parsed JSON value
 * @returns the first violation, or `undefined` when the input is within limits
 */
export function checkInputLimits(input: unknown): LimitViolation | undefined {
  const stack: Array<{ v: unknown; path: Array<string | number> }> = [{ v: input, path: [] }];
  let nodes = 0;
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    if (++nodes > LIMITS.nodes) return { code: 'input.too-many-values', path: [], limit: LIMITS.nodes };
    if (typeof v === 'string') {
      if (v.length > LIMITS.string) return { code: 'input.string-too-long', path, limit: LIMITS.string };
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (path.length >= LIMITS.depth) return { code: 'input.too-deep', path, limit: LIMITS.depth };
    if (Array.isArray(v)) {
      if (v.length > LIMITS.array) return { code: 'input.array-too-long', path, limit: LIMITS.array };
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...path, i] });
    } else {
      const keys = Object.keys(v);
      if (keys.length > LIMITS.keys) return { code: 'input.too-many-keys', path, limit: LIMITS.keys };
      for (const k of keys) if (k.length > LIMITS.id * 4) return { code: 'input.string-too-long', path, limit: LIMITS.id * 4 };
      for (let i = keys.length - 1; i >= 0; i--) stack.push({ v: (v as Record<string, unknown>)[keys[i]!], path: [...path, keys[i]!] });
    }
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
