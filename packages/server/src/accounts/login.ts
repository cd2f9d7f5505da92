// Đăng nhập — checking a login name and password with rate limiting and
// lock-out, per account name and per client address. Failures are counted by
// the name typed whether or not such an account exists, and every refusal says
// the same thing, so answers never tell which names exist.
import type { Message } from '@dvcq/core';
import type { LoginAttemptPolicy, Store, UserAccount } from '../store/types';
import { PASSWORD_MAX_LENGTH, type PasswordHashParams, dummyPasswordHash, verifyPassword } from './password';

/** Chính sách đăng nhập — limits per account name and per client address. */
export interface LoginPolicy {
  /** Per account name: e.g. 5 failures within 15 minutes lock it for 15 minutes. */
  account: Omit<LoginAttemptPolicy, 'maxKeys'>;
  /** Per client address: more generous (an office shares one address). */
  ip: Omit<LoginAttemptPolicy, 'maxKeys'>;
  /** Counters kept at most (oldest dropped first). */
  maxKeys: number;
}

/**
 * Chính sách mặc định — 5 failures in 15 minutes lock an account name for 15
 * minutes; 50 failures in 15 minutes lock a client address for 15 minutes; at most
 * 10 000 counters (OWASP Authentication Cheat Sheet: lock-out with a time window
 * rather than for good, so an attacker cannot lock an official out for days).
 */
export const DEFAULT_LOGIN_POLICY: Readonly<LoginPolicy> = Object.freeze({
  account: { windowMs: 15 * 60_000, maxFailures: 5, lockMs: 15 * 60_000 },
  ip: { windowMs: 15 * 60_000, maxFailures: 50, lockMs: 15 * 60_000 },
  maxKeys: 10_000,
});

/** Kết quả đăng nhập — the account, or why not (`auth.bad-credentials` or `auth.locked`, with a message that names no account). */
export type SignInResult =
  | { ok: true; user: UserAccount; needsRehash: boolean }
  | { ok: false; code: 'auth.bad-credentials' | 'auth.locked'; message: Message; retryAfterMs?: number };

/** Sai thông tin — the one message for a wrong name, a wrong password or a disabled account. */
export const BAD_CREDENTIALS: Message = {
  vi: 'Tên đăng nhập hoặc mật khẩu không đúng (hoặc tài khoản đã bị khóa).',
  en: 'Wrong login name or password (or the account is disabled).',
};

const _locked = (ms: number): Message => {
  const min = Math.max(1, Math.ceil(ms / 60_000));
  return {
    vi: `Đăng nhập tạm bị khóa do nhập sai nhiều lần. Thử lại sau ${min} phút, hoặc nhờ quản trị viên đặt lại mật khẩu.`,
    en: `Sign-in is locked for a while after repeated failures. Try again in ${min} minute(s), or ask an administrator to reset the password.`,
  };
};

/** @internal Counter key of an account name. */
export const _accountKey = (login: string) => `account:${login.trim().toLowerCase().slice(0, 64)}`;
/** @internal Counter key of a client address. */
export const _ipKey = (ip: string | undefined) => `ip:${(ip ?? 'unknown').slice(0, 64)}`;

/**
 * Đăng nhập — checks a login name and password: refused while the name or the
 * client address is locked (even with the right password), counted on failure,
 * the name's counter cleared on success. A name with no account costs the same
 * scrypt work as one with an account.
 * @param store - users and login attempts
 * @param input - what was typed, the client address, the clock
 * @returns the account, or a refusal
 */
export async function signIn(
  store: Pick<Store, 'users' | 'loginAttempts'>,
  input: { login: string; password: string; ip?: string; now: Date; policy?: LoginPolicy; hashParams?: PasswordHashParams; dummyHash?: string },
): Promise<SignInResult> {
  const policy = input.policy ?? DEFAULT_LOGIN_POLICY;
  const nowMs = input.now.getTime();
  const accountKey = _accountKey(input.login);
  const ipKey = _ipKey(input.ip);
  const [a, i] = await Promise.all([store.loginAttempts.get(accountKey), store.loginAttempts.get(ipKey)]);
  const lockedUntil = Math.max(a?.lockedUntilMs ?? 0, i?.lockedUntilMs ?? 0);
  if (lockedUntil > nowMs) return { ok: false, code: 'auth.locked', message: _locked(lockedUntil - nowMs), retryAfterMs: lockedUntil - nowMs };

  const login = input.login.trim().toLowerCase();
  const user = login.length > 0 && login.length <= 64 ? await store.users.findByLogin(login) : undefined;
  const password = input.password.length <= PASSWORD_MAX_LENGTH ? input.password : '';
  const check = await verifyPassword(password, user?.passwordHash ?? input.dummyHash ?? (await dummyPasswordHash()), input.hashParams);
  if (user !== undefined && check.ok && !user.disabled) {
    await store.loginAttempts.clear(accountKey);
    return { ok: true, user, needsRehash: check.needsRehash };
  }
  const [na, ni] = await Promise.all([
    store.loginAttempts.fail(accountKey, nowMs, { ...policy.account, maxKeys: policy.maxKeys }),
    store.loginAttempts.fail(ipKey, nowMs, { ...policy.ip, maxKeys: policy.maxKeys }),
  ]);
  const nowLocked = Math.max(na.lockedUntilMs, ni.lockedUntilMs);
  if (nowLocked > nowMs) return { ok: false, code: 'auth.locked', message: _locked(nowLocked - nowMs), retryAfterMs: nowLocked - nowMs };
  return { ok: false, code: 'auth.bad-credentials', message: BAD_CREDENTIALS };
}
