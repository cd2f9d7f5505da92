// Lịch nghỉ đã công bố — DVCQ_HOLIDAYS: a file of the holidays announced after this
// release (format `dvcq-holidays/1` of @dvcq/calendar), checked when the portal
// starts. A bad file stops the start: deadlines counted in working days would
// otherwise be wrong without anyone knowing.
import { readFileSync } from 'node:fs';
import { type WorkingCalendar, createWorkingCalendar, parseHolidays } from '@dvcq/calendar';

/** Lịch làm việc của cổng — the calendar, what to print about it, or why the file cannot be used. */
export type PortalCalendar = { ok: true; calendar: WorkingCalendar; notes: string[] } | { ok: false; errors: string[] };

/**
 * Nạp lịch nghỉ — the built-in calendar, plus the schedules of `file` when given.
 * @returns the working calendar and notes (warnings, the notices loaded), or every error
 */
export function loadPortalCalendar(file: string | undefined): PortalCalendar {
  if (file === undefined) return { ok: true, calendar: createWorkingCalendar(), notes: [] };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { ok: false, errors: [`DVCQ_HOLIDAYS: không đọc được tệp / cannot read the file ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'})`] };
  }
  const vi = parseHolidays(text, { lang: 'vi' });
  const en = parseHolidays(text, { lang: 'en' });
  const line = (i: number) => {
    const a = vi.issues[i]!;
    const b = en.issues[i];
    return `DVCQ_HOLIDAYS ${file} ${a.path || '/'}: [${a.code}] ${a.message}${b && b.message !== a.message ? ` / ${b.message}` : ''}`;
  };
  const all = vi.issues.map((_, i) => ({ severity: vi.issues[i]!.severity, text: line(i) }));
  if (!vi.ok) return { ok: false, errors: all.filter((x) => x.severity === 'error').map((x) => x.text) };
  const notes = all.filter((x) => x.severity !== 'error').map((x) => `⚠ ${x.text}`);
  const years = [...new Set(vi.value.schedules.map((s) => s.year))].sort();
  notes.push(
    `Lịch nghỉ đã công bố / announced holidays: ${file} — ${vi.value.schedules.length} dịp / occasions, năm / years ${years.join(', ')}; ` +
      `văn bản / notices: ${Object.values(vi.value.notices).map((n) => n.number).join(', ')}`,
  );
  return { ok: true, calendar: createWorkingCalendar({ announced: vi.value }), notes };
}
