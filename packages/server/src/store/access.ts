import type { Principal } from '../http/handler';
import { _timingSafeEqual, hashAccessToken } from '../http/auth';
import type { AccessKey, AccessKeyStore } from './types';

/** Tùy chọn tra khóa — options of {@link accessKeyLookup}. */
export interface AccessKeyLookupOptions {
  /**
   * Maps a working key to whom it authenticates, or `undefined` to refuse it (e.g.
   * a unit no longer in the plan). Default: `{ unitId, readAll }` as stored.
   */
  principal?: (key: AccessKey) => Principal | undefined;
}

/**
 * Tra khóa đã lưu — a `lookup` for `bearerTokenAuth` over the store's access
 * keys: it hashes the token presented (`hashAccessToken`), finds the working
 * key with that hash in the database, and compares the hashes again in constant
 * time. Each request reads the database, so a revoked key stops working at once;
 * while the database is unreachable the lookup rejects with `store.unavailable`
 * (the HTTP kit answers 503, not 401).
 * @param keys - `store.accessKeys`
 * @param options - how a key becomes a principal
 * @returns `(token) => Promise<Principal | undefined>`
 */
export function accessKeyLookup(keys: AccessKeyStore, options: AccessKeyLookupOptions = {}): (token: string) => Promise<Principal | undefined> {
  const enc = new TextEncoder();
  return async (token: string) => {
    const hash = await hashAccessToken(token);
    const key = await keys.findByHash(hash);
    if (key === undefined || !_timingSafeEqual(enc.encode(key.tokenHash), enc.encode(hash))) return undefined;
    return options.principal ? options.principal(key) : { unitId: key.unitId, ...(key.readAll ? { readAll: true } : {}) };
  };
}
