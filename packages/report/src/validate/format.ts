import type { Issue, Lang, Plan } from '@dvcq/core';
import { fieldLabel, localeFor } from '../locales/labels';
import { ISSUE_CODES, type IssueCode } from '../locales/codes';

export { fixHintIn } from './hint';

/** Tùy chọn trình bày — options of {@link formatIssues}. */
export interface FormatIssuesOptions {
  /** Language: `vi` (default) or `en`. */
  lang?: Lang;
  /** The plan, to name indicators by their labels. */
  plan?: Plan;
  /** Add the "how to fix" hint (default true). */
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
 * Trình bày vấn đề — formats issues for people: one line per issue naming the
 * field by its label (Vietnamese by default), then the message and how to fix it.
 * Safe with any path, including `__proto__` segments.
 * @param issues - issues from {@link validateReport}
 * @param options - language, plan, hints
 * @returns the text, one issue per line (empty string for no issues)
 */
export function formatIssues(issues: readonly Issue[], options: FormatIssuesOptions = {}): string {
  const lang: Lang = options.lang === 'en' ? 'en' : 'vi';
  const L = localeFor(lang).labels;
  const lines: string[] = [];
  for (const i of issues) {
    const label = i.path === '' ? L.root : fieldLabel(i.path, lang, options.plan);
    const where = label === i.path ? i.path : `${label} (${i.path})`;
    let line = `${L.severity[i.severity]} [${i.code}] ${where}: ${i.message}`;
    const hint = options.hints === false ? undefined : fixHint(i.code, lang);
    if (hint !== undefined) line += ` ${L.hintPrefix}: ${hint}`;
    lines.push(line);
  }
  return lines.join('\n');
}
