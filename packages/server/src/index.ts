// Public API of @dvcq/server — a hand-picked list (no `export *` of internals).
export { DEFAULT_MAX_BODY_BYTES, REPLACES_HEADER, calendarView, createReportHandler } from './http/handler';
export type { AuthFn, CalendarViewOptions, Overview, OverviewPeriod, Principal, ReportFormat, ReportHandler, ReportHandlerOptions } from './http/handler';
// Tài khoản và vai trò — accounts, roles, passwords, sessions, sign-in, audit log.
export { ROLES, ROLE_LABELS, isRole } from './accounts/roles';
export type { Role } from './accounts/roles';
export { PASSWORD_HASH_PARAMS, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, checkNewPassword, dummyPasswordHash, hashPassword, randomPassword, verifyPassword } from './accounts/password';
export type { PasswordCheck, PasswordHashParams } from './accounts/password';
export { CSRF_HEADER, DEFAULT_SESSION_POLICY, SESSION_COOKIE, checkCsrfToken, csrfTokenFor, endSession, readCookie, readSession, sessionCookie, startSession } from './accounts/session';
export type { ActiveSession, SessionPolicy, StartedSession } from './accounts/session';
export { BAD_CREDENTIALS, DEFAULT_LOGIN_POLICY, signIn } from './accounts/login';
export type { LoginPolicy, SignInResult } from './accounts/login';
export { LOGIN_NAME_PATTERN, createAccount, setPassword } from './accounts/users';
export type { AccountErrorCode, AccountResult, NewAccountInput } from './accounts/users';
export { AUDIT_DETAILS_MAX_CHARS, audit } from './accounts/audit';
export type { AuditInput } from './accounts/audit';
export { REMOTE_ADDRESS_HEADER, clientAddress } from './http/client-address';
export { bearerTokenAuth, hashAccessToken, hashedTokenLookup } from './http/auth';
export type { BearerTokenAuthOptions, HashedAccessToken } from './http/auth';
export { MAX_REQUEST_TARGET_LENGTH, checkRequestMethod, parseRequestTarget } from './http/target';
export type { RequestTarget } from './http/target';
export { readBodyBytesLimited, readBodyLimited } from './http/body';
export type { ReadBodyBytesResult, ReadBodyResult } from './http/body';
export type { BilingualMessage, ErrorBody, ServerErrorCode } from './http/problem';

export { createMemoryReportStore } from './store/memory';
export { createSqliteReportStore, openSqliteStore } from './store/sqlite';
export type { SqliteDatabaseLike, SqliteReportStoreOptions, SqliteStatementLike, SqliteStoreOptions } from './store/sqlite';
export { openPostgresStore } from './store/postgres';
export type { PgClientLike, PgPoolLike, PgQueryResultLike, PostgresStoreOptions } from './store/postgres';
export { openStore, parseStoreAddress } from './store/open';
export type { OpenStoreOptions, StoreAddress } from './store/open';
export { STORE_SCHEMA_VERSION } from './store/migrations';
export { copyStore } from './store/copy';
export { accessKeyLookup } from './store/access';
export type { AccessKeyLookupOptions } from './store/access';
export type { CopiedTable, CopyIssue, CopyIssueCode, CopyMismatch, CopyReport, CopyStoreOptions } from './store/copy';
export { StoreError, isStoreUnavailable } from './store/errors';
export type { StoreErrorCode, StoreIssue } from './store/errors';
export type {
  AccessKey,
  AccessKeyStore,
  AuditEntry,
  AuditStore,
  ContactStore,
  InsertResult,
  LoginAttemptPolicy,
  LoginAttemptRecord,
  LoginAttemptStore,
  NewAccessKey,
  NewAuditEntry,
  NewNotification,
  NewReminder,
  NewReportRecord,
  NotificationStore,
  PortalNotification,
  ReminderRecord,
  ReminderStatus,
  ReminderStore,
  ReportQuery,
  ReportRecord,
  ReportStore,
  SessionRecord,
  SessionStore,
  Store,
  StoredIssue,
  UnitContact,
  NewUserAccount,
  UserAccount,
  UserAccountChanges,
  UserStore,
  DeadlineExtension,
  NewReviewEvent,
  ReviewAction,
  ReviewComment,
  ReviewEvent,
  ReviewState,
  ReviewStore,
} from './store/types';

// Xem xét báo cáo — the review workflow (return, resubmit, accept), extensions, approval.
export { REVIEW_ACTIONS, REVIEW_ACTION_LABELS, REVIEW_STATES, REVIEW_STATE_LABELS, initialReviewState, nextReviewState } from './review/states';
export type { ReviewDecision } from './review/states';
export { createReviewService, extensionsInForce } from './review/service';
export type { ReviewErrorCode, ReviewRefusal, ReviewRequest, ReviewService, ReviewServiceOptions, ReviewView } from './review/service';
// Sổ kế hoạch — the plan registry (drafts, published plans side by side, withdrawn ones).
export { CONFIG_ACTOR, checkPlanDraft, publishedPlans, seedPlan } from './plans/registry';
export type { PlanCheck, PublishedPlan, SeedOutcome, SeedPlanOptions } from './plans/registry';
export { PLAN_STATUSES, PLAN_STATUS_LABELS } from './plans/types';
export type { NewPlanEntry, PlanEntry, PlanFinding, PlanSource, PlanStatus, PlanStore, PublishResult } from './plans/types';

// Nhắc hạn — deadline reminders (in the portal always, by e-mail with a mailer).
export { AFTER_DEADLINE_CATCH_UP_DAYS, DEFAULT_REMINDERS, dueStages, planReminders, reminderStages } from './reminders/schedule';
export type { DueStage, DueStagesOptions, ReminderStage } from './reminders/schedule';
export { reminderContent } from './reminders/message';
export type { ReminderContent, ReminderContentInput } from './reminders/message';
export { DEFAULT_RETRY, runReminders } from './reminders/run';
export type { ReminderOptions, ReminderRunSummary, RetryPolicy } from './reminders/run';
export { startReminders } from './reminders/scheduler';
export type { ReminderScheduler, ReminderSchedulerOptions } from './reminders/scheduler';
export { createSmtpMailer } from './reminders/mailer';
export type { Mailer, OutgoingEmail, SendResult } from './reminders/mailer';
export { DEMO_EMAIL_DOMAIN, demoEmail, normalizeEmail } from './reminders/contacts';

export { toNodeListener } from './adapters/node';
export type { NodeAdapterOptions } from './adapters/node';
export { toExpress } from './adapters/express';
export type { ExpressRequestLike } from './adapters/express';
export { toFastify } from './adapters/fastify';
export type { FastifyInstanceLike, FastifyReplyLike, FastifyRequestLike } from './adapters/fastify';

// Consolidation and its exports live in @dvcq/aggregate; the validate/aggregate
// commands and batch validation in @dvcq/cli.

export { exampleReport } from './example/example-report';
export type { ExampleReportOptions } from './example/example-report';
