import { type Lang, formatNumber, formatPercent } from '@dvcq/core';
import type { Aggregation } from '../aggregate/types';

/**
 * Tóm tắt tổng hợp — a short plain-text summary of a consolidation (what
 * `dvcq aggregate` prints): the instance and its deadline, the counts, one line per
 * unit with its state, and the indicator totals.
 * @param agg - a consolidation
 * @param lang - language (default `vi`)
 * @returns text ending with a newline
 */
export function formatAggregation(agg: Aggregation, lang: Lang = 'vi'): string {
  const L = (vi: string, en: string) => (lang === 'en' ? en : vi);
  const s = agg.summary;
  const pct = (x: number | null) => (x === null ? '—' : formatPercent(x * 100, { lang }));
  const ob = agg.obligation;
  const lines = [
    ob ? `${ob.title[lang]} — ${ob.label[lang]}` : `${agg.period} ${agg.year}`,
    ob ? `${L('Hạn nộp', 'Deadline')}: ${ob.deadline.text ?? ob.deadline.date} — ${ob.deadline.reading[lang]}` : L('Kế hoạch không có nghĩa vụ báo cáo cho kỳ này.', 'The plan has no reporting obligation for this period.'),
    `${L('Tính đến', 'As of')}: ${agg.asOf}`,
    `${L('Phải nộp', 'Owing')}: ${s.owed} · ${L('Đã nộp', 'Submitted')}: ${s.submitted} (${L('đúng hạn', 'on time')} ${s.onTime}, ${L('trễ hạn', 'late')} ${s.late}) · ${L('Quá hạn chưa nộp', 'Missing')}: ${s.missing} · ${L('Chưa nộp, còn trong hạn', 'Not submitted, still in time')}: ${s.pending}`,
    `${L('Tỷ lệ đầy đủ', 'Completeness')}: ${pct(s.completeness)} · ${L('Tỷ lệ đúng hạn', 'Timeliness')}: ${pct(s.timeliness)}`,
    '',
  ];
  for (const u of agg.units) lines.push(`  ${agg.stateLabels[u.state][lang].padEnd(26)} ${u.name[lang]}${u.documentNumber ? ` — ${u.documentNumber}` : ''}`);
  const reported = agg.indicators.filter((i) => i.reported > 0);
  if (reported.length) lines.push('');
  for (const i of reported) {
    const n = (x: number | null) => (x === null ? '—' : formatNumber(x, { lang }));
    const v = i.type === 'count' ? `${n(i.total)}${i.unit ? ` ${i.unit[lang]}` : ''}` : `${n(i.mean)} % (${L('trung bình', 'mean')})`;
    lines.push(`  ${i.label[lang]}: ${v}`);
  }
  return `${lines.join('\n')}\n`;
}
