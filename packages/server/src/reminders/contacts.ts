import type { Lang, Result } from '@dvcq/core';

/**
 * Kiểm tra địa chỉ thư — checks and normalizes an e-mail address for the
 * contacts table: trimmed, NFC, one `@`, no spaces or characters that would
 * break a header, a domain with a dot, the domain in lower case.
 * @param text - the address as typed
 * @param options - language of the message
 * @returns the address to store, or `contact.bad-email`
 */
export function normalizeEmail(text: string, options: { lang?: Lang } = {}): Result<string> {
  const s = text.normalize('NFC').trim();
  const m = /^([^\s@<>()[\],;:"\\]{1,64})@([^\s@<>()[\],;:"\\]+\.[^\s@<>()[\],;:"\\.]+)$/.exec(s);
  if (!m || s.length > 254 || m[2]!.includes('..') || m[2]!.startsWith('.')) {
    const shown = JSON.stringify(s.slice(0, 100));
    return {
      ok: false,
      issues: [
        {
          code: 'contact.bad-email',
          severity: 'error',
          path: '',
          message: options.lang === 'en' ? `Not an e-mail address: ${shown}.` : `Không phải địa chỉ thư điện tử: ${shown}.`,
        },
      ],
    };
  }
  return { ok: true, value: `${m[1]}@${m[2]!.toLowerCase()}`, issues: [] };
}

/** Miền dành riêng cho dữ liệu thử — `example.invalid` (RFC 2606 §2): mail to it can never be delivered. */
export const DEMO_EMAIL_DOMAIN = 'example.invalid';

/**
 * Địa chỉ thử — the demo address of a unit, on the reserved `example.invalid`
 * domain, so demo data can never reach a real mailbox or pass for a real address.
 * @param unitId - the unit id
 * @returns e.g. `van-thu.don-vi-a@example.invalid`
 */
export function demoEmail(unitId: string): string {
  return `van-thu.${unitId}@${DEMO_EMAIL_DOMAIN}`;
}
