import type { IssueCode, ReportCatalogue } from '../locales/codes';

/**
 * Gợi ý sửa theo gói ngôn ngữ — the fix hint of a code in a catalogue.
 * @returns the hint, or `undefined` for a code the catalogue does not know or a catalogue without hints
 * @internal
 */
export function _fixHint(code: string, locale: ReportCatalogue): string | undefined {
  const hints = locale.hints;
  return hints !== undefined && Object.prototype.hasOwnProperty.call(hints, code) ? hints[code as IssueCode] : undefined;
}
