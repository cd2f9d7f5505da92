import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createWorkingCalendar, parseHolidays, type WorkingCalendar } from '@dvcq/calendar';
import type { Lang } from '@dvcq/core';
import { CliUsageError, type CliIo } from './io';

// One home for `--holidays FILE`: every command that computes deadlines or working days
// (calendar, aggregate, validate, document) registers this option and reads the file here.

/**
 * The working calendar of a command: the built-in announced table, plus the holidays file of
 * `--holidays FILE` when given (checked; errors stop the command with exit 2 and every issue
 * listed with its JSON Pointer; warnings go to stderr).
 */
export function workingCalendar(o: { holidays?: string; lang: Lang }, io: CliIo): WorkingCalendar {
  if (o.holidays === undefined) return createWorkingCalendar();
  const file = resolve(io.cwd, o.holidays);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new CliUsageError(`Không đọc được tệp lịch nghỉ "${o.holidays}" (${code}).`, `Cannot read holidays file "${o.holidays}" (${code}).`);
  }
  const r = parseHolidays(text, { lang: o.lang });
  for (const i of r.issues.filter((x) => x.severity === 'warning')) io.stderr(`${file}${i.path ? ' ' + i.path : ''}: [${i.code}] ${i.message}\n`);
  if (!r.ok) {
    const lines = r.issues.filter((x) => x.severity === 'error').map((i) => `  ${i.path || '/'}: [${i.code}] ${i.message}`);
    throw new CliUsageError(`Tệp lịch nghỉ ${file} không hợp lệ:\n${lines.join('\n')}`, `Holidays file ${file} is invalid:\n${lines.join('\n')}`);
  }
  return createWorkingCalendar({ announced: r.value });
}

/** `--holidays <file>` with its bilingual description (flags, description). */
export const HOLIDAYS_OPTION = [
  '--holidays <file>',
  'tệp lịch nghỉ đã công bố (JSON, định dạng dvcq-holidays/1) bổ sung cho bảng có sẵn / announced holidays file (JSON, dvcq-holidays/1) added to the built-in table',
] as const;

