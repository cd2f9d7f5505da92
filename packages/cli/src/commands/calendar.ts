import type { Command } from 'commander';
import {
  countWorkingDays,
  holidaysOf,
  HOLIDAY_YEAR_RANGE,
  obligationCalendar,
  obligationsToIcs,
  parseDate,
  parseInstant,
  STATUS_LABELS,
} from '@dvcq/calendar';
import { type Lang, type Plan, findUnit } from '@dvcq/core';
import { CliUsageError, type CliIo, EXIT, t, writeJson } from '../io/io';
import type { CommandContext } from '../run';

interface CalendarFlags {
  lang: Lang;
  json: boolean;
  at?: string;
  unit?: string;
  submittedAt?: string;
  ics?: boolean;
}

function instant(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const r = parseInstant(value);
  if (!r.ok) throw new CliUsageError(`${flag}: ${r.message.vi}`, `${flag}: ${r.message.en}`);
  return r.iso;
}

function date(name: string, value: string): string {
  const r = parseDate(value);
  if (!r.ok) throw new CliUsageError(`${name}: ${r.message.vi}`, `${name}: ${r.message.en}`);
  return r.date;
}

/**
 * `dvcq calendar` — obligations with deadline, reading and status (exit 1 when a
 * report given with `--submitted-at` is late); `calendar holidays YEAR`;
 * `calendar workdays FROM TO` (both ends inclusive).
 */
export function registerCalendar(program: Command, ctx: CommandContext): void {
  const cal = program
    .command('calendar')
    .description('lịch báo cáo: hạn nộp, cách hiểu hạn, tình trạng / obligations, deadlines, status')
    .option('--at <iso>', 'thời điểm xét (mặc định: bây giờ) / instant to evaluate at (default: now)')
    .option('--unit <id>', 'chỉ các báo cáo đơn vị này phải nộp / only what this unit owes')
    .option('--submitted-at <iso>', 'thời điểm đã nộp / when the report was submitted')
    .option('--ics', 'xuất iCalendar (RFC 5545) / print iCalendar (RFC 5545)', false)
    .action((_o, cmd: Command) => ctx.exit(calendarList(ctx.plan(cmd), ctx.options(cmd) as unknown as CalendarFlags, ctx.io)));
  cal
    .command('holidays')
    .argument('<year>', 'năm / year')
    .description('ngày nghỉ lễ, nghỉ bù, ngày làm bù của một năm / holidays, days in lieu, swapped working days')
    .action((year: string, _o, cmd: Command) => ctx.exit(holidays(year, ctx.options(cmd), ctx.io)));
  cal
    .command('workdays')
    .argument('<from>', 'từ ngày YYYY-MM-DD / from date')
    .argument('<to>', 'đến ngày YYYY-MM-DD (tính cả hai đầu) / to date (both ends inclusive)')
    .description('số ngày làm việc giữa hai ngày / working days between two dates')
    .action((from: string, to: string, _o, cmd: Command) => ctx.exit(workdays(from, to, ctx.options(cmd), ctx.io)));
}

function calendarList(plan: Plan, o: CalendarFlags, io: CliIo): number {
  const at = instant('--at', o.at) ?? new Date();
  const submittedAt = instant('--submitted-at', o.submittedAt);
  if (o.unit !== undefined && !findUnit(plan, o.unit))
    throw new CliUsageError(
      `Không có đơn vị "${o.unit}" trong kế hoạch ${plan.id}. Xem mã đơn vị bằng: dvcq plan --json`,
      `No unit "${o.unit}" in plan ${plan.id}. List unit ids with: dvcq plan --json`,
    );
  if (o.ics) {
    io.stdout(
      obligationsToIcs(plan, {
        lang: o.lang,
        at,
        ...(o.unit !== undefined ? { unitId: o.unit } : {}),
        ...(o.at !== undefined ? { generatedAt: at } : {}),
      }),
    );
    return EXIT.ok;
  }
  const cal = obligationCalendar(plan, {
    at,
    ...(o.unit !== undefined ? { unitId: o.unit } : {}),
    ...(submittedAt !== undefined ? { submittedAt } : {}),
  });
  const rows = cal.obligations.map((r) => ({
    id: r.id,
    title: r.title[o.lang],
    deadline: r.deadline,
    lastDay: r.lastDay,
    semantics: r.semantics,
    status: r.status,
    workingDaysLeft: r.workingDaysLeft,
  }));
  const code = rows.some((r) => r.status === 'late') ? EXIT.invalid : EXIT.ok;
  if (o.json) {
    writeJson(io, { obligations: rows });
    return code;
  }
  const L = o.lang;
  const out = [t(L, `Lịch báo cáo — kế hoạch ${plan.id}, tại thời điểm ${cal.at}`, `Reporting calendar — plan ${plan.id}, at ${cal.at}`)];
  if (o.unit) out.push(`${t(L, 'Đơn vị', 'Unit')}: ${findUnit(plan, o.unit)!.name[L]}`);
  if (rows.length === 0) out.push(t(L, 'Không có báo cáo nào phải nộp.', 'No reports owed.'));
  for (const r of rows) {
    const ob = plan.obligations.find((x) => x.id === r.id)!;
    out.push('');
    out.push(`${r.title} (${r.id})`);
    out.push(`  ${t(L, 'Kế hoạch ghi', 'The plan says')}: “${ob.deadline.text}”`);
    out.push(
      `  ${t(L, 'Cách hiểu', 'Reading')}: ${
        r.semantics === 'before'
          ? t(L, 'trước ngày — ngày cuối được nộp là', '"before" — last allowed day is')
          : t(L, 'tính cả ngày — ngày cuối được nộp là', 'inclusive — last allowed day is')
      } ${r.lastDay}; ${t(L, 'trễ hạn từ', 'late from')} ${r.deadline}`,
    );
    out.push(`  ${t(L, 'Tình trạng', 'Status')}: ${STATUS_LABELS[r.status][L]}; ${t(L, 'còn', '')} ${r.workingDaysLeft} ${t(L, 'ngày làm việc', 'working days left')}`);
  }
  io.stdout(out.join('\n') + '\n');
  return code;
}

function holidays(yearText: string, o: { lang: Lang; json: boolean }, io: CliIo): number {
  const year = Number(yearText);
  const { from: min, to: max } = HOLIDAY_YEAR_RANGE;
  if (!/^\d{4}$/.test(yearText) || year < min || year > max)
    throw new CliUsageError(`Năm không hợp lệ: "${yearText}" (từ ${min} đến ${max}).`, `Invalid year: "${yearText}" (${min}–${max}).`);
  const h = holidaysOf(year);
  const days = h.days.map((d) => ({ date: d.date, name: d.name[o.lang], kind: d.kind, source: d.source }));
  if (o.json) {
    writeJson(io, { year, days });
    return EXIT.ok;
  }
  const L = o.lang;
  const kind = { holiday: t(L, 'nghỉ lễ', 'holiday'), 'in-lieu': t(L, 'nghỉ bù', 'in lieu'), 'working-day': t(L, 'làm bù', 'working day') };
  const out = [t(L, `Ngày nghỉ lễ năm ${year}`, `Public holidays ${year}`)];
  for (const d of days) out.push(`  ${d.date}  ${kind[d.kind].padEnd(10)} ${d.name}${d.source === 'estimated' ? t(L, ' (ước tính)', ' (estimated)') : ''}`);
  for (const doc of new Set(h.announcements.map((a) => a.document[L]))) out.push(`  ${t(L, 'Nguồn', 'Source')}: ${doc}`);
  io.stdout(out.join('\n') + '\n');
  return EXIT.ok;
}

function workdays(fromText: string, toText: string, o: { lang: Lang; json: boolean }, io: CliIo): number {
  const from = date('FROM', fromText);
  const to = date('TO', toText);
  if (to < from) throw new CliUsageError(`TO (${to}) trước FROM (${from}).`, `TO (${to}) is before FROM (${from}).`);
  const workingDays = countWorkingDays(from, to);
  if (o.json) writeJson(io, { from, to, workingDays });
  else io.stdout(t(o.lang, `${workingDays} ngày làm việc từ ${from} đến ${to} (tính cả hai ngày).\n`, `${workingDays} working days from ${from} to ${to} (both inclusive).\n`));
  return EXIT.ok;
}
