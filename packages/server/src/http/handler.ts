import { type Lang, type Message, type Plan, type Result, expandUnitIds, findUnit, isUnitValidOn } from '@dvcq/core';
import { type ObligationInstance, type ObligationStatusKind, type WorkingCalendar, createWorkingCalendar, findInstance, formatInstant, instanceStatus, planInstances } from '@dvcq/calendar';
import { type CompiledReport, compileReport, validateReport } from '@dvcq/report';
import { EXPORT_FORMATS, type ExportFormat, TABLE_IDS, type TableId, type UnitReportState, aggregate, exportFileName, findExportFormat } from '@dvcq/aggregate';
import type { Role } from '../accounts/roles';
import type { ReviewService } from '../review/service';
import { isStoreUnavailable } from '../store/errors';
import type { NewReportRecord, ReportRecord, ReportStore, ReviewState, StoredIssue } from '../store/types';
import { readBodyLimited } from './body';
import { clientAddress } from './client-address';
import { _reviewRoute } from '../review/http';
import { _error, _json, _langOf } from './problem';

/**
 * Người dùng đã xác thực — who is calling: a signed-in account (cookie session) or
 * another system (API key), and the unit it acts for.
 * `readAll` is for the consolidating body (Sở Nội vụ, plan III.2): it reads every
 * unit's reports and the consolidation; it still submits only as itself.
 * `role`, `userId`, `name` and `via` are set for accounts and API keys (see
 * `@dvcq/server` accounts); a principal without `role` is a plain unit credential.
 */
export interface Principal {
  /** Mã đơn vị — the unit the caller acts for. */
  unitId: string;
  /** Đọc tất cả — reads every unit's reports and the consolidation (coordinator, admin). */
  readAll?: boolean;
  /** Vai trò — the account's role (see {@link Role}); absent for a plain unit credential. */
  role?: Role;
  /** Mã tài khoản — the account's (or API key's) id, as the audit log records it. */
  userId?: string;
  /** Tên hiển thị — the account's display name (untrusted text: escape it). */
  name?: string;
  /** Cách xác thực — `session` (browser, cookie + CSRF token) or `api-key` (Authorization: Bearer). */
  via?: 'session' | 'api-key';
}

/**
 * Xác thực — maps a request to a principal, or `null`/`undefined` when its
 * credentials are not valid. Plug in SSO, mTLS or the portal's bearer tokens.
 */
export type AuthFn = (request: Request) => Principal | null | undefined | Promise<Principal | null | undefined>;

/** Tùy chọn của bộ xử lý — options of {@link createReportHandler}. */
export interface ReportHandlerOptions {
  /** The plan reports answer (or its `compileReport` result, to share the compile). */
  plan: Plan;
  store: ReportStore;
  auth: AuthFn;
  /** Largest accepted body in bytes (default 1 MiB), checked while streaming. */
  maxBodyBytes?: number;
  /** Clock (default: `() => new Date()`); fixes receipt times and lateness in tests and demos. */
  now?: () => Date;
  /** Path prefix of the API (default `/api`). */
  basePath?: string;
  /** Id of a new report (default: `crypto.randomUUID()`). */
  newId?: () => string;
  /** Called after a report was stored (logging, notifications); errors are ignored. */
  onStored?: (record: ReportRecord) => void;
  /**
   * Định dạng xuất — the formats `GET /aggregate?format=` offers besides `json`
   * (default: `EXPORT_FORMATS` of `@dvcq/aggregate`, CSV and XLSX); add one with
   * `[...EXPORT_FORMATS, docxFormat]`.
   */
  exportFormats?: readonly ExportFormat[];
  /**
   * Lịch làm việc — the working calendar deadlines are counted with (holidays,
   * including announced schedules a deployment loads with `parseHolidays`);
   * default: `createWorkingCalendar()`, the built-in table.
   */
  calendar?: WorkingCalendar;
  /**
   * Định dạng tải một báo cáo — the files `GET /reports/:id?format=` offers for one stored
   * report (none by default), e.g. the unit's report as DOCX written with `@dvcq/documents`
   * (see examples/portal/src/documents.ts).
   */
  reportFormats?: readonly ReportFormat[];
  /**
   * Xem xét — the review workflow (`createReviewService`): adds `GET|POST /reports/:id/review`,
   * `GET|POST /extensions`, `GET|PUT /review-settings`; records each submission's first step;
   * judges lateness against the unit's extension (warnings, overview, consolidation).
   */
  review?: ReviewService;
  /** Địa chỉ người gọi — the client's address for the audit log (default: `clientAddress`, set by the Node adapter). */
  clientIp?: (request: Request) => string | undefined;
}

/**
 * Định dạng tải báo cáo — a file written from one stored report: `GET /reports/:id?format=<id>`
 * (`&draft=1` for a draft). Reading rights are those of the report itself.
 */
export interface ReportFormat {
  /** Mã định dạng — the `?format=` value, e.g. `docx`. */
  readonly id: string;
  /** Tên định dạng — for buttons, e.g. "Văn bản Word (DOCX)". */
  readonly label: Message;
  readonly mime: string;
  /** Phần mở rộng — without the dot. */
  readonly ext: string;
  /**
   * Ghi tệp — the file's bytes, or the issues that keep it from being written (answered 422).
   * @param record - the stored report
   * @param options - language, the server's clock, whether a draft is asked for
   */
  write(record: ReportRecord, options: { lang: Lang; now: Date; draft: boolean }): Promise<Result<Uint8Array>>;
}

/** Bộ xử lý yêu cầu — a fetch-standard handler: `Request → Promise<Response>`. */
export type ReportHandler = (request: Request) => Promise<Response>;

/** Kích thước thân mặc định — default body limit: 1 MiB (a full annual report is ~30 kB). */
export const DEFAULT_MAX_BODY_BYTES = 1_048_576;

/** Tiêu đề nêu báo cáo được thay thế — request header naming the report a correction replaces. */
export const REPLACES_HEADER = 'x-dvcq-replaces';

const _ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;
const M = {
  notFound: { vi: 'Không có địa chỉ này trong API.', en: 'No such address in the API.' },
  reportNotFound: (id: string) => ({
    vi: `Không có báo cáo mã "${id}". Kiểm tra lại mã hồ sơ (trả về khi nộp).`,
    en: `There is no report "${id}". Check the id (returned on submission).`,
  }),
  method: { vi: 'Phương thức không được hỗ trợ ở địa chỉ này.', en: 'Method not allowed on this route.' },
  authMissing: {
    vi: 'Thiếu thông tin xác thực: hãy đăng nhập, hoặc gửi tiêu đề "Authorization: Bearer <khóa API của đơn vị>".',
    en: 'Missing credentials: sign in, or send "Authorization: Bearer <your unit\'s API key>".',
  },
  authInvalid: { vi: 'Phiên đăng nhập hoặc khóa API không hợp lệ (có thể đã hết hạn): hãy đăng nhập lại.', en: 'Invalid or expired session or API key: sign in again.' },
  submitOther: (u: string) => ({
    vi: `Mã truy cập này không được nộp báo cáo thay đơn vị "${u}".`,
    en: `This token may not submit a report on behalf of unit "${u}".`,
  }),
  readOther: { vi: 'Đơn vị chỉ được xem báo cáo của chính mình.', en: 'A unit may read only its own reports.' },
  correctOther: {
    vi: 'Đơn vị chỉ được sửa (thay thế) báo cáo của chính mình; báo cáo được nêu là của đơn vị khác.',
    en: "A unit may correct (replace) only its own reports; the report named belongs to another unit.",
  },
  consolidatorOnly: { vi: 'Chỉ cơ quan tổng hợp (Sở Nội vụ) được xem tổng hợp.', en: 'Only the consolidating body (Department of Home Affairs) may read the consolidation.' },
  tooLarge: (limit: number) => ({
    vi: `Báo cáo quá lớn: tối đa ${limit} byte.`,
    en: `Report too large: at most ${limit} bytes.`,
  }),
  unreadable: { vi: 'Không đọc được nội dung gửi lên.', en: 'Could not read the request body.' },
  empty: { vi: 'Nội dung gửi lên trống: cần một báo cáo dạng JSON.', en: 'Empty body: a JSON report is expected.' },
  malformed: (detail: string) => ({
    vi: `Nội dung không phải JSON hợp lệ (${detail}). Kiểm tra dấu ngoặc, dấu phẩy và dấu nháy kép.`,
    en: `The body is not valid JSON (${detail}). Check brackets, commas and double quotes.`,
  }),
  notObject: { vi: 'Báo cáo phải là một đối tượng JSON { … }.', en: 'A report must be a JSON object { … }.' },
  invalid: (n: number) => ({
    vi: `Báo cáo chưa hợp lệ: ${n} lỗi cần sửa (xem "issues").`,
    en: `The report is not valid: ${n} error(s) to fix (see "issues").`,
  }),
  duplicate: (num: string, id: string) => ({
    vi: `Đơn vị đã nộp báo cáo số ${num} cho kỳ này (mã ${id}). Để sửa, gửi báo cáo mới có số mới và nêu báo cáo được thay thế (tiêu đề X-DVCQ-Replaces).`,
    en: `The unit already submitted report ${num} for this period (id ${id}). To correct it, send a new report with a new number naming the one it replaces (header X-DVCQ-Replaces).`,
  }),
  replacesBad: { vi: 'Mã báo cáo được thay thế không hợp lệ.', en: 'Invalid id of the replaced report.' },
  replacesNotFound: (id: string) => ({ vi: `Không có báo cáo mã ${id} để thay thế.`, en: `No report ${id} to replace.` }),
  replacesMismatch: (field: string) => ({
    vi: `Báo cáo thay thế phải cùng kế hoạch, đơn vị, kỳ và năm với báo cáo bị thay thế (khác ở "${field}").`,
    en: `A correction must have the same plan, unit, period and year as the report it replaces (differs in "${field}").`,
  }),
  alreadyReplaced: (by: string) => ({
    vi: `Báo cáo này đã được thay thế bởi báo cáo ${by}; hãy thay thế báo cáo mới nhất.`,
    en: `That report was already replaced by ${by}; replace the latest one.`,
  }),
  query: (what: string) => ({ vi: `Tham số không hợp lệ: ${what}.`, en: `Invalid query parameter: ${what}.` }),
  noPeriod: (period: string, year: number) => ({
    vi: `Kế hoạch không có kỳ báo cáo "${period}" năm ${year} như đã chọn: không có gì để xuất.`,
    en: `The plan asks for no "${period}" report of ${year} as chosen: nothing to export.`,
  }),
};

/**
 * Tạo bộ xử lý báo cáo — builds the fetch-standard HTTP handler that receives,
 * checks and stores reports, and serves the consolidation. It checks with
 * `validateReport` in `final` mode — the same rules the form runs — at the
 * server's clock. Routes (under `basePath`, default `/api`):
 *
 * - `POST /reports` — submit (Bearer token of the unit). 201 stored (warnings such
 *   as `report.late` included), 400 malformed JSON, 401 no/invalid credentials,
 *   403 another unit, 409 same unit + period + year + document number already
 *   stored (or the replaced report was already corrected), 413 too large,
 *   422 invalid (`issues` from `validateReport`). A correction names the report it
 *   replaces in the `X-DVCQ-Replaces` header (or `?replaces=`); the earlier one stays.
 * - `GET /reports` — list (a unit: its own; the consolidator: all), `?period=&year=&unitId=&history=1`.
 * - `GET /reports/:id` and `GET /reports/:id/history`.
 * - `GET /aggregate?period=&year=[&format=json|csv|xlsx][&table=units|indicators|tasks]` — consolidator only.
 * - `GET /calendar` — obligations, deadlines and their reading (public plan data).
 * - `GET /overview` — every reporting period with where it stands for the caller (the
 *   consolidator: counts of on-time, late, missing units; a unit: its own state) and
 *   `attention`, the key of the period to open first (see {@link OverviewPeriod}).
 * - `GET /me` — the caller's unit.
 * @param options - plan, store, auth, limits, clock
 * @returns `(request: Request) => Promise<Response>`
 */
export function createReportHandler(options: ReportHandlerOptions): ReportHandler {
  const { plan, store, auth } = options;
  const calendar = options.calendar ?? createWorkingCalendar();
  // Deadlines of every report are counted with the same working calendar as the overview.
  const compiled: CompiledReport = compileReport(plan, { calendar });
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const clock = options.now ?? (() => new Date());
  const base = (options.basePath ?? '/api').replace(/\/+$/, '');
  const newId = options.newId ?? (() => globalThis.crypto.randomUUID());
  // Every report the plan asks for: one instance per month, quarter or period (from @dvcq/calendar).
  const instances: readonly ObligationInstance[] = planInstances(plan, { calendar });
  const ipOf = (request: Request) => (options.clientIp ?? clientAddress)(request);

  async function principalOf(request: Request, lang: Lang): Promise<Principal | Response> {
    // The auth function decides (a bearer token, or a cookie session the portal reads).
    const p = await auth(request);
    if (p) return p;
    const header = request.headers.get('authorization');
    if ((header === null || header.trim() === '') && !request.headers.has('cookie')) {
      return _error(401, 'auth.missing', M.authMissing, lang, {}, undefined, { 'www-authenticate': 'Bearer' });
    }
    return _error(401, 'auth.invalid', M.authInvalid, lang, {}, undefined, { 'www-authenticate': 'Bearer error="invalid_token"' });
  }

  async function submit(request: Request, url: URL, lang: Lang): Promise<Response> {
    const who = await principalOf(request, lang);
    if (who instanceof Response) return who;
    const replacesRaw = request.headers.get(REPLACES_HEADER) ?? url.searchParams.get('replaces');
    let replaces: string | undefined;
    if (replacesRaw !== null && replacesRaw !== '') {
      if (!_ID.test(replacesRaw)) return _error(422, 'report.replaces-not-found', M.replacesBad, lang);
      replaces = replacesRaw;
    }
    const body = await readBodyLimited(request, limit);
    if (!body.ok) {
      if (body.code === 'too-large') return _error(413, 'body.too-large', M.tooLarge(limit), lang, { limit });
      return _error(400, 'body.malformed-json', M.unreadable, lang);
    }
    if (body.text.trim() === '') return _error(400, 'body.empty', M.empty, lang);
    let input: unknown;
    try {
      input = JSON.parse(body.text);
    } catch (e) {
      const detail = (e instanceof Error ? e.message : 'JSON').slice(0, 160);
      return _error(400, 'body.malformed-json', M.malformed(detail), lang);
    }
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return _error(400, 'body.not-object', M.notObject, lang);
    // Authorisation before validation: a unit learns nothing about another unit's report.
    const claimed = Object.prototype.hasOwnProperty.call(input, 'unitId') ? (input as { unitId?: unknown }).unitId : undefined;
    if (typeof claimed === 'string' && claimed !== who.unitId) {
      return _error(403, 'auth.forbidden', M.submitOther(claimed.slice(0, 80)), lang);
    }
    const receivedAt = clock();
    const result = validateReport(input, { plan: compiled, mode: 'final', lang, now: receivedAt });
    if (!result.ok || result.value === undefined) {
      const errors = result.issues.filter((i) => i.severity === 'error').length;
      return _error(422, 'report.invalid', M.invalid(errors), lang, {}, result.issues);
    }
    const value = result.value as unknown as Record<string, unknown> & {
      planId: string;
      unitId: string;
      period: string;
      year: number;
      document?: { number?: string };
    };
    // validateReport checked unitId is a known unit; it must also be the caller's.
    if (value.unitId !== who.unitId) return _error(403, 'auth.forbidden', M.submitOther(value.unitId), lang);
    const record: NewReportRecord = {
      id: newId(),
      planId: value.planId,
      unitId: value.unitId,
      period: value.period,
      year: value.year,
      // final mode requires the number (rule final.missing-field), so it is present here.
      documentNumber: value.document?.number ?? '',
      receivedAt: formatInstant(receivedAt),
      warnings: options.review ? await options.review.lateWarnings(value, receivedAt, result.issues as StoredIssue[]) : (result.issues as StoredIssue[]),
      report: value,
    };
    if (replaces !== undefined) record.replaces = replaces;
    const stored = await store.insert(record);
    if (!stored.ok) {
      switch (stored.code) {
        case 'duplicate':
          return _error(409, 'report.duplicate', M.duplicate(record.documentNumber, stored.existingId), lang, { existingId: stored.existingId });
        case 'already-replaced':
          return _error(409, 'report.already-replaced', M.alreadyReplaced(stored.replacedBy), lang, { replacedBy: stored.replacedBy });
        case 'replaces-not-found':
          return _error(422, 'report.replaces-not-found', M.replacesNotFound(replaces ?? ''), lang);
        case 'replaces-mismatch':
          if (stored.field === 'unitId') return _error(403, 'auth.forbidden', M.correctOther, lang);
          return _error(422, 'report.replaces-mismatch', M.replacesMismatch(stored.field), lang, { field: stored.field });
      }
    }
    try {
      options.onStored?.(stored.record);
    } catch {
      // a failing hook must not turn a stored report into an error for the unit
    }
    let review: string | null = null;
    if (options.review) {
      try {
        review = await options.review.submitted(stored.record, who, { ...(ipOf(request) ? { ip: ipOf(request)! } : {}) });
      } catch {
        // the report is stored; without its first step it reads as submitted
      }
    }
    return _json(201, { id: stored.record.id, receivedAt: stored.record.receivedAt, replaces: stored.record.replaces ?? null, warnings: stored.record.warnings, review }, {
      location: `${base}/reports/${stored.record.id}`,
    });
  }

  function periodQuery(url: URL, lang: Lang): { period: string; year: number; periodIndex?: number; obligationId?: string } | Response {
    const q = url.searchParams;
    const period = q.get('period') ?? plan.obligations[0]?.period ?? 'annual';
    const yearText = q.get('year') ?? String(plan.year);
    const indexText = q.get('periodIndex');
    const obligationId = q.get('obligationId');
    if (!/^[a-z-]{1,20}$/.test(period)) return _error(400, 'query.invalid', M.query('period'), lang);
    if (!/^\d{4}$/.test(yearText)) return _error(400, 'query.invalid', M.query('year'), lang);
    if (indexText !== null && !/^(?:[1-9]|1[0-2])$/.test(indexText)) return _error(400, 'query.invalid', M.query('periodIndex'), lang);
    if (obligationId !== null && !_ID.test(obligationId)) return _error(400, 'query.invalid', M.query('obligationId'), lang);
    return {
      period,
      year: Number(yearText),
      ...(indexText !== null ? { periodIndex: Number(indexText) } : {}),
      ...(obligationId !== null ? { obligationId } : {}),
    };
  }

  async function overview(who: Principal, lang: Lang): Promise<Overview> {
    const at = clock();
    const periods: OverviewPeriod[] = [];
    const extensions = options.review ? await options.review.extensionMap() : new Map<string, Record<string, string>>();
    for (const inst of instances) {
      const records = await store.list({ planId: plan.id, period: inst.period, year: inst.year, currentOnly: false });
      const ext = extensions.get(inst.key);
      const agg = aggregate(records, {
        ...(ext ? { extensions: ext } : {}),
        plan,
        period: inst.period,
        year: inst.year,
        ...(inst.index !== undefined ? { periodIndex: inst.index } : {}),
        obligationId: inst.obligationId,
        now: at,
        lang,
        calendar,
      });
      const d = inst.deadline;
      const entry: OverviewPeriod = {
        key: inst.key,
        obligationId: inst.obligationId,
        period: inst.period,
        year: inst.year,
        ...(inst.index !== undefined ? { periodIndex: inst.index } : {}),
        title: inst.title,
        label: inst.label,
        deadline: { date: d.date, text: d.text ?? '', reading: d.reading },
        status: instanceStatus(inst, at, { calendar }).status,
      };
      if (who.readAll) {
        const { owed, submitted, onTime, late, missing, pending } = agg.summary;
        entry.summary = { owed, submitted, onTime, late, missing, pending };
      } else {
        const row = agg.units.find((u) => u.unitId === who.unitId);
        entry.own =
          row === undefined || !row.owes
            ? { state: 'not-owed' }
            : { state: row.state, ...(row.reportId ? { reportId: row.reportId } : {}), ...(row.submittedAt ? { submittedAt: row.submittedAt } : {}), ...(row.extendedTo ? { extendedTo: row.extendedTo } : {}) };
        if (options.review && row?.reportId) {
          const current = records.find((r) => r.id === row.reportId);
          if (current) entry.own.review = (await options.review.states([current])).get(current.id)!;
        }
      }
      periods.push(entry);
    }
    return { asOf: formatInstant(at), periods, attention: _attention(periods) };
  }

  async function route(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const lang = _langOf(request, url);
    if (!url.pathname.startsWith(`${base}/`)) return _error(404, 'http.not-found', M.notFound, lang);
    const parts = url.pathname.slice(base.length + 1).split('/');
    const method = request.method.toUpperCase();
    const [head, id, sub] = parts;

    if (head === 'reports' && parts.length === 1) {
      if (method === 'POST') return submit(request, url, lang);
      if (method !== 'GET') return _error(405, 'http.method-not-allowed', M.method, lang, {}, undefined, { allow: 'GET, POST' });
      const who = await principalOf(request, lang);
      if (who instanceof Response) return who;
      const q = url.searchParams;
      const wanted = q.get('unitId') ?? undefined;
      if (wanted !== undefined && wanted !== who.unitId && !who.readAll) return _error(403, 'auth.forbidden', M.readOther, lang);
      const year = q.get('year');
      const list = await store.list({
        planId: plan.id,
        unitId: who.readAll ? wanted : who.unitId,
        ...(q.get('period') ? { period: q.get('period')! } : {}),
        ...(year && /^\d{4}$/.test(year) ? { year: Number(year) } : {}),
        currentOnly: q.get('history') !== '1',
      });
      return _json(200, { reports: list.map(_summary) });
    }
    if (options.review) {
      const answered = await _reviewRoute(options.review, request, url, lang, parts, method, (r) => principalOf(r, lang), ipOf(request));
      if (answered) return answered;
    }
    if (head === 'reports' && id !== undefined && parts.length <= 3 && (sub === undefined || sub === 'history')) {
      if (method !== 'GET') return _error(405, 'http.method-not-allowed', M.method, lang, {}, undefined, { allow: 'GET' });
      const who = await principalOf(request, lang);
      if (who instanceof Response) return who;
      if (id === '') return _error(404, 'http.not-found', M.notFound, lang);
      const found = _ID.test(id) ? await store.get(id) : undefined;
      // A report of another plan is not found through this plan's API (several plans share a store).
      const rec = found?.planId === plan.id ? found : undefined;
      // The id is echoed only when it has the shape of one (never arbitrary input).
      if (rec === undefined) return _error(404, 'report.not-found', M.reportNotFound(_ID.test(id) ? id : '…'), lang, { id: _ID.test(id) ? id : null });
      if (rec.unitId !== who.unitId && !who.readAll) return _error(403, 'auth.forbidden', M.readOther, lang);
      if (sub === 'history') return _json(200, { history: await store.history(id) });
      const format = url.searchParams.get('format');
      if (format !== null && format !== 'json') {
        const fmt = (options.reportFormats ?? []).find((f) => f.id === format);
        if (fmt === undefined) return _error(400, 'query.invalid', M.query('format'), lang);
        const written = await fmt.write(rec, { lang, now: clock(), draft: url.searchParams.get('draft') === '1' });
        if (!written.ok) {
          const errors = written.issues.filter((i) => i.severity === 'error').length;
          return _error(422, 'report.invalid', M.invalid(errors), lang, {}, written.issues);
        }
        return _file(written.value, fmt.mime, `${_reportFileStem(rec)}.${fmt.ext}`);
      }
      return _json(200, rec);
    }
    if (head === 'aggregate' && parts.length === 1) {
      if (method !== 'GET') return _error(405, 'http.method-not-allowed', M.method, lang, {}, undefined, { allow: 'GET' });
      const who = await principalOf(request, lang);
      if (who instanceof Response) return who;
      if (!who.readAll) return _error(403, 'auth.forbidden', M.consolidatorOnly, lang);
      const pq = periodQuery(url, lang);
      if (pq instanceof Response) return pq;
      const records = await store.list({ planId: plan.id, period: pq.period, year: pq.year, currentOnly: false });
      const match = options.review ? findInstance(plan, { ...pq, period: pq.period as ObligationInstance['period'] }, { calendar }) : undefined;
      const ext = match?.ok ? (await options.review!.extensionMap()).get(match.instance.key) : undefined;
      const agg = aggregate(records, { plan, ...pq, now: clock(), lang, calendar, ...(ext ? { extensions: ext } : {}) });
      const format = url.searchParams.get('format') ?? 'json';
      if (format !== 'json') {
        const fmt = findExportFormat(format, options.exportFormats ?? EXPORT_FORMATS);
        if (fmt === undefined) return _error(400, 'query.invalid', M.query('format'), lang);
        const table = (url.searchParams.get('table') ?? 'units') as TableId;
        if (fmt.perTable && !(TABLE_IDS as readonly string[]).includes(table)) return _error(400, 'query.invalid', M.query('table'), lang);
        // A file about a period the plan does not ask for would be empty or misleading.
        if (agg.obligation === null) return _error(404, 'report.no-period', M.noPeriod(pq.period, pq.year), lang);
        const bytes = await fmt.write(agg, { lang, table, plan });
        return _file(bytes, fmt.mime, exportFileName(agg, fmt, table));
      }
      return _json(200, agg);
    }
    if (head === 'overview' && parts.length === 1) {
      if (method !== 'GET') return _error(405, 'http.method-not-allowed', M.method, lang, {}, undefined, { allow: 'GET' });
      const who = await principalOf(request, lang);
      if (who instanceof Response) return who;
      return _json(200, await overview(who, lang));
    }
    if (head === 'calendar' && parts.length === 1) {
      if (method !== 'GET') return _error(405, 'http.method-not-allowed', M.method, lang, {}, undefined, { allow: 'GET' });
      return _json(200, calendarView(plan, clock(), { calendar }));
    }
    if (head === 'me' && parts.length === 1) {
      if (method !== 'GET') return _error(405, 'http.method-not-allowed', M.method, lang, {}, undefined, { allow: 'GET' });
      const who = await principalOf(request, lang);
      if (who instanceof Response) return who;
      const u = findUnit(plan, who.unitId);
      return _json(200, { unitId: who.unitId, readAll: who.readAll === true, name: u?.name ?? null, kind: u?.kind ?? null, planId: plan.id });
    }
    return _error(404, 'http.not-found', M.notFound, lang);
  }

  return async (request: Request) => {
    try {
      const response = await route(request);
      // Every answer, whatever its type (JSON, CSV, XLSX), forbids MIME sniffing.
      response.headers.set('x-content-type-options', 'nosniff');
      return response;
    } catch (e) {
      // The database is down, restarting or locked: nothing was written; the client retries.
      if (isStoreUnavailable(e)) {
        let lang: Lang = 'vi';
        try {
          lang = _langOf(request, new URL(request.url));
        } catch {
          // keep Vietnamese
        }
        return _error(503, 'store.unavailable', e.text, lang, {}, undefined, { 'retry-after': '5' });
      }
      // An unexpected failure must not leak details.
      return _json(500, {
        error: {
          status: 500,
          code: 'server.internal',
          message: { vi: 'Lỗi máy chủ; báo cáo chưa được lưu, vui lòng gửi lại sau.', en: 'Server error; the report was not stored, please retry later.' },
          text: 'Lỗi máy chủ / Server error',
        },
        ...(e instanceof Error && (e as { expose?: boolean }).expose ? { detail: e.message } : {}),
      });
    }
  };
}

/**
 * Kỳ báo cáo trong tổng quan — one reporting period as `GET /overview` gives it.
 * `key` is `<obligationId>@<year>`. The consolidator sees `summary`, a unit `own`.
 */
export interface OverviewPeriod {
  /** Khóa kỳ — `<obligationId>@<year>`, `…@<year>-Q<n>` or `…@<year>-M<nn>` (calendar's instance key). */
  key: string;
  obligationId: string;
  period: string;
  year: number;
  /** Tháng hoặc quý — for monthly and quarterly reports. */
  periodIndex?: number;
  /** Tên báo cáo — the obligation's title. */
  title: Message;
  /** Tên kỳ — "Quý II/2026", "Tháng 3/2026", "6 tháng năm 2021"… */
  label: Message;
  deadline: { date: string; text: string; reading: Message };
  /** The calendar's status of the period at the server's clock (`upcoming`, `open` or `overdue`). */
  status: ObligationStatusKind;
  summary?: { owed: number; submitted: number; onTime: number; late: number; missing: number; pending: number };
  own?: {
    state: UnitReportState | 'not-owed';
    reportId?: string;
    submittedAt?: string;
    /** Gia hạn đến — the unit's extended last day for this period. */
    extendedTo?: string;
    /** Trạng thái xem xét — where the unit's current report stands in the review (with the review workflow). */
    review?: ReviewState;
  };
}

/** Tổng quan — the answer of `GET /overview`. */
export interface Overview {
  asOf: string;
  periods: OverviewPeriod[];
  /**
   * Kỳ cần chú ý — the period to open first: the latest past its deadline with
   * units still missing (for a unit: its own report missing), else the open one
   * due first, else the next upcoming, else the last; `null` when there is none.
   */
  attention: string | null;
}

/** @internal Picks the period that needs attention (see {@link Overview.attention}). */
export function _attention(periods: readonly OverviewPeriod[]): string | null {
  const byDeadline = [...periods].sort((a, b) => (a.deadline.date < b.deadline.date ? -1 : a.deadline.date > b.deadline.date ? 1 : 0));
  const missing = (p: OverviewPeriod) => (p.summary ? p.summary.missing > 0 : p.own?.state === 'overdue');
  const notDone = (p: OverviewPeriod) => (p.summary ? p.summary.submitted < p.summary.owed : p.own?.state === 'open' || p.own?.state === 'upcoming');
  const overdue = byDeadline.filter((p) => p.status === 'overdue' && missing(p));
  if (overdue.length > 0) return overdue[overdue.length - 1]!.key;
  const open = byDeadline.find((p) => p.status === 'open' && notDone(p)) ?? byDeadline.find((p) => p.status === 'open');
  if (open) return open.key;
  const upcoming = byDeadline.find((p) => p.status === 'upcoming');
  if (upcoming) return upcoming.key;
  return byDeadline[byDeadline.length - 1]?.key ?? null;
}

/** @internal A file to download: no caching, no sniffing, an ASCII file name. */
function _file(bytes: Uint8Array, mime: string, name: string): Response {
  return new Response(bytes as unknown as BodyInit, {
    status: 200,
    headers: {
      'content-type': mime,
      'content-disposition': `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, '-')}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

/** @internal `bao-cao-<unit>-<period>[-<index>]-<year>`: the file name of one unit's report. */
function _reportFileStem(r: ReportRecord): string {
  const index = (r.report as { periodIndex?: unknown }).periodIndex;
  return `bao-cao-${r.unitId}-${r.period}${typeof index === 'number' ? `-${index}` : ''}-${r.year}`;
}

function _summary(r: ReportRecord) {
  return {
    id: r.id,
    unitId: r.unitId,
    period: r.period,
    year: r.year,
    documentNumber: r.documentNumber,
    receivedAt: r.receivedAt,
    replaces: r.replaces ?? null,
    replacedBy: r.replacedBy ?? null,
    warnings: r.warnings.map((w) => w.code),
  };
}

/** Tùy chọn lịch báo cáo — options of {@link calendarView}. */
export interface CalendarViewOptions {
  /** The working calendar (holidays) deadlines are counted with; default: the built-in table. */
  calendar?: WorkingCalendar;
}

/**
 * Lịch báo cáo — every report the plan asks for, as the portal shows it: one
 * entry per instance (each month, quarter or period of an obligation; one-off
 * reports too), with its deadline, the deadline's reading in words, who owes it,
 * and where it stands at `now`.
 * @param plan - the plan
 * @param now - the instant
 * @param options - the working calendar
 * @returns a JSON-ready view: `{ planId, at, instances }`
 */
export function calendarView(plan: Plan, now: Date, options: CalendarViewOptions = {}) {
  const calendar = options.calendar ?? createWorkingCalendar();
  const byId = new Map(plan.obligations.map((o) => [o.id, o]));
  return {
    planId: plan.id,
    at: formatInstant(now),
    instances: planInstances(plan, { calendar }).map((inst) => {
      const o = byId.get(inst.obligationId)!;
      const d = inst.deadline;
      const s = instanceStatus(inst, now, { calendar });
      const owedBy = expandUnitIds(plan, o.owedBy).filter((id) => {
        const u = findUnit(plan, id);
        return u !== undefined && isUnitValidOn(u, d.lastDay);
      });
      return {
        key: inst.key,
        obligationId: inst.obligationId,
        title: inst.title,
        label: inst.label,
        period: inst.period,
        year: inst.year,
        ...(inst.index !== undefined ? { periodIndex: inst.index } : {}),
        deadline: { date: d.date, semantics: d.semantics, lastDay: d.lastDay, instant: d.instant, reading: d.reading, text: d.text ?? o.deadline.text },
        status: s.status,
        workingDaysLeft: s.workingDaysLeft,
        recipient: o.recipient,
        via: o.via ?? null,
        copies: o.copies,
        source: o.source,
        owedBy,
      };
    }),
  };
}
