import { createRequire } from 'node:module';
import Fastify from 'fastify';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { hoaBinh2021Plan as plan } from '@dvcq/plan-hoa-binh-2021';
import { afterAll, describe, expect, it } from 'vitest';
import { exampleReport } from '../example/example-report';
import { bearerTokenAuth } from '../http/auth';
import { createReportHandler } from '../http/handler';
import { createMemoryReportStore } from '../store/memory';
import { toExpress } from './express';
import { toFastify } from './fastify';
import { toNodeListener } from './node';

const _rq = createRequire(import.meta.url);
const express = _rq('express') as typeof import('express');

const handler = () =>
  createReportHandler({
    plan,
    store: createMemoryReportStore(),
    auth: bearerTokenAuth({ lookup: (t) => (t === 'syt' ? { unitId: 'so-y-te' } : undefined) }),
    now: () => new Date('2021-05-10T09:00:00+07:00'),
    maxBodyBytes: 50_000,
  });
const body = JSON.stringify(exampleReport(plan, 'so-y-te', { period: 'semiannual', year: 2021, date: '2021-05-05' }));
const closers: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const c of closers) await c();
});

async function listen(server: Server): Promise<string> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  closers.push(() => new Promise((r) => server.close(r)));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function exercise(base: string) {
  const h = { authorization: 'Bearer syt', 'content-type': 'application/json' };
  const created = await fetch(`${base}/api/reports`, { method: 'POST', headers: h, body });
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await fetch(`${base}/api/reports`, { method: 'POST', headers: h, body })).status).toBe(409);
  const read = await fetch(`${base}/api/reports/${id}`, { headers: h });
  expect(read.status).toBe(200);
  expect(((await read.json()) as { unitId: string }).unitId).toBe('so-y-te');
  const big = await fetch(`${base}/api/reports`, { method: 'POST', headers: h, body: 'x'.repeat(200_000) });
  expect(big.status).toBe(413);
  // Chunked (no Content-Length): the limit is applied while streaming.
  const chunks = new ReadableStream<Uint8Array>({
    start(c) {
      for (let i = 0; i < 100; i++) c.enqueue(new Uint8Array(1000).fill(32));
      c.close();
    },
  });
  const streamed = await fetch(`${base}/api/reports`, { method: 'POST', headers: h, body: chunks, duplex: 'half' } as RequestInit);
  expect(streamed.status).toBe(413);
  const bad = await fetch(`${base}/api/reports`, { method: 'POST', headers: h, body: '{nope' });
  expect(bad.status).toBe(400);
  expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('body.malformed-json');
  expect((await fetch(`${base}/api/reports`, { method: 'POST', body })).status).toBe(401);
}

/** Sends raw bytes on a fresh connection; resolves with the status line's code (0 when none came). */
function raw(base: string, bytes: string): Promise<{ status: number; text: string }> {
  const { port } = new URL(base);
  return new Promise((resolve) => {
    let text = '';
    const s = connect(Number(port), '127.0.0.1', () => s.end(bytes, 'latin1'));
    s.setEncoding('latin1');
    s.on('data', (d: string) => (text += d));
    const done = () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text });
    s.on('close', done);
    s.on('error', () => undefined);
    s.setTimeout(5000, () => s.destroy());
  });
}

/** Targets, methods and headers that used to stop the process or cannot become a fetch Request. */
async function hostile(base: string, framework = false) {
  const get = (target: string, extra = '') => raw(base, `GET ${target} HTTP/1.1\r\nHost: x\r\n${extra}Connection: close\r\n\r\n`);
  // Paths like any other: they name no route (outside /api Express answers its own 404).
  for (const target of ['///', '//%', '//x:99999/', '//api/me', '/api//reports', '/api/reports/%', '/api/reports/%E0%A4%A']) {
    const r = await get(target, 'Authorization: Bearer syt\r\n');
    expect(r.status, target).toBe(404);
  }
  const star = await raw(base, 'OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  // Not a path: the kit answers 400; under a framework the framework does (Express: 404).
  if (!framework) {
    expect(star.status).toBe(400);
    expect(star.text).toContain('"code":"http.bad-request"');
  } else expect([400, 404]).toContain(star.status);
  const trace = await raw(base, 'TRACE /api/me HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  expect(trace.status).toBe(405);
  const abs = await raw(base, 'GET http://evil.example/api/calendar HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n');
  expect(abs.status).toBe(200);
  // obs-text in a header value, a header repeated, an absurd Accept-Language.
  expect((await get('/api/calendar', 'X-Odd: caf\xe9\r\nAccept-Language: \xff\xfe\r\nAccept: a\r\nAccept: b\r\n')).status).toBe(200);
  // The server is still up and answers normally.
  expect((await fetch(`${base}/api/calendar`)).status).toBe(200);
}

describe('adapters', () => {
  it('node:http', async () => {
    const base = await listen(createServer(toNodeListener(handler())));
    await exercise(base);
    await hostile(base);
  });

  it('Express 5 (mounted before a JSON body parser; other routes pass through)', async () => {
    const app = express();
    app.use(toExpress(handler()));
    app.use(express.json());
    app.get('/health', (_req, res) => {
      res.send('ok');
    });
    const base = await listen(createServer(app));
    await exercise(base);
    await hostile(base, true);
    expect(await (await fetch(`${base}/health`)).text()).toBe('ok');
  });

  it('Fastify 5 (plugin with prefix)', async () => {
    const app = Fastify();
    await app.register(toFastify(handler()) as never, { prefix: '/api' });
    await app.listen({ port: 0, host: '127.0.0.1' });
    closers.push(() => app.close());
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    await exercise(base);
  });
});
