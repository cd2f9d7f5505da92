// Tên cơ quan, nơi nhận, người ký — names as an official document writes them, taken from
// the plan's units (docs/domain.md#org-units) and the report's signer
// (docs/domain.md#signing-authorities).
import { type OrgUnit, type Plan, SIGNING_AUTHORITIES, findUnit, formatDocumentDate } from '@dvcq/core';

/** Kinds whose document header names the committee itself, with no governing body above it. */
const _COMMITTEES: ReadonlySet<string> = new Set(['province-committee', 'district-committee', 'commune-committee']);
const _COMMITTEE_WORDS = 'Ủy ban nhân dân';

/** In hoa theo tiếng Việt — upper case with Vietnamese rules (NFC in, NFC out). */
export function _upper(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi');
}

/**
 * Tên cơ quan ở phần đầu văn bản — the governing body (tên cơ quan chủ quản trực tiếp) and the
 * issuing body of a unit (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.2). A People's Committee
 * heads its own documents ("ỦY BAN NHÂN DÂN / TỈNH SÔNG LAM", two lines); any other unit
 * writes its parent unit above its own name, the parent's "Ủy ban nhân dân" shortened to
 * "UBND" as headers do ("UBND TỈNH SÔNG LAM / SỞ NỘI VỤ"), and its own common short name
 * (`shortName`, else the full name).
 * @param plan - the plan holding the units
 * @param unit - the issuing unit
 * @returns the header lines (not yet upper-cased)
 */
export function issuerLines(plan: Plan, unit: OrgUnit): { governingBody?: string; issuingBody: string[] } {
  const name = unit.name.vi.normalize('NFC');
  if (_COMMITTEES.has(unit.kind) || unit.parent === undefined) {
    if (name.startsWith(_COMMITTEE_WORDS + ' ')) return { issuingBody: [_COMMITTEE_WORDS, name.slice(_COMMITTEE_WORDS.length + 1)] };
    return { issuingBody: [name] };
  }
  const parent = findUnit(plan, unit.parent);
  const own = unit.shortName ?? name;
  if (!parent) return { issuingBody: [own] };
  const p = parent.name.vi.normalize('NFC');
  return { governingBody: p.startsWith(_COMMITTEE_WORDS + ' ') ? `UBND ${p.slice(_COMMITTEE_WORDS.length + 1)}` : p, issuingBody: [own] };
}

/**
 * Tên ở nơi nhận — how the recipients list names a unit or a group: the unit's common short
 * name ("UBND tỉnh", "Sở Nội vụ"), else its full name; a group by its name.
 * @param plan - the plan
 * @param id - unit or group id
 * @returns the name, or the id itself when the plan has neither
 */
export function recipientName(plan: Plan, id: string): string {
  const u = findUnit(plan, id);
  if (u) return u.shortName ?? u.name.vi;
  const g = plan.unitGroups.find((x) => x.id === id);
  return g ? g.name.vi : id;
}

/** Người ký trong báo cáo — the signer fields a report or a plan gives. */
export interface SignerInput {
  authority?: string;
  onBehalfOf?: string;
  position?: string;
  name?: string;
}

/**
 * Quyền hạn, chức vụ người ký — the title lines of a signature block (Nghị định 30/2020,
 * Phụ lục I, mục II.7): the authority prefix with the title it signs for ("KT. GIÁM ĐỐC",
 * "TM. ỦY BAN NHÂN DÂN"), then the signer's own position ("PHÓ GIÁM ĐỐC"); the position
 * alone when the head signs (`none`). Upper case.
 * @param signer - authority, onBehalfOf, position
 * @returns one or two lines
 */
export function signerTitleLines(signer: SignerInput | undefined): string[] {
  if (!signer) return [];
  const lines: string[] = [];
  const authority = (SIGNING_AUTHORITIES as readonly string[]).includes(signer.authority ?? '') && signer.authority !== 'none' ? signer.authority! : undefined;
  if (authority) lines.push([authority, signer.onBehalfOf].filter((x) => x && x.trim()).join(' '));
  if (signer.position && signer.position.trim() && _upper(signer.position) !== _upper(signer.onBehalfOf ?? '')) lines.push(signer.position);
  else if (!authority && signer.onBehalfOf) lines.push(signer.onBehalfOf);
  return lines.map(_upper);
}

/**
 * Ngày tháng trong văn bản — an ISO date as "ngày 05 tháng 02 năm 2026" (leading zero for days
 * below 10 and months 1–2: docs/domain.md#document-dates), via core's `formatDocumentDate`.
 * @param iso - `YYYY-MM-DD`
 * @param style - `long` (default) or `short` ("05/02/2026")
 * @returns the date as text, or `undefined` for a malformed date
 */
export function documentDateText(iso: string | undefined, style: 'long' | 'short' = 'long'): string | undefined {
  const m = iso === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  return formatDocumentDate({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, style);
}
