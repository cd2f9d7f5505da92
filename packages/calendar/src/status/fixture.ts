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

/**
 * @internal Test fixture: a made-up 2026 plan of a province after the 2025 reorganisation
 * (departments and communes, no districts) with every kind of obligation and deadline rule.
 */
export const PLAN_2026: PlanLike = {
  id: 'tinh-mau-2026',
  orgUnits: [
    unit('ubnd-tinh', 'UBND tỉnh'),
    unit('so-noi-vu', 'Sở Nội vụ'),
    unit('so-tu-phap', 'Sở Tư pháp'),
    { ...unit('xa-a', 'UBND xã A', { validFrom: '2025-07-01' }), kind: 'commune-committee' as const },
    { ...unit('xa-b', 'UBND xã B', { validFrom: '2025-07-01', validTo: '2026-06-30' }), kind: 'commune-committee' as const },
  ],
  unitGroups: [
    { id: 'so-nganh', name: { vi: 'Các sở, ngành', en: 'Departments' }, members: ['so-noi-vu', 'so-tu-phap'] },
    { id: 'ubnd-xa', name: { vi: 'UBND các xã, phường', en: 'Commune committees' }, members: ['xa-a', 'xa-b'] },
  ],
  obligations: [
    {
      id: 'bc-quy',
      title: { vi: 'Báo cáo quý', en: 'Quarterly report' },
      period: 'quarterly',
      year: 2026,
      deadline: { kind: 'day-of-month', day: 15, month: 'last-of-period', semantics: 'before', text: 'trước ngày 15 của tháng cuối quý' },
      dataWindow: { preset: 'nd09-quarterly' },
      owedBy: ['so-nganh', 'ubnd-xa'],
      recipient: 'ubnd-tinh',
      via: 'so-noi-vu',
      source: 'III.2',
    },
    {
      id: 'bc-9-thang',
      title: { vi: 'Báo cáo 9 tháng', en: 'Nine-month report' },
      period: 'nine-month',
      year: 2026,
      deadline: { kind: 'after-period', days: 5, count: 'working', semantics: 'inclusive', text: 'chậm nhất 5 ngày làm việc sau khi kết thúc kỳ' },
      dataWindow: { from: '2025-12-15', to: '2026-09-14' },
      owedBy: ['so-nganh'],
      recipient: 'ubnd-tinh',
      source: 'III.2',
    },
    {
      id: 'bc-thang',
      title: { vi: 'Báo cáo tháng', en: 'Monthly report' },
      period: 'monthly',
      year: 2026,
      indexes: [8, 12, 3],
      deadline: { kind: 'after-period', days: 3, count: 'working', semantics: 'inclusive', text: 'chậm nhất 03 ngày làm việc sau khi kết thúc tháng' },
      owedBy: ['ubnd-xa'],
      recipient: 'so-noi-vu',
      source: 'III.3',
    },
    {
      id: 'bc-dot-xuat',
      title: { vi: 'Báo cáo đột xuất về sáp nhập', en: 'One-off report on the merger' },
      period: 'one-off',
      year: 2026,
      deadline: { date: '2026-07-10', semantics: 'inclusive', text: 'chậm nhất ngày 10/7/2026' },
      owedBy: ['ubnd-xa'],
      recipient: 'so-noi-vu',
      source: 'III.4',
    },
  ],
};
