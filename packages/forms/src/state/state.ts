// Trạng thái biểu mẫu — the DOM-free half of the report form: values, the text of
// fields the form could not read, issues (validateReport's and the form's own),
// what is shown when, drafts and their undo, language, submission. The DOM view
// (renderer/render.ts) and the React examples draw from it; tests run it in Node.
import type { Lang, LocalizedText, Plan } from '@dvcq/core';
// The form's Vietnamese words first, then the report (its messages come first there): a
// bundler then emits the page's Vietnamese text together, which gzips smaller
// (test/budget.test.ts).
import { type UiKey, uiVi } from '../messages/ui-vi';
// The browser entry of the report: no zod, no English catalogue (English loads on demand).
// The legacy-encoding detector is not in it: it loads on demand (loadLegacyEncoding).
import {
  type CompiledReport,
  type ContextTables,
  type LegacyDetector,
  type ReportCatalogue,
  type ReportIssue,
  type ReportMode,
  type ValidationResult,
  compileReport,
  fixHint,
  loadLegacyEncoding,
  validateReport,
  viCatalogue,
} from '@dvcq/report/browser';
import { _buildForm } from '../definition/build';
import { formatFieldValue, parseFieldInput, type InputProblem } from '../definition/input';
import type { FormDefinition, FormField, FormPeriod, FormRepeat } from '../definition/types';
import { _eachField, conditionHolds, getAt, parsePointer, setAt, toSubmission, type FormValue } from '../definition/value';
import { inFormOrder, placeIssues, type PlacedIssue } from '../issues/target';
import { fill, uiTexts, type UiTexts } from '../messages/texts';
import { type DraftStorage, clearDraft, defaultDraftKey, loadDraft, saveDraft } from './draft';

/** Kết quả gửi — what {@link FormState.submit} resolves to. */
export type SubmitOutcome =
  | { status: 'invalid'; result: ValidationResult }
  | { status: 'submitted'; submission: FormValue; response?: Response }
  | { status: 'failed'; submission: FormValue; error: unknown; response?: Response };

/** Gói tiếng Anh — what {@link FormStateOptions.english} loads. */
export interface EnglishPack {
  /** The English message catalogue (`en` of `@dvcq/report/locales/en`). */
  messages: ReportCatalogue;
  /** The form's own English words (`uiEn` of `@dvcq/forms/locales/en`); without them the form's words stay Vietnamese. */
  ui?: Record<UiKey, string>;
  /** The same plan with its English texts, when the form was given a Vietnamese-only view. */
  plan?: Plan;
}

/** Tùy chọn trạng thái biểu mẫu — options of {@link createFormState}. */
export interface FormStateOptions {
  /** Kế hoạch — a loaded plan, or its form view (`formPlanView` of @dvcq/core). */
  plan: Plan;
  /** Kỳ báo cáo — any period kind (`monthly`, `quarterly`, `semiannual`, `nine-month`, `annual`, `one-off`). */
  period: FormPeriod;
  /** Năm — defaults as in `buildReportForm`. */
  year?: number;
  /** Tháng hoặc quý — for a monthly or quarterly report. */
  periodIndex?: number;
  /** Nghĩa vụ — when several obligations match (one-off reports). */
  obligationId?: string;
  /**
   * Bảng ngữ cảnh — the plan's report context computed on a server (`reportContext` of
   * @dvcq/report): needed when a deadline is a rule per period (e.g. quarterly reports);
   * without it the page computes it for fixed-date deadlines.
   */
  context?: ContextTables;
  /** Mã đơn vị báo cáo. */
  unit: string;
  /** Ngôn ngữ ban đầu — `vi` (default) or `en`. */
  lang?: Lang;
  /** A prebuilt definition (else built from plan/period/year/unit). */
  definition?: FormDefinition;
  /** Giá trị ban đầu — a submission or draft to start from (a saved local draft wins over it). */
  initialValue?: FormValue;
  /** Khóa lưu nháp — default `defaultDraftKey`; `false` turns drafts off. */
  storageKey?: string | false;
  /** Where drafts go — default `globalThis.localStorage` when it exists. */
  storage?: DraftStorage;
  /** Đồng hồ — the clock for validation and draft times (default: the current time). */
  now?: () => Date;
  /**
   * Gửi — called with the submission when the final check passes (warnings allowed),
   * e.g. `postReport('/api/reports', { token })`. A rejected promise is a failure
   * (an error with a `response` shows its HTTP status); a returned `Response` is kept
   * in the outcome.
   */
  onSubmit?: (submission: FormValue, result: ValidationResult) => unknown;
  /** Called after every change of an answer with the current submission. */
  onChange?: (submission: FormValue) => void;
  /**
   * Tải tiếng Anh khi cần — loads what English needs, the first time English is
   * shown: the report's English messages, the form's English words and, for a
   * Vietnamese-only plan view, the plan with its English texts. Default: the
   * `@dvcq/report/locales/en` and `@dvcq/forms/locales/en` modules, each a separate
   * chunk for a bundler that splits code. Until loaded, texts show in Vietnamese.
   */
  english?: () => Promise<EnglishPack>;
  /**
   * Tải bộ dò bảng mã cũ — loads the legacy-encoding detector (`text.legacy-encoding`:
   * text typed in TCVN3/ABC or VNI). Default: `loadLegacyEncoding` of
   * `@dvcq/report/browser`, a separate chunk. Loading starts when the form is created;
   * every check after it has arrived includes it, and a submission waits for it (if it
   * cannot load, the submission fails as offline and is not sent).
   */
  legacyEncoding?: () => Promise<LegacyDetector>;
}

/** Thông báo của một ô — one message shown on a field. */
export interface FieldMessage {
  code: string;
  severity: 'error' | 'warning';
  /** The message, naming the field. */
  text: string;
  /** How to fix it, when the catalogue has a hint. */
  hint?: string;
}

/** Dòng tóm tắt lỗi — one line of the error summary. */
export interface SummaryEntry {
  /** Stable across updates while the same problem stays (field + code). */
  key: string;
  severity: 'error' | 'warning';
  /** JSON Pointer of the field to go to; absent for the whole report. */
  fieldPath?: string;
  /** The message, naming the field (with its task or model) — or "Toàn bộ báo cáo: …". */
  text: string;
}

/** Thông tin nháp — what the draft bar shows. */
export interface DraftInfo {
  /** A draft of this form is saved on this device. */
  saved: boolean;
  /** When the draft restored at start was saved (ISO time), if one was. */
  restoredAt?: string;
  /** The answers were just erased and {@link FormState.undoDiscard} can bring them back. */
  canUndo: boolean;
}

/**
 * Trạng thái biểu mẫu — a report form without a page. Every change notifies the
 * listeners; `structure` tells a view when drawing must start over (language,
 * plan texts, repeat items, answers replaced), else only messages, visibility and
 * the summary changed.
 */
export interface FormState {
  /** The form definition (rebuilt when the English plan texts arrive). */
  readonly definition: FormDefinition;
  /** Current language. */
  readonly lang: Lang;
  /** The form's own words in the current state (English empty until loaded). */
  readonly ui: UiTexts;
  /** Increases whenever a view must redraw everything. */
  readonly structure: number;
  /** Increases at every change (a snapshot for React's `useSyncExternalStore`). */
  readonly version: number;
  /** The latest submission status message (sending, sent, failed). */
  readonly status: LocalizedText | undefined;
  /** A bilingual text in the current language (Vietnamese while English is missing). */
  text(m: LocalizedText): string;
  /** The edited answers (hidden ones included). */
  value(): FormValue;
  /** The submission: visible answers only. */
  submission(): FormValue;
  /** Whether a field is shown (its condition holds; inside a repeat, for that item). */
  visible(field: FormField, pointer: string): boolean;
  /** The text a field shows: what the user typed while the form cannot read it or it is being typed, else the value as officials write it. */
  display(pointer: string): string;
  /** The user typed or chose something: read it (counts, percentages, dates parsed), save the draft, check live after the first submit. */
  input(pointer: string, input: string | readonly string[]): void;
  /** The user left a field: its messages show from now on, and its value shows normalized. */
  leave(pointer: string): void;
  /** Messages to show now, by field pointer, each naming its field. */
  messages(): Map<string, FieldMessage[]>;
  /** The error summary in form order (`undefined` before the first submit or check). */
  summary(): { errors: SummaryEntry[]; warnings: SummaryEntry[] } | undefined;
  /** Runs the check in `mode` (default `final`) and shows every issue. */
  validate(mode?: ReportMode): ValidationResult;
  /** Final check, then `onSubmit` / POST; the draft is removed after success. */
  submit(): Promise<SubmitOutcome>;
  /** Replaces every answer. */
  setValue(value: FormValue): void;
  /** Switches language (loads English the first time). */
  setLang(lang: Lang): void;
  /** Adds an item to a repeating group; returns the pointer of its first field. */
  addItem(path: string): string;
  /** Removes item `index` of a repeating group. */
  removeItem(path: string, index: number): void;
  /** The draft bar's state. */
  draft(): DraftInfo;
  /** Erases every answer and the saved draft, keeping them for {@link undoDiscard} until the next change. */
  discard(): void;
  /** Brings back what {@link discard} erased; false when there is nothing to undo. */
  undoDiscard(): boolean;
  /** Removes the saved draft only (answers stay). */
  clearDraft(): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/**
 * Tạo trạng thái biểu mẫu — the state of one unit's report form for one period,
 * with no DOM: what `renderReportForm` draws, usable by any view (React, tests).
 * Every verdict is `validateReport`'s; the form adds only what it reads itself
 * (counts, percentages and dates as officials type them). Messages show for a
 * field once the user has left it, and for every field after the first submit;
 * from then on every change checks again, so messages and the summary stay current.
 * @param options - plan, period, unit and the options above
 * @returns the form state
 */
export function createFormState(options: FormStateOptions): FormState {
  const build = (plan: Plan) => _buildForm({ ...options, plan }, ui);
  let ui = uiTexts(uiVi);
  let definition = options.definition ?? build(options.plan);
  // Vietnamese messages only until English is asked for, no legacy-encoding check until
  // its detector has loaded: compiled again when either arrives.
  const context = options.context;
  let reportPlan = options.plan;
  let english: ReportCatalogue | undefined;
  let detector: LegacyDetector | undefined;
  const compile = () =>
    compileReport(reportPlan, { locales: english ? { vi: viCatalogue, en: english } : { vi: viCatalogue }, ...(context ? { context } : {}), ...(detector ? { legacyEncoding: detector } : {}) });
  let compiled: CompiledReport = compile();
  let englishLoading: Promise<void> | undefined;
  let legacyLoading: Promise<void> | undefined;
  const now = options.now ?? (() => new Date());
  const storage = options.storage ?? _localStorage();
  const draftKey = options.storageKey === false ? undefined : (options.storageKey ?? defaultDraftKey(definition));
  const initial = () => (options.initialValue ? _stripFixed(options.initialValue) : {});

  let lang: Lang = options.lang ?? definition.lang;
  let value: FormValue = initial();
  /** Text of count/percent/date fields as typed, while unread or being typed. */
  let typed = new Map<string, string>();
  /** Fields whose text the form could not read. */
  let problems = new Map<string, InputProblem>();
  /** Fields typed into since the user last left them: their reading problems wait for the leave. */
  const pending = new Set<string>();
  /** Fields the user has left at least once: only their messages show before a submit. */
  const touched = new Set<string>();
  let attempted = false;
  let issues: ReportIssue[] = [];
  let status: LocalizedText | undefined;
  let structure = 0;
  let saved = false;
  let restoredAt: string | undefined;
  let undo: { value: FormValue; typed: Map<string, string> } | undefined;
  const listeners = new Set<() => void>();

  if (draftKey) {
    const d = loadDraft(storage, draftKey, definition);
    if (d) {
      value = d.value;
      typed = new Map(Object.entries(d.inputs ?? {}));
      restoredAt = d.savedAt;
      saved = true;
    }
  }
  const t = (m: LocalizedText) => m[lang] || m.vi;
  let version = 0;
  const notify = () => {
    version++;
    listeners.forEach((l) => l());
  };
  const redraw = () => {
    structure++;
    notify();
  };

  // ---------- fields ----------
  /** The field at a concrete pointer (repeat items by index), and the value its condition reads. */
  type At = { field: FormField; scope: unknown; repeat?: FormRepeat };
  let index: Map<string, At> | undefined;
  let indexOf: [FormDefinition, FormValue] | undefined;
  function fieldAt(pointer: string): At | undefined {
    // One walk per (definition, answers): views ask for every field on every redraw.
    if (!index || indexOf![0] !== definition || indexOf![1] !== value) {
      const map = new Map<string, At>();
      _eachField(definition, value, (field, p, scope, _i, repeat) => map.set(p, { field, scope, ...(repeat ? { repeat } : {}) }));
      index = map;
      indexOf = [definition, value];
    }
    return index.get(pointer);
  }
  /** Re-reads every kept text (after a draft restore or an answers swap). */
  function reread(): void {
    problems = new Map();
    for (const [p, text] of typed) {
      const f = fieldAt(p)?.field;
      const r = f ? parseFieldInput(f.widget, text) : undefined;
      if (r?.problem) problems.set(p, r.problem);
      else typed.delete(p);
    }
  }
  reread();

  function changed(): void {
    undo = undefined;
    if (draftKey) saved = saveDraft(storage, draftKey, definition, value, now(), Object.fromEntries([...typed].filter(([p]) => problems.has(p)))) || saved;
    options.onChange?.(submission());
  }

  function submission(): FormValue {
    return toSubmission(definition, value);
  }

  // ---------- checks ----------
  function problemIssue(pointer: string, p: InputProblem): ReportIssue {
    const f = fieldAt(pointer)?.field;
    return { code: `forms.${p.key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}`, severity: 'error', path: pointer, message: t(fill(ui[p.key], { ...p.params, label: f ? t(f.label) : '' })) };
  }
  function run(mode: ReportMode): ValidationResult {
    const r = validateReport(submission(), { plan: compiled, mode, lang: compiled.locales[lang] ? lang : 'vi', now: now() });
    // A field the form could not read shows why, not "missing" or "wrong type".
    issues = [...[...problems].map(([p, x]) => problemIssue(p, x)), ...r.issues.filter((i) => !problems.has(i.path))];
    const ok = r.ok && problems.size === 0;
    return { ...r, ok, issues };
  }
  const recheck = () => {
    if (attempted || touched.size > 0) run(attempted ? 'final' : 'draft');
  };

  function shown(): PlacedIssue<ReportIssue>[] {
    return placeIssues(definition, value, issues).filter(
      (p) => !(p.issue.code.startsWith('forms.') && pending.has(p.issue.path)) && (attempted || (p.fieldPath !== undefined && touched.has(p.fieldPath))),
    );
  }
  function named(message: string, name: string): string {
    return message.toLowerCase().includes(name.toLowerCase()) ? message : `${name}: ${message}`;
  }
  function hint(code: string): string | undefined {
    return fixHint(code, { catalogue: compiled.locales[lang] ?? compiled.locales.vi });
  }

  // ---------- the state ----------
  const state: FormState = {
    get definition() {
      return definition;
    },
    get lang() {
      return lang;
    },
    get ui() {
      return ui;
    },
    get structure() {
      return structure;
    },
    get version() {
      return version;
    },
    get status() {
      return status;
    },
    text: t,
    value: () => value,
    submission,
    visible(field, pointer) {
      return conditionHolds(field.visibleWhen, fieldAt(pointer)?.scope ?? value);
    },
    display(pointer) {
      const f = fieldAt(pointer)?.field;
      return typed.get(pointer) ?? (f ? formatFieldValue(f.widget, getAt(value, pointer)) : '');
    },
    input(pointer, input) {
      const f = fieldAt(pointer)?.field;
      if (!f) return;
      const r = parseFieldInput(f.widget, input);
      if (typeof input === 'string' && (f.widget === 'count' || f.widget === 'percent' || f.widget === 'date')) {
        typed.set(pointer, input);
        pending.add(pointer);
      }
      if (r.problem) problems.set(pointer, r.problem);
      else problems.delete(pointer);
      value = setAt(value, pointer, r.value);
      changed();
      if (attempted || touched.has(pointer)) run(attempted ? 'final' : 'draft');
      notify();
    },
    leave(pointer) {
      touched.add(pointer);
      pending.delete(pointer);
      if (!problems.has(pointer)) typed.delete(pointer);
      run(attempted ? 'final' : 'draft');
      notify();
    },
    messages() {
      const out = new Map<string, FieldMessage[]>();
      for (const { issue, field, fieldPath } of shown()) {
        if (fieldPath === undefined || !field) continue;
        const h = hint(issue.code);
        const list = out.get(fieldPath) ?? [];
        list.push({ code: issue.code, severity: issue.severity, text: named(issue.message, t(field.label)), ...(h ? { hint: h } : {}) });
        out.set(fieldPath, list);
      }
      return out;
    },
    summary() {
      if (!attempted) return undefined;
      const out = { errors: [] as SummaryEntry[], warnings: [] as SummaryEntry[] };
      for (const { issue, field, fieldPath, index } of inFormOrder(definition, shown(), value)) {
        let text = `${t(ui.otherProblem)}: ${issue.message}`;
        if (field && fieldPath !== undefined) {
          // The field with what it belongs to: "Nhiệm vụ II.1.1 – Kết quả thực hiện", "Mô hình 2 – Tên mô hình".
          const [top, id] = parsePointer(fieldPath);
          const owner = top === 'tasks' ? t(fill(ui.task, { id: id! })) : index !== undefined ? t(fill(ui.modelItem, { n: index + 1 })) : '';
          text = named(issue.message, t(field.label));
          if (owner && !text.includes(owner)) text = `${owner} – ${text}`;
        }
        const entry: SummaryEntry = { key: `${fieldPath ?? ''}|${issue.code}|${issue.ruleId ?? ''}`, severity: issue.severity, text, ...(fieldPath !== undefined ? { fieldPath } : {}) };
        (issue.severity === 'error' ? out.errors : out.warnings).push(entry);
      }
      return out;
    },
    validate(mode = 'final') {
      attempted = true;
      pending.clear();
      const r = run(mode);
      notify();
      return r;
    },
    async submit() {
      attempted = true;
      pending.clear();
      const set = (m: LocalizedText) => {
        status = m;
        notify();
      };
      // Never sent without the legacy-encoding check: wait for its detector (loading
      // since the form was created; tried again here if it failed).
      try {
        await loadLegacy();
      } catch (error) {
        set(ui.networkFailed);
        return { status: 'failed', submission: submission(), error };
      }
      // The verdict is the same in any language; its messages should be in the user's.
      if (lang === 'en') await loadEnglish();
      const result = run('final');
      if (!result.ok) {
        notify();
        return { status: 'invalid', result };
      }
      const sub = submission();
      set(ui.submitting);
      try {
        const response = (await options.onSubmit?.(sub, result)) as Response | undefined;
        if (draftKey) clearDraft(storage, draftKey);
        saved = false;
        set(ui.submitted);
        return { status: 'submitted', submission: sub, ...(response instanceof Object && 'status' in response ? { response } : {}) };
      } catch (error) {
        const response = (error as { response?: Response } | undefined)?.response;
        set(response ? fill(ui.submitFailed, { status: response.status }) : ui.networkFailed);
        return { status: 'failed', submission: sub, error, ...(response ? { response } : {}) };
      }
    },
    setValue(v) {
      value = _stripFixed(v);
      typed = new Map();
      problems = new Map();
      changed();
      recheck();
      redraw();
    },
    setLang(next) {
      lang = next;
      if (lang === 'en') void loadEnglish();
      recheck();
      redraw();
    },
    addItem(path) {
      const rows = getAt(value, path);
      const list = Array.isArray(rows) ? [...rows, {}] : [{}];
      value = setAt(value, path, list);
      changed();
      recheck();
      redraw();
      let first = '';
      _eachField(definition, value, (f, p, _s, i, r) => {
        if (r?.path === path && i === list.length - 1) first ||= p;
      });
      return first;
    },
    removeItem(path, index) {
      const rows = getAt(value, path);
      const list = Array.isArray(rows) ? rows.filter((_, i) => i !== index) : [];
      for (const k of [...touched]) if (k.startsWith(path + '/')) touched.delete(k);
      value = setAt(value, path, list.length ? list : undefined);
      changed();
      recheck();
      redraw();
    },
    draft: () => ({ saved, canUndo: undo !== undefined, ...(restoredAt ? { restoredAt } : {}) }),
    discard() {
      const before = { value, typed: new Map(typed) };
      if (draftKey) clearDraft(storage, draftKey);
      value = initial();
      typed = new Map();
      problems = new Map();
      touched.clear();
      pending.clear();
      attempted = false;
      issues = [];
      status = undefined;
      saved = false;
      restoredAt = undefined;
      undo = before;
      redraw();
    },
    undoDiscard() {
      if (!undo) return false;
      value = undo.value;
      typed = undo.typed;
      reread();
      changed();
      redraw();
      return true;
    },
    clearDraft() {
      if (draftKey) clearDraft(storage, draftKey);
      saved = false;
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  /** Loads English once; when it arrives (and English is still wanted) everything is redrawn. */
  function loadEnglish(): Promise<void> {
    if (compiled.locales.en) return Promise.resolve();
    englishLoading ??= (options.english ?? _defaultEnglish)().then(
      (pack) => {
        ui = uiTexts(uiVi, pack.ui);
        if (!options.definition) definition = build(pack.plan ?? options.plan);
        reportPlan = pack.plan ?? options.plan;
        english = pack.messages;
        compiled = compile();
        recheck();
        redraw();
      },
      () => {
        // Offline or blocked: stay with Vietnamese; a later switch tries again.
        englishLoading = undefined;
      },
    );
    return englishLoading;
  }
  /** Loads the legacy-encoding detector once; when it arrives, the shown messages are checked again with it. */
  function loadLegacy(): Promise<void> {
    legacyLoading ??= (options.legacyEncoding ?? loadLegacyEncoding)().then(
      (d) => {
        detector = d;
        compiled = compile();
        recheck();
        notify();
      },
      (error: unknown) => {
        // Offline or blocked: a later submission tries again.
        legacyLoading = undefined;
        throw error;
      },
    );
    return legacyLoading;
  }
  if (lang === 'en') void loadEnglish();
  // Started now (the page draws meanwhile: the chunk arrives while the user reads).
  loadLegacy().catch(() => undefined);
  return state;
}

function _defaultEnglish(): Promise<EnglishPack> {
  return Promise.all([import('@dvcq/report/locales/en'), import('../messages/ui-en')]).then(([r, u]) => ({ messages: r.en, ui: u.uiEn }));
}

function _stripFixed(v: FormValue): FormValue {
  const { planId: _p, period: _pe, year: _y, unitId: _u, periodIndex: _i, obligationId: _o, ...rest } = v;
  return rest;
}

function _localStorage(): DraftStorage | undefined {
  try {
    return (globalThis as { localStorage?: DraftStorage }).localStorage;
  } catch {
    // Accessing localStorage throws when storage is blocked (e.g. sandboxed iframes).
    return undefined;
  }
}
