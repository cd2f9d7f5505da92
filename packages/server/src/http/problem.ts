import type { Lang, Message } from '@dvcq/core';
import type { ReviewErrorCode } from '../review/service';

/**
 * Thông điệp song ngữ — kept as an alias of core's {@link Message} for callers
 * that used this name.
 */
export type BilingualMessage = Message;

/**
 * Mã lỗi máy chủ — the stable codes of the handler's error responses. Scripts key
 * on these, never on the wording. Validation problems (422) carry `validateReport`'s
 * own issue codes beside `report.invalid`.
 */
export type ServerErrorCode =
  | 'http.bad-request'
  | 'http.not-found'
  | 'http.method-not-allowed'
  | 'auth.missing'
  | 'auth.invalid'
  | 'auth.forbidden'
  | 'body.too-large'
  | 'body.malformed-json'
  | 'body.empty'
  | 'body.not-object'
  | 'report.invalid'
  | 'report.not-found'
  | 'report.no-period'
  | 'report.duplicate'
  | 'report.replaces-not-found'
  | 'report.replaces-mismatch'
  | 'report.already-replaced'
  | 'query.invalid'
  | ReviewErrorCode
  | 'store.unavailable';

/**
 * Thân lỗi — the JSON body of every non-2xx response: a stable code, the HTTP
 * status, the message in both languages (so a log or a support desk can read it
 * whichever language the client asked for) and `text` in the caller's language.
 */
export interface ErrorBody {
  error: {
    status: number;
    code: ServerErrorCode;
    message: BilingualMessage;
    text: string;
  } & Record<string, unknown>;
  issues?: unknown[];
}

/** @internal Security headers on every JSON answer. */
export const _jsonHeaders: Record<string, string> = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

/** @internal Builds a JSON response. */
export function _json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ..._jsonHeaders, ...headers } });
}

/** @internal Builds an error response with a bilingual message. */
export function _error(
  status: number,
  code: ServerErrorCode,
  message: BilingualMessage,
  lang: Lang,
  extra: Record<string, unknown> = {},
  issues?: unknown[],
  headers: Record<string, string> = {},
): Response {
  const body: ErrorBody = { error: { status, code, message, text: lang === 'en' ? message.en : message.vi, ...extra } };
  if (issues !== undefined) body.issues = issues;
  return _json(status, body, headers);
}

/**
 * @internal Language of a request: `?lang=en|vi` wins, then `Accept-Language`
 * (only a leading `en` switches), else Vietnamese.
 */
export function _langOf(request: Request, url: URL): Lang {
  const q = url.searchParams.get('lang');
  if (q === 'en' || q === 'vi') return q;
  return _langOfHeader(request.headers.get('accept-language'));
}

/** @internal Language from a raw `Accept-Language` value (any type a Node header may have). */
export function _langOfHeader(value: unknown): Lang {
  const al = typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : '';
  return /^\s*en\b/i.test(al.slice(0, 64)) ? 'en' : 'vi';
}

/** @internal Messages of requests refused before they reach a handler. */
export const _REQUEST_MESSAGES = {
  badTarget: {
    vi: 'Yêu cầu không hợp lệ: địa chỉ (đích của yêu cầu) không đọc được.',
    en: 'Bad request: the request target cannot be read.',
  },
  badMethod: { vi: 'Yêu cầu không hợp lệ: phương thức không đọc được.', en: 'Bad request: the method cannot be read.' },
  badHeader: { vi: 'Yêu cầu không hợp lệ: có tiêu đề không đọc được.', en: 'Bad request: a header cannot be read.' },
  methodForbidden: { vi: 'Phương thức không được hỗ trợ.', en: 'Method not supported.' },
} satisfies Record<string, Message>;
