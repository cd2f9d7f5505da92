import { hoaBinh2021Plan as plan } from '@dvcq/plan-hoa-binh-2021';
import { describe, expect, it } from 'vitest';
import { exampleReport } from '../example/example-report';
import { createMemoryReportStore } from '../store/memory';
import { bearerTokenAuth } from './auth';
import { type OverviewPeriod, _attention, createReportHandler } from './handler';

const tokens: Record<string, { unitId: string; readAll?: boolean }> = {
  'tok-snv': { unitId: 'so-noi-vu', readAll: true },
  'tok-syt': { unitId: 'so-y-te' },
  'tok-dabac': { unitId: 'ubnd-huyen-da-bac' },
};

function setup(nowIso = '2021-05-10T09:00:00+07:00', maxBodyBytes?: number) {
  const store = createMemoryReportStore();
  let n = 0;
  const handler = createReportHandler({
    plan,
    store,
    auth: bearerTokenAuth({ lookup: (t) => tokens[t] }),
    now: () => new Date(nowIso),
    newId: () => `r${++n}`,
    ...(maxBodyBytes ? { maxBodyBytes } : {}),
  });
  return { store, handler };
}
const post = (body: BodyInit | null, token?: string, headers: Record<string, string> = {}, path = '/api/reports') =>
  new Request(`http://localhost${path}`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
  });
const get = (path: string, token?: string) => new Request(`http://localhost${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
const report = (unitId = 'so-y-te', number = 1, period = 'semiannual') => exampleReport(plan, unitId, { period, year: 2021, number, date: '2021-05-05' });

describe('POST /api/reports', () => {
  it('201 stores a valid report with a Location and the receipt time at UTC+7', async () => {
    const { handler, store } = setup();
    const res = await handler(post(JSON.stringify(report()), 'tok-syt'));
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ id: 'r1', receivedAt: '2021-05-10T09:00:00+07:00', replaces: null, warnings: [] });
    expect(res.headers.get('location')).toBe('/api/reports/r1');
    expect((await store.get('r1'))?.unitId).toBe('so-y-te');
  });

  it('201 with a report.late warning after the deadline (accepted, never silently)', async () => {
    const { handler } = setup('2021-05-20T00:00:00+07:00');
    const res = await handler(post(JSON.stringify(report()), 'tok-syt'));
    expect(res.status).toBe(201);
    expect((await res.json()).warnings.map((w: { code: string }) => w.code)).toContain('report.late');
  });

  it('400 malformed JSON with a bilingual message', async () => {
    const { handler } = setup();
    const res = await handler(post('{"planId": "hoa-binh-2021",', 'tok-syt'));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('body.malformed-json');
    expect(body.error.message.vi).toMatch(/không phải JSON hợp lệ/);
    expect(body.error.message.en).toMatch(/not valid JSON/);
    expect(body.error.text).toBe(body.error.message.vi);
    expect((await handler(post('[1,2]', 'tok-syt'))).status).toBe(400);
    expect((await handler(post('', 'tok-syt'))).status).toBe(400);
  });

  it('401 without or with an unknown token, 403 when submitting as another unit', async () => {
    const { handler, store } = setup();
    const none = await handler(post(JSON.stringify(report()), undefined));
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect((await none.json()).error.code).toBe('auth.missing');
    const bad = await handler(post(JSON.stringify(report()), 'nope'));
    expect(bad.status).toBe(401);
    expect((await bad.json()).error.code).toBe('auth.invalid');
    const other = await handler(post(JSON.stringify(report('so-y-te')), 'tok-dabac'));
    expect(other.status).toBe(403);
    // Even the consolidator submits only as itself.
    expect((await handler(post(JSON.stringify(report('so-y-te')), 'tok-snv'))).status).toBe(403);
    expect(await store.list({ currentOnly: false })).toEqual([]);
  });

  it('409 for the same unit, period and document number', async () => {
    const { handler } = setup();
    expect((await handler(post(JSON.stringify(report()), 'tok-syt'))).status).toBe(201);
    const dup = await handler(post(JSON.stringify(report()), 'tok-syt'));
    expect(dup.status).toBe(409);
    expect(await dup.json()).toMatchObject({ error: { code: 'report.duplicate', existingId: 'r1' } });
    // Another number for the other period is fine.
    expect((await handler(post(JSON.stringify(report('so-y-te', 1, 'annual')), 'tok-syt'))).status).toBe(201);
  });

  it('413 when the declared length is too large, and when a streamed body passes the limit', async () => {
    const { handler } = setup(undefined, 10_000);
    const big = JSON.stringify({ ...report(), difficulties: 'x'.repeat(20_000) });
    const res = await handler(post(big, 'tok-syt'));
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatchObject({ code: 'body.too-large', limit: 10_000 });
    // No Content-Length: chunks counted while reading; the stream is cancelled early.
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        if (pulled > 1000) c.close();
        else c.enqueue(new Uint8Array(1024).fill(32));
      },
    });
    const res2 = await handler(new Request('http://localhost/api/reports', { method: 'POST', body: stream, duplex: 'half', headers: { authorization: 'Bearer tok-syt' } } as RequestInit));
    expect(res2.status).toBe(413);
    expect(pulled).toBeLessThan(20);
  });

  it('422 carries the validateReport issues, in the language asked for', async () => {
    const { handler } = setup();
    const bad = report() as Record<string, any>;
    bad.document.number = '1/BC-STC';
    bad.indicators['don-thu-da-giai-quyet'] = 10_000;
    const res = await handler(post(JSON.stringify(bad), 'tok-syt', {}, '/api/reports?lang=en'));
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe('report.invalid');
    const codes = body.issues.map((i: { code: string }) => i.code);
    expect(codes).toContain('document.number-agency');
    expect(codes).toContain('indicator.part-exceeds-total');
    expect(body.error.text).toMatch(/not valid/);
    for (const i of body.issues) expect(i).toEqual(expect.objectContaining({ code: expect.any(String), severity: expect.any(String), path: expect.any(String), message: expect.any(String) }));
  });

  it('a correction names the report it replaces; the earlier one stays in the history', async () => {
    const { handler } = setup();
    await handler(post(JSON.stringify(report('so-y-te', 1)), 'tok-syt'));
    const corr = await handler(post(JSON.stringify(report('so-y-te', 2)), 'tok-syt', { 'x-dvcq-replaces': 'r1' }));
    expect(corr.status).toBe(201);
    expect((await corr.json()).replaces).toBe('r1');
    const again = await handler(post(JSON.stringify(report('so-y-te', 3)), 'tok-syt', {}, '/api/reports?replaces=r1'));
    expect(again.status).toBe(409);
    expect((await again.json()).error).toMatchObject({ code: 'report.already-replaced', replacedBy: 'r2' });
    const missing = await handler(post(JSON.stringify(report('so-y-te', 4)), 'tok-syt', { 'x-dvcq-replaces': 'zzz' }));
    expect(missing.status).toBe(422);
    // Another unit cannot "correct" somebody else's report.
    const foreign = await handler(post(JSON.stringify(report('ubnd-huyen-da-bac', 1)), 'tok-dabac', { 'x-dvcq-replaces': 'r2' }));
    expect(foreign.status).toBe(403);
    // …and is told about correcting, not about reading.
    const foreignError = (await foreign.json()).error;
    expect(foreignError.code).toBe('auth.forbidden');
    expect(foreignError.message.vi).toMatch(/chỉ được sửa \(thay thế\) báo cáo của chính mình/);
    expect(foreignError.message.en).toMatch(/may correct \(replace\) only its own reports/);
    const hist = await (await handler(get('/api/reports/r2/history', 'tok-syt'))).json();
    expect(hist.history.map((r: { id: string }) => r.id)).toEqual(['r1', 'r2']);
    expect(hist.history[0].replacedBy).toBe('r2');
  });
});

describe('reading', () => {
  it('a unit reads only its own reports; the Sở Nội vụ reads all', async () => {
    const { handler } = setup();
    await handler(post(JSON.stringify(report('so-y-te')), 'tok-syt'));
    await handler(post(JSON.stringify(report('ubnd-huyen-da-bac')), 'tok-dabac'));
    expect((await handler(get('/api/reports/r1', 'tok-syt'))).status).toBe(200);
    expect((await handler(get('/api/reports/r1', 'tok-dabac'))).status).toBe(403);
    expect((await handler(get('/api/reports/r1/history', 'tok-dabac'))).status).toBe(403);
    expect((await handler(get('/api/reports/r1'))).status).toBe(401);
    expect((await handler(get('/api/reports/r1', 'tok-snv'))).status).toBe(200);
    const nope = await handler(get('/api/reports/nope', 'tok-snv'));
    expect(nope.status).toBe(404);
    expect((await nope.json()).error).toMatchObject({
      code: 'report.not-found',
      id: 'nope',
      message: { vi: 'Không có báo cáo mã "nope". Kiểm tra lại mã hồ sơ (trả về khi nộp).', en: 'There is no report "nope". Check the id (returned on submission).' },
    });
    // An id that is no id is not echoed back.
    const odd = await (await handler(get('/api/reports/%3Cscript%3E', 'tok-snv'))).json();
    expect(odd.error).toMatchObject({ code: 'report.not-found', id: null });
    expect(JSON.stringify(odd)).not.toContain('script');
    const own = await (await handler(get('/api/reports', 'tok-dabac'))).json();
    expect(own.reports.map((r: { unitId: string }) => r.unitId)).toEqual(['ubnd-huyen-da-bac']);
    expect((await handler(get('/api/reports?unitId=so-y-te', 'tok-dabac'))).status).toBe(403);
    const all = await (await handler(get('/api/reports', 'tok-snv'))).json();
    expect(all.reports).toHaveLength(2);
  });

  it('the consolidation is for the Sở Nội vụ only, as JSON, CSV or XLSX', async () => {
    const { handler } = setup('2021-05-25T00:00:00+07:00');
    await handler(post(JSON.stringify(report('so-y-te')), 'tok-syt'));
    expect((await handler(get('/api/aggregate?period=semiannual&year=2021', 'tok-syt'))).status).toBe(403);
    const agg = await (await handler(get('/api/aggregate?period=semiannual&year=2021', 'tok-snv'))).json();
    expect(agg.summary).toMatchObject({ owed: 28, submitted: 1, late: 1 });
    const csv = await handler(get('/api/aggregate?period=semiannual&year=2021&format=csv&table=indicators', 'tok-snv'));
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.headers.get('x-content-type-options')).toBe('nosniff');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM for Excel
    expect(new TextDecoder().decode(bytes)).toMatch(/^Mã chỉ tiêu,Chỉ tiêu,/);
    const xlsx = await handler(get('/api/aggregate?period=semiannual&year=2021&format=xlsx', 'tok-snv'));
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await xlsx.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    expect((await handler(get('/api/aggregate?period=semiannual&year=21', 'tok-snv'))).status).toBe(400);
  });

  it('overview: after the 6-month deadline the period needing attention is the one with missing units', async () => {
    // 21/5/2021: the 6-month report (before 20/5) is overdue, the annual one open.
    const { handler } = setup('2021-05-21T10:00:00+07:00');
    await handler(post(JSON.stringify(report('so-y-te')), 'tok-syt'));
    const snv = await (await handler(get('/api/overview', 'tok-snv'))).json();
    expect(snv.periods.map((p: { key: string; status: string }) => [p.key, p.status])).toEqual([
      ['bc-6-thang-2021@2021', 'overdue'],
      ['bc-nam-2021@2021', 'open'],
    ]);
    expect(snv.periods[0].summary).toEqual({ owed: 28, submitted: 1, onTime: 0, late: 1, missing: 27, pending: 0 });
    expect(snv.attention).toBe('bc-6-thang-2021@2021');
    // A unit sees its own state only; having sent the 6-month report, its attention is the annual one.
    const syt = await (await handler(get('/api/overview', 'tok-syt'))).json();
    expect(syt.periods[0]).not.toHaveProperty('summary');
    expect(syt.periods[0].own).toMatchObject({ state: 'late', reportId: 'r1' });
    expect(syt.attention).toBe('bc-nam-2021@2021');
    const dabac = await (await handler(get('/api/overview', 'tok-dabac'))).json();
    expect(dabac.attention).toBe('bc-6-thang-2021@2021');
    expect((await handler(get('/api/overview'))).status).toBe(401);
    // Before the deadline: the open period.
    const early = setup('2021-05-10T09:00:00+07:00');
    expect((await (await early.handler(get('/api/overview', 'tok-snv'))).json()).attention).toBe('bc-6-thang-2021@2021');
    // Once everyone has sent the 6-month report, the annual one comes first.
    const late = setup('2021-05-21T10:00:00+07:00');
    const done = await (await late.handler(get('/api/overview', 'tok-snv'))).json();
    expect(_attention(done.periods.map((p: OverviewPeriod) => ({ ...p, summary: { ...p.summary!, missing: 0 } })))).toBe('bc-nam-2021@2021');
  });

  it('a stored report as a file through reportFormats: reading rights, unknown format, issues as 422', async () => {
    const store = createMemoryReportStore();
    const written: string[] = [];
    const handler = createReportHandler({
      plan,
      store,
      auth: bearerTokenAuth({ lookup: (t) => tokens[t] }),
      now: () => new Date('2021-05-10T09:00:00+07:00'),
      newId: () => 'r1',
      reportFormats: [
        {
          id: 'txt',
          label: { vi: 'Văn bản', en: 'Text' },
          mime: 'text/plain; charset=utf-8',
          ext: 'txt',
          write: async (rec, o) => {
            written.push(`${rec.id} ${o.lang} ${o.draft}`);
            return o.draft ? { ok: false, issues: [{ code: 'x.no-draft', severity: 'error', path: '', message: 'no draft' }] } : { ok: true, value: new TextEncoder().encode(rec.documentNumber), issues: [] };
          },
        },
      ],
    });
    await handler(post(JSON.stringify(report()), 'tok-syt'));
    const file = await handler(get('/api/reports/r1?format=txt&lang=en', 'tok-syt'));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="bao-cao-so-y-te-semiannual-2021.txt"');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await file.text()).toBe('01/BC-SYT');
    expect((await handler(get('/api/reports/r1?format=txt', 'tok-snv'))).status).toBe(200);
    expect((await handler(get('/api/reports/r1?format=txt', 'tok-dabac'))).status).toBe(403);
    expect((await handler(get('/api/reports/r1?format=pdf', 'tok-syt'))).status).toBe(400);
    const refused = await handler(get('/api/reports/r1?format=txt&draft=1', 'tok-syt'));
    expect(refused.status).toBe(422);
    expect((await refused.json()).issues[0].code).toBe('x.no-draft');
    expect(written).toEqual(['r1 en false', 'r1 vi false', 'r1 vi true']);
    // An export of a period the plan does not ask for is a 404, not an empty file.
    const none = await handler(get('/api/aggregate?period=quarterly&year=2021&periodIndex=2&format=csv', 'tok-snv'));
    expect(none.status).toBe(404);
    expect((await none.json()).error.code).toBe('report.no-period');
  });

  it('calendar, me, 404 and 405', async () => {
    const { handler } = setup();
    const cal = await (await handler(get('/api/calendar'))).json();
    expect(cal.instances.map((o: { key: string; obligationId: string; deadline: { lastDay: string } }) => [o.key, o.obligationId, o.deadline.lastDay])).toEqual([
      ['bc-6-thang-2021@2021', 'bc-6-thang-2021', '2021-05-19'],
      ['bc-nam-2021@2021', 'bc-nam-2021', '2021-11-04'],
    ]);
    expect(cal.instances[0].owedBy).toHaveLength(28);
    expect(cal.instances[0].label).toEqual({ vi: '6 tháng năm 2021', en: 'Six months of 2021' });
    expect(await (await handler(get('/api/me', 'tok-snv'))).json()).toMatchObject({ unitId: 'so-noi-vu', readAll: true });
    const nothing = await handler(get('/api/nothing'));
    expect(nothing.status).toBe(404);
    expect((await nothing.json()).error.code).toBe('http.not-found');
    for (const path of ['/api/calendar', '/api/nothing', '/api/me', '/elsewhere']) expect((await handler(get(path))).headers.get('x-content-type-options')).toBe('nosniff');
    expect((await handler(new Request('http://localhost/api/reports/r1', { method: 'DELETE', headers: { authorization: 'Bearer tok-snv' } }))).status).toBe(405);
  });
});
