// Public API of @dvcq/server — a hand-picked list (no `export *` of internals).
export { DEFAULT_MAX_BODY_BYTES, REPLACES_HEADER, calendarView, createReportHandler } from './http/handler';
export type { AuthFn, CalendarViewOptions, Overview, OverviewPeriod, Principal, ReportFormat, ReportHandler, ReportHandlerOptions } from './http/handler';
export { bearerTokenAuth, hashAccessToken, hashedTokenLookup } from './http/auth';
export type { BearerTokenAuthOptions, HashedAccessToken } from './http/auth';
export { MAX_REQUEST_TARGET_LENGTH, checkRequestMethod, parseRequestTarget } from './http/target';
export type { RequestTarget } from './http/target';
export { readBodyLimited } from './http/body';
export type { ReadBodyResult } from './http/body';
export type { BilingualMessage, ErrorBody, ServerErrorCode } from './http/problem';

export { createMemoryReportStore } from './store/memory';
export { createSqliteReportStore } from './store/sqlite';
export type { SqliteDatabaseLike, SqliteReportStoreOptions, SqliteStatementLike } from './store/sqlite';
export type { InsertResult, NewReportRecord, ReportQuery, ReportRecord, ReportStore, StoredIssue } from './store/types';

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
