/**
 * @internal Test fixture: the two obligations of the Hòa Bình 2021 plan (section III.1) with a
 * few units. Not exported from the package.
 */
import type { PlanLike } from '../_model';

const unit = (id: string, vi: string, extra: { validTo?: string; validFrom?: string } = {}) => ({
  id,
  name: { vi, en: vi },
  kind: 'department' as const,
  validFrom: extra.validFrom ?? '2020-01-01',
  ...(extra.validTo ? { validTo: extra.validTo } : {}),
});

/** @internal */
export const PLAN_2021: PlanLike = {
  id: 'hoa-binh-2021',
  orgUnits: [
    unit('ubnd-tinh', 'UBND tỉnh Hòa Bình'),
    unit('so-noi-vu', 'Sở Nội vụ'),
    unit('ban-dan-van', 'Ban Dân vận Tỉnh ủy'),
    unit('so-tu-phap', 'Sở Tư pháp'),
    unit('huyen-cao-phong', 'UBND huyện Cao Phong', { validTo: '2025-06-30' }),
    unit('huyen-moi', 'UBND huyện lập sau hạn', { validFrom: '2021-06-01' }),
  ],
  unitGroups: [
    { id: 'so-ban-nganh', name: { vi: 'Các Sở, ban, ngành', en: 'Departments' }, members: ['so-noi-vu', 'so-tu-phap'] },
    { id: 'ubnd-huyen', name: { vi: 'UBND các huyện, thành phố', en: 'District committees' }, members: ['huyen-cao-phong', 'huyen-moi'] },
  ],
  obligations: [
    {
      id: 'bc-6-thang-2021',
      title: { vi: 'Báo cáo 6 tháng', en: 'Six-month report' },
      period: 'semiannual',
      year: 2021,
      deadline: { date: '2021-05-20', semantics: 'before', text: 'trước ngày 20/5/2021' },
      owedBy: ['so-ban-nganh', 'ubnd-huyen'],
      recipient: 'ubnd-tinh',
      via: 'so-noi-vu',
      copies: ['ban-dan-van'],
      coordinator: 'so-noi-vu',
      source: 'III.1',
    },
    {
      id: 'bc-nam-2021',
      title: { vi: 'Báo cáo năm', en: 'Annual report' },
      period: 'annual',
      year: 2021,
      deadline: { date: '2021-11-05', semantics: 'before', text: 'trước ngày 05/11/2021' },
      owedBy: ['so-ban-nganh', 'ubnd-huyen'],
      recipient: 'ubnd-tinh',
      via: 'so-noi-vu',
      copies: ['ban-dan-van'],
      coordinator: 'so-noi-vu',
      source: 'III.1',
    },
  ],
};
