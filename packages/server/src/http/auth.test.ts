import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { _timingSafeEqual, bearerTokenAuth, hashAccessToken, hashedTokenLookup } from './auth';

describe('hashed tokens', () => {
  it('hashAccessToken is SHA-256 in base64url (43 characters), the value a store keeps', async () => {
    const token = randomBytes(24).toString('base64url');
    const hash = await hashAccessToken(token);
    expect(hash).toBe(createHash('sha256').update(token).digest('base64url'));
    expect(hash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hash).not.toContain(token);
  });

  it('hashedTokenLookup finds the principal of a token from its stored hash only', async () => {
    const tokens = Array.from({ length: 30 }, () => randomBytes(24).toString('base64url'));
    const entries = await Promise.all(tokens.map(async (t, i) => ({ tokenHash: await hashAccessToken(t), principal: { unitId: `u${i}` } })));
    const lookup = hashedTokenLookup(entries);
    for (const [i, t] of tokens.entries()) expect(await lookup(t)).toEqual({ unitId: `u${i}` });
    expect(await lookup(randomBytes(24).toString('base64url'))).toBeUndefined();
    // The hash itself is not a token.
    expect(await lookup(entries[0]!.tokenHash)).toBeUndefined();
    expect(await lookup('')).toBeUndefined();
    const auth = bearerTokenAuth({ lookup });
    const req = (h: string) => new Request('http://localhost/', { headers: { authorization: h } });
    expect(await auth(req(`Bearer ${tokens[3]}`))).toEqual({ unitId: 'u3' });
    expect(await auth(req(`Bearer ${tokens[3]}x`))).toBeUndefined();
  });

  it('_timingSafeEqual compares whole byte strings', () => {
    expect(_timingSafeEqual(Uint8Array.of(1, 2, 3), Uint8Array.of(1, 2, 3))).toBe(true);
    expect(_timingSafeEqual(Uint8Array.of(1, 2, 3), Uint8Array.of(1, 2, 4))).toBe(false);
    expect(_timingSafeEqual(Uint8Array.of(1, 2, 3), Uint8Array.of(1, 2))).toBe(false);
    expect(_timingSafeEqual(new Uint8Array(0), new Uint8Array(0))).toBe(true);
  });
});
