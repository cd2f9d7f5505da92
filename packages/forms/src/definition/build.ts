import {
  type Indicator,
  type Lang,
  type LocalizedText,
  type Obligation,
  type OrgUnit,
  type Plan,
  type PlanText,
  DVK_HOLDERS,
  DVK_HOLDER_LABELS,
  DVK_MODEL_FIELD_LABELS,
  DVK_STAGES,
  DVK_STAGE_LABELS,
  PERIOD_INDEX_MAX,
  PERIOD_NOUNS,
  REPORT_FIELD_LABELS as F,
  SIGNING_AUTHORITIES,
  SIGNING_AUTHORITY_LABELS,
  TASK_ENTRY_FIELD_LABELS,
  TASK_ROLE_LABELS,
  TASK_STATUSES,
  TASK_STATUS_LABELS,
  type Task,
  type TaskRole,
  taskRoleOf,
  contentAreas,
  obligationIndexes,
  shortTitle,
  expandUnitIds,
  findUnit,
  tasksForUnit,
} from '@dvcq/core';
import { periodLabel } from '@dvcq/calendar';
import { type ContextTables, buildRules } from '@dvcq/report/browser';
import { fill, type UiTexts } from '../messages/texts';
import type { FormDefinition, FormField, FormFixed, FormGroup, FormItem, FormOption, FormPeriod, FormRepeat, FormSection } from './types';

/** Tùy chọn dựng biểu mẫu — options for {@link buildReportForm}. */
export interface BuildReportFormOptions {
  /** Kế hoạch — a loaded plan (`loadPlan(...).plan`). */
  plan: Plan;
  /** Kỳ báo cáo — a period kind (`monthly`, `quarterly`, `semiannual`, `nine-month`, `annual`, `one-off`). */
  period: FormPeriod;
  /** Năm báo cáo — defaults to the year of the plan's obligation for the period, else the plan's year. */
  year?: number;
  /** Tháng (1–12) hoặc quý (1–4) — which instance of a monthly or quarterly obligation. */
  periodIndex?: number;
  /** Nghĩa vụ báo cáo — which obligation, when several match (one-off reports). */
  obligationId?: string;
  /**
   * Bảng ngữ cảnh — the plan's report context, computed on a server with `reportContext`
   * of @dvcq/report (needed when a deadline is a rule per period, e.g. quarterly reports).
   */
  context?: ContextTables;
  /** Mã đơn vị báo cáo — the reporting unit's id in the plan. */
  unit: string;
  /** Ngôn ngữ mặc định — `vi` (default) or `en`; labels always carry both. */
  lang?: Lang;
}

/**
 * Statuses that leave work undone, so a reason is asked for. The same statuses the
 * report rule `task.reason-required` reads (plan III.1 asks units to report
 * "kết quả thực hiện" and, by Nghị định 09/2019/NĐ-CP Điều 7, the reasons for what
 * was not achieved).
 */
const _NOT_DONE = TASK_STATUSES.filter((s) => s !== 'done');
/** Statuses with work to report. */
const _HAS_RESULTS = TASK_STATUSES.filter((s) => s === 'done' || s === 'in-progress');

/**
 * @internal `buildReportForm` with the form's words given: a browser page passes
 * the Vietnamese words only until English has loaded (see `build-report-form.ts`).
 */
export function _buildForm(options: BuildReportFormOptions, UI: UiTexts): FormDefinition {
  const { plan, period } = options;
  const unit = findUnit(plan, options.unit);
  if (!unit) throw new RangeError(`forms.unknown-unit: "${options.unit}" is not a unit of plan "${plan.id}"`);
  const { periodIndex, obligationId } = options;
  const obligation = plan.obligations.find(
    (o) =>
      o.period === period &&
      (options.year === undefined || o.year === options.year) &&
      (obligationId === undefined || o.id === obligationId) &&
      (periodIndex === undefined || obligationIndexes(o).includes(periodIndex)) &&
      expandUnitIds(plan, o.owedBy).includes(unit.id),
  );
  const year = options.year ?? obligation?.year ?? plan.year;
  const lang = options.lang ?? 'vi';

  const applicable = tasksForUnit(plan, unit.id);
  const applicableIds = new Set(applicable.map((t) => t.id));
  const indicatorsByTask = new Map<string, Indicator[]>();
  for (const ind of plan.indicators) {
    if (!applicableIds.has(ind.task)) continue;
    if (ind.periods !== undefined && !ind.periods.includes(period)) continue;
    const list = indicatorsByTask.get(ind.task) ?? [];
    list.push(ind);
    indicatorsByTask.set(ind.task, list);
  }

  const sections: FormSection[] = [_documentSection(UI, plan, unit, obligation)];
  for (const area of contentAreas(plan)) {
    const groups: FormItem[] = [];
    for (const task of area.tasks) {
      if (!applicableIds.has(task.id)) continue;
      groups.push(_taskGroup(UI, task, taskRoleOf(plan, task, unit.id), indicatorsByTask.get(task.id) ?? []));
    }
    if (groups.length === 0) continue;
    sections.push({ id: `area-${_safe(area.id)}`, title: _label(area.title, `${area.id}. `), items: groups });
  }
  // The models' help is the repeat's own (renderers draw it once, with the group).
  sections.push({ id: 'models', title: F['/models'], items: [_modelsRepeat(UI)] });
  sections.push({
    id: 'closing',
    title: UI.sectionClosing,
    items: [
      _field('difficulties', '/difficulties', F['/difficulties'], 'textarea', false),
      _field('proposals', '/proposals', F['/proposals'], 'textarea', false),
      _field('next-directions', '/nextDirections', F['/nextDirections'], 'textarea', false),
    ],
  });

  _markRequired(sections, plan, options.context);
  // The official heading with the period as the calendar names it ("… 6 tháng năm 2021",
  // "… quý II/2026", "… tháng 3/2026", "… năm 2026"); a one-off report: "… đột xuất năm 2026".
  const when = period === 'one-off' ? { vi: `${PERIOD_NOUNS[period].vi} năm ${year}`, en: `${PERIOD_NOUNS[period].en} ${year}` } : periodLabel(period, year, periodIndex);
  const heading = (l: Lang) => fill(UI.heading, { title: UI.formTitle[l], period: l === 'vi' ? when.vi.charAt(0).toLowerCase() + when.vi.slice(1) : when.en })[l];
  const fixed: FormFixed = { planId: plan.id, period, year, unitId: unit.id, ...(periodIndex !== undefined && PERIOD_INDEX_MAX[period] > 1 ? { periodIndex } : {}), ...(obligationId ? { obligationId } : {}) };
  return {
    planId: plan.id,
    period,
    year,
    unitId: unit.id,
    lang,
    title: { vi: heading('vi'), en: UI.formTitle.en && heading('en') },
    unitName: unit.name,
    ...(obligation ? { deadline: { vi: obligation.deadline.text, en: `${obligation.deadline.semantics === 'before' ? 'before' : 'by'} ${'date' in obligation.deadline ? obligation.deadline.date : obligation.deadline.text}` } } : {}),
    fixed,
    sections,
  };
}

/**
 * Rule codes that ask for an answer to be present. The "required" marks are read
 * from the report's own rule set (rules.json) — which path each such rule blames —
 * so the form never keeps a second list of what is required.
 */
const _PRESENCE_CODES = new Set([
  'final.missing-field',
  'task.missing',
  'task.results-required',
  'task.reason-required',
  'indicator.missing',
  'signer.on-behalf-required',
]);

function _markRequired(sections: FormSection[], plan: Plan, context: ContextTables | undefined): void {
  const required = new Set<string>();
  // Only codes, severities and blamed paths are read: Vietnamese messages suffice.
  for (const r of buildRules(plan, context ? { context } : {}).rules)
    if (r.severity === 'error' && r.modes.includes('final') && _PRESENCE_CODES.has(r.code)) required.add(r.blames);
  const mark = (f: FormField): FormField => ({ ...f, required: required.has(f.path) });
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i]!;
    sections[i] = {
      ...s,
      items: s.items.map((it) => (it.kind === 'field' ? mark(it) : it.kind === 'group' ? { ...it, fields: it.fields.map(mark) } : it)),
    };
  }
}

function _documentSection(UI: UiTexts, plan: Plan, unit: OrgUnit, obligation: Obligation | undefined): FormSection {
  const unitId = unit.id;
  // Offer the bodies the obligation names (recipient, via, copies, coordinator) —
  // plan III.1: "gửi UBND tỉnh (qua Sở Nội vụ), đồng gửi Ban Dân vận Tỉnh ủy".
  const ids = obligation
    ? [obligation.recipient, obligation.via, ...obligation.copies, obligation.coordinator]
    : [plan.issuer];
  const recipientIds = [...new Set(ids.filter((x): x is string => x !== undefined && x !== unitId))];
  const recipientOptions = recipientIds.flatMap((id) => {
    const u = findUnit(plan, id);
    return u ? [{ value: u.id, label: u.name }] : [];
  });
  const example = (x: string | undefined): { example?: LocalizedText } => (x ? { example: fill(UI.example, { x }) } : {});
  const authority: FormField = {
    ..._field('signer-authority', '/document/signer/authority', F['/document/signer/authority'], 'select', true),
    options: _options(SIGNING_AUTHORITIES, SIGNING_AUTHORITY_LABELS),
  };
  return {
    id: 'document',
    title: F['/document'],
    help: UI.sectionDocumentHelp,
    items: [
      {
        ..._field('document-number', '/document/number', F['/document/number'], 'text', true),
        help: UI.documentNumberHelp,
        // A running number and the unit's own symbol (Nghị định 30/2020/NĐ-CP: số/BC-viết tắt).
        ...example(unit.symbol && `15/BC-${unit.symbol}`),
      },
      { ..._field('document-date', '/document/date', F['/document/date'], 'date', true), help: UI.dateHelp },
      { ..._field('document-place', '/document/place', F['/document/place'], 'text', true), ...example(_place(plan, unit)) },
      authority,
      {
        ..._field('signer-on-behalf-of', '/document/signer/onBehalfOf', F['/document/signer/onBehalfOf'], 'text', true),
        help: UI.signerOnBehalfOfHelp,
        visibleWhen: { path: '/document/signer/authority', in: SIGNING_AUTHORITIES.filter((a) => a !== 'none') },
      },
      { ..._field('signer-position', '/document/signer/position', F['/document/signer/position'], 'text', true), autocomplete: 'organization-title' },
      { ..._field('signer-name', '/document/signer/name', F['/document/signer/name'], 'text', true), autocomplete: 'name' },
      {
        ..._field('document-recipients', '/document/recipients', F['/document/recipients'], 'checkboxes', true),
        valueType: 'string[]',
        help: UI.recipientsHelp,
        options: recipientOptions,
      },
    ],
  };
}

function _taskGroup(UI: UiTexts, task: Task, role: TaskRole | undefined, indicators: readonly Indicator[]): FormGroup {
  const { id: taskId, text } = task;
  const base = `/tasks/${_pointerSegment(taskId)}`;
  const id = `task-${_safe(taskId)}`;
  const status: FormField = {
    ..._field(`${id}-status`, `${base}/status`, TASK_ENTRY_FIELD_LABELS.status, 'radio', true),
    options: _options(TASK_STATUSES, TASK_STATUS_LABELS),
  };
  const results: FormField = {
    ..._field(`${id}-results`, `${base}/results`, TASK_ENTRY_FIELD_LABELS.results, 'textarea', true),
    help: UI.taskResultsHelp,
    visibleWhen: { path: `${base}/status`, in: _HAS_RESULTS },
  };
  const reason: FormField = {
    ..._field(`${id}-reason`, `${base}/reason`, TASK_ENTRY_FIELD_LABELS.reason, 'textarea', true),
    help: UI.taskReasonHelp,
    visibleWhen: { path: `${base}/status`, in: _NOT_DONE },
  };
  const fields: FormField[] = [status, results, reason];
  for (const ind of indicators) fields.push(_indicatorField(UI, ind));
  // The legend: the task id and a short title cut from the plan's own words (core's
  // shortTitle); the whole text on demand when the title had to be cut.
  const full = _label(text, '');
  const short = { vi: shortTitle(full.vi, { maxLength: 100 }), en: full.en && shortTitle(full.en, { maxLength: 100 }) };
  const label = { vi: `${taskId}. ${short.vi}`, en: short.en && `${taskId}. ${short.en}` };
  return {
    kind: 'group',
    id,
    path: base,
    taskId,
    label,
    ...(short.vi.endsWith('…') || short.en.endsWith('…') ? { text: full } : {}),
    ...(text.corrected ? { verbatim: text.vi } : {}),
    // The unit's role (chủ trì / phối hợp) and the task's due time, as the plan states them.
    ...(role || task.due
      ? { note: { vi: _join(role && TASK_ROLE_LABELS[role].vi, task.due && fill(UI.due, { due: task.due.text }).vi), en: _join(role && TASK_ROLE_LABELS[role].en, task.due && fill(UI.due, { due: task.due.text }).en) } }
      : {}),
    fields,
  };
}

function _indicatorField(UI: UiTexts, ind: Indicator): FormField {
  const mandated = ind.mandatedBy === 'plan' ? UI.indicatorMandatedPlan : UI.indicatorMandatedKit;
  const help: LocalizedText = ind.help
    ? { vi: `${ind.help.vi} ${mandated.vi}`, en: `${ind.help.en} ${mandated.en}` }
    : mandated;
  const unit = ind.type === 'percent' ? undefined : ind.unit;
  return {
    ..._field(`indicator-${_safe(ind.id)}`, `/indicators/${_pointerSegment(ind.id)}`, ind.label, ind.type === 'percent' ? 'percent' : 'count', false),
    valueType: 'number',
    help,
    ...(unit ? { unit } : {}),
  };
}

function _modelsRepeat(UI: UiTexts): FormRepeat {
  return {
    kind: 'repeat',
    id: 'models',
    path: '/models',
    label: F['/models'],
    help: UI.sectionModelsHelp,
    itemLabel: UI.modelItem,
    addLabel: UI.modelAdd,
    removeLabel: UI.modelRemove,
    maxItems: 500,
    fields: [
      _field('name', '/name', DVK_MODEL_FIELD_LABELS.name, 'text', true),
      _field('field', '/field', DVK_MODEL_FIELD_LABELS.field, 'text', true),
      { ..._field('holder', '/holder', DVK_MODEL_FIELD_LABELS.holder, 'radio', true), options: _options(DVK_HOLDERS, DVK_HOLDER_LABELS) },
      { ..._field('stage', '/stage', DVK_MODEL_FIELD_LABELS.stage, 'select', true), options: _options(DVK_STAGES, DVK_STAGE_LABELS) },
    ],
  };
}

/** Choices from a vocabulary list and its labels (core's vocabulary: one wording everywhere). */
function _options<K extends string>(values: readonly K[], labels: Readonly<Record<K, LocalizedText>>): FormOption[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

function _field(id: string, path: string, label: LocalizedText, widget: FormField['widget'], required: boolean): FormField {
  return { kind: 'field', id, path, label, widget, valueType: 'string', required };
}

/** The plan text to show: the corrected text when the kit has one (the verbatim stays in the plan file). */
function _label(text: PlanText, prefix: string): LocalizedText {
  return { vi: prefix + (text.corrected?.vi ?? text.vi), en: prefix + text.en };
}

function _join(...parts: Array<string | undefined | false>): string {
  return parts.filter(Boolean).join(' · ');
}

/**
 * Địa danh gợi ý — the place written on the unit's documents: the name of the
 * administrative unit the body sits in (Nghị định 30/2020/NĐ-CP, Phụ lục I). A
 * district or commune committee's own area, read from its name after the kind of
 * area (`Ủy ban nhân dân xã X` → `X`); any other body sits in the plan's
 * place. Undefined when it cannot be told.
 */
function _place(plan: Plan, unit: OrgUnit): string | undefined {
  if (unit.kind !== 'district-committee' && unit.kind !== 'commune-committee') return plan.place;
  return /\b(?:thành phố|thị xã|thị trấn|huyện|quận|xã|phường|đặc khu) (.+)$/u.exec(unit.name.vi)?.[1];
}

/** An id safe inside an HTML id and a CSS selector: `II.1.1` → `II-1-1`. */
function _safe(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '-');
}

function _pointerSegment(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

