// What a reminder says: the e-mail (Vietnamese first, English beside, with the
// deadline as an ICS attachment) and the in-portal notification.
import { type Message, type Plan, findUnit } from '@dvcq/core';
import { type ObligationInstance, type WorkingCalendar, addDays, countWorkingDays, formatDateVi, formatInstant, obligationsToIcs } from '@dvcq/calendar';
import type { ReminderStage } from './schedule';
import { planReminders } from './schedule';

/** Nội dung nhắc — the texts of one reminder. */
export interface ReminderContent {
  /** Tiêu đề thư — e-mail subject, Vietnamese then English. */
  subject: string;
  /** Thân thư dạng chữ — the plain-text body: the Vietnamese part, then the English one. */
  text: string;
  /** The same as HTML (escaped; no remote content). */
  html: string;
  /** Tệp lịch — the deadline as iCalendar (RFC 5545). */
  ics: { filename: string; content: string };
  /** Thông báo trong cổng — title and body in both languages. */
  notification: { title: Message; body: Message };
  /** Đường dẫn tới biểu mẫu — relative to the portal. */
  link: string;
  /** Ngày làm việc còn lại — working days after today up to the last day to submit; 0 on it and after. */
  workingDaysLeft: number;
  /** Ngày làm việc đã quá hạn, for the after-deadline reminder. */
  workingDaysLate: number;
}

/** Tùy chọn nội dung nhắc — input of {@link reminderContent}. */
export interface ReminderContentInput {
  plan: Plan;
  instance: ObligationInstance;
  stage: ReminderStage;
  unitId: string;
  /** When it is sent. */
  at: Date;
  /** The portal's public address (`https://bao-cao.example.gov.vn`), for the form link. */
  baseUrl: string;
  calendar: WorkingCalendar;
}

const _escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const _name = (plan: Plan, id: string | undefined, lang: 'vi' | 'en') => {
  if (id === undefined) return undefined;
  const u = findUnit(plan, id);
  return u ? (lang === 'en' ? u.name.en || u.name.vi : u.name.vi) : id;
};

/** @internal The period named unless the title already says it ("Báo cáo 6 tháng năm 2021"). */
function _reportName(instance: ObligationInstance, lang: 'vi' | 'en'): string {
  const title = (lang === 'en' ? instance.title.en : instance.title.vi) || instance.title.vi;
  const label = (lang === 'en' ? instance.label.en : instance.label.vi) || instance.label.vi;
  return title.toLocaleLowerCase(lang).includes(label.toLocaleLowerCase(lang)) ? title : `${title} — ${label}`;
}

/**
 * Nội dung thư nhắc — the reminder of one unit for one instance at one stage:
 * which report, its deadline as the plan words it and its last moment
 * ("trước ngày 20/6/2026 — hạn cuối 23:59 ngày 19/06/2026"), the working days
 * left (or late), where to submit, and the deadline as an ICS file.
 * @param input - plan, instance, stage, unit, time, portal address, calendar
 * @returns subject, bodies, ICS, notification
 */
export function reminderContent(input: ReminderContentInput): ReminderContent {
  const { plan, instance, stage, unitId, at, calendar } = input;
  const d = instance.deadline;
  const today = formatInstant(at).slice(0, 10);
  // Working days after today up to the last day — the count the calendar's ICS alarms use
  // ("còn N ngày làm việc đến hạn cuối"), so the 5-day reminder says 5.
  const left = today < d.lastDay ? countWorkingDays(addDays(today, 1), d.lastDay, { calendar }) : 0;
  const late = today > d.lastDay ? countWorkingDays(addDays(d.lastDay, 1), today, { calendar }) : 0;
  const after = stage.stage === 'after' || at.getTime() >= d.epochMs;
  const link = `/form?period=${encodeURIComponent(instance.key)}`;
  const url = `${input.baseUrl.replace(/\/+$/, '')}${link}`;
  const ob = plan.obligations.find((o) => o.id === instance.obligationId);
  const unitVi = _name(plan, unitId, 'vi')!;
  const unitEn = _name(plan, unitId, 'en')!;
  const toVi = _name(plan, ob?.recipient, 'vi');
  const toEn = _name(plan, ob?.recipient, 'en');
  const viaVi = _name(plan, ob?.via, 'vi');
  const viaEn = _name(plan, ob?.via, 'en');
  const reportVi = _reportName(instance, 'vi');
  const reportEn = _reportName(instance, 'en');
  const planText = d.text ?? '';
  const deadlineVi = `${planText ? `${planText} — ` : ''}hạn cuối 23:59 ngày ${formatDateVi(d.lastDay)}`;
  const deadlineEn = `${planText ? `"${planText}" — ` : ''}last moment 23:59 on ${d.lastDay} (Việt Nam time)`;

  const stateVi = after
    ? `Đã quá hạn ${late} ngày làm việc; đơn vị vẫn nộp được, báo cáo sẽ được ghi là nộp trễ hạn.`
    : today === d.lastDay
      ? 'Hôm nay là ngày cuối được nộp.'
      : `Còn ${left} ngày làm việc đến hạn cuối (không kể hôm nay).`;
  const stateEn = after
    ? `${late} working day(s) past the deadline; the unit can still submit, the report will be marked late.`
    : today === d.lastDay
      ? 'Today is the last day to submit.'
      : `${left} working day(s) left before the last day (today not counted).`;
  const subjectVi = after ? `[Quá hạn] ${reportVi}` : today === d.lastDay ? `[Nhắc hạn] ${reportVi} — hôm nay là ngày cuối` : `[Nhắc hạn] ${reportVi} — còn ${left} ngày làm việc`;
  const subjectEn = after ? `[Overdue] ${reportEn}` : today === d.lastDay ? `[Reminder] ${reportEn} — today is the last day` : `[Reminder] ${reportEn} — ${left} working day(s) left`;

  const vi = [
    `Kính gửi: ${unitVi}`,
    '',
    after ? `Đơn vị chưa nộp báo cáo sau đây và đã quá hạn:` : `Đơn vị chưa nộp báo cáo sau đây:`,
    `  Báo cáo: ${reportVi}`,
    `  Hạn nộp: ${deadlineVi}`,
    `  ${stateVi}`,
    ...(toVi ? [`  Gửi: ${toVi}${viaVi ? ` (qua ${viaVi})` : ''}`] : []),
    '',
    `Nộp báo cáo tại: ${url}`,
    `Tệp lịch đính kèm (.ics) ghi hạn nộp để thêm vào lịch của đơn vị.`,
    '',
    `Thư gửi tự động từ cổng báo cáo công tác dân vận chính quyền; khi đơn vị đã nộp, cổng không gửi thêm thư nhắc cho kỳ này.`,
  ];
  const en = [
    `To: ${unitEn}`,
    '',
    after ? `Your unit has not submitted the following report and it is overdue:` : `Your unit has not submitted the following report yet:`,
    `  Report: ${reportEn}`,
    `  Deadline: ${deadlineEn}`,
    `  ${stateEn}`,
    ...(toEn ? [`  Addressed to: ${toEn}${viaEn ? ` (through ${viaEn})` : ''}`] : []),
    '',
    `Submit at: ${url}`,
    `The attached calendar file (.ics) holds the deadline for your calendar.`,
    '',
    `Sent automatically by the government mass-mobilization reporting portal; once your unit has submitted, no more reminders are sent for this period.`,
  ];
  const text = `${vi.join('\n')}\n\n— English —\n\n${en.join('\n')}\n`;
  const para = (lines: string[]) =>
    lines
      .map((l) => (l === '' ? '' : `<p style="margin:0 0 4px">${_escape(l).replace(_escape(url), `<a href="${_escape(url)}">${_escape(url)}</a>`)}</p>`))
      .join('\n');
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${_escape(`${subjectVi} / ${subjectEn}`)}</title></head><body>
<div lang="vi">
${para(vi)}
</div>
<hr>
<div lang="en">
${para(en)}
</div>
</body></html>
`;

  // The deadline as an event (one obligation's instances for this unit; alarms on the plan's reminder days).
  const one: Plan = { ...plan, obligations: ob ? [ob] : [] };
  const ics = obligationsToIcs(one, { unitId, calendar, reminders: planReminders(plan).beforeWorkingDays, lang: 'vi', generatedAt: at });

  return {
    subject: `${subjectVi} / ${subjectEn}`,
    text,
    html,
    ics: { filename: `han-nop-${instance.key.replace(/[^A-Za-z0-9-]+/g, '-')}.ics`, content: ics },
    notification: {
      title: { vi: subjectVi, en: subjectEn },
      body: { vi: `${reportVi}. Hạn nộp: ${deadlineVi}. ${stateVi}`, en: `${reportEn}. Deadline: ${deadlineEn}. ${stateEn}` },
    },
    link,
    workingDaysLeft: after ? 0 : left,
    workingDaysLate: late,
  };
}
