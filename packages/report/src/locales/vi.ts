import type { FieldLabels, Locale, MessageParams, ReportCatalogue } from './codes';

// Every message names the field («…») and says what to do, in words that fit what the
// field holds: a count, a percentage, a year, a date, a document number, an id from
// the plan, a name or free text (the `kind` param of structural messages).
const _p = (p: MessageParams, k: string): string => (Object.prototype.hasOwnProperty.call(p, k) ? String(p[k]) : '');
const _f = (p: MessageParams): string => `«${_p(p, 'field')}»`;
// Digit grouping of a whole number (1000000000 → "1.000.000.000"), without a regex:
// the input guard's messages run no regex.
const _n = (p: MessageParams, k: string): string => {
  const s = _p(p, k);
  let out = '';
  for (let i = 0; i < s.length; i++) out += (i > 0 && (s.length - i) % 3 === 0 ? '.' : '') + s[i];
  return out;
};

/** What to enter, by field kind. */
const _ASK: Readonly<Record<string, string>> = {
  count: 'nhập số, ví dụ 12 (ghi 0 nếu không phát sinh)',
  percent: 'nhập tỷ lệ phần trăm từ 0 đến 100, ví dụ 92,5',
  year: 'nhập năm, ví dụ 2021',
  'period-index': 'nhập số tháng (1–12) hoặc số quý (1–4)',
  date: 'nhập ngày dạng NNNN-TT-NN, ví dụ 2021-11-01',
  'document-number': 'nhập số, ký hiệu dạng 05/BC-SNV',
  id: 'chọn mã trong danh sách của kế hoạch',
  name: 'nhập nội dung',
  text: 'nhập nội dung',
  choice: 'chọn một giá trị trong danh sách',
  list: 'nhập danh sách',
  group: 'nhập các mục của phần này',
};
const _ask = (p: MessageParams): string => _ASK[_p(p, 'kind')] ?? 'nhập giá trị';

// The month or quarter of a report: wrong type, too small or too big, one answer.
const _idx = (p: MessageParams): string => `${_f(p)} phải là ${_ask(p).slice(5)}.`;

function _type(p: MessageParams): string {
  switch (_p(p, 'kind')) {
    case 'count':
      return `${_f(p)} phải là số nguyên không âm, không có phần thập phân: ${_ask(p)}.`;
    case 'percent':
      return `${_f(p)} phải là một số: ${_ask(p)}.`;
    case 'year':
      return `${_f(p)} phải là năm viết bằng chữ số: ${_ask(p)}.`;
    case 'period-index':
      return _idx(p);
    case 'list':
      return `${_f(p)} phải là một danh sách (mảng JSON): ${_ask(p)}.`;
    case 'group':
      return `${_f(p)} phải là một nhóm trường (đối tượng JSON): ${_ask(p)}.`;
    default:
      return `${_f(p)} phải là chữ (chuỗi ký tự): ${_ask(p)}.`;
  }
}

function _small(p: MessageParams): string {
  switch (_p(p, 'kind')) {
    case 'count':
      return `${_f(p)} không được là số âm: nhập số từ ${_n(p, 'limit')} trở lên (ghi 0 nếu không phát sinh).`;
    case 'year':
      return `${_f(p)} phải từ năm ${_p(p, 'limit')} trở về sau: kiểm tra lại năm.`;
    case 'period-index':
      return _idx(p);
    case 'list':
      return `${_f(p)} cần ít nhất ${_n(p, 'limit')} mục: thêm mục.`;
    default:
      return `${_f(p)} không được để trống: ${_ask(p)}.`;
  }
}

function _big(p: MessageParams): string {
  switch (_p(p, 'kind')) {
    case 'count':
      return `${_f(p)} quá lớn (tối đa ${_n(p, 'limit')}): kiểm tra lại số liệu.`;
    case 'year':
      return `${_f(p)} phải từ năm ${_p(p, 'limit')} trở về trước: kiểm tra lại năm.`;
    case 'period-index':
      return _idx(p);
    case 'list':
      return `${_f(p)} có quá ${_n(p, 'limit')} mục: bớt mục.`;
    case 'date':
      return `${_f(p)} dài quá ${_n(p, 'limit')} ký tự: ${_ask(p)}.`;
    case 'document-number':
      return `${_f(p)} dài quá ${_n(p, 'limit')} ký tự: ${_ask(p)}.`;
    default:
      return `${_f(p)} dài quá ${_n(p, 'limit')} ký tự: rút gọn nội dung.`;
  }
}

const _labels: FieldLabels = {
  task: (id) => `Nhiệm vụ ${id}`,
  indicator: (id) => `Chỉ tiêu ${id}`,
  recipient: (n) => `Nơi nhận, dòng ${n}`,
  model: (n) => `Mô hình "Dân vận khéo" thứ ${n}`,
  hintPrefix: 'Cách sửa',
  root: 'Toàn bộ báo cáo',
  unnamed: (pointer) => `trường ${pointer}`,
};

const _messages: Locale['messages'] = {
  'input.json-syntax': (p) => `Dữ liệu không phải JSON hợp lệ (${_p(p, 'detail')}): kiểm tra dấu ngoặc, dấu phẩy và dấu nháy.`,
  'input.too-large': (p) => `Dữ liệu quá lớn (tối đa ${_n(p, 'limit')} byte UTF-8): chia nhỏ hoặc rút gọn.`,
  'input.too-deep': (p) => `${_f(p)} lồng quá sâu (tối đa ${_p(p, 'limit')} cấp): bỏ các đối tượng lồng thừa.`,
  'input.string-too-long': (p) => `${_f(p)} có chuỗi ký tự hoặc tên trường dài quá ${_n(p, 'limit')} ký tự: rút gọn.`,
  'input.array-too-long': (p) => `${_f(p)} có quá ${_n(p, 'limit')} mục: bớt mục.`,
  'input.too-many-keys': (p) => `${_f(p)} có quá ${_n(p, 'limit')} trường: bỏ các trường thừa.`,
  'input.too-many-values': (p) => `Dữ liệu có quá ${_n(p, 'limit')} giá trị: rút gọn.`,
  'schema.required': (p) => `Thiếu ${_f(p)}: ${_ask(p)}.`,
  'schema.type': _type,
  'schema.enum': (p) => `${_f(p)} phải là một trong các giá trị: ${_p(p, 'values')}.`,
  'schema.unknown-field': (p) => `${_f(p)} không có trong mẫu báo cáo của kế hoạch: xóa trường này hoặc sửa tên, mã cho đúng.`,
  'schema.too-small': _small,
  'schema.too-big': _big,
  'schema.blank': (p) => `${_f(p)} chỉ có khoảng trắng: nhập nội dung hoặc bỏ trường này.`,
  'schema.invalid': (p) => `${_f(p)} không hợp lệ: ${_ask(p)}.`,
  'report.plan-mismatch': (p) => `${_f(p)} khác với kế hoạch dùng để kiểm tra ("${_p(p, 'planId')}"): sửa mã kế hoạch hoặc kiểm tra theo đúng kế hoạch.`,
  'report.unit-unknown': (p) => `${_f(p)} không có trong danh sách đơn vị của kế hoạch: chọn mã đơn vị trong danh sách.`,
  'report.period-not-required': (p) => `Kế hoạch không yêu cầu báo cáo cho ${_f(p)} và năm này: chọn kỳ và năm có trong các nghĩa vụ báo cáo của kế hoạch.`,
  'report.obligation-unknown': (p) => `${_f(p)} không có trong các nghĩa vụ báo cáo của kế hoạch cho kỳ và năm này: chọn nghĩa vụ trong danh sách.`,
  'report.period-index-required': (p) => `Thiếu ${_f(p)}: kế hoạch yêu cầu báo cáo từng tháng hoặc quý, chọn tháng hoặc quý của báo cáo.`,
  'report.period-index-unknown': (p) => `${_f(p)} không phải kỳ kế hoạch yêu cầu: chọn tháng hoặc quý của nghĩa vụ báo cáo (báo cáo năm, 6 tháng, 9 tháng thì bỏ trường này).`,
  'report.obligation-required': (p) => `Thiếu ${_f(p)}: kế hoạch có nhiều nghĩa vụ báo cáo cùng kỳ và năm này, chọn nghĩa vụ mà báo cáo này trả lời.`,
  'report.unit-not-obliged': (p) => `Kế hoạch không giao ${_f(p)} này nộp báo cáo kỳ này: kiểm tra lại đơn vị báo cáo.`,
  'report.late': (p) => `Báo cáo nộp muộn (hạn nộp ${_p(p, 'deadline')}): nộp ngay; nếu đã gửi đúng hạn qua đường khác, báo cho cơ quan tổng hợp.`,
  'final.missing-field': (p) => `Thiếu ${_f(p)} — bắt buộc khi nộp chính thức: nhập trước khi nộp (bản nháp được để trống).`,
  'document.number-agency': (p) => `${_f(p)} không mang chữ viết tắt tên cơ quan của đơn vị báo cáo: sửa phần sau "BC-" (ví dụ 05/BC-SNV).`,
  'document.date-invalid': (p) => `${_f(p)} không phải ngày có thật viết dạng NNNN-TT-NN từ năm ${_p(p, 'from')} đến ${_p(p, 'to')}: nhập ví dụ 2021-11-01.`,
  'document.date-before-period': (p) => `${_f(p)} trước ngày bắt đầu kỳ báo cáo: kiểm tra lại ngày ban hành và kỳ báo cáo.`,
  'document.date-in-future': (p) => `${_f(p)} ở sau hôm nay: nhập ngày ban hành thực tế.`,
  'document.recipient-missing': (p) => `${_f(p)} thiếu ${_p(p, 'names')} (theo mục ${_p(p, 'source')} của kế hoạch): thêm vào nơi nhận.`,
  'document.copy-missing': (p) => `${_f(p)} thiếu ${_p(p, 'names')}, đơn vị phải được gửi báo cáo (theo mục ${_p(p, 'source')} của kế hoạch): thêm vào nơi nhận.`,
  'document.recipient-unknown': (p) => `${_f(p)} có mã đơn vị không có trong kế hoạch: dùng mã trong danh sách đơn vị của kế hoạch.`,
  'signer.on-behalf-required': (p) => `${_f(p)} phải ghi khi ký KT./TL./TUQ./TM./Q.: với "KT. GIÁM ĐỐC" thì nhập "GIÁM ĐỐC".`,
  'signer.on-behalf-unexpected': (p) => `Người đứng đầu ký trực tiếp thì không ghi ${_f(p)}: bỏ trường này hoặc chọn đúng thẩm quyền ký.`,
  'signer.kt-deputy': (p) => `Ký thay (KT.) là cấp phó ký thay cấp trưởng nên ${_f(p)} thường là "Phó …": kiểm tra chức vụ người ký hoặc thẩm quyền ký.`,
  'task.results-required': (p) => `${_f(p)} còn trống trong khi nhiệm vụ đã hoặc đang thực hiện: nêu kết quả đạt được, hoặc đổi tình trạng.`,
  'task.reason-required': (p) => `${_f(p)} còn trống trong khi nhiệm vụ chưa thực hiện hoặc không thuộc phạm vi: nêu lý do.`,
  'task.missing': (p) => `Chưa chọn ${_f(p)} (nhiệm vụ được giao cho đơn vị): chọn tình trạng thực hiện.`,
  'task.not-assigned': (p) => `${_f(p)} không được giao cho đơn vị này: bỏ nhiệm vụ này, hoặc kiểm tra «Đơn vị báo cáo».`,
  'indicator.part-exceeds-total': (p) => `${_f(p)} lớn hơn «${_p(p, 'total')}»: số thành phần không thể lớn hơn tổng, kiểm tra lại hai số liệu.`,
  'indicator.parts-exceed-total': (p) => `Tổng của ${_p(p, 'parts')} lớn hơn «${_p(p, 'total')}»: các phần tách biệt của một tổng không thể cộng lại lớn hơn tổng, kiểm tra lại số liệu.`,
  'indicator.models-mismatch': (p) => `${_f(p)} khác số mô hình "${_p(p, 'stage')}" trong danh sách «Mô hình "Dân vận khéo"»: kiểm tra lại số liệu hoặc danh sách.`,
  'indicator.percent-range': (p) => `${_f(p)} là tỷ lệ phần trăm: nhập số từ 0 đến 100.`,
  'indicator.not-in-period': (p) => `${_f(p)} chỉ báo cáo trong kỳ ${_p(p, 'periods')}: bỏ chỉ tiêu này trong báo cáo kỳ này.`,
  'indicator.missing': (p) => `Thiếu ${_f(p)} (kế hoạch yêu cầu): nhập số liệu, ghi 0 nếu không phát sinh.`,
  'document.number-format': (p) => `${_f(p)} không đúng dạng của Nghị định 30/2020/NĐ-CP <số>/BC-<cơ quan>[-<đơn vị soạn thảo>]: viết ví dụ 05/BC-SNV hoặc 12/BC-UBND.`,
  'text.not-nfc': (p) => `${_f(p)} chưa ở dạng Unicode dựng sẵn (NFC), dấu tiếng Việt bị tách rời: dán lại từ trình soạn thảo dùng Unicode dựng sẵn.`,
  'text.legacy-encoding': (p) => `${_f(p)} có vẻ gõ bằng bảng mã cũ ${_p(p, 'encoding')}, không phải Unicode: chuyển mã sang Unicode (ví dụ bằng UniKey) rồi dán lại.`,
};

const _hints: Locale['hints'] = {
  'input.json-syntax': 'Kiểm tra dấu ngoặc, dấu phẩy và dấu nháy trong tệp JSON.',
  'input.too-large': 'Chia nhỏ hoặc rút gọn dữ liệu.',
  'input.too-deep': 'Báo cáo chỉ có vài cấp lồng nhau; bỏ các đối tượng lồng thừa.',
  'input.string-too-long': 'Rút gọn nội dung.',
  'input.array-too-long': 'Bớt số phần tử trong danh sách.',
  'input.too-many-keys': 'Bỏ các trường thừa.',
  'input.too-many-values': 'Rút gọn dữ liệu.',
  'schema.required': 'Nhập giá trị cho trường này.',
  'schema.type': 'Nhập đúng loại giá trị: số viết bằng chữ số, chữ, danh sách.',
  'schema.enum': 'Chọn một trong các giá trị được liệt kê.',
  'schema.unknown-field': 'Xóa trường này hoặc sửa lại tên, mã cho đúng với kế hoạch.',
  'schema.too-small': 'Nhập số không âm, hoặc nhập nội dung.',
  'schema.too-big': 'Nhập số nhỏ hơn, hoặc rút gọn nội dung.',
  'schema.blank': 'Nhập nội dung hoặc bỏ trường này.',
  'schema.invalid': 'Sửa lại giá trị.',
  'report.plan-mismatch': 'Kiểm tra báo cáo theo đúng kế hoạch, hoặc sửa mã kế hoạch.',
  'report.unit-unknown': 'Chọn mã đơn vị trong danh sách đơn vị của kế hoạch.',
  'report.period-not-required': 'Chọn kỳ và năm có trong các nghĩa vụ báo cáo của kế hoạch.',
  'report.obligation-unknown': 'Chọn nghĩa vụ báo cáo trong danh sách của kế hoạch.',
  'report.period-index-required': 'Chọn tháng hoặc quý của báo cáo.',
  'report.period-index-unknown': 'Chọn tháng hoặc quý có trong nghĩa vụ báo cáo.',
  'report.obligation-required': 'Chọn nghĩa vụ báo cáo mà báo cáo này trả lời.',
  'report.unit-not-obliged': 'Kiểm tra lại đơn vị báo cáo.',
  'report.late': 'Nộp ngay; nếu đã nộp đúng hạn qua đường khác, ghi chú cho cơ quan tổng hợp.',
  'final.missing-field': 'Nhập trường này trước khi nộp chính thức (bản nháp được để trống).',
  'document.number-agency': 'Sửa phần sau "BC-" thành chữ viết tắt tên cơ quan của đơn vị (ví dụ 05/BC-SNV).',
  'document.date-invalid': 'Nhập ngày dạng NNNN-TT-NN, ví dụ 2021-11-01.',
  'document.date-before-period': 'Kiểm tra lại ngày ban hành và kỳ báo cáo.',
  'document.date-in-future': 'Nhập ngày ban hành thực tế (không sau hôm nay).',
  'document.recipient-missing': 'Thêm cơ quan nhận báo cáo vào nơi nhận.',
  'document.copy-missing': 'Thêm đơn vị này vào nơi nhận.',
  'document.recipient-unknown': 'Dùng mã đơn vị trong danh sách đơn vị của kế hoạch.',
  'signer.on-behalf-required': 'Ghi chức vụ người đứng đầu sau thẩm quyền ký, ví dụ KT. GIÁM ĐỐC.',
  'signer.on-behalf-unexpected': 'Bỏ phần chức vụ sau thẩm quyền ký, hoặc chọn đúng thẩm quyền ký.',
  'signer.kt-deputy': 'Kiểm tra chức vụ người ký hoặc thẩm quyền ký.',
  'task.results-required': 'Nêu kết quả đã đạt được, hoặc đổi tình trạng.',
  'task.reason-required': 'Nêu lý do chưa thực hiện hoặc không thuộc phạm vi.',
  'task.missing': 'Chọn tình trạng thực hiện cho nhiệm vụ này.',
  'task.not-assigned': 'Bỏ nhiệm vụ này nếu đơn vị không được giao, hoặc kiểm tra mã đơn vị.',
  'indicator.part-exceeds-total': 'Kiểm tra lại hai số liệu: số thành phần không thể lớn hơn tổng.',
  'indicator.parts-exceed-total': 'Kiểm tra lại các số liệu: các phần cộng lại không thể lớn hơn tổng.',
  'indicator.models-mismatch': 'Kiểm tra lại số liệu hoặc danh sách mô hình.',
  'indicator.percent-range': 'Nhập tỷ lệ từ 0 đến 100.',
  'indicator.not-in-period': 'Bỏ chỉ tiêu này trong báo cáo kỳ này.',
  'indicator.missing': 'Nhập số liệu (ghi 0 nếu không phát sinh).',
  'document.number-format': 'Viết theo dạng 05/BC-SNV hoặc 12/BC-UBND.',
  'text.not-nfc': 'Dán lại văn bản từ trình soạn thảo dùng Unicode dựng sẵn, hoặc chuẩn hóa NFC.',
  'text.legacy-encoding': 'Chuyển mã văn bản sang Unicode (ví dụ bằng UniKey) rồi dán lại.',
};

/**
 * Tiếng Việt — Vietnamese messages, fix hints and field labels (the default
 * language): all a validator and `formatIssues` need.
 */
export const vi: Locale = { messages: _messages, hints: _hints, labels: _labels };

/**
 * Danh mục tiếng Việt cho trang web — the Vietnamese messages and field words without
 * the generic fix hints (the messages say what to do): what a browser form page ships.
 */
export const viCatalogue: ReportCatalogue = { messages: _messages, labels: _labels };
