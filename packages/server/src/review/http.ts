// Tuyến xem xét — the API rows of the review workflow, answered inside the report
// handler (same authentication, same errors, same 503 when the database is down):
//   GET  /reports/:id/review      state, history, open comments, the viewer's allowed steps
//   POST /reports/:id/review      { action: approve | return | accept, comment?, comments? }
//   GET  /extensions              extensions in force (a unit: its own) and every grant
//   POST /extensions              { unitId, instanceKey, lastDay, reason } (coordinator staff)
//   GET  /review-settings         { approvalRequired }
//   PUT  /review-settings         { approvalRequired } (administrator)
import type { Lang } from '@dvcq/core';
import type { Principal } from '../http/handler';
import { readBodyLimited } from '../http/body';
import { _error, _json } from '../http/problem';
import type { ReviewRefusal, ReviewService } from './service';

const _ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;
const _KEY = /^[A-Za-z0-9][A-Za-z0-9@._-]{0,119}$/;
const _MAX_BODY = 256 * 1024;

const M = {
  method: { vi: 'Phương thức không được hỗ trợ ở địa chỉ này.', en: 'Method not allowed on this route.' },
  tooLarge: { vi: 'Nội dung quá lớn.', en: 'Body too large.' },
  malformed: { vi: 'Nội dung không phải JSON hợp lệ.', en: 'The body is not valid JSON.' },
  query: (what: string) => ({ vi: `Tham số không hợp lệ: ${what}.`, en: `Invalid query parameter: ${what}.` }),
  notFound: { vi: 'Không có báo cáo này.', en: 'No such report.' },
};

const _refusal = (r: ReviewRefusal, lang: Lang) => _error(r.status, r.code, r.message, lang);

async function _body(request: Request, lang: Lang): Promise<unknown | Response> {
  const body = await readBodyLimited(request, _MAX_BODY);
  if (!body.ok) return body.code === 'too-large' ? _error(413, 'body.too-large', M.tooLarge, lang, { limit: _MAX_BODY }) : _error(400, 'body.malformed-json', M.malformed, lang);
  try {
    return JSON.parse(body.text) as unknown;
  } catch {
    return _error(400, 'body.malformed-json', M.malformed, lang);
  }
}

/**
 * @internal Answers a review route, or `undefined` when the path is not one (the report
 * handler goes on). Authentication runs only for the paths it answers.
 */
export async function _reviewRoute(
  review: ReviewService,
  request: Request,
  url: URL,
  lang: Lang,
  parts: readonly string[],
  method: string,
  principalOf: (request: Request) => Promise<Principal | Response>,
  ip: string | undefined,
): Promise<Response | undefined> {
  const [head, id, sub] = parts;
  const ctx = ip !== undefined ? { ip } : {};
  if (head === 'reports' && parts.length === 3 && sub === 'review' && id !== undefined) {
    if (method !== 'GET' && method !== 'POST') return _error(405, 'http.method-not-allowed', M.method, lang, {}, undefined, { allow: 'GET, POST' });
    const who = await principalOf(request);
    if (who instanceof Response) return who;
    if (!_ID.test(id)) return _error(404, 'report.not-found', M.notFound, lang);
    if (method === 'GET') {
      const v = await review.view(id, who);
      return 'ok' in v ? _refusal(v, lang) : _json(200, v);
    }
    const input = await _body(request, lang);
    if (input instanceof Response) return input;
    const r = await review.decide(id, who, input, ctx);
    return r.ok ? _json(200, r.view) : _refusal(r, lang);
  }
  if (head === 'extensions' && parts.length === 1) {
    if (method !== 'GET' && method !== 'POST') return _error(405, 'http.method-not-allowed', M.method, lang, {}, undefined, { allow: 'GET, POST' });
    const who = await principalOf(request);
    if (who instanceof Response) return who;
    if (method === 'GET') {
      const instanceKey = url.searchParams.get('instanceKey') ?? undefined;
      const unitId = url.searchParams.get('unitId') ?? undefined;
      if (instanceKey !== undefined && !_KEY.test(instanceKey)) return _error(400, 'query.invalid', M.query('instanceKey'), lang);
      if (unitId !== undefined && !_ID.test(unitId)) return _error(400, 'query.invalid', M.query('unitId'), lang);
      return _json(200, await review.listExtensions(who, { ...(instanceKey ? { instanceKey } : {}), ...(unitId ? { unitId } : {}) }));
    }
    const input = await _body(request, lang);
    if (input instanceof Response) return input;
    const r = await review.grantExtension(who, input, ctx);
    return r.ok ? _json(201, r.extension) : _refusal(r, lang);
  }
  if (head === 'review-settings' && parts.length === 1) {
    if (method !== 'GET' && method !== 'PUT') return _error(405, 'http.method-not-allowed', M.method, lang, {}, undefined, { allow: 'GET, PUT' });
    const who = await principalOf(request);
    if (who instanceof Response) return who;
    if (method === 'GET') return _json(200, { planId: review.plan.id, approvalRequired: await review.approvalRequired() });
    const input = await _body(request, lang);
    if (input instanceof Response) return input;
    const value = typeof input === 'object' && input !== null && Object.prototype.hasOwnProperty.call(input, 'approvalRequired') ? (input as { approvalRequired: unknown }).approvalRequired : undefined;
    const r = await review.setApprovalRequired(who, value, ctx);
    return r.ok ? _json(200, { planId: review.plan.id, approvalRequired: r.approvalRequired }) : _refusal(r, lang);
  }
  return undefined;
}
