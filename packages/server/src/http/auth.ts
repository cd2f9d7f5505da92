import type { AuthFn, Principal } from './handler';

/** Tùy chọn xác thực bằng mã — options of {@link bearerTokenAuth}. */
export interface BearerTokenAuthOptions {
  /** Looks a token up (e.g. in a database); `undefined` when unknown. */
  lookup: (token: string) => Principal | undefined | Promise<Principal | undefined>;
}

/**
 * Xác thực bằng mã truy cập — an {@link AuthFn} reading `Authorization: Bearer <token>`.
 * Tokens longer than 512 characters or with characters outside RFC 6750's
 * `b64token` set are refused without a lookup.
 * @param options - the token lookup
 * @returns the auth function
 */
export function bearerTokenAuth(options: BearerTokenAuthOptions): AuthFn {
  return async (request: Request) => {
    const h = request.headers.get('authorization');
    if (h === null || h.length > 600) return undefined;
    const m = /^Bearer +([A-Za-z0-9\-._~+/]{1,512}=*) *$/i.exec(h);
    if (!m) return undefined;
    return (await options.lookup(m[1]!)) ?? undefined;
  };
}

/**
 * Mã truy cập đã băm — a stored credential: the SHA-256 of a token (base64url,
 * see {@link hashAccessToken}) and whom it authenticates. The token itself is
 * never stored.
 */
export interface HashedAccessToken {
  tokenHash: string;
  principal: Principal;
}

/**
 * Băm mã truy cập — SHA-256 of a token, base64url without padding (43 characters).
 *
 * Why a plain (fast, unsalted) hash fits: the tokens this kit issues are 192-bit
 * random values. Slow salted hashes (scrypt, Argon2) exist to make guessing a
 * low-entropy secret such as a password expensive; guessing a 192-bit random
 * token from its hash costs about 2^191 hash evaluations whatever the hash's
 * speed, and no precomputed table can cover that space, so a salt adds nothing.
 * NIST SP 800-63B §5.1.2.2 says the same of look-up secrets: "Secrets having at
 * least 64 bits of entropy MAY simply be hashed using an approved hash
 * function." Being deterministic, the hash can also be looked up. Use it only
 * for random tokens of at least 128 bits, never for passwords people choose.
 * @param token - the token as the client sends it
 * @returns its hash, the value to store
 */
export async function hashAccessToken(token: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return _base64url(new Uint8Array(digest));
}

/**
 * Tra mã đã băm — a `lookup` for {@link bearerTokenAuth} over stored hashes:
 * it hashes the token presented and compares that hash with every stored one in
 * constant time (no early exit, no string comparison), so the time taken says
 * nothing about which stored hash, if any, it resembles.
 * @param entries - the stored hashes and their principals (copied: later changes need a new lookup)
 * @returns `(token) => Promise<Principal | undefined>`
 */
export function hashedTokenLookup(entries: Iterable<HashedAccessToken>): (token: string) => Promise<Principal | undefined> {
  const table = [...entries].map((e) => ({ hash: _fromBase64url(e.tokenHash), principal: e.principal }));
  return async (token: string) => {
    const presented = _fromBase64url(await hashAccessToken(token));
    let found: Principal | undefined;
    for (const e of table) {
      const same = _timingSafeEqual(presented, e.hash);
      // Both branches cost the same; the loop always visits every entry.
      found = same ? e.principal : found;
    }
    return found;
  };
}

/** @internal Compares two byte strings in time that depends only on their (public) lengths. */
export function _timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

function _base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function _fromBase64url(text: string): Uint8Array {
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return new Uint8Array(0); // not base64url: matches nothing
  }
}
