// Đơn vị — finds the units a text names ("Các Sở, ban, ngành", "UBND các xã,
// phường", "Sở Nội vụ") and matches them, accent- and case-insensitively, against
// the units the caller supplies (`--units FILE` or a bundled plan's units). Names
// the caller does not know come from a small national vocabulary of unit names
// (the same in every province) and are flagged for review.
import { searchKey } from '@dvcq/core';
import type { OrgUnitKind } from '@dvcq/core';

/** Đơn vị đã biết — a unit or group the importer may assign work to. */
export interface _UnitEntry {
  id: string;
  /** Display name (Vietnamese). */
  name: string;
  kind: OrgUnitKind | 'group';
  /** Match keys (token arrays). */
  keys: string[][];
  /** Where the entry comes from: the caller's units, or the importer's vocabulary. */
  origin: 'units' | 'vocabulary';
  /** A collective no one can report for ("các cơ quan liên quan"): recognised, never assigned. */
  vague?: boolean;
}

/** A unit mention found in a text. */
export interface _Mention {
  entry: _UnitEntry;
  /** Token range [from, to). */
  from: number;
  to: number;
  /** Character range in the text. */
  start: number;
  end: number;
  /** The name as written. */
  written: string;
}

/** A text split into word tokens with keys and offsets. */
export interface _Tokens {
  text: string;
  keys: string[];
  starts: number[];
  ends: number[];
  /** Punctuation right after the token (",", ";", "(", …), '' when none. */
  after: string[];
}

const _ABBREV: Readonly<Record<string, string[]>> = {
  ubnd: ['uy', 'ban', 'nhan', 'dan'],
  hdnd: ['hoi', 'dong', 'nhan', 'dan'],
  mttq: ['mat', 'tran', 'to', 'quoc'],
  mttqvn: ['mat', 'tran', 'to', 'quoc', 'viet', 'nam'],
  ubmttq: ['uy', 'ban', 'mat', 'tran', 'to', 'quoc'],
  ubmttqvn: ['uy', 'ban', 'mat', 'tran', 'to', 'quoc', 'viet', 'nam'],
  'ct-xh': ['chinh', 'tri', '-', 'xa', 'hoi'],
  ctxh: ['chinh', 'tri', '-', 'xa', 'hoi'],
  vn: ['viet', 'nam'],
  tp: ['thanh', 'pho'],
  vp: ['van', 'phong'],
  ldld: ['lien', 'doan', 'lao', 'dong'],
  lhpn: ['lien', 'hiep', 'phu', 'nu'],
  ccb: ['cuu', 'chien', 'binh'],
  tncs: ['thanh', 'nien', 'cong', 'san'],
};

/**
 * Tách từ — splits a text into word tokens (accent-free lower-case keys, with
 * common abbreviations such as UBND expanded) and remembers offsets.
 * @param text - any text
 * @returns the tokens
 * @internal
 */
export function _tokenize(text: string): _Tokens {
  const out: _Tokens = { text, keys: [], starts: [], ends: [], after: [] };
  const re = /[\p{L}\p{N}]+(?:[-–/][\p{L}\p{N}]+)*|[-–]/gu;
  let m: RegExpExecArray | null;
  let prevEnd = 0;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.keys.length > 0) out.after[out.after.length - 1] = text.slice(prevEnd, start).replace(/\s+/g, '');
    const key = searchKey(m[0]).replace(/–/g, '-');
    const exp = _ABBREV[key];
    const parts = exp ?? (key.includes('-') && key !== '-' && !/\d/.test(key) ? key.split('-').flatMap((p, i) => (i === 0 ? [p] : ['-', p])) : [key]);
    for (let k = 0; k < parts.length; k++) {
      out.keys.push(parts[k]!);
      out.starts.push(start);
      out.ends.push(end);
      out.after.push(k === parts.length - 1 ? '' : '');
    }
    prevEnd = end;
  }
  if (out.keys.length > 0) out.after[out.after.length - 1] = text.slice(prevEnd).replace(/\s+/g, '').slice(0, 1);
  return out;
}

/**
 * Mã theo tên — the id the importer gives a unit it knows only by name:
 * accent-free lower-case words joined by "-", a leading "các" dropped
 * ("Sở Ngoại vụ" → "so-ngoai-vu", "Các phòng chuyên môn" → "phong-chuyen-mon").
 * @internal
 */
export function _nameId(name: string): string {
  const id = searchKey(name)
    .replace(/^cac\s+/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return /^[a-z0-9]/.test(id) ? id : `don-vi-${id}`;
}

function _keyTokens(name: string): string[] {
  return _tokenize(name).keys;
}

// The national vocabulary: names every province uses. Ids are derived from the
// first name (no plan's ids in code). Groups are the collective names plans address.
const _VOCAB: ReadonlyArray<[OrgUnitKind | 'group' | 'vague', string[]]> = [
  ['group', ['Các Sở, ban, ngành', 'Các sở, ban, ngành tỉnh', 'các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh', 'các sở, ngành']],
  ['group', ['Ủy ban nhân dân các huyện, thành phố', 'Ủy ban nhân dân các huyện, thị xã, thành phố', 'Ủy ban nhân dân huyện, thành phố', 'Ủy ban nhân dân các huyện, thành, thị']],
  ['group', ['Ủy ban nhân dân các xã, phường', 'Ủy ban nhân dân các xã, phường, đặc khu', 'Ủy ban nhân dân các xã, phường, thị trấn', 'Ủy ban nhân dân cấp xã', 'Ủy ban nhân dân các xã']],
  ['group', ['Ủy ban Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh', 'Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh']],
  ['vague', ['các cơ quan, đơn vị liên quan', 'các cơ quan, đơn vị có liên quan', 'các cơ quan liên quan', 'các cơ quan có liên quan', 'các đơn vị liên quan', 'các cơ quan, đơn vị, địa phương liên quan']],
  ['province-committee', ['Ủy ban nhân dân tỉnh']],
  ['leadership', ['Chủ tịch Ủy ban nhân dân tỉnh']],
  ['province-committee-office', ['Văn phòng Ủy ban nhân dân tỉnh']],
  ['party-committee', ['Tỉnh ủy']],
  ['party-committee', ['Thường trực Tỉnh ủy']],
  ['party-body', ['Ban Dân vận Tỉnh ủy']],
  ['other', ['Hội đồng nhân dân tỉnh', 'Thường trực Hội đồng nhân dân tỉnh']],
  ['front-and-mass-organizations', ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Ủy ban Mặt trận Tổ quốc tỉnh']],
  ['department', ['Sở Nội vụ']],
  ['department', ['Sở Tư pháp']],
  ['department', ['Sở Tài chính']],
  ['department', ['Sở Kế hoạch và Đầu tư']],
  ['department', ['Sở Công Thương']],
  ['department', ['Sở Nông nghiệp và Phát triển nông thôn']],
  ['department', ['Sở Nông nghiệp và Môi trường']],
  ['department', ['Sở Giao thông vận tải']],
  ['department', ['Sở Xây dựng']],
  ['department', ['Sở Tài nguyên và Môi trường']],
  ['department', ['Sở Thông tin và Truyền thông']],
  ['department', ['Sở Lao động - Thương binh và Xã hội']],
  ['department', ['Sở Văn hóa, Thể thao và Du lịch']],
  ['department', ['Sở Văn hóa và Thể thao']],
  ['department', ['Sở Du lịch']],
  ['department', ['Sở Khoa học và Công nghệ']],
  ['department', ['Sở Giáo dục và Đào tạo']],
  ['department', ['Sở Y tế']],
  ['department', ['Sở Ngoại vụ']],
  ['department', ['Sở Dân tộc và Tôn giáo']],
  ['department', ['Ban Dân tộc tỉnh', 'Ban Dân tộc']],
  ['department', ['Thanh tra tỉnh']],
  ['department', ['Công an tỉnh']],
  ['department', ['Bộ Chỉ huy Quân sự tỉnh']],
  ['department', ['Đài Phát thanh và Truyền hình tỉnh']],
  ['department', ['Trung tâm Phục vụ hành chính công tỉnh']],
  ['front-and-mass-organizations', ['Liên đoàn Lao động tỉnh']],
  ['front-and-mass-organizations', ['Hội Nông dân tỉnh']],
  ['front-and-mass-organizations', ['Hội Liên hiệp Phụ nữ tỉnh']],
  ['front-and-mass-organizations', ['Hội Cựu chiến binh tỉnh']],
  ['front-and-mass-organizations', ['Tỉnh Đoàn', 'Tỉnh đoàn']],
  // Commune level (two-level local government since 01/7/2025: docs/domain.md#reorganisation-2025).
  ['commune-committee', ['Ủy ban nhân dân xã', 'Ủy ban nhân dân phường', 'Ủy ban nhân dân đặc khu']],
  ['leadership', ['Chủ tịch Ủy ban nhân dân xã', 'Chủ tịch Ủy ban nhân dân cấp xã', 'Chủ tịch Ủy ban nhân dân phường']],
  ['other', ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường']],
  ['other', ['Phòng Văn hóa - Xã hội']],
  ['other', ['Phòng Kinh tế, Hạ tầng và Đô thị']],
  ['other', ['Phòng Kinh tế']],
  ['other', ['Trung tâm Phục vụ hành chính công xã', 'Trung tâm Phục vụ hành chính công phường']],
  ['other', ['Bộ phận Một cửa', 'Bộ phận Tiếp nhận và Trả kết quả']],
  ['other', ['Công an xã', 'Công an phường']],
  ['other', ['Ban Chỉ huy Quân sự xã', 'Ban Chỉ huy Quân sự phường']],
  ['front-and-mass-organizations', ['Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'Ủy ban Mặt trận Tổ quốc xã']],
  ['party-committee', ['Đảng ủy xã', 'Đảng ủy phường']],
  ['group', ['Các thôn, tổ dân phố', 'các thôn, bản, tổ dân phố', 'các thôn, bản', 'các tổ dân phố']],
];

/** Units as the caller supplies them (a plan's `orgUnits` and `unitGroups`). */
export interface ImportUnits {
  /** Đơn vị — units with `id`, `name.vi`, optional `shortName`, `kind`. */
  orgUnits: ReadonlyArray<{ id: string; name: { vi: string }; shortName?: string; kind: OrgUnitKind }>;
  /** Nhóm đơn vị — groups with `id`, `name.vi`, `members`. */
  unitGroups?: ReadonlyArray<{ id: string; name: { vi: string }; members: readonly string[] }>;
}

// Variants of a caller's unit name: without the trailing place ("Sở Ngoại vụ tỉnh
// An Hòa" → "Sở Ngoại vụ", "Ủy ban nhân dân tỉnh An Hòa" → "Ủy ban nhân dân tỉnh").
function _variants(name: string): string[] {
  const out = [name];
  // "… tỉnh Lam Sơn" / "… thành phố X": the name without the place.
  const m = /^(.+?\s(?:tỉnh|thành phố))\s+\p{Lu}[\p{L}\s-]*$/u.exec(name);
  if (m && m[1]) {
    out.push(m[1]);
    // Departments are named without "tỉnh" inside the province ("Sở Nội vụ").
    const bare = /^(Sở .+|Ban Dân tộc|Tỉnh ủy|Tỉnh Đoàn)\s+tỉnh$/u.exec(m[1]);
    if (bare && bare[1]) out.push(bare[1]);
  }
  return out;
}

/**
 * Danh mục đơn vị — the entries to match: the caller's units and groups first,
 * then the national vocabulary for names the caller does not have.
 * @param units - the caller's units, if any
 * @returns entries
 * @internal
 */
export function _unitLexicon(units: ImportUnits | undefined): _UnitEntry[] {
  const out: _UnitEntry[] = [];
  const known = new Set<string>();
  const keyed = new Set<string>();
  const add = (e: _UnitEntry) => {
    e.keys = e.keys.filter((k) => k.length > 0 && !keyed.has(k.join(' ')));
    for (const k of e.keys) keyed.add(k.join(' '));
    if (e.keys.length > 0) out.push(e);
  };
  for (const g of units?.unitGroups ?? []) {
    known.add(g.id);
    add({ id: g.id, name: g.name.vi, kind: 'group', keys: _variants(g.name.vi).map(_keyTokens), origin: 'units' });
  }
  for (const u of units?.orgUnits ?? []) {
    known.add(u.id);
    const names = [..._variants(u.name.vi), ...(u.shortName ? [u.shortName] : [])];
    add({ id: u.id, name: u.name.vi, kind: u.kind, keys: names.map(_keyTokens), origin: 'units' });
  }
  for (const [kind, names] of _VOCAB) {
    const id = _nameId(names[0]!);
    if (known.has(id)) {
      // Same id in the caller's units: the vocabulary's spellings match it too.
      const e = out.find((x) => x.id === id);
      if (e) {
        const extra = names.map(_keyTokens).filter((k) => !keyed.has(k.join(' ')));
        for (const k of extra) keyed.add(k.join(' '));
        e.keys.push(...extra);
      }
      continue;
    }
    const entry: _UnitEntry = { id, name: names[0]!, kind: kind === 'vague' ? 'group' : kind, keys: names.map(_keyTokens), origin: 'vocabulary' };
    if (kind === 'vague') entry.vague = true;
    add(entry);
  }
  // Longest keys first so "Ủy ban nhân dân tỉnh" loses to "Văn phòng Ủy ban nhân dân tỉnh".
  return out;
}

/**
 * Tìm đơn vị tại vị trí — the longest unit name starting at token `at`.
 * @internal
 */
export function _mentionAt(tokens: _Tokens, at: number, lexicon: readonly _UnitEntry[]): _Mention | undefined {
  let best: _Mention | undefined;
  const first = tokens.keys[at];
  if (first === undefined) return undefined;
  for (const e of lexicon) {
    for (const key of e.keys) {
      if (key[0] !== first && !(key[0] === 'cac' && first !== 'cac')) continue;
      // "các" at the start of a group name is optional.
      const variants = key[0] === 'cac' ? [key, key.slice(1)] : [key];
      for (const k of variants) {
        if (k.length === 0 || (best && k.length <= best.to - best.from)) continue;
        let ok = true;
        for (let j = 0; j < k.length; j++) {
          if (tokens.keys[at + j] !== k[j]) {
            ok = false;
            break;
          }
        }
        if (ok) {
          const to = at + k.length;
          const start = tokens.starts[at]!;
          const end = tokens.ends[to - 1]!;
          best = { entry: e, from: at, to, start, end, written: tokens.text.slice(start, end).replace(/\s+/g, ' ') };
        }
      }
    }
  }
  return best;
}

/**
 * Mọi đơn vị được nêu — every unit mention in a text, left to right, without overlaps.
 * @internal
 */
export function _findMentions(tokens: _Tokens, lexicon: readonly _UnitEntry[], from = 0, to = tokens.keys.length): _Mention[] {
  const out: _Mention[] = [];
  let i = from;
  while (i < to) {
    const m = _mentionAt(tokens, i, lexicon);
    if (m && m.to <= to) {
      out.push(m);
      i = m.to;
    } else i++;
  }
  return out;
}

const _SEPARATORS = new Set(['va', 'cac', 'voi']);

/**
 * Chủ ngữ đơn vị — the run of unit names at token `at` ("Các Sở, ban, ngành,
 * Ủy ban nhân dân các huyện, thành phố …"), separated by commas, ";" or "và".
 * @returns the mentions and the token after them
 * @internal
 */
export function _unitRun(tokens: _Tokens, at: number, lexicon: readonly _UnitEntry[]): { mentions: _Mention[]; next: number } {
  const mentions: _Mention[] = [];
  let i = at;
  for (;;) {
    const m = _mentionAt(tokens, i, lexicon);
    if (!m) break;
    mentions.push(m);
    i = m.to;
    // A separator word may follow ("và", "với").
    if (_SEPARATORS.has(tokens.keys[i] ?? '') && _mentionAt(tokens, i + 1, lexicon)) i++;
    else if (!(tokens.after[i - 1] === ',' || tokens.after[i - 1] === ';') && !_mentionAt(tokens, i, lexicon)) break;
  }
  return { mentions, next: i };
}

/**
 * Loại đơn vị theo tên — a unit kind guessed from a name.
 * @internal
 */
export function _kindFromName(name: string): OrgUnitKind {
  const k = searchKey(name);
  if (/^(?:uy ban nhan dan|ubnd) (?:xa|phuong|thi tran|dac khu)\b/.test(k)) return 'commune-committee';
  if (/^(?:uy ban nhan dan|ubnd) (?:huyen|quan|thi xa|thanh pho)\b/.test(k)) return 'district-committee';
  if (/^(?:uy ban nhan dan|ubnd) tinh\b/.test(k)) return 'province-committee';
  if (/^so\b|^thanh tra\b|^ban dan toc\b|^cong an\b/.test(k)) return 'department';
  if (/^ban (?:dan van|tuyen giao|to chuc)\b|^ban xay dung dang\b/.test(k)) return 'party-body';
  if (/\buy\b|^dang uy\b/.test(k)) return 'party-committee';
  if (/mat tran|^hoi |doan thanh nien|^lien doan/.test(k)) return 'front-and-mass-organizations';
  return 'other';
}
