// Xem xét báo cáo — the review workflow over the store: who may take which step on
// a stored report, every step kept (store.reviews, append-only; UNIQUE step numbers
// settle two reviewers acting at once), in the audit log, and announced by an
// in-portal notification to the other side (the unit, or the coordinator).
// Deadline extensions ("gia hạn") and the unit-head approval setting live here too.
import { type Lang, type Message, type Plan, allTasks, expandUnitIds, findUnit, isUnitValidOn, planCoordinator } from '@dvcq/core';
import { type ObligationInstance, type WorkingCalendar, createWorkingCalendar, extendInstance, findInstance, formatDateVi, formatInstant, planInstances } from '@dvcq/calendar';
import type { Principal } from '../http/handler';
import type { DeadlineExtension, ReportRecord, ReviewComment, ReviewEvent, ReviewState, Store, StoredIssue } from '../store/types';
import { audit } from '../accounts/audit';
import { type ReviewDecision, REVIEW_STATE_LABELS, _DECISIONS, initialReviewState, nextReviewState } from './states';

/** @internal A principal as the workflow reads it. */
type _Who = Principal;

/** Tùy chọn xem xét — options of {@link createReviewService}. */
export interface ReviewServiceOptions {
  /** The portal's store (reports, reviews, notifications; the audit log). */
  store: Store;
  plan: Plan;
  /** Clock (default `() => new Date()`). */
  now?: () => Date;
  /** Working calendar deadlines are counted with (default: the built-in table). */
  calendar?: WorkingCalendar;
  /** Id of new steps, extensions and notifications (default `crypto.randomUUID()`). */
  newId?: () => string;
  /**
   * Whether the unit head approves a report before it leaves the unit when the
   * administrator never set it for the plan (default `false`).
   */
  approvalRequired?: boolean;
  /** Cơ quan tổng hợp — the coordinating unit (default: `planCoordinator(plan)`). */
  coordinator?: string;
}

/** Mã từ chối xem xét — the codes only the review workflow answers with (the HTTP kit's `ServerErrorCode` includes them). */
export type ReviewErrorCode =
  | 'review.forbidden'
  | 'review.own-report'
  | 'review.illegal-transition'
  | 'review.conflict'
  | 'review.superseded'
  | 'review.invalid'
  | 'review.comment-required'
  | 'extension.invalid';

/** Từ chối — why a step or a grant was refused: HTTP status, stable code, message. */
export interface ReviewRefusal {
  ok: false;
  status: 403 | 404 | 409 | 422;
  code: ReviewErrorCode | 'report.not-found';
  message: Message;
}

/** Tình trạng xem xét — a stored report's review as the API gives it. */
export interface ReviewView {
  reportId: string;
  unitId: string;
  /** Kỳ báo cáo — the calendar's instance key of the report, when the plan has one for it. */
  instanceKey?: string;
  state: ReviewState;
  stateLabel: Message;
  /** The report was replaced by a correction (`replacedBy`); steps are taken on the latest. */
  superseded: boolean;
  replacedBy?: string;
  /** Báo cáo mới nhất — the id of the chain's latest report. */
  latestId: string;
  approvalRequired: boolean;
  /** Lịch sử — every step over the whole correction chain, oldest first. */
  events: ReviewEvent[];
  /**
   * Nhận xét đang mở — the comments of the last return in the chain (what the unit is asked
   * to fix), with the returned report's id; absent when nothing was returned.
   */
  openComments?: { reportId: string; at: string; comment?: string; comments: ReviewComment[] };
  /** Các bước người xem được làm — the steps the viewer may take now. */
  allowed: ReviewDecision[];
  /** The unit's extension for the report's instance (last day), if granted. */
  extendedTo?: string;
}

/** Bước xem xét — what `POST /reports/:id/review` asks. */
export interface ReviewRequest {
  action: ReviewDecision;
  /** Nhận xét chung. */
  comment?: string;
  /** Nhận xét theo mục (only with `return`). */
  comments?: ReviewComment[];
}

/** Dịch vụ xem xét — the workflow (see {@link createReviewService}). */
export interface ReviewService {
  readonly plan: Plan;
  /** The state and history of a report as `who` may see them; a refusal when `who` may not read it. */
  view(reportId: string, who: Principal): Promise<ReviewView | ReviewRefusal>;
  /** The states of many reports (one query), by id. */
  states(records: readonly ReportRecord[]): Promise<Map<string, ReviewState>>;
  /** Records the `submit` step of a report just stored and tells who needs to know. */
  submitted(record: ReportRecord, who: Principal, context?: { ip?: string }): Promise<ReviewState>;
  /** Takes a step; a refusal says why not. `input` is untrusted JSON. */
  decide(reportId: string, who: Principal, input: unknown, context?: { ip?: string }): Promise<{ ok: true; view: ReviewView } | ReviewRefusal>;
  /** Grants an extension; `input` is untrusted JSON `{ unitId, instanceKey, lastDay, reason }`. */
  grantExtension(who: Principal, input: unknown, context?: { ip?: string }): Promise<{ ok: true; extension: DeadlineExtension } | ReviewRefusal>;
  /** The extensions in force (the latest grant per unit and instance), and every grant; a unit sees its own. */
  listExtensions(who: Principal, query?: { instanceKey?: string; unitId?: string }): Promise<{ extensions: DeadlineExtension[]; grants: DeadlineExtension[] }>;
  /** Extensions in force: instance key → unit id → last day (for `aggregate`'s `extensions`). */
  extensionMap(): Promise<Map<string, Record<string, string>>>;
  /** Drops `report.late` from a submission's warnings when the unit's extension covers `receivedAt`. */
  lateWarnings(report: { unitId: string; period: string; year: number; periodIndex?: unknown; obligationId?: unknown }, receivedAt: Date, warnings: StoredIssue[]): Promise<StoredIssue[]>;
  /** Whether the unit head approves before a report leaves the unit (the admin's setting, else the default). */
  approvalRequired(): Promise<boolean>;
  /** Sets it (administrator only). */
  setApprovalRequired(who: Principal, required: unknown, context?: { ip?: string }): Promise<{ ok: true; approvalRequired: boolean } | ReviewRefusal>;
}

const MAX_COMMENT = 4000;
const MAX_COMMENTS = 200;
const POINTER = /^(?:\/(?:[^~/]|~[01])*)+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const _STAFF = new Set(['coordinator', 'admin']);

/** @internal Messages, one wording each. */
export const _RM = {
  forbiddenRead: { vi: 'Đơn vị chỉ được xem báo cáo của chính mình.', en: 'A unit may read only its own reports.' },
  staffOnly: {
    vi: 'Chỉ cán bộ cơ quan tổng hợp (vai trò coordinator hoặc admin) được trả lại hoặc tiếp nhận báo cáo.',
    en: 'Only coordinator staff (role coordinator or admin) may return or accept a report.',
  },
  headOnly: { vi: 'Chỉ lãnh đạo của chính đơn vị nộp (vai trò head) được duyệt báo cáo.', en: "Only the head of the submitting unit (role head) may approve its report." },
  ownReport: { vi: 'Không được tự xem xét báo cáo của chính đơn vị mình.', en: "A unit may never review its own report." },
  illegal: (state: ReviewState, action: ReviewDecision): Message => ({
    vi: `Không thể "${_ACTION_VI[action]}" khi báo cáo đang ở trạng thái "${REVIEW_STATE_LABELS[state].vi}".`,
    en: `Cannot "${action}" a report whose state is "${REVIEW_STATE_LABELS[state].en}".`,
  }),
  conflict: { vi: 'Báo cáo vừa được người khác xử lý; hãy tải lại để xem trạng thái mới.', en: 'Someone else acted on this report just now; reload to see its new state.' },
  superseded: (by: string): Message => ({
    vi: `Báo cáo này đã được đơn vị thay bằng báo cáo ${by}; hãy xem xét báo cáo mới nhất.`,
    en: `The unit replaced this report by ${by}; review the latest one.`,
  }),
  invalid: (what: string): Message => ({ vi: `Yêu cầu không hợp lệ: ${what}.`, en: `Invalid request: ${what}.` }),
  commentRequired: { vi: 'Trả lại báo cáo cần ít nhất một nhận xét (chung hoặc theo mục).', en: 'Returning a report needs at least one comment (overall or on an item).' },
  commentsOnlyOnReturn: { vi: 'Nhận xét theo mục chỉ dùng khi trả lại báo cáo.', en: 'Comments on items are only for returning a report.' },
  notFound: (id: string): Message => ({ vi: `Không có báo cáo mã "${id}".`, en: `There is no report "${id}".` }),
  extensionStaff: { vi: 'Chỉ cán bộ cơ quan tổng hợp được gia hạn.', en: 'Only coordinator staff may grant an extension.' },
  extensionOwn: { vi: 'Không được tự gia hạn cho chính đơn vị mình.', en: 'A unit may not extend its own deadline.' },
  adminOnly: { vi: 'Chỉ quản trị viên được thay đổi cài đặt này.', en: 'Only an administrator may change this setting.' },
} as const;

const _ACTION_VI: Record<ReviewDecision, string> = { approve: 'duyệt', return: 'trả lại', accept: 'tiếp nhận' };

const _refuse = (status: ReviewRefusal['status'], code: ReviewRefusal['code'], message: Message): ReviewRefusal => ({ ok: false, status, code, message });

const _own = (o: unknown, k: string): unknown => (typeof o === 'object' && o !== null && Object.prototype.hasOwnProperty.call(o, k) ? (o as Record<string, unknown>)[k] : undefined);

/** @internal Trimmed NFC text, or undefined when empty; `null` when not a string or too long. */
function _text(v: unknown, max: number): string | undefined | null {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') return null;
  const t = v.normalize('NFC').trim();
  if (t.length > max) return null;
  return t === '' ? undefined : t;
}

/**
 * Gia hạn đang có hiệu lực — of the grants of one plan (oldest first, as the store lists
 * them), the one that counts for each unit and instance: the latest.
 * @param grants - `store.reviews.extensions({ planId })`
 * @returns one extension per (instance, unit), in grant order
 */
export function extensionsInForce(grants: readonly DeadlineExtension[]): DeadlineExtension[] {
  const byKey = new Map<string, DeadlineExtension>();
  for (const x of grants) {
    const k = `${x.instanceKey}\u0000${x.unitId}`;
    byKey.delete(k);
    byKey.set(k, x);
  }
  return [...byKey.values()];
}

/**
 * Tạo dịch vụ xem xét — the review workflow over a store: steps
 * (`submit` → [`approve`] → `return` | `accept`; a correction of a returned report
 * starts again as `resubmitted`), deadline extensions, the approval setting. Only
 * coordinator staff (role `coordinator` or `admin`) return or accept, never on their own
 * unit's report; only the submitting unit's `head` approves. Every step is stored,
 * written to the audit log and announced in the portal to the other side.
 * @param options - store, plan, clock, calendar, ids, default approval setting
 * @returns the service the HTTP handler and the pages use
 */
export function createReviewService(options: ReviewServiceOptions): ReviewService {
  const { store, plan } = options;
  const clock = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => globalThis.crypto.randomUUID());
  const calendar = options.calendar ?? createWorkingCalendar();
  const coordinator = options.coordinator ?? planCoordinator(plan);
  const instances: readonly ObligationInstance[] = planInstances(plan, { calendar });
  const taskIds = new Set(allTasks(plan).map((t) => t.id));

  const instanceOf = (r: { period: string; year: number; report?: Record<string, unknown>; periodIndex?: unknown; obligationId?: unknown }): ObligationInstance | undefined => {
    const idx = r.report ? _own(r.report, 'periodIndex') : r.periodIndex;
    const ob = r.report ? _own(r.report, 'obligationId') : r.obligationId;
    const m = findInstance(plan, { period: r.period as ObligationInstance['period'], year: r.year, ...(typeof idx === 'number' ? { periodIndex: idx } : {}), ...(typeof ob === 'string' ? { obligationId: ob } : {}) }, { calendar });
    return m.ok ? m.instance : undefined;
  };
  const unitName = (id: string, lang: Lang) => {
    const u = findUnit(plan, id);
    return u ? (lang === 'en' ? u.name.en || u.name.vi : u.name.vi) : id;
  };
  const approvalRequired = async () => (await store.reviews.approvalRequired(plan.id)) ?? options.approvalRequired ?? false;

  const stateFrom = (record: ReportRecord, events: readonly ReviewEvent[]): ReviewState => {
    const own = events.filter((e) => e.reportId === record.id);
    return own.length > 0 ? own[own.length - 1]!.state : record.replaces !== undefined ? 'resubmitted' : 'submitted';
  };

  async function notify(unitId: string | undefined, kind: string, record: ReportRecord, title: Message, body: Message, link: string, extra: Record<string, unknown> = {}) {
    if (unitId === undefined) return;
    const inst = instanceOf(record);
    await store.notifications.add({
      id: newId(),
      unitId,
      kind,
      createdAt: formatInstant(clock()),
      title,
      body,
      link,
      data: { reportId: record.id, ...(inst ? { instanceKey: inst.key } : {}), ...extra },
    });
  }

  const periodOf = (record: ReportRecord, lang: Lang) => {
    const inst = instanceOf(record);
    return inst ? (lang === 'en' ? inst.label.en : inst.label.vi) : `${record.period} ${record.year}`;
  };
  const formLink = (record: ReportRecord) => {
    const inst = instanceOf(record);
    return inst ? `/form?period=${encodeURIComponent(inst.key)}` : '/form';
  };
  const short = (s: string | undefined) => (s === undefined ? '' : s.length > 300 ? `${s.slice(0, 300)}…` : s);

  async function announce(record: ReportRecord, state: ReviewState, action: ReviewEvent['action'], who: _Who, comment: string | undefined) {
    const by = who.name ?? unitName(who.unitId, 'vi');
    const byEn = who.name ?? unitName(who.unitId, 'en');
    const unit = { vi: unitName(record.unitId, 'vi'), en: unitName(record.unitId, 'en') };
    const period = { vi: periodOf(record, 'vi'), en: periodOf(record, 'en') };
    const readLink = `/reports/${encodeURIComponent(record.id)}`;
    if (state === 'awaiting-approval') {
      await notify(record.unitId, 'review.awaiting-approval', record, { vi: 'Báo cáo chờ lãnh đạo duyệt', en: 'Report awaiting approval' }, {
        vi: `Báo cáo ${period.vi} (số ${record.documentNumber}) của ${unit.vi} chờ lãnh đạo đơn vị duyệt trước khi gửi.`,
        en: `The ${period.en} report (no. ${record.documentNumber}) of ${unit.en} awaits the unit head's approval before it is sent.`,
      }, readLink);
      return;
    }
    if (state === 'submitted' || state === 'resubmitted') {
      const again = state === 'resubmitted';
      await notify(coordinator, again ? 'review.resubmitted' : 'review.submitted', record, again ? { vi: 'Báo cáo đã được nộp lại', en: 'Report resubmitted' } : { vi: 'Báo cáo mới', en: 'New report' }, {
        vi: `${unit.vi} đã ${again ? 'nộp lại' : 'nộp'} báo cáo ${period.vi} (số ${record.documentNumber}).`,
        en: `${unit.en} ${again ? 'resubmitted' : 'submitted'} the ${period.en} report (no. ${record.documentNumber}).`,
      }, readLink);
      if (action === 'approve') {
        await notify(record.unitId, 'review.approved', record, { vi: 'Báo cáo đã được duyệt', en: 'Report approved' }, {
          vi: `${by} đã duyệt báo cáo ${period.vi}; báo cáo đã được gửi cơ quan tổng hợp.`,
          en: `${byEn} approved the ${period.en} report; it was sent to the coordinating body.`,
        }, readLink);
      }
      return;
    }
    if (state === 'returned') {
      await notify(record.unitId, 'review.returned', record, { vi: 'Báo cáo bị trả lại để sửa', en: 'Report returned for correction' }, {
        vi: `${by} đã trả lại báo cáo ${period.vi} (số ${record.documentNumber}).${comment ? ` Nhận xét: “${short(comment)}”.` : ''} Xem nhận xét trên biểu mẫu, sửa và nộp lại.`,
        en: `${byEn} returned the ${period.en} report (no. ${record.documentNumber}).${comment ? ` Comment: “${short(comment)}”.` : ''} See the comments on the form, fix and resubmit.`,
      }, formLink(record));
      return;
    }
    await notify(record.unitId, 'review.accepted', record, { vi: 'Báo cáo đã được tiếp nhận', en: 'Report accepted' }, {
      vi: `${by} đã tiếp nhận báo cáo ${period.vi} (số ${record.documentNumber}).${comment ? ` Nhận xét: ${short(comment)}` : ''}`,
      en: `${byEn} accepted the ${period.en} report (no. ${record.documentNumber}).${comment ? ` Comment: ${short(comment)}` : ''}`,
    }, readLink);
  }

  const actorOf = (who: _Who) => ({
    ...(who.userId !== undefined ? { userId: who.userId } : {}),
    ...(who.name !== undefined ? { name: who.name } : {}),
    ...(who.role !== undefined ? { role: who.role } : {}),
    unitId: who.unitId,
  });

  async function view(reportId: string, whoIn: Principal): Promise<ReviewView | ReviewRefusal> {
    const who = whoIn as _Who;
    const record = await store.reports.get(reportId);
    if (record === undefined) return _refuse(404, 'report.not-found', _RM.notFound(reportId));
    if (record.unitId !== who.unitId && !who.readAll) return _refuse(403, 'review.forbidden', _RM.forbiddenRead);
    const chain = await store.reports.history(record.id);
    const events = await store.reviews.events(chain.map((r) => r.id));
    const state = stateFrom(record, events);
    const latest = chain[chain.length - 1] ?? record;
    const lastReturn = [...events].reverse().find((e) => e.action === 'return');
    const returnedAfter = lastReturn ? chain.findIndex((r) => r.id === lastReturn.reportId) : -1;
    const inst = instanceOf(record);
    const ext = inst ? (await store.reviews.extensions({ planId: plan.id, unitId: record.unitId, instanceKey: inst.key })).at(-1) : undefined;
    const allowed: ReviewDecision[] = [];
    if (record.replacedBy === undefined) {
      for (const action of _DECISIONS) {
        if (nextReviewState(state, action, record.replaces !== undefined) === undefined) continue;
        if (_mayTake(who, record, action) === undefined) allowed.push(action);
      }
    }
    return {
      reportId: record.id,
      unitId: record.unitId,
      ...(inst ? { instanceKey: inst.key } : {}),
      state,
      stateLabel: REVIEW_STATE_LABELS[state],
      superseded: record.replacedBy !== undefined,
      ...(record.replacedBy !== undefined ? { replacedBy: record.replacedBy } : {}),
      latestId: latest.id,
      approvalRequired: await approvalRequired(),
      events,
      // The comments stay open for the report that was returned and its correction (until accepted or returned again).
      ...(lastReturn && returnedAfter >= chain.length - 2 && state !== 'accepted'
        ? { openComments: { reportId: lastReturn.reportId, at: lastReturn.at, ...(lastReturn.comment !== undefined ? { comment: lastReturn.comment } : {}), comments: lastReturn.comments } }
        : {}),
      allowed,
      ...(ext && inst && extendInstance(inst, ext.lastDay) !== inst ? { extendedTo: ext.lastDay } : {}),
    };
  }

  function _mayTake(who: _Who, record: ReportRecord, action: ReviewDecision): ReviewRefusal | undefined {
    if (action === 'approve') {
      if (who.role !== 'head' || who.unitId !== record.unitId) return _refuse(403, 'review.forbidden', _RM.headOnly);
      return undefined;
    }
    if (who.role === undefined || !_STAFF.has(who.role)) return _refuse(403, 'review.forbidden', _RM.staffOnly);
    if (who.unitId === record.unitId) return _refuse(403, 'review.own-report', _RM.ownReport);
    return undefined;
  }

  function parseDecision(input: unknown): ReviewRequest | ReviewRefusal {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return _refuse(422, 'review.invalid', _RM.invalid('body'));
    const action = _own(input, 'action');
    if (typeof action !== 'string' || !(_DECISIONS as readonly string[]).includes(action)) return _refuse(422, 'review.invalid', _RM.invalid('action (approve | return | accept)'));
    const comment = _text(_own(input, 'comment'), MAX_COMMENT);
    if (comment === null) return _refuse(422, 'review.invalid', _RM.invalid(`comment (≤ ${MAX_COMMENT})`));
    const rawComments = _own(input, 'comments') ?? [];
    if (!Array.isArray(rawComments) || rawComments.length > MAX_COMMENTS) return _refuse(422, 'review.invalid', _RM.invalid(`comments (≤ ${MAX_COMMENTS})`));
    const comments: ReviewComment[] = [];
    for (const [i, c] of rawComments.entries()) {
      const text = _text(_own(c, 'text'), MAX_COMMENT);
      if (text === null || text === undefined) return _refuse(422, 'review.invalid', _RM.invalid(`comments[${i}].text`));
      const on = _own(c, 'on');
      if (on === 'field') {
        const pointer = _own(c, 'pointer');
        if (typeof pointer !== 'string' || pointer.length > 300 || !POINTER.test(pointer)) return _refuse(422, 'review.invalid', _RM.invalid(`comments[${i}].pointer (JSON Pointer)`));
        comments.push({ on: 'field', pointer, text });
      } else if (on === 'task') {
        const taskId = _own(c, 'taskId');
        if (typeof taskId !== 'string' || !taskIds.has(taskId)) return _refuse(422, 'review.invalid', _RM.invalid(`comments[${i}].taskId`));
        comments.push({ on: 'task', taskId, text });
      } else return _refuse(422, 'review.invalid', _RM.invalid(`comments[${i}].on (field | task)`));
    }
    if (action === 'return' && comment === undefined && comments.length === 0) return _refuse(422, 'review.comment-required', _RM.commentRequired);
    if (action !== 'return' && comments.length > 0) return _refuse(422, 'review.invalid', _RM.commentsOnlyOnReturn);
    return { action: action as ReviewDecision, ...(comment !== undefined ? { comment } : {}), comments };
  }


  return {
    plan,
    view,
    async states(records) {
      const events = await store.reviews.events(records.map((r) => r.id));
      return new Map(records.map((r) => [r.id, stateFrom(r, events)]));
    },
    async submitted(record, whoIn, context = {}) {
      const who = whoIn as _Who;
      const state = initialReviewState(record.replaces !== undefined, await approvalRequired());
      const at = formatInstant(clock());
      await store.reviews.append({ id: newId(), reportId: record.id, step: 1, action: 'submit', state, actor: actorOf(who), at, comments: [] });
      await audit(store, { actor: who, action: 'report.submit', target: `report:${record.id}`, ip: context.ip, at, details: { state, unitId: record.unitId, replaces: record.replaces ?? null } });
      await announce(record, state, 'submit', who, undefined);
      return state;
    },
    async decide(reportId, whoIn, input, context = {}) {
      const who = whoIn as _Who;
      const record = await store.reports.get(reportId);
      if (record === undefined) return _refuse(404, 'report.not-found', _RM.notFound(reportId));
      if (record.unitId !== who.unitId && !who.readAll) return _refuse(403, 'review.forbidden', _RM.forbiddenRead);
      const req = parseDecision(input);
      if ('ok' in req) return req;
      const refused = _mayTake(who, record, req.action);
      if (refused) return refused;
      if (record.replacedBy !== undefined) return _refuse(409, 'review.superseded', _RM.superseded(record.replacedBy));
      const events = await store.reviews.events([record.id]);
      const state = stateFrom(record, events);
      const next = nextReviewState(state, req.action, record.replaces !== undefined);
      if (next === undefined) return _refuse(409, 'review.illegal-transition', _RM.illegal(state, req.action));
      const at = formatInstant(clock());
      const step = (events[events.length - 1]?.step ?? 0) + 1;
      const stored = await store.reviews.append({
        id: newId(),
        reportId: record.id,
        step,
        action: req.action,
        state: next,
        actor: actorOf(who),
        at,
        ...(req.comment !== undefined ? { comment: req.comment } : {}),
        comments: req.comments ?? [],
      });
      if (!stored.ok) return _refuse(409, 'review.conflict', _RM.conflict);
      await audit(store, { actor: who, action: `review.${req.action}`, target: `report:${record.id}`, ip: context.ip, at, details: { from: state, to: next, comments: (req.comments ?? []).length } });
      await announce(record, next, req.action, who, req.comment);
      const v = await view(record.id, who);
      return 'ok' in v ? v : { ok: true, view: v };
    },
    async grantExtension(whoIn, input, context = {}) {
      const who = whoIn as _Who;
      if (who.role === undefined || !_STAFF.has(who.role)) return _refuse(403, 'review.forbidden', _RM.extensionStaff);
      const unitId = _own(input, 'unitId');
      const instanceKey = _own(input, 'instanceKey');
      const lastDay = _own(input, 'lastDay');
      const reason = _text(_own(input, 'reason'), 1000);
      const inst = typeof instanceKey === 'string' ? instances.find((i) => i.key === instanceKey) : undefined;
      if (!inst) return _refuse(422, 'extension.invalid', _RM.invalid('instanceKey'));
      const ob = plan.obligations.find((o) => o.id === inst.obligationId)!;
      const owes =
        typeof unitId === 'string' &&
        expandUnitIds(plan, ob.owedBy).includes(unitId) &&
        (() => {
          const u = findUnit(plan, unitId);
          return u !== undefined && isUnitValidOn(u, inst.deadline.lastDay);
        })();
      if (!owes) return _refuse(422, 'extension.invalid', _RM.invalid('unitId (a unit owing this report)'));
      if (unitId === who.unitId) return _refuse(403, 'review.own-report', _RM.extensionOwn);
      if (typeof lastDay !== 'string' || !ISO_DATE.test(lastDay) || Number.isNaN(Date.parse(`${lastDay}T00:00:00Z`)) || new Date(`${lastDay}T00:00:00Z`).toISOString().slice(0, 10) !== lastDay) {
        return _refuse(422, 'extension.invalid', _RM.invalid('lastDay (YYYY-MM-DD)'));
      }
      if (lastDay <= inst.deadline.lastDay) {
        return _refuse(422, 'extension.invalid', {
          vi: `Hạn mới phải sau ngày cuối được nộp theo kế hoạch (${formatDateVi(inst.deadline.lastDay)}).`,
          en: `The new deadline must be after the plan's last day (${inst.deadline.lastDay}).`,
        });
      }
      if (reason === null || reason === undefined) return _refuse(422, 'extension.invalid', _RM.invalid('reason (≤ 1000)'));
      const at = formatInstant(clock());
      const extension: DeadlineExtension = {
        id: newId(),
        planId: plan.id,
        instanceKey: inst.key,
        unitId,
        lastDay,
        reason,
        grantedBy: who.userId ?? who.unitId,
        ...(who.name !== undefined ? { grantedByName: who.name } : {}),
        grantedAt: at,
      };
      await store.reviews.grantExtension(extension);
      await audit(store, { actor: who, action: 'extension.grant', target: `extension:${plan.id}/${inst.key}/${unitId}`, ip: context.ip, at, details: { lastDay, reason } });
      await store.notifications.add({
        id: newId(),
        unitId,
        kind: 'extension.granted',
        createdAt: at,
        title: { vi: 'Được gia hạn nộp báo cáo', en: 'Deadline extended' },
        body: {
          vi: `Báo cáo ${inst.label.vi} được gia hạn đến hết ngày ${formatDateVi(lastDay)}. Lý do: ${short(reason)}`,
          en: `The ${inst.label.en} report may be submitted until the end of ${lastDay}. Reason: ${short(reason)}`,
        },
        link: `/form?period=${encodeURIComponent(inst.key)}`,
        data: { instanceKey: inst.key, lastDay },
      });
      return { ok: true, extension };
    },
    async listExtensions(whoIn, query = {}) {
      const who = whoIn as _Who;
      const unitId = who.readAll ? query.unitId : who.unitId;
      const grants = await store.reviews.extensions({ planId: plan.id, ...(unitId !== undefined ? { unitId } : {}), ...(query.instanceKey !== undefined ? { instanceKey: query.instanceKey } : {}) });
      return { extensions: extensionsInForce(grants), grants };
    },
    async extensionMap() {
      const out = new Map<string, Record<string, string>>();
      for (const x of extensionsInForce(await store.reviews.extensions({ planId: plan.id }))) {
        const m = out.get(x.instanceKey) ?? {};
        m[x.unitId] = x.lastDay;
        out.set(x.instanceKey, m);
      }
      return out;
    },
    async lateWarnings(report, receivedAt, warnings) {
      if (!warnings.some((w) => w.code === 'report.late')) return warnings;
      const inst = instanceOf(report);
      if (!inst) return warnings;
      const ext = (await store.reviews.extensions({ planId: plan.id, unitId: report.unitId, instanceKey: inst.key })).at(-1);
      if (!ext) return warnings;
      return receivedAt.getTime() < extendInstance(inst, ext.lastDay).deadline.epochMs ? warnings.filter((w) => w.code !== 'report.late') : warnings;
    },
    approvalRequired,
    async setApprovalRequired(whoIn, required, context = {}) {
      const who = whoIn as _Who;
      if (who.role !== 'admin') return _refuse(403, 'review.forbidden', _RM.adminOnly);
      if (typeof required !== 'boolean') return _refuse(422, 'review.invalid', _RM.invalid('approvalRequired (true | false)'));
      const at = formatInstant(clock());
      await store.reviews.setApprovalRequired(plan.id, required, who.userId ?? who.unitId, at);
      await audit(store, { actor: who, action: 'review.approval-setting', target: `plan:${plan.id}`, ip: context.ip, at, details: { approvalRequired: required } });
      return { ok: true, approvalRequired: required };
    },
  };
}
