import {
  type Indicator,
  type Lang,
  type LocalizedText,
  type Obligation,
  type Plan,
  type PlanText,
  contentAreas,
  expandUnitIds,
  findUnit,
  tasksForUnit,
} from '@dvcq/core';
import { buildRulesWith, viCatalogue } from '@dvcq/report/browser';
import { UI } from '../messages/ui';
import type { FormDefinition, FormField, FormGroup, FormItem, FormPeriod, FormRepeat, FormSection } from './types';

/** Tùy chọn dựng biểu mẫu — options for {@link buildReportForm}. */
export interface BuildReportFormOptions {
  /** Kế hoạch — a loaded plan (`loadPlan(...).plan`). */
  plan: Plan;
  /** Kỳ báo cáo — `semiannual` (6 tháng) or `annual` (năm). */
  period: FormPeriod;
  /** Năm báo cáo — defaults to the year of the plan's obligation for the period, else the plan's year. */
  year?: number;
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
const _NOT_DONE = ['in-progress', 'not-started', 'not-applicable'] as const;
/** Statuses with work to report. */
const _HAS_RESULTS = ['done', 'in-progress'] as const;

/**
 * Dựng biểu mẫu báo cáo — builds the framework-neutral form of one unit's report
 * for one period: the report's document data; a section per content area with a
 * group per task that applies to the unit (status, results, reason — the reason
 * only shows when the task is not done) and the indicators measuring it (only
 * those asked in this period); the "Dân vận khéo" models as a repeating group;
 * difficulties, proposals and next-period directions.
 * Applicability uses the same plan data as `@dvcq/report`: `tasksForUnit` from
 * `@dvcq/core` and each indicator's `periods`.
 * @param options - plan, period, optional year, unit id and language
 * @returns the form definition
 * @throws RangeError when `unit` is not a unit of the plan (a programmer mistake)
 */
export function buildReportForm(options: BuildReportFormOptions): FormDefinition {
  const { plan, period } = options;
  const unit = findUnit(plan, options.unit);
  if (!unit) throw new RangeError(`forms.unknown-unit: "${options.unit}" is not a unit of plan "${plan.id}"`);
  const obligation = _obligationFor(plan, period, unit.id, options.year);
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

  const sections: FormSection[] = [_documentSection(plan, unit.id, unit.symbol, obligation)];
  for (const area of contentAreas(plan)) {
    const groups: FormItem[] = [];
    for (const task of area.tasks) {
      if (!applicableIds.has(task.id)) continue;
      groups.push(_taskGroup(task.id, task.text, indicatorsByTask.get(task.id) ?? []));
    }
    if (groups.length === 0) continue;
    sections.push({ id: `area-${_safe(area.id)}`, title: _label(area.title, `${area.id}. `), items: groups });
  }
  sections.push({ id: 'models', title: UI.sectionModels, help: UI.sectionModelsHelp, items: [_modelsRepeat()] });
  sections.push({
    id: 'closing',
    title: UI.sectionClosing,
    items: [
      _field('difficulties', '/difficulties', UI.difficulties, 'textarea', false),
      _field('proposals', '/proposals', UI.proposals, 'textarea', false),
      _field('next-directions', '/nextDirections', UI.nextDirections, 'textarea', false),
    ],
  });

  _markRequired(sections, plan);
  const periodLabel = period === 'annual' ? UI.periodAnnual : UI.periodSemiannual;
  return {
    planId: plan.id,
    period,
    year,
    unitId: unit.id,
    lang,
    title: { vi: `${periodLabel.vi} ${year}`, en: `${periodLabel.en} ${year}` },
    unitName: unit.name,
    ...(obligation ? { deadline: { vi: obligation.deadline.text, en: `${obligation.deadline.semantics === 'before' ? 'before' : 'by'} ${'date' in obligation.deadline ? obligation.deadline.date : obligation.deadline.text}` } } : {}),
    fixed: { planId: plan.id, period, year, unitId: unit.id },
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

function _markRequired(sections: FormSection[], plan: Plan): void {
  const required = new Set<string>();
  // Only codes, severities and blamed paths are read: Vietnamese messages suffice.
  for (const r of buildRulesWith(plan, { vi: viCatalogue }).rules)
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

function _obligationFor(plan: Plan, period: FormPeriod, unitId: string, year: number | undefined): Obligation | undefined {
  return plan.obligations.find(
    (o) => o.period === period && (year === undefined || o.year === year) && expandUnitIds(plan, o.owedBy).includes(unitId),
  );
}

function _documentSection(plan: Plan, unitId: string, symbol: string | undefined, obligation: Obligation | undefined): FormSection {
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
  const agency = symbol ?? 'UBND';
  const authority: FormField = {
    ..._field('signer-authority', '/document/signer/authority', UI.signerAuthority, 'select', true),
    help: UI.signerAuthorityHelp,
    options: [
      { value: 'none', label: UI.authorityNone },
      { value: 'KT.', label: UI.authorityKT },
      { value: 'TM.', label: UI.authorityTM },
      { value: 'TL.', label: UI.authorityTL },
      { value: 'TUQ.', label: UI.authorityTUQ },
      { value: 'Q.', label: UI.authorityQ },
    ],
  };
  return {
    id: 'document',
    title: UI.sectionDocument,
    help: UI.sectionDocumentHelp,
    items: [
      {
        ..._field('document-number', '/document/number', UI.documentNumber, 'text', true),
        help: UI.documentNumberHelp,
        placeholder: { vi: `15/BC-${agency}`, en: `15/BC-${agency}` },
      },
      _field('document-date', '/document/date', UI.documentDate, 'date', true),
      {
        ..._field('document-place', '/document/place', UI.documentPlace, 'text', true),
        ...(plan.place ? { placeholder: { vi: plan.place, en: plan.place } } : {}),
      },
      authority,
      {
        ..._field('signer-on-behalf-of', '/document/signer/onBehalfOf', UI.signerOnBehalfOf, 'text', true),
        help: UI.signerOnBehalfOfHelp,
        visibleWhen: { path: '/document/signer/authority', in: ['KT.', 'TM.', 'TL.', 'TUQ.', 'Q.'] },
      },
      { ..._field('signer-position', '/document/signer/position', UI.signerPosition, 'text', true), autocomplete: 'organization-title' },
      { ..._field('signer-name', '/document/signer/name', UI.signerName, 'text', true), autocomplete: 'name' },
      {
        ..._field('document-recipients', '/document/recipients', UI.recipients, 'checkboxes', true),
        valueType: 'string[]',
        help: UI.recipientsHelp,
        options: recipientOptions,
      },
    ],
  };
}

function _taskGroup(taskId: string, text: PlanText, indicators: readonly Indicator[]): FormGroup {
  const base = `/tasks/${_pointerSegment(taskId)}`;
  const id = `task-${_safe(taskId)}`;
  const status: FormField = {
    ..._field(`${id}-status`, `${base}/status`, UI.taskStatus, 'radio', true),
    options: [
      { value: 'done', label: UI.statusDone },
      { value: 'in-progress', label: UI.statusInProgress },
      { value: 'not-started', label: UI.statusNotStarted },
      { value: 'not-applicable', label: UI.statusNotApplicable },
    ],
  };
  const results: FormField = {
    ..._field(`${id}-results`, `${base}/results`, UI.taskResults, 'textarea', true),
    help: UI.taskResultsHelp,
    visibleWhen: { path: `${base}/status`, in: _HAS_RESULTS },
  };
  const reason: FormField = {
    ..._field(`${id}-reason`, `${base}/reason`, UI.taskReason, 'textarea', true),
    help: UI.taskReasonHelp,
    visibleWhen: { path: `${base}/status`, in: _NOT_DONE },
  };
  const fields: FormField[] = [status, results, reason];
  for (const ind of indicators) fields.push(_indicatorField(ind));
  const label = _label(text, `${taskId}. `);
  return {
    kind: 'group',
    id,
    path: base,
    taskId,
    label,
    ...(text.corrected ? { verbatim: text.vi } : {}),
    fields,
  };
}

function _indicatorField(ind: Indicator): FormField {
  const mandated = ind.mandatedBy === 'plan' ? UI.indicatorMandatedPlan : UI.indicatorMandatedKit;
  const help: LocalizedText = ind.help
    ? { vi: `${ind.help.vi} ${mandated.vi}`, en: `${ind.help.en} ${mandated.en}` }
    : mandated;
  const unit = ind.type === 'percent' ? UI.percentUnit : ind.unit;
  return {
    ..._field(`indicator-${_safe(ind.id)}`, `/indicators/${_pointerSegment(ind.id)}`, ind.label, ind.type === 'percent' ? 'percent' : 'count', false),
    valueType: 'number',
    help,
    ...(unit ? { unit } : {}),
  };
}

function _modelsRepeat(): FormRepeat {
  return {
    kind: 'repeat',
    id: 'models',
    path: '/models',
    label: UI.sectionModels,
    help: UI.sectionModelsHelp,
    itemLabel: UI.modelItem,
    addLabel: UI.modelAdd,
    removeLabel: UI.modelRemove,
    maxItems: 500,
    fields: [
      _field('name', '/name', UI.modelName, 'text', true),
      _field('field', '/field', UI.modelField, 'text', true),
      {
        ..._field('holder', '/holder', UI.modelHolder, 'radio', true),
        options: [
          { value: 'collective', label: UI.holderCollective },
          { value: 'individual', label: UI.holderIndividual },
        ],
      },
      {
        ..._field('stage', '/stage', UI.modelStage, 'select', true),
        options: [
          { value: 'registered', label: UI.stageRegistered },
          { value: 'recognized', label: UI.stageRecognized },
        ],
      },
    ],
  };
}

function _field(id: string, path: string, label: LocalizedText, widget: FormField['widget'], required: boolean): FormField {
  return { kind: 'field', id, path, label, widget, valueType: 'string', required };
}

/** The plan text to show: the corrected text when the kit has one (the verbatim stays in the plan file). */
function _label(text: PlanText, prefix: string): LocalizedText {
  return { vi: prefix + (text.corrected?.vi ?? text.vi), en: prefix + text.en };
}

/** An id safe inside an HTML id and a CSS selector: `II.1.1` → `II-1-1`. */
function _safe(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '-');
}

function _pointerSegment(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

