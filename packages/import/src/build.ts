// Bản nháp kế hoạch — turns the parsed document into a draft plan file (the
// @dvcq/core plan model) and the findings a person has to review.
import { normalizeText, parseDocumentNumber, formatDocumentNumber, searchKey, toJsonPointer } from '@dvcq/core';
import type { Message, OrgUnitKind } from '@dvcq/core';
import { _citedDocuments, type _DraftDocument } from './extract/documents';
import { _findWindows, _pairDeadlines, type _DeadlineRead, type _Period } from './extract/deadlines';
import {
  type ImportUnits,
  type _Mention,
  type _Tokens,
  type _UnitEntry,
  _findMentions,
  _kindFromName,
  _mentionAt,
  _tokenize,
  _unitLexicon,
  _nameId,
  _unitRun,
} from './extract/units';
import { _excerpt, type ImportFinding, type FindingSeverity } from './findings';
import type { _DocTree, _Node, _Section } from './parse/structure';
import { _isUpper, _romanValue } from './parse/markers';
import type { _Para, _Table, SourcePlace } from './read/types';

type Seg = string | number;
type Json = Record<string, unknown>;

/** Options the builder needs. */
export interface _BuildOptions {
  id?: string;
  year?: number;
  units?: ImportUnits;
  fileName?: string;
}

interface _Ctx {
  findings: ImportFinding[];
  lexicon: _UnitEntry[];
  /** Units referenced by the draft, by id. */
  used: Map<string, { entry?: _UnitEntry; name: string; kind: OrgUnitKind | 'group'; place?: SourcePlace; pointer: string }>;
  documents: Map<string, _DraftDocument>;
  docPlaces: Map<string, { place: SourcePlace; pointer: string }>;
  year: number;
  units?: ImportUnits;
  /** Words seen capitalised inside sentences (proper nouns), by lower-case form. */
  proper: Map<string, string>;
  /** The issuing body's id (once known). */
  issuerId: string;
}

function _add(ctx: _Ctx, code: string, severity: FindingSeverity, path: Seg[], message: Message, source?: SourcePlace, excerpt?: string): void {
  const f: ImportFinding = { code: `import.${code}`, severity, pointer: toJsonPointer(path), message };
  if (source) f.source = source;
  if (excerpt !== undefined) f.excerpt = _excerpt(excerpt);
  ctx.findings.push(f);
}

function _text(vi: string): { vi: string; en: string } {
  // The English gloss is left to a person; the draft repeats the Vietnamese
  // (one `import.untranslated` finding says so).
  return { vi, en: vi };
}

function _slug(s: string): string {
  return searchKey(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

const _VAGUE = '\u0000vague';

function _useUnit(ctx: _Ctx, m: _Mention | { entry: _UnitEntry; written?: string }, pointer: Seg[], place?: SourcePlace): string {
  const e = m.entry;
  // "các cơ quan liên quan" names nobody in particular: kept out of the draft.
  if (e.vague) return _VAGUE;
  if (!ctx.used.has(e.id)) {
    // A unit the caller did not list is named as the document writes it.
    const written = 'written' in m && m.written ? m.written.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : undefined;
    const rec: { entry?: _UnitEntry; name: string; kind: OrgUnitKind | 'group'; place?: SourcePlace; pointer: string } = {
      entry: e,
      name: e.origin === 'vocabulary' && written ? written : e.name,
      kind: e.kind,
      pointer: toJsonPointer(pointer),
    };
    if (place) rec.place = place;
    ctx.used.set(e.id, rec);
  }
  return e.id;
}

function _newUnit(ctx: _Ctx, name: string, pointer: Seg[], place?: SourcePlace): string {
  const clean = normalizeText(name).replace(/[;,.:]+$/u, '');
  const tokens = _tokenize(clean);
  const known = _mentionAt(tokens, 0, ctx.lexicon);
  if (known && known.to === tokens.keys.length) return _useUnit(ctx, known, pointer, place);
  const id = _nameId(clean);
  const entry: _UnitEntry = { id, name: clean, kind: _kindFromName(clean), keys: [tokens.keys], origin: 'vocabulary' };
  const existing = ctx.lexicon.find((e) => e.id === id);
  if (existing) return _useUnit(ctx, { entry: existing }, pointer, place);
  ctx.lexicon.unshift(entry);
  ctx.used.set(id, { entry, name: clean, kind: entry.kind, pointer: toJsonPointer(pointer), ...(place ? { place } : {}) });
  return id;
}

function _unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

// ---------------------------------------------------------------- header

const _DATE_LINE = /^(?:(.+?),\s*)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;

interface _Header {
  issuerName?: string;
  number?: string;
  place?: string;
  date?: string;
  numberRaw?: string;
}

function _readHeader(paras: readonly _Para[]): _Header {
  const h: _Header = {};
  const issuerLines: string[] = [];
  let seenMotto = false;
  for (const p of paras) {
    const t = p.text.replace(/\|/g, ' ').trim();
    const key = searchKey(t);
    const num = /Số\s*:\s*([0-9][^\s|]*)/u.exec(t);
    if (num && h.number === undefined) {
      const r = parseDocumentNumber(num[1]!.replace(/[.,;]+$/u, ''));
      h.numberRaw = num[1]!;
      if (r.ok) h.number = formatDocumentNumber(r.value);
    }
    const d = _DATE_LINE.exec(t.replace(/^.*?(?=\S+(?:\s+\S+){0,4},\s*ngày\s+\d)/u, ''));
    if (d && h.date === undefined) {
      const day = Number(d[2]);
      const month = Number(d[3]);
      const year = Number(d[4]);
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) h.date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      if (d[1]) h.place = d[1].replace(/^.*\b(?:\d{4}|UBND|[A-ZĐ]{2,}-[A-ZĐ]+)\s+/u, '').trim();
    }
    if (key.startsWith('cong hoa xa hoi') || key.startsWith('doc lap')) seenMotto = true;
    if (!seenMotto && !num && !d && _isUpper(t) && !/^[-_=\s]+$/.test(t)) {
      // "ỦY BAN NHÂN DÂN TỈNH X CỘNG HÒA…" copied on one line: keep the part before the motto.
      const cut = t.search(/CỘNG\s*HÒA|CỘNG\s*HOÀ/u);
      issuerLines.push((cut > 0 ? t.slice(0, cut) : cut === 0 ? '' : t).trim());
      if (cut >= 0) seenMotto = true;
    }
  }
  const issuer = issuerLines.filter((x) => x !== '').join(' ');
  if (issuer) h.issuerName = issuer;
  return h;
}

function _sentenceCase(text: string, proper: Map<string, string>): string {
  if (!_isUpper(text)) return text;
  const words = text.toLowerCase().split(' ');
  return words
    .map((w, i) => {
      const p = proper.get(w);
      if (p) return p;
      if (i === 0) return w.charAt(0).toUpperCase() + w.slice(1);
      return w;
    })
    .join(' ');
}

function _collectProper(texts: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of texts) {
    const words = t.split(/\s+/);
    for (let i = 1; i < words.length; i++) {
      const w = words[i]!.replace(/^[“"(]+|[”",.;:)]+$/gu, '');
      const prev = words[i - 1]!;
      if (w.length < 2 || _isUpper(w)) continue;
      const first = w.charAt(0);
      if (first === first.toLowerCase() || first === first.toUpperCase() && /[.;:!?]$/.test(prev)) continue;
      const lower = w.toLowerCase();
      // Keep a word that is never written in lower case after a lower-case word.
      if (!out.has(lower)) out.set(lower, w);
    }
  }
  // Drop words also seen in lower case mid-sentence.
  for (const t of texts) for (const w of t.split(/\s+/)) {
    const c = w.replace(/^[“"(]+|[”",.;:)]+$/gu, '');
    if (c && c === c.toLowerCase()) out.delete(c);
  }
  return out;
}

// ---------------------------------------------------------------- assignments

/** Labels of assignment lines: "Cơ quan chủ trì: …", "Phối hợp: …", "Thời gian: …". */
const _LABELS: ReadonlyArray<[RegExp, 'lead' | 'cooperating' | 'due' | 'product']> = [
  [/^(?:[-+•]\s*)?(?:cơ\s+quan|đơn\s+vị)?\s*chủ\s+trì(?:\s+thực\s+hiện)?\s*:\s*/iu, 'lead'],
  [/^(?:[-+•]\s*)?(?:cơ\s+quan|đơn\s+vị)?\s*phối\s+hợp(?:\s+thực\s+hiện)?\s*:\s*/iu, 'cooperating'],
  [/^(?:[-+•]\s*)?(?:thời\s+gian|thời\s+hạn|tiến\s+độ)(?:\s+(?:thực\s+hiện|hoàn\s+thành))?\s*:\s*/iu, 'due'],
  [/^(?:[-+•]\s*)?(?:sản\s+phẩm|kết\s+quả\s+đầu\s+ra)\s*:\s*/iu, 'product'],
];

interface _Assign {
  lead: string[];
  cooperating: string[];
  assignees: string[];
  due?: { text: string; kind: 'date' | 'period' | 'ongoing' | 'other'; date?: string };
  product?: string;
}

function _labelOf(text: string): { role: 'lead' | 'cooperating' | 'due' | 'product'; value: string } | undefined {
  for (const [re, role] of _LABELS) {
    const m = re.exec(text);
    if (m) return { role, value: text.slice(m[0].length).replace(/[.;]+$/u, '').trim() };
  }
  return undefined;
}

/** Units listed in a cell or after a label: "Sở Nội vụ; Sở Tư pháp và các cơ quan liên quan". */
function _unitList(ctx: _Ctx, value: string, pointer: Seg[], place?: SourcePlace): string[] {
  const ids: string[] = [];
  const parts = value
    .split(/\n|;|\s+\+\s+|^\s*[-+•]\s*/u)
    .map((s) => s.replace(/^\s*[-+•]\s*/u, '').trim())
    .filter((s) => s !== '');
  for (const part of parts) {
    const tokens = _tokenize(part);
    let i = 0;
    let matched = false;
    while (i < tokens.keys.length) {
      const run = _unitRun(tokens, i, ctx.lexicon);
      if (run.mentions.length > 0) {
        for (const m of run.mentions) ids.push(_useUnit(ctx, m, pointer, place));
        matched = true;
        i = run.next;
      } else i++;
    }
    if (!matched) {
      // Names the importer does not know: split on commas, each becomes a new unit.
      for (const name of part.split(/,\s*(?=\p{Lu})|\s+và\s+(?=\p{Lu})/u)) {
        const n = name.trim();
        if (n.length < 2) continue;
        const id = _newUnit(ctx, n, pointer, place);
        ids.push(id);
      }
    }
  }
  return _unique(ids);
}

const _DUE_ONGOING = /^(?:thường\s+xuyên|liên\s+tục|hằng\s+năm|hàng\s+năm|cả\s+năm|trong\s+năm|năm\s+\d{4}|suốt)/iu;

function _readDue(text: string, year: number): _Assign['due'] {
  const t = normalizeText(text).replace(/[.;]+$/u, '');
  if (t === '') return undefined;
  const d = /(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/u.exec(t);
  if (d) {
    const iso = `${d[3]}-${d[2]!.padStart(2, '0')}-${d[1]!.padStart(2, '0')}`;
    return { text: t, kind: 'date', date: iso };
  }
  if (/thường\s+xuyên|liên\s+tục/iu.test(t)) return { text: t, kind: 'ongoing' };
  if (/\b(?:quý|tháng|năm)\s+[IVX\d]+/iu.test(t) || /^(?:6|9)\s+tháng/iu.test(t)) return { text: t, kind: 'period' };
  if (_DUE_ONGOING.test(t)) return { text: t, kind: 'ongoing' };
  void year;
  return { text: t, kind: 'other' };
}

// Units that are the subject of a text: the run at its start (after "Giao",
// "Đề nghị", "Yêu cầu") or after a leading clause ending in a comma
// ("Căn cứ Kế hoạch của UBND tỉnh, các Sở, ban, ngành …").
const _NON_SUBJECT = new Set(['cua', 've', 'qua', 'gui', 'voi', 'cho', 'tai', 'thuoc', 'den', 'tu']);

function _subjectRun(tokens: _Tokens, lexicon: readonly _UnitEntry[]): { mentions: _Mention[]; next: number } | undefined {
  let at = 0;
  if (['giao', 'de', 'yeu'].includes(tokens.keys[0] ?? '')) {
    at = tokens.keys[0] === 'giao' ? 1 : tokens.keys[1] === 'nghi' || tokens.keys[1] === 'cau' ? 2 : 0;
  }
  const first = _unitRun(tokens, at, lexicon);
  if (first.mentions.length > 0) return first;
  // A leading clause ended by a comma ("Căn cứ Kế hoạch …, các Sở …").
  if (!['can', 'tren', 'de', 'nham', 'theo', 'thuc'].includes(tokens.keys[0] ?? '')) return undefined;
  for (let i = 1; i < Math.min(tokens.keys.length, 40); i++) {
    if (tokens.after[i - 1] !== ',') continue;
    if (_NON_SUBJECT.has(tokens.keys[i - 1] ?? '')) continue;
    const run = _unitRun(tokens, i, lexicon);
    if (run.mentions.length > 0 && !_NON_SUBJECT.has(tokens.keys[i - 1] ?? '')) return run;
  }
  return undefined;
}

function _assignFromText(ctx: _Ctx, text: string, pointer: Seg[], place?: SourcePlace): _Assign {
  const a: _Assign = { lead: [], cooperating: [], assignees: [] };
  const tokens = _tokenize(text);
  // "(Cơ quan chủ trì: …; phối hợp: …; thời gian: …)" inside the text.
  const inline = /(?:cơ\s+quan|đơn\s+vị)\s+chủ\s+trì\s*:\s*([^;)\n]+)/iu.exec(text);
  if (inline) a.lead = _unitList(ctx, inline[1]!, pointer, place);
  const coop = /(?:cơ\s+quan|đơn\s+vị)\s+phối\s+hợp\s*:\s*([^;)\n]+)/iu.exec(text);
  if (coop) a.cooperating = _unitList(ctx, coop[1]!, pointer, place);
  const due = /(?:thời\s+gian|thời\s+hạn)(?:\s+(?:thực\s+hiện|hoàn\s+thành))?\s*:\s*([^;)\n]+)/iu.exec(text);
  if (due) a.due = _readDue(due[1]!, ctx.year);
  // "… hoàn thành trong Quý II/2026", "… hoàn thành trước ngày 30/6/2026".
  const done = /(?:hoàn\s+thành|xong)\s+((?:trước|trong)\s+(?:ngày\s+\d{1,2}\/\d{1,2}\/\d{4}|(?:quý|tháng)\s+[IVX\d]{1,4}\/\d{4}|năm\s+\d{4}))/iu.exec(text);
  if (!a.due && done) a.due = _readDue(done[1]!, ctx.year);
  if (a.lead.length > 0) return a;
  const run = _subjectRun(tokens, ctx.lexicon);
  if (run) {
    const ids = run.mentions.map((m) => _useUnit(ctx, m, pointer, place));
    if (tokens.keys[run.next] === 'chu' && tokens.keys[run.next + 1] === 'tri') {
      a.lead = ids;
      // "… chủ trì, phối hợp với X, Y …"
      let j = run.next + 2;
      if (tokens.keys[j] === 'phoi' && tokens.keys[j + 1] === 'hop') {
        j += 2;
        if (tokens.keys[j] === 'voi') j++;
        const co = _unitRun(tokens, j, ctx.lexicon);
        a.cooperating = co.mentions.map((m) => _useUnit(ctx, m, pointer, place));
      }
    } else a.assignees = ids;
  }
  return a;
}

// ---------------------------------------------------------------- documents

// "số 01-QCPH/UBND-BDVTU": a document number that core's citation finder did
// not take (an unknown kind such as "Quy chế phối hợp"); a person adds it.
const _NUMBER_LIKE = /\bsố\s+(\d{1,6}[-/][\p{L}\d&]+(?:[-/][\p{L}\d&]+){0,5})/gu;

function _citeAll(ctx: _Ctx, text: string, pointer: Seg[], place?: SourcePlace, options: { topLevel?: boolean } = {}): string[] {
  const ids: string[] = [];
  const found = _citedDocuments(text);
  for (const m of text.matchAll(_NUMBER_LIKE)) {
    const at = m.index;
    if (found.some((f) => at >= f.found.start && at < f.found.end)) continue;
    _add(ctx, 'citation-unrecognized', 'review', pointer, { vi: `Văn bản số ${m[1]} không nhận ra được loại hoặc số hiệu; thêm vào danh sách văn bản nếu cần.`, en: `Document No. ${m[1]} was not recognized (kind or number); add it to the documents if needed.` }, place, text.slice(Math.max(0, at - 40), at + m[0].length));
  }
  for (const f of found) {
    // The basis is what the plan rests on, not a document named inside another's subject.
    if (!(options.topLevel && f.nested)) ids.push(f.id);
    const prev = ctx.documents.get(f.id);
    if (!prev) {
      ctx.documents.set(f.id, f.doc);
      ctx.docPlaces.set(f.id, { place: place ?? {}, pointer: toJsonPointer(pointer) });
    } else {
      if (prev.date === undefined && f.doc.date !== undefined) prev.date = f.doc.date;
      if (prev.title === undefined && f.doc.title !== undefined) prev.title = f.doc.title;
      if (prev.issuer === undefined && f.doc.issuer !== undefined) prev.issuer = f.doc.issuer;
    }
    for (const w of f.warnings) _add(ctx, 'citation-warning', 'review', pointer, w, place, f.found.citation.raw);
  }
  return _unique(ids);
}

// ---------------------------------------------------------------- sections

function _sectionKind(title: string): 'goals' | 'content' | 'implementation' | undefined {
  const k = searchKey(title);
  if (/muc dich|muc tieu|yeu cau/.test(k)) return 'goals';
  if (/to chuc thuc hien|trach nhiem thuc hien|phan cong/.test(k)) return 'implementation';
  if (/noi dung|nhiem vu|giai phap|chuong trinh cong tac|hoat dong/.test(k)) return 'content';
  return undefined;
}

function _nodeText(n: _Node, withChildren: boolean): string {
  if (!withChildren || n.children.length === 0) return n.rest;
  const lines = [n.rest];
  const walk = (c: _Node) => {
    lines.push(c.text);
    for (const g of c.children) walk(g);
  };
  for (const c of n.children) walk(c);
  return lines.join('\n');
}

function _isLabelNode(n: _Node): boolean {
  return _labelOf(n.text) !== undefined;
}

interface _TaskOut {
  json: Json;
  assign: _Assign;
  place: SourcePlace;
  text: string;
}

function _buildTask(ctx: _Ctx, node: _Node, id: string, path: Seg[]): _TaskOut {
  const details = node.children.filter((c) => !_isLabelNode(c));
  const labels = node.children.filter(_isLabelNode);
  const text = details.length > 0 ? [node.rest, ...details.map((d) => _nodeText(d, true).replace(/^/u, d.marker ? `${d.text.slice(0, d.text.length - d.rest.length)}` : ''))].join('\n') : node.rest;
  if (details.length > 0)
    _add(ctx, 'task-details', 'info', [...path, 'text'], { vi: `Nhiệm vụ ${id} gồm cả các ý con (mỗi ý một dòng).`, en: `Task ${id} includes its sub-items (one per line).` }, node.place);
  const assign = _assignFromText(ctx, node.rest, path, node.place);
  for (const l of labels) {
    const lab = _labelOf(l.text)!;
    if (lab.role === 'lead') assign.lead = _unitList(ctx, lab.value, path, l.place);
    else if (lab.role === 'cooperating') assign.cooperating = _unitList(ctx, lab.value, path, l.place);
    else if (lab.role === 'due') assign.due = _readDue(lab.value, ctx.year);
    else assign.product = lab.value;
  }
  const cites = _citeAll(ctx, text, [...path, 'cites'], node.place);
  const json: Json = { id, text: _text(text), assignees: [], assigneesFrom: 'task', cites };
  return { json, assign, place: node.place, text };
}

function _applyAssign(ctx: _Ctx, t: _TaskOut, path: Seg[], fallback: { ids: string[]; from: string } | undefined): void {
  const a = t.assign;
  const own = _unique([...a.assignees]);
  if (a.lead.length > 0) t.json.lead = a.lead;
  if (a.cooperating.length > 0) t.json.cooperating = a.cooperating;
  if (a.due) t.json.due = a.due;
  if (a.product)
    _add(ctx, 'product', 'info', path, { vi: `Sản phẩm của nhiệm vụ (mô hình kế hoạch chưa có trường này): "${a.product}".`, en: `Task product (the plan model has no field for it): "${a.product}".` }, t.place, a.product);
  if (own.length > 0 || a.lead.length > 0 || a.cooperating.length > 0) {
    // The units of a task are assignees ∪ lead ∪ cooperating: no unit twice.
    t.json.assignees = own.filter((x) => !a.lead.includes(x) && !a.cooperating.includes(x));
    t.json.assigneesFrom = 'task';
    return;
  }
  if (fallback && fallback.ids.length > 0) {
    t.json.assignees = [...fallback.ids];
    t.json.assigneesFrom = fallback.from;
    _add(ctx, 'assignees-from-clause', 'info', [...path, 'assignees'], { vi: `Nhiệm vụ không nêu đơn vị; giao theo mục ${fallback.from}.`, en: `The task names no unit; assigned through ${fallback.from}.` }, t.place);
    return;
  }
  // Nobody named: the issuing body carries it until a person says otherwise (a
  // task nobody carries cannot load).
  t.json.assignees = [ctx.issuerId];
  t.json.assigneesFrom = 'task';
  _add(ctx, 'task-unassigned', 'review', [...path, 'assignees'], { vi: 'Không tìm thấy đơn vị thực hiện nhiệm vụ này; tạm giao cho cơ quan ban hành kế hoạch.', en: 'No unit found that carries this task; the issuer is assigned for now.' }, t.place, t.text);
}

// Tasks of an appendix table: a header row naming the columns, group rows
// (a Roman or Arabic number with a title and no units) opening areas.
interface _TableTask {
  areaTitle?: string;
  areaPlace: SourcePlace;
  text: string;
  lead?: string;
  cooperating?: string;
  due?: string;
  product?: string;
  place: SourcePlace;
}

function _tableTasks(table: _Table): { tasks: _TableTask[]; columns: Record<string, number> } | undefined {
  const headerIdx = table.rows.findIndex((r) => r.some((c) => /^(?:nội dung|nhiệm vụ|tên nhiệm vụ|nội dung công việc|nội dung nhiệm vụ)/iu.test(c.trim())));
  if (headerIdx < 0) return undefined;
  const header = table.rows[headerIdx]!.map((c) => searchKey(c));
  const col = (re: RegExp) => header.findIndex((h) => re.test(h));
  const columns: Record<string, number> = {
    no: col(/^(?:s?tt|so tt)$/),
    text: col(/^(?:noi dung|nhiem vu|ten nhiem vu)/),
    lead: col(/chu tri/),
    cooperating: col(/phoi hop/),
    due: col(/thoi gian|thoi han|tien do/),
    product: col(/san pham|ket qua/),
  };
  if (columns.text! < 0) return undefined;
  const tasks: _TableTask[] = [];
  let areaTitle: string | undefined;
  let areaPlace = table.place;
  for (let r = headerIdx + 1; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    const cell = (k: string) => (columns[k]! >= 0 ? (row[columns[k]!] ?? '').trim() : '');
    const text = cell('text');
    const no = cell('no');
    // Column-number rows "(1) (2) (3)".
    if (row.every((c) => /^\(?\d{1,2}\)?$/.test(c.trim()) || c.trim() === '')) continue;
    const others = ['lead', 'cooperating', 'due', 'product'].map(cell).join('');
    const roman = /^[IVXL]+\.?$/.test(no) && _romanValue(no.replace('.', '')) !== undefined;
    const merged = row.length > 1 && row.every((c) => c.trim() === row[0]!.trim());
    if ((roman || merged || others === '') && text !== '') {
      areaTitle = (merged ? row[0]! : text).replace(/^[IVXL]+\.\s*/u, '').trim();
      areaPlace = { ...table.place };
      continue;
    }
    if (text === '') continue;
    const t: _TableTask = { areaPlace, text, place: table.place };
    if (areaTitle !== undefined) t.areaTitle = areaTitle;
    for (const k of ['lead', 'cooperating', 'due', 'product'] as const) {
      const v = cell(k);
      if (v) t[k] = v;
    }
    tasks.push(t);
  }
  return tasks.length > 0 ? { tasks, columns } : undefined;
}

// ---------------------------------------------------------------- obligations

const _PERIOD_LABEL: Readonly<Record<_Period, string>> = {
  monthly: 'tháng',
  quarterly: 'quý',
  semiannual: '6 tháng',
  'nine-month': '9 tháng',
  annual: '',
  'one-off': 'đột xuất',
};
const _PERIOD_SLUG: Readonly<Record<_Period, string>> = {
  monthly: 'thang',
  quarterly: 'quy',
  semiannual: '6-thang',
  'nine-month': '9-thang',
  annual: 'nam',
  'one-off': 'dot-xuat',
};

function _deadlineJson(d: _DeadlineRead, year: number): Json | undefined {
  if (d.kind === 'date') {
    const y = d.year ?? year;
    return { date: `${y}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`, semantics: d.semantics, text: d.text };
  }
  if (d.kind === 'day-of-month') return { kind: 'day-of-month', day: d.day, month: d.month, semantics: d.semantics, text: d.text };
  return { kind: 'after-period', days: d.days, count: d.count, semantics: d.semantics, text: d.text };
}

function _mentionsAfter(tokens: _Tokens, lexicon: readonly _UnitEntry[], words: ReadonlySet<string>, from: number, to: number): _Mention[] {
  const out: _Mention[] = [];
  for (const m of _findMentions(tokens, lexicon, from, to)) {
    const prev = tokens.keys[m.from - 1] ?? '';
    const prev2 = tokens.keys[m.from - 2] ?? '';
    if (words.has(prev) || words.has(`${prev2} ${prev}`)) out.push(m);
  }
  return out;
}

// ---------------------------------------------------------------- signer & recipients

function _signer(paras: readonly _Para[]): Json | undefined {
  const lines = paras.map((p) => p.text.trim()).filter((t) => t !== '' && !/^\(.*\)$/u.test(t) && !/^(?:đã ký|ký tên)/iu.test(t));
  if (lines.length === 0) return undefined;
  let authority = 'none';
  let onBehalfOf: string | undefined;
  let i = 0;
  const a = /^(TM|KT|TL|TUQ|Q)\.\s*(.+)$/u.exec(lines[0]!);
  if (a) {
    authority = `${a[1]}.`;
    onBehalfOf = a[2]!.trim();
    i = 1;
  }
  const positions: string[] = [];
  while (i < lines.length && _isUpper(lines[i]!)) {
    // A second authority line ("KT. CHỦ TỊCH" under "TM. ỦY BAN NHÂN DÂN").
    const b = /^(KT|TL|TUQ|Q)\.\s*(.+)$/u.exec(lines[i]!);
    if (b && authority === 'TM.') {
      authority = `${b[1]}.`;
      onBehalfOf = b[2]!.trim();
    } else positions.push(lines[i]!);
    i++;
  }
  const name = lines.slice(i).find((l) => !_isUpper(l) && /\p{Lu}/u.test(l));
  let position = positions.join(' ');
  if (position === '' && authority === 'none' && onBehalfOf === undefined) return undefined;
  if (position === '' && onBehalfOf !== undefined) position = onBehalfOf;
  if (!name || position === '') return undefined;
  const out: Json = { authority, position, name };
  if (onBehalfOf !== undefined) out.onBehalfOf = onBehalfOf;
  return out;
}

// ---------------------------------------------------------------- build

/** The builder's result. */
export interface _Built {
  plan: Json;
  findings: ImportFinding[];
}

/**
 * Dựng bản nháp — builds the draft plan from the document tree.
 * @internal
 */
export function _build(tree: _DocTree, options: _BuildOptions): _Built {
  const ctx: _Ctx = {
    findings: [],
    lexicon: _unitLexicon(options.units),
    used: new Map(),
    documents: new Map(),
    docPlaces: new Map(),
    year: 0,
    proper: new Map(),
    issuerId: '',
  };
  if (options.units) ctx.units = options.units;
  const allTexts: string[] = [...tree.preamble.map((p) => p.text)];
  for (const s of tree.sections) {
    const walk = (n: _Node) => {
      allTexts.push(n.text);
      n.children.forEach(walk);
    };
    s.children.forEach(walk);
  }
  allTexts.push(...tree.titleParas.map((p) => p.text));
  ctx.proper = _collectProper(allTexts);

  // Header, title, year, id.
  const header = _readHeader(tree.header);
  for (const w of (header.place ?? '').split(/\s+/)) if (w && !_isUpper(w)) ctx.proper.set(w.toLowerCase(), w);
  const titleText = tree.titleParas.map((p) => p.text).join(' ').trim();
  const kindWord = tree.kindLine ? _sentenceCase(tree.kindLine.text.replace(/[:.]+$/u, ''), new Map()) : 'Kế hoạch';
  let title = titleText ? `${kindWord} ${_sentenceCase(titleText, ctx.proper).replace(/^\p{Lu}/u, (c) => c.toLowerCase())}` : '';
  if (titleText && _isUpper(titleText))
    _add(ctx, 'title-case', 'review', ['title', 'vi'], { vi: 'Tên kế hoạch viết hoa toàn bộ trong văn bản; bản nháp chuyển sang chữ thường — kiểm tra chữ hoa của tên riêng.', en: 'The title is in capitals in the document; the draft lower-cases it — check the capitals of proper names.' }, tree.titleParas[0]?.place, titleText);
  if (!title) {
    title = tree.kindLine ? kindWord : 'Kế hoạch';
    _add(ctx, 'no-title', 'review', ['title', 'vi'], { vi: 'Không tìm thấy tên (trích yếu) của kế hoạch.', en: 'No title (subject line) found.' });
  }
  const yearFromTitle = /\b(19\d{2}|2[01]\d{2})\b(?!.*\b(?:19|2[01])\d{2}\b)/u.exec(title)?.[1];
  let year = options.year ?? (yearFromTitle ? Number(yearFromTitle) : header.date ? Number(header.date.slice(0, 4)) : NaN);
  if (!Number.isFinite(year)) {
    year = new Date().getUTCFullYear();
    _add(ctx, 'year-guessed', 'review', ['year'], { vi: `Không xác định được năm của kế hoạch; tạm dùng ${year} (dùng --year).`, en: `The plan's year was not found; ${year} is used for now (use --year).` });
  } else if (options.year === undefined && !yearFromTitle)
    _add(ctx, 'year-guessed', 'review', ['year'], { vi: `Năm ${year} lấy từ ngày ban hành, tên kế hoạch không nêu năm.`, en: `Year ${year} taken from the date of issue; the title states none.` });
  ctx.year = year;

  const plan: Json = { formatVersion: 1 };
  const place = header.place;
  // The place name is a proper noun wherever it appears in capitals.
  for (const w of (place ?? '').split(/\s+/)) if (w) ctx.proper.set(w.toLowerCase(), w);
  let id = options.id;
  if (!id) {
    id = place ? `${_slug(place)}-${year}` : `ke-hoach-${year}`;
    _add(ctx, 'id-guessed', 'review', ['id'], { vi: `Mã kế hoạch "${id}" do bộ nhập đặt (dùng --id).`, en: `Plan id "${id}" was chosen by the importer (use --id).` });
  }
  plan.id = id;
  plan.title = _text(title);
  plan.year = year;

  // Issuer.
  let issuerId: string | undefined;
  if (header.issuerName) {
    const tk = _tokenize(header.issuerName);
    const m = _mentionAt(tk, 0, ctx.lexicon);
    const written = _sentenceCase(header.issuerName, ctx.proper);
    issuerId = m ? _useUnit(ctx, { entry: m.entry, written }, ['issuer'], tree.header[0]?.place) : _newUnit(ctx, written, ['issuer'], tree.header[0]?.place);
  } else {
    // "Ủy ban nhân dân tỉnh xây dựng/ban hành Kế hoạch …" in the preamble.
    for (const p of tree.preamble) {
      const mm = /(?:^|[;,.]\s*)((?:Ủy ban nhân dân|UBND)\s+[^,;.]*?)\s+(?:xây dựng|ban hành)\s+Kế hoạch/iu.exec(p.text);
      if (mm) {
        const tk = _tokenize(mm[1]!);
        const m = _mentionAt(tk, 0, ctx.lexicon);
        if (m) issuerId = _useUnit(ctx, m, ['issuer'], p.place);
        break;
      }
    }
    if (issuerId)
      _add(ctx, 'issuer-from-text', 'info', ['issuer'], { vi: 'Văn bản không có phần đầu (tên cơ quan, số, ngày); cơ quan ban hành lấy từ lời dẫn.', en: 'The document has no header (issuer, number, date); the issuer is taken from the preamble.' }, tree.preamble[0]?.place);
  }
  if (!issuerId) {
    issuerId = _newUnit(ctx, 'Ủy ban nhân dân tỉnh', ['issuer']);
    _add(ctx, 'issuer-guessed', 'review', ['issuer'], { vi: 'Không xác định được cơ quan ban hành; tạm đặt "Ủy ban nhân dân tỉnh".', en: 'The issuing body was not found; "Ủy ban nhân dân tỉnh" is assumed.' });
  }
  plan.issuer = issuerId;
  ctx.issuerId = issuerId;
  if (place) plan.place = place;
  else _add(ctx, 'place-missing', 'info', ['place'], { vi: 'Văn bản không nêu địa danh ban hành.', en: 'The document states no place of issue.' });
  if (header.number) plan.number = header.number;
  else if (header.numberRaw !== undefined)
    _add(ctx, 'number-unreadable', 'review', ['number'], { vi: `Số, ký hiệu "${header.numberRaw}" không đúng dạng.`, en: `Number "${header.numberRaw}" is not well formed.` }, tree.header[0]?.place);
  else _add(ctx, 'number-missing', 'info', ['number'], { vi: 'Văn bản không ghi số, ký hiệu của kế hoạch.', en: 'The document gives no number and symbol.' });
  if (header.date) plan.date = header.date;
  else _add(ctx, 'date-missing', 'info', ['date'], { vi: 'Văn bản không ghi ngày ban hành.', en: 'The document gives no date of issue.' });

  // Preamble and basis.
  const basis: string[] = [];
  tree.preamble.forEach((p) => basis.push(..._citeAll(ctx, p.text, ['basis'], p.place, { topLevel: true })));
  plan.basis = _unique(basis);
  if (tree.preamble.length > 0) plan.preamble = _text(tree.preamble.map((p) => p.text).join('\n'));

  // Sections.
  const sections: Json[] = [];
  const pendingTasks: Array<{ task: _TaskOut; path: Seg[] }> = [];
  let defaultClause: { ids: string[]; from: string } | undefined;
  let contentCount = 0;
  const implTexts: Array<{ id: string; text: string; place: SourcePlace; path: Seg[] }> = [];
  tree.sections.forEach((s: _Section) => {
    const si = sections.length;
    const sid = s.roman;
    let kind = _sectionKind(s.title);
    if (!kind) {
      kind = 'implementation';
      _add(ctx, 'section-kind-guessed', 'review', ['sections', si, 'kind'], { vi: `Phần ${sid} "${s.title}" không rõ loại; xếp vào loại tổ chức thực hiện.`, en: `Part ${sid} "${s.title}" is of no known kind; filed as implementation.` }, s.place, s.title);
    }
    const sp: Seg[] = ['sections', si];
    if (kind === 'goals') {
      const parts: Json[] = [];
      const decimals = s.children.filter((c) => c.marker && (c.marker.kind === 'decimal' || c.marker.kind === 'decimal2'));
      const groups: Array<{ title: string; nodes: _Node[]; place: SourcePlace }> =
        decimals.length > 0 ? s.children.filter((c) => c.marker?.kind === 'decimal' || c.marker?.kind === 'decimal2').map((c) => ({ title: c.rest, nodes: c.children, place: c.place })) : [{ title: s.title, nodes: s.children, place: s.place }];
      groups.forEach((g, gi) => {
        const pid = `${sid}.${gi + 1}`;
        const paragraphs = g.nodes.map((n, ni) => {
          const text = _nodeText(n, true);
          return { id: `${pid}.${ni + 1}`, text: _text(text), cites: _citeAll(ctx, text, [...sp, 'parts', gi, 'paragraphs', ni, 'cites'], n.place) };
        });
        parts.push({ id: pid, title: _text(g.title), paragraphs });
      });
      sections.push({ kind: 'goals', id: sid, title: _text(s.title), parts });
    } else if (kind === 'content') {
      contentCount++;
      const areas: Json[] = [];
      const areaNodes = s.children.filter((c) => c.marker && (c.marker.kind === 'decimal' || c.marker.kind === 'decimal2' || c.marker.kind === 'letter'));
      const flat = areaNodes.length > 0 && areaNodes.every((a) => a.children.filter((c) => !_isLabelNode(c)).length === 0);
      if (areaNodes.length === 0 || flat) {
        // A flat list: tasks directly under the section.
        const taskNodes = areaNodes.length > 0 ? areaNodes : s.children.filter((c) => c.marker);
        const aid = `${sid}.1`;
        const tasks = taskNodes.map((n, ti) => {
          const path: Seg[] = [...sp, 'areas', 0, 'tasks', ti];
          const t = _buildTask(ctx, n, `${aid}.${ti + 1}`, path);
          pendingTasks.push({ task: t, path });
          return t.json;
        });
        areas.push({ id: aid, title: _text(s.title), tasks });
        if (tasks.length > 0)
          _add(ctx, 'area-synthesized', 'review', [...sp, 'areas', 0], { vi: `Phần ${sid} liệt kê nhiệm vụ không chia nội dung; tạo một nội dung ${aid} mang tên của phần.`, en: `Part ${sid} lists tasks without content areas; one area ${aid} named after the part was created.` }, s.place);
      } else {
        areaNodes.forEach((a, ai) => {
          const aid = `${sid}.${ai + 1}`;
          const ap: Seg[] = [...sp, 'areas', ai];
          const children = a.children.filter((c) => !_isLabelNode(c));
          const lettered = children.filter((c) => c.marker?.kind === 'letter' || c.marker?.kind === 'decimal2');
          const taskNodes = lettered.length > 0 ? lettered : children.filter((c) => c.marker);
          const intro = children.filter((c) => !c.marker && !lettered.includes(c));
          let nodes = taskNodes;
          if (taskNodes.length === 0) {
            nodes = children.length > 0 ? children : [a];
            if (children.length === 0)
              _add(ctx, 'area-without-tasks', 'review', ap, { vi: `Nội dung ${aid} không có gạch đầu dòng nào; chính nội dung được coi là một nhiệm vụ.`, en: `Area ${aid} has no bullets; the area itself is taken as one task.` }, a.place, a.text);
          } else
            for (const p of intro)
              _add(ctx, 'text-not-imported', 'review', ap, { vi: 'Đoạn dẫn của nội dung không thuộc nhiệm vụ nào và không được đưa vào bản nháp.', en: 'An introductory paragraph of the area belongs to no task and is not in the draft.' }, p.place, p.text);
          const tasks = nodes.map((n, ti) => {
            const path: Seg[] = [...ap, 'tasks', ti];
            const t = _buildTask(ctx, n === a ? { ...a, children: a.children.filter(_isLabelNode) } : n, `${aid}.${ti + 1}`, path);
            if (n === a) {
              // Labels under the area ("Cơ quan chủ trì: …") belong to its one task.
            }
            pendingTasks.push({ task: t, path });
            return t.json;
          });
          areas.push({ id: aid, title: _text(a.rest), tasks });
        });
      }
      sections.push({ kind: 'content', id: sid, title: _text(s.title), areas });
    } else {
      const items: Json[] = [];
      const marked = s.children.filter((c) => c.marker);
      // A part with no numbered items ("IV. KINH PHÍ" + a paragraph): each paragraph is an item.
      const itemNodes = marked.length > 0 ? marked : s.children;
      itemNodes.forEach((n, ii) => {
        const iid = `${sid}.${ii + 1}`;
        const text = _nodeText(n, true);
        const path: Seg[] = [...sp, 'items', ii];
        const a = _assignFromText(ctx, n.rest, path, n.place);
        const assignees = _unique([...a.assignees, ...a.lead]);
        items.push({ id: iid, text: _text(text), assignees, obligations: [] });
        implTexts.push({ id: iid, text, place: n.place, path });
        if (!defaultClause && a.assignees.length > 0 && /triển\s+khai|tổ\s+chức\s+thực\s+hiện|xây\s+dựng\s+kế\s+hoạch/iu.test(text)) defaultClause = { ids: a.assignees, from: iid };
        _citeAll(ctx, text, path, n.place);
      });
      for (const c of marked.length > 0 ? s.children.filter((c) => !c.marker) : [])
        _add(ctx, 'text-not-imported', 'review', sp, { vi: 'Đoạn không đánh số trong phần tổ chức thực hiện không được đưa vào bản nháp.', en: 'An unnumbered paragraph of the implementation part is not in the draft.' }, c.place, c.text);
      sections.push({ kind: 'implementation', id: sid, title: _text(s.title), items });
    }
  });

  // Tasks from appendix tables (when the body lists none).
  const tableList = [...tree.appendices.flatMap((a) => a.tables), ...tree.bodyTables];
  const bodyTaskCount = pendingTasks.length;
  if (bodyTaskCount === 0) {
    for (const table of tableList) {
      const tt = _tableTasks(table);
      if (!tt) continue;
      let content = sections.find((s) => s.kind === 'content');
      if (!content) {
        const sid = 'II';
        content = { kind: 'content', id: sid, title: _text('Nhiệm vụ'), areas: [] };
        sections.splice(Math.min(1, sections.length), 0, content);
        _add(ctx, 'content-from-table', 'review', ['sections'], { vi: 'Không có phần nội dung, nhiệm vụ trong thân văn bản; nhiệm vụ lấy từ bảng.', en: 'No content part in the body; tasks are taken from the table.' }, table.place);
      }
      const si = sections.indexOf(content);
      const areas = content.areas as Json[];
      areas.length = 0;
      let current: Json | undefined;
      let currentTitle: string | undefined = '\u0000';
      for (const t of tt.tasks) {
        if (!current || t.areaTitle !== currentTitle) {
          currentTitle = t.areaTitle;
          current = { id: `${content.id as string}.${areas.length + 1}`, title: _text(t.areaTitle ?? (content.title as { vi: string }).vi), tasks: [] };
          areas.push(current);
        }
        const tasks = current.tasks as Json[];
        const ai = areas.length - 1;
        const ti = tasks.length;
        const path: Seg[] = ['sections', si, 'areas', ai, 'tasks', ti];
        const id2 = `${current.id as string}.${ti + 1}`;
        const text = normalizeText(t.text.replace(/\n/g, ' '));
        const assign: _Assign = { lead: [], cooperating: [], assignees: [] };
        if (t.lead) assign.lead = _unitList(ctx, t.lead, path, t.place);
        if (t.cooperating) assign.cooperating = _unitList(ctx, t.cooperating, path, t.place);
        if (t.due) assign.due = _readDue(t.due, year);
        if (t.product) assign.product = normalizeText(t.product);
        const json: Json = { id: id2, text: _text(text), assignees: [], assigneesFrom: 'task', cites: _citeAll(ctx, text, [...path, 'cites'], t.place) };
        const out: _TaskOut = { json, assign, place: t.place, text };
        tasks.push(json);
        pendingTasks.push({ task: out, path });
      }
      _add(ctx, 'tasks-from-table', 'info', ['sections', si], { vi: `Nhiệm vụ lấy từ bảng (${tt.tasks.length} dòng).`, en: `Tasks taken from the table (${tt.tasks.length} rows).` }, table.place);
      break;
    }
  }
  if (bodyTaskCount > 0)
    for (const table of tableList)
      if (_tableTasks(table))
        _add(ctx, 'table-not-imported', 'review', ['sections'], { vi: 'Văn bản có cả nhiệm vụ trong thân và một bảng nhiệm vụ; nhiệm vụ lấy từ thân văn bản, bảng chưa được đối chiếu (chủ trì, phối hợp, thời hạn trong bảng cần nhập tay).', en: 'The document has tasks in its body and a task table; tasks come from the body and the table is not matched (its lead, cooperating units and due times need entering by hand).' }, table.place);
  for (const { task, path } of pendingTasks) _applyAssign(ctx, task, path, defaultClause);
  if (pendingTasks.length === 0)
    _add(ctx, 'no-tasks', 'review', ['sections'], { vi: 'Không tìm thấy nhiệm vụ nào (phần nội dung, nhiệm vụ hoặc bảng phụ lục).', en: 'No tasks found (content part or appendix table).' });
  if (contentCount === 0 && pendingTasks.length === 0 && sections.length === 0)
    _add(ctx, 'no-sections', 'review', ['sections'], { vi: 'Không tìm thấy phần nào đánh số I., II., III.', en: 'No parts numbered I., II., III. found.' });

  // Closing paragraph.
  const impl = sections.filter((s) => s.kind === 'implementation');
  const lastImpl = impl[impl.length - 1];
  if (tree.closing.length > 0) {
    const text = tree.closing.map((p) => p.text).join('\n');
    if (lastImpl) lastImpl.closing = { id: `${lastImpl.id as string}.closing`, text: _text(text), cites: _citeAll(ctx, text, ['sections', sections.indexOf(lastImpl), 'closing', 'cites'], tree.closing[0]!.place) };
    else _add(ctx, 'text-not-imported', 'review', ['sections'], { vi: 'Đoạn kết không có phần tổ chức thực hiện để gắn vào.', en: 'The closing paragraph has no implementation part to attach to.' }, tree.closing[0]!.place, text);
  }

  // Coordinator: "Giao Sở Nội vụ chủ trì, … theo dõi, đôn đốc, kiểm tra …, tổng hợp".
  let coordinator: string | undefined;
  for (const it of implTexts) {
    if (!/theo\s+dõi|đôn\s+đốc/iu.test(it.text)) continue;
    const tk = _tokenize(it.text);
    const run = _subjectRun(tk, ctx.lexicon);
    if (run && run.mentions.length === 1 && /theo\s+dõi|đôn\s+đốc/iu.test(it.text) && run.mentions[0]!.entry.kind !== 'group') {
      coordinator = _useUnit(ctx, run.mentions[0]!, [...it.path, 'assignees'], it.place);
      break;
    }
  }
  if (coordinator) {
    plan.coordinator = coordinator;
    _add(ctx, 'coordinator', 'info', ['coordinator'], { vi: `Cơ quan theo dõi, tổng hợp: ${ctx.used.get(coordinator)?.name ?? coordinator}.`, en: `Follow-up and consolidating body: ${ctx.used.get(coordinator)?.name ?? coordinator}.` });
  } else
    _add(ctx, 'coordinator-missing', 'review', [], { vi: 'Không tìm thấy cơ quan theo dõi, đôn đốc và tổng hợp việc thực hiện.', en: 'No body found that follows up and consolidates implementation.' });

  // Obligations.
  const obligations: Json[] = [];
  const subject = title
    .replace(/^(?:Kế hoạch|Chương trình)\s+/iu, '')
    .replace(/\s+(?:trên địa bàn\s+.*?)?\s*năm\s+\d{4}.*$/iu, '')
    .replace(/^thực hiện\s+/iu, '');
  const scan = implTexts.length > 0 ? implTexts : [];
  for (const it of scan) {
    const pairs = _pairDeadlines(it.text);
    const windows = _findWindows(it.text);
    // "báo cáo đột xuất (khi có yêu cầu)" without a date owes nothing the calendar can track.
    if (/báo\s+cáo\s+đột\s+xuất|đột\s+xuất\s+(?:khi|theo)\s+(?:có\s+)?yêu\s+cầu/iu.test(it.text) && !pairs.some((p) => p.period === 'one-off'))
      _add(ctx, 'one-off-without-date', 'info', [...it.path, 'text'], { vi: 'Báo cáo đột xuất không có hạn cụ thể: không tạo nghĩa vụ báo cáo.', en: 'An ad-hoc report without a date: no obligation is created.' }, it.place);
    if (pairs.length === 0) continue;
    if (!/báo\s+cáo/iu.test(it.text)) continue;
    const tk = _tokenize(it.text);
    const run = _subjectRun(tk, ctx.lexicon);
    let owedBy = run ? _unique(run.mentions.filter((m) => m.entry.id !== coordinator || run.mentions.length === 1).map((m) => m.entry.id)) : [];
    // "Cơ quan được giao chủ trì các nhiệm vụ …": the lead units of the tasks.
    if (owedBy.length === 0 && /^(?:các\s+)?(?:cơ\s+quan|đơn\s+vị)(?:,\s*(?:đơn\s+vị|địa\s+phương))*\s+(?:được\s+giao\s+)?chủ\s+trì/iu.test(it.text)) {
      owedBy = _unique(pendingTasks.flatMap(({ task }) => task.assign.lead));
      if (owedBy.length > 0)
        _add(ctx, 'owed-by-lead-units', 'info', ['obligations', obligations.length, 'owedBy'], { vi: 'Đơn vị nộp báo cáo là các cơ quan chủ trì nhiệm vụ.', en: 'The reports are owed by the lead units of the tasks.' }, it.place);
    }
    const repStart = tk.keys.findIndex((k, i) => k === 'bao' && tk.keys[i + 1] === 'cao');
    const recipients = _mentionsAfter(tk, ctx.lexicon, new Set(['ve', 'gui', 'cho', 'len', 'bao cao']), Math.max(0, repStart), tk.keys.length);
    const via = _mentionsAfter(tk, ctx.lexicon, new Set(['qua', 'thong qua']), 0, tk.keys.length);
    // "Đồng thời, gửi báo cáo về X" / "đồng gửi X": copies.
    const copyAt = /đồng\s+thời,?\s+gửi|đồng\s+gửi|sao\s+gửi/iu.exec(it.text);
    const copies = copyAt ? _mentionsAfter(tk, ctx.lexicon, new Set(['ve', 'gui', 'cho']), tk.starts.findIndex((s) => s >= copyAt.index), tk.keys.length) : [];
    const copyIds = new Set(copies.map((m) => m.entry.id));
    const recipient = recipients.find((m) => !m.entry.vague && !copyIds.has(m.entry.id) && !via.some((v) => v.entry.id === m.entry.id));
    const itemIdx = sections.findIndex((s) => s.kind === 'implementation' && (s.items as Json[]).some((x) => x.id === it.id));
    const itemJson = itemIdx >= 0 ? (sections[itemIdx]!.items as Json[]).find((x) => x.id === it.id) : undefined;
    for (const p of pairs) {
      const oi = obligations.length;
      const op: Seg[] = ['obligations', oi];
      const period: _Period = p.period ?? 'annual';
      if (!p.period)
        _add(ctx, 'deadline-no-period', 'review', [...op, 'period'], { vi: `Hạn "${p.deadline.text}" không nêu kỳ báo cáo; tạm coi là báo cáo năm.`, en: `Deadline "${p.deadline.text}" names no reporting period; an annual report is assumed.` }, it.place, p.deadline.text);
      if (p.deadline.kind === 'date' && p.deadline.year === undefined)
        _add(ctx, 'deadline-year-assumed', 'review', [...op, 'deadline', 'date'], { vi: `Hạn "${p.deadline.text}" không ghi năm; dùng năm ${year}.`, en: `Deadline "${p.deadline.text}" states no year; ${year} is used.` }, it.place, p.deadline.text);
      if (period === 'one-off' && p.deadline.kind !== 'date') {
        _add(ctx, 'one-off-without-date', 'review', [...it.path, 'text'], { vi: `Báo cáo đột xuất với hạn "${p.deadline.text}" không phải một ngày cụ thể: không tạo nghĩa vụ.`, en: `An ad-hoc report due "${p.deadline.text}" has no fixed date: no obligation is created.` }, it.place, p.deadline.text);
        continue;
      }
      const deadline = _deadlineJson(p.deadline, year)!;
      let oid = `bc-${_PERIOD_SLUG[period]}-${year}`;
      if (obligations.some((o) => o.id === oid)) oid = `${oid}-${oi + 1}`;
      const label = _PERIOD_LABEL[period];
      const otitle = `Báo cáo ${label ? `${label} ` : ''}năm ${year} kết quả thực hiện ${subject}`.replace(/\s+/g, ' ');
      const o: Json = { id: oid, title: _text(otitle), period, year, deadline, owedBy, recipient: recipient?.entry.id ?? issuerId, copies: _unique(copies.map((m) => m.entry.id)), source: it.id };
      if (via[0]) o.via = via[0].entry.id;
      // A data window stated in the same clause as the deadline (single-instance periods).
      const clauseStart = Math.max(it.text.lastIndexOf(';', p.deadline.start), it.text.lastIndexOf('. ', p.deadline.start), 0);
      const nextSemi = it.text.indexOf(';', p.deadline.end);
      const clauseEnd = nextSemi < 0 ? it.text.length : nextSemi;
      const win = windows.find((w) => w.start >= clauseStart && w.end <= clauseEnd);
      if (win && period !== 'monthly' && period !== 'quarterly') {
        const iso = (d: { day: number; month: number; year?: number }, y: number) => `${y}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
        const toYear = win.to.year ?? year;
        const fromYear = win.from.year ?? (win.from.month > win.to.month ? toYear - 1 : toYear);
        o.dataWindow = { from: iso(win.from, fromYear), to: iso(win.to, toYear) };
        _add(ctx, 'data-window', 'info', [...op, 'dataWindow'], { vi: `Kỳ số liệu "${win.text}".`, en: `Data window "${win.text}".` }, it.place, win.text);
      }
      if (coordinator) o.coordinator = coordinator;
      for (const m of [...(run?.mentions ?? []), ...(recipient ? [recipient] : []), ...via.slice(0, 1), ...copies]) _useUnit(ctx, m, op, it.place);
      if (!recipient)
        _add(ctx, 'obligation-no-recipient', 'review', [...op, 'recipient'], { vi: 'Không rõ nơi nhận báo cáo; tạm đặt cơ quan ban hành kế hoạch.', en: 'The report recipient is unclear; the issuer is assumed.' }, it.place, it.text);
      if (owedBy.length === 0)
        _add(ctx, 'obligation-no-units', 'review', [...op, 'owedBy'], { vi: 'Không rõ đơn vị nào phải nộp báo cáo này.', en: 'It is unclear which units owe this report.' }, it.place, it.text);
      _add(ctx, 'deadline-read', 'info', [...op, 'deadline'], {
        vi: `Hạn "${p.deadline.text}" đọc là ${p.deadline.semantics === 'before' ? 'trễ từ 0 giờ ngày ghi (trước ngày)' : 'được nộp cả ngày ghi'}.`,
        en: `Deadline "${p.deadline.text}" is read as ${p.deadline.semantics === 'before' ? 'late from 00:00 of the stated day' : 'the stated day still allowed'}.`,
      }, it.place, p.deadline.text);
      obligations.push(o);
      if (itemJson) (itemJson.obligations as string[]).push(oid);
    }
  }
  if (obligations.length === 0)
    _add(ctx, 'no-obligations', 'review', ['obligations'], { vi: 'Không tìm thấy nghĩa vụ báo cáo có hạn nộp.', en: 'No reporting obligation with a deadline found.' });
  // Obligations owed by nobody cannot load: owe them to the plan's default assignees.
  for (const [oi, o] of obligations.entries()) {
    if ((o.owedBy as string[]).length === 0) o.owedBy = defaultClause?.ids ?? [issuerId];
    void oi;
  }

  plan.sections = sections;

  // Recipients.
  const recipients: Json[] = [];
  tree.recipients.forEach((p, ri) => {
    const text = p.text.replace(/^\s*[-+•]\s*/u, '').replace(/[;,]\s*$/u, '').trim();
    if (!text) return;
    const archive = /^Lưu\b/iu.test(text);
    const tk = _tokenize(text);
    const ids = archive ? [] : _unique(_findMentions(tk, ctx.lexicon).map((m) => _useUnit(ctx, m, ['recipients', ri, 'units'], p.place)));
    recipients.push({ text, units: ids, archive });
  });
  plan.recipients = recipients;
  if (recipients.length === 0)
    _add(ctx, 'recipients-missing', 'review', ['recipients'], { vi: 'Không tìm thấy phần "Nơi nhận".', en: 'No "Nơi nhận" (recipients) found.' });

  // Signer.
  const signer = _signer(tree.signature);
  if (signer) plan.signer = signer;
  else _add(ctx, 'signer-missing', 'review', ['signer'], { vi: 'Không đọc được khối chữ ký (thẩm quyền, chức vụ, họ tên).', en: 'The signature block (authority, position, name) could not be read.' }, tree.signature[0]?.place);

  // Documents.
  plan.documents = [...ctx.documents.values()];
  for (const [did, d] of ctx.documents) {
    const at = ctx.docPlaces.get(did);
    const di = (plan.documents as _DraftDocument[]).indexOf(d);
    if (d.number === undefined)
      _add(ctx, 'document-number-unknown', 'review', ['documents', di], { vi: `"${d.text}" được nêu không kèm số hiệu; thêm số, ngày ban hành nếu cần.`, en: `"${d.text}" is cited without a number; add its number and date if needed.` }, at?.place);
    if (d.linkedBy === 'kit')
      _add(ctx, 'document-linked', 'info', ['documents', di, 'number'], { vi: `"${d.text}" không ghi số; bộ công cụ gắn số ${d.number ?? ''}.`, en: `"${d.text}" states no number; the kit links it to ${d.number ?? ''}.` }, at?.place);
  }

  // Units: the ones the draft names, with the groups' members.
  const orgUnits: Json[] = [];
  const unitGroups: Json[] = [];
  const byId = new Map<string, Json>();
  for (const u of ctx.units?.orgUnits ?? []) byId.set(u.id, u as unknown as Json);
  const groupsById = new Map<string, Json>();
  for (const g of ctx.units?.unitGroups ?? []) groupsById.set(g.id, g as unknown as Json);
  const addUnit = (uid: string) => {
    if (orgUnits.some((u) => u.id === uid)) return;
    const known = byId.get(uid);
    if (known) {
      orgUnits.push(known);
      if (typeof known.parent === 'string') addUnit(known.parent);
      return;
    }
    const rec = ctx.used.get(uid);
    const kind = rec && rec.kind !== 'group' ? rec.kind : 'other';
    const unit: Json = { id: uid, name: _text(rec?.name ?? uid), kind, validFrom: `${year}-01-01` };
    orgUnits.push(unit);
    const fromVocab = rec?.entry?.origin === 'vocabulary';
    _add(ctx, 'unit-new', 'review', ['orgUnits', orgUnits.length - 1], {
      vi: `Đơn vị "${rec?.name ?? uid}" không có trong danh mục đơn vị${fromVocab ? ' (nhận theo tên thường dùng)' : ''}; kiểm tra tên, loại và ngày hiệu lực.`,
      en: `Unit "${rec?.name ?? uid}" is not in the units list${fromVocab ? ' (recognised by its common name)' : ''}; check its name, kind and validity dates.`,
    }, rec?.place);
  };
  for (const [uid, rec] of ctx.used) {
    const group = groupsById.get(uid);
    if (group) {
      unitGroups.push(group);
      for (const m of group.members as string[]) addUnit(m);
      continue;
    }
    if (rec.kind === 'group' && !byId.has(uid)) {
      // A collective name whose members the importer cannot know: a unit for now.
      const unit: Json = { id: uid, name: _text(rec.name), kind: _groupKind(uid), validFrom: `${year}-01-01` };
      orgUnits.push(unit);
      _add(ctx, 'group-members-unknown', 'review', ['orgUnits', orgUnits.length - 1], {
        vi: `"${rec.name}" là một nhóm đơn vị nhưng chưa có danh sách thành viên (dùng --units); tạm ghi như một đơn vị.`,
        en: `"${rec.name}" is a group of units whose members are unknown (use --units); recorded as one unit for now.`,
      }, rec.place);
      continue;
    }
    addUnit(uid);
  }
  plan.orgUnits = orgUnits;
  plan.unitGroups = unitGroups;
  plan.obligations = obligations;
  _dropVague(plan, ctx);
  plan.indicators = [];
  const source: Json = {
    description: {
      vi: 'Bản nháp do @dvcq/import tạo từ văn bản kế hoạch; cần rà soát các điểm được nêu trước khi công bố.',
      en: 'Draft made by @dvcq/import from the plan document; review the findings before publishing.',
    },
  };
  if (options.fileName) source.file = options.fileName;
  plan.source = source;
  _add(ctx, 'untranslated', 'info', [], { vi: 'Các trường "en" đang chép lại tiếng Việt; cần dịch trước khi dùng giao diện tiếng Anh.', en: 'The "en" fields repeat the Vietnamese; translate them before using the English interface.' });
  return { plan, findings: ctx.findings };
}

// Removes the placeholder of vague collectives from every list of unit ids.
function _dropVague(plan: Json, ctx: _Ctx): void {
  const clean = (o: Json, key: string) => {
    const v = o[key];
    if (Array.isArray(v)) {
      const kept = v.filter((x) => x !== _VAGUE);
      if (kept.length > 0 || key === 'assignees' || key === 'owedBy' || key === 'copies' || key === 'units') o[key] = kept;
      else delete o[key];
    }
  };
  for (const s of plan.sections as Json[]) {
    (s.areas as Json[] | undefined)?.forEach((a, ai) =>
      (a.tasks as Json[]).forEach((t, ti) => {
        for (const k of ['assignees', 'lead', 'cooperating']) clean(t, k);
        if ((t.assignees as string[]).length === 0 && !t.lead && !t.cooperating) {
          t.assignees = [ctx.issuerId];
          _add(ctx, 'task-unassigned', 'review', ['sections', (plan.sections as Json[]).indexOf(s), 'areas', ai, 'tasks', ti, 'assignees'], { vi: 'Nhiệm vụ chỉ nêu "các cơ quan liên quan"; tạm giao cho cơ quan ban hành kế hoạch.', en: 'The task names only "the agencies concerned"; the issuer is assigned for now.' });
        }
      }),
    );
    for (const it of (s.items as Json[] | undefined) ?? []) clean(it, 'assignees');
  }
  for (const o of plan.obligations as Json[]) {
    for (const k of ['owedBy', 'copies']) clean(o, k);
    if ((o.owedBy as string[]).length === 0) o.owedBy = [ctx.issuerId];
  }
  for (const r of plan.recipients as Json[]) clean(r, 'units');
}

function _groupKind(id: string): OrgUnitKind {
  if (id.startsWith('so-')) return 'department';
  if (id.includes('xa')) return 'commune-committee';
  if (id.includes('huyen')) return 'district-committee';
  if (id.includes('mttq')) return 'front-and-mass-organizations';
  return 'other';
}

