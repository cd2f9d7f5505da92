// Nén phản hồi — content negotiation (RFC 9110 §12.5.3) and on-the-fly compression
// of text answers (HTML, JSON, CSV, plan data). Static bundles are precompressed at
// build (see build.mjs) and only picked here.
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Mã hóa nội dung — the encodings the portal sends. */
export type Encoding = 'br' | 'gzip';

const _brotli = promisify(brotliCompress);
const _gzip = promisify(gzip);

/**
 * Chọn mã hóa — the best encoding an `Accept-Encoding` value allows: brotli before
 * gzip at equal weight; `q=0` refuses; `*` stands for any encoding not named.
 * Malformed parts are ignored (an unreadable header means identity).
 * @returns `'br'`, `'gzip'` or `undefined` (send as is)
 */
export function negotiateEncoding(header: string | null | undefined): Encoding | undefined {
  if (!header) return undefined;
  const q = new Map<string, number>();
  for (const part of header.slice(0, 512).split(',')) {
    const m = /^\s*([A-Za-z0-9*_-]+)\s*(?:;\s*q\s*=\s*([01](?:\.\d{0,3})?))?\s*$/.exec(part);
    if (!m) continue;
    const weight = m[2] === undefined ? 1 : Number(m[2]);
    if (weight > 1) continue;
    q.set(m[1]!.toLowerCase(), weight);
  }
  const weight = (e: string) => q.get(e) ?? (e === 'gzip' ? q.get('x-gzip') : undefined) ?? q.get('*') ?? 0;
  const br = weight('br');
  const gz = weight('gzip');
  if (br > 0 && br >= gz) return 'br';
  if (gz > 0) return 'gzip';
  return undefined;
}

const _COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml)|image\/(svg\+xml|x-icon))/i;

/** Smallest body worth compressing (below it the headers cost more than they save). */
export const MIN_COMPRESS_BYTES = 1024;

/**
 * Nén một phản hồi — compresses a text answer when the client accepts it.
 * Leaves alone: already encoded answers, non-text types (XLSX is a ZIP), small
 * bodies, statuses without a body. Always adds `Vary: Accept-Encoding` to
 * answers whose type could be compressed, so caches keep the variants apart.
 */
export async function compressResponse(response: Response, acceptEncoding: string | null): Promise<Response> {
  const type = response.headers.get('content-type') ?? '';
  if (!_COMPRESSIBLE.test(type) || response.headers.has('content-encoding') || response.body === null) return response;
  if (response.status < 200 || response.status === 204 || response.status === 304) return response;
  const headers = new Headers(response.headers);
  headers.append('vary', 'accept-encoding');
  const encoding = negotiateEncoding(acceptEncoding);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (encoding === undefined || bytes.byteLength < MIN_COMPRESS_BYTES) return new Response(bytes, { status: response.status, headers });
  // Brotli quality 5 on the fly: most of quality 11's gain at a small fraction of its time.
  const out = encoding === 'br' ? await _brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength } }) : await _gzip(bytes, { level: 6 });
  headers.set('content-encoding', encoding);
  headers.delete('content-length');
  return new Response(new Uint8Array(out.buffer, out.byteOffset, out.byteLength), { status: response.status, headers });
}
