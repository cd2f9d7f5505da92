// Test document: a provincial plan whose tasks are in an appendix table (the
// usual Word layout: header and signature laid out in borderless tables, a body
// that refers to the appendix, the appendix a table with group rows I/II/III).
// A fictional province; wording follows provincial plans of this kind.
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

const p = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
const cell = (lines: string[], bold = false, span = 1) =>
  new TableCell({ columnSpan: span, children: lines.map((l) => p(l, bold)), width: { size: 100 / 6, type: WidthType.PERCENTAGE } });

export async function lamSon2025Docx(): Promise<Uint8Array> {
  const header = new Table({
    rows: [
      new TableRow({
        children: [
          cell(['ỦY BAN NHÂN DÂN', 'TỈNH LAM SƠN', '-------', 'Số: 112/KH-UBND'], true),
          cell(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '---------------', 'Lam Sơn, ngày 15 tháng 02 năm 2025'], true),
        ],
      }),
    ],
  });
  const signature = new Table({
    rows: [
      new TableRow({
        children: [
          cell(['Nơi nhận:', '- Ban Dân vận Tỉnh ủy;', '- Chủ tịch, các PCT UBND tỉnh;', '- Các sở, ban, ngành;', '- UBND các huyện, thành phố;', '- Lưu: VT, NC.']),
          cell(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Lê Thị Hoa'], true),
        ],
      }),
    ],
  });
  const head = ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'];
  const row = (cells: string[]) => new TableRow({ children: cells.map((c) => cell(c.split('\n'))) });
  const group = (no: string, title: string) => new TableRow({ children: [cell([no], true), cell([title], true, 5)] });
  const appendix = new Table({
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h) => cell([h], true)) }),
      group('I', 'Công tác tuyên truyền, nâng cao nhận thức'),
      row(['1', 'Tuyên truyền, phổ biến Luật Thực hiện dân chủ ở cơ sở và các văn bản hướng dẫn thi hành', 'Sở Tư pháp', 'Sở Thông tin và Truyền thông; Ủy ban nhân dân các huyện, thành phố', 'Quý II/2025', 'Hội nghị, tài liệu tuyên truyền']),
      row(['2', 'Đưa tin, bài về phong trào thi đua “Dân vận khéo” trên các phương tiện thông tin đại chúng', 'Sở Thông tin và Truyền thông', 'Báo Lam Sơn;\nĐài Phát thanh và Truyền hình tỉnh', 'Thường xuyên', 'Tin, bài']),
      group('II', 'Nâng cao chất lượng phục vụ Nhân dân'),
      row(['3', 'Khảo sát, đánh giá mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước', 'Sở Nội vụ', 'Các sở, ban, ngành; UBND các huyện, thành phố', 'Trước 30/10/2025', 'Báo cáo kết quả khảo sát']),
      row(['4', 'Tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân', 'UBND các huyện, thành phố', 'Ủy ban MTTQ Việt Nam tỉnh', 'Trong năm 2025', 'Hội nghị đối thoại']),
      group('III', 'Thực hiện dân chủ ở cơ sở'),
      row(['5', 'Kiểm tra việc thực hiện dân chủ ở cơ sở tại một số cơ quan, đơn vị, địa phương', 'Sở Nội vụ', 'Ban Dân vận Tỉnh ủy', 'Quý III/2025', 'Thông báo kết quả kiểm tra']),
    ],
  });
  const doc = new Document({
    sections: [
      {
        children: [
          header,
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'KẾ HOẠCH', bold: true })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'Thực hiện công tác dân vận chính quyền năm 2025', bold: true })] }),
          p('Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở;'),
          p('Thực hiện Kế hoạch số 25-KH/TU ngày 10/01/2025 của Ban Thường vụ Tỉnh ủy về công tác dân vận năm 2025;'),
          p('Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện công tác dân vận chính quyền năm 2025 như sau:'),
          p('I. MỤC ĐÍCH, YÊU CẦU', true),
          p('1. Mục đích', true),
          p('- Nâng cao nhận thức, trách nhiệm của cơ quan hành chính nhà nước, cán bộ, công chức, viên chức về công tác dân vận chính quyền.'),
          p('2. Yêu cầu', true),
          p('- Xác định rõ nhiệm vụ, cơ quan chủ trì, thời gian hoàn thành; bảo đảm thiết thực, hiệu quả.'),
          p('II. NHIỆM VỤ, GIẢI PHÁP', true),
          p('Các nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành tại Phụ lục kèm theo Kế hoạch này.'),
          p('III. TỔ CHỨC THỰC HIỆN', true),
          p('1. Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố căn cứ nhiệm vụ được giao tại Phụ lục, xây dựng kế hoạch triển khai thực hiện; định kỳ báo cáo kết quả thực hiện 6 tháng (trước ngày 15/6/2025) và năm (trước ngày 15/11/2025) về Ủy ban nhân dân tỉnh (qua Sở Nội vụ).'),
          p('2. Sở Nội vụ chủ trì, theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Ban Dân vận Tỉnh ủy theo quy định.'),
          p('3. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định./.'),
          signature,
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'PHỤ LỤC', bold: true })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'NHIỆM VỤ THỰC HIỆN CÔNG TÁC DÂN VẬN CHÍNH QUYỀN NĂM 2025', bold: true })] }),
          p('(Kèm theo Kế hoạch số 112/KH-UBND ngày 15/02/2025 của Ủy ban nhân dân tỉnh)'),
          appendix,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
