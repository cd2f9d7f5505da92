// Nhập kế hoạch — the importer's entry point: bytes (or text) in, a draft plan
// file and findings out. Never throws on bad input: an unreadable or unsupported
// file is a result with `ok: false` and a finding saying what to do instead.
import { decodeLegacy, detectLegacyEncoding, legacyEncodingMessage } from '@dvcq/core/legacy';
import { loadPlan } from '@dvcq/core/zod';
import type { Message } from '@dvcq/core';
import { _build } from './build';
import type { ImportUnits } from './extract/units';
import type { ImportFinding } from './findings';
import { _parseStructure } from './parse/structure';
import { _assemble } from './read/assemble';
import { type SourceFormat, detectFormat } from './read/detect';
import { _readHtml } from './read/html';
import { _readText } from './read/text';
import type { _Item } from './read/types';

/** Cỡ tệp tối đa — the largest input accepted, checked before reading (20 MiB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Số ký tự tối đa — the most text a document may hold once read (1,000,000 characters, about 300 pages). */
export const MAX_IMPORT_CHARS = 1_000_000;
/** Số trang PDF tối đa — PDF pages read at most. */
export const MAX_IMPORT_PDF_PAGES = 300;

/** Tùy chọn nhập — options of {@link importPlan}. */
export interface ImportOptions {
  /** Mã kế hoạch — the plan id (default: derived from the place and year, flagged). */
  id?: string;
  /** Năm — the plan year (default: from the title or the date of issue). */
  year?: number;
  /** Danh mục đơn vị — units and groups to match names against (a plan's `orgUnits`/`unitGroups`). */
  units?: ImportUnits;
  /** Tên tệp — used to tell text from Markdown or HTML, and recorded in `source.file`. */
  fileName?: string;
  /** Định dạng — forces the input format instead of detecting it. */
  format?: 'docx' | 'pdf' | 'html' | 'text' | 'markdown';
}

/** Kết quả nhập — the outcome of {@link importPlan}. */
export type ImportResult =
  | {
      ok: true;
      /** The draft plan file (JSON value) — `loadPlan` accepts it. */
      plan: Record<string, unknown>;
      findings: ImportFinding[];
      /** Whether some finding needs a person (`severity: 'review'`). */
      needsReview: boolean;
      format: SourceFormat;
    }
  | { ok: false; findings: ImportFinding[]; format?: SourceFormat };

function _fail(code: string, message: Message, format?: SourceFormat): ImportResult {
  const r: ImportResult = { ok: false, findings: [{ code: `import.${code}`, severity: 'review', pointer: '', message }] };
  if (format) r.format = format;
  return r;
}

const _SAVE_AS: Message = {
  vi: 'Hãy mở tệp bằng Word hoặc LibreOffice và lưu thành .docx (hoặc chép nội dung ra tệp .txt).',
  en: 'Open the file in Word or LibreOffice and save it as .docx (or copy the text into a .txt file).',
};

function _decodeText(bytes: Uint8Array): { text: string; findings: ImportFinding[] } | undefined {
  const findings: ImportFinding[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('latin1').decode(bytes);
    const legacy = detectLegacyEncoding(text);
    if (!legacy.encoding) return undefined;
    findings.push({ code: 'import.legacy-encoding', severity: 'review', pointer: '', message: legacyEncodingMessage(legacy.encoding) });
    return { text: decodeLegacy(text, legacy.encoding), findings };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const legacy = detectLegacyEncoding(text);
  if (legacy.encoding) {
    findings.push({ code: 'import.legacy-encoding', severity: 'review', pointer: '', message: legacyEncodingMessage(legacy.encoding) });
    text = decodeLegacy(text, legacy.encoding);
  }
  return { text, findings };
}

function _countChars(items: readonly _Item[]): number {
  let n = 0;
  for (const it of items) {
    if (it.kind === 'line') n += it.text.length;
    else for (const r of it.rows) for (const c of r) n += c.length;
  }
  return n;
}

/**
 * Nhập kế hoạch — reads a plan document (DOCX, PDF with a text layer, HTML,
 * text or Markdown) and builds a draft plan file with the findings a person
 * should review: header, title and year, basis and every cited document, parts,
 * content areas and tasks (`II.<area>.<n>`) with their units, due times and
 * reporting obligations, recipients and the signature block.
 *
 * Never throws on bad input. A scanned PDF, an old binary .doc, an RTF, a file
 * over {@link MAX_IMPORT_BYTES} or text over {@link MAX_IMPORT_CHARS} gives
 * `ok: false` with a finding that says what to do instead.
 *
 * @param input - the file content (bytes) or the text itself
 * @param options - id, year, units to match, file name, format
 * @returns the draft and its findings, or why the input cannot be read
 */
export async function importPlan(input: Uint8Array | string, options: ImportOptions = {}): Promise<ImportResult> {
  const bytes = typeof input === 'string' ? undefined : input;
  const size = bytes ? bytes.byteLength : input.length;
  if (size > MAX_IMPORT_BYTES)
    return _fail('too-large', {
      vi: `Tệp quá lớn (${size} byte; tối đa ${MAX_IMPORT_BYTES} byte). Hãy bỏ hình ảnh hoặc tách phụ lục.`,
      en: `File too large (${size} bytes; at most ${MAX_IMPORT_BYTES}). Remove images or split off the appendices.`,
    });
  const format: SourceFormat = options.format ?? (bytes ? detectFormat(bytes, options.fileName) : /^\s*</.test(input as string) && detectFormat(new TextEncoder().encode((input as string).slice(0, 4096)), options.fileName) === 'html' ? 'html' : options.fileName?.toLowerCase().endsWith('.md') ? 'markdown' : 'text');
  const findings: ImportFinding[] = [];
  let items: _Item[];
  try {
    if (format === 'doc')
      return _fail('binary-doc', { vi: `Tệp Word cũ (.doc) không đọc được. ${_SAVE_AS.vi}`, en: `Old binary Word files (.doc) are not supported. ${_SAVE_AS.en}` }, format);
    if (format === 'rtf' || format === 'zip' || format === 'binary')
      return _fail('unsupported-format', { vi: `Định dạng tệp không được hỗ trợ. ${_SAVE_AS.vi}`, en: `Unsupported file format. ${_SAVE_AS.en}` }, format);
    if (format === 'docx') {
      if (!bytes) return _fail('unsupported-format', { vi: 'Tệp DOCX phải được truyền dưới dạng byte.', en: 'A DOCX file must be passed as bytes.' }, format);
      const { _readDocx } = await import('./read/docx');
      const r = await _readDocx(bytes);
      items = r.items;
      if (r.labelled > 0)
        findings.push({
          code: 'import.numbering-rebuilt',
          severity: 'review',
          pointer: '/sections',
          message: {
            vi: `${r.labelled} đoạn dùng đánh số tự động của Word; nhãn (1., a), -) được dựng lại theo cấp — kiểm tra cách chia nội dung và nhiệm vụ.`,
            en: `${r.labelled} paragraphs use Word's automatic numbering; their labels (1., a), -) were rebuilt by level — check how areas and tasks were split.`,
          },
        });
    } else if (format === 'pdf') {
      if (!bytes) return _fail('unsupported-format', { vi: 'Tệp PDF phải được truyền dưới dạng byte.', en: 'A PDF file must be passed as bytes.' }, format);
      const { _readPdf } = await import('./read/pdf');
      const r = await _readPdf(bytes, MAX_IMPORT_PDF_PAGES);
      if (r.chars < 20 * Math.min(r.pages, 3))
        return _fail('scanned-pdf', {
          vi: 'Tệp PDF không có lớp chữ (bản quét). Hãy dùng tệp .docx gốc, hoặc nhận dạng chữ (OCR) rồi lưu thành .docx.',
          en: 'The PDF has no text layer (a scan). Use the original .docx, or run OCR and save it as .docx.',
        }, format);
      if (r.pages > MAX_IMPORT_PDF_PAGES)
        findings.push({ code: 'import.pdf-truncated', severity: 'review', pointer: '', message: { vi: `Chỉ đọc ${MAX_IMPORT_PDF_PAGES}/${r.pages} trang đầu.`, en: `Only the first ${MAX_IMPORT_PDF_PAGES} of ${r.pages} pages were read.` } });
      items = r.items;
    } else {
      let text: string;
      if (bytes) {
        const d = _decodeText(bytes);
        if (!d)
          return _fail('unknown-encoding', {
            vi: 'Không nhận ra bảng mã của tệp văn bản. Hãy lưu tệp ở dạng UTF-8 (hoặc .docx).',
            en: 'The text file is in an unknown encoding. Save it as UTF-8 (or .docx).',
          }, format);
        text = d.text;
        findings.push(...d.findings);
      } else text = input as string;
      if (text.length > MAX_IMPORT_CHARS)
        return _fail('too-long', { vi: `Văn bản quá dài (tối đa ${MAX_IMPORT_CHARS} ký tự).`, en: `The text is too long (at most ${MAX_IMPORT_CHARS} characters).` }, format);
      items = format === 'html' ? _readHtml(text).items : _readText(text);
    }
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return _fail('unreadable', { vi: `Không đọc được tệp (${detail}). ${_SAVE_AS.vi}`, en: `The file cannot be read (${detail}). ${_SAVE_AS.en}` }, format);
  }
  if (_countChars(items) > MAX_IMPORT_CHARS)
    return _fail('too-long', { vi: `Văn bản quá dài (tối đa ${MAX_IMPORT_CHARS} ký tự).`, en: `The text is too long (at most ${MAX_IMPORT_CHARS} characters).` }, format);
  if (_countChars(items) === 0) return _fail('empty', { vi: 'Tệp không có nội dung chữ.', en: 'The file holds no text.' }, format);

  const tree = _parseStructure(_assemble(items));
  const built = _build(tree, options);
  findings.push(...built.findings);
  // The draft must load; anything the loader still rejects is a finding.
  const loaded = loadPlan(built.plan, { lang: 'vi' });
  const loadedEn = loadPlan(built.plan, { lang: 'en' });
  loaded.issues.forEach((issue, k) => {
    findings.push({
      code: issue.severity === 'error' ? 'import.draft-invalid' : 'import.draft-warning',
      severity: 'review',
      pointer: issue.path,
      message: { vi: `[${issue.code}] ${issue.message}`, en: `[${issue.code}] ${loadedEn.issues[k]?.message ?? issue.message}` },
    });
  });
  return { ok: true, plan: built.plan, findings, needsReview: findings.some((f) => f.severity === 'review'), format };
}
