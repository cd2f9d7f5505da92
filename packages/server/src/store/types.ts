import type { PlanStore } from '../plans/types';

/**
 * Vấn đề được lưu kèm — an issue kept with a stored report (warnings such as
 * `report.late` are accepted but never dropped).
 */
export interface StoredIssue {
  code: string;
  severity: 'error' | 'warning';
  path: string;
  message: string;
  ruleId?: string;
}

/**
 * Báo cáo đã lưu — a report as the store keeps it: the submission exactly as
 * validated, plus what the server knows about its arrival.
 */
export interface ReportRecord {
  /** Mã hồ sơ — the id the server gave it (random, not guessable). */
  id: string;
  planId: string;
  unitId: string;
  period: string;
  year: number;
  /** Số, ký hiệu văn bản — e.g. `15/BC-SNV`. */
  documentNumber: string;
  /** Thời điểm nhận — when the server stored it, ISO 8601 with `+07:00`. */
  receivedAt: string;
  /** Báo cáo bị thay thế — id of the earlier report this one corrects. */
  replaces?: string;
  /** Bị thay thế bởi — id of the correction that superseded this one, if any. */
  replacedBy?: string;
  /** Warnings `validateReport` gave when it was accepted. */
  warnings: StoredIssue[];
  /** The submission (the value `validateReport` returned). */
  report: Record<string, unknown>;
}

/** Báo cáo mới — what the handler asks a store to insert. */
export type NewReportRecord = Omit<ReportRecord, 'replacedBy'>;

/**
 * Kết quả ghi — the outcome of an insert, as a value. The store decides
 * atomically (inside one transaction or one synchronous step), so two racing
 * requests can never both win.
 */
export type InsertResult =
  | { ok: true; record: ReportRecord }
  /** Same plan, unit, period, year and document number already stored (→ 409). */
  | { ok: false; code: 'duplicate'; existingId: string }
  /** `replaces` names no stored report (→ 422). */
  | { ok: false; code: 'replaces-not-found' }
  /** `replaces` names a report of another plan, unit, period or year (→ 422, or 403 for another unit). */
  | { ok: false; code: 'replaces-mismatch'; field: 'planId' | 'unitId' | 'period' | 'year' }
  /** `replaces` names a report that a correction already superseded (→ 409). */
  | { ok: false; code: 'already-replaced'; replacedBy: string };

/** Bộ lọc — which reports to list. Absent fields match everything. */
export interface ReportQuery {
  planId?: string;
  unitId?: string;
  period?: string;
  year?: number;
  /** `true`: only reports no correction superseded (the default); `false`: the whole history. */
  currentOnly?: boolean;
}

/**
 * Kho báo cáo — where reports are kept. Implementations that ship: an in-memory
 * one (tests, demos) and the `reports` of a {@link Store} (SQLite or PostgreSQL,
 * see `openStore`). Another implementation must make `insert` atomic and never
 * delete or overwrite a stored report (corrections add a row); the contract
 * suite (`store.contract.ts`) says exactly what is expected.
 */
export interface ReportStore {
  /** Stores a new report, or says why not. */
  insert(record: NewReportRecord): Promise<InsertResult>;
  /** One report by id (superseded ones too). */
  get(id: string): Promise<ReportRecord | undefined>;
  /** Reports matching a query, oldest first. */
  list(query?: ReportQuery): Promise<ReportRecord[]>;
  /** Lịch sử — the correction chain the report belongs to, oldest first. */
  history(id: string): Promise<ReportRecord[]>;
}

/** @internal Checks a correction target against the new report; `undefined` when it fits. */
export function _replacesMismatch(
  target: Pick<ReportRecord, 'planId' | 'unitId' | 'period' | 'year'>,
  record: Pick<NewReportRecord, 'planId' | 'unitId' | 'period' | 'year'>,
): 'planId' | 'unitId' | 'period' | 'year' | undefined {
  if (target.unitId !== record.unitId) return 'unitId';
  if (target.planId !== record.planId) return 'planId';
  if (target.period !== record.period) return 'period';
  if (target.year !== record.year) return 'year';
  return undefined;
}

/**
 * Khóa truy cập — a stored credential: the SHA-256 hash of a token or API key
 * (`hashAccessToken`), never the token itself, and whom it authenticates.
 */
export interface AccessKey {
  /** Mã khóa — chosen by the caller (e.g. `token-<unit>` or a random id); unique. */
  id: string;
  /** `hashAccessToken(token)`: base64url SHA-256, 43 characters. */
  tokenHash: string;
  unitId: string;
  /** Reads every unit's reports and the consolidation (the coordinating body). */
  readAll: boolean;
  /** Nhãn — what the key is for ("portal", "API of the provincial document system"…). */
  label?: string;
  createdAt: string;
  /** Thu hồi — when it stopped working; absent while it works. */
  revokedAt?: string;
}

/** Khóa mới — what {@link AccessKeyStore.add} takes. */
export type NewAccessKey = Omit<AccessKey, 'revokedAt'>;

/**
 * Kho khóa truy cập — hashed tokens and API keys. A key is never deleted: it is
 * revoked (kept for the audit trail).
 */
export interface AccessKeyStore {
  /** Stores a key; `duplicate` when its id or hash is already stored. */
  add(key: NewAccessKey): Promise<{ ok: true } | { ok: false; code: 'duplicate' }>;
  /** The working (not revoked) key with this hash. */
  findByHash(tokenHash: string): Promise<AccessKey | undefined>;
  /** Every key, revoked ones too, oldest first (by creation time, then id). */
  list(query?: { unitId?: string; includeRevoked?: boolean }): Promise<AccessKey[]>;
  /** Revokes a working key; `false` when there is no such working key. */
  revoke(id: string, at: string): Promise<boolean>;
}

/** Địa chỉ thư của đơn vị — one e-mail address a unit receives reminders at. */
export interface UnitContact {
  unitId: string;
  /** The address as stored (trimmed; domain in lower case). */
  email: string;
  /** Tên người nhận — optional display name ("Văn phòng Sở Y tế"). */
  name?: string;
  updatedAt: string;
}

/**
 * Kho địa chỉ liên hệ — unit id → e-mail addresses, filled by the portal's
 * administrator (a plan has no addresses). Check addresses with
 * `normalizeEmail` before storing.
 */
export interface ContactStore {
  /** Replaces all the addresses of a unit (an empty list removes them). */
  set(unitId: string, contacts: ReadonlyArray<{ email: string; name?: string }>, at: string): Promise<void>;
  /** The addresses of a unit, by address. */
  get(unitId: string): Promise<UnitContact[]>;
  /** Every address, by unit then address. */
  list(): Promise<UnitContact[]>;
}

/** Thông báo trong cổng — a notice shown to a unit in the portal. */
export interface PortalNotification {
  id: string;
  /** Đơn vị nhận — the unit it is for (everyone signed in for that unit sees it). */
  unitId: string;
  /** Loại — e.g. `reminder` (issue 14 adds the review steps). */
  kind: string;
  /** Khóa chống trùng — at most one notification per key (e.g. one reminder). */
  dedupeKey?: string;
  createdAt: string;
  readAt?: string;
  title: { vi: string; en: string };
  body: { vi: string; en: string };
  /** Đường dẫn — where the notice leads (relative to the portal, e.g. `/form?period=…`). */
  link?: string;
  /** Structured details (JSON). */
  data: Record<string, unknown>;
}

/** Thông báo mới — what {@link NotificationStore.add} takes. */
export type NewNotification = Omit<PortalNotification, 'readAt'>;

/** Kho thông báo — in-portal notifications. */
export interface NotificationStore {
  /**
   * Adds a notification. With a `dedupeKey` already stored nothing is added and the
   * stored one comes back with `created: false` — even when two processes add at once.
   */
  add(notification: NewNotification): Promise<{ created: boolean; notification: PortalNotification }>;
  /** Newest first. */
  list(query: { unitId?: string; kind?: string; unreadOnly?: boolean; limit?: number }): Promise<PortalNotification[]>;
  /** Marks a unit's notification read; `false` when it is not that unit's or was already read. */
  markRead(id: string, unitId: string, at: string): Promise<boolean>;
}

/**
 * Trạng thái thư nhắc — where an e-mail reminder stands: `pending` (not tried yet),
 * `sending` (claimed by a process), `sent`, `retrying` (an attempt failed; tried
 * again at `nextAttemptMs`), `failed` (given up — shown to the administrator),
 * `cancelled` (no longer needed: the unit submitted, or a later reminder took over).
 */
export type ReminderStatus = 'pending' | 'sending' | 'sent' | 'retrying' | 'failed' | 'cancelled';

/** Thư nhắc hạn — one e-mail reminder: a unit, an instance of an obligation, a stage. */
export interface ReminderRecord {
  /** `<planId>/<instanceKey>/<unitId>/<stage>` */
  id: string;
  planId: string;
  instanceKey: string;
  unitId: string;
  /** `before-5`, `before-1`, `after` … (see the reminders module). */
  stage: string;
  /** Ngày nhắc — the Việt Nam date it is due on. */
  dueDate: string;
  status: ReminderStatus;
  /** Sending attempts made so far. */
  attempts: number;
  /** Not sent again before this instant (epoch ms). */
  nextAttemptMs: number;
  /** While `sending`: the claim holds until then (epoch ms); an expired claim can be taken over. */
  leaseUntilMs?: number;
  /** Who holds or last held the claim (process id). */
  claimedBy?: string;
  recipients: string[];
  messageId?: string;
  lastError?: string;
  sentAt?: string;
  createdAt: string;
  updatedAt: string;
}

/** Thư nhắc mới — what {@link ReminderStore.ensure} takes. */
export type NewReminder = Pick<ReminderRecord, 'id' | 'planId' | 'instanceKey' | 'unitId' | 'stage' | 'dueDate' | 'recipients' | 'createdAt' | 'nextAttemptMs'>;

/**
 * Kho thư nhắc — e-mail reminders and their sending state. Sending is claimed in
 * the database before the e-mail leaves, so two processes on one database never
 * both send it.
 */
export interface ReminderStore {
  /** Records a reminder once (a second call with the same key returns the stored row unchanged). */
  ensure(reminder: NewReminder): Promise<ReminderRecord>;
  /**
   * Claims a reminder for sending: atomically moves it to `sending` for `worker`
   * until `nowMs + leaseMs` when it is `pending`, `retrying` and due, or `sending`
   * with an expired claim. `undefined` when another worker has it or nothing is due.
   */
  claim(id: string, worker: string, nowMs: number, leaseMs: number): Promise<ReminderRecord | undefined>;
  /** Records the send (only by the worker holding the claim); `false` when the claim was lost. */
  markSent(id: string, worker: string, at: string, info: { messageId?: string; recipients: string[] }): Promise<boolean>;
  /**
   * Records a failed attempt: `retrying` until `nextAttemptMs`, or `failed` for good
   * when `nextAttemptMs` is undefined. Only by the worker holding the claim.
   */
  markFailed(id: string, worker: string, at: string, error: string, nextAttemptMs: number | undefined): Promise<boolean>;
  /** Records that the reminder is no longer needed (only by the worker holding the claim). */
  cancel(id: string, worker: string, at: string, reason: string): Promise<boolean>;
  /** Reminders due for a send attempt at `nowMs` (pending/retrying due, or sending with an expired claim). */
  due(nowMs: number, limit?: number): Promise<ReminderRecord[]>;
  /** Reminders by plan/status, newest due date first. */
  list(query?: { planId?: string; unitId?: string; status?: readonly ReminderStatus[]; limit?: number }): Promise<ReminderRecord[]>;
}

/**
 * Tài khoản — a person who signs in to the portal: a login name, a role and the
 * unit they act for. The password is kept only as an encoded scrypt hash
 * (`hashPassword` of the accounts module).
 */
export interface UserAccount {
  /** Mã tài khoản — random, stable; the audit log names accounts by it. */
  id: string;
  /** Tên đăng nhập — unique, stored in lower case (`[a-z0-9._-]`, 2–64 characters). */
  login: string;
  /** Tên hiển thị — e.g. "Nguyễn Văn A" (untrusted text: pages escape it). */
  name: string;
  /** Vai trò — `admin`, `coordinator`, `officer` or `head` (see `ROLES`). */
  role: string;
  /** Đơn vị — the unit the account acts for (the coordinator's for admin and coordinator staff). */
  unitId: string;
  /** `scrypt$<N>$<r>$<p>$<salt>$<hash>` (see `hashPassword`). */
  passwordHash: string;
  /** Đã khóa — a disabled account cannot sign in; its sessions end. */
  disabled: boolean;
  /** Phải đổi mật khẩu — set by a reset: the next sign-in leads to the password change. */
  mustChangePassword: boolean;
  createdAt: string;
  updatedAt: string;
}

/** Tài khoản mới — what {@link UserStore.add} takes. */
export type NewUserAccount = Omit<UserAccount, 'updatedAt'>;

/** Thay đổi tài khoản — the fields {@link UserStore.update} may change. */
export type UserAccountChanges = Partial<Pick<UserAccount, 'name' | 'role' | 'unitId' | 'passwordHash' | 'disabled' | 'mustChangePassword'>>;

/** Kho tài khoản — the portal's accounts. An account is never deleted: it is disabled (the audit log names it). */
export interface UserStore {
  /** Stores an account; `duplicate` when its id or login name is taken. */
  add(user: NewUserAccount): Promise<{ ok: true } | { ok: false; code: 'duplicate' }>;
  get(id: string): Promise<UserAccount | undefined>;
  /** By login name (compared in lower case). */
  findByLogin(login: string): Promise<UserAccount | undefined>;
  /** Every account, by login name. */
  list(query?: { unitId?: string; role?: string }): Promise<UserAccount[]>;
  /** Changes an account; `false` when there is no such account. */
  update(id: string, changes: UserAccountChanges, at: string): Promise<boolean>;
}

/**
 * Phiên đăng nhập — a browser session. The store keeps only the SHA-256 hash of
 * the session id the cookie carries, so a copy of the database signs nobody in.
 */
export interface SessionRecord {
  /** `hashAccessToken(sessionId)`. */
  idHash: string;
  userId: string;
  createdAt: string;
  /** Hết hạn tuyệt đối — the session ends then, whatever its use (epoch ms). */
  expiresMs: number;
  /** Lần dùng cuối — for the idle timeout (epoch ms). */
  lastSeenMs: number;
  /** Địa chỉ IP khi đăng nhập — as the server saw it. */
  ip?: string;
  userAgent?: string;
}

/** Kho phiên — sessions by the hash of their id. */
export interface SessionStore {
  create(session: SessionRecord): Promise<void>;
  get(idHash: string): Promise<SessionRecord | undefined>;
  /** Records use (for the idle timeout); `false` when the session is gone. */
  touch(idHash: string, lastSeenMs: number): Promise<boolean>;
  /** Ends one session; `false` when there was none. */
  delete(idHash: string): Promise<boolean>;
  /** Ends every session of an account (password change, reset, disabling), but `exceptIdHash`; returns how many. */
  deleteForUser(userId: string, exceptIdHash?: string): Promise<number>;
  /** Deletes sessions expired or idle before `nowMs` (`idleMs` after their last use); returns how many. */
  purge(nowMs: number, idleMs: number): Promise<number>;
}

/**
 * Lần đăng nhập sai — the failures counted under one key (an account's login
 * name, or a client address) inside a window, and the lock-out they caused.
 */
export interface LoginAttemptRecord {
  /** `account:<login>` or `ip:<address>`. */
  key: string;
  failures: number;
  /** Start of the counting window (epoch ms). */
  windowStartMs: number;
  /** Khóa đến — sign-in refused until then (epoch ms); 0 when not locked. */
  lockedUntilMs: number;
  updatedMs: number;
}

/** Chính sách đếm — how {@link LoginAttemptStore.fail} counts. */
export interface LoginAttemptPolicy {
  /** Failures counted within this window (ms) from the first. */
  windowMs: number;
  /** Locks once the count reaches this. */
  maxFailures: number;
  /** Lock-out length (ms). */
  lockMs: number;
  /** At most this many keys are kept (oldest dropped first), so a flood of addresses cannot fill the database. */
  maxKeys: number;
}

/** Kho lần đăng nhập sai — counters for rate limiting and lock-out; bounded by `maxKeys`. */
export interface LoginAttemptStore {
  get(key: string): Promise<LoginAttemptRecord | undefined>;
  /** Counts one failure atomically (a new window when the last one ended); returns the counter after it. */
  fail(key: string, nowMs: number, policy: LoginAttemptPolicy): Promise<LoginAttemptRecord>;
  /** Forgets a key (after a successful sign-in, or an administrator's unlock). */
  clear(key: string): Promise<void>;
}

/**
 * Nhật ký — one entry of the audit log: who did what to what, when and from
 * where. The log is append-only inside the database.
 */
export interface AuditEntry {
  /** Số thứ tự — increasing; the newest has the largest. */
  seq: number;
  /** Thời điểm — ISO 8601 with `+07:00`. */
  at: string;
  /** Người thực hiện — account id, `api-key:<id>`, `anonymous` or `system`. */
  actor: string;
  /** Tên người thực hiện — as it was then (the account may be renamed later). */
  actorName?: string;
  /** Hành động — `<domain>.<verb>`, e.g. `account.create`, `session.login`, `report.submit`. */
  action: string;
  /** Đối tượng — what was acted on, e.g. `user:<id>`, `report:<id>`. */
  target?: string;
  /** Địa chỉ IP — where the request came from. */
  ip?: string;
  /** Chi tiết — small JSON details (never a password or a key). */
  details: Record<string, unknown>;
}

/** Bản ghi nhật ký mới — what {@link AuditStore.append} takes. */
export type NewAuditEntry = Omit<AuditEntry, 'seq'>;

/** Kho nhật ký — the append-only audit log. */
export interface AuditStore {
  append(entry: NewAuditEntry): Promise<AuditEntry>;
  /** Newest first; `beforeSeq` pages back; filters by action prefix (`account.`) and actor. */
  list(query?: { limit?: number; beforeSeq?: number; action?: string; actor?: string; target?: string }): Promise<AuditEntry[]>;
  count(): Promise<number>;
}

/**
 * Trạng thái xem xét — where a stored report stands in the review workflow:
 * `awaiting-approval` (chờ lãnh đạo đơn vị duyệt: not yet left the unit),
 * `submitted` (đã nộp), `returned` (trả lại để sửa), `resubmitted` (đã nộp lại:
 * the unit's correction of a returned or earlier report), `accepted` (đã tiếp nhận).
 */
export type ReviewState = 'awaiting-approval' | 'submitted' | 'returned' | 'resubmitted' | 'accepted';

/**
 * Bước xem xét — what a step did: `submit` (the unit sent the report, or its
 * correction), `approve` (the unit's head let it leave the unit), `return` and
 * `accept` (coordinator staff).
 */
export type ReviewAction = 'submit' | 'approve' | 'return' | 'accept';

/**
 * Nhận xét — one comment of a return: on a field of the report (a JSON Pointer
 * into it, e.g. `/document/number`), on a task (its id, e.g. `II.1.2`).
 */
export type ReviewComment = { on: 'field'; pointer: string; text: string } | { on: 'task'; taskId: string; text: string };

/** Sự kiện xem xét — one step of a report's review, as stored (never changed or deleted). */
export interface ReviewEvent {
  id: string;
  reportId: string;
  /** Số thứ tự bước — 1, 2, 3 … per report; unique, so two racing steps from one state cannot both be stored. */
  step: number;
  action: ReviewAction;
  /** Trạng thái sau bước — the report's state after this step. */
  state: ReviewState;
  /** Who: account id (absent for a plain unit credential), display name, role, and the unit they act for. */
  actor: { userId?: string; name?: string; role?: string; unitId: string };
  /** When (ISO 8601 `+07:00`). */
  at: string;
  /** Nhận xét chung — the overall comment (untrusted text: escape it). */
  comment?: string;
  /** Nhận xét theo mục — comments on fields and tasks. */
  comments: ReviewComment[];
}

/** Sự kiện mới — what {@link ReviewStore.append} takes. */
export type NewReviewEvent = ReviewEvent;

/** Gia hạn — a new deadline granted to one unit for one instance of an obligation. */
export interface DeadlineExtension {
  id: string;
  planId: string;
  /** Khóa kỳ — the calendar's instance key (`<obligationId>@<year>`, `…-Q2`, `…-M03`). */
  instanceKey: string;
  unitId: string;
  /** Hạn mới — the last day allowed (inclusive, `YYYY-MM-DD`, Việt Nam time): late from 00:00 of the next day. */
  lastDay: string;
  /** Lý do gia hạn — untrusted text: escape it. */
  reason: string;
  /** Who granted it: account id (or unit id), and display name. */
  grantedBy: string;
  grantedByName?: string;
  grantedAt: string;
}

/**
 * Kho xem xét — the review workflow's data: steps of each report, deadline
 * extensions, and whether a plan asks for the unit head's approval.
 */
export interface ReviewStore {
  /**
   * Stores a step; `conflict` when a step with the same number is already stored for
   * the report (another reviewer acted first: read the state again).
   */
  append(event: NewReviewEvent): Promise<{ ok: true } | { ok: false; code: 'conflict' }>;
  /** The steps of these reports, oldest first. */
  events(reportIds: readonly string[]): Promise<ReviewEvent[]>;
  /** Records an extension (the latest one for a unit and instance counts). */
  grantExtension(extension: DeadlineExtension): Promise<void>;
  /** Extensions, oldest first (every grant, also those a later one replaced). */
  extensions(query: { planId: string; unitId?: string; instanceKey?: string }): Promise<DeadlineExtension[]>;
  /** Whether the plan asks for the unit head's approval before a report leaves the unit (`undefined`: never set). */
  approvalRequired(planId: string): Promise<boolean | undefined>;
  /** Turns the unit-head approval on or off for a plan. */
  setApprovalRequired(planId: string, required: boolean, by: string, at: string): Promise<void>;
}

/**
 * Kho dữ liệu — everything the portal keeps in its database: reports and their
 * history, hashed access keys, unit contacts, notifications and reminders. One
 * contract, two databases: SQLite (`openSqliteStore`) and PostgreSQL
 * (`openPostgresStore`); `openStore(url)` picks by address. Features add tables
 * by a new migration and methods in a new part, each with its contract tests.
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  readonly reports: ReportStore;
  readonly accessKeys: AccessKeyStore;
  readonly contacts: ContactStore;
  readonly notifications: NotificationStore;
  readonly reminders: ReminderStore;
  /** Tài khoản — accounts (migration 4). */
  readonly users: UserStore;
  /** Phiên đăng nhập — browser sessions (hashed ids). */
  readonly sessions: SessionStore;
  /** Đếm đăng nhập sai — rate limiting and lock-out. */
  readonly loginAttempts: LoginAttemptStore;
  /** Nhật ký — the audit log of every state change. */
  readonly audit: AuditStore;
  /** Xem xét — review steps, deadline extensions, approval settings. */
  readonly reviews: ReviewStore;
  /** Sổ kế hoạch — the plan registry (drafts, published and withdrawn plans). */
  readonly plans: PlanStore;
  /** Phiên bản lược đồ — the schema version of the database (after migrations). */
  schemaVersion(): Promise<number>;
  /** Checks the database answers; rejects with `store.unavailable` when not. */
  ping(): Promise<void>;
  /** Closes what the store opened (a pool or database it created itself). */
  close(): Promise<void>;
}
