import { type Issue, type Lang, SEVERITY_LABELS } from '@dvcq/core';
import { localeFor } from '../locales/labels';
import type { ReportCatalogue } from '../locales/codes';
import { _fixHint } from './hint';

/** Tùy chọn trình bày — options of {@link formatIssues}. */
export interface FormatIssuesOptions {
  /** Language: `vi` (default) or `en`. */
  lang?: Lang;
  /** Add the generic "how to fix" hint after each message (default false: messages say what to do). */
  hints?: boolean;
}

/** Tùy chọn gợi ý sửa — options of {@link fixHint}. */
export interface FixHintOptions {
  /** Language of the package's catalogues: `vi` (default) or `en`. */
  lang?: Lang;
  /** A catalogue to read the hint from instead (e.g. a compiled report's `locales.vi`). */
  catalogue?: ReportCatalogue;
}

/**
 * Gợi ý sửa — the generic fix hint of an issue code (the messages already say what to
 * do; hints are for a separate "how to fix" line).
 * @param code - an issue code
 * @param options - language, or a catalogue
 * @returns the hint, or `undefined` for a code the catalogue does not know
 */
export function fixHint(code: string, options: FixHintOptions = {}): string | undefined {
  return _fixHint(code, options.catalogue ?? localeFor(options.lang === 'en' ? 'en' : 'vi'));
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
    const hint = options.hints === true ? fixHint(i.code, { lang }) : undefined;
    if (hint !== undefined) line += ` ${L.hintPrefix}: ${hint}`;
    lines.push(line);
  }
  return lines.join('\n');
}
