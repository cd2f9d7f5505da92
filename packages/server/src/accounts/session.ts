// Phiên đăng nhập — browser sessions: a random 256-bit id in an HttpOnly,
// SameSite=Strict cookie (Secure over HTTPS); the store keeps only its SHA-256
// hash. A CSRF token is derived from the id (a different hash), so it is bound to
// the session without being stored, and knowing it reveals neither the id nor the
// stored hash.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { formatInstant } from '@dvcq/calendar';
import { hashAccessToken } from '../http/auth';
import type { SessionRecord, Store, UserAccount } from '../store/types';

/** Tên cookie phiên — the session cookie's name. */
export const SESSION_COOKIE = 'dvcq_session';

/** Tiêu đề mã CSRF — the request header carrying the CSRF token (forms use the field `_csrf`). */
export const CSRF_HEADER = 'x-csrf-token';

/** Thời hạn phiên — how long a session lives. */
export interface SessionPolicy {
  /** Tuyệt đối — a session ends this long after sign-in (ms). */
  absoluteMs: number;
  /** Không hoạt động — a session ends after this long without a request (ms). */
  idleMs: number;
}

/** Thời hạn mặc định — 12 hours at most, 30 minutes idle (a working day; OWASP's session guidance). */
export const DEFAULT_SESSION_POLICY: Readonly<SessionPolicy> = Object.freeze({ absoluteMs: 12 * 3600_000, idleMs: 30 * 60_000 });

const _ID = /^[A-Za-z0-9_-]{43}$/;

/**
 * Mã CSRF — the token a page sends back with every state change of its session.
 * @param sessionId - the session id (from the cookie)
 * @returns base64url SHA-256 of a domain-separated id
 */
export function csrfTokenFor(sessionId: string): string {
  return createHash('sha256').update(`dvcq-csrf\0${sessionId}`).digest('base64url');
}

/**
 * Kiểm tra mã CSRF — compares a presented token with the session's in constant time.
 * @returns true when they match
 */
export function checkCsrfToken(sessionId: string, presented: string | null | undefined): boolean {
  if (typeof presented !== 'string' || presented.length !== 43) return false;
  return timingSafeEqual(Buffer.from(csrfTokenFor(sessionId)), Buffer.from(presented));
}

/**
 * Đọc cookie — one cookie's value from the request (the first one of that name).
 * @returns the value, or undefined
 */
export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get('cookie');
  if (header === null || header.length > 8192) return undefined;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    if (part.slice(0, i).trim() === name) return part.slice(i + 1).trim();
  }
  return undefined;
}

/**
 * Cookie phiên — the `Set-Cookie` value for a session id: `HttpOnly; SameSite=Strict;
 * Path=/`, `Secure` when the portal is reached over HTTPS; `Max-Age` is the absolute lifetime.
 * @param sessionId - the new id, or `''` to clear the cookie
 */
export function sessionCookie(sessionId: string, options: { secure: boolean; maxAgeMs?: number }): string {
  const maxAge = sessionId === '' ? 0 : Math.floor((options.maxAgeMs ?? DEFAULT_SESSION_POLICY.absoluteMs) / 1000);
  return `${SESSION_COOKIE}=${sessionId}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${options.secure ? '; Secure' : ''}`;
}

/** Phiên mới — what {@link startSession} returns: the id for the cookie (never stored), its CSRF token, the record. */
export interface StartedSession {
  id: string;
  csrf: string;
  record: SessionRecord;
}

/**
 * Mở phiên — a new session for an account (always a new random id: a session id
 * set before sign-in is never adopted).
 * @param store - the store (sessions)
 * @param user - the account signing in
 * @param options - clock, policy, the client's address and user agent
 */
export async function startSession(
  store: Pick<Store, 'sessions'>,
  user: Pick<UserAccount, 'id'>,
  options: { now: Date; policy?: SessionPolicy; ip?: string; userAgent?: string },
): Promise<StartedSession> {
  const policy = options.policy ?? DEFAULT_SESSION_POLICY;
  const id = randomBytes(32).toString('base64url');
  const nowMs = options.now.getTime();
  const record: SessionRecord = {
    idHash: await hashAccessToken(id),
    userId: user.id,
    createdAt: formatInstant(options.now),
    expiresMs: nowMs + policy.absoluteMs,
    lastSeenMs: nowMs,
    ...(options.ip ? { ip: options.ip.slice(0, 64) } : {}),
    ...(options.userAgent ? { userAgent: options.userAgent.slice(0, 200) } : {}),
  };
  await store.sessions.create(record);
  return { id, csrf: csrfTokenFor(id), record };
}

/** Phiên hợp lệ — a working session, its account and CSRF token. */
export interface ActiveSession {
  id: string;
  csrf: string;
  session: SessionRecord;
  user: UserAccount;
}

/**
 * Đọc phiên — the working session the request's cookie names: known, not expired,
 * not idle too long, its account existing and enabled. Records the use (at most
 * once a minute, to spare the database). An expired session is deleted.
 * @returns the session, or undefined
 */
export async function readSession(store: Pick<Store, 'sessions' | 'users'>, request: Request, options: { now: Date; policy?: SessionPolicy }): Promise<ActiveSession | undefined> {
  const id = readCookie(request, SESSION_COOKIE);
  if (id === undefined || !_ID.test(id)) return undefined;
  const policy = options.policy ?? DEFAULT_SESSION_POLICY;
  const idHash = await hashAccessToken(id);
  const session = await store.sessions.get(idHash);
  if (session === undefined) return undefined;
  const nowMs = options.now.getTime();
  if (session.expiresMs <= nowMs || session.lastSeenMs + policy.idleMs <= nowMs) {
    await store.sessions.delete(idHash);
    return undefined;
  }
  const user = await store.users.get(session.userId);
  if (user === undefined || user.disabled) return undefined;
  if (nowMs - session.lastSeenMs >= 60_000) await store.sessions.touch(idHash, nowMs);
  return { id, csrf: csrfTokenFor(id), session, user };
}

/**
 * Đóng phiên — ends the session the request's cookie names (sign-out).
 * @returns true when a session was ended
 */
export async function endSession(store: Pick<Store, 'sessions'>, request: Request): Promise<boolean> {
  const id = readCookie(request, SESSION_COOKIE);
  if (id === undefined || !_ID.test(id)) return false;
  return store.sessions.delete(await hashAccessToken(id));
}
