import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ReportHandler } from '../http/handler';
import { _drain, _nodeBody, _toRequest, type NodeAdapterOptions } from './node';

/** Ứng dụng Fastify tối thiểu — the part of a Fastify instance this plugin uses (Fastify 4 or 5). */
export interface FastifyInstanceLike {
  removeAllContentTypeParsers(): void;
  addContentTypeParser(type: string, fn: (req: unknown, payload: IncomingMessage, done: (err: Error | null, body?: unknown) => void) => void): void;
  all(path: string, handler: (request: FastifyRequestLike, reply: FastifyReplyLike) => Promise<unknown>): unknown;
}

/** Yêu cầu Fastify tối thiểu. */
export interface FastifyRequestLike {
  raw: IncomingMessage;
  body?: unknown;
}

/** Trả lời Fastify tối thiểu. */
export interface FastifyReplyLike {
  raw: ServerResponse;
  code(status: number): FastifyReplyLike;
  headers(values: Record<string, string>): FastifyReplyLike;
  send(payload?: unknown): FastifyReplyLike;
}

/**
 * Bộ chuyển Fastify — a Fastify plugin serving the handler. Register it with
 * the handler's base path as prefix: `app.register(toFastify(handler), { prefix: '/api' })`.
 * Inside the plugin (encapsulated) Fastify's body parsers are replaced by a
 * pass-through, so the handler streams the raw body and applies its own limit.
 * @param handler - from {@link createReportHandler}
 * @param options - drain bound
 * @returns an async Fastify plugin
 */
export function toFastify(handler: ReportHandler, options: NodeAdapterOptions = {}) {
  const maxDrain = options.maxDrainBytes ?? 16 * 1024 * 1024;
  return async function dvcqReports(fastify: FastifyInstanceLike): Promise<void> {
    fastify.removeAllContentTypeParsers();
    fastify.addContentTypeParser('*', (_req, payload, done) => done(null, payload));
    const serve = async (request: FastifyRequestLike, reply: FastifyReplyLike) => {
      const raw = request.raw;
      const payload = request.body as IncomingMessage | undefined;
      const body = payload !== undefined && typeof (payload as IncomingMessage).on === 'function' ? _nodeBody(payload, maxDrain) : undefined;
      const built = _toRequest(raw, raw.url, body ?? null, maxDrain);
      const response = built instanceof Response ? built : await handler(built);
      const headers: Record<string, string> = {};
      response.headers.forEach((v, k) => {
        headers[k] = v;
      });
      const bytes = Buffer.from(await response.arrayBuffer());
      if (payload && typeof payload.on === 'function') _drain(payload, maxDrain);
      return reply.code(response.status).headers(headers).send(bytes);
    };
    fastify.all('/', serve);
    fastify.all('/*', serve);
  };
}
