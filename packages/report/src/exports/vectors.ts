import { type Plan, findUnit } from '@dvcq/core';
import { encodeLegacy } from '@dvcq/core/legacy';
import { compileReport, validateReport } from '../validate/validate';
import type { ContextInstance, ReportMode } from '../rules/rule';
import { _isoOfDay } from '../rules/days';
import { _countsModels } from '../rules/families/models';
import { _indicatorSums } from '../rules/families/indicators';

/** Vấn đề mong đợi — one issue a vector expects: its code, JSON Pointer and severity. */
export interface ExpectedIssue {
  code: string;
  path: string;
  severity: 'error' | 'warning';
}

/**
 * Vector kiểm thử chung — a conformance vector: an input (a JSON value, or JSON text
 * in `inputText` for what a JSON value cannot hold), the mode and clock it is checked
 * with, and the verdict every implementation must reach: `ok`, the sorted distinct
 * codes, and every issue as (code, path, severity), sorted by path then code.
 * Shared with Java/.NET/PHP/Python backends.
 */
export interface ConformanceVector {
  /** File name stem, stable. */
  name: string;
  description: string;
  /** Which rule or check it is about (a code), or `valid`. */
  covers: string;
  /** The submission as a JSON value (absent when `inputText` is given). */
  input?: unknown;
  /** The submission as JSON text, exactly (syntax errors, numbers out of range, duplicate keys). */
  inputText?: string;
  mode: ReportMode;
  /** The clock, ISO 8601 (with an offset, or without one: Vietnam time). */
  now: string;
  expected: { ok: boolean; codes: string[]; issues: ExpectedIssue[] };
}

type Mutable = Record<string, any>;

interface _Spec {
  name: string;
  covers: string;
  description: string;
  mode?: ReportMode;
  now?: string;
  /** Change a copy of the valid report (or return a new input). */
  change?: (r: Mutable) => unknown;
  /** JSON text instead of a changed report (gets the valid report's JSON). */
  text?: (json: string) => string;
  /** The code that must appear (failing vector) or not appear (passing vector). */
  expectCode?: string;
  /** Issues (`code path`) that must be among the vector's issues. */
  expectIssues?: string[];
  pass?: boolean;
}

const _clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/**
 * Dựng vector kiểm thử — builds the conformance vectors of a plan: a complete valid
 * report for a unit that owes the annual (or first) report, then one change per
 * rule and check, with a failing and a passing vector for each that applies to the
 * plan. Verdicts are taken from {@link validateReport}; a vector whose intended code
 * does not appear (or appears in a passing vector) throws — a bug in the rules.
 * @param plan - a loaded plan
 * @returns the vectors, in a stable order
 */
export function buildVectors(plan: Plan): ConformanceVector[] {
  const compiled = compileReport(plan);
  const tables = compiled.ruleSet.context;
  const ob = tables.instances.find((o) => o.period === 'annual') ?? tables.instances[0];
  if (!ob) return [];
  // What a report names to answer an instance: period and year, its month or quarter,
  // and its obligation when another obligation asks for a report of the same period.
  const identity = (i: ContextInstance): Mutable => {
    const shared = tables.instances.some((x) => x.obligationId !== i.obligationId && x.period === i.period && x.year === i.year && x.index === i.index);
    return { period: i.period, year: i.year, ...(i.index !== null ? { periodIndex: i.index } : {}), ...(shared ? { obligationId: i.obligationId } : {}) };
  };
  // The unit with a symbol carrying the most tasks, among those owing the report.
  const unit = tables.units
    .filter((u) => ob.owedBy.includes(u.id) && u.symbol !== null && u.tasks.length > 0)
    .sort((a, b) => b.tasks.length - a.tasks.length)[0];
  if (!unit) return [];
  const planOb = plan.obligations.find((o) => o.id === ob.obligationId)!;
  const onTime = `${_isoOfDay(ob.lateFromDay - 1)}T10:00:00+07:00`;
  const docDate = _isoOfDay(Math.max(ob.periodStartDay, ob.lateFromDay - 6));
  const isCommittee = findUnit(plan, unit.id)?.kind.endsWith('committee') ?? false;
  const head = isCommittee ? 'CHỦ TỊCH' : 'GIÁM ĐỐC';
  const asked = plan.indicators.filter((i) => i.periods === undefined || i.periods.includes(ob.period as never));
  // Figures that hold together: a total is 12, its parts share it (each part gets
  // total ÷ (parts + 1), rounded down), so parts and sums of parts stay within it; a
  // count of models equals the models listed (one, registered).
  const siblings = (id: string): number => plan.indicators.filter((i) => i.partOf === id).length + _indicatorSums(plan).filter((x) => x.total === id).reduce((n, x) => n + x.parts.length, 0);
  const figure = (id: string, n = 0): number => {
    const ind = plan.indicators.find((i) => i.id === id);
    const sum = _indicatorSums(plan).find((x) => x.parts.includes(id));
    const total = ind?.partOf ?? sum?.total;
    return total !== undefined && n < 10 ? Math.floor(figure(total, n + 1) / (siblings(total) + 1)) : 12;
  };
  const indicators: Mutable = {};
  for (const i of asked) {
    const stage = _countsModels(i);
    indicators[i.id] = i.type === 'percent' ? 92.5 : stage === 'registered' ? 1 : stage === 'recognized' ? 0 : figure(i.id);
  }
  const tasks: Mutable = {};
  for (const t of unit.tasks) tasks[t] = { status: 'done', results: `Đã triển khai nhiệm vụ ${t} đúng kế hoạch.` };
  const valid: Mutable = {
    planId: plan.id,
    ...identity(ob),
    unitId: unit.id,
    document: {
      number: `05/BC-${unit.symbol}`,
      date: docDate,
      place: plan.place ?? 'Trụ sở',
      signer: { authority: 'KT.', onBehalfOf: head, position: `PHÓ ${head}`, name: 'Nguyễn Văn An' },
      recipients: [planOb.recipient, ...(planOb.via !== undefined ? [planOb.via] : []), ...planOb.copies],
    },
    tasks,
    indicators,
    models: [{ name: 'Mô hình “Dân vận khéo” trong cải cách hành chính', field: 'Cải cách hành chính', holder: 'collective', stage: 'registered' }],
    difficulties: 'Kinh phí còn hạn chế.',
    proposals: 'Đề nghị tăng cường tập huấn.',
    nextDirections: 'Tiếp tục thực hiện các nhiệm vụ của kế hoạch.',
  };
  const firstTask = unit.tasks[0]!;
  const lastTask = unit.tasks[unit.tasks.length - 1]!;
  const otherTask = tables.units.flatMap((u) => u.tasks).find((t) => !unit.tasks.includes(t));
  const otherUnit = tables.units.find((u) => !ob.owedBy.includes(u.id));
  // When the chosen unit carries every task, show "not assigned" with a unit that carries fewer.
  const idleUnit = tables.units.find((u) => u.id !== unit.id && unit.tasks.some((t) => !u.tasks.includes(t)));
  const idle = idleUnit ? { unit: idleUnit.id, task: unit.tasks.find((t) => !idleUnit.tasks.includes(t))! } : undefined;
  const part = plan.indicators.find((i) => i.partOf !== undefined && asked.includes(i));
  const percent = asked.find((i) => i.type === 'percent');
  // An indicator asked only in some periods, and a period of the same year where it is not asked.
  const periodOnly = plan.indicators
    .map((i) => ({ ind: i, other: i.periods === undefined ? undefined : tables.instances.find((o) => o.year === ob.year && !i.periods!.includes(o.period as never)) }))
    .find((x) => x.other !== undefined);
  const mandated = asked.find((i) => i.mandatedBy === 'plan' && unit.tasks.includes(i.task));
  const copy = planOb.copies[0];
  const countKey = asked.find((i) => i.type === 'count')?.id;
  const sum = _indicatorSums(plan).find((x) => [x.total, ...x.parts].every((id) => asked.some((i) => i.id === id)));
  const modelCount = asked.find((i) => _countsModels(i) !== undefined);
  const wrongSymbol = unit.symbol === 'XYZ' ? 'QWE' : 'XYZ';
  // Leaves out the indicators not asked in the report's (changed) period.
  const keepAsked = (r: Mutable): void => {
    for (const i of plan.indicators) if (i.periods !== undefined && !i.periods.includes(r['period'])) delete r['indicators'][i.id];
  };
  const setIdentity = (r: Mutable, i: ContextInstance): void => {
    delete r['periodIndex'];
    delete r['obligationId'];
    Object.assign(r, identity(i));
  };
  // An instance of a month or quarter the unit owes (plans with monthly/quarterly reports).
  const indexed = tables.instances.find((i) => i.index !== null && i.owedBy.includes(unit.id));
  const notOwedIndex = indexed ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].find((n) => !tables.instances.some((i) => i.obligationId === indexed.obligationId && i.index === n) && (indexed.period === 'monthly' || n <= 5)) : undefined;
  // Two obligations asking for a report of the same period, year and index (e.g. one-off reports).
  const shared = tables.instances.find((i) => i.owedBy.includes(unit.id) && tables.instances.some((x) => x.obligationId !== i.obligationId && x.period === i.period && x.year === i.year && x.index === i.index));

  const specs: _Spec[] = [
    { name: 'valid-final', covers: 'valid', description: 'Báo cáo đầy đủ, đúng hạn / a complete report, on time', mode: 'final', pass: true },
    { name: 'valid-draft-minimal', covers: 'valid', description: 'Bản nháp chỉ có thông tin nhận diện / a draft with identity only', change: (r) => ({ planId: r['planId'], period: r['period'], year: r['year'], unitId: r['unitId'] }), pass: true },
    { name: 'valid-astral-text', covers: 'valid', description: 'Tên mô hình có ký tự ngoài BMP / a model name with a character outside the BMP', mode: 'final', change: (r) => { r['models'][0].name = 'Mô hình 𠀀 “Dân vận khéo”'; }, pass: true },
    // shape
    { name: 'schema-required', covers: 'schema.required', description: 'Thiếu đơn vị báo cáo / unit id missing', change: (r) => { delete r['unitId']; }, expectCode: 'schema.required' },
    { name: 'schema-type', covers: 'schema.type', description: 'Năm là chuỗi / year given as a string', change: (r) => { r['year'] = String(r['year']); }, expectCode: 'schema.type' },
    { name: 'schema-type-integer', covers: 'schema.type', description: 'Chỉ tiêu đếm có phần thập phân / a count with a fraction', change: (r) => { const k = Object.keys(r['indicators']).find((id) => plan.indicators.find((i) => i.id === id)?.type === 'count'); if (k) r['indicators'][k] = 1.5; }, expectCode: 'schema.type' },
    { name: 'schema-enum', covers: 'schema.enum', description: 'Tình trạng không hợp lệ / unknown status', change: (r) => { r['tasks'][firstTask].status = 'finished'; }, expectCode: 'schema.enum' },
    { name: 'schema-unknown-field', covers: 'schema.unknown-field', description: 'Trường lạ và mã nhiệm vụ lạ, kể cả __proto__ / unknown fields, incl. __proto__', change: (r) => JSON.parse(JSON.stringify(r).replace('"tasks":{', '"tasks":{"__proto__":{"status":"done"},"II.99.1":{"status":"done"},').replace('"planId"', '"constructor":1,"planId"')), expectCode: 'schema.unknown-field' },
    { name: 'schema-too-small', covers: 'schema.too-small', description: 'Chỉ tiêu âm / a negative count', change: (r) => { const k = Object.keys(r['indicators']).find((id) => plan.indicators.find((i) => i.id === id)?.type === 'count'); if (k) r['indicators'][k] = -1; }, expectCode: 'schema.too-small' },
    { name: 'schema-too-big', covers: 'schema.too-big', description: 'Địa danh quá dài / place name too long', change: (r) => { r['document'].place = 'Địa danh '.repeat(40); }, expectCode: 'schema.too-big' },
    { name: 'schema-blank', covers: 'schema.blank', description: 'Kết quả chỉ có khoảng trắng / results are only spaces', change: (r) => { r['tasks'][firstTask].results = '   '; }, expectCode: 'schema.blank' },
    { name: 'schema-root-not-object', covers: 'schema.type', description: 'Dữ liệu không phải đối tượng / not an object', change: () => [1, 2, 3], expectCode: 'schema.type' },
    // input guard
    { name: 'input-too-deep', covers: 'input.too-deep', description: 'Lồng quá sâu / nested too deeply', change: (r) => { let v: unknown = 'x'; for (let i = 0; i < 14; i++) v = [v]; r['difficulties'] = v; }, expectCode: 'input.too-deep' },
    { name: 'input-array-too-long', covers: 'input.array-too-long', description: 'Danh sách quá dài / list too long', change: (r) => { r['document'].recipients = new Array(2001).fill(planOb.recipient); }, expectCode: 'input.array-too-long' },
    // identity
    { name: 'report-plan-mismatch', covers: 'report.plan-mismatch', description: 'Mã kế hoạch khác / another plan id', change: (r) => { r['planId'] = 'ke-hoach-khac'; }, expectCode: 'report.plan-mismatch' },
    { name: 'report-unit-unknown', covers: 'report.unit-unknown', description: 'Đơn vị không có trong kế hoạch / unknown unit', change: (r) => { r['unitId'] = 'don-vi-khong-co'; }, expectCode: 'report.unit-unknown' },
    { name: 'report-period-not-required', covers: 'report.period-not-required', description: 'Năm không có nghĩa vụ báo cáo / a year without an obligation', change: (r) => { r['year'] = ob.year - 1; }, expectCode: 'report.period-not-required' },
    ...(otherUnit ? [{ name: 'report-unit-not-obliged', covers: 'report.unit-not-obliged', description: 'Đơn vị không phải nộp báo cáo này / a unit that does not owe this report', change: (r: Mutable) => { r['unitId'] = otherUnit.id; delete r['tasks']; }, expectCode: 'report.unit-not-obliged' }] : []),
    { name: 'report-late', covers: 'report.late', description: 'Nộp lúc 00:00 ngày hạn ("trước ngày X": đã trễ) / submitted at 00:00 of day X: late', mode: 'final', now: `${ob.lateFrom}T00:00:00+07:00`, expectCode: 'report.late' },
    { name: 'report-late-boundary-ok', covers: 'report.late', description: 'Nộp 23:59:59 ngày cuối được nộp / submitted at 23:59:59 of the last allowed day', mode: 'final', now: `${_isoOfDay(ob.lateFromDay - 1)}T23:59:59+07:00`, expectCode: 'report.late', pass: true },
    { name: 'report-late-draft', covers: 'report.late', description: 'Bản nháp sau hạn không bị cảnh báo trễ / a draft after the deadline is not flagged late', mode: 'draft', now: `${ob.lateFrom}T08:00:00+07:00`, expectCode: 'report.late', pass: true },
    // document
    { name: 'final-missing-field', covers: 'final.missing-field', description: 'Thiếu số, ký hiệu khi nộp chính thức / number missing in a final report', mode: 'final', change: (r) => { delete r['document'].number; }, expectCode: 'final.missing-field' },
    { name: 'final-missing-field-draft-ok', covers: 'final.missing-field', description: 'Bản nháp được thiếu số, ký hiệu / a draft may lack the number', mode: 'draft', change: (r) => { delete r['document'].number; }, expectCode: 'final.missing-field', pass: true },
    { name: 'document-number-format', covers: 'document.number-format', description: 'Số nhỏ hơn 10 thiếu số 0 / number below 10 without its leading zero', change: (r) => { r['document'].number = `5/BC-${unit.symbol}`; }, expectCode: 'document.number-format' },
    { name: 'document-number-format-type', covers: 'document.number-format', description: 'Sai mã loại văn bản (KH thay vì BC) / wrong type code', change: (r) => { r['document'].number = `05/KH-${unit.symbol}`; }, expectCode: 'document.number-format' },
    { name: 'document-number-format-unit-ok', covers: 'document.number-format', description: 'Có đơn vị soạn thảo / with a drafting unit', change: (r) => { r['document'].number = `125/BC-${unit.symbol}-VP`; }, expectCode: 'document.number-format', pass: true },
    { name: 'document-number-agency', covers: 'document.number-agency', description: 'Ký hiệu mang tên cơ quan khác / another agency in the symbol', change: (r) => { r['document'].number = `05/BC-${wrongSymbol}`; }, expectCode: 'document.number-agency' },
    { name: 'document-number-agency-prefix', covers: 'document.number-agency', description: 'Ký hiệu bắt đầu bằng tên cơ quan nhưng dài hơn / a longer symbol sharing the prefix', change: (r) => { r['document'].number = `05/BC-${unit.symbol}X`; }, expectCode: 'document.number-agency' },
    { name: 'document-date-invalid', covers: 'document.date-invalid', description: 'Ngày không có thật / no such date', change: (r) => { r['document'].date = `${ob.year}-02-30`; }, expectCode: 'document.date-invalid' },
    { name: 'document-date-invalid-format', covers: 'document.date-invalid', description: 'Ngày viết kiểu dd/mm/yyyy / date written dd/mm/yyyy', change: (r) => { r['document'].date = '20/10/' + ob.year; }, expectCode: 'document.date-invalid' },
    { name: 'document-date-before-period', covers: 'document.date-before-period', description: 'Ngày trước khi kỳ báo cáo bắt đầu / before the period starts', change: (r) => { r['document'].date = _isoOfDay(ob.periodStartDay - 1); }, expectCode: 'document.date-before-period' },
    { name: 'document-date-period-start-ok', covers: 'document.date-before-period', description: 'Ngày đầu kỳ / on the first day of the period', change: (r) => { r['document'].date = ob.periodStart; }, expectCode: 'document.date-before-period', pass: true },
    { name: 'document-date-in-future', covers: 'document.date-in-future', description: 'Ngày ban hành sau hôm nay / dated after today', change: (r) => { r['document'].date = _isoOfDay(ob.lateFromDay); }, expectCode: 'document.date-in-future' },
    { name: 'document-date-today-ok', covers: 'document.date-in-future', description: 'Ngày ban hành là hôm nay (giờ Việt Nam) / dated today (Việt Nam time)', now: `${_isoOfDay(ob.lateFromDay - 2)}T23:30:00+07:00`, change: (r) => { r['document'].date = _isoOfDay(ob.lateFromDay - 2); }, expectCode: 'document.date-in-future', pass: true },
    { name: 'document-recipient-missing', covers: 'document.recipient-missing', description: 'Nơi nhận thiếu cơ quan nhận báo cáo / the addressee is missing', change: (r) => { r['document'].recipients = [...planOb.copies]; }, expectCode: 'document.recipient-missing' },
    ...(planOb.via !== undefined ? [{ name: 'document-recipient-via-ok', covers: 'document.recipient-missing', description: 'Chỉ ghi cơ quan tổng hợp (gửi qua) / only the body it goes through', change: (r: Mutable) => { r['document'].recipients = [planOb.via, ...planOb.copies]; }, expectCode: 'document.recipient-missing', pass: true }] : []),
    ...(copy !== undefined ? [{ name: 'document-copy-missing', covers: 'document.copy-missing', description: 'Nơi nhận thiếu đơn vị được gửi đồng thời / a copy recipient is missing', change: (r: Mutable) => { r['document'].recipients = r['document'].recipients.filter((x: string) => x !== copy); }, expectCode: 'document.copy-missing' }] : []),
    { name: 'document-recipient-unknown', covers: 'document.recipient-unknown', description: 'Nơi nhận có mã lạ / an unknown recipient id', change: (r) => { r['document'].recipients.push('khong-co'); }, expectCode: 'document.recipient-unknown' },
    // signer
    { name: 'signer-on-behalf-required', covers: 'signer.on-behalf-required', description: 'KT. mà không ghi chức vụ người đứng đầu / KT. without the head title', change: (r) => { delete r['document'].signer.onBehalfOf; }, expectCode: 'signer.on-behalf-required' },
    { name: 'signer-head-ok', covers: 'signer.on-behalf-required', description: 'Người đứng đầu ký / the head signs', change: (r) => { r['document'].signer = { authority: 'none', position: head, name: 'Trần Văn Bình' }; }, expectCode: 'signer.on-behalf-required', pass: true },
    { name: 'signer-on-behalf-unexpected', covers: 'signer.on-behalf-unexpected', description: 'Người đứng đầu ký nhưng ghi chức vụ sau thẩm quyền / head signs with a title after the prefix', change: (r) => { r['document'].signer = { authority: 'none', onBehalfOf: head, position: head, name: 'Trần Văn Bình' }; }, expectCode: 'signer.on-behalf-unexpected' },
    { name: 'signer-kt-deputy', covers: 'signer.kt-deputy', description: 'KT. nhưng người ký là cấp trưởng / KT. signed by the head', change: (r) => { r['document'].signer.position = head; }, expectCode: 'signer.kt-deputy' },
    { name: 'schema-enum-authority', covers: 'schema.enum', description: 'Thẩm quyền ký lạ / unknown signing authority', change: (r) => { r['document'].signer.authority = 'K.T'; }, expectCode: 'schema.enum' },
    // tasks
    { name: 'task-results-required', covers: 'task.results-required', description: 'Đã thực hiện mà không nêu kết quả / done without results', mode: 'final', change: (r) => { delete r['tasks'][firstTask].results; }, expectCode: 'task.results-required' },
    { name: 'task-results-draft-ok', covers: 'task.results-required', description: 'Bản nháp được thiếu kết quả / a draft may lack results', mode: 'draft', change: (r) => { delete r['tasks'][firstTask].results; }, expectCode: 'task.results-required', pass: true },
    { name: 'task-reason-required', covers: 'task.reason-required', description: 'Chưa thực hiện mà không nêu lý do / not started without a reason', mode: 'final', change: (r) => { r['tasks'][firstTask] = { status: 'not-started' }; }, expectCode: 'task.reason-required' },
    { name: 'task-not-applicable-ok', covers: 'task.reason-required', description: 'Không thuộc phạm vi, có lý do / not applicable, with a reason', mode: 'final', change: (r) => { r['tasks'][firstTask] = { status: 'not-applicable', reason: 'Không thuộc chức năng của đơn vị.' }; }, expectCode: 'task.reason-required', pass: true },
    { name: 'task-missing', covers: 'task.missing', description: 'Thiếu một nhiệm vụ được giao khi nộp chính thức / an assigned task missing in a final report', mode: 'final', change: (r) => { delete r['tasks'][lastTask]; }, expectCode: 'task.missing' },
    { name: 'task-missing-draft-ok', covers: 'task.missing', description: 'Bản nháp được thiếu nhiệm vụ / a draft may lack tasks', mode: 'draft', change: (r) => { delete r['tasks'][lastTask]; }, expectCode: 'task.missing', pass: true },
    ...(otherTask !== undefined
      ? [
          { name: 'task-not-assigned', covers: 'task.not-assigned', description: 'Báo cáo nhiệm vụ không giao cho đơn vị / a task not assigned to the unit', change: (r: Mutable) => { r['tasks'][otherTask] = { status: 'done', results: 'Có thực hiện.' }; }, expectCode: 'task.not-assigned' },
          { name: 'task-not-assigned-final-not-required', covers: 'task.missing', description: 'Nhiệm vụ không giao cho đơn vị không bắt buộc khi nộp chính thức / an unassigned task is never required', mode: 'final' as const, expectCode: 'task.missing', pass: true },
        ]
      : idle
        ? [{ name: 'task-not-assigned', covers: 'task.not-assigned', description: `Đơn vị "${idle.unit}" không được giao nhiệm vụ "${idle.task}" / a task not assigned to the unit`, change: (r: Mutable) => { r['unitId'] = idle.unit; delete r['document']; r['tasks'] = { [idle.task]: { status: 'done', results: 'Có thực hiện.' } }; }, expectCode: 'task.not-assigned' }]
        : []),
    // indicators
    ...(part ? [
      { name: 'indicator-part-exceeds-total', covers: 'indicator.part-exceeds-total', description: `"${part.id}" lớn hơn "${part.partOf}" / a part above its total`, change: (r: Mutable) => { r['indicators'][part.id] = (r['indicators'][part.partOf!] ?? 0) + 1; }, expectCode: 'indicator.part-exceeds-total' },
      { name: 'indicator-part-equals-total-ok', covers: 'indicator.part-exceeds-total', description: 'Thành phần bằng tổng / a part equal to its total', change: (r: Mutable) => { r['indicators'][part.id] = r['indicators'][part.partOf!]; }, expectCode: 'indicator.part-exceeds-total', pass: true },
    ] : []),
    ...(percent ? [
      { name: 'indicator-percent-range', covers: 'indicator.percent-range', description: 'Tỷ lệ trên 100 / a rate above 100', change: (r: Mutable) => { r['indicators'][percent.id] = 100.5; }, expectCode: 'indicator.percent-range' },
      { name: 'indicator-percent-negative', covers: 'indicator.percent-range', description: 'Tỷ lệ âm / a negative rate', change: (r: Mutable) => { r['indicators'][percent.id] = -1; }, expectCode: 'indicator.percent-range' },
      { name: 'indicator-percent-bounds-ok', covers: 'indicator.percent-range', description: 'Tỷ lệ 100 / a rate of 100', change: (r: Mutable) => { r['indicators'][percent.id] = 100; }, expectCode: 'indicator.percent-range', pass: true },
    ] : []),
    ...(periodOnly
      ? [
          { name: 'indicator-not-in-period', covers: 'indicator.not-in-period', description: `"${periodOnly.ind.id}" không hỏi trong kỳ ${periodOnly.other!.period} / not asked in that period`, change: (r: Mutable) => { setIdentity(r, periodOnly.other!); r['indicators'][periodOnly.ind.id] = 1; }, expectCode: 'indicator.not-in-period' },
          { name: 'indicator-in-period-ok', covers: 'indicator.not-in-period', description: `"${periodOnly.ind.id}" trong kỳ được hỏi / in a period where it is asked`, change: (r: Mutable) => { const at = tables.instances.find((o) => o.year === ob.year && periodOnly.ind.periods!.includes(o.period as never)); if (at) setIdentity(r, at); else r['period'] = periodOnly.ind.periods![0]; keepAsked(r); r['indicators'][periodOnly.ind.id] = 1; }, expectCode: 'indicator.not-in-period', pass: true },
        ]
      : []),
    ...(mandated ? [
      { name: 'indicator-missing', covers: 'indicator.missing', description: `Thiếu chỉ tiêu kế hoạch yêu cầu "${mandated.id}" / a plan-mandated indicator missing`, mode: 'final' as const, change: (r: Mutable) => { delete r['indicators'][mandated.id]; }, expectCode: 'indicator.missing' },
      { name: 'indicator-missing-draft-ok', covers: 'indicator.missing', description: 'Bản nháp được thiếu chỉ tiêu / a draft may lack indicators', mode: 'draft' as const, change: (r: Mutable) => { delete r['indicators'][mandated.id]; }, expectCode: 'indicator.missing', pass: true },
    ] : []),
    // text
    { name: 'text-not-nfc', covers: 'text.not-nfc', description: 'Kết quả ở dạng NFD / results in NFD', change: (r) => { r['tasks'][firstTask].results = 'Tổ chức hội nghị tiếp công dân.'.normalize('NFD'); }, expectCode: 'text.not-nfc' },
    { name: 'text-legacy-tcvn3', covers: 'text.legacy-encoding', description: 'Kết quả gõ bằng TCVN3 / results typed in TCVN3', change: (r) => { r['tasks'][firstTask].results = encodeLegacy('Ủy ban nhân dân huyện đã tổ chức tiếp công dân định kỳ và giải quyết đơn thư kịp thời.', 'tcvn3'); }, expectCode: 'text.legacy-encoding' },
    { name: 'text-legacy-vni', covers: 'text.legacy-encoding', description: 'Khó khăn gõ bằng VNI / difficulties typed in VNI', change: (r) => { r['difficulties'] = encodeLegacy('Kinh phí còn hạn chế, cán bộ kiêm nhiệm nhiều việc.', 'vni'); }, expectCode: 'text.legacy-encoding' },
    // which report of the plan it is: period index and obligation (issue 10)
    { name: 'report-obligation-unknown', covers: 'report.obligation-unknown', description: 'Mã nghĩa vụ không có trong kế hoạch / an unknown obligation id', change: (r) => { r['obligationId'] = 'nghia-vu-khong-co'; }, expectCode: 'report.obligation-unknown', expectIssues: ['report.obligation-unknown /obligationId'] },
    { name: 'report-period-index-not-asked', covers: 'report.period-index-unknown', description: `Báo cáo kỳ ${ob.period} có tháng/quý / a month or quarter on a report of a period without one`, change: (r) => { r['periodIndex'] = ob.index === null ? 3 : ob.index === 3 ? 2 : 3; }, expectCode: 'report.period-index-unknown', expectIssues: ['report.period-index-unknown /periodIndex'] },
    ...(indexed
      ? [
          { name: 'report-period-index-ok', covers: 'report.period-index-required', description: `Báo cáo ${indexed.key} / the report of ${indexed.key}`, change: (r: Mutable) => { setIdentity(r, indexed); keepAsked(r); }, expectCode: 'report.period-index-required', pass: true },
          { name: 'report-period-index-required', covers: 'report.period-index-required', description: `Báo cáo kỳ ${indexed.period} thiếu tháng/quý / a ${indexed.period} report without its month or quarter`, change: (r: Mutable) => { setIdentity(r, indexed); delete r['periodIndex']; }, expectCode: 'report.period-index-required', expectIssues: ['report.period-index-required /periodIndex'] },
          ...(notOwedIndex !== undefined ? [{ name: 'report-period-index-unknown', covers: 'report.period-index-unknown', description: `Kỳ ${notOwedIndex} không có trong nghĩa vụ / index ${notOwedIndex} is not owed`, change: (r: Mutable) => { setIdentity(r, indexed); r['periodIndex'] = notOwedIndex; }, expectCode: 'report.period-index-unknown', expectIssues: ['report.period-index-unknown /periodIndex'] }] : []),
          { name: 'report-late-instance', covers: 'report.late', description: `Nộp ${indexed.key} lúc 00:00 ngày bắt đầu trễ / ${indexed.key} submitted when it is late`, mode: 'final' as const, now: `${indexed.lateFrom}T00:00:00+07:00`, change: (r: Mutable) => { setIdentity(r, indexed); r['document'].date = _isoOfDay(Math.max(indexed.periodStartDay, indexed.lateFromDay - 3)); }, expectCode: 'report.late', expectIssues: ['report.late '] },
          { name: 'report-late-instance-ok', covers: 'report.late', description: `Nộp ${indexed.key} ngày cuối được nộp / ${indexed.key} on its last allowed day`, mode: 'final' as const, now: `${_isoOfDay(indexed.lateFromDay - 1)}T23:00:00+07:00`, change: (r: Mutable) => { setIdentity(r, indexed); r['document'].date = _isoOfDay(Math.max(indexed.periodStartDay, indexed.lateFromDay - 3)); }, expectCode: 'report.late', pass: true },
        ]
      : []),
    ...(shared
      ? [
          { name: 'report-obligation-required', covers: 'report.obligation-required', description: `Nhiều nghĩa vụ cùng kỳ ${shared.period} ${shared.year}: thiếu mã nghĩa vụ / several obligations match: obligationId missing`, change: (r: Mutable) => { setIdentity(r, shared); delete r['obligationId']; }, expectCode: 'report.obligation-required', expectIssues: ['report.obligation-required /obligationId'] },
          { name: 'report-obligation-ok', covers: 'report.obligation-required', description: `Có mã nghĩa vụ ${shared.obligationId} / with its obligationId`, change: (r: Mutable) => { setIdentity(r, shared); }, expectCode: 'report.obligation-required', pass: true },
        ]
      : []),
    // issue 9 §B and §C: codes and paths other languages must reproduce
    { name: 'schema-required-enum', covers: 'schema.required', description: 'Thiếu kỳ báo cáo (trường có danh sách giá trị) / the period (an enum field) is missing', change: (r) => { delete r['period']; }, expectCode: 'schema.required', expectIssues: ['schema.required /period'] },
    { name: 'schema-required-model', covers: 'schema.required', description: 'Mô hình thiếu tập thể/cá nhân và giai đoạn / a model without holder and stage', change: (r) => { delete r['models'][0].holder; delete r['models'][0].stage; }, expectCode: 'schema.required', expectIssues: ['schema.required /models/0/holder', 'schema.required /models/0/stage'] },
    { name: 'schema-enum-not-string', covers: 'schema.enum', description: 'Kỳ báo cáo là số: một từ khóa enum / the period is a number: one enum error', change: (r) => { r['period'] = 5; }, expectCode: 'schema.enum', expectIssues: ['schema.enum /period'] },
    ...(countKey !== undefined ? [{ name: 'schema-two-keywords-count', covers: 'schema.type', description: 'Chỉ tiêu đếm -1.5: sai kiểu và nhỏ hơn 0 / a count of -1.5 breaks type and minimum', change: (r: Mutable) => { r['indicators'][countKey] = -1.5; }, expectCode: 'schema.type', expectIssues: [`schema.type /indicators/${countKey}`, `schema.too-small /indicators/${countKey}`] }] : []),
    { name: 'schema-two-keywords-year', covers: 'schema.type', description: 'Năm 1.5: sai kiểu và nhỏ hơn tối thiểu / year 1.5 breaks type and minimum', change: (r) => { r['year'] = 1.5; }, expectCode: 'schema.type', expectIssues: ['schema.type /year', 'schema.too-small /year'] },
    { name: 'schema-two-keywords-text', covers: 'schema.blank', description: 'Địa danh 301 dấu cách: quá dài và trống / a place of 301 spaces is too long and blank', change: (r) => { r['document'].place = ' '.repeat(301); }, expectCode: 'schema.blank', expectIssues: ['schema.too-big /document/place', 'schema.blank /document/place'] },
    { name: 'schema-array-items-and-max', covers: 'schema.too-big', description: 'Nơi nhận quá 100 dòng và có dòng rỗng: mọi lỗi / 101 recipients, one empty: every error', change: (r) => { r['document'].recipients = [...new Array(100).fill(planOb.recipient), '']; }, expectCode: 'schema.too-big', expectIssues: ['schema.too-big /document/recipients', 'schema.too-small /document/recipients/100'] },
    { name: 'schema-blank-bom', covers: 'schema.blank', description: 'Khó khăn chỉ có ký tự U+FEFF / difficulties holding only U+FEFF', change: (r) => { r['difficulties'] = '\ufeff'; }, expectCode: 'schema.blank', expectIssues: ['schema.blank /difficulties'] },
    { name: 'schema-blank-nbsp-zwsp', covers: 'schema.blank', description: 'Đề xuất chỉ có NBSP, U+200B và U+3000 / proposals of NBSP, U+200B and U+3000 only', change: (r) => { r['proposals'] = '\u00a0\u200b\u3000\u2028'; }, expectCode: 'schema.blank', expectIssues: ['schema.blank /proposals'] },
    { name: 'schema-astral-at-limit-ok', covers: 'schema.too-big', description: 'Địa danh 300 ký tự ngoài BMP (600 đơn vị UTF-16) / a place of 300 astral characters', change: (r) => { r['document'].place = '𠀀'.repeat(300); }, expectCode: 'schema.too-big', pass: true },
    { name: 'schema-astral-over-limit', covers: 'schema.too-big', description: 'Địa danh 301 ký tự ngoài BMP / a place of 301 astral characters', change: (r) => { r['document'].place = '𠀀'.repeat(301); }, expectCode: 'schema.too-big', expectIssues: ['schema.too-big /document/place'] },
    { name: 'input-string-astral-utf16', covers: 'input.string-too-long', description: '99 999 chữ a và một ký tự ngoài BMP: 100 000 ký tự nhưng 100 001 đơn vị UTF-16 / 100,000 code points but 100,001 UTF-16 units', change: (r) => { r['difficulties'] = 'a'.repeat(99_999) + '😀'; }, expectCode: 'input.string-too-long', expectIssues: ['input.string-too-long /difficulties'] },
    { name: 'input-string-at-limit-ok', covers: 'input.string-too-long', description: 'Chuỗi đúng 100 000 đơn vị UTF-16 qua được bộ chặn / exactly 100,000 UTF-16 units pass the guard', change: (r) => { r['difficulties'] = 'a'.repeat(99_998) + '😀'; }, expectCode: 'input.string-too-long', pass: true },
    { name: 'input-key-too-long', covers: 'input.string-too-long', description: 'Tên trường 321 ký tự: lỗi ở đối tượng chứa nó / a 321-unit key is blamed on its object', change: (r) => { r['tasks']['k'.repeat(321)] = {}; }, expectCode: 'input.string-too-long', expectIssues: ['input.string-too-long /tasks'] },
    { name: 'input-too-many-keys', covers: 'input.too-many-keys', description: 'Đối tượng 501 trường / an object of 501 keys', change: (r) => { r['indicators'] = Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`x${i}`, 1])); }, expectCode: 'input.too-many-keys', expectIssues: ['input.too-many-keys /indicators'] },
    { name: 'input-too-many-values', covers: 'input.too-many-values', description: '50 001 giá trị / 50,001 values', change: (r) => { r['models'] = Array.from({ length: 1_000 }, () => Array.from({ length: 50 }, () => 0)); }, expectCode: 'input.too-many-values', expectIssues: ['input.too-many-values '] },
    { name: 'input-depth-11-ok', covers: 'input.too-deep', description: 'Mảng ở độ sâu 11 được nhận (rồi sai kiểu) / an array at depth 11 passes the guard', change: (r) => { let v: unknown = 'x'; for (let i = 0; i < 10; i++) v = [v]; r['difficulties'] = v; }, expectCode: 'input.too-deep', pass: true },
    { name: 'input-several-violations', covers: 'input.string-too-long', description: 'Mọi vi phạm giới hạn đều được báo / every guard violation is reported', change: (r) => { r['difficulties'] = 'a'.repeat(100_001); r['document'].recipients = new Array(2_001).fill('x'); r['tasks']['k'.repeat(321)] = {}; let v: unknown = 'x'; for (let i = 0; i < 12; i++) v = { a: v }; r['proposals'] = v; }, expectCode: 'input.string-too-long', expectIssues: ['input.string-too-long /difficulties', 'input.array-too-long /document/recipients', 'input.string-too-long /tasks', 'input.too-deep /proposals/a/a/a/a/a/a/a/a/a/a/a'] },
    { name: 'input-json-syntax', covers: 'input.json-syntax', description: 'JSON hỏng / broken JSON text', text: (j) => j.slice(0, 20), expectCode: 'input.json-syntax', expectIssues: ['input.json-syntax '] },
    { name: 'input-json-nan', covers: 'input.json-syntax', description: 'NaN không phải JSON / NaN is not JSON', text: (j) => j.replace(/"year":\s*\d+/, '"year": NaN'), expectCode: 'input.json-syntax', expectIssues: ['input.json-syntax '] },
    { name: 'input-json-bom', covers: 'input.json-syntax', description: 'Văn bản JSON bắt đầu bằng BOM / JSON text starting with a BOM', text: (j) => '\ufeff' + j, expectCode: 'input.json-syntax', expectIssues: ['input.json-syntax '] },
    { name: 'input-number-out-of-range', covers: 'input.json-syntax', description: 'Số 1e400 vượt phạm vi số thực 64 bit / 1e400 overflows a double', text: (j) => j.replace(/"year":\s*\d+/, '"year": 1e400'), expectCode: 'input.json-syntax', expectIssues: ['input.json-syntax /year'] },
    { name: 'input-duplicate-key-last-wins', covers: 'report.plan-mismatch', description: 'Trùng khóa: khóa sau cùng được dùng / duplicate keys: the last one wins', text: (j) => j.replace('{', '{"planId": "ke-hoach-khac",'), expectCode: 'report.plan-mismatch', pass: true },
    { name: 'now-utc-late', covers: 'report.late', description: '"now" theo UTC: 17:00Z là 00:00 giờ Việt Nam ngày hạn / 17:00Z is 00:00 in Việt Nam', mode: 'final', now: `${_isoOfDay(ob.lateFromDay - 1)}T17:00:00Z`, expectCode: 'report.late', expectIssues: ['report.late '] },
    { name: 'now-utc-on-time', covers: 'report.late', description: '"now" 16:59:59Z là 23:59:59 giờ Việt Nam / 16:59:59Z is 23:59:59 in Việt Nam', mode: 'final', now: `${_isoOfDay(ob.lateFromDay - 1)}T16:59:59Z`, expectCode: 'report.late', pass: true },
    { name: 'now-no-offset-late', covers: 'report.late', description: '"now" không có múi giờ được hiểu theo giờ Việt Nam / a clock without offset is Vietnam time', mode: 'final', now: `${ob.lateFrom}T00:00:00`, expectCode: 'report.late', expectIssues: ['report.late '] },
    { name: 'now-no-offset-on-time', covers: 'report.late', description: '"now" 23:59:59 không có múi giờ / 23:59:59 without offset', mode: 'final', now: `${_isoOfDay(ob.lateFromDay - 1)}T23:59:59`, expectCode: 'report.late', pass: true },
    { name: 'now-date-only-late', covers: 'report.late', description: '"now" chỉ có ngày: 00:00 giờ Việt Nam / a date alone is 00:00 Vietnam time', mode: 'final', now: ob.lateFrom, expectCode: 'report.late', expectIssues: ['report.late '] },
    { name: 'text-nfd-reaches-rules', covers: 'signer.kt-deputy', description: '"PHÓ GIÁM ĐỐC" gõ dạng NFD: quy tắc đọc NFC / a deputy title typed in NFD is read in NFC', change: (r) => { r['document'].signer.position = `PHÓ ${head}`.normalize('NFD'); }, expectCode: 'signer.kt-deputy', pass: true, expectIssues: ['text.not-nfc /document/signer/position'] },
    { name: 'document-number-trailing-newline', covers: 'document.number-format', description: 'Số, ký hiệu có dấu xuống dòng cuối / a final newline', change: (r) => { r['document'].number = `05/BC-${unit.symbol}\n`; }, expectCode: 'document.number-format', expectIssues: ['document.number-format /document/number'] },
    { name: 'document-number-fullwidth-digits', covers: 'document.number-format', description: 'Chữ số toàn chiều rộng / full-width digits', change: (r) => { r['document'].number = `０５/BC-${unit.symbol}`; }, expectCode: 'document.number-format', expectIssues: ['document.number-format /document/number'] },
    { name: 'document-date-fullwidth-digits', covers: 'document.date-invalid', description: 'Ngày viết bằng chữ số toàn chiều rộng / a date in full-width digits', change: (r) => { r['document'].date = [...r['document'].date as string].map((c) => (c >= '0' && c <= '9' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join(''); }, expectCode: 'document.date-invalid', expectIssues: ['document.date-invalid /document/date'] },
    { name: 'document-date-year-zero', covers: 'document.date-invalid', description: 'Năm 0000 (ngoài 1945–2200) / year 0000 (outside 1945–2200)', change: (r) => { r['document'].date = '0000-01-01'; }, expectCode: 'document.date-invalid', expectIssues: ['document.date-invalid /document/date'] },
    { name: 'document-date-before-range', covers: 'document.date-invalid', description: 'Ngày 1944-12-31 (trước 1945) / 1944-12-31 is before the range', change: (r) => { r['document'].date = '1944-12-31'; }, expectCode: 'document.date-invalid', expectIssues: ['document.date-invalid /document/date'] },
    ...(mandated ? [{ name: 'indicator-missing-not-applicable-ok', covers: 'indicator.missing', description: 'Nhiệm vụ không thuộc phạm vi thì không bắt buộc chỉ tiêu / no indicator for a task reported not applicable', mode: 'final' as const, change: (r: Mutable) => { delete r['indicators'][mandated.id]; r['tasks'][mandated.task] = { status: 'not-applicable', reason: 'Không thuộc chức năng của đơn vị.' }; }, expectCode: 'indicator.missing', pass: true }] : []),
    ...(sum ? [
      { name: 'indicator-parts-exceed-total', covers: 'indicator.parts-exceed-total', description: `Tổng các phần của "${sum.total}" lớn hơn tổng / parts add up to more than their whole`, change: (r: Mutable) => { for (const id of sum.parts) r['indicators'][id] = r['indicators'][sum.total]; }, expectCode: 'indicator.parts-exceed-total', expectIssues: [`indicator.parts-exceed-total /indicators/${sum.parts[0]}`] },
      { name: 'indicator-parts-equal-total-ok', covers: 'indicator.parts-exceed-total', description: 'Các phần cộng lại bằng tổng / parts add up to the whole', change: (r: Mutable) => { r['indicators'][sum.parts[0]!] = r['indicators'][sum.total] - sum.parts.slice(1).reduce((n: number, id: string) => n + r['indicators'][id], 0); }, expectCode: 'indicator.parts-exceed-total', pass: true },
    ] : []),
    ...(modelCount ? [{ name: 'indicator-models-mismatch', covers: 'indicator.models-mismatch', description: 'Số mô hình khác danh sách / a model count that differs from the list', change: (r: Mutable) => { r['indicators'][modelCount.id] = (r['indicators'][modelCount.id] as number) + 2; }, expectCode: 'indicator.models-mismatch', expectIssues: [`indicator.models-mismatch /indicators/${modelCount.id}`] }] : []),
  ];

  const validJson = JSON.stringify(valid);
  return specs.map((s) => {
    const base = _clone(valid);
    const changed = s.change ? s.change(base) : undefined;
    const input = changed === undefined ? base : changed;
    const inputText = s.text ? s.text(validJson) : undefined;
    const mode = s.mode ?? 'draft';
    const now = s.now ?? onTime;
    const res = validateReport(inputText ?? input, { plan: compiled, mode, now });
    const codes = [...new Set(res.issues.map((i) => i.code))].sort();
    const issues = _expected(res.issues);
    if (s.expectCode !== undefined && codes.includes(s.expectCode) === (s.pass === true))
      throw new Error(`vector ${s.name}: code ${s.expectCode} ${s.pass ? 'present' : 'absent'} (${codes.join(', ')})`);
    if (s.pass === true && s.expectCode === undefined && codes.length > 0) throw new Error(`vector ${s.name}: expected no issue, got ${codes.join(', ')}`);
    for (const want of s.expectIssues ?? []) if (!issues.some((i) => `${i.code} ${i.path}` === want)) throw new Error(`vector ${s.name}: no issue "${want}" (${issues.map((i) => `${i.code} ${i.path}`).join('; ')})`);
    const where = inputText !== undefined ? { inputText } : { input };
    return { name: s.name, description: s.description, covers: s.covers, ...where, mode, now, expected: { ok: res.ok, codes, issues } };
  });
}

/** Issues as vectors state them: distinct (code, path, severity), sorted by path then code. */
function _expected(issues: ReadonlyArray<{ code: string; path: string; severity: 'error' | 'warning' }>): ExpectedIssue[] {
  const seen = new Map<string, ExpectedIssue>();
  for (const i of issues) seen.set(`${i.path}\u0000${i.code}`, { code: i.code, path: i.path, severity: i.severity });
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
}
