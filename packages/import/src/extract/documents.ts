// Văn bản được viện dẫn — every document a paragraph cites, through core's
// citation finder (one home for document references), turned into the plan
// file's `documents` entries with stable ids ("04-ct-ubnd-2017").
import { documentKindInfo, findCitations, formatDocumentNumber, searchKey } from '@dvcq/core';
import type { Citation, FoundCitation, Message } from '@dvcq/core';

/** A cited document as the draft holds it. */
export interface _DraftDocument {
  id: string;
  type: { vi: string; en: string };
  number?: string;
  date?: string;
  issuer?: { vi: string; en: string };
  title?: { vi: string; en: string };
  text: string;
  linkedBy: 'plan' | 'kit';
  note?: Message;
}

/** One citation found, with its document id. */
export interface _FoundDoc {
  id: string;
  doc: _DraftDocument;
  found: FoundCitation;
  /** The citation's warnings in both languages. */
  warnings: Message[];
  /** The subject ("về …") after the citation, if the sentence gives one. */
  subject?: string;
  /** End offset of the subject span (or of the citation when there is none). */
  subjectEnd: number;
  /** Cited inside the subject of the citation before it ("… quy định chi tiết Luật …"). */
  nested: boolean;
}

function _iso(d: { year: number; month: number; day: number }): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/**
 * Mã văn bản — a stable id from the number as written and the year:
 * "04/CT-UBND" of 2017 → "04-ct-ubnd-2017", "217-QĐ/TW" of 2013 → "217-qd-tw-2013".
 * @internal
 */
export function _documentId(c: Citation): string | undefined {
  if (c.named) return c.named.id;
  if (!c.number) return undefined;
  const raw = c.number.raw ?? formatDocumentNumber(c.number);
  const base = searchKey(raw).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const year = c.date?.year ?? (c.number.style === 'state' ? c.number.year : undefined);
  if (year !== undefined && !base.includes(String(year))) return `${base}-${year}`;
  return base;
}

// The subject after a citation: "về …" up to the end of the clause (";" or the
// end of the sentence) or up to the next citation.
function _subjectAfter(text: string, end: number, nextStart: number): { subject?: string; spanEnd: number } {
  // The subject runs to the end of the clause, past citations nested in it.
  const rest = text.slice(end);
  const stop = /[;.](?=\s|$)/u.exec(rest);
  const clauseEnd = stop ? end + stop.index : text.length;
  // "… của Chính phủ quy định chi tiết …": a subject without "về" still spans the clause.
  const spanEnd = /^\s*,?\s*(?:về|quy\s+định|hướng\s+dẫn|ban\s+hành|sửa\s+đổi)\s/u.test(rest) ? clauseEnd : end;
  const tail = text.slice(end, nextStart);
  const m = /^\s*,?\s*(về\s[^;]*?)(?:[;.](?=\s|$)|\s+(?:gắn với|và|cùng)\s+(?=\p{Lu})|$)/u.exec(tail);
  if (!m || !m[1]) return { spanEnd };
  // A trailing ", …" that begins a new clause is not part of the subject.
  const s = m[1].trim().replace(/[,:]\s*$/u, '');
  return s.length > 3 ? { subject: s, spanEnd } : { spanEnd };
}

/**
 * Trích văn bản — the documents a paragraph cites.
 * @param text - a paragraph
 * @returns each citation with the document it denotes
 * @internal
 */
export function _citedDocuments(text: string): _FoundDoc[] {
  const r = findCitations(text);
  if (!r.ok) return [];
  // Warnings in both languages: the same scan in English finds the same citations in order.
  const en = findCitations(text, { lang: 'en' });
  const out: _FoundDoc[] = [];
  r.value.forEach((f, k) => {
    const c = f.citation;
    const id = _documentId(c);
    if (!id || !c.kind) return;
    const info = documentKindInfo(c.kind);
    const doc: _DraftDocument = { id, type: { vi: info.name.vi, en: info.name.en }, text: c.raw, linkedBy: 'plan' };
    if (c.number) doc.number = formatDocumentNumber(c.number);
    if (c.date) doc.date = _iso(c.date);
    if (c.linked) {
      doc.number = formatDocumentNumber(c.linked.number);
      if (c.linked.date) doc.date = _iso(c.linked.date);
      doc.linkedBy = 'kit';
      doc.note = c.linked.note;
    }
    if (c.issuer) doc.issuer = { vi: c.issuer.name, en: c.issuer.name };
    const next = r.value[k + 1]?.start ?? text.length;
    const { subject, spanEnd } = _subjectAfter(text, f.end, next);
    const warnings = f.issues.map((w, j) => ({ vi: w.message, en: (en.ok ? en.value[k]?.issues[j]?.message : undefined) ?? w.message }));
    const prev = out[out.length - 1];
    const nested = prev !== undefined && f.start >= prev.found.end && f.start < prev.subjectEnd;
    const found: _FoundDoc = { id, doc, found: f, warnings, subjectEnd: Math.max(spanEnd, f.end), nested };
    if (subject) {
      found.subject = subject;
      doc.title = { vi: subject, en: subject };
    } else if (c.named && (c.kind === 'Luật' || c.kind === 'Bộ luật')) {
      doc.title = { vi: c.named.name, en: c.named.name };
    } else if (c.title && c.named) {
      doc.title = { vi: c.title, en: c.title };
    }
    out.push(found);
  });
  return out;
}
