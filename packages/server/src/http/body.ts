/** Kết quả đọc thân yêu cầu — the body text, or why it could not be read. */
export type ReadBodyResult =
  | { ok: true; text: string; bytes: number }
  | { ok: false; code: 'too-large'; limit: number; seen: number }
  | { ok: false; code: 'unreadable'; detail: string };

/** Kết quả đọc thân yêu cầu dạng byte — the body bytes, or why they could not be read. */
export type ReadBodyBytesResult =
  | { ok: true; bytes: Uint8Array<ArrayBuffer> }
  | { ok: false; code: 'too-large'; limit: number; seen: number }
  | { ok: false; code: 'unreadable'; detail: string };

/**
 * Đọc thân yêu cầu dạng byte có giới hạn — reads a request body as bytes while
 * counting them, and stops (cancelling the stream) as soon as the limit is
 * passed: a client that sends gigabytes costs at most `limit` bytes of memory. A
 * declared `Content-Length` above the limit is refused before reading anything.
 * For uploads (files, multipart forms): parse the bytes afterwards.
 * @param request - a fetch `Request`
 * @param limit - the most bytes accepted
 * @returns the bytes, or an error value (`too-large` → 413)
 */
export async function readBodyBytesLimited(request: Request, limit: number): Promise<ReadBodyBytesResult> {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d{1,15}$/.test(declared) && Number(declared) > limit) {
    return { ok: false, code: 'too-large', limit, seen: Number(declared) };
  }
  if (request.body === null) return { ok: true, bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let seen = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      seen += value.byteLength;
      if (seen > limit) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, code: 'too-large', limit, seen };
      }
      chunks.push(value);
    }
  } catch (e) {
    return { ok: false, code: 'unreadable', detail: e instanceof Error ? e.message : String(e) };
  }
  const all = new Uint8Array(seen);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, bytes: all };
}

/**
 * Đọc thân yêu cầu có giới hạn — reads a request body as UTF-8 while counting
 * bytes, and stops (cancelling the stream) as soon as the limit is passed
 * ({@link readBodyBytesLimited}).
 * @param request - a fetch `Request`
 * @param limit - the most bytes accepted
 * @returns the text, or an error value (`too-large` → 413)
 */
export async function readBodyLimited(request: Request, limit: number): Promise<ReadBodyResult> {
  const r = await readBodyBytesLimited(request, limit);
  if (!r.ok) return r;
  // `fatal: false` keeps malformed UTF-8 as U+FFFD; JSON.parse then decides.
  return { ok: true, text: new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(r.bytes), bytes: r.bytes.byteLength };
}
