import type { FormWidget } from './types';
import type { UiKey } from '../messages/ui-vi';

/**
 * Vấn đề khi đọc ô nhập — what the form could not read in a count, a percentage or
 * a date: the key of its message in the form's words and the values it names.
 */
export interface InputProblem {
  /** Message key (`countInvalid`, `countNotWhole`, `countNegative`, `percentInvalid`, `dateInvalid`, `dateImpossible`). */
  key: UiKey;
  /** Values the message names (`text`: what was typed, `reading`: how a decimal reads…). */
  params: Record<string, string | number>;
}

/** Kết quả đọc ô nhập — the value to store, or the problem that keeps it out. */
export type ParsedInput = { value: unknown; problem?: undefined } | { value?: undefined; problem: InputProblem };

/**
 * Đọc ô nhập — reads what a user typed into a field the way Vietnamese officials
 * write: counts with `.`, a space or a no-break space between thousands (`1.250`,
 * `1 250`); percentages with a decimal comma (`85,5`, `85,5 %`); dates as
 * day/month/year (`05/10/2021`, `5/10/2021`, `5-10-2021`, `5.10.2021`; an ISO
 * `2021-10-05` too). Full-width digits count as digits. Never guesses: `1,250` for a
 * count is 1,25 in Vietnamese usage (the comma is the decimal mark), not a whole
 * number, so it is a problem with a message, not 1250. Other widgets keep the text
 * (`''` → `undefined`).
 * @param widget - the field's widget
 * @param text - what was typed (checkboxes: the checked values)
 * @returns the value to store (`undefined` when empty), or the problem
 */
export function parseFieldInput(widget: FormWidget, text: string | readonly string[]): ParsedInput {
  if (typeof text !== 'string') return { value: text.length ? [...text] : undefined };
  if (widget !== 'count' && widget !== 'percent' && widget !== 'date') return { value: text === '' ? undefined : text };
  // NFKC: full-width digits → ASCII, no-break and thin spaces → a plain space.
  const t = text.normalize('NFKC').trim().replace(/\s+/g, ' ');
  if (t === '') return { value: undefined };
  const problem = (key: UiKey, params: Record<string, string | number> = {}): ParsedInput => ({ problem: { key, params: { text: t, ...params } } });
  if (widget === 'count') {
    if (/^\d{1,15}$/.test(t)) return { value: Number(t) };
    // Thousands grouped by dots or by spaces (one kind per number).
    if (/^\d{1,3}(?:(?:\.\d{3})+|(?: \d{3})+)$/.test(t) && t.length <= 20) return { value: Number(t.replace(/[. ]/g, '')) };
    if (/^-\s?[\d.,\s]*\d$/.test(t)) return problem('countNegative');
    if (/^\d{1,3}(?:[. ]?\d{3})*,\d+$/.test(t)) return problem('countNotWhole', { reading: _decimal(Number(t.replace(/[. ]/g, '').replace(',', '.'))) });
    return problem('countInvalid');
  }
  if (widget === 'percent') {
    const m = /^(-?\d{1,3}(?:[.,]\d{1,2})?) ?%?$/.exec(t);
    return m ? { value: Number(m[1]!.replace(',', '.')) } : problem('percentInvalid');
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const dmy = /^(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{4})$/.exec(t);
  const [y, m, d] = iso ? [+iso[1]!, +iso[2]!, +iso[3]!] : dmy ? [+dmy[4]!, +dmy[3]!, +dmy[1]!] : [0, 0, 0];
  if (y < 1000 || m < 1 || m > 12 || d < 1) return problem('dateInvalid');
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const iso8601 = `${y}-${_2(m)}-${_2(d)}`;
  return d > days ? problem('dateImpossible', { text: formatFieldValue('date', iso8601), month: m, year: y, days }) : { value: iso8601 };
}

/**
 * Hiển thị giá trị ô — the text a field shows for a stored value, in the form
 * officials write: a count with `.` between thousands (`1.250`), a percentage with
 * a decimal comma (`85,5`), a date as `dd/mm/yyyy`. A value the form cannot show
 * that way (text kept from an old draft) is shown as it is.
 * @param widget - the field's widget
 * @param value - the stored value
 * @returns the text to show (`''` for no value)
 */
export function formatFieldValue(widget: FormWidget, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return widget === 'count' && Number.isInteger(value) ? String(value).replace(/\B(?=(\d{3})+$)/g, '.') : _decimal(value);
  const iso = widget === 'date' && typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : String(value);
}

function _decimal(n: number): string {
  return String(n).replace('.', ',');
}

function _2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
