// Tệp tĩnh — the browser bundles built by build.mjs: content-hashed names served as
// immutable, each with its brotli and gzip copy made at build time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Encoding, negotiateEncoding } from './compress';

/** Một tệp trong bản kê — one asset of public/manifest.json. */
export interface AssetEntry {
  file: string;
  type: string;
  immutable: boolean;
  bytes: number;
  gzip?: number;
  br?: number;
  /** A script written into a page (one file, no chunks), and the SHA-256 (base64) its CSP names. */
  inline?: boolean;
  sha256?: string;
  /** Chunks this script imports: `lazy` ones load on demand, the others with the page. */
  imports?: Array<{ file: string; lazy: boolean }>;
}

/** Tệp tĩnh đã nạp — the assets, loaded into memory once at start (they are small). */
export interface Assets {
  /** Hashed file name of a logical asset (`form.js` → `form.3KXQ2PZC.js`). */
  url(logical: string): string;
  /** Chunks a page's script imports statically, to preload with the page (`/static/…`). */
  preloads(logical: string): string[];
  /** A script to write into a page (`form-inline.js`): its text and the CSP hash; `undefined` when the build has none. */
  inline(logical: string): { code: string; sha256: string } | undefined;
  /** The answer for `/static/<file>` or `/favicon.ico`, or `undefined` when there is no such file. */
  serve(file: string, acceptEncoding: string | null): Response | undefined;
  manifest: Record<string, AssetEntry>;
}

/** Nạp tệp tĩnh — reads the manifest and every asset (and its compressed copies). */
export function loadAssets(publicDir: string): Assets {
  const manifest = JSON.parse(readFileSync(join(publicDir, 'manifest.json'), 'utf8')) as Record<string, AssetEntry>;
  const files = new Map<string, { entry: AssetEntry; raw: Uint8Array; br?: Uint8Array; gzip?: Uint8Array }>();
  for (const entry of Object.values(manifest)) {
    const path = join(publicDir, entry.file);
    const f: { entry: AssetEntry; raw: Uint8Array; br?: Uint8Array; gzip?: Uint8Array } = { entry, raw: readFileSync(path) };
    if (entry.br !== undefined) f.br = readFileSync(`${path}.br`);
    if (entry.gzip !== undefined) f.gzip = readFileSync(`${path}.gz`);
    files.set(entry.file, f);
  }
  return {
    manifest,
    url(logical) {
      const e = manifest[logical];
      if (!e) throw new Error(`no asset ${logical}`);
      return e.file === 'favicon.ico' ? '/favicon.ico' : `/static/${e.file}`;
    },
    inline(logical) {
      const e = manifest[logical];
      const f = e?.inline && e.sha256 ? files.get(e.file) : undefined;
      return f && e?.sha256 ? { code: Buffer.from(f.raw).toString('utf8'), sha256: e.sha256 } : undefined;
    },
    preloads(logical) {
      const byFile = new Map(Object.values(manifest).map((e) => [e.file, e]));
      const out = new Set<string>();
      const walk = (file: string) => {
        for (const i of byFile.get(file)?.imports ?? []) {
          if (i.lazy || out.has(i.file)) continue;
          out.add(i.file);
          walk(i.file);
        }
      };
      const e = manifest[logical];
      if (e) walk(e.file);
      return [...out].map((f) => `/static/${f}`);
    },
    serve(file, acceptEncoding) {
      const f = files.get(file);
      if (!f) return undefined;
      const encoding: Encoding | undefined = negotiateEncoding(acceptEncoding);
      const body = encoding === 'br' && f.br ? f.br : encoding === 'gzip' && f.gzip ? f.gzip : f.raw;
      const headers: Record<string, string> = {
        'content-type': f.entry.type,
        // Hashed names change with their content: cache for a year, never revalidate.
        'cache-control': f.entry.immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=86400',
      };
      if (f.br || f.gzip) headers.vary = 'accept-encoding';
      if (body !== f.raw) headers['content-encoding'] = body === f.br ? 'br' : 'gzip';
      return new Response(body as unknown as BodyInit, { status: 200, headers });
    },
  };
}
