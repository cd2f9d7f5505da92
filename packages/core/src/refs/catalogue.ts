// Reference data the citation finder matches against. Kept small and sourced:
// issuer names with the abbreviation they use in document symbols, and the
// documents the seed plan names without a number.

import type { DocumentDate } from './date';
import type { DocumentNumber } from './number';

/**
 * Cơ quan ban hành đã biết — a known issuing body: its name as written after "của",
 * and the abbreviation in its document symbols.
 */
export interface KnownIssuer {
  /** Name as written, e.g. "Ủy ban nhân dân tỉnh". */
  name: string;
  /** Symbol style of its documents. */
  style: 'state' | 'party';
  /** Abbreviation in symbols (`UBND`, `TW`, `TU`). */
  symbol?: string;
  /** Whether symbols append the legislature's term to `symbol` (`QH13`, `UBTVQH15`). */
  withTerm?: boolean;
  /** Whether a place name may follow ("Ủy ban nhân dân tỉnh Quảng Trị"). */
  place?: boolean;
}

const _i = (name: string, style: 'state' | 'party', symbol?: string, place = false, withTerm = false): KnownIssuer => {
  const k: KnownIssuer = { name, style };
  if (symbol !== undefined) k.symbol = symbol;
  if (withTerm) k.withTerm = true;
  if (place) k.place = true;
  return Object.freeze(k);
};

/**
 * Cơ quan ban hành — issuers recognized after "của" in a citation. Party bodies at
 * the centre sign "/TW" (Bộ Chính trị, Ban Bí thư, Ban Chấp hành Trung ương), at the
 * province "/TU", at the district "/HU"; state bodies follow Nghị định 30/2020.
 */
export const KNOWN_ISSUERS: readonly KnownIssuer[] = Object.freeze([
  _i('Bộ Chính trị', 'party', 'TW'),
  _i('Ban Bí thư', 'party', 'TW'),
  _i('Ban Chấp hành Trung ương Đảng', 'party', 'TW'),
  _i('Ban Chấp hành Trung ương', 'party', 'TW'),
  _i('Văn phòng Trung ương Đảng', 'party', 'VPTW'),
  _i('Ban Thường vụ Tỉnh ủy', 'party', 'TU'),
  _i('Ban Chấp hành Đảng bộ tỉnh', 'party', 'TU', true),
  _i('Tỉnh ủy', 'party', 'TU', true),
  _i('Ban Thường vụ Huyện ủy', 'party', 'HU'),
  _i('Huyện ủy', 'party', 'HU', true),
  _i('Ban Dân vận Tỉnh ủy', 'party'),
  _i('Ban Dân vận Trung ương', 'party'),
  _i('Chủ tịch nước', 'state', 'CTN'),
  _i('Ủy ban Thường vụ Quốc hội', 'state', 'UBTVQH', false, true),
  _i('Quốc hội', 'state', 'QH', false, true),
  _i('Thủ tướng Chính phủ', 'state', 'TTg'),
  _i('Chính phủ', 'state', 'CP'),
  _i('Văn phòng Chính phủ', 'state', 'VPCP'),
  _i('Bộ Nội vụ', 'state', 'BNV'),
  _i('Bộ Thông tin và Truyền thông', 'state', 'BTTTT'),
  _i('Ủy ban nhân dân tỉnh', 'state', 'UBND', true),
  _i('Ủy ban nhân dân huyện', 'state', 'UBND', true),
  _i('Ủy ban nhân dân thành phố', 'state', 'UBND', true),
  _i('Ủy ban nhân dân', 'state', 'UBND'),
  _i('UBND tỉnh', 'state', 'UBND', true),
  _i('Ủy ban nhân dân xã', 'state', 'UBND', true),
  _i('Ủy ban nhân dân phường', 'state', 'UBND', true),
  _i('Hội đồng nhân dân tỉnh', 'state', 'HĐND', true),
  _i('Sở Nội vụ', 'state', 'SNV'),
  // Thanh tra tỉnh signs "TTr", the same letters as the Tờ trình code ("45/TTr-TTr").
  _i('Thanh tra tỉnh', 'state', 'TTr', true),
]);

/**
 * Văn bản được gọi tên — a document cited by name only. `number` is what the kit
 * links it to: the plan's text does not state it (`linkedBy: 'kit'`).
 */
export interface NamedDocumentEntry {
  /** Stable id, e.g. `luat-tiep-cong-dan`. */
  id: string;
  /** Canonical name, e.g. "Luật Tiếp công dân". */
  name: string;
  /** For laws: the title after "Luật". */
  lawTitle?: string;
  /** For Central Committee resolutions: plenum (hội nghị) and term (khóa). */
  plenum?: number;
  term?: number;
  /** The document the kit links the name to. */
  number: DocumentNumber;
  /** Its date of issue, when linked. */
  date?: DocumentDate;
  /** Why this link holds (which law or resolution is in force/meant). */
  source: string;
}

const _named = (e: NamedDocumentEntry): NamedDocumentEntry => Object.freeze(e);

/**
 * Văn bản gọi tên đã biết — documents named without a number in the seed plan and
 * the numbers the kit links them to (docs/domain.md#citations). Laws: the
 * ones in force in 2021. "Nghị quyết Trung ương 4": the resolutions of the 4th
 * plenum of the XIth and XIIth Central Committee on Party building.
 */
export const NAMED_DOCUMENTS: readonly NamedDocumentEntry[] = Object.freeze([
  _named({
    id: 'luat-tiep-cong-dan',
    name: 'Luật Tiếp công dân',
    lawTitle: 'Tiếp công dân',
    number: { style: 'state', number: 42, year: 2013, issuer: 'QH13' },
    date: { year: 2013, month: 11, day: 25 },
    source: 'Luật Tiếp công dân số 42/2013/QH13 ngày 25/11/2013 (Quốc hội khóa XIII)',
  }),
  _named({
    id: 'luat-khieu-nai',
    name: 'Luật Khiếu nại',
    lawTitle: 'Khiếu nại',
    number: { style: 'state', number: 2, year: 2011, issuer: 'QH13' },
    date: { year: 2011, month: 11, day: 11 },
    source: 'Luật Khiếu nại số 02/2011/QH13 ngày 11/11/2011 (Quốc hội khóa XIII)',
  }),
  _named({
    id: 'luat-to-cao',
    name: 'Luật Tố cáo',
    lawTitle: 'Tố cáo',
    number: { style: 'state', number: 25, year: 2018, issuer: 'QH14' },
    date: { year: 2018, month: 6, day: 12 },
    source: 'Luật Tố cáo số 25/2018/QH14 ngày 12/6/2018 (Quốc hội khóa XIV), replacing Luật Tố cáo 2011',
  }),
  _named({
    id: 'nq-tw4-khoa-xi',
    name: 'Nghị quyết Trung ương 4, khóa XI',
    plenum: 4,
    term: 11,
    number: { style: 'party', number: 12, typeCode: 'NQ', issuer: 'TW' },
    date: { year: 2012, month: 1, day: 16 },
    source: 'Nghị quyết số 12-NQ/TW ngày 16/01/2012, Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XI',
  }),
  _named({
    id: 'nq-tw4-khoa-xii',
    name: 'Nghị quyết Trung ương 4, khóa XII',
    plenum: 4,
    term: 12,
    number: { style: 'party', number: 4, typeCode: 'NQ', issuer: 'TW' },
    date: { year: 2016, month: 10, day: 30 },
    source: 'Nghị quyết số 04-NQ/TW ngày 30/10/2016, Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII',
  }),
]);
