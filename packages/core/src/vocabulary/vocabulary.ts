// Từ vựng chung — the kit's one vocabulary: every closed list a plan, a report, a form,
// an export, the dashboard or the CLI names, defined once as a list `as const` with its
// labels in Vietnamese and English. zod enums, the JSON Schemas, form options, export
// headers and CLI output all read these (docs/architecture.md, "Một bộ từ vựng").
// zod-free on purpose: a browser page or a cold Node start that only needs a label
// loads no schema library.
import type { Message } from '../issues/issue';

/**
 * Loại kỳ báo cáo — the reporting period kinds provinces use: monthly, quarterly,
 * six-month, nine-month, annual, and one-off (đột xuất) reports.
 */
export const PERIOD_KINDS = ['monthly', 'quarterly', 'semiannual', 'nine-month', 'annual', 'one-off'] as const;
/** Loại kỳ báo cáo — one of {@link PERIOD_KINDS}. */
export type PeriodKind = (typeof PERIOD_KINDS)[number];
/** Tên loại kỳ báo cáo — the name of each period kind, as a report title uses it ("Báo cáo quý"). */
export const PERIOD_LABELS: Readonly<Record<PeriodKind, Message>> = {
  monthly: { vi: 'Báo cáo tháng', en: 'Monthly report' },
  quarterly: { vi: 'Báo cáo quý', en: 'Quarterly report' },
  semiannual: { vi: 'Báo cáo 6 tháng', en: 'Six-month report' },
  'nine-month': { vi: 'Báo cáo 9 tháng', en: 'Nine-month report' },
  annual: { vi: 'Báo cáo năm', en: 'Annual report' },
  'one-off': { vi: 'Báo cáo đột xuất', en: 'One-off report' },
};
/** Tên ngắn của kỳ — the period kind as a noun inside a sentence ("kỳ quý", "kỳ 6 tháng"). */
export const PERIOD_NOUNS: Readonly<Record<PeriodKind, Message>> = {
  monthly: { vi: 'tháng', en: 'monthly' },
  quarterly: { vi: 'quý', en: 'quarterly' },
  semiannual: { vi: '6 tháng', en: 'six-month' },
  'nine-month': { vi: '9 tháng', en: 'nine-month' },
  annual: { vi: 'năm', en: 'annual' },
  'one-off': { vi: 'đột xuất', en: 'one-off' },
};
/**
 * Số kỳ trong năm — how many instances a period kind has in a year, and what its index
 * counts: a month (1–12) or a quarter (1–4); `1` for kinds with one instance a year.
 * One-off reports have as many instances as the plan lists obligations.
 */
export const PERIOD_INDEX_MAX: Readonly<Record<PeriodKind, number>> = {
  monthly: 12,
  quarterly: 4,
  semiannual: 1,
  'nine-month': 1,
  annual: 1,
  'one-off': 1,
};

/**
 * Cách hiểu hạn nộp — how a deadline date is read. `before`: "trước ngày X" literally —
 * late from 00:00 of X (UTC+7), last day X−1. `inclusive`: "đến hết ngày X", "chậm nhất
 * ngày X" — X itself is still on time (docs/domain.md, "Hạn nộp").
 */
export const DEADLINE_READINGS = ['before', 'inclusive'] as const;
/** Cách hiểu hạn nộp — one of {@link DEADLINE_READINGS}. */
export type DeadlineSemantics = (typeof DEADLINE_READINGS)[number];
/** Tên cách hiểu hạn nộp — the reading in words. */
export const DEADLINE_READING_LABELS: Readonly<Record<DeadlineSemantics, Message>> = {
  before: { vi: 'Trước ngày ghi (ngày ghi đã là trễ hạn)', en: 'Before the stated day (that day is already late)' },
  inclusive: { vi: 'Đến hết ngày ghi', en: 'Up to and including the stated day' },
};

/**
 * Tình trạng thực hiện nhiệm vụ — how far a unit got with a task: `done` đã thực hiện,
 * `in-progress` đang thực hiện, `not-started` chưa thực hiện, `not-applicable` không
 * thuộc phạm vi của đơn vị.
 */
export const TASK_STATUSES = ['done', 'in-progress', 'not-started', 'not-applicable'] as const;
/** Tình trạng thực hiện nhiệm vụ — one of {@link TASK_STATUSES}. */
export type TaskStatus = (typeof TASK_STATUSES)[number];
/** Tên tình trạng thực hiện — the status as a form option and an export column read it. */
export const TASK_STATUS_LABELS: Readonly<Record<TaskStatus, Message>> = {
  done: { vi: 'Đã thực hiện', en: 'Done' },
  'in-progress': { vi: 'Đang thực hiện', en: 'In progress' },
  'not-started': { vi: 'Chưa thực hiện', en: 'Not started' },
  'not-applicable': { vi: 'Không thuộc phạm vi của đơn vị', en: 'Not applicable to the unit' },
};

/**
 * Thẩm quyền ký — signing authority prefixes of Nghị định 30/2020/NĐ-CP (Điều 13 and
 * Phụ lục I): `TM.` on behalf of a collective body, `KT.` a deputy signing for the head,
 * `TL.` by order, `TUQ.` by authorization, `Q.` acting; `none`: the head signs.
 */
export const SIGNING_AUTHORITIES = ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.', 'none'] as const;
/** Thẩm quyền ký — one of {@link SIGNING_AUTHORITIES}. */
export type SigningAuthority = (typeof SIGNING_AUTHORITIES)[number];
/** Tên thẩm quyền ký — each prefix explained. */
export const SIGNING_AUTHORITY_LABELS: Readonly<Record<SigningAuthority, Message>> = {
  'TM.': { vi: 'TM. — Thay mặt tập thể', en: 'TM. — on behalf of a collective body' },
  'KT.': { vi: 'KT. — Ký thay người đứng đầu', en: 'KT. — a deputy signing for the head' },
  'TL.': { vi: 'TL. — Thừa lệnh', en: 'TL. — by order' },
  'TUQ.': { vi: 'TUQ. — Thừa ủy quyền', en: 'TUQ. — by authorization' },
  'Q.': { vi: 'Q. — Quyền (cấp phó được giao quyền cấp trưởng)', en: 'Q. — acting head' },
  none: { vi: 'Người đứng đầu ký trực tiếp', en: 'The head signs directly' },
};

/**
 * Loại đơn vị — kinds of organisations a plan names. `department`: the provincial Sở,
 * ban, ngành; `district-committee`: the UBND of a district-level unit (huyện, thành phố,
 * thị xã — abolished on 01/7/2025); `commune-committee`: the UBND of a commune-level unit
 * (xã, phường, thị trấn, đặc khu).
 */
export const UNIT_KINDS = [
  'province-committee',
  'province-committee-office',
  'department',
  'district-committee',
  'commune-committee',
  'party-committee',
  'party-body',
  'front-and-mass-organizations',
  'leadership',
  'other',
] as const;
/** Loại đơn vị — one of {@link UNIT_KINDS}. */
export type OrgUnitKind = (typeof UNIT_KINDS)[number];
/** Tên loại đơn vị — each kind in words (singular, as a column or a filter names it). */
export const UNIT_KIND_LABELS: Readonly<Record<OrgUnitKind, Message>> = {
  'province-committee': { vi: 'UBND tỉnh', en: 'Provincial People’s Committee' },
  'province-committee-office': { vi: 'Văn phòng UBND tỉnh', en: 'Office of the Provincial People’s Committee' },
  department: { vi: 'Sở, ban, ngành', en: 'Department or agency' },
  'district-committee': { vi: 'UBND cấp huyện', en: 'District People’s Committee' },
  'commune-committee': { vi: 'UBND cấp xã', en: 'Commune People’s Committee' },
  'party-committee': { vi: 'Cấp ủy Đảng', en: 'Party committee' },
  'party-body': { vi: 'Cơ quan Đảng', en: 'Party body' },
  'front-and-mass-organizations': { vi: 'Mặt trận Tổ quốc và đoàn thể', en: 'Fatherland Front and mass organisations' },
  leadership: { vi: 'Lãnh đạo', en: 'Leadership' },
  other: { vi: 'Khác', en: 'Other' },
};

/** Vai trò trong nhiệm vụ — a unit's role in a task: `lead` chủ trì, `cooperating` phối hợp. */
export const TASK_ROLES = ['lead', 'cooperating'] as const;
/** Vai trò trong nhiệm vụ — one of {@link TASK_ROLES}. */
export type TaskRole = (typeof TASK_ROLES)[number];
/** Tên vai trò — the role in words. */
export const TASK_ROLE_LABELS: Readonly<Record<TaskRole, Message>> = {
  lead: { vi: 'Chủ trì', en: 'Lead' },
  cooperating: { vi: 'Phối hợp', en: 'Cooperating' },
};

/** Thời hạn nhiệm vụ — how a task's due time is stated: a date, a period, ongoing, or other words. */
export const TASK_DUE_KINDS = ['date', 'period', 'ongoing', 'other'] as const;
/** Thời hạn nhiệm vụ — one of {@link TASK_DUE_KINDS}. */
export type TaskDueKind = (typeof TASK_DUE_KINDS)[number];
/** Tên loại thời hạn — each kind in words. */
export const TASK_DUE_KIND_LABELS: Readonly<Record<TaskDueKind, Message>> = {
  date: { vi: 'Trước một ngày', en: 'By a date' },
  period: { vi: 'Trong một kỳ', en: 'Within a period' },
  ongoing: { vi: 'Thường xuyên', en: 'Ongoing' },
  other: { vi: 'Khác', en: 'Other' },
};

/** Chủ thể mô hình "Dân vận khéo" — who holds a model: a collective or an individual. */
export const DVK_HOLDERS = ['collective', 'individual'] as const;
/** Chủ thể mô hình — one of {@link DVK_HOLDERS}. */
export type DvkHolder = (typeof DVK_HOLDERS)[number];
/** Tên chủ thể mô hình. */
export const DVK_HOLDER_LABELS: Readonly<Record<DvkHolder, Message>> = {
  collective: { vi: 'Tập thể', en: 'Collective' },
  individual: { vi: 'Cá nhân', en: 'Individual' },
};

/** Giai đoạn mô hình "Dân vận khéo" — registered (đăng ký) or recognised (được công nhận). */
export const DVK_STAGES = ['registered', 'recognized'] as const;
/** Giai đoạn mô hình — one of {@link DVK_STAGES}. */
export type DvkStage = (typeof DVK_STAGES)[number];
/** Tên giai đoạn mô hình. */
export const DVK_STAGE_LABELS: Readonly<Record<DvkStage, Message>> = {
  registered: { vi: 'Đăng ký', en: 'Registered' },
  recognized: { vi: 'Được công nhận', en: 'Recognized' },
};

/**
 * Trường của báo cáo — the fixed fields of a report submission, by JSON Pointer. Tasks
 * and indicators are named by the plan (their titles and labels), not here.
 */
export const REPORT_FIELDS = [
  '/planId',
  '/period',
  '/periodIndex',
  '/obligationId',
  '/year',
  '/unitId',
  '/document',
  '/document/number',
  '/document/date',
  '/document/place',
  '/document/signer',
  '/document/signer/authority',
  '/document/signer/onBehalfOf',
  '/document/signer/position',
  '/document/signer/name',
  '/document/recipients',
  '/tasks',
  '/indicators',
  '/models',
  '/difficulties',
  '/proposals',
  '/nextDirections',
] as const;
/** Trường của báo cáo — one of {@link REPORT_FIELDS}. */
export type ReportField = (typeof REPORT_FIELDS)[number];
/** Tên trường của báo cáo — one wording per field, used by messages, forms, exports and documents. */
export const REPORT_FIELD_LABELS: Readonly<Record<ReportField, Message>> = {
  '/planId': { vi: 'Mã kế hoạch', en: 'Plan id' },
  '/period': { vi: 'Kỳ báo cáo', en: 'Reporting period' },
  '/periodIndex': { vi: 'Tháng hoặc quý báo cáo', en: 'Month or quarter reported' },
  '/obligationId': { vi: 'Nghĩa vụ báo cáo', en: 'Reporting obligation' },
  '/year': { vi: 'Năm báo cáo', en: 'Reporting year' },
  '/unitId': { vi: 'Đơn vị báo cáo', en: 'Reporting unit' },
  '/document': { vi: 'Thông tin văn bản báo cáo', en: 'Report document' },
  '/document/number': { vi: 'Số, ký hiệu văn bản', en: 'Number and symbol' },
  '/document/date': { vi: 'Ngày ban hành', en: 'Date of issue' },
  '/document/place': { vi: 'Địa danh', en: 'Place name' },
  '/document/signer': { vi: 'Người ký', en: 'Signer' },
  '/document/signer/authority': { vi: 'Thẩm quyền ký', en: 'Signing authority' },
  '/document/signer/onBehalfOf': { vi: 'Chức vụ sau thẩm quyền ký', en: 'Title after the authority prefix' },
  '/document/signer/position': { vi: 'Chức vụ người ký', en: 'Signer’s position' },
  '/document/signer/name': { vi: 'Họ tên người ký', en: 'Signer’s name' },
  '/document/recipients': { vi: 'Nơi nhận', en: 'Recipients' },
  '/tasks': { vi: 'Kết quả thực hiện nhiệm vụ', en: 'Results by task' },
  '/indicators': { vi: 'Chỉ tiêu', en: 'Indicators' },
  '/models': { vi: 'Mô hình “Dân vận khéo”', en: '“Dân vận khéo” (skilled mass mobilization) models' },
  '/difficulties': { vi: 'Khó khăn, vướng mắc', en: 'Difficulties and obstacles' },
  '/proposals': { vi: 'Đề xuất, kiến nghị', en: 'Proposals and recommendations' },
  '/nextDirections': { vi: 'Phương hướng, nhiệm vụ kỳ tới', en: 'Directions and tasks for the next period' },
};

/** Trường của một nhiệm vụ trong báo cáo — status, results, reason. */
export const TASK_ENTRY_FIELDS = ['status', 'results', 'reason'] as const;
/** Trường của một nhiệm vụ — one of {@link TASK_ENTRY_FIELDS}. */
export type TaskEntryField = (typeof TASK_ENTRY_FIELDS)[number];
/** Tên trường của một nhiệm vụ. */
export const TASK_ENTRY_FIELD_LABELS: Readonly<Record<TaskEntryField, Message>> = {
  status: { vi: 'Tình trạng thực hiện', en: 'Status' },
  results: { vi: 'Kết quả thực hiện', en: 'Results' },
  reason: { vi: 'Lý do chưa thực hiện', en: 'Reason not done' },
};

/** Trường của một mô hình "Dân vận khéo" — name, field, holder, stage. */
export const DVK_MODEL_FIELDS = ['name', 'field', 'holder', 'stage'] as const;
/** Trường của một mô hình — one of {@link DVK_MODEL_FIELDS}. */
export type DvkModelField = (typeof DVK_MODEL_FIELDS)[number];
/** Tên trường của một mô hình. */
export const DVK_MODEL_FIELD_LABELS: Readonly<Record<DvkModelField, Message>> = {
  name: { vi: 'Tên mô hình', en: 'Model name' },
  field: { vi: 'Lĩnh vực', en: 'Field' },
  holder: { vi: 'Chủ thể (tập thể hay cá nhân)', en: 'Holder (collective or individual)' },
  stage: { vi: 'Giai đoạn (đăng ký hay được công nhận)', en: 'Stage (registered or recognized)' },
};

/**
 * Tình trạng nộp báo cáo — where a unit stands with one report instance: `upcoming` the
 * period has not opened, `open` within the deadline and not yet submitted, `overdue`
 * past the deadline and not submitted, `on-time` / `late` submitted before / after the
 * deadline instant. Each time concept named once (a deadline is not a lock).
 */
export const SUBMISSION_STATUSES = ['upcoming', 'open', 'overdue', 'on-time', 'late'] as const;
/** Tình trạng nộp báo cáo — one of {@link SUBMISSION_STATUSES}. */
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];
/** Tên tình trạng nộp báo cáo. */
export const SUBMISSION_STATUS_LABELS: Readonly<Record<SubmissionStatus, Message>> = {
  upcoming: { vi: 'Chưa đến kỳ', en: 'Upcoming' },
  open: { vi: 'Đang trong hạn', en: 'Open' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  'on-time': { vi: 'Nộp đúng hạn', en: 'Submitted on time' },
  late: { vi: 'Nộp trễ hạn', en: 'Submitted late' },
};

/** Mức độ — how serious an issue is: `error` blocks acceptance, `warning` is shown but accepted. */
export const SEVERITIES = ['error', 'warning'] as const;
/** Tên mức độ. */
export const SEVERITY_LABELS: Readonly<Record<(typeof SEVERITIES)[number], Message>> = {
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
};
