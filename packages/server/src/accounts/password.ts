// Mật khẩu — passwords hashed with Node's built-in scrypt.
//
// Why scrypt (RFC 7914) through `node:crypto`: it ships with Node (no native
// add-on to compile, unlike argon2 bindings, on machines that reach only the npm
// registry), it is memory-hard (each guess needs 128·N·r bytes — 32 MiB with the
// parameters below — so GPUs and ASICs gain little), and OWASP's Password Storage
// Cheat Sheet lists it with N=2^17, r=8, p=1 as its minimum; we use N=2^15 (32 MiB;
// 232 ms at load average 7 and 415 ms at 11 on the shared 2-core test machine — not
// measured on an idle one — with `node -e "crypto.scryptSync('x','s',32,{N:2**15,r:8,p:1,maxmem:2**26})"`)
// so a sign-in stays quick on a provincial server, and store the parameters in each hash so they
// can be raised later: `verifyPassword` says when a stored hash uses weaker ones
// (`needsRehash`) and the portal re-hashes at the next sign-in.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { Message } from '@dvcq/core';

/** Tham số scrypt — the cost parameters new hashes are made with. */
export interface PasswordHashParams {
  /** CPU/memory cost, a power of two. */
  N: number;
  /** Block size. */
  r: number;
  /** Parallelisation. */
  p: number;
}

/** Tham số mặc định — N=2^15, r=8, p=1 (32 MiB per hash; see the module comment for why). */
export const PASSWORD_HASH_PARAMS: Readonly<PasswordHashParams> = Object.freeze({ N: 2 ** 15, r: 8, p: 1 });

/** Độ dài mật khẩu — at least 8 characters (NIST SP 800-63B §5.1.1.2), at most 256. */
export const PASSWORD_MIN_LENGTH = 8;
/** Độ dài tối đa — longer input is refused before hashing. */
export const PASSWORD_MAX_LENGTH = 256;

const _KEY_LENGTH = 32;
const _SALT_LENGTH = 16;
// Hashes outside these bounds are refused (a tampered row must not make a sign-in cost minutes).
const _MAX_N = 2 ** 20;
const _MAX_R = 32;
const _MAX_P = 16;

function _scrypt(password: string, salt: Buffer, params: PasswordHashParams, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem: 128·N·r plus room, so the largest accepted parameters run.
    scrypt(password.normalize('NFC'), salt, length, { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 1024 * 1024 }, (e, key) => (e ? reject(e) : resolve(key)));
  });
}

/**
 * Băm mật khẩu — an encoded scrypt hash of a password with a new random salt:
 * `scrypt$<N>$<r>$<p>$<salt base64url>$<hash base64url>`. The password is
 * normalised to Unicode NFC first, so "Việt" typed by different keyboards matches.
 * @param password - the password (check it with {@link checkNewPassword} first)
 * @param params - cost parameters (default {@link PASSWORD_HASH_PARAMS})
 * @returns the string to store
 */
export async function hashPassword(password: string, params: PasswordHashParams = PASSWORD_HASH_PARAMS): Promise<string> {
  const salt = randomBytes(_SALT_LENGTH);
  const key = await _scrypt(password, salt, params, _KEY_LENGTH);
  return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** Kết quả kiểm tra mật khẩu — whether it matched, and whether the stored hash should be redone with today's parameters. */
export interface PasswordCheck {
  ok: boolean;
  needsRehash: boolean;
}

/**
 * Kiểm tra mật khẩu — compares a password with a stored hash in constant time
 * (`timingSafeEqual`). A malformed or out-of-bounds hash matches nothing.
 * @param password - what the user typed
 * @param encoded - from {@link hashPassword}
 * @param params - today's parameters (to say `needsRehash`)
 * @returns `{ ok, needsRehash }`
 */
export async function verifyPassword(password: string, encoded: string, params: PasswordHashParams = PASSWORD_HASH_PARAMS): Promise<PasswordCheck> {
  const m = /^scrypt\$(\d{1,8})\$(\d{1,3})\$(\d{1,3})\$([A-Za-z0-9_-]{8,64})\$([A-Za-z0-9_-]{16,128})$/.exec(encoded);
  if (!m || password.length > PASSWORD_MAX_LENGTH) return { ok: false, needsRehash: false };
  const stored = { N: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  if (stored.N < 2 || stored.N > _MAX_N || (stored.N & (stored.N - 1)) !== 0 || stored.r < 1 || stored.r > _MAX_R || stored.p < 1 || stored.p > _MAX_P) return { ok: false, needsRehash: false };
  const expected = Buffer.from(m[5]!, 'base64url');
  const key = await _scrypt(password, Buffer.from(m[4]!, 'base64url'), stored, expected.length);
  const ok = key.length === expected.length && timingSafeEqual(key, expected);
  return { ok, needsRehash: ok && (stored.N < params.N || stored.r < params.r || stored.p < params.p) };
}

/**
 * Mật khẩu mẫu — a hash no password matches in practice, to compare against when
 * the account does not exist, so a sign-in takes as long either way.
 * @returns an encoded hash of a random password
 */
export function dummyPasswordHash(): Promise<string> {
  return hashPassword(randomBytes(24).toString('base64url'));
}

/**
 * Mật khẩu ngẫu nhiên — a password to hand out (demo accounts, an administrator's
 * reset): 16 characters from an alphabet without look-alikes (about 90 bits).
 * @returns the password
 */
export function randomPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(32);
  let out = '';
  // Rejection sampling keeps every character equally likely.
  for (let i = 0; out.length < 16; i++) {
    const b = i < bytes.length ? bytes[i]! : randomBytes(1)[0]!;
    if (b < 256 - (256 % alphabet.length)) out += alphabet[b % alphabet.length];
  }
  return `${out.slice(0, 4)}-${out.slice(4, 8)}-${out.slice(8, 12)}-${out.slice(12)}`;
}

/**
 * Kiểm tra mật khẩu mới — the rules a new password must meet: 8 to 256
 * characters, not the login name, not one character repeated.
 * @param password - the new password
 * @param context - the account's login name
 * @returns `undefined` when it is acceptable, else why not (Vietnamese first, English beside)
 */
export function checkNewPassword(password: string, context: { login?: string } = {}): Message | undefined {
  const n = [...password.normalize('NFC')].length;
  if (n < PASSWORD_MIN_LENGTH) return { vi: `Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`, en: `The password needs at least ${PASSWORD_MIN_LENGTH} characters.` };
  if (n > PASSWORD_MAX_LENGTH) return { vi: `Mật khẩu dài tối đa ${PASSWORD_MAX_LENGTH} ký tự.`, en: `The password may have at most ${PASSWORD_MAX_LENGTH} characters.` };
  if (context.login !== undefined && password.toLowerCase() === context.login.toLowerCase()) return { vi: 'Mật khẩu không được trùng tên đăng nhập.', en: 'The password may not be the login name.' };
  if (/^(.)\1*$/u.test(password)) return { vi: 'Mật khẩu không được chỉ lặp một ký tự.', en: 'The password may not repeat a single character.' };
  return undefined;
}
