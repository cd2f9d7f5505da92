// Calendar-date check without zod: used by the plan schema (IsoDateSchema) and by
// @dvcq/report's rules, which must not load zod (browser page size, Node cold start).

/**
 * Kiểm tra ngày hợp lệ — whether `YYYY-MM-DD` names a real calendar date.
 * @param value - the text to check
 * @returns true for e.g. `2026-06-20`, false for `2026-02-30` or `20/6/2026`
 */
export function isCalendarDate(value: string): boolean {
  if (value.length !== 10) return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]!;
  return d <= days;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}
