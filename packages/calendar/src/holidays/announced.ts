/**
 * Lịch nghỉ lễ đã công bố cho cán bộ, công chức, viên chức — announced schedules.
 *
 * Only schedules whose notice we can cite are listed; every other occasion is computed from
 * the Labour Code and marked `estimated`. The notices are addressed to agencies with a
 * Monday–Friday week (cán bộ, công chức, viên chức); enterprises choose their own Tết days.
 */
import type { AnnouncedSchedule } from './types';

const TET = { vi: 'Tết Nguyên đán', en: 'Lunar New Year (Tết)' } as const;
const NATIONAL = { vi: 'Quốc khánh', en: 'National Day' } as const;
const REUNIFICATION = { vi: 'Ngày Chiến thắng (30/4)', en: 'Reunification Day (30 April)' } as const;
const LABOUR = { vi: 'Ngày Quốc tế Lao động (1/5)', en: 'International Labour Day (1 May)' } as const;

const h = (date: string, name: { vi: string; en: string }) => ({ date, name, kind: 'holiday' as const });
const lieu = (date: string, vi: string, en: string) => ({ date, name: { vi, en }, kind: 'in-lieu' as const });
const work = (date: string, vi: string, en: string) => ({ date, name: { vi, en }, kind: 'working-day' as const });

const VPCP_9895 = {
  vi: 'Công văn 9895/VPCP-KGVX ngày 26/11/2020 của Văn phòng Chính phủ (nghỉ Tết Âm lịch và Quốc khánh năm 2021)',
  en: 'Government Office letter 9895/VPCP-KGVX of 26 Nov 2020 (Tết and National Day 2021)',
};
// Days fixed by the Labour Code itself (no yearly notice needed): Điều 112 khoản 1
// lists them, khoản 3 gives a day off in lieu when one falls on a weekly rest day.
const BLLD_2019_112 = {
  vi: 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 — ngày lễ cố định và nghỉ bù khi trùng ngày nghỉ hằng tuần (lịch năm 2021 của cán bộ, công chức)',
  en: 'Labour Code 2019 (45/2019/QH14), Article 112 — fixed holidays and a day in lieu when one falls on a weekly rest day (2021 public-servant schedule)',
};
const VPCP_245 = {
  vi: 'Công văn 245/VPCP-KGVX ngày 11/01/2022 của Văn phòng Chính phủ (nghỉ Tết Nguyên đán Nhâm Dần và Quốc khánh năm 2022)',
  en: 'Government Office letter 245/VPCP-KGVX of 11 Jan 2022 (Tết and National Day 2022)',
};
const VPCP_8056 = {
  vi: 'Công văn 8056/VPCP-KGVX ngày 01/12/2022 của Văn phòng Chính phủ (nghỉ Tết Âm lịch và Quốc khánh năm 2023)',
  en: 'Government Office letter 8056/VPCP-KGVX of 1 Dec 2022 (Tết and National Day 2023)',
};
const TB_5015 = {
  vi: 'Thông báo 5015/TB-LĐTBXH ngày 22/11/2023 của Bộ Lao động – Thương binh và Xã hội (nghỉ Tết Âm lịch và Quốc khánh năm 2024)',
  en: 'Ministry of Labour notice 5015/TB-LĐTBXH of 22 Nov 2023 (Tết and National Day 2024)',
};
const VPCP_2450 = {
  vi: 'Công văn 2450/VPCP-KGVX ngày 12/04/2024 của Văn phòng Chính phủ (hoán đổi ngày làm việc dịp 30/4 và 1/5/2024)',
  en: 'Government Office letter 2450/VPCP-KGVX of 12 Apr 2024 (working-day swap around 30 April – 1 May 2024)',
};
const VPCP_8726 = {
  vi: 'Công văn 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ (nghỉ Tết Âm lịch và một số dịp nghỉ lễ năm 2025)',
  en: 'Government Office letter 8726/VPCP-KGVX of 26 Nov 2024 (Tết and other holidays 2025)',
};

/** Bảng lịch nghỉ đã công bố — the built-in table of announced schedules, by year and occasion. */
export const ANNOUNCED_SCHEDULES: readonly AnnouncedSchedule[] = [
  // 2021 — Tết 10/02–16/02 (29 tháng Chạp – mùng 5) and Quốc khánh 02–03/09 per 9895/VPCP-KGVX;
  // the other days follow the Labour Code directly (1/5 fell on a Saturday → nghỉ bù 03/05).
  { year: 2021, occasion: 'new-year', document: BLLD_2019_112, days: [h('2021-01-01', { vi: 'Tết Dương lịch', en: 'New Year’s Day' })] },
  {
    year: 2021,
    occasion: 'tet',
    document: VPCP_9895,
    days: ['2021-02-10', '2021-02-11', '2021-02-12', '2021-02-13', '2021-02-14', '2021-02-15', '2021-02-16'].map((d) => h(d, TET)),
  },
  { year: 2021, occasion: 'hung-kings', document: BLLD_2019_112, days: [h('2021-04-21', { vi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', en: 'Hùng Kings’ Commemoration (10th day of the 3rd lunar month)' })] },
  {
    year: 2021,
    occasion: 'reunification-labour',
    document: BLLD_2019_112,
    days: [h('2021-04-30', REUNIFICATION), h('2021-05-01', LABOUR), lieu('2021-05-03', 'Nghỉ bù Ngày Quốc tế Lao động (01/05 rơi vào thứ Bảy)', 'Day off in lieu of Labour Day (1 May was a Saturday)')],
  },
  { year: 2021, occasion: 'national-day', document: VPCP_9895, days: [h('2021-09-02', NATIONAL), h('2021-09-03', NATIONAL)] },

  // 2022 — Tết 31/01–04/02 (29 tháng Chạp – mùng 4); Quốc khánh 01–02/09.
  { year: 2022, occasion: 'tet', document: VPCP_245, days: ['2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04'].map((d) => h(d, TET)) },
  { year: 2022, occasion: 'national-day', document: VPCP_245, days: [h('2022-09-01', NATIONAL), h('2022-09-02', NATIONAL)] },

  // 2023 — Tết 20/01–26/01 (29 tháng Chạp – mùng 5): 5 Tết days + 2 days in lieu of the weekend;
  // Quốc khánh 01–04/09 (2/9 a Saturday → nghỉ bù Monday 04/09).
  {
    year: 2023,
    occasion: 'tet',
    document: VPCP_8056,
    days: [
      ...['2023-01-20', '2023-01-21', '2023-01-22', '2023-01-23', '2023-01-24'].map((d) => h(d, TET)),
      lieu('2023-01-25', 'Nghỉ bù Tết Nguyên đán', 'Tết day off in lieu'),
      lieu('2023-01-26', 'Nghỉ bù Tết Nguyên đán', 'Tết day off in lieu'),
    ],
  },
  {
    year: 2023,
    occasion: 'national-day',
    document: VPCP_8056,
    days: [h('2023-09-01', NATIONAL), h('2023-09-02', NATIONAL), lieu('2023-09-04', 'Nghỉ bù Quốc khánh (02/09 rơi vào thứ Bảy)', 'Day off in lieu of National Day (2 Sep was a Saturday)')],
  },

  // 2024 — Tết 08/02–14/02 (29 tháng Chạp – mùng 5): 5 Tết days + 2 in lieu; Quốc khánh 02–03/09
  // (with the weekend 31/08–01/09); 30/4–1/5: Monday 29/04 off, worked back on Saturday 04/05.
  {
    year: 2024,
    occasion: 'tet',
    document: TB_5015,
    days: [
      ...['2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12'].map((d) => h(d, TET)),
      lieu('2024-02-13', 'Nghỉ bù Tết Nguyên đán', 'Tết day off in lieu'),
      lieu('2024-02-14', 'Nghỉ bù Tết Nguyên đán', 'Tết day off in lieu'),
    ],
  },
  {
    year: 2024,
    occasion: 'reunification-labour',
    document: VPCP_2450,
    days: [
      lieu('2024-04-29', 'Nghỉ hoán đổi (làm bù thứ Bảy 04/05/2024)', 'Day off by swap (worked back on Saturday 4 May 2024)'),
      h('2024-04-30', REUNIFICATION),
      h('2024-05-01', LABOUR),
      work('2024-05-04', 'Làm bù cho ngày nghỉ 29/04/2024', 'Working Saturday in exchange for 29 April 2024'),
    ],
  },
  { year: 2024, occasion: 'national-day', document: TB_5015, days: [h('2024-09-02', NATIONAL), h('2024-09-03', NATIONAL)] },

  // 2025 — Tết 27/01–31/01 (28 tháng Chạp – mùng 3) inside a 25/01–02/02 break; 30/4–4/5 with
  // Friday 02/05 swapped for Saturday 26/04; Quốc khánh 01–02/09 (break 30/08–02/09).
  { year: 2025, occasion: 'tet', document: VPCP_8726, days: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'].map((d) => h(d, TET)) },
  {
    year: 2025,
    occasion: 'reunification-labour',
    document: VPCP_8726,
    days: [
      work('2025-04-26', 'Làm bù cho ngày nghỉ 02/05/2025', 'Working Saturday in exchange for 2 May 2025'),
      h('2025-04-30', REUNIFICATION),
      h('2025-05-01', LABOUR),
      lieu('2025-05-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)', 'Day off by swap (worked on Saturday 26 April 2025)'),
    ],
  },
  { year: 2025, occasion: 'national-day', document: VPCP_8726, days: [h('2025-09-01', NATIONAL), h('2025-09-02', NATIONAL)] },
];
