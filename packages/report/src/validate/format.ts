import { type Issue, type Lang, SEVERITY_LABELS } from '@dvcq/core';
import { localeFor } from '../locales/labels';
import { ISSUE_CODES, type IssueCode } from '../locales/codes';

export { fixHintIn } from './hint';

/** Tùy chọn trình bày — options of {@link formatIssues}. */
export interface FormatIssuesOptions {
  /** Language: `vi` (default) or `en`. */
  lang?: Lang;
  /** Add the generic "how to fix" hint after each message (default false: messages say what to do). */
  hints?: boolean;
}

const _KNOWN: ReadonlySet<string> = /* @__PURE__ */ new Set(ISSUE_CODES);

/**
 * Gợi ý sửa — the fix hint of an issue code in a language.
 * @param code - an issue code
 * @param lang - `vi` or `en`
 * @returns the hint, or `undefined` for a code this library does not know
 */
export function fixHint(code: string, lang: Lang = 'vi'): string | undefined {
  return _KNOWN.has(code) ? localeFor(lang).hints[code as IssueCode] : undefined;
}


/**
 * Trình bày vấn đề — formats issues for people: one line per issue with its
 * severity, code and JSON Pointer, then the message (which names the field and says
 * what to do); with `hints: true`, the generic fix hint after it.
 * Safe with any path, including `__proto__` segments.
 * @param issues - issues from {@link validateReport}
 * @param options - language, hints
 * @returns the text, one issue per line (empty string for no issues)
 */
export function formatIssues(issues: readonly Issue[], options: FormatIssuesOptions = {}): string {
  const lang: Lang = options.lang === 'en' ? 'en' : 'vi';
  const L = localeFor(lang).labels;
  const lines: string[] = [];
  for (const i of issues) {
    let line = `${SEVERITY_LABELS[i.severity][lang]} [${i.code}] ${i.path === '' ? L.root : i.path}: ${i.message}`;
    const hint = options.hints === true ? fixHint(i.code, lang) : undefined;
    if (hint !== undefined) line += ` ${L.hintPrefix}: ${hint}`;
    lines.push(line);
  }
  return lines.join('\n');
}
