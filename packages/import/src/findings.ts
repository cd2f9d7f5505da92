import type { Message } from '@dvcq/core';
import type { SourcePlace } from './read/types';

/**
 * Mức của phát hiện — `review`: a person must look at it before the plan is
 * published; `info`: what the importer inferred, recorded for the record.
 */
export type FindingSeverity = 'review' | 'info';

/**
 * Phát hiện khi nhập — one inferred or uncertain element of the draft: a stable
 * code (`import.<kebab-case>`), a JSON Pointer into the draft plan, a bilingual
 * message and the place in the source document it came from.
 */
export interface ImportFinding {
  /** Stable code, e.g. `import.unit-new`. */
  code: string;
  /** `review` needs a person; `info` is recorded only. */
  severity: FindingSeverity;
  /** JSON Pointer (RFC 6901) into the draft plan; `''` is the whole plan. */
  pointer: string;
  /** What was inferred or is uncertain, in Vietnamese and English. */
  message: Message;
  /** Where in the source it came from. */
  source?: SourcePlace;
  /** The source text concerned (shortened). */
  excerpt?: string;
}

/** @internal */
export function _excerpt(text: string, max = 120): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

/**
 * Vị trí dạng chữ — a source place as "dòng 12, cột 3" / "line 12, column 3".
 * @param place - the place
 * @returns Vietnamese and English text
 */
export function formatSourcePlace(place: SourcePlace | undefined): Message {
  if (!place) return { vi: '', en: '' };
  const vi: string[] = [];
  const en: string[] = [];
  if (place.page !== undefined) {
    vi.push(`trang ${place.page}`);
    en.push(`page ${place.page}`);
  }
  if (place.paragraph !== undefined) {
    vi.push(`đoạn ${place.paragraph}`);
    en.push(`paragraph ${place.paragraph}`);
  }
  if (place.line !== undefined) {
    vi.push(`dòng ${place.line}`);
    en.push(`line ${place.line}`);
  }
  if (place.column !== undefined) {
    vi.push(`cột ${place.column}`);
    en.push(`column ${place.column}`);
  }
  return { vi: vi.join(', '), en: en.join(', ') };
}
