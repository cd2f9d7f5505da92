/** Tùy chọn tên ngắn — options of {@link shortTitle}. */
export interface ShortTitleOptions {
  /** Longest result in UTF-16 code units, "…" included (default 80, at least 10). */
  maxLength?: number;
}

// A clause ends at ".", ";" or ":" followed by white space or the end of the text.
const _CLAUSE_END = /[.;:](?=\s|$)/gu;
// "TP. Hạ Long", "Q. 1", "KT. CHỦ TỊCH": a short capitalised word before "." is an abbreviation.
const _ABBREVIATION = /(?:^|\s)\p{Lu}\p{L}{0,2}$/u;
const _TRAILING = /[\s,;:.\-–—]+$/u;
// Words that only link to what was cut away: a title does not end on them.
const _LINKING = new Set(
  ('của các và với để đối trong cho theo về là những được đến từ tại như mà thì hoặc cùng ' +
    'the of and to for in on with by at a an or that as from into under').split(' '),
);

/**
 * Tên ngắn — a short title taken from a verbatim text (e.g. a task of the plan), for
 * lists, tables and form legends; the full text stays available beside it. It only
 * cuts, never rewrites: the first clause (up to the first ".", ";" or ":" followed
 * by a space — commas do not end a clause, since subjects read "Các Sở, ban, ngành,
 * …"), then, when longer than `maxLength`, cut at the last word boundary that fits,
 * dropping a linking word left at the end ("của", "và", "the", "of"…).
 * "…" marks that the text goes on; a text that fits whole comes back whole, without
 * its final period. The text is NFC-normalised first.
 * @param text - the verbatim text
 * @param options - `maxLength` (default 80)
 * @returns e.g. "Tập trung khắc phục yếu kém trong công tác điều chỉnh quy hoạch, thực hiện quy…"
 */
export function shortTitle(text: string, options: ShortTitleOptions = {}): string {
  const max = Math.max(10, Math.floor(options.maxLength ?? 80));
  const full = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  let end = full.length;
  for (const m of full.matchAll(_CLAUSE_END)) {
    const at = m.index;
    if (m[0] === '.' && _ABBREVIATION.test(full.slice(0, at))) continue;
    end = at;
    break;
  }
  let title = full.slice(0, end).replace(_TRAILING, '');
  let cut = title.length < full.replace(_TRAILING, '').length;
  if (title.length + (cut ? 1 : 0) > max) {
    // Room for "…": cut at the last space that leaves at most max - 1 units.
    const room = title.slice(0, max);
    const space = room.lastIndexOf(' ');
    let head = space > 0 ? room.slice(0, space) : room.slice(0, max - 1);
    // Never split a surrogate pair.
    if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
    title = head.replace(_TRAILING, '');
    for (let i = 0; i < 3; i++) {
      const sp = title.lastIndexOf(' ');
      if (sp <= 0 || !_LINKING.has(title.slice(sp + 1).toLowerCase())) break;
      title = title.slice(0, sp).replace(_TRAILING, '');
    }
    cut = true;
  }
  return cut ? `${title}…` : title;
}
