import type { TextCheck } from '../rules/rule';
import { getByPointer, parsePointer } from '@dvcq/core';

/** Phát hiện bảng mã cũ — a legacy-encoding detector: the encoding's name, or `null`. */
export type LegacyDetector = (s: string) => string | null;

/** Kiểm tra văn bản đã biên dịch — text checks ready to run (patterns compiled once). */
export interface CompiledTextChecks {
  readonly patterns: ReadonlyArray<{ check: TextCheck; segments: readonly string[]; re: RegExp }>;
  readonly nfc?: TextCheck;
  readonly legacy?: TextCheck;
}

/**
 * Biên dịch kiểm tra văn bản — compiles the patterns of a trusted check list
 * (from the library, never from input: no RegExp is ever built from user data) to
 * match whole strings.
 * @param checks - the text checks of a rule set
 * @returns compiled checks
 */
export function compileTextChecks(checks: readonly TextCheck[]): CompiledTextChecks {
  return {
    patterns: checks
      .filter((c) => c.kind === 'pattern' && c.pointer !== undefined && c.pattern !== undefined)
      .map((c) => ({ check: c, segments: parsePointer(c.pointer!), re: new RegExp(`^(?:${c.pattern!})$`, 'u') })),
    nfc: checks.find((c) => c.kind === 'nfc'),
    legacy: checks.find((c) => c.kind === 'legacy-encoding'),
  };
}

/** Một vấn đề văn bản thô — a text-check problem before its message is written. */
export interface RawTextIssue {
  readonly check: TextCheck;
  readonly path: ReadonlyArray<string | number>;
  readonly encoding?: string;
}

/** Kết quả đi qua văn bản — the NFC view of a submission and the text problems found. */
export interface TextPass {
  /** The submission with every string value in NFC (the input itself when it already was). */
  readonly nfc: unknown;
  readonly issues: RawTextIssue[];
}

// A string whose code units are all below U+0300 is NFC: every character that NFC
// changes (combining marks, singletons, Hangul jamo, compatibility ideographs) is at
// U+0300 or above.
function _maybeNotNfc(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x300) return true;
  return false;
}

function _hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return true;
  return false;
}

/**
 * Chạy kiểm tra văn bản — one walk over the strings of a submission that passed the
 * input guard: the NFC check and the legacy-encoding check (when a detector is given)
 * on each string as typed, then the pattern checks on the NFC view (rules read the
 * same view).
 * @internal
 */
export function _runTextChecks(compiled: CompiledTextChecks, input: unknown, detectLegacy: LegacyDetector | undefined): TextPass {
  const issues: RawTextIssue[] = [];
  const { nfc: nfcCheck, legacy } = compiled;
  const nfc = _walk(input, [], (s, path) => {
    let n = s;
    if (_maybeNotNfc(s)) {
      n = s.normalize('NFC');
      if (n !== s && nfcCheck) issues.push({ check: nfcCheck, path: path.slice() });
    }
    if (legacy && detectLegacy && _hasNonAscii(s)) {
      const enc = detectLegacy(s);
      if (enc !== null) issues.push({ check: legacy, path: path.slice(), encoding: enc.toUpperCase() });
    }
    return n;
  });
  for (const p of compiled.patterns) {
    const v = getByPointer(nfc, p.segments);
    if (typeof v === 'string' && !p.re.test(v)) issues.push({ check: p.check, path: p.segments });
  }
  return { nfc, issues };
}

const _define = (o: object, k: string, value: unknown) => Object.defineProperty(o, k, { value, enumerable: true, writable: true, configurable: true });

/**
 * Maps every string of a JSON value through `visit`, in document order; returns the
 * value itself when nothing changed, else a copy sharing the unchanged parts (keys
 * are copied with defineProperty: a `__proto__` key stays a key). The input passed
 * the guard, so its depth is bounded and recursion is safe.
 */
function _walk(v: unknown, path: Array<string | number>, visit: (s: string, path: Array<string | number>) => string): unknown {
  if (typeof v === 'string') return visit(v, path);
  if (Array.isArray(v)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < v.length; i++) {
      path.push(i);
      const x = v[i];
      const y = _walk(x, path, visit);
      path.pop();
      if (y !== x && out === undefined) out = v.slice(0, i);
      if (out !== undefined) out.push(y);
    }
    return out ?? v;
  }
  if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v);
    let out: Record<string, unknown> | undefined;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      path.push(k);
      const x = (v as Record<string, unknown>)[k];
      const y = _walk(x, path, visit);
      path.pop();
      if (y !== x && out === undefined) {
        out = {};
        for (let j = 0; j < i; j++) _define(out, keys[j]!, (v as Record<string, unknown>)[keys[j]!]);
      }
      if (out !== undefined) _define(out, k, y);
    }
    return out ?? v;
  }
  return v;
}
