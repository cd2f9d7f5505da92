// Dự thảo báo cáo tổng hợp — the province's report the coordinating body drafts from the
// units' reports (the plan's implementation section: "theo dõi, đôn đốc, tổng hợp, báo cáo"),
// issued in the name of the obligation's recipient (UBND tỉnh). Every sentence is either the
// form's wording or the aggregation's data: who reported on time, late or not at all (by name),
// the results of each task with each unit named, indicator totals with a per-unit annex, the
// difficulties and proposals each unit wrote. Part V (directions for the next period) is left
// for the author, marked as such: the kit never writes it.
import {
  DVK_HOLDER_LABELS,
  DVK_MODEL_FIELD_LABELS,
  DVK_STAGE_LABELS,
  type Plan,
  REPORT_FIELD_LABELS,
  type SignerBlock,
  TASK_ENTRY_FIELD_LABELS,
  TASK_STATUSES,
  TASK_STATUS_LABELS,
  type TaskStatus,
  allTasks,
  findUnit,
  formatNumber,
  planCoordinator,
} from '@dvcq/core';
import type { AnnexSpec, BlockSpec, OfficialDocumentSpec } from '../model/document';
import { _findReportInstance, _labelInSentence } from '../model/instance';
import { DOCUMENT_WORDS, _archiveLine, _indicatorText, _measure, _planReference, _romanHeading, _textParagraphs } from '../format/common';
import { type SignerInput, _upper, documentDateText, issuerLines, recipientName, signerTitleLines } from '../format/names';
import { formatRatioVi } from '../format/numbers';
import type { ConsolidatedUnitModel, ConsolidatedUnitState, ConsolidatedUnitText, ConsolidationInput } from './types';

/** Tùy chọn dự thảo báo cáo tổng hợp — options of {@link consolidatedReportDocument}. */
export interface ConsolidatedDocumentOptions {
  /** The plan the aggregation was made for. */
  plan: Plan;
  /** Số, ký hiệu when the office already has it (default: blank number, "/BC-<issuer symbol>"). */
  number?: string;
  /** Ngày ban hành `YYYY-MM-DD` when known (default: blank day and month, the year of `asOf`). */
  date?: string;
  /**
   * Người ký — default: the plan's signer when the report is issued by the plan's issuer (the
   * leader who signed the plan; the corrected name when the plan records a correction), else
   * none (the author fills it in).
   */
  signer?: SignerInput;
  /** Nơi nhận — lines replacing the computed list (copies of the obligation, the coordinator, "Lưu: VT"). */
  recipients?: string[];
  /** Ký hiệu lưu — what follows "Lưu: VT," (the drafting section, copies kept). */
  archive?: string;
}

const _WORDS = {
  reportingHeading: 'Tình hình gửi báo cáo',
  noAnswer: 'chưa trả lời',
  annexLabel: 'PHỤ LỤC',
  annexTitle: 'Số liệu chỉ tiêu của các cơ quan, đơn vị',
  totals: 'Tổng cộng',
  mean: 'bình quân',
  authorNoteDirections: 'Phần này do cơ quan soạn thảo viết. Bộ công cụ không tự điền nội dung phương hướng, nhiệm vụ.',
  notCarried: 'Dữ liệu tổng hợp không có phần này; cơ quan soạn thảo bổ sung từ báo cáo của các đơn vị.',
} as const;

/**
 * Dự thảo báo cáo tổng hợp — builds the consolidated draft as plain data from an aggregation
 * of one reporting period and the plan. Always a draft ("DỰ THẢO", with the drafting body):
 * the author finishes part V and the number, date and signature.
 * @param agg - the aggregation (`aggregate(...)` of `@dvcq/aggregate`)
 * @param options - plan, number, date, signer, recipients, archive
 * @returns the document, ready for {@link toDocx}
 * @throws Error when the aggregation is for another plan or has no obligation (check first)
 */
export function consolidatedReportDocument(agg: ConsolidationInput, options: ConsolidatedDocumentOptions): OfficialDocumentSpec {
  const { plan } = options;
  if (agg.planId !== plan.id) throw new Error(`documents: the aggregation is for plan "${agg.planId}", not "${plan.id}"`);
  if (!agg.obligation) throw new Error(`documents: plan "${plan.id}" owes no report for ${agg.period} ${agg.year}: nothing to consolidate`);
  const obligation = plan.obligations.find((o) => o.id === agg.obligation!.id);
  if (!obligation) throw new Error(`documents: obligation "${agg.obligation.id}" is not in plan "${plan.id}"`);
  const issuer = findUnit(plan, obligation.recipient);
  if (!issuer) throw new Error(`documents: the recipient "${obligation.recipient}" is not a unit of plan "${plan.id}"`);
  const coordinatorId = obligation.coordinator ?? obligation.via ?? planCoordinator(plan);
  const coordinator = coordinatorId ? findUnit(plan, coordinatorId) : undefined;
  const label =
    agg.obligation.label?.vi ??
    _findReportInstance(plan, { period: agg.period, year: agg.year, periodIndex: agg.periodIndex, obligationId: obligation.id })?.label ??
    agg.obligation.title.vi;
  const labelInText = _labelInSentence(label);
  const year = Number(agg.asOf.slice(0, 4)) || agg.year;
  const number = options.number ?? `${DOCUMENT_WORDS.blankNumber}/BC${issuer.symbol ? `-${issuer.symbol}` : ''}`;
  const dateText = documentDateText(options.date) ?? DOCUMENT_WORDS.blankDate(year);
  const place = plan.place ?? '';

  const body: BlockSpec[] = [
    {
      kind: 'paragraph',
      runs: [
        {
          text:
            `Thực hiện ${_planReference(plan)}; trên cơ sở báo cáo của các cơ quan, đơn vị` +
            `${coordinator ? ` do ${coordinator.name.vi} tổng hợp` : ''}, ${issuer.name.vi} báo cáo kết quả thực hiện kỳ ${labelInText} như sau:`,
        },
      ],
    },
    ..._reportingPart(agg),
    ..._tasksPart(plan, agg),
    ..._indicatorsPart(agg),
    ..._textsPart(agg),
    { kind: 'heading', level: 1, text: _upper(REPORT_FIELD_LABELS['/nextDirections'].vi) },
    { kind: 'author-note', text: _WORDS.authorNoteDirections },
  ];
  let n = 0;
  for (let i = 0; i < body.length; i++) {
    const b = body[i]!;
    if (b.kind === 'heading' && b.level === 1) body[i] = { ...b, text: `${_romanHeading(++n)}. ${b.text}` };
  }
  body.push({ kind: 'paragraph', runs: [{ text: `Trên đây là báo cáo kết quả thực hiện kỳ ${labelInText} của ${issuer.name.vi}./.` }] });

  const header = issuerLines(plan, issuer);
  const signer = options.signer ?? (plan.issuer === issuer.id && plan.signer ? _planSigner(plan.signer) : undefined);
  const annex = _indicatorAnnex(agg, `(Kèm theo Báo cáo số ${number} ${dateText} của ${issuer.name.vi})`);
  return {
    header: {
      ...(header.governingBody !== undefined ? { governingBody: header.governingBody } : {}),
      issuingBody: header.issuingBody,
      numberLine: `${DOCUMENT_WORDS.number} ${number}`,
      placeDateLine: `${place}, ${dateText}`,
    },
    draft: { mark: DOCUMENT_WORDS.draft, ...(coordinator ? { note: `(${coordinator.shortName ?? coordinator.name.vi} soạn thảo)` } : {}) },
    docType: DOCUMENT_WORDS.report,
    summary: `Kết quả thực hiện ${plan.title.vi} (kỳ ${labelInText})`,
    body,
    recipients: options.recipients ?? _recipients(plan, obligation.copies, coordinatorId, issuer.id, options.archive),
    signature: { titleLines: signerTitleLines(signer), name: signer?.name ?? '' },
    annexes: annex ? [annex] : [],
    properties: {
      title: `${DOCUMENT_WORDS.draft} ${DOCUMENT_WORDS.report} — ${issuer.name.vi}`,
      subject: `Kết quả thực hiện ${plan.title.vi} (kỳ ${labelInText})`,
      creator: coordinator?.name.vi ?? issuer.name.vi,
    },
  };
}

function _planSigner(s: SignerBlock): SignerInput {
  return { authority: s.authority, ...(s.onBehalfOf ? { onBehalfOf: s.onBehalfOf } : {}), position: s.position, name: s.corrected?.name ?? s.name };
}

const _lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/** "Sở Nội vụ tỉnh Sông Lam (Báo cáo số 12/BC-SNV ngày 18/5/2026)". */
function _unitWithReport(u: ConsolidationInput['units'][number]): string {
  if (!u.documentNumber) return u.name.vi;
  const d = documentDateText(u.documentDate, 'short');
  return `${u.name.vi} (Báo cáo số ${u.documentNumber}${d ? ` ngày ${d}` : ''})`;
}

function _reportingPart(agg: ConsolidationInput): BlockSpec[] {
  const s = agg.summary;
  const L = agg.stateLabels;
  const dl = agg.obligation!.deadline;
  const out: BlockSpec[] = [{ kind: 'heading', level: 1, text: _upper(_WORDS.reportingHeading) }];
  const lastDay = documentDateText(dl.lastDay, 'short');
  out.push({
    kind: 'paragraph',
    runs: [
      {
        text:
          `Hạn gửi báo cáo theo Kế hoạch: ${dl.text ?? `trước ngày ${documentDateText(dl.date, 'short') ?? dl.date}`}` +
          `${lastDay ? ` (ngày cuối cùng gửi đúng hạn: ${lastDay})` : ''}; tình hình tính đến ${documentDateText(agg.asOf.slice(0, 10)) ?? agg.asOf}.`,
      },
    ],
  });
  const parts = [
    `Số cơ quan, đơn vị phải báo cáo: ${formatNumber(s.owed)}`,
    `đã gửi: ${formatNumber(s.submitted)} (${formatRatioVi(s.completeness)}), trong đó ${_lowerFirst(L['on-time'].vi)}: ${formatNumber(s.onTime)}, ${_lowerFirst(L.late.vi)}: ${formatNumber(s.late)}`,
    `${_lowerFirst(L.overdue.vi)}: ${formatNumber(s.missing)}`,
    ...(s.pending > 0 ? [`${_lowerFirst(L.open.vi)}: ${formatNumber(s.pending)}`] : []),
  ];
  const timely = s.timeliness === null ? '' : ` Tỷ lệ báo cáo đúng hạn: ${formatRatioVi(s.timeliness)}.`;
  out.push({ kind: 'paragraph', runs: [{ text: `${parts.join('; ')}.${timely}` }] });
  const order: ConsolidatedUnitState[] = ['on-time', 'late', 'overdue', 'open'];
  for (const state of order) {
    const units = agg.units.filter((u) => u.owes && u.state === state);
    if (units.length === 0) continue;
    const names = units.map((u) => (state === 'on-time' || state === 'late' ? _unitWithReport(u) : u.name.vi));
    out.push({ kind: 'paragraph', runs: [{ text: `- ${L[state].vi} (${formatNumber(units.length)}): `, bold: true }, { text: `${names.join('; ')}.` }] });
  }
  const others = agg.units.filter((u) => !u.owes && (u.state === 'on-time' || u.state === 'late'));
  if (others.length > 0) {
    out.push({
      kind: 'paragraph',
      runs: [{ text: `- Không có nghĩa vụ báo cáo kỳ này nhưng đã gửi (${formatNumber(others.length)}): `, bold: true }, { text: `${others.map(_unitWithReport).join('; ')}.` }],
    });
  }
  return out;
}

function _oneLine(text: string): string {
  return _textParagraphs(text).join(' ');
}

function _tasksPart(plan: Plan, agg: ConsolidationInput): BlockSpec[] {
  const out: BlockSpec[] = [{ kind: 'heading', level: 1, text: _upper(REPORT_FIELD_LABELS['/tasks'].vi) }];
  const taskById = new Map(allTasks(plan).map((t) => [t.id, t]));
  const rows = new Map(agg.tasks.map((t) => [t.taskId, t]));
  let areaNo = 0;
  for (const area of agg.areas) {
    const tasks = area.tasks.map((id) => rows.get(id)).filter((t) => t !== undefined && t.answers.length > 0);
    if (tasks.length === 0) continue;
    out.push({ kind: 'heading', level: 2, text: `${++areaNo}. ${area.title.vi}` });
    tasks.forEach((t, i) => {
      const task = taskById.get(t!.taskId);
      out.push({
        kind: 'paragraph',
        runs: [{ text: `${String.fromCharCode(97 + (i % 26))}) ` }, { text: task ? (task.text.corrected?.vi ?? task.text.vi) : t!.taskId, italics: true }],
      });
      const counts = [
        ...TASK_STATUSES.filter((s) => (t!.counts[s] ?? 0) > 0).map((s) => `${TASK_STATUS_LABELS[s].vi}: ${formatNumber(t!.counts[s]!)} đơn vị`),
        ...((t!.counts['no-answer'] ?? 0) > 0 ? [`${_WORDS.noAnswer}: ${formatNumber(t!.counts['no-answer']!)} đơn vị`] : []),
      ];
      out.push({ kind: 'paragraph', runs: [{ text: `${TASK_ENTRY_FIELD_LABELS.status.vi}: `, bold: true }, { text: `${counts.join('; ')}.` }] });
      for (const a of t!.answers) {
        const text = a.results ?? a.reason;
        if (a.status === 'no-answer' || !text || !text.trim()) continue;
        const st = (TASK_STATUSES as readonly string[]).includes(a.status) && a.status !== 'done' ? ` (${_lowerFirst(TASK_STATUS_LABELS[a.status as TaskStatus].vi)})` : '';
        out.push({ kind: 'paragraph', runs: [{ text: `- ${a.unitName}${st}: `, bold: true }, { text: _oneLine(text) }] });
      }
    });
  }
  return out;
}

/** Tổng hợp một chỉ tiêu — the total of a count, the mean of a rate ("93,45 % (bình quân)"). */
function _totalText(i: ConsolidationInput['indicators'][number]): string {
  if (i.type === 'count') return _indicatorText('count', i.total);
  return i.mean === null ? '' : `${_indicatorText('percent', i.mean)} (${_WORDS.mean})`;
}

function _indicatorsPart(agg: ConsolidationInput): BlockSpec[] {
  const models = agg.models ?? [];
  if (agg.indicators.length === 0 && models.length === 0) return [];
  const out: BlockSpec[] = [{ kind: 'heading', level: 1, text: _upper(REPORT_FIELD_LABELS['/indicators'].vi) }];
  if (agg.indicators.length > 0) {
    out.push({
      kind: 'table',
      columns: [
        { header: DOCUMENT_WORDS.order, width: 0.07, align: 'center' },
        { header: REPORT_FIELD_LABELS['/indicators'].vi, width: 0.5 },
        { header: DOCUMENT_WORDS.measure, width: 0.13, align: 'center' },
        { header: DOCUMENT_WORDS.total, width: 0.17, align: 'right' },
        { header: DOCUMENT_WORDS.reportedBy, width: 0.13, align: 'right' },
      ],
      rows: agg.indicators.map((i, n) => [
        String(n + 1),
        i.label.vi,
        _measure(i),
        _totalText(i),
        formatNumber(i.reported),
      ]),
    });
    out.push({ kind: 'paragraph', runs: [{ text: 'Số liệu của từng cơ quan, đơn vị tại Phụ lục kèm theo Báo cáo này.', italics: true }] });
  }
  if (models.length > 0) out.push(..._modelsBlocks(models));
  return out;
}

function _modelsBlocks(models: readonly ConsolidatedUnitModel[]): BlockSpec[] {
  const count = (f: (m: ConsolidatedUnitModel) => boolean) => formatNumber(models.filter(f).length);
  return [
    {
      kind: 'paragraph',
      runs: [
        { text: `${REPORT_FIELD_LABELS['/models'].vi}: `, bold: true },
        {
          text:
            `${formatNumber(models.length)} mô hình (${DVK_HOLDER_LABELS.collective.vi.toLocaleLowerCase('vi')}: ${count((m) => m.holder === 'collective')}, ` +
            `${DVK_HOLDER_LABELS.individual.vi.toLocaleLowerCase('vi')}: ${count((m) => m.holder === 'individual')}; ` +
            `${DVK_STAGE_LABELS.registered.vi.toLocaleLowerCase('vi')}: ${count((m) => m.stage === 'registered')}, ` +
            `${DVK_STAGE_LABELS.recognized.vi.toLocaleLowerCase('vi')}: ${count((m) => m.stage === 'recognized')}).`,
        },
      ],
    },
    {
      kind: 'table',
      columns: [
        { header: DOCUMENT_WORDS.order, width: 0.07, align: 'center' },
        { header: DOCUMENT_WORDS.unit, width: 0.25 },
        { header: DVK_MODEL_FIELD_LABELS.name.vi, width: 0.28 },
        { header: DVK_MODEL_FIELD_LABELS.field.vi, width: 0.16 },
        { header: DVK_MODEL_FIELD_LABELS.holder.vi, width: 0.12, align: 'center' },
        { header: DVK_MODEL_FIELD_LABELS.stage.vi, width: 0.12, align: 'center' },
      ],
      rows: models.map((m, i) => [String(i + 1), m.unitName, m.name, m.field, DVK_HOLDER_LABELS[m.holder].vi, DVK_STAGE_LABELS[m.stage].vi]),
    },
  ];
}

function _unitTexts(texts: readonly ConsolidatedUnitText[]): BlockSpec[] {
  return texts
    .filter((t) => t.text.trim())
    .map((t) => ({ kind: 'paragraph', runs: [{ text: `- ${t.unitName}: `, bold: true }, { text: _oneLine(t.text) }] }) as BlockSpec);
}

function _textsPart(agg: ConsolidationInput): BlockSpec[] {
  const d = REPORT_FIELD_LABELS['/difficulties'].vi;
  const p = REPORT_FIELD_LABELS['/proposals'].vi;
  const out: BlockSpec[] = [{ kind: 'heading', level: 1, text: `${_upper(d)}; ${_upper(p)}` }];
  if (!agg.texts) {
    out.push({ kind: 'author-note', text: _WORDS.notCarried });
    return out;
  }
  for (const [i, [label, list]] of ([[d, agg.texts.difficulties], [p, agg.texts.proposals]] as const).entries()) {
    out.push({ kind: 'heading', level: 2, text: `${i + 1}. ${label}` });
    const blocks = _unitTexts(list);
    out.push(...(blocks.length > 0 ? blocks : [{ kind: 'paragraph', runs: [{ text: `Không có cơ quan, đơn vị nào nêu ${_lowerFirst(label)}.` }] } as BlockSpec]));
  }
  return out;
}

/** Indicator columns per annex table: beyond this the numbers no longer fit a landscape page. */
const _ANNEX_COLUMNS = 12;

function _indicatorAnnex(agg: ConsolidationInput, attachedTo: string): AnnexSpec | undefined {
  const reporting = agg.units.filter((u) => agg.indicators.some((i) => Object.prototype.hasOwnProperty.call(i.byUnit, u.unitId)));
  if (agg.indicators.length === 0 || reporting.length === 0) return undefined;
  const blocks: BlockSpec[] = [];
  for (let start = 0; start < agg.indicators.length; start += _ANNEX_COLUMNS) {
    const inds = agg.indicators.slice(start, start + _ANNEX_COLUMNS);
    blocks.push(
      ...inds.map(
        (ind, k): BlockSpec => ({
          kind: 'paragraph',
          indent: false,
          align: 'left',
          runs: [{ text: `(${start + k + 1}) `, bold: true }, { text: `${ind.label.vi} (${_measure(ind)})` }],
        }),
      ),
    );
    const share = 0.7 / inds.length;
    blocks.push({
      kind: 'table',
      small: true,
      columns: [
        { header: DOCUMENT_WORDS.order, width: 0.05, align: 'center' },
        { header: DOCUMENT_WORDS.unit, width: 0.25 },
        ...inds.map((_, k) => ({ header: `(${start + k + 1})`, width: share, align: 'right' as const })),
      ],
      rows: reporting.map((u, n) => [
        String(n + 1),
        u.name.vi,
        ...inds.map((i) => (Object.prototype.hasOwnProperty.call(i.byUnit, u.unitId) ? _indicatorText(i.type, i.byUnit[u.unitId]!) : '')),
      ]),
      totals: ['', _WORDS.totals, ...inds.map((i) => (_totalText(i)))],
    });
  }
  return { label: _WORDS.annexLabel, title: _upper(_WORDS.annexTitle), attachedTo, blocks, landscape: true };
}

function _recipients(plan: Plan, copies: readonly string[], coordinatorId: string | undefined, issuerId: string, archive: string | undefined): string[] {
  const ids = [...copies, ...(coordinatorId ? [coordinatorId] : [])].filter((id, i, a) => id !== issuerId && a.indexOf(id) === i);
  return [...ids.map((id) => recipientName(plan, id)), _archiveLine(archive)];
}
