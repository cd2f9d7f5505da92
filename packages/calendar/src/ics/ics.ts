/**
 * Xuất iCalendar — RFC 5545 export of reporting deadlines, built with ical-generator.
 *
 * Choices (and why):
 * - One all-day event per instance of each obligation (per unit when a unit is given) on
 *   the **last allowed day**. An all-day date is the Vietnamese date and shows on the same square in every
 *   client, whatever the viewer's zone; the exact first late instant is in the description
 *   and in `X-DVCQ-DEADLINE` (ISO, `+07:00`).
 * - Reminders (VALARM) are absolute UTC instants at 08:00 Việt Nam time on the working day
 *   N working days before the last allowed day (default 7 and 1), computed with the holiday
 *   table — a relative trigger cannot skip holidays.
 * - No `TZID`/VTIMEZONE on dates: ical-generator formats zoned dates with the host's local
 *   getters, which would make output depend on `TZ`; UTC instants (`…Z`) are exact
 *   everywhere. `X-WR-TIMEZONE:Asia/Ho_Chi_Minh` tells clients the calendar's home zone.
 * - UID = plan id / obligation id / unit id (`all` without a unit) [/ `2026-Q2` or `2026-M03`
 *   for a monthly or quarterly instance] @dvcq-kit: stable across exports, so re-importing
 *   updates events instead of duplicating them.
 */
import { ICalAlarmType, ICalCalendar } from 'ical-generator';
import type { LocalizedText, PlanLike } from '../_model';
import { obligationInstances, type ObligationInstance } from '../instances/instances';
import { instancesForUnit } from '../status/status';
import { _daysFromIso, _toEpochMs, _vnMidnightMs, formatDateVi, type InstantInput } from '../time/time';
import { addWorkingDays, createWorkingCalendar, type WorkingDayOptions } from '../workdays/workdays';

/** Tùy chọn xuất iCalendar — options for {@link obligationsToIcs}. */
export interface IcsOptions extends WorkingDayOptions {
  /** Only the instances this unit owes; its id goes into each UID. */
  readonly unitId?: string;
  /** Instant for unit validity (see `obligationsForUnit`); default: none (validity on the last day only). */
  readonly at?: InstantInput;
  /** Reminders, in working days before the last allowed day (default `[7, 1]`; `[]` for none). */
  readonly reminders?: readonly number[];
  /** Language of titles and descriptions (default `vi`). */
  readonly lang?: 'vi' | 'en';
  /** DTSTAMP of the events; pass it for reproducible output (default: now). */
  readonly generatedAt?: InstantInput;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * UID ổn định — the stable UID of an instance's event.
 * @param planId - the plan id
 * @param obligationId - the obligation id
 * @param unitId - the unit id, or undefined for a plan-wide event
 * @param instance - for a monthly or quarterly instance, its year and index
 * @returns e.g. `ke-hoach-2026/bc-6-thang/don-vi-a@dvcq-kit`, `ke-hoach-2026/bc-quy/all/2026-Q2@dvcq-kit`
 */
export function obligationUid(planId: string, obligationId: string, unitId?: string, instance?: Pick<ObligationInstance, 'period' | 'year' | 'index'>): string {
  const base = `${encodeURIComponent(planId)}/${encodeURIComponent(obligationId)}/${encodeURIComponent(unitId ?? 'all')}`;
  if (instance?.index === undefined) return `${base}@dvcq-kit`;
  const suffix = instance.period === 'monthly' ? `M${String(instance.index).padStart(2, '0')}` : `Q${instance.index}`;
  return `${base}/${instance.year}-${suffix}@dvcq-kit`;
}

function _nameOf(plan: PlanLike, id: string | undefined, lang: 'vi' | 'en'): string | undefined {
  if (id === undefined) return undefined;
  const u = plan.orgUnits.find((x) => x.id === id);
  return u ? u.name[lang] : id;
}

/**
 * Xuất lịch báo cáo ra iCalendar — export the instances of every obligation (or a unit's) as an
 * RFC 5545 calendar.
 * @param plan - the plan
 * @param options - `unitId`, `reminders`, `lang`, `generatedAt`, `calendar`, `at`
 * @returns the `.ics` text (CRLF line endings, folded)
 */
export function obligationsToIcs(plan: PlanLike, options?: IcsOptions): string {
  const lang = options?.lang ?? 'vi';
  const calendar = options?.calendar ?? createWorkingCalendar();
  const reminders = options?.reminders ?? [7, 1];
  const stamp = new Date(options?.generatedAt === undefined ? Date.now() : _toEpochMs(options.generatedAt));
  const instances: readonly ObligationInstance[] =
    options?.unitId === undefined
      ? plan.obligations.flatMap((ob) => obligationInstances(ob, { calendar }))
      : instancesForUnit(plan, options.unitId, options.at, { calendar });
  const unitName = _nameOf(plan, options?.unitId, lang);

  const cal = new ICalCalendar({
    prodId: { company: 'DVCQ Kit', product: '@dvcq/calendar', language: lang === 'vi' ? 'VI' : 'EN' },
    name: lang === 'vi' ? `Lịch báo cáo — ${plan.id}${unitName ? ` — ${unitName}` : ''}` : `Reporting calendar — ${plan.id}${unitName ? ` — ${unitName}` : ''}`,
  });
  cal.x('X-WR-TIMEZONE', 'Asia/Ho_Chi_Minh');

  for (const inst of instances) {
    const ob = plan.obligations.find((o) => o.id === inst.obligationId)!;
    const d = inst.deadline;
    const lastDayNum = _daysFromIso(d.lastDay);
    const title: LocalizedText =
      inst.index === undefined ? ob.title : { vi: `${ob.title.vi} — ${inst.label.vi}`, en: `${ob.title.en} — ${inst.label.en}` };
    const window = inst.window;
    const windowText = window.stated
      ? lang === 'vi'
        ? `Kỳ số liệu: ${formatDateVi(window.from)} – ${formatDateVi(window.to)}`
        : `Data window: ${window.from} – ${window.to}`
      : window.message[lang];
    const to = _nameOf(plan, ob.recipient, lang);
    const via = _nameOf(plan, ob.via, lang);
    const lines = [
      d.reading[lang],
      ...(d.rule ? [lang === 'vi' ? `Cách tính hạn: ${d.rule.vi}` : `How the date follows: ${d.rule.en}`] : []),
      ...(d.text ? [lang === 'vi' ? `Kế hoạch ghi: "${d.text}"${ob.source ? ` (mục ${ob.source})` : ''}` : `Plan text: "${d.text}"${ob.source ? ` (section ${ob.source})` : ''}`] : []),
      windowText,
      ...(to ? [lang === 'vi' ? `Gửi: ${to}${via ? ` (qua ${via})` : ''}` : `To: ${to}${via ? ` (through ${via})` : ''}`] : []),
    ];
    const event = cal.createEvent({
      id: obligationUid(plan.id, ob.id, options?.unitId, inst),
      start: new Date(lastDayNum * DAY_MS), // UTC midnight → DATE value = the Vietnamese date
      end: new Date((lastDayNum + 1) * DAY_MS),
      allDay: true,
      stamp,
      summary: lang === 'vi' ? `Hạn cuối nộp: ${title.vi}` : `Last day to submit: ${title.en}`,
      description: lines.join('\n'),
    });
    event.x([
      ['X-DVCQ-DEADLINE', d.instant],
      ['X-DVCQ-SEMANTICS', d.semantics],
      ['X-DVCQ-OBLIGATION', ob.id],
      ['X-DVCQ-INSTANCE', inst.key],
    ]);
    for (const n of reminders) {
      if (!Number.isInteger(n) || n < 0) throw new RangeError('calendar.invalid-reminder: working days must be a non-negative integer');
      const day = n === 0 ? d.lastDay : addWorkingDays(d.lastDay, -n, { calendar });
      event.createAlarm({
        type: ICalAlarmType.display,
        trigger: new Date(_vnMidnightMs(_daysFromIso(day)) + 8 * HOUR_MS),
        description:
          lang === 'vi'
            ? `Còn ${n} ngày làm việc đến hạn cuối nộp ${title.vi} (${formatDateVi(d.lastDay)})`
            : `${n} working day(s) before the last day for ${title.en} (${d.lastDay})`,
      });
    }
  }
  return cal.toString();
}
