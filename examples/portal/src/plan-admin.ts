// Quản trị kế hoạch — the administrator's routes: upload a plan file or a plan
// document (read by @dvcq/import), see the findings and the draft, fix the draft,
// publish it for a year, withdraw a published plan. Administrators only; every
// upload, edit, publish and withdrawal goes to the audit log. Uploads are bounded
// (size checked while streaming, one document read at a time per process).
import { type Lang, type Message, readJsonBounded } from '@dvcq/core';
import { formatInstant } from '@dvcq/calendar';
import {
  type AuthFn,
  CSRF_HEADER,
  type PlanEntry,
  type PlanFinding,
  type Principal,
  type PublishedPlan,
  SESSION_COOKIE,
  type Store,
  audit,
  checkCsrfToken,
  checkPlanDraft,
  clientAddress,
  csrfTokenFor,
  isStoreUnavailable,
  readBodyBytesLimited,
  isRole,
  readCookie,
} from '@dvcq/server';
import type { PortalAccounts } from './accounts';
import type { Route } from './http/router';
import type { PortalHelpers } from './app';
import { type PlanCatalog, servingProblem } from './plans';
import { errorPage } from './pages/error';
import { type AdminFormContext, planEntryPage, plansListPage } from './pages/plans';

/** Cỡ tải lên tối đa — the largest upload accepted (10 MiB, multipart framing included). */
export const MAX_PLAN_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Cỡ bản nháp tối đa — the largest plan JSON saved from the editor (5 MiB, as `loadPlan` reads). */
export const MAX_PLAN_DRAFT_BYTES = 5 * 1024 * 1024 + 64 * 1024;

/** Tùy chọn — what the plan administration routes need. */
export interface PlanAdminOptions {
  store: Store;
  /** Who is calling, whatever the plan (session or API key); administrators have `role: 'admin'`. */
  auth: AuthFn;
  plans: PlanCatalog;
  now: () => Date;
  helpers: PortalHelpers;
  /** Id of a new registry entry (default: `crypto.randomUUID()`). */
  newKey?: () => string;
}

const M = {
  signIn: { vi: 'Cần đăng nhập bằng tài khoản quản trị (401).', en: 'Sign in with an administrator account (401).' },
  adminOnly: { vi: 'Chỉ quản trị viên được quản lý kế hoạch (403).', en: 'Only administrators manage plans (403).' },
  notFound: { vi: 'Không có kế hoạch này trong sổ (404).', en: 'No such plan in the registry (404).' },
  tooLarge: (limit: number): Message => {
    const size = limit >= 1024 * 1024 ? `${Math.round(limit / 1024 / 1024)} MiB` : `${Math.round(limit / 1024)} KiB`;
    return {
      vi: `Nội dung gửi lên quá lớn (tối đa ${size}). Với văn bản kế hoạch: bỏ hình ảnh hoặc tách phụ lục (413).`,
      en: `The upload is too large (at most ${size}). For a plan document: remove images or split off the appendices (413).`,
    };
  },
  unreadable: { vi: 'Không đọc được nội dung gửi lên (400).', en: 'The request body could not be read (400).' },
  csrf: { vi: 'Yêu cầu không mang mã chống giả mạo (CSRF) của phiên: mở lại trang rồi gửi lại (403).', en: 'The request lacks the session’s anti-forgery (CSRF) token: reload the page and send again (403).' },
  noFile: { vi: 'Chưa chọn tệp (tệp kế hoạch .json hoặc văn bản .docx, .pdf, .html, .txt, .md) (400).', en: 'No file chosen (a .json plan file or a .docx, .pdf, .html, .txt, .md document) (400).' },
  busy: { vi: 'Máy chủ đang đọc một văn bản khác; thử lại sau ít giây (503).', en: 'The server is reading another document; try again in a few seconds (503).' },
  notObject: { vi: 'Tệp kế hoạch phải là một đối tượng JSON ({ … }).', en: 'A plan file must be a JSON object ({ … }).' },
  uploaded: (n: number): Message => ({ vi: `Đã tải lên bản nháp; ${n} phát hiện cần xem.`, en: `Draft uploaded; ${n} finding(s) to look at.` }),
  saved: (errors: number): Message => ({ vi: `Đã lưu bản nháp và kiểm tra lại: còn ${errors} lỗi.`, en: `Draft saved and checked again: ${errors} error(s) left.` }),
  notDraft: { vi: 'Chỉ sửa được bản nháp; kế hoạch đã ban hành hay thu hồi thì giữ nguyên (hãy tải lên bản mới) (409).', en: 'Only a draft can be edited; a published or withdrawn plan stays as it is (upload a new version) (409).' },
  hasErrors: (n: number): Message => ({ vi: `Không ban hành được: kế hoạch còn ${n} lỗi (422).`, en: `Cannot publish: the plan still has ${n} error(s) (422).` }),
  yearMismatch: (y: number, p: number): Message => ({
    vi: `Kế hoạch ghi năm ${p}, không phải ${y}: sửa trường "year" của bản nháp nếu kế hoạch dành cho năm ${y} (422).`,
    en: `The plan says year ${p}, not ${y}: edit the draft's "year" if the plan is for ${y} (422).`,
  }),
  noPlanId: { vi: 'Bản nháp chưa có mã kế hoạch ("id") (422).', en: 'The draft has no plan id ("id") yet (422).' },
  published: (id: string, year: number): Message => ({ vi: `Đã ban hành kế hoạch ${id} cho năm ${year}; cổng phục vụ ngay.`, en: `Plan ${id} published for ${year}; the portal serves it now.` }),
  withdrawn: (id: string): Message => ({ vi: `Đã thu hồi kế hoạch ${id}; báo cáo đã nộp được giữ nguyên.`, en: `Plan ${id} withdrawn; reports already submitted are kept.` }),
  lastPlan: { vi: 'Không thu hồi được kế hoạch cuối cùng đang ban hành: cổng cần ít nhất một kế hoạch. Ban hành kế hoạch khác trước (409).', en: 'The last published plan cannot be withdrawn: the portal needs at least one. Publish another plan first (409).' },
  notPublished: { vi: 'Kế hoạch này không ở trạng thái đã ban hành (409).', en: 'This plan is not published (409).' },
  unavailable: { vi: 'Cơ sở dữ liệu tạm thời không trả lời; thử lại sau ít giây (503).', en: 'The database is not answering; try again in a few seconds (503).' },
};

/**
 * Người dùng của phiên — the signed-in account of a request as a principal, whatever
 * the plan (administration is plan-independent); an account that must change its
 * password first is not let in.
 * @param accounts - the portal's account layer
 * @returns the auth function for plan-independent routes
 */
export function sessionAuth(accounts: Pick<PortalAccounts, 'session'>): AuthFn {
  return async (request) => {
    const s = await accounts.session(request);
    if (s === undefined || s.user.mustChangePassword || !isRole(s.user.role)) return undefined;
    return { unitId: s.user.unitId, role: s.user.role, userId: s.user.id, name: s.user.name, via: 'session' };
  };
}

const _KEY = /^\/admin\/plans\/([A-Za-z0-9_-]{1,80})(\/publish|\/withdraw|\/plan\.json)?$/;

/**
 * Tuyến quản trị kế hoạch — `GET /admin/plans`, `POST /admin/plans` (upload),
 * `GET /admin/plans/<key>`, `POST /admin/plans/<key>` (save the draft),
 * `GET /admin/plans/<key>/plan.json`, `POST /admin/plans/<key>/publish`,
 * `POST /admin/plans/<key>/withdraw`. Plan-independent (global routes).
 * @param options - store, auth, catalog, clock, page helpers, audit
 * @returns the routes
 */
export function planAdminRoutes(options: PlanAdminOptions): Route[] {
  const { store, plans, helpers } = options;
  const newKey = options.newKey ?? (() => globalThis.crypto.randomUUID());
  let importing = 0;

  const page = (url: URL, lang: Lang, status: number, module: Parameters<PortalHelpers['render']>[0]) => {
    const r = helpers.render(module, url, lang, status);
    r.headers.set('cache-control', 'no-store');
    return r;
  };
  const fail = (url: URL, lang: Lang, status: number, message: Message) => page(url, lang, status, errorPage(status, message));
  const see = (location: string) => new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } });
  // The session's CSRF token (accounts: derived from the session id) goes into every form.
  const sessionId = (request: Request) => readCookie(request, SESSION_COOKIE);
  const form = (request: Request): AdminFormContext => {
    const id = sessionId(request);
    return { csrf: id === undefined ? '' : csrfTokenFor(id) };
  };
  /** The form context with the display names of the accounts these entries name. */
  const formFor = async (request: Request, entries: readonly PlanEntry[]): Promise<AdminFormContext> => {
    const ids = new Set<string>();
    for (const e of entries) for (const id of [e.createdBy, e.updatedBy, e.publishedBy, e.withdrawnBy]) if (id !== undefined && id !== 'config') ids.add(id);
    const names = new Map<string, string>();
    for (const id of [...ids].slice(0, 200)) {
      const u = await store.users.get(id);
      if (u) names.set(id, u.name);
    }
    return { ...form(request), names };
  };
  /** A browser's state change must carry the session's CSRF token (`_csrf` field or header); API keys need none. */
  const csrfOk = (who: Principal, request: Request, presented: string | null | undefined) => {
    if (who.via === 'api-key') return true;
    const id = sessionId(request);
    return id !== undefined && checkCsrfToken(id, request.headers.get(CSRF_HEADER) ?? presented);
  };

  /** The form of a POST (multipart or urlencoded), bounded, with the CSRF check; or the answer refusing it. */
  const readForm = async (who: Principal, request: Request, url: URL, lang: Lang, limit: number): Promise<FormData | Response> => {
    const body = await readBodyBytesLimited(request, limit);
    if (!body.ok) return body.code === 'too-large' ? fail(url, lang, 413, M.tooLarge(limit)) : fail(url, lang, 400, M.unreadable);
    let fields: FormData;
    try {
      fields = await new Response(body.bytes, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
    } catch {
      return fail(url, lang, 400, M.unreadable);
    }
    const token = fields.get('_csrf') ?? url.searchParams.get('_csrf');
    if (!csrfOk(who, request, typeof token === 'string' ? token : null)) return fail(url, lang, 403, M.csrf);
    return fields;
  };

  /** The administrator calling, or the answer refusing the request. */
  const admin = async (request: Request, url: URL, lang: Lang): Promise<Principal | Response> => {
    const who = await options.auth(request);
    // A page asks the browser to sign in first (as the account pages do); a change answers 401.
    if (!who && (request.method === 'GET' || request.method === 'HEAD')) return see(`/login?lang=${lang}&next=${encodeURIComponent(url.pathname + url.search)}`);
    if (!who) return fail(url, lang, 401, M.signIn);
    if (who.role !== 'admin') return fail(url, lang, 403, M.adminOnly);
    return who;
  };
  const actorOf = (who: Principal) => who.userId ?? who.unitId;
  const record = (who: Principal, request: Request, action: string, key: string, at: string, details: Record<string, unknown>) =>
    audit(store, { actor: who, action, target: `plan-entry:${key}`, ip: clientAddress(request), at, details });

  const entryView = async (entry: PlanEntry, text?: string, notice?: { message: Message; error?: boolean }) => {
    let value: unknown = entry.plan;
    if (text !== undefined) {
      try {
        value = JSON.parse(text);
      } catch {
        value = entry.plan;
      }
    }
    const checks = checkPlanDraft(value).findings;
    const replaces = entry.status === 'draft' && entry.planId ? (await store.plans.list({ planId: entry.planId, status: 'published' }))[0] : undefined;
    return { entry, checks, text: text ?? JSON.stringify(entry.plan, null, 2), ...(replaces ? { replaces } : {}), ...(notice ? { notice } : {}) };
  };

  const guarded =
    (fn: (who: Principal, request: Request, url: URL, lang: Lang) => Promise<Response>) =>
    async ({ request, url, lang }: { request: Request; url: URL; lang: Lang }): Promise<Response> => {
      try {
        const who = await admin(request, url, lang);
        if (who instanceof Response) return who;
        return await fn(who, request, url, lang);
      } catch (e) {
        if (isStoreUnavailable(e)) {
          const r = fail(url, lang, 503, M.unavailable);
          r.headers.set('retry-after', '5');
          return r;
        }
        throw e;
      }
    };

  const upload = async (who: Principal, request: Request, url: URL, lang: Lang): Promise<Response> => {
    const fields = await readForm(who, request, url, lang, MAX_PLAN_UPLOAD_BYTES);
    if (fields instanceof Response) return fields;
    const file = fields.get('file');
    if (file === null || typeof file === 'string' || file.size === 0) return fail(url, lang, 400, M.noFile);
    const fileName = (file.name || 'ke-hoach').replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 200);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const at = formatInstant(options.now());
    let plan: Record<string, unknown>;
    let source: PlanEntry['source'];
    const looksJson = /\.json$/i.test(fileName) || /^\s*\{/.test(new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, ''));
    if (looksJson) {
      const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
      const read = readJsonBounded(text, { domain: 'plan', maxLength: MAX_PLAN_DRAFT_BYTES, lang: 'vi' });
      if (!read.ok) {
        const en = readJsonBounded(text, { domain: 'plan', maxLength: MAX_PLAN_DRAFT_BYTES, lang: 'en' });
        const vi = read.issues[0]!.message;
        return page(url, lang, 422, errorPage(422, { vi: `${fileName}: ${vi}`, en: `${fileName}: ${en.ok ? vi : en.issues[0]!.message}` }));
      }
      if (typeof read.value !== 'object' || read.value === null || Array.isArray(read.value)) return page(url, lang, 422, errorPage(422, M.notObject));
      plan = read.value as Record<string, unknown>;
      source = { kind: 'upload', fileName, format: 'json', findings: [] };
    } else {
      if (importing >= 1) {
        const r = fail(url, lang, 503, M.busy);
        r.headers.set('retry-after', '5');
        return r;
      }
      importing++;
      try {
        const { importPlan, formatSourcePlace } = await import('@dvcq/import');
        const idText = String(fields.get('id') ?? '').trim();
        const yearText = String(fields.get('year') ?? '').trim();
        const unitsId = String(fields.get('units') ?? '').trim();
        const unitsPlan: PublishedPlan | undefined = unitsId ? plans.list().find((p) => p.plan.id === unitsId) : undefined;
        const result = await importPlan(bytes, {
          fileName,
          ...(/^[a-z0-9][a-z0-9-]{1,80}$/.test(idText) ? { id: idText } : {}),
          ...(/^\d{4}$/.test(yearText) ? { year: Number(yearText) } : {}),
          ...(unitsPlan ? { units: { orgUnits: unitsPlan.plan.orgUnits, unitGroups: unitsPlan.plan.unitGroups } } : {}),
        });
        const findings: PlanFinding[] = result.findings.map((f) => ({
          code: f.code,
          severity: f.severity,
          pointer: f.pointer,
          message: f.message,
          ...(f.source ? { place: formatSourcePlace(f.source) } : {}),
          ...(f.excerpt ? { excerpt: f.excerpt } : {}),
        }));
        if (!result.ok) {
          const first = findings[0]?.message ?? M.unreadable;
          return page(url, lang, 422, errorPage(422, { vi: `${fileName}: ${first.vi}`, en: `${fileName}: ${first.en}` }));
        }
        plan = result.plan;
        source = { kind: 'import', fileName, format: result.format, findings };
      } finally {
        importing--;
      }
    }
    const key = newKey();
    const added = await store.plans.add({ key, status: 'draft', plan, source, by: actorOf(who), at });
    if (!added.ok) return fail(url, lang, 409, M.notDraft);
    await record(who, request, 'plan.upload', key, at, { planId: added.entry.planId, year: added.entry.year, fileName, format: source.format ?? '' });
    return see(`/admin/plans/${encodeURIComponent(key)}?lang=${lang}&uploaded=1`);
  };

  const save = async (who: Principal, entry: PlanEntry, request: Request, url: URL, lang: Lang): Promise<Response> => {
    // A form's text grows when encoded (%XX): allow three times the plan limit on the wire.
    const fields = await readForm(who, request, url, lang, MAX_PLAN_DRAFT_BYTES * 3);
    if (fields instanceof Response) return fields;
    if (entry.status !== 'draft') return page(url, lang, 409, planEntryPage(await entryView(entry, undefined, { message: M.notDraft, error: true }), form(request)));
    const text = String(fields.get('plan') ?? '');
    const read = readJsonBounded(text, { domain: 'plan', maxLength: MAX_PLAN_DRAFT_BYTES, lang: 'vi' });
    if (!read.ok || typeof read.value !== 'object' || read.value === null || Array.isArray(read.value)) {
      const en = readJsonBounded(text, { domain: 'plan', maxLength: MAX_PLAN_DRAFT_BYTES, lang: 'en' });
      const message: Message = !read.ok ? { vi: read.issues[0]!.message, en: en.ok ? read.issues[0]!.message : en.issues[0]!.message } : M.notObject;
      // Not saved: the text comes back as typed, with what is wrong.
      return page(url, lang, 422, planEntryPage(await entryView(entry, text, { message, error: true }), form(request)));
    }
    const at = formatInstant(options.now());
    if (!(await store.plans.updateDraft(entry.key, read.value as Record<string, unknown>, actorOf(who), at))) return page(url, lang, 409, planEntryPage(await entryView(entry, undefined, { message: M.notDraft, error: true }), form(request)));
    const saved = (await store.plans.get(entry.key))!;
    await record(who, request, 'plan.edit', entry.key, at, { planId: saved.planId, year: saved.year });
    return see(`/admin/plans/${encodeURIComponent(entry.key)}?lang=${lang}&saved=1`);
  };

  const publish = async (who: Principal, entry: PlanEntry, request: Request, url: URL, lang: Lang): Promise<Response> => {
    const fields = await readForm(who, request, url, lang, 64 * 1024);
    if (fields instanceof Response) return fields;
    const yearText = String(fields.get('year') ?? '').trim();
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
    const refuse = async (status: number, message: Message) => page(url, lang, status, planEntryPage(await entryView(entry, undefined, { message, error: true }), form(request)));
    if (entry.status !== 'draft') return refuse(409, M.notDraft);
    const checked = checkPlanDraft(entry.plan);
    if (checked.plan === undefined) return refuse(422, M.hasErrors(checked.errors));
    if (!Number.isInteger(year) || year !== checked.plan.year) return refuse(422, M.yearMismatch(Number.isInteger(year) ? year : 0, checked.plan.year));
    // A plan the checks accept may still use something this release cannot serve: say so now, not after.
    const unservable = servingProblem(checked.plan);
    if (unservable) return refuse(422, unservable);
    const at = formatInstant(options.now());
    const r = await store.plans.publish(entry.key, actorOf(who), at);
    if (!r.ok) return refuse(r.code === 'no-plan-id' ? 422 : 409, r.code === 'no-plan-id' ? M.noPlanId : M.notDraft);
    await record(who, request, 'plan.publish', entry.key, at, { planId: r.entry.planId, year: r.entry.year, ...(r.replaced ? { replaced: r.replaced } : {}) });
    await plans.refresh();
    return see(`/admin/plans?lang=${lang}&published=${encodeURIComponent(entry.key)}`);
  };

  const withdraw = async (who: Principal, entry: PlanEntry, request: Request, url: URL, lang: Lang): Promise<Response> => {
    const fields = await readForm(who, request, url, lang, 64 * 1024);
    if (fields instanceof Response) return fields;
    const refuse = async (status: number, message: Message) => page(url, lang, status, planEntryPage(await entryView(entry, undefined, { message, error: true }), form(request)));
    if (entry.status !== 'published') return refuse(409, M.notPublished);
    const others = (await store.plans.list({ status: 'published' })).filter((e) => e.key !== entry.key && checkPlanDraft(e.plan).plan !== undefined);
    if (others.length === 0) return refuse(409, M.lastPlan);
    const at = formatInstant(options.now());
    if (!(await store.plans.withdraw(entry.key, actorOf(who), at))) return refuse(409, M.notPublished);
    await record(who, request, 'plan.withdraw', entry.key, at, { planId: entry.planId, year: entry.year });
    await plans.refresh();
    return see(`/admin/plans?lang=${lang}&withdrawn=${encodeURIComponent(entry.key)}`);
  };

  return [
    {
      path: '/admin/plans',
      methods: ['GET', 'POST'],
      handle: guarded(async (who, request, url, lang) => {
        if (request.method === 'POST') return upload(who, request, url, lang);
        const entries = await store.plans.list();
        const done = url.searchParams.get('published') ?? url.searchParams.get('withdrawn');
        const doneEntry = done ? entries.find((e) => e.key === done) : undefined;
        const notice = doneEntry ? (doneEntry.status === 'published' ? M.published(doneEntry.planId, doneEntry.year) : doneEntry.status === 'withdrawn' ? M.withdrawn(doneEntry.planId) : undefined) : undefined;
        const units = plans.list().map((p) => ({ id: p.plan.id, year: p.plan.year }));
        return page(url, lang, 200, plansListPage(entries, await formFor(request, entries), units, notice));
      }),
    },
    {
      path: '/admin/plans/',
      prefix: true,
      methods: ['GET', 'POST'],
      handle: guarded(async (who, request, url, lang) => {
        const m = _KEY.exec(url.pathname);
        const entry = m ? await store.plans.get(m[1]!) : undefined;
        if (!m || entry === undefined) return fail(url, lang, 404, M.notFound);
        const action = m[2] ?? '';
        if (request.method === 'GET') {
          if (action === '/plan.json') {
            return new Response(JSON.stringify(entry.plan, null, 2), {
              status: 200,
              headers: { 'content-type': 'application/json; charset=utf-8', 'content-disposition': `attachment; filename="${(entry.planId || 'ke-hoach').replace(/[^A-Za-z0-9._-]/g, '-')}.plan.json"`, 'cache-control': 'no-store' },
            });
          }
          if (action !== '') return fail(url, lang, 405, { vi: 'Địa chỉ này chỉ nhận POST (405).', en: 'This address takes POST only (405).' });
          const notice = url.searchParams.has('uploaded')
            ? { message: M.uploaded(entry.source.findings.filter((f) => f.severity === 'review').length + checkPlanDraft(entry.plan).findings.length) }
            : url.searchParams.has('saved')
              ? { message: M.saved(checkPlanDraft(entry.plan).errors) }
              : undefined;
          return page(url, lang, 200, planEntryPage(await entryView(entry, undefined, notice), await formFor(request, [entry])));
        }
        if (action === '') return save(who, entry, request, url, lang);
        if (action === '/publish') return publish(who, entry, request, url, lang);
        if (action === '/withdraw') return withdraw(who, entry, request, url, lang);
        return fail(url, lang, 405, { vi: 'Địa chỉ này chỉ nhận GET (405).', en: 'This address takes GET only (405).' });
      }),
    },
  ];
}
