// No request may stop the portal (issue 9 §D1): request targets, methods and
// headers generated at random (fast-check), sent as raw bytes over sockets to the
// running portal. The process stays up and answers every request with a sane
// status (2xx–4xx: a 5xx would mean the portal failed on it), every answer
// forbids MIME sniffing, and ordinary requests still work afterwards.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Portal, rawRequest, startPortal, tempDataDir } from './_portal';

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal(tempDataDir('fuzz'), { DVCQ_NOW: '2021-05-10T09:00:00+07:00' });
});
afterAll(async () => {
  await portal?.stop();
});

const TCHAR = [..."!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"];
const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
const OBS_TEXT = Array.from({ length: 128 }, (_, i) => String.fromCharCode(128 + i));
const token = (max: number) => fc.string({ unit: fc.constantFrom(...TCHAR), minLength: 1, maxLength: max });

const method = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH') },
  { weight: 2, arbitrary: fc.constantFrom('TRACE', 'CONNECT', 'PROPFIND', 'M-SEARCH', 'PURGE', 'SEARCH', 'LOCK', 'get', 'Post') },
  { weight: 1, arbitrary: token(12) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...PRINTABLE, ...OBS_TEXT, '\t'), maxLength: 10 }) },
);

const segment = fc.oneof(
  fc.constantFrom('', '.', '..', '%', '%2', '%zz', '%00', '%2F', '%E0%A4%A', '%C3%A9', 'x:99999', '@', 'api', 'reports', 'static', 'favicon.ico', 'plan.json', '\\', '~', ';a=b'),
  fc.string({ unit: fc.constantFrom(...TCHAR, ':', '@', '=', ',', '[', ']', '\\'), maxLength: 12 }),
);
const path = fc.tuple(fc.constantFrom('/', '//', '///', '/api/', '/api/reports/', '/static/', '/form', '/dashboard'), fc.array(segment, { maxLength: 5 }), fc.option(fc.string({ unit: fc.constantFrom(...TCHAR, '=', '&', '?', '%', '/'), maxLength: 20 })))
  .map(([head, segs, query]) => head + segs.join('/') + (query === null ? '' : `?${query}`));
const target = fc.oneof(
  { weight: 6, arbitrary: path },
  { weight: 1, arbitrary: fc.constantFrom('*', 'example.com:443', 'x:1', 'http://x:99999/', 'http://[::1', 'https://evil.example/api/me', 'ftp://x/', '//%', '///', '//x:99999/') },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...PRINTABLE, ...OBS_TEXT), minLength: 1, maxLength: 30 }) },
  { weight: 1, arbitrary: fc.webUrl({ withQueryParameters: true }) },
);

const headerName = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom('Host', 'Accept', 'Accept-Encoding', 'Accept-Language', 'Authorization', 'Content-Type', 'Expect', 'If-None-Match', 'X-DVCQ-Replaces', 'Cookie', 'Range', 'Upgrade', 'Origin', 'Referer', 'User-Agent', 'Forwarded', 'X-Forwarded-For') },
  { weight: 3, arbitrary: token(20) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...PRINTABLE, ...OBS_TEXT), minLength: 1, maxLength: 8 }) },
);
// Mostly well-formed lines (they reach the portal's own code); some that Node's parser refuses.
const headerValue = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom('', 'gzip', 'br;q=0, gzip;q=0.5', '*;q=0', 'identity', 'en', 'en-US,en;q=0.9', 'vi', 'Bearer ', 'Bearer x', 'Bearer ' + 'A'.repeat(600), 'Basic Zm9vOmJhcg==', 'application/json', '100-continue', 'bytes=0-10', 'websocket', '"x"') },
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...PRINTABLE, '\t'), maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...PRINTABLE, ...OBS_TEXT), maxLength: 20 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 17_000 }).map((n) => 'v'.repeat(n)) },
);
const headers = fc.array(fc.tuple(headerName, headerValue), { maxLength: 5 });
const body = fc.option(fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom('{}', '{"planId":', 'null', '[]', '{"unitId":"so-y-te"}')), { nil: undefined });

function encode(m: string, t: string, hs: Array<[string, string]>, b: string | undefined): Buffer {
  // Framing stays ours (every request is complete); everything else is the fuzzer's.
  const own = /^(content-length|transfer-encoding|connection)$/i;
  const lines = [`${m} ${t} HTTP/1.1`, ...hs.filter(([n]) => !own.test(n)).map(([n, v]) => `${n}: ${v}`)];
  if (!hs.some(([n]) => /^host$/i.test(n))) lines.push('Host: 127.0.0.1');
  const payload = b === undefined ? Buffer.alloc(0) : Buffer.from(b, 'utf8');
  if (b !== undefined) lines.push(`Content-Length: ${payload.length}`);
  lines.push('Connection: close');
  return Buffer.concat([Buffer.from(lines.join('\r\n') + '\r\n\r\n', 'latin1'), payload]);
}

const sane = (status: number) => status >= 200 && status < 500;

describe('fuzzing the running portal with request targets, methods and headers', () => {
  it('stays up and answers every request with a sane status', async () => {
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(method, target, headers, body, async (m, t, hs, b) => {
        const answer = await rawRequest(portal.base, encode(m, t, hs, b));
        seen.set(answer.status, (seen.get(answer.status) ?? 0) + 1);
        expect(answer.timedOut, 'no answer within 5 s').toBe(false);
        expect(sane(answer.status), `status ${answer.status} for ${JSON.stringify(`${m} ${t}`)}\n${answer.head}`).toBe(true);
        expect(answer.head.toLowerCase()).toContain('x-content-type-options: nosniff');
        expect(portal.proc.exitCode).toBeNull();
      }),
      { numRuns: 1000 },
    );
    process.stdout.write(`statuses: ${JSON.stringify([...seen].sort())}\n`);
    // The runs reached the handler, not only Node's parser.
    expect([...seen.keys()].filter((s) => s !== 400).length).toBeGreaterThan(2);
    expect((await fetch(`${portal.base}/api/calendar`)).status).toBe(200);
    expect((await fetch(`${portal.base}/`)).status).toBe(200);
  }, 120_000);

  it('the requests that used to stop it, and hostile framing, each get an answer', async () => {
    const cases: Array<[string, number[]]> = [
      ['GET /// HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', [404]],
      ['GET //% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', [404]],
      ['GET //x:99999/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', [404]],
      ['OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', [400]],
      ['CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\nConnection: close\r\n\r\n', [405]],
      ['TRACE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', [405]],
      ['GET / HTTP/1.1\r\nConnection: close\r\n\r\n', [400]], // no Host
      ['POST /api/reports HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\nConnection: close\r\n\r\n{}', [400]],
      ['POST /api/reports HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n', [400]],
      ['POST /api/reports HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\nConnection: close\r\n\r\n', [400]],
      ['GET / HTTP/1.1\r\nHost: x\r\nX-Big: ' + 'a'.repeat(20_000) + '\r\nConnection: close\r\n\r\n', [431]],
      ['GET /\u0000 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', [400]],
      ['GET / HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n', [400, 505]],
      ['garbage\r\n\r\n', [400]],
      ['GET / HTTP/1.1\r\nHost: x\r\nExpect: something-else\r\nConnection: close\r\n\r\n', [417]],
    ];
    for (const [bytes, statuses] of cases) {
      const a = await rawRequest(portal.base, bytes);
      expect(statuses, `${JSON.stringify(bytes.slice(0, 60))} → ${a.status}\n${a.head}`).toContain(a.status);
    }
    expect(portal.proc.exitCode).toBeNull();
    expect((await fetch(`${portal.base}/api/calendar`)).status).toBe(200);
  });
});
