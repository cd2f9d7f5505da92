// Chính sách bảo mật nội dung — the portal's Content-Security-Policy, in one place: no
// inline code or style anywhere, except a page script (and the stylesheet) the build wrote
// into a page, each allowed by its SHA-256 only (see build.mjs, `form-inline.js`).

/**
 * Chính sách — the CSP header value.
 * @param scriptHashes - base64 SHA-256 of scripts written into the page (none by default)
 * @param styleHashes - base64 SHA-256 of style elements written into the page (none by default)
 */
export function contentSecurityPolicy(scriptHashes: readonly string[] = [], styleHashes: readonly string[] = []): string {
  const allow = (hashes: readonly string[]) => ["'self'", ...hashes.map((h) => `'sha256-${h}'`)].join(' ');
  return `default-src 'self'; script-src ${allow(scriptHashes)}; style-src ${allow(styleHashes)}; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`;
}
