// Báo cáo của đơn vị — the report a unit issues after filling the form: everything from the
// submission (results, reasons, indicators, models, difficulties, proposals, directions,
// number, date, place, signer) and the plan (task and area wording, units, the obligation's
// recipient, "qua" body and copies). Nothing is invented: a field the report leaves empty
// leaves its part out (a draft shows it as a gap for the author).
import {
  DVK_HOLDER_LABELS,
  DVK_MODEL_FIELD_LABELS,
  DVK_STAGE_LABELS,
  type Plan,
  REPORT_FIELD_LABELS,
  TASK_ENTRY_FIELD_LABELS,
  TASK_ROLE_LABELS,
  TASK_STATUS_LABELS,
  type TaskStatus,
  contentAreas,
  findUnit,
  taskRoleOf,
  taskUnitIds,
} from '@dvcq/core';
import type { ReportSubmission } from '@dvcq/report';
import type { BlockSpec, OfficialDocumentSpec } from '../model/document';
import { _findReportInstance, _labelInSentence, type ReportInstance } from '../model/instance';
import { _upper, documentDateText, issuerLines, recipientName, signerTitleLines } from '../format/names';
import { DOCUMENT_WORDS, _archiveLine, _indicatorText, _measure, _planReference, _romanHeading, _textParagraphs } from '../format/common';

/** Tùy chọn văn bản báo cáo của đơn vị — options of {@link unitReportDocument}. */
export interface UnitReportDocumentOptions {
  /** The plan the report answers. */
  plan: Plan;
  /** Dự thảo — mark the document "DỰ THẢO" (any structurally valid report). */
  draft?: boolean;
  /**
   * Ký hiệu lưu — what follows "Lưu: VT," in the recipients list: the drafting section's
   * abbreviation and the number of copies kept (e.g. "TCCB, 02b"); the report does not carry it.
   */
  archive?: string;
}

/** The parts of a report the document reads, as `validateReport` gives them (wave-2 fields read when present). */
type _Report = ReportSubmission & { periodIndex?: number; obligationId?: string };

/**
 * Văn bản báo cáo của đơn vị — builds the unit's report (Báo cáo) as plain data, from a report
 * that passed `validateReport` and the plan: header with the unit's governing and own name,
 * the number and symbol, place and date; "BÁO CÁO" and its summary; results by content area
 * and task in the plan's wording; the indicators and "Dân vận khéo" models as tables;
 * difficulties, proposals and directions; the recipients of the obligation; the signature.
 * @param report - a validated submission (`validateReport(...).value`)
 * @param options - plan, draft, archive
 * @returns the document, ready for {@link toDocx}
 * @throws Error when the report names a unit or an obligation the plan does not have (validate first)
 */
export function unitReportDocument(report: ReportSubmission, options: UnitReportDocumentOptions): OfficialDocumentSpec {
  const { plan } = options;
  const r = report as _Report;
  const unit = findUnit(plan, r.unitId);
  if (!unit) throw new Error(`documents: unit "${r.unitId}" is not in plan "${plan.id}" (validate the report first)`);
  const instance = _findReportInstance(plan, { period: r.period, year: r.year, periodIndex: r.periodIndex, obligationId: r.obligationId });
  if (!instance) throw new Error(`documents: plan "${plan.id}" owes no single report for ${r.period} ${r.year} (validate the report first)`);
  const doc = r.document ?? {};
  const symbolHint = unit.symbol ? `/BC-${unit.symbol}` : '/BC';
  const date = documentDateText(doc.date);
  const place = doc.place ?? plan.place ?? '';
  const labelInText = _labelInSentence(instance.label);

  const body: BlockSpec[] = [
    {
      kind: 'paragraph',
      runs: [{ text: `Thực hiện ${_planReference(plan)}, ${unit.name.vi} báo cáo kết quả thực hiện kỳ ${labelInText} như sau:` }],
    },
    ..._taskPart(plan, r, unit.id, options.draft === true),
    ..._indicatorPart(plan, r, instance),
    ..._modelsPart(r),
    ..._textPart('/difficulties', r.difficulties),
    ..._textPart('/proposals', r.proposals),
    ..._textPart('/nextDirections', r.nextDirections),
  ];
  _numberHeadings(body);
  body.push({ kind: 'paragraph', runs: [{ text: `Trên đây là báo cáo kết quả thực hiện kỳ ${labelInText} của ${unit.name.vi}./.` }] });

  const header = issuerLines(plan, unit);
  return {
    header: {
      ...(header.governingBody !== undefined ? { governingBody: header.governingBody } : {}),
      issuingBody: header.issuingBody,
      numberLine: `${DOCUMENT_WORDS.number} ${doc.number ?? `${DOCUMENT_WORDS.blankNumber}${symbolHint}`}`,
      placeDateLine: `${place}, ${date ?? DOCUMENT_WORDS.blankDate(r.year)}`,
    },
    ...(options.draft ? { draft: { mark: DOCUMENT_WORDS.draft } } : {}),
    docType: DOCUMENT_WORDS.report,
    summary: `Kết quả thực hiện ${plan.title.vi} (kỳ ${labelInText})`,
    body,
    recipients: _unitRecipients(plan, instance, doc.recipients ?? [], options.archive),
    signature: { titleLines: signerTitleLines(doc.signer), name: doc.signer?.name ?? '' },
    annexes: [],
    properties: {
      title: `${DOCUMENT_WORDS.report} ${doc.number ?? ''} — ${unit.name.vi}`.replace(/\s+—/, ' —'),
      subject: `Kết quả thực hiện ${plan.title.vi} (kỳ ${labelInText})`,
      creator: unit.name.vi,
    },
  };
}

/** Numbers the level-1 headings I., II., … in order (parts that are left out leave no gap). */
function _numberHeadings(body: BlockSpec[]): void {
  let n = 0;
  for (let i = 0; i < body.length; i++) {
    const b = body[i]!;
    if (b.kind === 'heading' && b.level === 1) body[i] = { ...b, text: `${_romanHeading(++n)}. ${b.text}` };
  }
}

function _taskPart(plan: Plan, r: _Report, unitId: string, draft: boolean): BlockSpec[] {
  const out: BlockSpec[] = [{ kind: 'heading', level: 1, text: _upper(REPORT_FIELD_LABELS['/tasks'].vi) }];
  const tasks = (r.tasks ?? {}) as Record<string, { status?: TaskStatus; results?: string; reason?: string } | undefined>;
  let areaNo = 0;
  for (const area of contentAreas(plan)) {
    // The unit's tasks (assigned, lead or cooperating) and any other task it answered.
    const own = area.tasks.filter((t) => taskUnitIds(plan, t).includes(unitId) || Object.prototype.hasOwnProperty.call(tasks, t.id));
    if (own.length === 0) continue;
    out.push({ kind: 'heading', level: 2, text: `${++areaNo}. ${area.title.corrected?.vi ?? area.title.vi}` });
    own.forEach((task, i) => {
      const entry = Object.prototype.hasOwnProperty.call(tasks, task.id) ? tasks[task.id] : undefined;
      const role = taskRoleOf(plan, task, unitId);
      out.push({
        kind: 'paragraph',
        runs: [
          { text: `${String.fromCharCode(97 + (i % 26))}) ` },
          { text: task.text.corrected?.vi ?? task.text.vi, italics: true },
          ...(role ? [{ text: ` (${TASK_ROLE_LABELS[role].vi.toLocaleLowerCase('vi')})` }] : []),
        ],
      });
      if (!entry || entry.status === undefined) {
        if (draft) out.push({ kind: 'author-note', text: `${TASK_ENTRY_FIELD_LABELS.status.vi}: chưa có trong báo cáo` });
        return;
      }
      out.push({
        kind: 'paragraph',
        runs: [{ text: `${TASK_ENTRY_FIELD_LABELS.status.vi}: `, bold: true }, { text: `${TASK_STATUS_LABELS[entry.status].vi}.` }],
      });
      if (entry.results) out.push(..._labelled(TASK_ENTRY_FIELD_LABELS.results.vi, entry.results));
      if (entry.reason) out.push(..._labelled(TASK_ENTRY_FIELD_LABELS.reason.vi, entry.reason));
    });
  }
  return out;
}

/** "Kết quả thực hiện: …" — the first paragraph labelled, the following ones as written. */
function _labelled(label: string, text: string): BlockSpec[] {
  const paras = _textParagraphs(text);
  return paras.map((p, i) =>
    i === 0
      ? { kind: 'paragraph', runs: [{ text: `${label}: `, bold: true }, { text: p }] }
      : { kind: 'paragraph', runs: [{ text: p }] },
  );
}

function _indicatorPart(plan: Plan, r: _Report, instance: ReportInstance): BlockSpec[] {
  const values = (r.indicators ?? {}) as Record<string, number | undefined>;
  const asked = plan.indicators.filter(
    (i) => i.periods === undefined || (i.periods as readonly string[]).includes(instance.obligation.period) || values[i.id] !== undefined,
  );
  const rows = asked
    .filter((i) => typeof values[i.id] === 'number')
    .map((i, n) => {
      const v = values[i.id]!;
      return [String(n + 1), i.label.vi, _measure(i), _indicatorText(i.type, v)];
    });
  if (rows.length === 0) return [];
  return [
    { kind: 'heading', level: 1, text: _upper(REPORT_FIELD_LABELS['/indicators'].vi) },
    {
      kind: 'table',
      columns: [
        { header: DOCUMENT_WORDS.order, width: 0.08, align: 'center' },
        { header: REPORT_FIELD_LABELS['/indicators'].vi, width: 0.56 },
        { header: DOCUMENT_WORDS.measure, width: 0.16, align: 'center' },
        { header: DOCUMENT_WORDS.result, width: 0.2, align: 'right' },
      ],
      rows,
    },
  ];
}

function _modelsPart(r: _Report): BlockSpec[] {
  const models = r.models ?? [];
  if (models.length === 0) return [];
  return [
    { kind: 'heading', level: 1, text: _upper(REPORT_FIELD_LABELS['/models'].vi) },
    {
      kind: 'table',
      columns: [
        { header: DOCUMENT_WORDS.order, width: 0.08, align: 'center' },
        { header: DVK_MODEL_FIELD_LABELS.name.vi, width: 0.38 },
        { header: DVK_MODEL_FIELD_LABELS.field.vi, width: 0.24 },
        { header: DVK_MODEL_FIELD_LABELS.holder.vi, width: 0.14, align: 'center' },
        { header: DVK_MODEL_FIELD_LABELS.stage.vi, width: 0.16, align: 'center' },
      ],
      rows: models.map((m, i) => [String(i + 1), m.name, m.field, DVK_HOLDER_LABELS[m.holder].vi, DVK_STAGE_LABELS[m.stage].vi]),
    },
  ];
}

function _textPart(field: '/difficulties' | '/proposals' | '/nextDirections', text: string | undefined): BlockSpec[] {
  if (!text || !text.trim()) return [];
  return [
    { kind: 'heading', level: 1, text: _upper(REPORT_FIELD_LABELS[field].vi) },
    ..._textParagraphs(text).map((p): BlockSpec => ({ kind: 'paragraph', runs: [{ text: p }] })),
  ];
}

/**
 * Nơi nhận của báo cáo đơn vị — the obligation's recipient, "qua" the body that receives and
 * consolidates it (`via`, else the coordinator), each copy, then any other recipient the report
 * itself names, then "Lưu: VT".
 */
function _unitRecipients(plan: Plan, instance: ReportInstance, extra: readonly string[], archive: string | undefined): string[] {
  const o = instance.obligation;
  const through = o.via ?? o.coordinator;
  const lines = [`${recipientName(plan, o.recipient)}${through && through !== o.recipient ? ` (qua ${recipientName(plan, through)})` : ''}`];
  const seen = new Set([o.recipient, ...(through ? [through] : [])]);
  for (const id of [...o.copies, ...extra]) {
    if (seen.has(id)) continue;
    seen.add(id);
    lines.push(recipientName(plan, id));
  }
  lines.push(_archiveLine(archive));
  return lines;
}
