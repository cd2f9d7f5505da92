// Tài khoản — creating accounts and setting passwords, with their checks, in one place.
import { randomBytes } from 'node:crypto';
import { formatInstant } from '@dvcq/calendar';
import type { Message } from '@dvcq/core';
import type { Store, UserAccount } from '../store/types';
import { type PasswordHashParams, checkNewPassword, hashPassword } from './password';
import { type Role, isRole } from './roles';

/** Mẫu tên đăng nhập — 2–64 characters: lower-case letters, digits, `.`, `_`, `-`, starting with a letter or digit. */
export const LOGIN_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;

/** Mã lỗi tài khoản — why an account could not be created or changed. */
export type AccountErrorCode = 'account.bad-login' | 'account.bad-name' | 'account.bad-role' | 'account.bad-unit' | 'account.weak-password' | 'account.duplicate' | 'account.not-found';

/** Kết quả — an account, or why not. */
export type AccountResult = { ok: true; user: UserAccount } | { ok: false; code: AccountErrorCode; message: Message };

const M = {
  login: { vi: 'Tên đăng nhập gồm 2–64 ký tự: chữ thường không dấu, số, dấu chấm, gạch dưới, gạch ngang.', en: 'A login name has 2–64 characters: lower-case letters, digits, dot, underscore, hyphen.' },
  name: { vi: 'Tên hiển thị cần 1–120 ký tự, không có ký tự điều khiển.', en: 'A display name needs 1–120 characters, without control characters.' },
  role: { vi: 'Vai trò không hợp lệ.', en: 'Unknown role.' },
  unit: { vi: 'Đơn vị không có trong kế hoạch.', en: 'The unit is not in the plan.' },
  duplicate: { vi: 'Tên đăng nhập đã có người dùng.', en: 'That login name is taken.' },
  notFound: { vi: 'Không có tài khoản này.', en: 'No such account.' },
} satisfies Record<string, Message>;

/** Tài khoản cần tạo — what {@link createAccount} takes. */
export interface NewAccountInput {
  login: string;
  name: string;
  role: Role | string;
  unitId: string;
  password: string;
  mustChangePassword?: boolean;
  now: Date;
  /** Units an account may belong to (the plan's); absent: any. */
  units?: ReadonlySet<string>;
  hashParams?: PasswordHashParams;
}

/**
 * Tạo tài khoản — checks the login name, display name, role, unit and password,
 * hashes the password (scrypt) and stores the account with a random id.
 * @returns the account, or the first problem found
 */
export async function createAccount(store: Pick<Store, 'users'>, input: NewAccountInput): Promise<AccountResult> {
  const login = input.login.trim().toLowerCase();
  if (!LOGIN_NAME_PATTERN.test(login)) return { ok: false, code: 'account.bad-login', message: M.login };
  const name = input.name.normalize('NFC').trim();
  if (name.length < 1 || name.length > 120 || /[\u0000-\u001f\u007f]/.test(name)) return { ok: false, code: 'account.bad-name', message: M.name };
  if (!isRole(input.role)) return { ok: false, code: 'account.bad-role', message: M.role };
  if (input.units !== undefined && !input.units.has(input.unitId)) return { ok: false, code: 'account.bad-unit', message: M.unit };
  const weak = checkNewPassword(input.password, { login });
  if (weak) return { ok: false, code: 'account.weak-password', message: weak };
  const at = formatInstant(input.now);
  const user: UserAccount = {
    id: `u-${randomBytes(9).toString('base64url')}`,
    login,
    name,
    role: input.role,
    unitId: input.unitId,
    passwordHash: await hashPassword(input.password, input.hashParams),
    disabled: false,
    mustChangePassword: input.mustChangePassword ?? false,
    createdAt: at,
    updatedAt: at,
  };
  const added = await store.users.add(user);
  if (!added.ok) return { ok: false, code: 'account.duplicate', message: M.duplicate };
  return { ok: true, user };
}

/**
 * Đặt mật khẩu — sets a new password (checked, hashed) and ends the account's
 * other sessions (all of them when `keepSessionHash` is absent): used for a
 * password change by the user and a reset by an administrator (`mustChange`).
 * @returns the account after the change, or why not
 */
export async function setPassword(
  store: Pick<Store, 'users' | 'sessions'>,
  userId: string,
  password: string,
  options: { now: Date; mustChange: boolean; keepSessionHash?: string; hashParams?: PasswordHashParams },
): Promise<AccountResult> {
  const user = await store.users.get(userId);
  if (user === undefined) return { ok: false, code: 'account.not-found', message: M.notFound };
  const weak = checkNewPassword(password, { login: user.login });
  if (weak) return { ok: false, code: 'account.weak-password', message: weak };
  await store.users.update(userId, { passwordHash: await hashPassword(password, options.hashParams), mustChangePassword: options.mustChange }, formatInstant(options.now));
  await store.sessions.deleteForUser(userId, options.keepSessionHash);
  return { ok: true, user: (await store.users.get(userId))! };
}
