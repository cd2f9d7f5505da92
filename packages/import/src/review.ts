import type { Lang } from '@dvcq/core';
import { type ImportFinding, formatSourcePlace } from './findings';

/** Tùy chọn danh sách rà soát — options of {@link formatFindings}. */
export interface FormatFindingsOptions {
  /** Message language, `vi` by default. */
  lang?: Lang;
  /** Include `info` findings too (default: only those that need review, plus a count of the others). */
  all?: boolean;
}

/**
 * Danh sách rà soát — findings as a readable list, the ones that need a person
 * first: "1. [import.unit-new] /orgUnits/3 (dòng 12): …".
 * @param findings - the importer's findings
 * @param options - language, whether to list `info` findings
 * @returns the text, one finding per line, ending with a newline (empty when there is nothing to say)
 */
export function formatFindings(findings: readonly ImportFinding[], options: FormatFindingsOptions = {}): string {
  const lang = options.lang ?? 'vi';
  const review = findings.filter((f) => f.severity === 'review');
  const info = findings.filter((f) => f.severity === 'info');
  const shown = options.all ? [...review, ...info] : review;
  const lines: string[] = [];
  if (review.length > 0) lines.push(lang === 'en' ? `Needs review (${review.length}):` : `Cần rà soát (${review.length}):`);
  shown.forEach((f, i) => {
    if (i === review.length && info.length > 0) lines.push(lang === 'en' ? `For the record (${info.length}):` : `Ghi nhận (${info.length}):`);
    const where = formatSourcePlace(f.source)[lang];
    const msg = lang === 'en' ? f.message.en : f.message.vi;
    const excerpt = f.excerpt ? ` — “${f.excerpt}”` : '';
    lines.push(`${i + 1}. [${f.code}] ${f.pointer || '/'}${where ? ` (${where})` : ''}: ${msg}${excerpt}`);
  });
  if (!options.all && info.length > 0)
    lines.push(lang === 'en' ? `${info.length} more findings for the record (--json lists them).` : `Thêm ${info.length} điểm ghi nhận (xem bằng --json).`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
