import { createRequire } from 'node:module';
import Fastify from 'fastify';
import { createServer, type Server } from 'node:http';
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

describe('adapters', () => {
  it('node:http', async () => {
    await exercise(await listen(createServer(toNodeListener(handler()))));
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
