import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ReportHandler } from '../http/handler';
import { parseRequestTarget } from '../http/target';
import { _serveNode, type NodeAdapterOptions } from './node';

/** Yêu cầu Express tối thiểu — the fields of an Express request this adapter reads. */
export interface ExpressRequestLike extends IncomingMessage {
  originalUrl?: string;
  body?: unknown;
}

/**
 * Bộ chuyển Express — an Express (4 or 5) middleware for the handler. Mount it
 * without a prefix or at the handler's `basePath`, e.g. `app.use(toExpress(handler))`;
 * it answers the handler's routes and passes every other path on with `next()`.
 * Mount it before any body parser: it streams the raw body so the size limit
 * is checked while reading. If a parser already ran, its parsed body is used.
 * @param handler - from {@link createReportHandler}
 * @param options - drain bound
 * @returns `(req, res, next) => void`
 */
export function toExpress(handler: ReportHandler, options: NodeAdapterOptions & { basePath?: string } = {}) {
  const maxDrain = options.maxDrainBytes ?? 16 * 1024 * 1024;
  const base = (options.basePath ?? '/api').replace(/\/+$/, '');
  return (req: ExpressRequestLike, res: ServerResponse, next: (err?: unknown) => void): void => {
    const path = req.originalUrl ?? req.url ?? '/';
    const pathname = parseRequestTarget(path)?.pathname;
    if (pathname === undefined || !(pathname === base || pathname.startsWith(`${base}/`))) {
      next();
      return;
    }
    let body: BodyInit | undefined;
    if (req.readableEnded && req.body !== undefined) {
      body = typeof req.body === 'string' ? req.body : req.body instanceof Uint8Array ? new Uint8Array(req.body) : JSON.stringify(req.body);
    }
    // Never rejects: a request that cannot become a fetch Request gets its 400 here.
    void _serveNode(handler, req, res, path, body, maxDrain);
  };
}
