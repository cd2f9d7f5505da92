import type { IssueCode, ReportCatalogue } from '../locales/codes';

/**
 * Gợi ý sửa theo gói ngôn ngữ — `fixHint` with the catalogue given (e.g. the
 * `locales` of a compiled report), for pages that load English on demand.
 * @param code - an issue code
 * @param locale - a catalogue (`vi` or `en` of this package)
 * @returns the hint, or `undefined` for a code the catalogue does not know or a catalogue without hints
 */
export function fixHintIn(code: string, locale: ReportCatalogue): string | undefined {
  const hints = locale.hints;
  return hints !== undefined && Object.prototype.hasOwnProperty.call(hints, code) ? hints[code as IssueCode] : undefined;
}
