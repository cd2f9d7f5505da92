import { z } from 'zod';
import { UNIT_KINDS } from '../vocabulary/vocabulary';
import { IdSchema, IsoDateSchema, LocalizedTextSchema } from './primitives';

/**
 * Loại đơn vị — kinds of organisations a plan names.
 * `department` covers the provincial Sở, ban, ngành; `district-committee` the UBND
 * of a district-level unit (huyện, thành phố, thị xã); `commune-committee` the UBND
 * of a commune-level unit (xã, phường, thị trấn / đặc khu).
 */
export const OrgUnitKindSchema = z.enum(UNIT_KINDS);

/**
 * Đơn vị — an organisation that owes, receives or coordinates reports.
 * Units change over time (districts were abolished in 2025): `validFrom`/`validTo`
 * bound the period in which the unit existed under this identity.
 */
export const OrgUnitSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema.describe('Tên đầy đủ / full name'),
  shortName: z.string().min(1).optional().describe('Tên viết tắt thường dùng / common short name, e.g. "UBND tỉnh"'),
  kind: OrgUnitKindSchema,
  parent: IdSchema.optional().describe('Đơn vị cấp trên / parent unit id'),
  symbol: z
    .string()
    .regex(/^[A-ZĐ][A-Za-zĐđ0-9]*$/)
    .optional()
    .describe('Chữ viết tắt tên cơ quan trong số, ký hiệu văn bản / agency abbreviation in document symbols, e.g. "SNV", "UBND"'),
  validFrom: IsoDateSchema.describe('Có hiệu lực từ / valid from (inclusive)'),
  validTo: IsoDateSchema.optional().describe('Hết hiệu lực sau ngày / valid to (inclusive); absent = still valid'),
  source: z.string().optional().describe('Nguồn thông tin / where this unit is documented'),
});
/** Đơn vị — an organisation (Sở, UBND huyện, Ban Dân vận…). */
export type OrgUnit = z.infer<typeof OrgUnitSchema>;

/**
 * Nhóm đơn vị — a group of units the plan addresses together, such as
 * "Các Sở, ban, ngành" or "Ủy ban nhân dân các huyện, thành phố".
 */
export const UnitGroupSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  members: z.array(IdSchema).describe('Mã các đơn vị thuộc nhóm / member unit ids'),
  source: z.string().optional(),
});
/** Nhóm đơn vị — a named group of units. */
export type UnitGroup = z.infer<typeof UnitGroupSchema>;
