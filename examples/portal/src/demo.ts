// Tài khoản thử — `--demo` creates one account per role: the administrator,
// coordinator staff, an officer for every unit that owes a report and a head for
// the first few, each with a random password. The database keeps only scrypt
// hashes; the passwords exist only in the 0600 file demo-accounts.json (the
// demo's way of handing them out) and on the console. Without `--demo`, a
// portal with no account at all gets one administrator with a temporary
// password (to change at first sign-in), printed once.
import { existsSync, readFileSync } from 'node:fs';
import { type Plan, findUnit } from '@dvcq/core';
import { formatInstant } from '@dvcq/calendar';
import { type Role, type Store, createAccount, hashPassword, randomPassword, verifyPassword } from '@dvcq/server';
import { writePrivateFile } from './data';

/** Tài khoản thử — one demo account and, when known, its password. */
export interface DemoAccount {
  login: string;
  role: Role;
  unitId: string;
  name: string;
  /** Absent when only the hash is kept (the file was removed). */
  password?: string;
}

/**
 * Tham số băm của mật khẩu thử — demo passwords are random (16 characters from 55,
 * about 92 bits): guessing one from its hash is out of reach whatever the hash's cost,
 * so they are hashed with N=2^12 (8 times cheaper than `PASSWORD_HASH_PARAMS`) to keep
 * the start quick; the first sign-in re-hashes with the full parameters (`needsRehash`).
 */
export const DEMO_HASH_PARAMS = Object.freeze({ N: 2 ** 12, r: 8, p: 1 });

/** Số lãnh đạo đơn vị thử — demo heads are made for this many units (each account costs a scrypt hash at start). */
export const DEMO_HEADS = 3;

/** Tên đăng nhập thử — the login names the demo uses. */
export const demoLogin = (role: Role, unitId: string): string =>
  role === 'admin' ? 'admin' : role === 'coordinator' ? 'tong-hop' : role === 'head' ? `${unitId}.lanh-dao` : unitId;

/**
 * Các tài khoản thử — the accounts `--demo` makes for a plan, in order: admin,
 * coordinator staff, an officer per unit owing a report, a head for the first {@link DEMO_HEADS}.
 */
export function demoAccountsFor(plan: Plan, coordinator: string, owing: readonly string[]): Array<Omit<DemoAccount, 'password'>> {
  const name = (id: string) => findUnit(plan, id)?.name.vi ?? id;
  return [
    { login: 'admin', role: 'admin', unitId: coordinator, name: 'Quản trị viên (thử)' },
    { login: 'tong-hop', role: 'coordinator', unitId: coordinator, name: `Cán bộ ${name(coordinator)} (thử)` },
    ...owing.map((u) => ({ login: demoLogin('officer', u), role: 'officer' as const, unitId: u, name: `Cán bộ ${name(u)} (thử)` })),
    ...owing.slice(0, DEMO_HEADS).map((u) => ({ login: demoLogin('head', u), role: 'head' as const, unitId: u, name: `Lãnh đạo ${name(u)} (thử)` })),
  ];
}

/**
 * Tạo tài khoản thử — makes sure each demo account exists; the passwords known
 * (new ones, and those in `file` that still match) are written back to `file` (0600).
 * `renew` gives every demo account a new password.
 * @returns the accounts, in {@link demoAccountsFor} order
 */
export async function ensureDemoAccounts(
  store: Store,
  wanted: ReadonlyArray<Omit<DemoAccount, 'password'>>,
  file: string,
  options: { now: Date; renew: boolean },
): Promise<DemoAccount[]> {
  const known = new Map<string, string>();
  if (existsSync(file)) {
    try {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      if (Array.isArray(saved)) for (const a of saved) if (a && typeof a.login === 'string' && typeof a.password === 'string') known.set(a.login, a.password);
    } catch {
      // unreadable: the hashes in the database still hold
    }
  }
  // scrypt runs on libuv's thread pool: a few at a time keeps the start short.
  const out: DemoAccount[] = new Array(wanted.length);
  let next = 0;
  const work = async () => {
    while (next < wanted.length) {
      const i = next++;
      const w = wanted[i]!;
      const existing = await store.users.findByLogin(w.login);
      if (existing && !options.renew) {
        const plain = known.get(w.login);
        out[i] = plain !== undefined && (await verifyPassword(plain, existing.passwordHash)).ok ? { ...w, password: plain } : { ...w };
        continue;
      }
      const password = randomPassword();
      if (existing) {
        await store.users.update(existing.id, { passwordHash: await hashPassword(password, DEMO_HASH_PARAMS), disabled: false, mustChangePassword: false }, formatInstant(options.now));
        await store.sessions.deleteForUser(existing.id);
      } else {
        const made = await createAccount(store, { ...w, password, now: options.now, hashParams: DEMO_HASH_PARAMS });
        if (!made.ok) throw new Error(`${w.login}: ${made.message.vi} / ${made.message.en}`);
      }
      out[i] = { ...w, password };
    }
  };
  await Promise.all([work(), work(), work(), work()]);
  writePrivateFile(file, JSON.stringify(out.filter((a) => a.password !== undefined), null, 2) + '\n');
  return out;
}

/**
 * Quản trị viên đầu tiên — a portal without any account gets `admin` with a
 * temporary password (to change at first sign-in), written to `file` (0600).
 * @returns the account made, or undefined when accounts exist
 */
export async function ensureFirstAdmin(store: Store, coordinator: string, file: string, now: Date): Promise<DemoAccount | undefined> {
  if ((await store.users.list()).length > 0) return undefined;
  const password = randomPassword();
  const a = { login: 'admin', role: 'admin' as const, unitId: coordinator, name: 'Quản trị viên' };
  const made = await createAccount(store, { ...a, password, mustChangePassword: true, now });
  if (!made.ok) throw new Error(`${made.message.vi} / ${made.message.en}`);
  writePrivateFile(file, JSON.stringify([{ ...a, password }], null, 2) + '\n');
  return { ...a, password };
}
