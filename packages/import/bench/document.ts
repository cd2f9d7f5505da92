// A 30-page plan document for the benchmark: the layout of a provincial plan
// (header, basis, goals, 10 content areas with bullets, implementation with
// reporting deadlines, recipients, signature, an appendix task table), Times New
// Roman 14 pt on A4 as offices type them. Text is generated, not a real plan.
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

const SENTENCES = [
  'tăng cường công tác tuyên truyền, phổ biến, giáo dục pháp luật cho cán bộ, công chức, viên chức và Nhân dân trên địa bàn',
  'nâng cao chất lượng giải quyết thủ tục hành chính, bảo đảm công khai, minh bạch, đúng hạn và thuận lợi cho người dân, doanh nghiệp',
  'thực hiện nghiêm quy chế dân chủ trong hoạt động của cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập',
  'chủ động nắm tình hình, giải quyết kịp thời những kiến nghị hợp pháp, chính đáng của Nhân dân ngay từ cơ sở',
  'xây dựng và nhân rộng các mô hình “Dân vận khéo” gắn với thực hiện nhiệm vụ chính trị của cơ quan, đơn vị, địa phương',
  'kiểm tra, đánh giá việc thực hiện công tác dân vận chính quyền, kịp thời biểu dương, khen thưởng tập thể, cá nhân tiêu biểu',
];

const run = (text: string, bold = false) => new TextRun({ text, bold, font: 'Times New Roman', size: 28 });
const p = (text: string, bold = false) => new Paragraph({ spacing: { after: 120, line: 300 }, children: [run(text, bold)] });

/** Builds the benchmark document; `areas` sets its length (11 areas: 30 pages). */
export async function benchmarkDocx(areas = 11, bulletsPerArea = 9): Promise<Uint8Array> {
  const children: Array<Paragraph | Table> = [
    p('ỦY BAN NHÂN DÂN', true),
    p('TỈNH THỬ NGHIỆM', true),
    p('Số: 99/KH-UBND'),
    p('Thử Nghiệm, ngày 10 tháng 01 năm 2026'),
    p('KẾ HOẠCH', true),
    p('Thực hiện công tác dân vận chính quyền năm 2026', true),
    p('Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:'),
    p('I. MỤC ĐÍCH, YÊU CẦU', true),
    p('1. Mục đích', true),
    ...SENTENCES.map((s) => p(`- Tiếp tục ${s}.`)),
    p('II. NỘI DUNG, NHIỆM VỤ', true),
  ];
  for (let a = 1; a <= areas; a++) {
    children.push(p(`${a}. Nội dung thứ ${a}: ${SENTENCES[a % SENTENCES.length]}`, true));
    for (let b = 0; b < bulletsPerArea; b++) {
      const s = SENTENCES.map((_, k) => SENTENCES[(a + b + k) % SENTENCES.length]).slice(0, 4).join('; ');
      children.push(p(`- Các sở, ban, ngành, Ủy ban nhân dân các xã, phường ${s}; thực hiện theo Chỉ thị số ${10 + b}/CT-UBND ngày 0${1 + (b % 9)}/3/2025 của Ủy ban nhân dân tỉnh.`));
    }
  }
  children.push(
    p('III. TỔ CHỨC THỰC HIỆN', true),
    p('1. Các sở, ban, ngành, Ủy ban nhân dân các xã, phường triển khai thực hiện; báo cáo kết quả định kỳ hằng quý trước ngày 15 của tháng cuối quý và báo cáo năm trước ngày 20/11/2026 về Ủy ban nhân dân tỉnh (qua Sở Nội vụ).'),
    p('2. Giao Sở Nội vụ chủ trì theo dõi, đôn đốc, kiểm tra, tổng hợp, báo cáo Ủy ban nhân dân tỉnh./.'),
    p('Nơi nhận:', true),
    p('- Các sở, ban, ngành;'),
    p('- Lưu: VT.'),
    p('KT. CHỦ TỊCH', true),
    p('PHÓ CHỦ TỊCH', true),
    p('Nguyễn Văn Thử', true),
    p('PHỤ LỤC', true),
  );
  const cell = (t: string) => new TableCell({ children: [p(t)] });
  const rows = [new TableRow({ children: ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'].map(cell) })];
  for (let r = 1; r <= 40; r++) rows.push(new TableRow({ children: [String(r), `Nhiệm vụ ${r}: ${SENTENCES[r % SENTENCES.length]}`, 'Sở Nội vụ', 'Các sở, ban, ngành', `Quý ${['I', 'II', 'III', 'IV'][r % 4]}/2026`].map(cell) }));
  children.push(new Table({ rows }));
  const doc = new Document({ sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } }, children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
