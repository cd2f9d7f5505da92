/**
 * Chữ giao diện tiếng Việt — the form's own words in Vietnamese (labels the plan
 * does not supply, buttons, headings, and the messages of the form's own input
 * parsing: a count, a percentage, a date). Every rule's message comes from
 * `validateReport`. The English words are a separate module (`ui-en.ts`) that a
 * browser page loads only when the user switches language. `{name}` placeholders
 * are filled per use.
 */
export const uiVi = {
  formTitle: 'Báo cáo kết quả thực hiện công tác dân vận chính quyền',
  heading: '{title} {period}',
  deadline: 'Hạn nộp',
  example: 'Ví dụ: {x}',
  sectionDocumentHelp: 'Số, ký hiệu và thể thức theo Nghị định 30/2020/NĐ-CP về công tác văn thư.',
  documentNumberHelp: 'Dạng số/BC-chữ viết tắt tên cơ quan.',
  dateHelp: 'Ngày/tháng/năm (dd/mm/yyyy).',
  signerOnBehalfOfHelp: 'Ví dụ: GIÁM ĐỐC, CHỦ TỊCH.',
  recipientsHelp: 'Chọn các cơ quan nhận báo cáo theo kế hoạch.',
  task: 'Nhiệm vụ {id}',
  taskFullText: 'Toàn văn nhiệm vụ {id}',
  taskTextLoading: 'Đang tải…',
  taskTextRetry: 'Chưa tải được toàn văn: tải lại',
  due: 'Thời hạn: {due}',
  taskResultsHelp: 'Việc đã làm, số liệu, văn bản đã ban hành.',
  taskReasonHelp: 'Nêu lý do và hướng khắc phục.',
  indicatorMandatedPlan: 'Kế hoạch yêu cầu.',
  indicatorMandatedKit: 'Chỉ tiêu gợi ý của bộ công cụ.',
  sectionModelsHelp: 'Mỗi mô hình một dòng: tên, lĩnh vực, tập thể hay cá nhân, đăng ký hay đã được công nhận.',
  modelItem: 'Mô hình {n}',
  modelAdd: 'Thêm mô hình',
  modelRemove: 'Xóa mô hình {n}',
  sectionClosing: 'Khó khăn, kiến nghị và phương hướng',
  // The form's own input messages ({label}: the field, {text}: what was typed).
  countInvalid: '“{label}” là số đếm: nhập số nguyên không âm, ví dụ 1250 hoặc 1.250 (không nhập chữ).',
  countNotWhole: '“{label}” là số đếm nên phải là số nguyên: “{text}” đọc là {reading} (dấu phẩy là dấu thập phân). Nếu là số nghìn, viết 1.250 hoặc 1250.',
  countNegative: '“{label}” là số đếm, không thể âm: nhập 0 nếu không phát sinh.',
  percentInvalid: '“{label}” là tỷ lệ phần trăm: nhập số từ 0 đến 100, phần thập phân sau dấu phẩy, ví dụ 85 hoặc 85,5.',
  dateInvalid: '“{label}”: nhập ngày theo dạng ngày/tháng/năm, năm đủ 4 chữ số, ví dụ 05/10/2021.',
  dateImpossible: '“{label}”: ngày {text} không có trong lịch (tháng {month} năm {year} có {days} ngày).',
  // Renderer chrome.
  langSwitch: 'English',
  langSwitchLabel: 'Switch to English',
  submit: 'Gửi báo cáo',
  saveDraftNote: 'Bản nháp được lưu tự động trên máy này.',
  draftRestored: 'Đã khôi phục bản nháp lưu lúc {time}.',
  draftClear: 'Xóa bản nháp',
  draftConfirm: 'Xóa toàn bộ nội dung đã nhập của báo cáo này?',
  draftCleared: 'Đã xóa bản nháp.',
  draftUndo: 'Hoàn tác',
  draftUndone: 'Đã khôi phục nội dung vừa xóa.',
  summaryTitle: 'Báo cáo còn {n} lỗi cần sửa',
  summaryWarnings: 'Lưu ý',
  requiredMark: '(bắt buộc)',
  submitted: 'Đã gửi báo cáo.',
  submitting: 'Đang gửi…',
  submitFailed: 'Gửi không thành công (mã {status}). Bản nháp vẫn được giữ.',
  networkFailed: 'Không kết nối được máy chủ. Bản nháp vẫn được giữ.',
  otherProblem: 'Toàn bộ báo cáo',
};

/** Khóa chữ giao diện — a key of the form's own words. */
export type UiKey = keyof typeof uiVi;
