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
