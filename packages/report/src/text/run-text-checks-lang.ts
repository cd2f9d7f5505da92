import type { Issue, Lang } from '@dvcq/core';
import { localeFor } from '../locales/labels';
import { type CompiledTextChecks, type LegacyDetector, _runTextChecksWith } from './run-text-checks';

/**
 * Chạy kiểm tra văn bản — runs the text checks over a submission that already
 * passed the input guard (so every string is bounded before a regex sees it).
 * @param compiled - from `compileTextChecks`
 * @param input - the raw submission
 * @param lang - message language
 * @param detectLegacy - legacy-encoding detector
 * @returns the issues found
 */
export function runTextChecks(compiled: CompiledTextChecks, input: unknown, lang: Lang, detectLegacy: LegacyDetector): Issue[] {
  return _runTextChecksWith(compiled, input, localeFor(lang).messages, detectLegacy);
}
