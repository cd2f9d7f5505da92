// One pass of the reminders: who is owed a reminder now, the in-portal notice
// (always), the e-mail (when a mailer is given) — each claimed in the database
// before it is sent, so it goes out once even with several portal processes on
// one database and across restarts; failed sends are retried with backoff and
// stay visible (`store.reminders.list`) until sent or given up.
import type { Plan } from '@dvcq/core';
import { type ObligationInstance, type WorkingCalendar, createWorkingCalendar, extendInstance, formatInstant, planInstances } from '@dvcq/calendar';
import { aggregate } from '@dvcq/aggregate';
import type { ReminderRecord, Store } from '../store/types';
import { extensionsInForce } from '../review/service';
import type { Mailer } from './mailer';
import { reminderContent } from './message';
import { type DueStage, dueStages, planReminders, reminderStages, _currentStage } from './schedule';

/** Thử lại — retry policy of failed sends. */
export interface RetryPolicy {
  /** Attempts before giving up (default 8). */
  maxAttempts: number;
  /** Wait after the first failure (default 60 s); doubled after each, up to `maxDelayMs`. */
  baseDelayMs: number;
  /** Longest wait (default 6 h). */
  maxDelayMs: number;
}

/** Chính sách thử lại mặc định — 8 attempts: 1, 2, 4 … 64 minutes apart (about 2 hours in all). */
export const DEFAULT_RETRY: Readonly<RetryPolicy> = Object.freeze({ maxAttempts: 8, baseDelayMs: 60_000, maxDelayMs: 6 * 3_600_000 });

/** Tùy chọn nhắc hạn — options of {@link runReminders}. */
export interface ReminderOptions {
  store: Store;
  plan: Plan;
  /** The portal's public address, for links (`https://bao-cao.example.gov.vn`). */
  baseUrl: string;
  /** Sends e-mail; absent: in-portal notifications only. */
  mailer?: Mailer;
  /** Sender address of the e-mails (`"Cổng báo cáo" <bao-cao@…>`); required with `mailer`. */
  from?: string;
  /** Clock (default `() => new Date()`); the portal passes its `DVCQ_NOW` clock. */
  now?: () => Date;
  calendar?: WorkingCalendar;
  /** Id of this process in claims (default: a random one per pass). */
  worker?: string;
  /** How long a claim holds while sending (default 5 min); a process that dies while sending loses it then. */
  leaseMs?: number;
  retry?: Partial<RetryPolicy>;
}

/** Kết quả một lượt — what one pass did. */
export interface ReminderRunSummary {
  at: string;
  /** In-portal notifications created in this pass. */
  notified: number;
  /** E-mail reminders recorded in this pass (to be sent). */
  queued: number;
  sent: number;
  /** Attempts that failed and will be retried. */
  retrying: number;
  /** Reminders given up in this pass. */
  failed: number;
  /** Reminders no longer needed (the unit submitted meanwhile, or a later reminder took over). */
  cancelled: number;
}

/** @internal SHA-256 of a text, hex (WebCrypto: no Node module needed). */
async function _sha256(text: string): Promise<string> {
  const d = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(d, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** @internal Id of a reminder (also its dedupe key). */
export const _reminderId = (planId: string, instanceKey: string, unitId: string, stage: string) => `${planId}/${instanceKey}/${unitId}/${stage}`;

/** @internal Units that have submitted the instance (a report counted for it, on time or late). */
async function _submitted(store: Store, plan: Plan, instance: ObligationInstance, at: Date, calendar: WorkingCalendar): Promise<Set<string>> {
  const records = await store.reports.list({ planId: plan.id, period: instance.period, year: instance.year, currentOnly: false });
  const agg = aggregate(records, {
    plan,
    period: instance.period,
    year: instance.year,
    ...(instance.index !== undefined ? { periodIndex: instance.index } : {}),
    obligationId: instance.obligationId,
    now: at,
    calendar,
  });
  return new Set(agg.units.filter((u) => u.submittedAt !== undefined).map((u) => u.unitId));
}

/** @internal Wait before the next attempt after `attempts` failed ones. */
export function _backoff(attempts: number, policy: RetryPolicy): number {
  return Math.min(policy.baseDelayMs * 2 ** Math.max(0, attempts - 1), policy.maxDelayMs);
}

/**
 * Một lượt nhắc hạn — finds the reminders due at the clock's time and delivers
 * them: for each instance whose reminder day has come (see `dueStages`), each unit
 * that owes it and has not submitted gets an in-portal notification (at most one
 * per unit, instance and stage) and, with a mailer, an e-mail to its addresses
 * (`store.contacts`). E-mails already recorded and due (new, to retry, or
 * abandoned by a process that died while sending) are claimed and sent.
 * Safe to run in several processes at once and again after a restart.
 * @param options - store, plan, portal address, mailer, clock
 * @returns counts of what was done
 */
export async function runReminders(options: ReminderOptions): Promise<ReminderRunSummary> {
  const { store, plan } = options;
  const at = (options.now ?? (() => new Date()))();
  const nowMs = at.getTime();
  const iso = formatInstant(at);
  const calendar = options.calendar ?? createWorkingCalendar();
  const worker = options.worker ?? `reminders-${globalThis.crypto.randomUUID()}`;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const summary: ReminderRunSummary = { at: iso, notified: 0, queued: 0, sent: 0, retrying: 0, failed: 0, cancelled: 0 };
  const submittedCache = new Map<string, Set<string>>();
  const submitted = async (instance: ObligationInstance) => {
    let s = submittedCache.get(instance.key);
    if (!s) submittedCache.set(instance.key, (s = await _submitted(store, plan, instance, at, calendar)));
    return s;
  };

  // 1. What is due now: notices, and e-mails recorded for sending.
  const due: DueStage[] = dueStages(plan, at, { calendar });
  // A unit granted a later deadline ("gia hạn") is not reminded of the plan's one (it was told its new day).
  const extended = new Set(
    due.length === 0
      ? []
      : extensionsInForce(await store.reviews.extensions({ planId: plan.id }))
          .filter((x) => {
            const inst = due.find((d) => d.instance.key === x.instanceKey)?.instance;
            return inst !== undefined && extendInstance(inst, x.lastDay) !== inst;
          })
          .map((x) => `${x.instanceKey}\u0000${x.unitId}`),
  );
  for (const { instance, stage, owedBy } of due) {
    const done = await submitted(instance);
    for (const unitId of owedBy) {
      if (done.has(unitId) || extended.has(`${instance.key}\u0000${unitId}`)) continue;
      const id = _reminderId(plan.id, instance.key, unitId, stage.stage);
      const content = reminderContent({ plan, instance, stage, unitId, at, baseUrl: options.baseUrl, calendar });
      const note = await store.notifications.add({
        id: `n-${(await _sha256(id)).slice(0, 24)}`,
        unitId,
        kind: 'reminder',
        dedupeKey: `reminder/${id}`,
        createdAt: iso,
        title: content.notification.title,
        body: content.notification.body,
        link: content.link,
        data: { planId: plan.id, instanceKey: instance.key, stage: stage.stage, deadline: instance.deadline.instant, workingDaysLeft: content.workingDaysLeft },
      });
      if (note.created) summary.notified++;
      if (options.mailer) {
        const before = await store.reminders.ensure({
          id,
          planId: plan.id,
          instanceKey: instance.key,
          unitId,
          stage: stage.stage,
          dueDate: stage.date,
          recipients: (await store.contacts.get(unitId)).map((c) => c.email),
          createdAt: iso,
          nextAttemptMs: nowMs,
        });
        if (before.createdAt === iso && before.attempts === 0 && before.status === 'pending') summary.queued++;
      }
    }
  }
  if (!options.mailer) return summary;
  const mailer = options.mailer;
  const from = options.from;
  if (from === undefined || from === '') throw new RangeError('server.reminders-from: a sender address (from) is required with a mailer');

  // 2. Send what is due: claimed first, so only one process sends each.
  const instances = new Map(planInstances(plan, { calendar }).map((i) => [i.key, i]));
  const settings = planReminders(plan);
  const today = iso.slice(0, 10);
  for (const r of await store.reminders.due(nowMs, 500)) {
    if (r.planId !== plan.id) continue; // another plan's, served by its own portal
    const claimed = await store.reminders.claim(r.id, worker, nowMs, leaseMs);
    if (!claimed) continue;
    const outcome = await _deliver(claimed);
    summary[outcome]++;
  }
  return summary;

  async function _deliver(r: ReminderRecord): Promise<'sent' | 'retrying' | 'failed' | 'cancelled'> {
    const instance = instances.get(r.instanceKey);
    const stages = instance ? reminderStages(instance, settings, calendar) : [];
    const stage = stages.find((s) => s.stage === r.stage);
    const current = instance ? _currentStage(instance, stages, today, calendar) : undefined;
    if (!instance || !stage) {
      await store.reminders.cancel(r.id, worker, iso, 'Kỳ báo cáo hoặc mốc nhắc không còn trong kế hoạch / the instance or stage is no longer in the plan');
      return 'cancelled';
    }
    if (current?.stage !== stage.stage) {
      await store.reminders.cancel(r.id, worker, iso, 'Đã qua mốc nhắc này (mốc sau đã đến hoặc hết thời gian nhắc) / this reminder day has passed');
      return 'cancelled';
    }
    if ((await submitted(instance)).has(r.unitId)) {
      await store.reminders.cancel(r.id, worker, iso, 'Đơn vị đã nộp / the unit has submitted');
      return 'cancelled';
    }
    // Addresses are read again at each attempt: an administrator may have added them meanwhile.
    const to = (await store.contacts.get(r.unitId)).map((c) => c.email);
    let error: string | undefined;
    if (to.length === 0) {
      error = 'Đơn vị chưa có địa chỉ thư (quản trị viên cần nhập) / the unit has no e-mail address (the administrator must add one)';
    } else {
      const content = reminderContent({ plan, instance, stage, unitId: r.unitId, at, baseUrl: options.baseUrl, calendar });
      try {
        const res = await mailer.send({
          from: from!,
          to,
          subject: content.subject,
          text: content.text,
          html: content.html,
          messageId: `<${(await _sha256(r.id)).slice(0, 32)}.reminder@dvcq-kit>`,
          headers: { 'Auto-Submitted': 'auto-generated', 'X-DVCQ-Reminder': r.id },
          attachments: [{ filename: content.ics.filename, content: content.ics.content, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }],
        });
        await store.reminders.markSent(r.id, worker, iso, { ...(res.messageId ? { messageId: res.messageId } : {}), recipients: res.accepted });
        return 'sent';
      } catch (e) {
        error = (e instanceof Error ? e.message : String(e)).slice(0, 500);
      }
    }
    const giveUp = r.attempts >= retry.maxAttempts;
    await store.reminders.markFailed(r.id, worker, iso, error, giveUp ? undefined : nowMs + _backoff(r.attempts, retry));
    return giveUp ? 'failed' : 'retrying';
  }
}
