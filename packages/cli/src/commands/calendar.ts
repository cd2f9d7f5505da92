import type { Command } from 'commander';
import {
  countWorkingDays,
  HOLIDAY_YEAR_RANGE,
  type HolidayBasis,
  type HolidayKind,
  type HolidaySource,
  obligationCalendar,
  obligationsToIcs,
  parseDate,
  parseInstant,
  STATUS_LABELS,
  type DataWindowInfo,
} from '@dvcq/calendar';
import { type Lang, type Plan, findUnit } from '@dvcq/core';
import { CliUsageError, type CliIo, EXIT, t, writeJson } from '../io/io';
import { HOLIDAYS_OPTION, workingCalendar } from '../io/holidays';
import type { CommandContext } from '../run';

interface CalendarFlags {
  lang: Lang;
  json: boolean;
  at?: string;
  unit?: string;
  submittedAt?: string;
  ics?: boolean;
  holidays?: string;
}

/** Working days are known for the years of the holiday tables only: say so instead of failing later. */
function inRange(flag: string, isoDate: string): void {
  const year = Number(isoDate.slice(0, 4));
  const { from, to } = HOLIDAY_YEAR_RANGE;
  if (year < from || year > to)
    throw new CliUsageError(
      `${flag}: năm ${year} nằm ngoài khoảng ${from}–${to} mà lịch làm việc tính được.`,
      `${flag}: year ${year} is outside ${from}–${to}, the years the working calendar covers.`,
    );
}

function instant(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const r = parseInstant(value);
  if (!r.ok) throw new CliUsageError(`${flag}: ${r.message.vi}`, `${flag}: ${r.message.en}`);
  inRange(flag, r.iso);
  return r.iso;
}

function date(name: string, value: string): string {
  const r = parseDate(value);
  if (!r.ok) throw new CliUsageError(`${name}: ${r.message.vi}`, `${name}: ${r.message.en}`);
  inRange(name, r.date);
  return r.date;
}

/**
 * `dvcq calendar` — every instance of every obligation (each month / quarter owed) with
 * deadline, reading, data window and status (exit 1 when a report given with `--submitted-at`
 * is late); `calendar holidays YEAR` (each day with its notice); `calendar workdays FROM TO`
 * (both ends inclusive). Every one takes `--holidays FILE`.
 */
export function registerCalendar(program: Command, ctx: CommandContext): void {
  const cal = program
    .command('calendar')
    .description('lịch báo cáo: các kỳ báo cáo, hạn nộp, cách hiểu hạn, tình trạng / report instances, deadlines, status')
    .option('--at <iso>', 'thời điểm xét (mặc định: bây giờ) / instant to evaluate at (default: now)')
    .option('--unit <id>', 'chỉ các báo cáo đơn vị này phải nộp / only what this unit owes')
    .option('--submitted-at <iso>', 'thời điểm đã nộp / when the report was submitted')
    .option('--ics', 'xuất iCalendar (RFC 5545) / print iCalendar (RFC 5545)', false)
    .option(...HOLIDAYS_OPTION)
    .action((_o, cmd: Command) => ctx.exit(coded(() => calendarList(ctx.plan(cmd), ctx.options(cmd) as unknown as CalendarFlags, ctx.io))));
  cal
    .command('holidays')
    .argument('<year>', 'năm / year')
    .description('ngày nghỉ lễ, nghỉ bù, nghỉ hoán đổi, ngày làm bù của một năm, kèm văn bản căn cứ / holidays, days in lieu, swapped days, with their notices')
    .option(...HOLIDAYS_OPTION)
    .action((year: string, _o, cmd: Command) => ctx.exit(holidays(year, ctx.options(cmd) as unknown as CalendarFlags, ctx.io)));
  cal
    .command('workdays')
    .argument('<from>', 'từ ngày YYYY-MM-DD / from date')
    .argument('<to>', 'đến ngày YYYY-MM-DD (tính cả hai đầu) / to date (both ends inclusive)')
    .description('số ngày làm việc giữa hai ngày / working days between two dates')
    .option(...HOLIDAYS_OPTION)
    .action((from: string, to: string, _o, cmd: Command) => ctx.exit(workdays(from, to, ctx.options(cmd) as unknown as CalendarFlags, ctx.io)));
}

/**
 * A plan the calendar cannot compute (an obligation outside 2008–2199, where holidays are not
 * known) is a usage problem with that plan: exit 2 with the calendar's coded message, no stack.
 */
function coded(run: () => number): number {
  try {
    return run();
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (e instanceof RangeError && typeof code === 'string' && code.startsWith('calendar.'))
      throw new CliUsageError(`Không tính được lịch báo cáo của kế hoạch này: ${e.message}`, `Cannot compute this plan's calendar: ${e.message}`);
    throw e;
  }
}

function windowJson(w: DataWindowInfo, lang: Lang) {
  return w.stated ? { stated: true as const, ...(w.preset ? { preset: w.preset } : {}), from: w.from, to: w.to } : { stated: false as const, message: w.message[lang] };
}

function calendarList(plan: Plan, o: CalendarFlags, io: CliIo): number {
  const at = instant('--at', o.at) ?? new Date();
  const submittedAt = instant('--submitted-at', o.submittedAt);
  if (o.unit !== undefined && !findUnit(plan, o.unit))
    throw new CliUsageError(
      `Không có đơn vị "${o.unit}" trong kế hoạch ${plan.id}. Xem mã đơn vị bằng: dvcq plan --json`,
      `No unit "${o.unit}" in plan ${plan.id}. List unit ids with: dvcq plan --json`,
    );
  const calendar = workingCalendar(o, io);
  if (o.ics) {
    io.stdout(
      obligationsToIcs(plan, {
        lang: o.lang,
        at,
        calendar,
        ...(o.unit !== undefined ? { unitId: o.unit } : {}),
        ...(o.at !== undefined ? { generatedAt: at } : {}),
      }),
    );
    return EXIT.ok;
  }
  const cal = obligationCalendar(plan, {
    at,
    calendar,
    ...(o.unit !== undefined ? { unitId: o.unit } : {}),
    ...(submittedAt !== undefined ? { submittedAt } : {}),
  });
  const L = o.lang;
  // The first seven keys are the wave-1 contract (kept as they were); the others came with instances.
  const rows = cal.obligations.map((r) => ({
    id: r.id,
    title: r.title[L],
    deadline: r.deadline,
    lastDay: r.lastDay,
    semantics: r.semantics,
    status: r.status,
    workingDaysLeft: r.workingDaysLeft,
    key: r.key,
    label: r.label[L],
    period: r.period,
    year: r.year,
    ...(r.index !== undefined ? { index: r.index } : {}),
    date: r.date,
    reading: r.reading[L],
    ...(r.rule ? { rule: r.rule[L] } : {}),
    ...(r.text !== undefined ? { text: r.text } : {}),
    window: windowJson(r.window, L),
    opensAt: r.opensAt,
  }));
  const code = rows.some((r) => r.status === 'late') ? EXIT.invalid : EXIT.ok;
  if (o.json) {
    writeJson(io, { obligations: rows });
    return code;
  }
  const out = [t(L, `Lịch báo cáo — kế hoạch ${plan.id}, tại thời điểm ${cal.at}`, `Reporting calendar — plan ${plan.id}, at ${cal.at}`)];
  if (o.unit) out.push(`${t(L, 'Đơn vị', 'Unit')}: ${findUnit(plan, o.unit)!.name[L]}`);
  if (rows.length === 0) out.push(t(L, 'Không có báo cáo nào phải nộp.', 'No reports owed.'));
  for (const r of rows) {
    out.push('');
    out.push(r.index !== undefined ? `${r.title} — ${r.label} (${r.key})` : `${r.title} (${r.id})`);
    if (r.text !== undefined) out.push(`  ${t(L, 'Kế hoạch ghi', 'The plan says')}: “${r.text}”`);
    if (r.rule) out.push(`  ${t(L, 'Cách tính hạn', 'How the date follows')}: ${r.rule}`);
    out.push(
      `  ${t(L, 'Cách hiểu', 'Reading')}: ${
        r.semantics === 'before'
          ? t(L, 'trước ngày — ngày cuối được nộp là', '"before" — last allowed day is')
          : t(L, 'tính cả ngày — ngày cuối được nộp là', 'inclusive — last allowed day is')
      } ${r.lastDay}; ${t(L, 'trễ hạn từ', 'late from')} ${r.deadline}`,
    );
    out.push(`  ${t(L, 'Kỳ số liệu', 'Data window')}: ${r.window.stated ? `${r.window.from} – ${r.window.to}` : r.window.message}`);
    const left = r.status === 'open' || r.status === 'upcoming' ? `; ${t(L, `còn ${r.workingDaysLeft} ngày làm việc`, `${r.workingDaysLeft} working days left`)}` : '';
    out.push(`  ${t(L, 'Tình trạng', 'Status')}: ${STATUS_LABELS[r.status][L]}${left}`);
  }
  io.stdout(out.join('\n') + '\n');
  return code;
}

function noticeJson(n: HolidayBasis, lang: Lang) {
  return {
    citation: n.citation[lang],
    ...(n.number !== undefined ? { number: n.number } : {}),
    ...(n.date !== undefined ? { date: n.date } : {}),
    issuer: n.issuer[lang],
    ...(n.provision !== undefined ? { provision: n.provision[lang] } : {}),
    ...(n.url !== undefined ? { url: n.url } : {}),
  };
}

function holidays(yearText: string, o: CalendarFlags, io: CliIo): number {
  const year = Number(yearText);
  const { from: min, to: max } = HOLIDAY_YEAR_RANGE;
  if (!/^\d{4}$/.test(yearText) || year < min || year > max)
    throw new CliUsageError(`Năm không hợp lệ: "${yearText}" (từ ${min} đến ${max}).`, `Invalid year: "${yearText}" (${min}–${max}).`);
  const L = o.lang;
  const h = workingCalendar(o, io).holidaysOf(year);
  // The first four keys of a day are the wave-1 contract; `occasion` and `notice` came with F6.
  const days = h.days.map((d) => ({ date: d.date, name: d.name[L], kind: d.kind, source: d.source, occasion: d.occasion, notice: noticeJson(d.notice, L) }));
  if (o.json) {
    writeJson(io, { year, days, announcements: h.announcements.map((a) => ({ occasion: a.occasion, notice: noticeJson(a.notice, L) })) });
    return EXIT.ok;
  }
  const kind: Record<HolidayKind, string> = {
    holiday: t(L, 'nghỉ lễ', 'holiday'),
    'in-lieu': t(L, 'nghỉ bù', 'in lieu'),
    'swapped-off': t(L, 'hoán đổi', 'swapped'),
    'working-day': t(L, 'làm bù', 'working day'),
  };
  const source: Record<HolidaySource, string> = { announced: '', law: t(L, ' (theo luật)', ' (by law)'), estimated: t(L, ' (ước tính)', ' (estimated)') };
  const out = [t(L, `Ngày nghỉ lễ năm ${year} (cán bộ, công chức, viên chức)`, `Public holidays ${year} (public servants)`)];
  for (const d of h.days) out.push(`  ${d.date}  ${kind[d.kind].padEnd(11)} ${d.name[L]}${source[d.source]}`);
  out.push(t(L, 'Căn cứ:', 'Sources:'));
  const seen = new Set<string>();
  for (const d of h.days) {
    const line = `${d.notice.citation[L]}${d.notice.provision ? `, ${d.notice.provision[L]}` : ''}`;
    if (seen.has(line)) continue;
    seen.add(line);
    out.push(`  - ${line}`);
  }
  io.stdout(out.join('\n') + '\n');
  return EXIT.ok;
}

function workdays(fromText: string, toText: string, o: CalendarFlags, io: CliIo): number {
  const from = date('FROM', fromText);
  const to = date('TO', toText);
  if (to < from) throw new CliUsageError(`TO (${to}) trước FROM (${from}).`, `TO (${to}) is before FROM (${from}).`);
  const workingDays = countWorkingDays(from, to, { calendar: workingCalendar(o, io) });
  if (o.json) writeJson(io, { from, to, workingDays });
  else io.stdout(t(o.lang, `${workingDays} ngày làm việc từ ${from} đến ${to} (tính cả hai ngày).\n`, `${workingDays} working days from ${from} to ${to} (both inclusive).\n`));
  return EXIT.ok;
}
