import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ReportHandler } from '../http/handler';
import { _error, _langOfHeader, _REQUEST_MESSAGES } from '../http/problem';
import { REMOTE_ADDRESS_HEADER } from '../http/client-address';
import { checkRequestMethod, parseRequestTarget } from '../http/target';

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
 * @internal A fetch `Request` from a Node request, or the 400/405 answer when the
 * request cannot be one: a target that is no path (`*`, `host:port`, control
 * characters), a method the fetch standard forbids (`CONNECT`, `TRACE`), a
 * header value `Headers` refuses. Never throws. The origin is fixed
 * (`http://localhost`): the handler reads only the path and query, so a forged
 * `Host` header changes nothing, and `///` or `//x:99999/` stay paths.
 */
export function _toRequest(req: IncomingMessage, target: string | undefined, body: BodyInit | null | undefined, maxDrain: number): Request | Response {
  const lang = _langOfHeader(req.headers?.['accept-language']);
  const parsed = parseRequestTarget(target);
  if (parsed === undefined) return _error(400, 'http.bad-request', _REQUEST_MESSAGES.badTarget, lang);
  const methodCheck = checkRequestMethod(req.method);
  if (methodCheck === 'invalid') return _error(400, 'http.bad-request', _REQUEST_MESSAGES.badMethod, lang);
  if (methodCheck === 'forbidden') return _error(405, 'http.method-not-allowed', _REQUEST_MESSAGES.methodForbidden, lang);
  const method = (req.method as string).toUpperCase();
  const headers = new Headers();
  try {
    // rawHeaders keeps every line as sent (req.headers joins or drops duplicates).
    const raw = req.rawHeaders ?? [];
    for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!);
    // The client's address as the socket saw it, in a header no client can set (see clientAddress).
    headers.delete(REMOTE_ADDRESS_HEADER);
    const remote = req.socket?.remoteAddress;
    if (remote) headers.set(REMOTE_ADDRESS_HEADER, remote);
  } catch {
    return _error(400, 'http.bad-request', _REQUEST_MESSAGES.badHeader, lang);
  }
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const init: RequestInit & { duplex?: 'half' } = { method, headers };
  if (hasBody) {
    init.body = body === undefined ? _nodeBody(req, maxDrain) : body;
    init.duplex = 'half';
  }
  try {
    return new Request(parsed.url, init);
  } catch {
    return _error(400, 'http.bad-request', _REQUEST_MESSAGES.badTarget, lang);
  }
}

/**
 * @internal Runs a handler for one Node request: builds the `Request` (or the
 * 400/405 answer), awaits the handler, writes the answer, drains the rest of the
 * body. Every failure — including one thrown by the handler or while writing —
 * ends in an answer (500) or a closed socket; nothing escapes to the process.
 */
export async function _serveNode(
  handler: ReportHandler,
  req: IncomingMessage,
  res: ServerResponse,
  target: string | undefined,
  body: BodyInit | null | undefined,
  maxDrain: number,
): Promise<void> {
  try {
    const request = _toRequest(req, target, body, maxDrain);
    const response = request instanceof Response ? request : await handler(request);
    await _writeResponse(res, response);
  } catch {
    _fail(res);
  }
  _drain(req, maxDrain);
}

/** @internal The last resort answer: 500 if nothing was sent yet, else cut the response. */
export function _fail(res: ServerResponse): void {
  try {
    if (!res.headersSent) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
      res.end('500 — Lỗi máy chủ / Server error');
    } else {
      res.destroy();
    }
  } catch {
    res.destroy();
  }
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
    void _serveNode(handler, req, res, req.url, undefined, maxDrain);
  };
}
