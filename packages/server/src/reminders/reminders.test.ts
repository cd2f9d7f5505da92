// Reminders against an SMTP server in the test process and fixed clocks: who gets
// what, when, once — with two processes on one database, on every test database.
import { hoaBinh2021Plan as plan } from '@dvcq/plan-hoa-binh-2021';
import { createWorkingCalendar, formatInstant } from '@dvcq/calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleReport } from '../example/example-report';
import { mustOpen, setupTestDatabases } from '../store/testing/databases';
import { type SmtpCapture, startSmtpCapture } from '../store/testing/smtp';
import type { Store } from '../store/types';
import { demoEmail, normalizeEmail } from './contacts';
import { type Mailer, createSmtpMailer } from './mailer';
import { reminderContent } from './message';
import { runReminders } from './run';
import { dueStages, reminderStages, planReminders } from './schedule';

const dbs = setupTestDatabases();
const calendar = createWorkingCalendar();
const BASE = 'https://bao-cao.example.invalid';
const FROM = '"Cổng báo cáo DVCQ" <bao-cao@example.invalid>';
const at = (iso: string) => () => new Date(iso);
const owing = dueStages(plan, new Date('2021-05-12T08:00:00+07:00'), { calendar })[0]!.owedBy;

async function submit(store: Store, unitId: string, receivedAt: string) {
  const report = exampleReport(plan, unitId, { period: 'semiannual', year: 2021, number: 5, date: receivedAt.slice(0, 10) });
  const r = await store.reports.insert({
    id: `r-${unitId}`,
    planId: plan.id,
    unitId,
    period: 'semiannual',
    year: 2021,
    documentNumber: String((report.document as { number: string }).number),
    receivedAt,
    warnings: [],
    report,
  });
  expect(r.ok).toBe(true);
}

describe('reminder days', () => {
  it('5 and 1 working days before the last day, and the first working day after (defaults)', () => {
    const inst = dueStages(plan, new Date('2021-05-12T08:00:00+07:00'), { calendar })[0]!.instance;
    expect(inst.deadline.lastDay).toBe('2021-05-19');
    expect(reminderStages(inst, planReminders(plan), calendar)).toEqual([
      { stage: 'before-5', date: '2021-05-12', workingDaysBefore: 5 },
      { stage: 'before-1', date: '2021-05-18', workingDaysBefore: 1 },
      { stage: 'after', date: '2021-05-20' },
    ]);
    expect(reminderStages(inst, planReminders({ reminders: { beforeWorkingDays: [0, 3, 3], afterDeadline: false } }), calendar).map((s) => [s.stage, s.date])).toEqual([
      ['before-3', '2021-05-14'],
      ['before-0', '2021-05-19'],
    ]);
    // Before the first day nothing is due; a stage stays due until the next one; after the catch-up window nothing.
    const stageOn = (iso: string) => dueStages(plan, new Date(iso), { calendar }).find((d) => d.instance.key === inst.key)?.stage.stage;
    expect(stageOn('2021-05-11T23:59:00+07:00')).toBeUndefined();
    expect(stageOn('2021-05-12T00:00:00+07:00')).toBe('before-5');
    expect(stageOn('2021-05-17T10:00:00+07:00')).toBe('before-5');
    expect(stageOn('2021-05-19T23:00:00+07:00')).toBe('before-1');
    expect(stageOn('2021-05-20T07:00:00+07:00')).toBe('after');
    expect(stageOn('2021-05-27T07:00:00+07:00')).toBe('after');
    expect(stageOn('2021-05-28T07:00:00+07:00')).toBeUndefined();
  });

  it('the e-mail says the report, the deadline with its reading, the working days left and the link, Vietnamese first', () => {
    const d = dueStages(plan, new Date('2021-05-12T08:00:00+07:00'), { calendar })[0]!;
    const c = reminderContent({ plan, instance: d.instance, stage: d.stage, unitId: 'so-y-te', at: new Date('2021-05-12T08:00:00+07:00'), baseUrl: BASE, calendar });
    expect(c.subject).toBe(
      '[Nhắc hạn] Báo cáo 6 tháng năm 2021 kết quả thực hiện công tác dân vận chính quyền — còn 5 ngày làm việc / [Reminder] 6-month report for 2021 on government mass-mobilization work — Six months of 2021 — 5 working day(s) left',
    );
    const [vi, en] = c.text.split('\n\n— English —\n\n');
    expect(vi).toBe(
      [
        'Kính gửi: Sở Y tế tỉnh Hòa Bình',
        '',
        'Đơn vị chưa nộp báo cáo sau đây:',
        '  Báo cáo: Báo cáo 6 tháng năm 2021 kết quả thực hiện công tác dân vận chính quyền',
        '  Hạn nộp: trước ngày 20/5/2021 — hạn cuối 23:59 ngày 19/05/2021',
        '  Còn 5 ngày làm việc đến hạn cuối (không kể hôm nay).',
        '  Gửi: Ủy ban nhân dân tỉnh Hòa Bình (qua Sở Nội vụ tỉnh Hòa Bình)',
        '',
        `Nộp báo cáo tại: ${BASE}/form?period=bc-6-thang-2021%402021`,
        'Tệp lịch đính kèm (.ics) ghi hạn nộp để thêm vào lịch của đơn vị.',
        '',
        'Thư gửi tự động từ cổng báo cáo công tác dân vận chính quyền; khi đơn vị đã nộp, cổng không gửi thêm thư nhắc cho kỳ này.',
      ].join('\n'),
    );
    expect(en).toContain('  Deadline: "trước ngày 20/5/2021" — last moment 23:59 on 2021-05-19 (Việt Nam time)');
    expect(c.ics.content).toContain('DTSTART;VALUE=DATE:20210519');
    expect(c.ics.content).toContain('X-DVCQ-INSTANCE:bc-6-thang-2021@2021');
    expect(c.html).toContain(`<a href="${BASE}/form?period=bc-6-thang-2021%402021">`);
    const last = reminderContent({ plan, instance: d.instance, stage: { stage: 'before-0', date: '2021-05-19' }, unitId: 'so-y-te', at: new Date('2021-05-19T08:00:00+07:00'), baseUrl: BASE, calendar });
    expect(last.text).toContain('  Hôm nay là ngày cuối được nộp.');
    const late = reminderContent({ plan, instance: d.instance, stage: { stage: 'after', date: '2021-05-20' }, unitId: 'so-y-te', at: new Date('2021-05-20T08:00:00+07:00'), baseUrl: BASE, calendar });
    expect(late.subject.startsWith('[Quá hạn] Báo cáo 6 tháng năm 2021')).toBe(true);
    expect(late.text).toContain('  Đã quá hạn 1 ngày làm việc; đơn vị vẫn nộp được, báo cáo sẽ được ghi là nộp trễ hạn.');
  });

  it('addresses are checked and demo addresses sit on the reserved example.invalid domain', () => {
    expect(normalizeEmail('  Van.Thu@SoYTe.HoaBinh.GOV.vn ')).toEqual({ ok: true, value: 'Van.Thu@soyte.hoabinh.gov.vn', issues: [] });
    for (const bad of ['', 'a', 'a@b', 'a b@c.vn', 'a@b..vn', 'x@y.vn\r\nBcc: z@w.vn', '<a@b.vn>']) expect(normalizeEmail(bad).ok, bad).toBe(false);
    expect(normalizeEmail('a@b', { lang: 'en' }).issues[0]!.message).toBe('Not an e-mail address: "a@b".');
    expect(demoEmail('so-y-te')).toBe('van-thu.so-y-te@example.invalid');
  });
});

describe.each(dbs.names)('reminders on %s', (name) => {
  let smtp: SmtpCapture;
  let mailer: Mailer;
  beforeAll(async () => {
    smtp = await startSmtpCapture();
    mailer = (await createSmtpMailer(smtp.url)).value!;
  });
  afterAll(async () => {
    await mailer?.close?.();
    await smtp?.close();
  });

  it('who gets what, when, once — two portal processes on one database, restarts, a unit without an address', async () => {
    smtp.mails.length = 0;
    const url = dbs.get(name).freshUrl();
    const a = await mustOpen(url);
    const b = await mustOpen(url); // a second portal process
    const noAddress = owing[owing.length - 1]!;
    for (const u of owing) if (u !== noAddress) await a.contacts.set(u, [{ email: demoEmail(u) }], '2021-05-01T08:00:00+07:00');
    await submit(a, 'so-y-te', '2021-05-10T09:00:00+07:00');
    await submit(a, 'ubnd-huyen-da-bac', '2021-05-11T15:00:00+07:00');
    const run = (store: Store, iso: string) => runReminders({ store, plan, baseUrl: BASE, mailer, from: FROM, now: at(iso), calendar });

    // The day before the first reminder day: nothing.
    expect(await run(a, '2021-05-11T08:00:00+07:00')).toMatchObject({ notified: 0, queued: 0, sent: 0 });
    expect(smtp.mails).toHaveLength(0);

    // 5 working days before: both processes run at the same time.
    const [x, y] = await Promise.all([run(a, '2021-05-12T08:00:00+07:00'), run(b, '2021-05-12T08:00:00+07:00')]);
    const waiting = owing.length - 2;
    expect(x.notified + y.notified).toBe(waiting);
    expect(x.sent + y.sent).toBe(waiting - 1);
    expect(x.retrying + y.retrying).toBe(1);
    expect(smtp.mails).toHaveLength(waiting - 1);
    const firstTo = smtp.mails.flatMap((m) => m.to).sort();
    expect(firstTo).toEqual(owing.filter((u) => !['so-y-te', 'ubnd-huyen-da-bac', noAddress].includes(u)).map(demoEmail).sort());
    const one = smtp.mails.find((m) => m.to[0] === demoEmail('so-xay-dung'))!.mail;
    expect(one.subject).toMatch(/^\[Nhắc hạn\] Báo cáo 6 tháng năm 2021 .* — còn 5 ngày làm việc \/ \[Reminder\]/);
    expect(one.text).toContain('Kính gửi: Sở Xây dựng tỉnh Hòa Bình');
    expect(one.text).toContain('Hạn nộp: trước ngày 20/5/2021 — hạn cuối 23:59 ngày 19/05/2021');
    expect(one.from?.value[0]).toMatchObject({ name: 'Cổng báo cáo DVCQ', address: 'bao-cao@example.invalid' });
    expect(one.headers.get('auto-submitted')).toBe('auto-generated');
    expect(one.attachments.map((f) => [f.filename, f.contentType])).toEqual([['han-nop-bc-6-thang-2021-2021.ics', 'text/calendar']]);
    expect(one.attachments[0]!.content.toString('utf8')).toContain('DTSTART;VALUE=DATE:20210519');

    // In the portal: one notice per unit, the one without an address included; none for units that submitted.
    expect(await a.notifications.list({ unitId: noAddress })).toHaveLength(1);
    expect((await a.notifications.list({ unitId: 'so-xay-dung' }))[0]).toMatchObject({ kind: 'reminder', link: '/form?period=bc-6-thang-2021%402021', data: { stage: 'before-5', workingDaysLeft: 5 } });
    expect(await a.notifications.list({ unitId: 'so-y-te' })).toEqual([]);
    // Not silently dropped: the failure is on record, with why.
    expect(await a.reminders.list({ status: ['retrying', 'failed'] })).toEqual([expect.objectContaining({ unitId: noAddress, status: 'retrying', lastError: expect.stringContaining('chưa có địa chỉ thư') })]);

    // Restarted portal (a new store on the same database), same day and the day after: nothing twice.
    const c = await mustOpen(url);
    expect(await run(c, '2021-05-12T14:00:00+07:00')).toMatchObject({ notified: 0, queued: 0, sent: 0 });
    // The administrator adds the missing address: the next attempt goes out.
    await c.contacts.set(noAddress, [{ email: demoEmail(noAddress) }], '2021-05-12T15:00:00+07:00');
    expect(await run(c, '2021-05-13T08:00:00+07:00')).toMatchObject({ notified: 0, sent: 1 });
    expect(smtp.mails).toHaveLength(waiting);

    // A unit submits before the 1-day reminder: it gets no more.
    await submit(c, 'so-xay-dung', '2021-05-17T10:00:00+07:00');
    const d1 = await run(c, '2021-05-18T08:00:00+07:00');
    expect(d1).toMatchObject({ notified: waiting - 1, sent: waiting - 1 });
    const second = smtp.mails.slice(waiting);
    expect(second.map((m) => m.to[0])).not.toContain(demoEmail('so-xay-dung'));
    expect(second[0]!.mail.subject).toMatch(/— còn 1 ngày làm việc \//);

    // The first working day after the deadline: "overdue" to those still missing.
    const after = await run(b, '2021-05-20T08:00:00+07:00');
    expect(after.sent).toBe(waiting - 1);
    expect(smtp.mails.slice(-1)[0]!.mail.subject).toMatch(/^\[Quá hạn\]/);
    expect(await run(a, '2021-05-20T09:00:00+07:00')).toMatchObject({ notified: 0, sent: 0 });

    // Once each: no unit got the same reminder twice.
    const ids = smtp.mails.map((m) => String(m.mail.headers.get('x-dvcq-reminder')));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(3 * (waiting - 1) + 1);
    expect((await a.reminders.list({ status: ['sent'] })).length).toBe(ids.length);
    for (const s of [a, b, c]) await s.close();
  });

  it('a failed send is retried with backoff and, past the attempts allowed, stays on record as failed', async () => {
    const url = dbs.get(name).freshUrl();
    const store = await mustOpen(url);
    for (const u of owing) await store.contacts.set(u, [{ email: demoEmail(u) }], '2021-05-01T08:00:00+07:00');
    const busy = await startSmtpCapture({ reject: (n) => n <= owing.length });
    const flaky = (await createSmtpMailer(busy.url)).value!;
    const t0 = Date.parse('2021-05-12T08:00:00+07:00');
    const run = (ms: number, retry = {}) => runReminders({ store, plan, baseUrl: BASE, mailer: flaky, from: FROM, now: () => new Date(ms), calendar, retry });
    const first = await run(t0);
    expect(first).toMatchObject({ sent: 0, retrying: owing.length });
    const rec = (await store.reminders.list({ status: ['retrying'] }))[0]!;
    expect(rec).toMatchObject({ attempts: 1, nextAttemptMs: t0 + 60_000 });
    expect(rec.lastError).toMatch(/451/);
    expect(await run(t0 + 30_000)).toMatchObject({ sent: 0, retrying: 0 }); // not yet
    expect(await run(t0 + 60_000)).toMatchObject({ sent: owing.length, retrying: 0 });
    expect(busy.mails).toHaveLength(owing.length);
    await flaky.close?.();
    await busy.close();

    // A server that refuses everything: given up after the attempts allowed, never dropped silently.
    const url2 = dbs.get(name).freshUrl();
    const s2 = await mustOpen(url2);
    await s2.contacts.set(owing[0]!, [{ email: demoEmail(owing[0]!) }], '2021-05-01T08:00:00+07:00');
    const dead = await startSmtpCapture({ reject: () => true });
    const m2 = (await createSmtpMailer(dead.url)).value!;
    const r2 = (ms: number) => runReminders({ store: s2, plan, baseUrl: BASE, mailer: m2, from: FROM, now: () => new Date(ms), calendar, retry: { maxAttempts: 3, baseDelayMs: 1000 } });
    await r2(t0);
    await r2(t0 + 1000);
    const last = await r2(t0 + 3000);
    expect(last.failed).toBeGreaterThanOrEqual(1);
    const failed = await s2.reminders.list({ status: ['failed'] });
    expect(failed.find((f) => f.unitId === owing[0])).toMatchObject({ status: 'failed', attempts: 3, lastError: expect.stringMatching(/451/) });
    expect(await r2(t0 + 3_600_000)).toMatchObject({ sent: 0, failed: 0 });
    await m2.close?.();
    await dead.close();
    await store.close();
    await s2.close();
  });

  it('a process that died while sending: its claim expires and another sends the reminder', async () => {
    const url = dbs.get(name).freshUrl();
    const store = await mustOpen(url);
    const unit = owing[0]!;
    await store.contacts.set(unit, [{ email: demoEmail(unit) }], '2021-05-01T08:00:00+07:00');
    const t0 = Date.parse('2021-05-12T08:00:00+07:00');
    // First pass with no mailer only records notices; then a worker claims one e-mail and dies.
    await runReminders({ store, plan, baseUrl: BASE, now: () => new Date(t0), calendar });
    void runReminders({ store, plan, baseUrl: BASE, mailer: { send: () => new Promise(() => undefined) }, from: FROM, now: () => new Date(t0), calendar, worker: 'dead', leaseMs: 60_000 });
    // (The units without an address pass through `sending` quickly; the one with an address hangs there.)
    const stuck = async () => (await store.reminders.list({ status: ['sending'], unitId: unit }))[0];
    for (let i = 0; i < 600 && (await stuck()) === undefined; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await stuck()).toMatchObject({ claimedBy: 'dead', attempts: 1 });
    smtp.mails.length = 0;
    // Before the claim expires nobody else sends it.
    const early = await runReminders({ store, plan, baseUrl: BASE, mailer, from: FROM, now: () => new Date(t0 + 30_000), calendar });
    expect(smtp.mails.map((m) => m.to[0])).not.toContain(demoEmail(unit));
    expect(early.sent).toBe(0);
    const later = await runReminders({ store, plan, baseUrl: BASE, mailer, from: FROM, now: () => new Date(t0 + 61_000), calendar });
    expect(later.sent).toBeGreaterThanOrEqual(1);
    expect(smtp.mails.map((m) => m.to[0])).toContain(demoEmail(unit));
    expect(formatInstant(t0)).toBe('2021-05-12T08:00:00+07:00');
    await store.close();
  });
});
