// Test fixture: complete reports for any plan, written the way a unit's office writes them
// (figures, quoted model names, every Vietnamese letter form), so the documents are tested on
// texts none of the writers wrote for them. Fictional people; figures vary with `seed`.
import { type Plan, findUnit, obligationIndexes, tasksForUnit } from '@dvcq/core';

/** What to generate. */
export interface FixtureReportOptions {
  period: string;
  year: number;
  periodIndex?: number;
  /** Running number of the document (→ "07/BC-SNV"). */
  number: number;
  /** Document date `YYYY-MM-DD`. */
  date: string;
  seed?: number;
}

const NAMES = ['Bùi Thị Hường', 'Đặng Quốc Khánh', 'Hoàng Văn Lực', 'Trịnh Thị Ngọc Ánh', 'Lê Đức Thắng', 'Phạm Thị Thu Hà', 'Nguyễn Hữu Nghĩa', 'Vũ Thị Yến'];

const RESULTS = [
  (n: number) =>
    `Tổ chức ${n} hội nghị quán triệt, thu hút ${(n * 137).toLocaleString('vi-VN')} lượt cán bộ, công chức, viên chức tham gia; ban hành ${n + 2} văn bản chỉ đạo, hướng dẫn thực hiện.`,
  (n: number) =>
    `Đã rà soát ${n * 3} thủ tục hành chính, đề xuất đơn giản hóa ${n} thủ tục; tiếp nhận và giải quyết đúng hạn ${(n * 41).toLocaleString('vi-VN')} hồ sơ trên Cổng dịch vụ công.`,
  (n: number) =>
    `Phối hợp với Ủy ban Mặt trận Tổ quốc cùng cấp tổ chức ${n} cuộc đối thoại với Nhân dân; tiếp thu, giải quyết dứt điểm ${n * 4} ý kiến, kiến nghị của cử tri.\nDuy trì mô hình “Ngày thứ Bảy cùng dân” tại các khu dân cư.`,
  (n: number) => `Kiểm tra công vụ ${n} lượt; nhắc nhở ${n % 3} trường hợp chưa chấp hành nghiêm kỷ luật, kỷ cương hành chính.`,
];

/**
 * A complete report of `unitId` for one period: every task of the unit answered (most done,
 * one in progress, one not applicable with its reason), every indicator of the period with
 * consistent figures (parts never exceed their totals), two "Dân vận khéo" models,
 * difficulties, proposals and directions, and the document block (number with the unit's
 * symbol, date, place, signer, the obligation's recipients).
 */
export function fixtureReport(plan: Plan, unitId: string, o: FixtureReportOptions): Record<string, unknown> {
  const seed = o.seed ?? 1;
  const unit = findUnit(plan, unitId);
  if (!unit) throw new Error(`fixture: no unit ${unitId}`);
  const tasks: Record<string, { status: string; results?: string; reason?: string }> = {};
  const own = tasksForUnit(plan, unitId);
  own.forEach((t, i) => {
    const n = ((seed * 7 + i * 5) % 9) + 1;
    if (own.length > 3 && i === own.length - 1) tasks[t.id] = { status: 'not-applicable', reason: 'Đơn vị không có đối tượng thuộc phạm vi nhiệm vụ này trong kỳ báo cáo.' };
    else if (own.length > 2 && i === 1) tasks[t.id] = { status: 'in-progress', results: `Đang triển khai; đã hoàn thành ${n * 10} % khối lượng công việc theo kế hoạch của đơn vị.` };
    else tasks[t.id] = { status: 'done', results: RESULTS[(i + seed) % RESULTS.length]!(n) };
  });
  const indicators: Record<string, number> = {};
  const asked = plan.indicators.filter((i) => i.periods === undefined || (i.periods as readonly string[]).includes(o.period));
  const sums = (plan as Plan & { indicatorSums?: Array<{ parts: string[]; total: string }> }).indicatorSums ?? [];
  const totalOf = (id: string) => sums.find((s) => s.parts.includes(id));
  for (let pass = 0; pass < 4; pass++) {
    for (const ind of asked) {
      if (indicators[ind.id] !== undefined) continue;
      const sum = totalOf(ind.id);
      const parentId = ind.partOf ?? sum?.total;
      if (parentId && asked.some((x) => x.id === parentId) && indicators[parentId] === undefined) continue;
      const parent = parentId ? indicators[parentId] : undefined;
      if (ind.type === 'percent') indicators[ind.id] = 85 + ((seed * 3 + ind.id.length) % 14) + 0.5;
      else if (parent !== undefined) indicators[ind.id] = Math.floor(parent / (sum ? sum.parts.length + 1 : 2));
      else indicators[ind.id] = 1000 + ((seed * 97 + ind.id.length * 13) % 900);
    }
  }
  const committee = unit.kind.endsWith('committee');
  const head = committee ? 'CHỦ TỊCH' : unit.name.vi.startsWith('Thanh tra') ? 'CHÁNH THANH TRA' : unit.name.vi.startsWith('Ban') ? 'TRƯỞNG BAN' : unit.name.vi.startsWith('Văn phòng') ? 'CHÁNH VĂN PHÒNG' : 'GIÁM ĐỐC';
  const ob = plan.obligations.find((x) => x.period === o.period && x.year === o.year);
  const report: Record<string, unknown> = {
    planId: plan.id,
    period: o.period,
    year: o.year,
    unitId,
    document: {
      number: `${String(o.number).padStart(2, '0')}/BC-${unit.symbol ?? 'UBND'}`,
      date: o.date,
      ...(plan.place ? { place: plan.place } : {}),
      signer: { authority: 'KT.', onBehalfOf: head, position: `PHÓ ${head}`, name: NAMES[seed % NAMES.length]! },
      recipients: ob ? [ob.recipient, ...(ob.via ? [ob.via] : []), ...ob.copies] : [],
    },
    tasks,
    indicators,
    models: [
      { name: `Mô hình “Dân vận khéo” trong giải quyết thủ tục hành chính số ${seed}`, field: 'Cải cách hành chính', holder: 'collective', stage: 'registered' },
      { name: 'Cán bộ tận tụy, gần dân, trọng dân', field: 'Tiếp công dân', holder: 'individual', stage: 'recognized' },
    ],
    difficulties: `Biên chế làm công tác dân vận còn mỏng; một số cán bộ kiêm nhiệm nhiều việc.\nKinh phí bảo đảm cho hoạt động đối thoại ở cơ sở còn hạn chế (kỳ này đạt ${50 + seed} % dự toán).`,
    proposals: `Đề nghị Ủy ban nhân dân tỉnh bố trí kinh phí tập huấn kỹ năng dân vận cho ${(1250 + seed).toLocaleString('vi-VN')} lượt cán bộ, công chức cấp xã.`,
    nextDirections: 'Tiếp tục quán triệt, triển khai đầy đủ các nhiệm vụ của Kế hoạch; nâng cao chất lượng tiếp công dân, đối thoại với Nhân dân.',
  };
  if (o.periodIndex !== undefined && ob && obligationIndexes(ob).length > 0) report.periodIndex = o.periodIndex;
  return report;
}
