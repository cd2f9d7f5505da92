import { type Issue, toJsonPointer } from '@dvcq/core';
import type { TextCheck } from '../rules/rule';
import { parsePointer } from '../locales/pointer';
import type { IssueCode, MessageCatalogue } from '../locales/codes';
import { _resolve } from '../rules/run-rules';

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
 * (from the library, never from input: no RegExp is ever built from user data).
 * @param checks - the text checks of a rule set
 * @returns compiled checks
 */
export function compileTextChecks(checks: readonly TextCheck[]): CompiledTextChecks {
  return {
    patterns: checks
      .filter((c) => c.kind === 'pattern' && c.pointer !== undefined && c.pattern !== undefined)
      .map((c) => ({ check: c, segments: parsePointer(c.pointer!), re: new RegExp(c.pattern!, 'u') })),
    nfc: checks.find((c) => c.kind === 'nfc'),
    legacy: checks.find((c) => c.kind === 'legacy-encoding'),
  };
}

// Any code unit outside ASCII: only such strings can be non-NFC or legacy-encoded.
const _NON_ASCII = /[^\u0000-\u007f]/;

/** `runTextChecks` (./run-text-checks-lang) with the message catalogue given. @internal */
export function _runTextChecksWith(compiled: CompiledTextChecks, input: unknown, messages: MessageCatalogue, detectLegacy: LegacyDetector): Issue[] {
  const out: Issue[] = [];
  for (const p of compiled.patterns) {
    const v = _resolve(input, p.segments);
    if (typeof v === 'string' && !p.re.test(v))
      out.push({ code: p.check.code, severity: p.check.severity, path: p.check.pointer!, message: messages[p.check.code as IssueCode]({}) });
  }
  if (!compiled.nfc && !compiled.legacy) return out;
  // The input passed the guard, so its depth is bounded (LIMITS.depth): recursion is
  // safe, and one shared path (copied only into an issue) keeps the walk allocation-free.
  _walkStrings(input, [], (v, path) => {
    if (!_NON_ASCII.test(v)) return;
    if (compiled.nfc && v !== v.normalize('NFC'))
      out.push({ code: compiled.nfc.code, severity: compiled.nfc.severity, path: toJsonPointer(path), message: messages[compiled.nfc.code as IssueCode]({}) });
    if (compiled.legacy) {
      const enc = detectLegacy(v);
      if (enc !== null)
        out.push({ code: compiled.legacy.code, severity: compiled.legacy.severity, path: toJsonPointer(path), message: messages[compiled.legacy.code as IssueCode]({ encoding: enc.toUpperCase() }) });
    }
  });
  return out;
}

/** Calls `visit` on every string of a JSON value, in document order, with its path. */
function _walkStrings(v: unknown, path: Array<string | number>, visit: (s: string, path: ReadonlyArray<string | number>) => void): void {
  if (typeof v === 'string') visit(v, path);
  else if (Array.isArray(v))
    for (let i = 0; i < v.length; i++) {
      path.push(i);
      _walkStrings(v[i], path, visit);
      path.pop();
    }
  else if (v !== null && typeof v === 'object')
    for (const k of Object.keys(v)) {
      path.push(k);
      _walkStrings((v as Record<string, unknown>)[k], path, visit);
      path.pop();
    }
}
