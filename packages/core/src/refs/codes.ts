// Chữ viết tắt tên loại văn bản — type codes used in document symbols
// (docs/domain.md#document-numbers).
// State administrative documents and copies: Nghị định 30/2020/NĐ-CP, Phụ lục III
// (27 kinds, and the copies SY, TrS, SL). Normative documents: NĐ, TT, TTLT, NQLT and
// the President's Lệnh (L: 05/2019/L-CTN); laws carry no code (42/2013/QH13).
// Party documents: the symbol form <số>-<mã>/<cơ quan> of Hướng dẫn 36-HD/VPTW
// (03/4/2018); "QĐ" stands for both Quyết định and Quy định (124-QĐ/TW is a Quy định).

import type { Message } from '../issues/issue';

/**
 * Loại văn bản — a document type as named in Vietnamese text ("Chỉ thị", "Kế hoạch").
 */
export type DocumentKind =
  | 'Nghị quyết'
  | 'Quyết định'
  | 'Chỉ thị'
  | 'Quy chế'
  | 'Quy định'
  | 'Thông cáo'
  | 'Thông báo'
  | 'Hướng dẫn'
  | 'Chương trình'
  | 'Kế hoạch'
  | 'Phương án'
  | 'Đề án'
  | 'Dự án'
  | 'Báo cáo'
  | 'Biên bản'
  | 'Tờ trình'
  | 'Hợp đồng'
  | 'Công điện'
  | 'Bản ghi nhớ'
  | 'Bản thỏa thuận'
  | 'Giấy ủy quyền'
  | 'Giấy mời'
  | 'Giấy giới thiệu'
  | 'Giấy nghỉ phép'
  | 'Phiếu gửi'
  | 'Phiếu chuyển'
  | 'Phiếu báo'
  | 'Công văn'
  | 'Nghị định'
  | 'Thông tư'
  | 'Thông tư liên tịch'
  | 'Nghị quyết liên tịch'
  | 'Luật'
  | 'Bộ luật'
  | 'Pháp lệnh'
  | 'Kết luận'
  | 'Thông tri'
  | 'Lệnh'
  | 'Bản sao y'
  | 'Bản trích sao'
  | 'Bản sao lục';

/**
 * Thông tin loại văn bản — one document kind with its English name and the type
 * codes it uses in state and Party symbols (absent when the kind has none).
 */
export interface DocumentKindInfo {
  /** The kind as written in Vietnamese. */
  kind: DocumentKind;
  /** Vietnamese and English names. */
  name: Message;
  /** Code in state symbols (`04/CT-UBND`), if any. */
  stateCode?: string;
  /** Code in Party symbols (`05-CT/TW`), if any. */
  partyCode?: string;
  /** A copy of another document (bản sao, Nghị định 30/2020 Phụ lục III), not a document kind of its own. */
  copy?: true;
}

const _k = (kind: DocumentKind, en: string, stateCode?: string, partyCode?: string, copy = false): DocumentKindInfo => {
  const info: DocumentKindInfo = { kind, name: { vi: kind, en } };
  if (stateCode !== undefined) info.stateCode = stateCode;
  if (partyCode !== undefined) info.partyCode = partyCode;
  if (copy) info.copy = true;
  return Object.freeze(info);
};

/**
 * Các loại văn bản — every document kind the kit knows, with codes.
 * Order follows Nghị định 30/2020/NĐ-CP Phụ lục III (its 27 kinds, then its three
 * kinds of copy), then normative and Party-only kinds.
 */
export const DOCUMENT_KINDS: readonly DocumentKindInfo[] = Object.freeze([
  _k('Nghị quyết', 'Resolution', 'NQ', 'NQ'),
  _k('Quyết định', 'Decision', 'QĐ', 'QĐ'),
  _k('Chỉ thị', 'Directive', 'CT', 'CT'),
  _k('Quy chế', 'Rules', 'QC', 'QC'),
  _k('Quy định', 'Regulation', 'QyĐ', 'QĐ'),
  _k('Thông cáo', 'Communiqué', 'TC'),
  _k('Thông báo', 'Notice', 'TB', 'TB'),
  _k('Hướng dẫn', 'Guidance', 'HD', 'HD'),
  _k('Chương trình', 'Programme', 'CTr', 'CTr'),
  _k('Kế hoạch', 'Plan', 'KH', 'KH'),
  _k('Phương án', 'Scheme', 'PA'),
  _k('Đề án', 'Project proposal', 'ĐA', 'ĐA'),
  _k('Dự án', 'Project', 'DA'),
  _k('Báo cáo', 'Report', 'BC', 'BC'),
  _k('Biên bản', 'Minutes', 'BB', 'BB'),
  _k('Tờ trình', 'Submission', 'TTr', 'TTr'),
  _k('Hợp đồng', 'Contract', 'HĐ'),
  _k('Công điện', 'Official telegram', 'CĐ'),
  _k('Bản ghi nhớ', 'Memorandum of understanding', 'BGN'),
  _k('Bản thỏa thuận', 'Agreement', 'BTT'),
  _k('Giấy ủy quyền', 'Letter of authorization', 'GUQ'),
  _k('Giấy mời', 'Invitation', 'GM'),
  _k('Giấy giới thiệu', 'Letter of introduction', 'GGT'),
  _k('Giấy nghỉ phép', 'Leave permit', 'GNP'),
  _k('Phiếu gửi', 'Dispatch slip', 'PG'),
  _k('Phiếu chuyển', 'Transfer slip', 'PC'),
  _k('Phiếu báo', 'Notification slip', 'PB'),
  // Bản sao văn bản: a copy gets its own number and symbol ("15/SY-UBND").
  _k('Bản sao y', 'True copy', 'SY', undefined, true),
  _k('Bản trích sao', 'Extract copy', 'TrS', undefined, true),
  _k('Bản sao lục', 'Copy of a true copy', 'SL', undefined, true),
  // Công văn has no type code in state symbols (28/UBND-NC); Party công văn use CV.
  _k('Công văn', 'Official letter', undefined, 'CV'),
  _k('Nghị định', 'Decree', 'NĐ'),
  _k('Thông tư', 'Circular', 'TT'),
  _k('Thông tư liên tịch', 'Joint circular', 'TTLT'),
  _k('Nghị quyết liên tịch', 'Joint resolution', 'NQLT'),
  // The President's order promulgating a law: "Lệnh số 05/2019/L-CTN".
  _k('Lệnh', 'Order (of the President)', 'L'),
  _k('Luật', 'Law'),
  _k('Bộ luật', 'Code (of law)'),
  _k('Pháp lệnh', 'Ordinance'),
  _k('Kết luận', 'Conclusion', undefined, 'KL'),
  _k('Thông tri', 'Party circular', undefined, 'TT'),
]);

/** Joint normative documents list every co-issuing agency after the code. */
export const _JOINT_CODES: ReadonlySet<string> = new Set(['TTLT', 'NQLT']);

const _STATE_CODES: ReadonlyMap<string, DocumentKindInfo> = new Map(
  DOCUMENT_KINDS.filter((k) => k.stateCode !== undefined).map((k) => [k.stateCode ?? '', k]),
);
const _PARTY_CODES: ReadonlyMap<string, DocumentKindInfo[]> = (() => {
  const m = new Map<string, DocumentKindInfo[]>();
  for (const k of DOCUMENT_KINDS) {
    if (k.partyCode === undefined) continue;
    const list = m.get(k.partyCode) ?? [];
    list.push(k);
    m.set(k.partyCode, list);
  }
  return m;
})();

/**
 * Tra mã loại văn bản — the kinds a type code stands for in a style of symbol.
 * Party "QĐ" returns both Quyết định and Quy định.
 * @param code - the type code as written, e.g. `KH`, `QyĐ`, `KL`
 * @param style - `state` (Nghị định 30/2020) or `party` (Hướng dẫn 36-HD/VPTW)
 * @returns the matching kinds, empty when the code is unknown
 */
export function kindsForTypeCode(code: string, style: 'state' | 'party'): readonly DocumentKindInfo[] {
  if (style === 'party') return _PARTY_CODES.get(code) ?? [];
  const k = _STATE_CODES.get(code);
  return k ? [k] : [];
}

/**
 * Tên loại văn bản — the Vietnamese name of a type code, e.g. `KH` → "Kế hoạch",
 * Party `QĐ` → "Quyết định / Quy định".
 * @param code - the type code
 * @param style - `state` or `party`
 * @returns the Vietnamese name, or `undefined` for an unknown code
 */
export function typeCodeName(code: string, style: 'state' | 'party'): string | undefined {
  const kinds = kindsForTypeCode(code, style);
  return kinds.length === 0 ? undefined : kinds.map((k) => k.kind).join(' / ');
}

/**
 * Thông tin loại văn bản — looks up a kind.
 * @param kind - the kind as written
 * @returns its info (codes, English name)
 */
export function documentKindInfo(kind: DocumentKind): DocumentKindInfo {
  const info = DOCUMENT_KINDS.find((k) => k.kind === kind);
  // DocumentKind and DOCUMENT_KINDS list the same names; a miss is a programmer error.
  if (!info) throw new Error(`unknown document kind: ${kind}`);
  return info;
}
