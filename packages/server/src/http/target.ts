/**
 * Đích của yêu cầu — a request target read defensively: the path (still
 * percent-encoded, exactly as sent) and the query, on a fixed origin.
 */
export interface RequestTarget {
  /** `http://localhost` + path + query: the origin is fixed, a forged `Host` changes nothing. */
  url: URL;
  /** The path as sent, percent-encoding kept (e.g. `/api/reports/abc`). */
  pathname: string;
  /** The query with its `?`, or `''`. */
  search: string;
}

/** Độ dài tối đa của đích — longest request target accepted (Node itself caps the whole header block at 16 KiB). */
export const MAX_REQUEST_TARGET_LENGTH = 8192;

const _ORIGIN = 'http://localhost';
const _ABSOLUTE = /^https?:\/\//i;
// RFC 9110 §5.6.2 `token`: the characters a method may have.
const _TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,32}$/;

/**
 * Đọc đích của yêu cầu — parses what a client sent after the method
 * (`GET <target> HTTP/1.1`) without ever throwing. Origin form (`/path?query`)
 * is placed on a fixed origin, so `///`, `//%` or `//x:99999/` are paths like
 * any other (they name no route: 404), never a host. Absolute form
 * (`http://host/path`, RFC 9112 §3.2.2) keeps only its path and query. Anything
 * else — empty, asterisk form `*`, authority form `host:port`, control
 * characters, more than {@link MAX_REQUEST_TARGET_LENGTH} characters — gives
 * `undefined` (answer 400).
 * @param target - the raw request target (Node's `req.url`)
 * @returns the parsed target, or `undefined` when it is not one a resource can have
 */
export function parseRequestTarget(target: string | undefined): RequestTarget | undefined {
  if (typeof target !== 'string' || target.length === 0 || target.length > MAX_REQUEST_TARGET_LENGTH) return undefined;
  // Control characters, spaces and non-ASCII never appear in a valid target (RFC 3986).
  if (/[^\x21-\x7e]/.test(target)) return undefined;
  let pathAndQuery: string;
  if (target.startsWith('/')) {
    pathAndQuery = target;
  } else if (_ABSOLUTE.test(target)) {
    let abs: URL;
    try {
      abs = new URL(target);
    } catch {
      return undefined;
    }
    pathAndQuery = abs.pathname + abs.search;
  } else {
    return undefined;
  }
  let url: URL;
  try {
    // After the fixed origin a leading "/" always starts the path: the host cannot change.
    url = new URL(_ORIGIN + pathAndQuery);
  } catch {
    return undefined;
  }
  url.hash = '';
  return { url, pathname: url.pathname, search: url.search };
}

/**
 * Phương thức hợp lệ — whether a method is a syntactically valid HTTP token that
 * the fetch `Request` constructor accepts (`CONNECT`, `TRACE` and `TRACK` are
 * forbidden there: answer 405).
 * @param method - the method as sent
 * @returns `'ok'`, `'forbidden'` (405) or `'invalid'` (400)
 */
export function checkRequestMethod(method: string | undefined): 'ok' | 'forbidden' | 'invalid' {
  if (typeof method !== 'string' || !_TOKEN.test(method)) return 'invalid';
  const m = method.toUpperCase();
  if (m === 'CONNECT' || m === 'TRACE' || m === 'TRACK') return 'forbidden';
  return 'ok';
}
