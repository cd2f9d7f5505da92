import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ReportHandler } from '../http/handler';

/** Tùy chọn bộ chuyển Node — options of the Node, Express and Fastify adapters. */
export interface NodeAdapterOptions {
  /**
   * Most bytes of an unwanted request body drained after an early answer (413,
   * 401…) before the connection is cut (default 16 MiB): small enough to bound a
   * hostile upload, large enough that an ordinary client reads its 413.
   */
  maxDrainBytes?: number;
}

const kStop = Symbol('dvcq.stopBody');

/**
 * @internal The request body as a web stream with back-pressure. Unlike
 * `Readable.toWeb`, cancelling it (the handler hit the size limit) does not destroy
 * the socket, so the 413 answer still reaches the client. Reading starts on the
 * first pull: a body the handler never reads (401, declared too large) is never buffered.
 */
export function _nodeBody(req: IncomingMessage, maxDrain: number): ReadableStream<Uint8Array> {
  let stopped = false;
  let started = false;
  (req as unknown as Record<symbol, () => void>)[kStop] = () => {
    stopped = true;
  };
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (!started) {
          started = true;
          req.on('data', (chunk: Buffer) => {
            if (stopped) return;
            controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
            if ((controller.desiredSize ?? 0) <= 0) req.pause();
          });
          req.once('end', () => {
            if (!stopped) controller.close();
          });
          req.once('error', (e) => {
            if (!stopped) controller.error(e);
          });
          req.once('aborted', () => {
            if (!stopped) controller.error(new Error('request aborted'));
          });
        }
        req.resume();
      },
      cancel() {
        stopped = true;
        _drain(req, maxDrain);
      },
    },
    { highWaterMark: 4 },
  );
}

/** @internal Discards what is left of a body, cutting the connection past `max` bytes. */
export function _drain(req: IncomingMessage, max: number): void {
  (req as unknown as Record<symbol, (() => void) | undefined>)[kStop]?.();
  if (req.complete || req.destroyed) return;
  let seen = 0;
  req.on('data', (c: Buffer) => {
    seen += c.byteLength;
    if (seen > max) req.destroy();
  });
  req.resume();
}

/**
 * @internal A fetch `Request` from a Node request. The origin is fixed
 * (`http://localhost`): the handler reads only the path and query, so a forged
 * `Host` header changes nothing.
 */
export function _toRequest(req: IncomingMessage, path: string, body: BodyInit | null | undefined, maxDrain: number): Request {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) for (const x of v) headers.append(k, x);
    else headers.set(k, v);
  }
  const method = (req.method ?? 'GET').toUpperCase();
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const init: RequestInit & { duplex?: 'half' } = { method, headers };
  if (hasBody) {
    init.body = body === undefined ? _nodeBody(req, maxDrain) : body;
    init.duplex = 'half';
  }
  return new Request(new URL(path, 'http://localhost'), init);
}

/** @internal Writes a fetch `Response` to a Node response. */
export async function _writeResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((v, k) => {
    headers[k] = v;
  });
  res.writeHead(response.status, headers);
  if (response.body === null) {
    res.end();
    return;
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  res.end(bytes);
}

/**
 * Bộ chuyển cho `node:http` — turns a fetch-standard handler into a
 * `(req, res)` listener for `http.createServer`. The body is streamed to the
 * handler (the size limit applies while reading); an unread body is drained up
 * to `maxDrainBytes`.
 * @param handler - from {@link createReportHandler}
 * @param options - drain bound
 * @returns a Node request listener
 */
export function toNodeListener(handler: ReportHandler, options: NodeAdapterOptions = {}) {
  const maxDrain = options.maxDrainBytes ?? 16 * 1024 * 1024;
  return (req: IncomingMessage, res: ServerResponse): void => {
    void (async () => {
      const response = await handler(_toRequest(req, req.url ?? '/', undefined, maxDrain));
      await _writeResponse(res, response);
      _drain(req, maxDrain);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Lỗi máy chủ / Server error');
    });
  };
}
