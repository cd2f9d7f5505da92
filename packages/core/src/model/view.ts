// Khung kế hoạch cho biểu mẫu — the part of a plan a report form and its validation
// read, as a smaller plan. A browser form page ships this view instead of the whole
// plan file (the plan's goals and implementation texts, cited documents, recipients,
// signer and the source notes of units make up most of a plan file and are never
// shown or checked by a report form). zod-free, so a page using it loads no zod.
import type { Plan, Task } from './plan';
import { shortTitle } from '../text/short-title';

/** Tùy chọn khung kế hoạch — options of {@link formPlanView}. */
export interface FormPlanViewOptions {
  /**
   * `vi`: a Vietnamese-only view — every English gloss becomes the empty string
   * (renderers show the Vietnamese text instead), for a page that ships Vietnamese
   * and loads the full view when the user switches to English. Such a view is not a
   * plan file (`PlanSchema` requires the glosses) and validation messages in English
   * would lack names: use it only for the Vietnamese page. It also leaves out what a
   * form page never reads: the notes that explain corrections and indicator sums
   * (empty), the units' validity dates and parents, and the tasks' `assigneesFrom` and
   * (empty) `cites` — so it is not a {@link Plan} for other uses (e.g. unit validity
   * in @dvcq/calendar). Default: both languages.
   */
  lang?: 'vi';
  /**
   * `apart` (with `lang: 'vi'` only): the tasks' long texts leave the view. A task whose
   * text (the corrected one when the kit has one) is longer than its short title keeps
   * only that title (core's `shortTitle`, 100 UTF-16 units, as forms label a task) and
   * no `corrected`; {@link formPlanTaskTexts} returns the full texts, for a page that
   * loads them on demand (a form shows a task's full text only when asked). Report
   * validation never reads task texts (its messages name a task by its id), so verdicts
   * and messages do not change (tested in @dvcq/report). Default: texts in the view.
   */
  taskTexts?: 'apart';
}

/**
 * Khung kế hoạch cho biểu mẫu báo cáo — a copy of a plan with only what report
 * forms and report validation read: identity (id, title, year, issuer, place), the
 * content sections (areas and tasks, with their verbatim and corrected texts and
 * assignees), org units and unit groups (without their `source` notes), reporting
 * obligations and indicators. Everything else is left out (goals and implementation
 * sections, preamble, cited documents and the tasks' links to them, recipients,
 * signer, the file's source). The result is still a valid {@link Plan} (it parses
 * with `PlanSchema` unchanged), so every function taking a plan accepts it, and
 * `buildRules`, `buildReportSchema`, `validateReport` and `buildReportForm` give the
 * same results for the view as for the full plan (tested in @dvcq/report and
 * @dvcq/forms); with `{ lang: 'vi' }` the English glosses are empty and the fields
 * no form reads are left out (see {@link FormPlanViewOptions}).
 * @param plan - a loaded plan
 * @param options - `{ lang: 'vi' }` for a Vietnamese-only view
 * @returns a new, smaller plan (nothing shared with `plan`)
 */
export function formPlanView(plan: Plan, options: FormPlanViewOptions = {}): Plan {
  const view: Plan = {
    formatVersion: plan.formatVersion,
    id: plan.id,
    title: plan.title,
    year: plan.year,
    issuer: plan.issuer,
    ...(plan.place !== undefined ? { place: plan.place } : {}),
    ...(plan.coordinator !== undefined ? { coordinator: plan.coordinator } : {}),
    basis: [],
    sections: plan.sections.flatMap((s) =>
      s.kind === 'content' ? [{ ...s, areas: s.areas.map((a) => ({ ...a, tasks: a.tasks.map((t) => ({ ...t, cites: [] })) })) }] : [],
    ),
    recipients: [],
    documents: [],
    orgUnits: plan.orgUnits.map(({ source: _source, ...u }) => u),
    unitGroups: plan.unitGroups.map(({ source: _source, ...g }) => g),
    obligations: plan.obligations,
    indicators: plan.indicators,
    indicatorSums: plan.indicatorSums,
  };
  const copy = JSON.parse(JSON.stringify(view)) as Plan;
  if (options.lang !== 'vi') return copy;
  // A form shows corrected texts but never why they were corrected: the Vietnamese page
  // ships no notes (empty, like the English glosses).
  const vi = _dropEnglish(copy) as Plan;
  for (const sum of vi.indicatorSums) delete sum.note;
  _walkCorrected(vi.sections);
  // Read by no form nor by report validation (the vi view is for the form page only).
  for (const u of vi.orgUnits) for (const k of _UNIT_UNREAD) delete (u as Partial<Plan['orgUnits'][number]>)[k];
  for (const s of vi.sections)
    if (s.kind === 'content') for (const a of s.areas) for (const t of a.tasks) for (const k of _TASK_UNREAD) delete (t as Partial<typeof t>)[k];
  if (options.taskTexts === 'apart')
    for (const s of vi.sections)
      if (s.kind === 'content')
        for (const a of s.areas)
          for (const t of a.tasks) {
            const short = _shortTaskText(t);
            if (short !== undefined) {
              t.text = { vi: short, en: '' };
            }
          }
  return vi;
}

/**
 * Toàn văn nhiệm vụ cho trang biểu mẫu — the full Vietnamese text of every task that
 * `formPlanView(plan, { lang: 'vi', taskTexts: 'apart' })` shortens (the corrected
 * text when the kit has one), by task id: what a form page loads when the user opens a
 * task's full text.
 * @param plan - a loaded plan
 * @returns `{ [taskId]: text }`, in plan order (tasks whose text is short are absent)
 */
export function formPlanTaskTexts(plan: Plan): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of plan.sections)
    if (s.kind === 'content') for (const a of s.areas) for (const t of a.tasks) if (_shortTaskText(t) !== undefined) out[t.id] = t.text.corrected?.vi ?? t.text.vi;
  return out;
}

/** The task's short title when it is shorter than the text a form shows, else undefined. */
function _shortTaskText(t: Task): string | undefined {
  const shown = t.text.corrected?.vi ?? t.text.vi;
  const short = shortTitle(shown, { maxLength: 100 });
  return short.endsWith('…') ? short : undefined;
}

const _UNIT_UNREAD = ['validFrom', 'validTo', 'parent'] as const;
const _TASK_UNREAD = ['assigneesFrom', 'cites'] as const;

function _walkCorrected(v: unknown): void {
  if (Array.isArray(v)) for (const x of v) _walkCorrected(x);
  else if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const c = o['corrected'] as { note?: unknown } | undefined;
    if (c && typeof c === 'object' && 'note' in c) c.note = { vi: '', en: '' };
    for (const x of Object.values(o)) _walkCorrected(x);
  }
}

// Every `en` string next to a `vi` string is a gloss of it (LocalizedText, PlanText).
function _dropEnglish(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(_dropEnglish);
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(o)) out[k] = k === 'en' && typeof x === 'string' && typeof o['vi'] === 'string' ? '' : _dropEnglish(x);
  return out;
}
