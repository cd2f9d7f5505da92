import type { Lang, LocalizedText, Plan } from '@dvcq/core';
// The browser entry: no zod, no English catalogue in this import graph (English loads on demand).
import { type CompiledReport, type ReportCatalogue, type ReportIssue, type ReportMode, type ValidationResult, compileReportWith, fixHintIn, validateCompiled, viCatalogue } from '@dvcq/report/browser';
import { buildReportForm } from '../definition/build';
import type { FormDefinition, FormField, FormGroup, FormItem, FormPeriod, FormRepeat, FormSection } from '../definition/types';
import { conditionHolds, getAt, parseNumberInput, setAt, toSubmission, type FormValue } from '../definition/value';
import { placeIssues, type PlacedIssue } from '../issues/target';
import { UI } from '../messages/ui';
import { type DraftStorage, clearDraft, defaultDraftKey, loadDraft, saveDraft } from './draft';

/** Kết quả gửi — what {@link ReportFormHandle.submit} resolves to. */
export type SubmitOutcome =
  | { status: 'invalid'; result: ValidationResult }
  | { status: 'submitted'; submission: FormValue; response?: Response }
  | { status: 'failed'; submission: FormValue; error: unknown; response?: Response };

/** Tùy chọn trình hiển thị — options of {@link renderReportForm}. */
export interface RenderReportFormOptions {
  /** Kế hoạch — a loaded plan. */
  plan: Plan;
  /** Kỳ báo cáo — `semiannual` or `annual`. */
  period: FormPeriod;
  /** Năm — defaults as in `buildReportForm`. */
  year?: number;
  /** Mã đơn vị báo cáo. */
  unit: string;
  /** Ngôn ngữ ban đầu — `vi` (default) or `en`; the user can switch. */
  lang?: Lang;
  /** A prebuilt definition (else built from plan/period/year/unit). */
  definition?: FormDefinition;
  /** Giá trị ban đầu — a submission or draft to start from (a saved local draft wins over it). */
  initialValue?: FormValue;
  /** Khóa lưu nháp — default {@link defaultDraftKey}; `false` turns drafts off. */
  storageKey?: string | false;
  /** Where drafts go — default `globalThis.localStorage` when it exists. */
  storage?: DraftStorage;
  /** Đồng hồ — the clock for validation and draft times (default: the current time). */
  now?: () => Date;
  /** Called with the submission when the final check passes (warnings allowed). A rejected promise shows a failure. */
  onSubmit?: (submission: FormValue, result: ValidationResult) => void | Promise<void>;
  /** POST the submission as JSON here when the final check passes (after `onSubmit`, if both). */
  submitUrl?: string;
  /** Bearer token sent as `Authorization: Bearer …` with `submitUrl`. */
  token?: string;
  /** `fetch` to use with `submitUrl` (default: the global one). */
  fetch?: typeof fetch;
  /** Called after every change with the current submission. */
  onChange?: (submission: FormValue) => void;
  /** Prefix of every element id (several forms on one page). Default `dvcq-`. */
  idPrefix?: string;
  /**
   * Tải tiếng Anh khi cần — loads what English needs, the first time the form shows
   * English (the switch, or `lang: 'en'`): the English messages and, when `plan` is a
   * Vietnamese-only view (`formPlanView(plan, { lang: 'vi' })` of @dvcq/core), the plan
   * with its English texts. The page then ships Vietnamese only and fetches English on
   * demand. Default: `import('@dvcq/report/locales/en')` (a separate chunk for bundlers
   * that split code). Until it has loaded, texts without English show in Vietnamese.
   */
  english?: () => Promise<EnglishPack>;
}

/** Gói tiếng Anh — what {@link RenderReportFormOptions.english} loads. */
export interface EnglishPack {
  /** The English message catalogue (`en` of @dvcq/report). */
  messages: ReportCatalogue;
  /** The same plan with its English texts, when the page was given a Vietnamese-only view. */
  plan?: Plan;
}

/** Điều khiển biểu mẫu — the handle {@link renderReportForm} returns. */
export interface ReportFormHandle {
  /** The form definition drawn. */
  readonly definition: FormDefinition;
  /** The current submission (visible answers only). */
  getValue(): FormValue;
  /** Replaces every answer and redraws. */
  setValue(value: FormValue): void;
  /** Runs `validateReport` in `mode` (default `final`) and shows every issue with the summary. */
  validate(mode?: ReportMode): ValidationResult;
  /** Same as pressing the submit button. */
  submit(): Promise<SubmitOutcome>;
  /** Switches the language of labels and messages. */
  setLang(lang: Lang): void;
  /** Current language. */
  getLang(): Lang;
  /** Removes the saved draft. */
  clearDraft(): void;
  /** Removes the form from the page and its listeners. */
  destroy(): void;
}

/**
 * Hiển thị biểu mẫu báo cáo — draws the report form into `element` with plain DOM
 * (no framework, no `eval`, no inline script or style: works under
 * `Content-Security-Policy: script-src 'self'`). Every check is `validateReport`'s:
 * draft mode when a field loses focus, final mode on submit (and live after it);
 * an error summary links to each field; the draft is saved locally after each change
 * and restored on the next visit; Vietnamese by default with an English switch.
 * @param element - the container (its content is replaced)
 * @param options - plan, period, unit and the options above
 * @returns a handle to read, validate, submit or remove the form
 */
export function renderReportForm(element: HTMLElement, options: RenderReportFormOptions): ReportFormHandle {
  const doc = element.ownerDocument;
  const build = (plan: Plan) =>
    buildReportForm({ plan, period: options.period, unit: options.unit, ...(options.year !== undefined ? { year: options.year } : {}), ...(options.lang ? { lang: options.lang } : {}) });
  let definition = options.definition ?? build(options.plan);
  // Vietnamese messages only until English is asked for (then compiled again with both).
  let compiled: CompiledReport = compileReportWith(options.plan, { vi: viCatalogue });
  let englishLoading: Promise<void> | undefined;
  const prefix = options.idPrefix ?? 'dvcq-';
  const now = options.now ?? (() => new Date());
  const storage: DraftStorage | undefined = options.storage ?? _localStorage();
  const draftKey = options.storageKey === false ? undefined : (options.storageKey ?? defaultDraftKey(definition));

  let lang: Lang = options.lang ?? definition.lang;
  let value: FormValue = options.initialValue ? _stripFixed(options.initialValue) : {};
  let restoredAt: string | undefined;
  if (draftKey) {
    const d = loadDraft(storage, draftKey, definition);
    if (d) {
      value = d.value;
      restoredAt = d.savedAt;
    }
  }
  /** Field pointers the user has left at least once: only their issues show before a submit. */
  const touched = new Set<string>();
  let attempted = false;
  let issues: ReportIssue[] = [];
  let statusText: LocalizedText | undefined;

  // A Vietnamese-only plan view has empty English texts: show Vietnamese until English loads.
  const t = (m: LocalizedText) => m[lang] || m.vi;
  const fmt = (m: LocalizedText, params: Record<string, string | number>) => t(_fill(m, params));
  const idOf = (pointer: string) => prefix + pointer.slice(1).replace(/[^A-Za-z0-9_-]/g, '-');

  const form = doc.createElement('form');
  form.className = 'dvcq-form';
  form.noValidate = true;
  const summary = doc.createElement('div');
  const status = doc.createElement('div');

  // ---------- drawing ----------
  function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
    const e = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function draw(): void {
    const active = doc.activeElement?.id;
    form.replaceChildren();
    form.setAttribute('lang', lang);
    form.setAttribute('aria-labelledby', `${prefix}title`);
    const header = el('header', { class: 'dvcq-header' });
    header.append(el('h1', { id: `${prefix}title` }, t(definition.title)));
    const meta = el('p', { class: 'dvcq-meta' });
    meta.append(`${t(UI.unit)}: ${t(definition.unitName)}`);
    if (definition.deadline) meta.append(` · ${t(UI.deadline)}: ${t(definition.deadline)}`);
    header.append(meta);
    const switcher = el('button', { type: 'button', id: `${prefix}lang`, class: 'dvcq-lang', 'data-action': 'lang', lang: lang === 'vi' ? 'en' : 'vi', 'aria-label': t(UI.langSwitchLabel) }, t(UI.langSwitch));
    header.append(switcher);
    form.append(header);

    const draftBox = el('div', { class: 'dvcq-draft', role: 'status' });
    if (restoredAt) {
      draftBox.append(el('span', {}, fmt(UI.draftRestored, { time: _localTime(restoredAt, lang) })), ' ');
      draftBox.append(el('button', { type: 'button', 'data-action': 'clear-draft' }, t(UI.draftClear)));
    }
    form.append(draftBox);

    summary.className = 'dvcq-summary';
    summary.setAttribute('tabindex', '-1');
    summary.id = `${prefix}summary`;
    form.append(summary);

    for (const s of definition.sections) form.append(drawSection(s));

    const actions = el('div', { class: 'dvcq-actions' });
    actions.append(el('button', { type: 'submit', class: 'dvcq-submit' }, t(UI.submit)));
    if (draftKey && storage) actions.append(el('p', { class: 'dvcq-help' }, t(UI.saveDraftNote)));
    form.append(actions);
    status.className = 'dvcq-status';
    status.setAttribute('role', 'status');
    status.textContent = statusText ? t(statusText) : '';
    form.append(status);
    updateVisibility();
    showIssues(true);
    if (active) doc.getElementById(active)?.focus();
  }

  function drawSection(s: FormSection): HTMLElement {
    const sec = el('section', { class: 'dvcq-section', id: `${prefix}section-${s.id}`, 'aria-labelledby': `${prefix}section-${s.id}-title` });
    sec.append(el('h2', { id: `${prefix}section-${s.id}-title` }, t(s.title)));
    if (s.help && !(s.items.length === 1 && s.items[0]!.kind === 'repeat')) sec.append(el('p', { class: 'dvcq-help' }, t(s.help)));
    for (const item of s.items) sec.append(drawItem(item));
    return sec;
  }

  function drawItem(item: FormItem): HTMLElement {
    if (item.kind === 'field') return drawField(item, item.path);
    if (item.kind === 'group') return drawGroup(item);
    return drawRepeat(item);
  }

  function drawGroup(g: FormGroup): HTMLElement {
    const fs = el('fieldset', { class: 'dvcq-task', id: prefix + g.id });
    fs.append(el('legend', {}, t(g.label)));
    for (const f of g.fields) fs.append(drawField(f, f.path));
    return fs;
  }

  function drawRepeat(r: FormRepeat): HTMLElement {
    const box = el('div', { class: 'dvcq-repeat', id: prefix + r.id });
    if (r.help) box.append(el('p', { class: 'dvcq-help' }, t(r.help)));
    const rows = getAt(value, r.path);
    const list = Array.isArray(rows) ? rows : [];
    list.forEach((_row, i) => {
      const n = i + 1;
      const fs = el('fieldset', { class: 'dvcq-repeat-item' });
      fs.append(el('legend', {}, fmt(r.itemLabel, { n })));
      for (const f of r.fields) fs.append(drawField(f, `${r.path}/${i}${f.path}`));
      fs.append(el('button', { type: 'button', class: 'dvcq-remove', 'data-action': 'remove', 'data-repeat': r.path, 'data-index': String(i) }, fmt(r.removeLabel, { n })));
      box.append(fs);
    });
    if (list.length < r.maxItems)
      box.append(el('button', { type: 'button', class: 'dvcq-add', id: `${prefix}${r.id}-add`, 'data-action': 'add', 'data-repeat': r.path }, t(r.addLabel)));
    return box;
  }

  function drawField(f: FormField, pointer: string): HTMLElement {
    const id = idOf(pointer);
    const wrap = el('div', { class: `dvcq-field dvcq-${f.widget}`, 'data-path': pointer, id: `${id}-wrap` });
    const labelText = t(f.label) + (f.unit && f.widget !== 'percent' ? ` (${t(f.unit)})` : f.widget === 'percent' ? ' (%)' : '');
    const req = f.required ? el('span', { class: 'dvcq-required' }, ` ${t(UI.requiredMark)}`) : undefined;
    const help = f.help ? el('p', { class: 'dvcq-help', id: `${id}-help` }, t(f.help)) : undefined;
    const err = el('div', { class: 'dvcq-error', id: `${id}-error` });
    err.hidden = true;
    const current = getAt(value, pointer);

    if (f.widget === 'radio' || f.widget === 'checkboxes') {
      const fs = el('fieldset', { class: 'dvcq-choices', id: `${id}-group` });
      const legend = el('legend', {}, labelText);
      if (req) legend.append(req);
      fs.append(legend);
      if (help) fs.append(help);
      (f.options ?? []).forEach((o, i) => {
        const optId = i === 0 ? id : `${id}-${i}`;
        const input = el('input', { type: f.widget === 'radio' ? 'radio' : 'checkbox', id: optId, name: id, value: o.value, 'data-path': pointer, 'data-widget': f.widget });
        const checked = f.widget === 'radio' ? current === o.value : Array.isArray(current) && current.includes(o.value);
        input.checked = checked;
        if (f.required && f.widget === 'radio') input.setAttribute('aria-required', 'true');
        const lab = el('label', { for: optId, class: 'dvcq-choice' });
        lab.append(input, ' ', t(o.label));
        fs.append(lab);
      });
      fs.append(err);
      wrap.append(fs);
      return wrap;
    }

    const label = el('label', { for: id }, labelText);
    if (req) label.append(req);
    wrap.append(label);
    if (help) wrap.append(help);
    let control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    if (f.widget === 'textarea') {
      control = el('textarea', { rows: '3' });
      control.value = typeof current === 'string' ? current : '';
    } else if (f.widget === 'select') {
      const sel = el('select');
      sel.append(el('option', { value: '' }, '—'));
      for (const o of f.options ?? []) sel.append(el('option', { value: o.value }, t(o.label)));
      sel.value = typeof current === 'string' ? current : '';
      control = sel;
    } else {
      const input = el('input', { type: f.widget === 'date' ? 'date' : 'text' });
      if (f.widget === 'count') input.setAttribute('inputmode', 'numeric');
      if (f.widget === 'percent') input.setAttribute('inputmode', 'decimal');
      if (f.placeholder) input.setAttribute('placeholder', t(f.placeholder));
      if (f.autocomplete) input.setAttribute('autocomplete', f.autocomplete);
      input.value = current === undefined || current === null ? '' : String(current);
      control = input;
    }
    control.id = id;
    control.name = id;
    control.dataset.path = pointer;
    control.dataset.widget = f.widget;
    if (f.required) control.setAttribute('aria-required', 'true');
    if (help) control.setAttribute('aria-describedby', help.id);
    wrap.append(control, err);
    return wrap;
  }

  // ---------- state ----------
  function readControl(target: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): void {
    const pointer = target.dataset.path;
    const widget = target.dataset.widget;
    if (!pointer || !widget) return;
    let v: unknown;
    if (widget === 'checkboxes') {
      const boxes = form.querySelectorAll<HTMLInputElement>(`input[name="${target.name}"]`);
      v = Array.from(boxes).filter((b) => b.checked).map((b) => b.value);
    } else if (widget === 'radio') {
      v = (target as HTMLInputElement).checked ? target.value : getAt(value, pointer);
    } else if (widget === 'count' || widget === 'percent') {
      v = parseNumberInput(target.value, widget);
    } else {
      v = target.value === '' ? undefined : target.value;
    }
    value = setAt(value, pointer, v);
  }

  function changed(): void {
    updateVisibility();
    if (draftKey) saveDraft(storage, draftKey, definition, value, now());
    options.onChange?.(submission());
  }

  function updateVisibility(): void {
    for (const s of definition.sections)
      for (const item of s.items) {
        const fields = item.kind === 'field' ? [item] : item.kind === 'group' ? item.fields : [];
        for (const f of fields) {
          if (!f.visibleWhen) continue;
          const wrap = doc.getElementById(`${idOf(f.path)}-wrap`);
          if (wrap) wrap.hidden = !conditionHolds(f.visibleWhen, value);
        }
      }
  }

  function submission(): FormValue {
    return toSubmission(definition, value);
  }

  function run(mode: ReportMode): ValidationResult {
    const result = validateCompiled(submission(), compiled, { mode, lang: compiled.locales[lang] ? lang : 'vi', now: now() });
    issues = result.issues;
    return result;
  }

  // ---------- issues ----------
  function showIssues(withSummary = false): void {
    const placed = placeIssues(definition, value, issues);
    const byField = new Map<string, PlacedIssue<ReportIssue>[]>();
    for (const p of placed) {
      if (p.fieldPath === undefined) continue;
      if (!attempted && !touched.has(p.fieldPath)) continue;
      const list = byField.get(p.fieldPath) ?? [];
      list.push(p);
      byField.set(p.fieldPath, list);
    }
    for (const wrap of Array.from(form.querySelectorAll<HTMLElement>('.dvcq-field'))) {
      const pointer = wrap.dataset.path!;
      const id = idOf(pointer);
      const err = doc.getElementById(`${id}-error`);
      const list = byField.get(pointer) ?? [];
      const hasError = list.some((p) => p.issue.severity === 'error');
      if (err) {
        err.replaceChildren();
        for (const p of list) {
          const line = el('p', { class: p.issue.severity === 'error' ? 'dvcq-message' : 'dvcq-message dvcq-warning' }, p.issue.message);
          const hint = fixHintIn(p.issue.code, compiled.locales[lang] ?? compiled.locales.vi);
          if (hint) line.append(' ', el('span', { class: 'dvcq-hint' }, hint));
          err.append(line);
        }
        err.hidden = list.length === 0;
      }
      const helpId = doc.getElementById(`${id}-help`) ? `${id}-help` : '';
      for (const c of Array.from(wrap.querySelectorAll<HTMLElement>('input, select, textarea'))) {
        if (hasError) c.setAttribute('aria-invalid', 'true');
        else c.removeAttribute('aria-invalid');
        const describedBy = [helpId, list.length ? `${id}-error` : ''].filter(Boolean).join(' ');
        if (describedBy) c.setAttribute('aria-describedby', describedBy);
        else c.removeAttribute('aria-describedby');
      }
    }
    if (withSummary) drawSummary(placed);
  }

  /**
   * The summary is rebuilt only when the user asks for a check (submit, validate,
   * language switch) — never while typing or on blur: a keyboard user on the way to
   * one of its links must not have the link replaced under them.
   */
  function drawSummary(placed: PlacedIssue<ReportIssue>[]): void {
    summary.replaceChildren();
    const shown = attempted ? placed : [];
    const errors = shown.filter((p) => p.issue.severity === 'error');
    const warnings = shown.filter((p) => p.issue.severity === 'warning');
    summary.hidden = shown.length === 0;
    if (shown.length === 0) {
      summary.removeAttribute('role');
      return;
    }
    summary.setAttribute('role', 'alert');
    summary.setAttribute('aria-labelledby', `${prefix}summary-title`);
    const list = (items: PlacedIssue<ReportIssue>[]) => {
      const ul = el('ul');
      for (const p of items) {
        const li = el('li');
        if (p.fieldPath !== undefined) {
          const a = el('a', { href: `#${idOf(p.fieldPath)}`, 'data-action': 'goto', 'data-target': idOf(p.fieldPath) }, p.issue.message);
          li.append(a);
        } else li.append(`${t(UI.otherProblem)}: ${p.issue.message}`);
        ul.append(li);
      }
      return ul;
    };
    if (errors.length > 0) {
      summary.append(el('h2', { id: `${prefix}summary-title` }, fmt(UI.summaryTitle, { n: errors.length })));
      summary.append(list(errors));
    }
    if (warnings.length > 0) {
      summary.append(el(errors.length > 0 ? 'h3' : 'h2', errors.length > 0 ? {} : { id: `${prefix}summary-title` }, t(UI.summaryWarnings)));
      summary.append(list(warnings));
    }
  }

  // ---------- events ----------
  function onInput(e: Event): void {
    const target = e.target as HTMLInputElement;
    if (!target.dataset?.path) return;
    readControl(target);
    changed();
    if (attempted) {
      run('final');
      showIssues();
    }
  }

  function onFocusOut(e: FocusEvent): void {
    const target = e.target as HTMLElement;
    const pointer = target.dataset?.path;
    if (!pointer) return;
    // Leaving one radio for another of the same group is not leaving the field.
    const next = e.relatedTarget as HTMLElement | null;
    if (next?.dataset?.path === pointer) return;
    touched.add(pointer);
    run(attempted ? 'final' : 'draft');
    showIssues();
  }

  function onClick(e: MouseEvent): void {
    const target = (e.target as HTMLElement).closest<HTMLElement>('[data-action]');
    if (!target) return;
    const action = target.dataset.action;
    if (action === 'lang') {
      setLang(lang === 'vi' ? 'en' : 'vi');
      doc.getElementById(`${prefix}title`)?.parentElement?.querySelector<HTMLElement>('.dvcq-lang')?.focus();
    } else if (action === 'clear-draft') {
      if (draftKey) clearDraft(storage, draftKey);
      restoredAt = undefined;
      value = options.initialValue ? _stripFixed(options.initialValue) : {};
      touched.clear();
      attempted = false;
      issues = [];
      draw();
      doc.getElementById(`${prefix}title`)?.focus();
    } else if (action === 'add' || action === 'remove') {
      const path = target.dataset.repeat!;
      const rows = getAt(value, path);
      const list = Array.isArray(rows) ? rows.slice() : [];
      let focusId: string;
      if (action === 'add') {
        list.push({});
        const first = (definition.sections.flatMap((s) => s.items).find((i) => i.kind === 'repeat' && i.path === path) as FormRepeat | undefined)?.fields[0];
        focusId = idOf(`${path}/${list.length - 1}${first?.path ?? ''}`);
      } else {
        list.splice(Number(target.dataset.index), 1);
        for (const k of [...touched]) if (k.startsWith(path + '/')) touched.delete(k);
        focusId = `${prefix}${path.slice(1)}-add`;
      }
      value = setAt(value, path, list.length ? list : undefined);
      changed();
      if (attempted) run('final');
      draw();
      doc.getElementById(focusId)?.focus();
    } else if (action === 'goto') {
      e.preventDefault();
      const field = doc.getElementById(target.dataset.target!);
      field?.scrollIntoView({ block: 'center' });
      field?.focus();
    }
  }

  function onSubmit(e: Event): void {
    e.preventDefault();
    void submit();
  }

  async function submit(): Promise<SubmitOutcome> {
    attempted = true;
    // The verdict is the same in any language; its messages should be in the user's.
    if (lang === 'en') await loadEnglish();
    const result = run('final');
    showIssues(true);
    if (!result.ok) {
      summary.focus();
      return { status: 'invalid', result };
    }
    const sub = submission();
    setStatus(UI.submitting);
    try {
      await options.onSubmit?.(sub, result);
      let response: Response | undefined;
      if (options.submitUrl) {
        const f = options.fetch ?? globalThis.fetch.bind(globalThis);
        const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
        if (options.token) headers.authorization = `Bearer ${options.token}`;
        response = await f(options.submitUrl, { method: 'POST', headers, body: JSON.stringify(sub) });
        if (!response.ok) {
          setStatus(_fill(UI.submitFailed, { status: response.status }));
          return { status: 'failed', submission: sub, error: new Error(`HTTP ${response.status}`), response };
        }
      }
      if (draftKey) clearDraft(storage, draftKey);
      setStatus(UI.submitted);
      return { status: 'submitted', submission: sub, ...(response ? { response } : {}) };
    } catch (error) {
      setStatus(UI.networkFailed);
      return { status: 'failed', submission: sub, error };
    }
  }

  function setStatus(m: LocalizedText): void {
    statusText = m;
    status.textContent = t(m);
  }

  function setLang(next: Lang): void {
    lang = next;
    if (lang === 'en') void loadEnglish();
    if (issues.length > 0) run(attempted ? 'final' : 'draft');
    draw();
  }

  /** Loads English once; when it arrives (and English is still wanted) redraws with it. */
  function loadEnglish(): Promise<void> {
    if (compiled.locales.en) return Promise.resolve();
    englishLoading ??= (options.english ?? _defaultEnglish)().then(
      (pack) => {
        if (pack.plan && !options.definition) definition = build(pack.plan);
        compiled = compileReportWith(pack.plan ?? options.plan, { vi: viCatalogue, en: pack.messages });
        if (lang === 'en') {
          if (issues.length > 0) run(attempted ? 'final' : 'draft');
          draw();
        }
      },
      () => {
        // Offline or blocked: stay with Vietnamese messages; a later switch tries again.
        englishLoading = undefined;
      },
    );
    return englishLoading;
  }

  form.addEventListener('input', onInput);
  form.addEventListener('change', onInput);
  form.addEventListener('focusout', onFocusOut);
  form.addEventListener('click', onClick);
  form.addEventListener('submit', onSubmit);
  element.replaceChildren(form);
  draw();
  if (lang === 'en') void loadEnglish();

  return {
    get definition() {
      return definition;
    },
    getValue: submission,
    setValue(v) {
      value = _stripFixed(v);
      changed();
      if (attempted) run('final');
      draw();
    },
    validate(mode = 'final') {
      attempted = true;
      const r = run(mode);
      showIssues(true);
      return r;
    },
    submit,
    setLang,
    getLang: () => lang,
    clearDraft: () => {
      if (draftKey) clearDraft(storage, draftKey);
    },
    destroy() {
      form.removeEventListener('input', onInput);
      form.removeEventListener('change', onInput);
      form.removeEventListener('focusout', onFocusOut);
      form.removeEventListener('click', onClick);
      form.removeEventListener('submit', onSubmit);
      form.remove();
    },
  };
}

function _defaultEnglish(): Promise<EnglishPack> {
  return import('@dvcq/report/locales/en').then((m) => ({ messages: m.en }));
}

function _fill(m: LocalizedText, params: Record<string, string | number>): LocalizedText {
  const f = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
  return { vi: f(m.vi), en: f(m.en) };
}

function _stripFixed(v: FormValue): FormValue {
  const { planId: _p, period: _pe, year: _y, unitId: _u, ...rest } = v;
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

function _localTime(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  // Vietnam time (UTC+7, no DST) whatever the machine's zone: officials read it as such.
  return d.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' });
}
