// Trình hiển thị DOM — the thin DOM view of the form state (state/state.ts): it
// draws the definition, passes what the user does to the state and shows what the
// state says. No rule, parsing or draft logic lives here.
// The state first: its Vietnamese words and the report's messages are then emitted next
// to each other in a page bundle, which gzips smaller (test/budget.test.ts).
import { type FormState, type FormStateOptions, type SubmitOutcome, type SummaryEntry, createFormState } from '../state/state';
import { type Lang, type LocalizedText, REPORT_FIELD_LABELS } from '@dvcq/core';
import type { ReportMode, ValidationResult } from '@dvcq/report/browser';
import type { FormField, FormGroup, FormItem, FormRepeat, FormSection } from '../definition/types';
import { formFields, getAt, type FormValue } from '../definition/value';
import { fill } from '../messages/texts';

/** Tùy chọn trình hiển thị — options of {@link renderReportForm}: the form state's, and the ids. */
export interface RenderReportFormOptions extends FormStateOptions {
  /** Prefix of every element id (several forms on one page). Default `dvcq-`. */
  idPrefix?: string;
  /** `false`: no language button (the page has its own switch and calls `setLang`). Default `true`. */
  languageSwitch?: boolean;
  /**
   * Tải toàn văn nhiệm vụ khi cần — for a plan view whose long task texts are apart
   * (`formPlanView(plan, { lang: 'vi', taskTexts: 'apart' })` of @dvcq/core: such a task
   * holds only its short title), loads the full Vietnamese texts by task id
   * (`formPlanTaskTexts(plan)`, e.g. `() => import('…/form-plan-texts-vi')`). Loading
   * starts right after the first render; a task's "Toàn văn" disclosure says it is
   * loading and shows the text when it arrives (also if opened before), or offers to
   * load again after a failure — the form works without it (validation never reads
   * task texts). Once the English plan (option `english`) is there, its texts are used.
   */
  taskTexts?: () => Promise<Readonly<Record<string, string>>>;
}

/** Điều khiển biểu mẫu — the handle {@link renderReportForm} returns. */
export interface ReportFormHandle {
  /** The form state the view draws (values, issues, drafts). */
  readonly state: FormState;
  /** The form definition drawn. */
  readonly definition: FormState['definition'];
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
  /** Removes the saved draft (answers stay). */
  clearDraft(): void;
  /** Removes the form from the page and its listeners. */
  destroy(): void;
}

/**
 * Hiển thị biểu mẫu báo cáo — draws the report form into `element` with plain DOM
 * (no framework, no `eval`, no inline script or style: works under
 * `Content-Security-Policy: script-src 'self'`), over {@link createFormState}:
 * every check is `validateReport`'s; messages show on a field once it is left and
 * everywhere after the first submit, each naming its field; an error summary in form
 * order links to each field and stays current as the user fixes; counts,
 * percentages and dates are read as officials type them and shown normalized; the
 * draft is saved locally and restored, and erasing it asks first and can be undone;
 * Vietnamese by default with an English switch.
 * @param element - the container (its content is replaced)
 * @param options - plan, period, unit and the options of the form state
 * @returns a handle to read, validate, submit or remove the form
 */
export function renderReportForm(element: HTMLElement, options: RenderReportFormOptions): ReportFormHandle {
  const doc = element.ownerDocument;
  const state = createFormState(options);
  const prefix = options.idPrefix ?? 'dvcq-';
  const t = state.text;
  const fmt = (m: LocalizedText, params: Record<string, string | number>) => t(fill(m, params));
  const idOf = (pointer: string) => prefix + pointer.slice(1).replace(/[^A-Za-z0-9_-]/g, '-');
  let drawn = -1;
  /** Fields outside repeats by pointer (the ones that can be hidden), for the drawn definition. */
  let fields = new Map<string, FormField>();
  /** The task-text disclosures drawn (their bodies), and the texts loaded apart (`false`: failed). */
  let bodies = new Map<FormGroup, HTMLElement>();
  let texts: Readonly<Record<string, string>> | false | undefined;
  /** The draft bar says the erased answers are back. */
  let undone = false;

  function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
    const e = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  const button = (action: string, text: string, attrs: Record<string, string> = {}) => el('button', { type: 'button', 'data-action': action, ...attrs }, text);
  const focus = (id: string) => doc.getElementById(id)?.focus();
  const form = el('form', { class: 'dvcq-form', novalidate: '' });
  // Parts kept across redraws: the summary updates in place, the draft bar by mode.
  const summaryTitle = el('h2', { id: `${prefix}summary-title` });
  const errorList = el('ul');
  const warningTitle = el('h3');
  const warningList = el('ul');
  const summary = el('div', { class: 'dvcq-summary', id: `${prefix}summary`, tabindex: '-1', role: 'region', 'aria-labelledby': `${prefix}summary-title` });
  summary.append(summaryTitle, errorList, warningTitle, warningList);
  const draftBox = el('div', { class: 'dvcq-draft', id: `${prefix}draft`, role: 'status', tabindex: '-1' });
  const status = el('div', { class: 'dvcq-status', role: 'status' });

  // ---------- drawing ----------
  function draw(): void {
    drawn = state.structure;
    const active = doc.activeElement?.id;
    const { definition: def, ui } = state;
    fields = new Map(formFields(def).map((f) => [f.path, f]));
    bodies = new Map();
    form.replaceChildren();
    form.setAttribute('lang', state.lang);
    form.setAttribute('aria-labelledby', `${prefix}title`);
    const header = el('header', { class: 'dvcq-header' });
    header.append(el('h1', { id: `${prefix}title` }, t(def.title)));
    const meta = el('p', { class: 'dvcq-meta' });
    meta.append(`${t(REPORT_FIELD_LABELS['/unitId'])}: ${t(def.unitName)}`);
    if (def.deadline) meta.append(` · ${t(ui.deadline)}: ${t(def.deadline)}`);
    header.append(meta);
    if (options.languageSwitch !== false) header.append(button('lang', t(ui.langSwitch), { id: `${prefix}lang`, class: 'dvcq-lang', lang: state.lang === 'vi' ? 'en' : 'vi', 'aria-label': t(ui.langSwitchLabel) }));
    draftBox.dataset.mode = '-';
    errorList.replaceChildren();
    warningList.replaceChildren();
    form.append(header, draftBox, summary);
    for (const s of def.sections) form.append(drawSection(s));
    const actions = el('div', { class: 'dvcq-actions' });
    actions.append(el('button', { type: 'submit', class: 'dvcq-submit' }, t(ui.submit)));
    if (options.storageKey !== false) actions.append(el('p', { class: 'dvcq-help' }, t(ui.saveDraftNote)));
    form.append(actions, status);
    refresh();
    if (active) focus(active);
  }

  function drawSection(s: FormSection): HTMLElement {
    const sec = el('section', { class: 'dvcq-section', id: `${prefix}section-${s.id}`, 'aria-labelledby': `${prefix}section-${s.id}-title` });
    sec.append(el('h2', { id: `${prefix}section-${s.id}-title` }, t(s.title)));
    if (s.help) sec.append(el('p', { class: 'dvcq-help' }, t(s.help)));
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
    if (g.note) fs.append(el('p', { class: 'dvcq-help' }, t(g.note)));
    if (g.text) {
      // The whole task text on demand: a legend is read before every field of the group.
      // With texts loaded apart (option `taskTexts`) it shows once they have arrived,
      // also in a disclosure opened before (refresh fills it).
      const more = el('details', { class: 'dvcq-task-text' });
      const body = el('div', { 'aria-live': 'polite' });
      more.append(el('summary', {}, fmt(state.ui.taskFullText, { id: g.taskId })), body);
      bodies.set(g, body);
      fillText(body, g);
      fs.append(more);
    }
    for (const f of g.fields) fs.append(drawField(f, f.path));
    return fs;
  }

  /**
   * Shows a task's full text, or that it is loading, or (it failed) a button to load it
   * again. A text with its English gloss comes from a whole plan (the English one).
   */
  function fillText(body: HTMLElement, g: FormGroup): void {
    const text = !options.taskTexts || g.text!.en ? t(g.text!) : texts ? (texts[g.taskId] ?? t(g.text!)) : undefined;
    body.replaceChildren(text !== undefined ? el('p', {}, text) : texts === false ? button('task-texts', t(state.ui.taskTextRetry)) : el('p', {}, t(state.ui.taskTextLoading)));
  }
  function loadTexts(): void {
    texts = undefined;
    const fill = () => bodies.forEach(fillText);
    fill();
    // Offline or blocked: the form works on, and the disclosure offers to try again.
    options.taskTexts!().then((x) => void (texts = x), () => void (texts = false)).finally(fill);
  }

  function drawRepeat(r: FormRepeat): HTMLElement {
    const box = el('div', { class: 'dvcq-repeat', id: prefix + r.id });
    if (r.help) box.append(el('p', { class: 'dvcq-help' }, t(r.help)));
    const rows = getAt(state.value(), r.path);
    const list = Array.isArray(rows) ? rows : [];
    list.forEach((_row, i) => {
      const n = i + 1;
      const fs = el('fieldset', { class: 'dvcq-repeat-item' });
      fs.append(el('legend', {}, fmt(r.itemLabel, { n })));
      for (const f of r.fields) fs.append(drawField(f, `${r.path}/${i}${f.path}`));
      fs.append(button('remove', fmt(r.removeLabel, { n }), { class: 'dvcq-remove', 'data-repeat': r.path, 'data-index': String(i) }));
      box.append(fs);
    });
    if (list.length < r.maxItems) box.append(button('add', t(r.addLabel), { class: 'dvcq-add', id: `${idOf(r.path)}-add`, 'data-repeat': r.path }));
    return box;
  }

  function drawField(f: FormField, pointer: string): HTMLElement {
    const id = idOf(pointer);
    const wrap = el('div', { class: `dvcq-field dvcq-${f.widget}`, 'data-path': pointer, id: `${id}-wrap` });
    const labelText = t(f.label) + (f.widget === 'percent' ? ' (%)' : f.unit ? ` (${t(f.unit)})` : '');
    const req = f.required ? el('span', { class: 'dvcq-required' }, ` ${t(state.ui.requiredMark)}`) : undefined;
    const helpText = [f.help && t(f.help), f.example && t(f.example)].filter(Boolean).join(' ');
    const help = helpText ? el('p', { class: 'dvcq-help', id: `${id}-help` }, helpText) : undefined;
    const err = el('div', { class: 'dvcq-error', id: `${id}-error` });
    err.hidden = true;

    if (f.widget === 'radio' || f.widget === 'checkboxes') {
      const fs = el('fieldset', { class: 'dvcq-choices', id: `${id}-group` });
      const legend = el('legend', {}, labelText);
      if (req) legend.append(req);
      fs.append(legend);
      if (help) fs.append(help);
      const current = getAt(state.value(), pointer);
      (f.options ?? []).forEach((o, i) => {
        const optId = i === 0 ? id : `${id}-${i}`;
        const input = el('input', { type: f.widget === 'radio' ? 'radio' : 'checkbox', id: optId, name: id, value: o.value, 'data-path': pointer, 'data-widget': f.widget });
        input.checked = current === o.value || (Array.isArray(current) && current.includes(o.value));
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
    if (f.widget === 'textarea') control = el('textarea', { rows: '3' });
    else if (f.widget === 'select') {
      control = el('select');
      control.append(el('option', { value: '' }, '—'));
      for (const o of f.options ?? []) control.append(el('option', { value: o.value }, t(o.label)));
    } else {
      // Dates too are text: a date input follows the browser's locale (mm/dd/yyyy on an
      // English system); officials write dd/mm/yyyy, which the form reads.
      control = el('input', { type: 'text' });
      if (f.widget === 'count') control.setAttribute('inputmode', 'numeric');
      if (f.widget === 'percent') control.setAttribute('inputmode', 'decimal');
      if (f.autocomplete) control.setAttribute('autocomplete', f.autocomplete);
    }
    control.value = state.display(pointer);
    control.id = id;
    control.name = id;
    control.dataset.path = pointer;
    control.dataset.widget = f.widget;
    if (f.required) control.setAttribute('aria-required', 'true');
    wrap.append(control, err);
    return wrap;
  }

  // ---------- what changes without a redraw ----------
  function refresh(): void {
    const messages = state.messages();
    for (const wrap of Array.from(form.querySelectorAll<HTMLElement>('.dvcq-field'))) {
      const pointer = wrap.dataset.path!;
      const id = idOf(pointer);
      const f = fields.get(pointer);
      if (f) wrap.hidden = !state.visible(f, pointer);
      const err = doc.getElementById(`${id}-error`)!;
      const list = messages.get(pointer) ?? [];
      // Touch the DOM only where the messages changed (this runs after every keystroke).
      const sig = list.map((m) => m.severity + m.text).join('\n');
      if (err.dataset.sig === sig) continue;
      err.dataset.sig = sig;
      err.replaceChildren();
      for (const m of list) {
        const line = el('p', { class: m.severity === 'error' ? 'dvcq-message' : 'dvcq-message dvcq-warning' }, m.text);
        if (m.hint) line.append(' ', el('span', { class: 'dvcq-hint' }, m.hint));
        err.append(line);
      }
      err.hidden = list.length === 0;
      const describedBy = [doc.getElementById(`${id}-help`) ? `${id}-help` : '', list.length ? `${id}-error` : ''].filter(Boolean).join(' ');
      for (const c of Array.from(wrap.querySelectorAll<HTMLElement>('input, select, textarea'))) {
        if (list.some((m) => m.severity === 'error')) c.setAttribute('aria-invalid', 'true');
        else c.removeAttribute('aria-invalid');
        if (describedBy) c.setAttribute('aria-describedby', describedBy);
        else c.removeAttribute('aria-describedby');
      }
    }
    refreshSummary();
    refreshDraft();
    status.textContent = state.status ? t(state.status) : '';
  }

  /**
   * Kept current on every change after the first submit, updated in place: lines of
   * problems still there keep their element (a keyboard user on a link keeps it),
   * fixed ones go, new ones come in form order.
   */
  function refreshSummary(): void {
    const s = state.summary();
    const errors = s?.errors ?? [];
    const warnings = s?.warnings ?? [];
    summary.hidden = errors.length + warnings.length === 0;
    summaryTitle.textContent = errors.length ? fmt(state.ui.summaryTitle, { n: errors.length }) : t(state.ui.summaryWarnings);
    warningTitle.textContent = t(state.ui.summaryWarnings);
    warningTitle.hidden = !errors.length || !warnings.length;
    sync(errorList, errors);
    sync(warningList, warnings);
  }

  function sync(ul: HTMLUListElement, entries: SummaryEntry[]): void {
    ul.hidden = entries.length === 0;
    const keep = new Set(entries.map((e) => e.key));
    const old = new Map<string, HTMLElement>();
    for (const li of Array.from(ul.children) as HTMLElement[]) {
      if (keep.has(li.dataset.key!)) old.set(li.dataset.key!, li);
      else li.remove();
    }
    entries.forEach((e, i) => {
      let li = old.get(e.key);
      if (!li) {
        li = el('li', { 'data-key': e.key });
        li.append(e.fieldPath !== undefined ? el('a', { href: `#${idOf(e.fieldPath)}`, 'data-action': 'goto', 'data-target': idOf(e.fieldPath) }) : el('span'));
      }
      if (li.firstChild!.textContent !== e.text) li.firstChild!.textContent = e.text;
      if (ul.children[i] !== li) ul.insertBefore(li, ul.children[i] ?? null);
    });
  }

  function refreshDraft(): void {
    const d = state.draft();
    const ui = state.ui;
    const mode = d.canUndo ? 'undo' : undone ? 'undone' : d.saved ? `saved${d.restoredAt ?? ''}` : '';
    if (draftBox.dataset.mode === mode) return;
    draftBox.dataset.mode = mode;
    draftBox.replaceChildren();
    if (!mode) return;
    const text = d.canUndo ? ui.draftCleared : undone ? ui.draftUndone : d.restoredAt && fill(ui.draftRestored, { time: _localTime(d.restoredAt, state.lang) });
    if (text) draftBox.append(el('span', {}, t(text)), ' ');
    draftBox.append(d.canUndo ? button('undo', t(ui.draftUndo), { id: `${prefix}draft-undo` }) : button('clear-draft', t(ui.draftClear), { id: `${prefix}draft-clear` }));
  }

  // ---------- events ----------
  function onInput(e: Event): void {
    const target = e.target as HTMLInputElement;
    const pointer = target.dataset?.path;
    if (!pointer) return;
    undone = false;
    const widget = target.dataset.widget;
    if (widget === 'checkboxes') state.input(pointer, Array.from(form.querySelectorAll<HTMLInputElement>(`input[name="${target.name}"]`)).filter((b) => b.checked).map((b) => b.value));
    else if (widget !== 'radio' || target.checked) state.input(pointer, target.value);
  }

  function onFocusOut(e: FocusEvent): void {
    const target = e.target as HTMLInputElement;
    const pointer = target.dataset?.path;
    if (!pointer) return;
    // Leaving one radio for another of the same group is not leaving the field.
    if ((e.relatedTarget as HTMLElement | null)?.dataset?.path === pointer) return;
    const leave = () => {
      state.leave(pointer);
      // Show how the form read a count, a percentage or a date ("1 250" → "1.250").
      if (target.type === 'text') target.value = state.display(pointer);
    };
    // Focus left because a button is being pressed (e.g. "Xóa mô hình"): the field's
    // messages would push that button away before the click lands. Show them after it.
    if (held) later = leave;
    else leave();
  }

  /** A pointer is down in the form; what to do once it is released. */
  let held = false;
  let later: (() => void) | undefined;
  function onPointer(e: PointerEvent): void {
    held = e.type === 'pointerdown';
    const f = later;
    later = undefined;
    // After the click that follows the release.
    if (f) setTimeout(f);
  }

  function onClick(e: MouseEvent): void {
    const target = (e.target as HTMLElement).closest<HTMLElement>('[data-action]');
    if (!target) return;
    const action = target.dataset.action;
    if (action === 'lang') {
      state.setLang(state.lang === 'vi' ? 'en' : 'vi');
      focus(`${prefix}lang`);
    } else if (action === 'clear-draft') {
      // Erasing asks first (the browser's own dialog: keyboard and screen reader ready),
      // and can be undone; focus moves to the undo button.
      if (!doc.defaultView?.confirm(t(state.ui.draftConfirm))) return;
      undone = false;
      state.discard();
      focus(`${prefix}draft-undo`);
    } else if (action === 'undo') {
      undone = state.undoDiscard();
      refreshDraft();
      focus(`${prefix}draft`);
    } else if (action === 'add') focus(idOf(state.addItem(target.dataset.repeat!)));
    else if (action === 'remove') {
      state.removeItem(target.dataset.repeat!, Number(target.dataset.index));
      focus(`${idOf(target.dataset.repeat!)}-add`);
    } else if (action === 'task-texts') {
      // The button goes away with the retry: focus stays on the disclosure it was in.
      target.closest('details')?.querySelector('summary')?.focus();
      loadTexts();
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
    const out = await state.submit();
    if (out.status === 'invalid') summary.focus();
    return out;
  }

  const unsubscribe = state.subscribe(() => (state.structure !== drawn ? draw() : refresh()));
  const listeners: Record<string, (e: never) => void> = { input: onInput, change: onInput, focusout: onFocusOut, click: onClick, submit: onSubmit, pointerdown: onPointer };
  for (const k in listeners) form.addEventListener(k, listeners[k] as EventListener);
  for (const k of ['pointerup', 'pointercancel']) doc.addEventListener(k, onPointer as EventListener, true);
  element.replaceChildren(form);
  draw();
  // Right after the first render: the texts arrive while the user reads.
  if (options.taskTexts) loadTexts();

  return {
    state,
    get definition() {
      return state.definition;
    },
    getValue: state.submission,
    setValue: state.setValue,
    validate(mode) {
      return state.validate(mode);
    },
    submit,
    setLang: state.setLang,
    getLang: () => state.lang,
    clearDraft: state.clearDraft,
    destroy() {
      unsubscribe();
      for (const k in listeners) form.removeEventListener(k, listeners[k] as EventListener);
      for (const k of ['pointerup', 'pointercancel']) doc.removeEventListener(k, onPointer as EventListener, true);
      form.remove();
    },
  };
}

function _localTime(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  // Vietnam time (UTC+7, no DST) whatever the machine's zone: officials read it as such.
  return d.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' });
}
