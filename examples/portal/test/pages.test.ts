// What a browser gets from the portal (issue 9 §D4, §E8, §E9): compressed answers
// chosen by Accept-Encoding, hashed assets cached as immutable, a favicon, one
// language switch, nosniff on every answer (CSV and XLSX downloads included),
// proper 404s, dates and numbers written the Vietnamese way.
import { hoaBinh2021Plan as plan } from '@dvcq/plan-hoa-binh-2021';
import { exampleReport } from '@dvcq/server';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoggedIn, type Portal, login, startPortal, tempDataDir } from './_portal';

let portal: Portal;
let officer: LoggedIn;
let coordinator: LoggedIn;
beforeAll(async () => {
  portal = await startPortal(tempDataDir('pages'), { DVCQ_NOW: '2021-05-21T10:00:00+07:00' });
  officer = await login(portal, 'officer', 'so-y-te');
  coordinator = await login(portal, 'coordinator');
});
/** The session a page needs: the unit's form an officer's, the dashboard the coordinator's. */
const as = (path: string): Record<string, string> => (path.startsWith('/form') ? { cookie: officer.cookie } : path.startsWith('/dashboard') ? { cookie: coordinator.cookie } : {});
afterAll(async () => {
  await portal?.stop();
});
// Node's fetch decompresses on its own; ask for the raw bytes with a header it does not rewrite.
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${portal.base}${path}`, { headers });
const rawBytes = async (path: string, acceptEncoding: string) => {
  const { request } = await import('node:http');
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = request(`${portal.base}${path}`, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
};
const scriptOf = async (page: string) => /<script type="module" src="(\/static\/[^"]+)"/.exec(await (await get(page, as(page))).text())?.[1];

describe('portal pages and assets', () => {
  it('downloads official documents as DOCX: a unit report and the consolidated draft', async () => {
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    const r = await fetch(`${portal.base}/api/reports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${portal.tokens['so-tu-phap']}`, 'content-type': 'application/json' },
      body: JSON.stringify(exampleReport(plan, 'so-tu-phap', { period: 'semiannual', year: 2021, date: '2021-05-05' })),
    });
    const { id } = (await r.json()) as { id: string };
    const own = await get(`/api/reports/${id}?format=docx`, { authorization: `Bearer ${portal.tokens['so-tu-phap']}` });
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe(docx);
    expect(own.headers.get('content-disposition')).toBe('attachment; filename="bao-cao-so-tu-phap-semiannual-2021.docx"');
    const bytes = new Uint8Array(await own.arrayBuffer());
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a ZIP container
    expect(Buffer.from(bytes).includes(Buffer.from('word/document.xml'))).toBe(true);
    // Another unit may not; the coordinator may.
    expect((await get(`/api/reports/${id}?format=docx`, { authorization: `Bearer ${portal.tokens['so-y-te']}` })).status).toBe(403);
    expect((await get(`/api/reports/${id}?format=docx`, { authorization: `Bearer ${portal.tokens['so-noi-vu']}` })).status).toBe(200);
    const draft = await get('/api/aggregate?period=semiannual&year=2021&format=docx', { authorization: `Bearer ${portal.tokens['so-noi-vu']}` });
    expect(draft.status).toBe(200);
    expect(draft.headers.get('content-type')).toBe(docx);
    expect([...new Uint8Array(await draft.arrayBuffer()).slice(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it('serves hashed bundles as immutable, precompressed (brotli, gzip) by Accept-Encoding', async () => {
    const js = await scriptOf('/dashboard');
    expect(js).toMatch(/^\/static\/dashboard\.[A-Z0-9]{8}\.js$/);
    const plain = await rawBytes(js!, 'identity');
    const br = await rawBytes(js!, 'gzip;q=0.8, br');
    const gz = await rawBytes(js!, 'br;q=0, gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(gz.headers['content-encoding']).toBe('gzip');
    for (const r of [plain, br, gz]) {
      expect(r.status).toBe(200);
      expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(r.headers.vary).toMatch(/accept-encoding/i);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    }
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.body.length / 2);
    // The chunks the page imports are preloaded with it, hashed and immutable too.
    const preloads = [...(await (await get('/dashboard', as('/dashboard'))).text()).matchAll(/<link rel="modulepreload" href="(\/static\/chunk-[A-Z0-9]{8}\.js)">/g)].map((m) => m[1]!);
    expect(preloads.length).toBeGreaterThan(0);
    for (const href of preloads) expect((await rawBytes(href, 'br')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const css = /href="(\/static\/portal\.[A-Z0-9]{8}\.css)"/.exec(await (await get('/')).text())?.[1];
    expect((await rawBytes(css!, 'br')).headers['content-encoding']).toBe('br');
  });

  it('the form page carries its script and style (one round trip on a slow line), each allowed by its SHA-256 in that page’s CSP only', async () => {
    const { createHash } = await import('node:crypto');
    const res = await get('/form', as('/form'));
    const html = await res.text();
    const csp = res.headers.get('content-security-policy')!;
    const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    const sha = (t: string) => createHash('sha256').update(t, 'utf8').digest('base64');
    expect(csp).toContain(`script-src 'self' 'sha256-${sha(scripts[0]!)}';`);
    expect(csp).toContain(`style-src 'self' 'sha256-${sha(styles[0]!)}';`);
    expect(csp).not.toContain('unsafe-inline');
    expect(html).not.toMatch(/<script type="module" src=/);
    // Every other page keeps the plain policy and its cached script file.
    const dash = await get('/dashboard', as('/dashboard'));
    expect(dash.headers.get('content-security-policy')).toContain("script-src 'self'; style-src 'self';");
    expect(await dash.text()).not.toContain('<script type="module">');
  });

  it('compresses pages and API answers on the fly; plan.json revalidates with an ETag', async () => {
    const page = await rawBytes('/', 'br');
    expect(page.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(page.body).toString('utf8')).toContain('<!doctype html>');
    const cal = await rawBytes('/api/calendar', 'gzip');
    expect(cal.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(cal.body).toString('utf8')).planId).toBe('hoa-binh-2021');
    expect((await rawBytes('/api/calendar', 'identity')).headers['content-encoding']).toBeUndefined();
    const planRes = await get('/plan.json');
    const etag = planRes.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect((await get('/plan.json', { 'if-none-match': etag })).status).toBe(304);
  });

  it('serves /favicon.ico (an ICO) and links it', async () => {
    const ico = await get('/favicon.ico');
    expect(ico.status).toBe(200);
    expect(ico.headers.get('content-type')).toBe('image/x-icon');
    const bytes = new Uint8Array(await ico.arrayBuffer());
    expect([...bytes.slice(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]); // ICONDIR: icon, one image
    expect(await (await get('/')).text()).toContain('<link rel="icon" href="/favicon.ico">');
  });

  it('shows one language switch that keeps the query, and dates as dd/mm/yyyy HH:mm', async () => {
    for (const path of ['/', '/form', '/dashboard']) {
      const html = await (await get(`${path}?period=bc-nam-2021%402021`, as(path))).text();
      expect(html.match(/id="portal-lang"/g)).toHaveLength(1);
      expect(html).toContain(`href="${path}?period=bc-nam-2021%402021&amp;lang=en"`);
    }
    const home = await (await get('/')).text();
    expect(home).toContain('<time datetime="2021-05-21T10:00:00+07:00">21/05/2021 10:00</time>');
    // The coordinator is named from the plan.
    expect(await (await get('/dashboard', as('/dashboard'))).text()).toContain('<h1>Theo dõi và tổng hợp (Sở Nội vụ tỉnh Hòa Bình)</h1>');
  });

  it('answers 404 and 405 with a page, unknown reports with their own message, nosniff everywhere', async () => {
    const missing = await get('/nothing-here');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Không có trang này (404).');
    const post = await fetch(`${portal.base}/dashboard`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const snv = { authorization: `Bearer ${portal.tokens['so-noi-vu']}` };
    const report = await get('/api/reports/khong-co', snv);
    expect(report.status).toBe(404);
    expect(((await report.json()) as { error: { code: string; text: string } }).error).toMatchObject({ code: 'report.not-found', text: 'Không có báo cáo mã "khong-co". Kiểm tra lại mã hồ sơ (trả về khi nộp).' });
    const r = await fetch(`${portal.base}/api/reports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${portal.tokens['so-y-te']}`, 'content-type': 'application/json' },
      body: JSON.stringify(exampleReport(plan, 'so-y-te', { period: 'semiannual', year: 2021, date: '2021-05-05' })),
    });
    expect(r.status).toBe(201);
    const id = ((await r.json()) as { id: string }).id;
    for (const path of ['/', '/form', '/favicon.ico', '/plan.json', '/nothing', '/api/calendar', '/api/aggregate?period=semiannual&year=2021&format=csv', '/api/aggregate?period=semiannual&year=2021&format=xlsx', `/api/reports/${id}?format=docx`]) {
      const res = await get(path, snv);
      expect([path, res.status < 500, res.headers.get('x-content-type-options')]).toEqual([path, true, 'nosniff']);
    }
  });
});
