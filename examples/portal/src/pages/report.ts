// Trang đọc báo cáo — one stored report as a readable page (server-rendered, no script
// needed): header (unit, period, number, dates, receipt, on time or late), every task
// with its title from the plan, its status and indicators, the "Dân vận khéo" models,
// the texts; downloads (DOCX, JSON); the review panel's slot. Every text is escaped.
import {
  DVK_HOLDER_LABELS,
  DVK_MODEL_FIELD_LABELS,
  DVK_STAGE_LABELS,
  type Lang,
  type Message,
  type Plan,
  REPORT_FIELD_LABELS,
  type SigningAuthority,
  SIGNING_AUTHORITY_LABELS,
  SUBMISSION_STATUS_LABELS,
  TASK_ENTRY_FIELD_LABELS,
  TASK_STATUS_LABELS,
  contentAreas,
  findUnit,
  formatNumber,
  formatPercent,
} from '@dvcq/core';
import { type ObligationInstance, extendInstance, formatDateTimeVi, formatDateVi } from '@dvcq/calendar';
import { signerTitleLines } from '@dvcq/documents';
import type { ReportRecord } from '@dvcq/server';
import { type PageContext, type PageModule, esc, pick, withPlan } from './layout';

/** Trạng thái xem xét — a report's review state as the review workflow gives it. */
export interface ReviewStateView {
  /** Stable code (`submitted`, `returned`, `resubmitted`, `accepted`…). */
  state: string;
  label: Message;
  /** When the state was reached (ISO 8601). */
  at?: string;
  /** Number of comments on the report. */
  comments: number;
  /** Gia hạn — the last day the unit was granted for this report (ISO date), when the coordinator extended it. */
  extendedTo?: string;
}

/** Dữ liệu trang báo cáo — what the report page draws. */
export interface ReportPageData {
  record: ReportRecord;
  plan: Plan;
  /** The instance the report belongs to (period label, deadline); absent when the plan no longer has it. */
  instance?: ObligationInstance;
  /** Receipt time of the first report of the correction chain: timeliness is judged by it. */
  firstReceivedAt: string;
  /** The correction chain, oldest first (this report included). */
  chain: readonly ReportRecord[];
  review?: ReviewStateView;
  /** HTML of the review panel (already escaped by its author). */
  reviewPanel?: string;
}

const _isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const _str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
/** Ngày dd/mm/yyyy — an ISO date as Vietnamese write it; other text as it is. */
const _date = (v: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDateVi(v) : v);

/**
 * Đúng hạn hay trễ hạn — judged as the consolidation does: the first report of the chain
 * against the instance's deadline instant (a correction does not make an on-time report late),
 * or against the unit's extended deadline (`extendInstance` of `@dvcq/calendar`) when it was granted one.
 * @returns `on-time`, `late`, or `undefined` when the plan has no such instance
 */
export function reportTimeliness(firstReceivedAt: string, instance: ObligationInstance | undefined, extendedTo?: string): 'on-time' | 'late' | undefined {
  if (!instance) return undefined;
  const t = Date.parse(firstReceivedAt);
  if (!Number.isFinite(t)) return undefined;
  const own = extendedTo !== undefined ? extendInstance(instance, extendedTo) : instance;
  return t >= own.deadline.epochMs ? 'late' : 'on-time';
}

/** Tên đơn vị — the unit's name in the page language, or its id. */
export function unitName(plan: Plan, unitId: string, lang: Lang): string {
  const u = findUnit(plan, unitId);
  return u ? pick(u.name, lang) : unitId;
}

/** Tên kỳ — "Báo cáo 6 tháng — 6 tháng năm 2021", or just the label when the title holds it. */
export function instanceName(instance: ObligationInstance | undefined, record: Pick<ReportRecord, 'period' | 'year'>, lang: Lang): string {
  if (!instance) return `${record.period} ${record.year}`;
  const title = pick(instance.title, lang);
  const label = pick(instance.label, lang);
  return title.toLocaleLowerCase('vi').includes(label.toLocaleLowerCase('vi')) ? title : `${title} — ${label}`;
}

function _row(label: Message, value: string, lang: Lang, id?: string): string {
  return `<tr${id ? ` id="${id}"` : ''}><th scope="row">${esc(pick(label, lang))}</th><td>${value}</td></tr>`;
}

function _text(label: Message, value: unknown, lang: Lang, id: string): string {
  const t = _str(value);
  if (t === undefined) return '';
  return `<section class="report-part" id="${id}"><h2>${esc(pick(label, lang))}</h2><p class="portal-text">${esc(t)}</p></section>`;
}

/**
 * Trang báo cáo — the page module of `/reports/:id` for this report.
 * @param data - the report, its plan, instance, chain and review state
 */
export function reportPage(data: ReportPageData): PageModule {
  const { record, plan, instance } = data;
  return {
    path: `/reports/${record.id}`,
    title: () => ({
      vi: `Báo cáo của ${unitName(plan, record.unitId, 'vi')} — ${instanceName(instance, record, 'vi')}`,
      en: `Report of ${unitName(plan, record.unitId, 'en')} — ${instanceName(instance, record, 'en')}`,
    }),
    body: (ctx) => _body(data, ctx),
  };
}

function _body(data: ReportPageData, ctx: PageContext): string {
  const { lang } = ctx;
  const { record, plan, instance } = data;
  const L = (vi: string, en: string) => (lang === 'en' ? en : vi);
  const report = record.report;
  const doc = _isObj(report.document) ? report.document : {};
  const signer = _isObj(doc.signer) ? doc.signer : {};
  const extendedTo = data.review?.extendedTo;
  const timeliness = reportTimeliness(data.firstReceivedAt, instance, extendedTo);
  const id = encodeURIComponent(record.id);

  // Header: who, which period, which document, when it came, on time or late.
  const head: string[] = [];
  head.push(_row(REPORT_FIELD_LABELS['/unitId'], esc(unitName(plan, record.unitId, lang)), lang, 'report-unit'));
  head.push(_row(REPORT_FIELD_LABELS['/period'], esc(instanceName(instance, record, lang)), lang, 'report-period'));
  if (instance) {
    const d = instance.deadline;
    head.push(_row({ vi: 'Hạn nộp', en: 'Deadline' }, `${esc(d.text || formatDateVi(d.date))} — ${esc(pick(d.reading, lang))}`, lang, 'report-deadline'));
  }
  head.push(_row(REPORT_FIELD_LABELS['/document/number'], esc(_str(doc.number) ?? record.documentNumber), lang, 'report-number'));
  if (_str(doc.date)) head.push(_row(REPORT_FIELD_LABELS['/document/date'], esc(_date(doc.date as string)), lang, 'report-date'));
  if (_str(doc.place)) head.push(_row(REPORT_FIELD_LABELS['/document/place'], esc(doc.place as string), lang));
  // As the signature block reads (Nghị định 30/2020: "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"), then the name; the authority in words beside.
  const authority = _str(signer.authority);
  const titles = signerTitleLines({
    ...(authority ? { authority: authority as SigningAuthority } : {}),
    ...(_str(signer.onBehalfOf) ? { onBehalfOf: signer.onBehalfOf as string } : {}),
    ...(_str(signer.position) ? { position: signer.position as string } : {}),
  });
  const signerText = [...titles, _str(signer.name)].filter((x): x is string => x !== undefined).join(' — ');
  const authorityLabel = authority && authority !== 'none' ? (SIGNING_AUTHORITY_LABELS as Record<string, Message>)[authority] : undefined;
  if (signerText) head.push(_row(REPORT_FIELD_LABELS['/document/signer'], `${esc(signerText)}${authorityLabel ? ` <span class="portal-muted">(${esc(pick(authorityLabel, lang))})</span>` : ''}`, lang, 'report-signer'));
  head.push(
    _row(
      { vi: 'Thời điểm nhận', en: 'Received at' },
      `<time datetime="${esc(record.receivedAt)}">${esc(formatDateTimeVi(record.receivedAt))}</time> ${esc(L('(giờ Việt Nam)', '(Việt Nam time)'))}`,
      lang,
      'report-received',
    ),
  );
  if (timeliness) {
    const label = SUBMISSION_STATUS_LABELS[timeliness];
    const basis = data.firstReceivedAt !== record.receivedAt ? ` ${esc(L(`(theo lần nộp đầu, ${formatDateTimeVi(data.firstReceivedAt)})`, `(by the first submission, ${formatDateTimeVi(data.firstReceivedAt)})`))}` : '';
    const extension = extendedTo ? ` ${esc(L(`(được gia hạn đến hết ngày ${formatDateVi(extendedTo)})`, `(extended until the end of ${formatDateVi(extendedTo)})`))}` : '';
    head.push(_row({ vi: 'Đúng hạn / trễ hạn', en: 'On time / late' }, `<span class="state-${timeliness}" data-timeliness="${timeliness}">${esc(pick(label, lang))}</span>${basis}${extension}`, lang, 'report-timeliness'));
  }
  if (data.review) {
    const r = data.review;
    head.push(
      _row(
        { vi: 'Tình trạng xem xét', en: 'Review state' },
        `<span class="review-${esc(r.state)}" data-review-state="${esc(r.state)}">${esc(pick(r.label, lang))}</span>${r.at ? ` — ${esc(formatDateTimeVi(r.at))}` : ''}`,
        lang,
        'report-review-state',
      ),
    );
  }
  // Corrections: the chain, with this report marked.
  if (data.chain.length > 1) {
    const items = data.chain
      .map((c, n) => {
        const what = `${n === 0 ? L('Lần nộp đầu', 'First submission') : L(`Bản sửa lần ${n}`, `Correction ${n}`)} — ${c.documentNumber} — ${formatDateTimeVi(c.receivedAt)}`;
        return c.id === record.id ? `<li aria-current="page"><strong>${esc(what)}</strong></li>` : `<li><a href="${esc(withPlan(ctx, `/reports/${encodeURIComponent(c.id)}`))}">${esc(what)}</a></li>`;
      })
      .join('');
    head.push(_row({ vi: 'Các lần nộp', en: 'Submissions' }, `<ol class="report-chain">${items}</ol>`, lang, 'report-chain'));
  }
  if (record.replacedBy) {
    head.push(
      _row(
        { vi: 'Lưu ý', en: 'Note' },
        `<strong>${esc(L('Báo cáo này đã được thay thế bởi bản sửa', 'This report was superseded by a correction'))}</strong> — <a href="${esc(withPlan(ctx, `/reports/${encodeURIComponent(record.replacedBy)}`))}">${esc(L('xem bản hiện hành', 'see the current one'))}</a>`,
        lang,
        'report-superseded',
      ),
    );
  }

  const downloads = `<p class="portal-controls report-downloads"><strong>${esc(L('Tải về', 'Download'))}:</strong>
<a class="portal-download" id="report-docx" href="${esc(withPlan(ctx, `/api/reports/${id}?format=docx`))}" download>${esc(L('Văn bản báo cáo (DOCX)', 'Report document (DOCX)'))}</a>
<a class="portal-download" id="report-json" href="${esc(withPlan(ctx, `/api/reports/${id}`))}" download="bao-cao-${esc(record.unitId)}-${esc(record.id)}.json">${esc(L('Dữ liệu (JSON)', 'Data (JSON)'))}</a></p>`;

  return `<table class="report-head"><tbody>${head.join('')}</tbody></table>
${downloads}
${_warnings(record, lang)}
${_tasks(data, lang)}
${_models(report.models, lang)}
${_text(REPORT_FIELD_LABELS['/difficulties'], report.difficulties, lang, 'report-difficulties')}
${_text(REPORT_FIELD_LABELS['/proposals'], report.proposals, lang, 'report-proposals')}
${_text(REPORT_FIELD_LABELS['/nextDirections'], report.nextDirections, lang, 'report-next')}
${_recipients(doc.recipients, lang)}
<section id="review" class="portal-review" aria-label="${esc(L('Xem xét báo cáo', 'Review'))}">${data.reviewPanel ?? ''}</section>`;
}

function _warnings(record: ReportRecord, lang: Lang): string {
  if (record.warnings.length === 0) return '';
  const L = (vi: string, en: string) => (lang === 'en' ? en : vi);
  const items = record.warnings.map((w) => `<li data-code="${esc(w.code)}">${esc(w.message)}</li>`).join('');
  return `<section class="report-part report-warnings" id="report-warnings"><h2>${esc(L('Cảnh báo khi tiếp nhận', 'Warnings at receipt'))}</h2><ul>${items}</ul></section>`;
}

function _tasks(data: ReportPageData, lang: Lang): string {
  const { plan, record } = data;
  const L = (vi: string, en: string) => (lang === 'en' ? en : vi);
  const entries = _isObj(record.report.tasks) ? record.report.tasks : {};
  const values = _isObj(record.report.indicators) ? record.report.indicators : {};
  const byTask = new Map<string, typeof plan.indicators>();
  for (const i of plan.indicators) byTask.set(i.task, [...(byTask.get(i.task) ?? []), i]);
  const parts: string[] = [];
  const shown = new Set<string>();
  for (const area of contentAreas(plan)) {
    const rows: string[] = [];
    for (const task of area.tasks) {
      const entry = entries[task.id];
      const inds = (byTask.get(task.id) ?? []).filter((i) => typeof values[i.id] === 'number');
      if (!_isObj(entry) && inds.length === 0) continue;
      shown.add(task.id);
      rows.push(_task(task.id, pick(task.text, lang), _isObj(entry) ? entry : {}, inds, values, lang));
    }
    if (rows.length > 0) parts.push(`<section class="report-area" data-area="${esc(area.id)}"><h3>${esc(pick(area.title, lang))}</h3>${rows.join('')}</section>`);
  }
  // Answers for tasks the plan no longer has: shown by id, never dropped.
  const unknown = Object.keys(entries).filter((k) => !shown.has(k));
  if (unknown.length > 0) {
    const rows = unknown.map((k) => _task(k, L('(nhiệm vụ không có trong kế hoạch)', '(task not in the plan)'), _isObj(entries[k]) ? (entries[k] as Record<string, unknown>) : {}, [], values, lang));
    parts.push(`<section class="report-area"><h3>${esc(L('Nhiệm vụ khác', 'Other tasks'))}</h3>${rows.join('')}</section>`);
  }
  if (parts.length === 0) return '';
  return `<section class="report-part" id="report-tasks"><h2>${esc(pick(REPORT_FIELD_LABELS['/tasks'], lang))}</h2>${parts.join('')}</section>`;
}

function _task(
  taskId: string,
  title: string,
  entry: Record<string, unknown>,
  indicators: Plan['indicators'],
  values: Record<string, unknown>,
  lang: Lang,
): string {
  const status = _str(entry.status);
  const statusLabel = status ? (TASK_STATUS_LABELS as Record<string, Message>)[status] : undefined;
  const fields: string[] = [];
  fields.push(
    `<dt>${esc(pick(TASK_ENTRY_FIELD_LABELS.status, lang))}</dt><dd>${status ? `<span class="task-${esc(status)}" data-status="${esc(status)}">${esc(statusLabel ? pick(statusLabel, lang) : status)}</span>` : '—'}</dd>`,
  );
  if (_str(entry.results)) fields.push(`<dt>${esc(pick(TASK_ENTRY_FIELD_LABELS.results, lang))}</dt><dd class="portal-text">${esc(entry.results as string)}</dd>`);
  if (_str(entry.reason)) fields.push(`<dt>${esc(pick(TASK_ENTRY_FIELD_LABELS.reason, lang))}</dt><dd class="portal-text">${esc(entry.reason as string)}</dd>`);
  let table = '';
  if (indicators.length > 0) {
    const rows = indicators
      .map((i) => {
        const v = values[i.id] as number;
        const text = i.type === 'percent' ? formatPercent(v, { lang }) : formatNumber(v, { lang });
        const unit = i.type === 'count' && i.unit ? ` ${pick(i.unit, lang)}` : '';
        return `<tr data-indicator="${esc(i.id)}"><td>${esc(pick(i.label, lang))}</td><td class="num">${esc(text + unit)}</td></tr>`;
      })
      .join('');
    table = `<table class="report-indicators"><thead><tr><th>${esc(pick(REPORT_FIELD_LABELS['/indicators'], lang))}</th><th>${esc(lang === 'en' ? 'Value' : 'Số liệu')}</th></tr></thead><tbody>${rows}</tbody></table>`;
  }
  return `<article class="report-task" data-task="${esc(taskId)}"><h4><span class="report-task-id">${esc(taskId)}</span> ${esc(title)}</h4><dl>${fields.join('')}</dl>${table}</article>`;
}

function _models(models: unknown, lang: Lang): string {
  if (!Array.isArray(models) || models.length === 0) return '';
  const label = (labels: Record<string, Message>, v: unknown) => {
    const s = _str(v) ?? '';
    return labels[s] ? pick(labels[s]!, lang) : s;
  };
  const rows = models
    .filter(_isObj)
    .map(
      (m) =>
        `<tr><td>${esc(_str(m.name) ?? '')}</td><td>${esc(_str(m.field) ?? '')}</td><td>${esc(label(DVK_HOLDER_LABELS as Record<string, Message>, m.holder))}</td><td>${esc(label(DVK_STAGE_LABELS as Record<string, Message>, m.stage))}</td></tr>`,
    )
    .join('');
  const head = (['name', 'field', 'holder', 'stage'] as const).map((k) => `<th>${esc(pick(DVK_MODEL_FIELD_LABELS[k], lang))}</th>`).join('');
  return `<section class="report-part" id="report-models"><h2>${esc(pick(REPORT_FIELD_LABELS['/models'], lang))}</h2><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></section>`;
}

function _recipients(recipients: unknown, lang: Lang): string {
  if (!Array.isArray(recipients) || recipients.length === 0) return '';
  const items = recipients.filter((r): r is string => typeof r === 'string').map((r) => `<li>${esc(r)}</li>`).join('');
  return `<section class="report-part" id="report-recipients"><h2>${esc(pick(REPORT_FIELD_LABELS['/document/recipients'], lang))}</h2><ul>${items}</ul></section>`;
}
