// The authorization matrix (issue 14 §6): every kind of caller against every page
// and endpoint, expecting exactly the allowed answer. Callers: no session, an
// expired session (signed in at the first start, 13 hours before the second),
// the administrator, coordinator staff, an officer of the unit that owns the
// report and one of another unit, a unit head (of another unit), the unit's API
// key and the coordinator's API key. Browser callers send the session's CSRF token
// on state changes, as the portal's pages do (security.test.ts covers its absence).
//
// Adding an endpoint or a page: add a row to ROWS with the status for every caller.
import { hoaBinh2021Plan as plan } from '@dvcq/plan-hoa-binh-2021';
import { exampleReport } from '@dvcq/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoggedIn, type Portal, login, startPortal, tempDataDir } from './_portal';

const CALLERS = ['none', 'expired', 'admin', 'coordinator', 'officer', 'officerOther', 'head', 'apiKey', 'apiKeyCoordinator'] as const;
type Caller = (typeof CALLERS)[number];
/** Expected status for each caller. */
type Expect = Record<Caller, number>;

/** Shared state the rows read (ids made in beforeAll). */
interface World {
  ownReport: string;
}

interface Row {
  name: string;
  method: 'GET' | 'POST' | 'PUT';
  path: string | ((w: World) => string);
  /** JSON body (a function gets the caller, to vary document numbers). */
  json?: (caller: Caller, i: number) => unknown;
  /** Form body (URL-encoded); the session's `_csrf` is added for browser callers. */
  form?: Record<string, string>;
  expect: Expect;
}

const OWN = 'so-y-te'; // the officer's unit: owns the report read below
const OTHER = 'so-tai-chinh'; // another unit's officer
const all = (n: number): Expect => Object.fromEntries(CALLERS.map((c) => [c, n])) as Expect;
const signedOut = { none: 0, expired: 0, apiKey: 0, apiKeyCoordinator: 0 };
/** A page: no session (or an API key, which pages do not take) → 303 to /login. */
const page = (allowed: Partial<Record<Caller, number>>): Expect => ({ ...all(403), ...Object.fromEntries(Object.keys(signedOut).map((k) => [k, 303])), ...allowed }) as Expect;
/** An API answer: no (valid) credentials → 401. */
const api = (allowed: Partial<Record<Caller, number>>, otherwise = 403): Expect => ({ ...all(otherwise), ...allowed, none: 401, expired: 401 }) as Expect;

const ROWS: Row[] = [
  // Pages
  { name: 'home page', method: 'GET', path: '/', expect: all(200) },
  { name: 'sign-in page (signed-in users go on to their page)', method: 'GET', path: '/login', expect: { ...all(303), none: 200, expired: 200, apiKey: 200, apiKeyCoordinator: 200 } },
  { name: 'unit form page', method: 'GET', path: '/form', expect: page({ officer: 200, officerOther: 200, head: 200 }) },
  { name: 'dashboard page', method: 'GET', path: '/dashboard', expect: page({ admin: 200, coordinator: 200 }) },
  { name: 'accounts administration page', method: 'GET', path: '/admin/accounts', expect: page({ admin: 200 }) },
  { name: 'audit log page', method: 'GET', path: '/admin/audit', expect: page({ admin: 200, coordinator: 200 }) },
  { name: 'password change page', method: 'GET', path: '/account/password', expect: page({ admin: 200, coordinator: 200, officer: 200, officerOther: 200, head: 200 }) },
  { name: 'plan data', method: 'GET', path: '/plan.json', expect: all(200) },
  // Reading pages (reading): server-rendered, refused with a page (401 without credentials).
  // Reading pages (reading): any signed-in role; a unit's data only for that unit or readAll. Pages take no API key.
  { name: "the unit's reports page", method: 'GET', path: '/my-reports', expect: page({ admin: 200, coordinator: 200, officer: 200, officerOther: 200, head: 200 }) },
  { name: "another unit's reports page (?unitId=)", method: 'GET', path: `/my-reports?unitId=${OWN}`, expect: page({ admin: 200, coordinator: 200, officer: 200 }) },
  { name: 'a report as a page', method: 'GET', path: (w) => `/reports/${w.ownReport}`, expect: page({ admin: 200, coordinator: 200, officer: 200 }) },
  { name: 'an unknown report as a page', method: 'GET', path: '/reports/khong-co-bao-cao-nay', expect: page({ admin: 404, coordinator: 404, officer: 404, officerOther: 404, head: 404 }) },
  { name: 'notifications page', method: 'GET', path: '/notifications', expect: api(all(200)) },
  // API: reading
  { name: 'who am I', method: 'GET', path: '/api/me', expect: api(all(200)) },
  { name: 'reporting calendar (public plan data)', method: 'GET', path: '/api/calendar', expect: all(200) },
  { name: 'overview', method: 'GET', path: '/api/overview', expect: api(all(200)) },
  { name: 'list of reports (each sees its own, readAll all)', method: 'GET', path: '/api/reports', expect: api(all(200)) },
  { name: "a unit's report by id", method: 'GET', path: (w) => `/api/reports/${w.ownReport}`, expect: api({ admin: 200, coordinator: 200, officer: 200, apiKey: 200, apiKeyCoordinator: 200 }) },
  { name: "a unit's report history", method: 'GET', path: (w) => `/api/reports/${w.ownReport}/history`, expect: api({ admin: 200, coordinator: 200, officer: 200, apiKey: 200, apiKeyCoordinator: 200 }) },
  { name: "a unit's report as DOCX", method: 'GET', path: (w) => `/api/reports/${w.ownReport}?format=docx`, expect: api({ admin: 200, coordinator: 200, officer: 200, apiKey: 200, apiKeyCoordinator: 200 }) },
  { name: 'consolidation', method: 'GET', path: '/api/aggregate?period=semiannual&year=2021', expect: api({ admin: 200, coordinator: 200, apiKeyCoordinator: 200 }) },
  { name: 'consolidation as CSV', method: 'GET', path: '/api/aggregate?period=semiannual&year=2021&format=csv', expect: api({ admin: 200, coordinator: 200, apiKeyCoordinator: 200 }) },
  { name: 'notifications of the unit', method: 'GET', path: '/api/notifications', expect: api(all(200)) },
  { name: 'reminder e-mails (coordinator)', method: 'GET', path: '/api/reminders', expect: api({ admin: 200, coordinator: 200, apiKeyCoordinator: 200 }) },
  // Review workflow API (review)
  { name: "a report's review state", method: 'GET', path: (w) => `/api/reports/${w.ownReport}/review`, expect: api({ admin: 200, coordinator: 200, officer: 200, apiKey: 200, apiKeyCoordinator: 200 }) },
  { name: 'extensions', method: 'GET', path: '/api/extensions', expect: api(all(200)) },
  { name: 'review settings', method: 'GET', path: '/api/review-settings', expect: api(all(200)) },
  // API: state changes
  {
    name: "submit a report for the officer's unit",
    method: 'POST',
    path: '/api/reports',
    json: (_c, i) => exampleReport(plan, OWN, { period: 'semiannual', year: 2021, date: '2021-05-05', number: 100 + i }),
    expect: api({ officer: 201, apiKey: 201 }),
  },
  { name: 'review step with an unknown action', method: 'POST', path: (w) => `/api/reports/${w.ownReport}/review`, json: () => ({ action: 'nope' }), expect: api({ officerOther: 403, head: 403 }, 422) },
  { name: 'grant an extension with an empty request', method: 'POST', path: '/api/extensions', json: () => ({}), expect: api({ admin: 422, coordinator: 422, apiKeyCoordinator: 422 }) },
  { name: 'turn approval by the unit head on with a bad value', method: 'PUT', path: '/api/review-settings', json: () => ({ approvalRequired: 'x' }), expect: api({ admin: 422 }) },
  { name: 'mark a notification read (no such notification)', method: 'POST', path: '/api/notifications/khong-co/read', expect: api(all(404)) },
  // Review pages (review): server-rendered forms, refused with a page (401 without credentials).
  { name: 'extensions page', method: 'GET', path: '/extensions', expect: api(all(200)) },
  { name: 'review step from the report page with an unknown action', method: 'POST', path: (w) => `/reports/${w.ownReport}/review`, form: { action: 'nope' }, expect: api({ officerOther: 403, head: 403 }, 422) },
  { name: 'grant an extension from the page with a bad date', method: 'POST', path: '/extensions', form: { unitId: OTHER, instanceKey: 'bc-6-thang-2021@2021', lastDay: '2021-02-30', reason: 'x' }, expect: api({ admin: 422, coordinator: 422, apiKeyCoordinator: 422 }) },
  { name: 'turn approval by the unit head on from the page with a bad value', method: 'POST', path: '/review-settings', form: { approvalRequired: 'x' }, expect: api({ admin: 422 }) },
  { name: 'mark a notification read from the page (no such notification)', method: 'POST', path: '/notifications/khong-co/read', form: {}, expect: api(all(404)) },
  { name: 'administration: revoke an API key (none such)', method: 'POST', path: '/admin/accounts', form: { action: 'key-revoke', id: 'khong-co' }, expect: { ...all(403), none: 401, expired: 401, apiKey: 401, apiKeyCoordinator: 401, admin: 404 } },
  { name: 'administration: create an account with a bad login name', method: 'POST', path: '/admin/accounts', form: { action: 'create', login: 'A B', name: 'x', role: 'officer', unitId: OWN }, expect: { ...all(403), none: 401, expired: 401, apiKey: 401, apiKeyCoordinator: 401, admin: 422 } },
  // Plan administration (plans): pages for administrators; changes 401 without a session (API keys included).
  { name: 'plan administration page', method: 'GET', path: '/admin/plans', expect: page({ admin: 200 }) },
  { name: 'a plan of the registry (none such)', method: 'GET', path: '/admin/plans/khong-co', expect: page({ admin: 404 }) },
  { name: 'upload a plan without a file', method: 'POST', path: '/admin/plans', form: { id: 'x' }, expect: { ...all(403), none: 401, expired: 401, apiKey: 401, apiKeyCoordinator: 401, admin: 400 } },
  { name: 'save a plan draft (none such)', method: 'POST', path: '/admin/plans/khong-co', form: { plan: '{}' }, expect: { ...all(403), none: 401, expired: 401, apiKey: 401, apiKeyCoordinator: 401, admin: 404 } },
  { name: 'publish a plan (none such)', method: 'POST', path: '/admin/plans/khong-co/publish', form: { year: '2021' }, expect: { ...all(403), none: 401, expired: 401, apiKey: 401, apiKeyCoordinator: 401, admin: 404 } },
  { name: 'withdraw a plan (none such)', method: 'POST', path: '/admin/plans/khong-co/withdraw', form: {}, expect: { ...all(403), none: 401, expired: 401, apiKey: 401, apiKeyCoordinator: 401, admin: 404 } },
  { name: 'password change with a wrong current password', method: 'POST', path: '/account/password', form: { current: 'sai-mat-khau', password: 'mat-khau-moi-123', confirm: 'mat-khau-moi-123' }, expect: { ...all(422), none: 401, expired: 401, apiKey: 401, apiKeyCoordinator: 401 } },
];

let portal: Portal;
const sessions: Partial<Record<Caller, LoggedIn>> = {};
const world: World = { ownReport: '' };
let expired: LoggedIn;

beforeAll(async () => {
  const dataDir = tempDataDir('authz');
  // First start: sign in, then let 13 hours pass (sessions last 12 hours at most).
  const first = await startPortal(dataDir, { DVCQ_NOW: '2021-05-10T08:00:00+07:00' });
  expired = await login(first, 'officer', OWN);
  await first.stop();
  portal = await startPortal(dataDir, { DVCQ_NOW: '2021-05-10T21:00:00+07:00' });
  sessions.admin = await login(portal, 'admin');
  sessions.coordinator = await login(portal, 'coordinator');
  sessions.officer = await login(portal, 'officer', OWN);
  sessions.officerOther = await login(portal, 'officer', OTHER);
  sessions.head = await login(portal, 'head');
  expect(sessions.head.account.unitId).not.toBe(OWN);
  const r = await fetch(`${portal.base}/api/reports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${portal.tokens[OWN]}`, 'content-type': 'application/json' },
    body: JSON.stringify(exampleReport(plan, OWN, { period: 'semiannual', year: 2021, date: '2021-05-05', number: 1 })),
  });
  expect(r.status).toBe(201);
  world.ownReport = ((await r.json()) as { id: string }).id;
}, 180_000);
afterAll(async () => {
  await portal?.stop();
});

function headersOf(caller: Caller): Record<string, string> {
  switch (caller) {
    case 'none':
      return {};
    case 'expired':
      return expired.headers();
    case 'apiKey':
      return { authorization: `Bearer ${portal.tokens[OWN]}` };
    case 'apiKeyCoordinator':
      return { authorization: `Bearer ${portal.tokens[portal.accounts.find((a) => a.role === 'coordinator')!.unitId]}` };
    default:
      return sessions[caller]!.headers();
  }
}

describe('authorization matrix: every caller × every page and endpoint', () => {
  it('has a row for every caller in every row', () => {
    for (const row of ROWS) expect(Object.keys(row.expect).sort()).toEqual([...CALLERS].sort());
  });

  it.each(ROWS.map((r) => [r.name, r] as const))('%s', async (_name, row) => {
    const got: Partial<Record<Caller, number>> = {};
    for (const [i, caller] of CALLERS.entries()) {
      const path = typeof row.path === 'function' ? row.path(world) : row.path;
      const headers = headersOf(caller);
      let body: string | undefined;
      if (row.json) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(row.json(caller, i));
      } else if (row.form) {
        headers['content-type'] = 'application/x-www-form-urlencoded';
        const csrf = caller === 'expired' ? expired.csrf : sessions[caller]?.csrf;
        body = new URLSearchParams({ ...row.form, ...(csrf ? { _csrf: csrf } : {}) }).toString();
      }
      const res = await fetch(`${portal.base}${path}`, { method: row.method, headers, redirect: 'manual', ...(body !== undefined ? { body } : {}) });
      await res.arrayBuffer();
      got[caller] = res.status;
    }
    expect(got).toEqual(row.expect);
  });
});
