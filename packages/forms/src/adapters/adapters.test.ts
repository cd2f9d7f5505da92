import { describe, expect, test } from 'vitest';
import { hoaBinh2021Plan as plan } from '@dvcq/plan-hoa-binh-2021';
import { validateReport } from '@dvcq/report';
import { buildReportForm } from '../definition/build-report-form';
import { toJsonForms, type JsonFormsUiElement } from './jsonforms';
import { toRjsf } from './rjsf';

const def = buildReportForm({ plan, period: 'semiannual', unit: 'so-noi-vu' });
const NOW = '2021-05-15T09:00:00+07:00';
const draft = {
  document: { number: '15/SNV' },
  tasks: { 'II.1.1': { status: 'done' }, 'II.1.2': { status: 'not-started', reason: 'Chờ hướng dẫn' } },
  indicators: { 'don-thu-thuoc-tham-quyen': 8, 'don-thu-da-giai-quyet': 12 },
  models: [{ name: 'Mô hình A' }],
};

function find(el: JsonFormsUiElement, pred: (e: JsonFormsUiElement) => boolean): JsonFormsUiElement | undefined {
  if (pred(el)) return el;
  if ('elements' in el) for (const c of el.elements) {
    const r = find(c, pred);
    if (r) return r;
  }
  return undefined;
}

describe('JSON Forms adapter', () => {
  const jf = toJsonForms(def);
  test('schema keys with dots are renamed for JSON Forms and back', () => {
    const tasks = (jf.schema.properties!.tasks as { properties: Record<string, unknown> }).properties;
    expect(Object.keys(tasks)).toContain('II_1_1');
    expect(Object.keys(tasks)).not.toContain('II.1.1');
    const data = jf.toData(draft);
    expect(data.tasks).toHaveProperty('II_1_1');
    expect(jf.toSubmission(data)).toMatchObject({ planId: 'hoa-binh-2021', tasks: { 'II.1.1': { status: 'done' } } });
  });
  test('the schema carries no constraints: every verdict is validateReport’s', () => {
    const text = JSON.stringify(jf.schema);
    expect(text).not.toMatch(/"required"|"minimum"|"maximum"|"pattern"|"minLength"/);
  });
  test('a SHOW rule hides the reason until the task is not done', () => {
    const reason = find(jf.uischema, (e) => e.type === 'Control' && e.scope === '#/properties/tasks/properties/II_1_1/properties/reason');
    expect(reason).toMatchObject({
      rule: { effect: 'SHOW', condition: { scope: '#/properties/tasks/properties/II_1_1/properties/status', schema: { enum: ['in-progress', 'not-started', 'not-applicable'] }, failWhenUndefined: true } },
    });
  });
  test('validateReport issues become additionalErrors on the right control', () => {
    const data = jf.toData(draft);
    const issues = validateReport(jf.toSubmission(data), { plan, mode: 'final', now: NOW }).issues;
    const { errors, unplaced } = jf.toErrors(issues, data);
    const at = (p: string) => errors.filter((e) => e.instancePath === p).map((e) => e.params.code);
    expect(at('/indicators/don-thu-da-giai-quyet')).toContain('indicator.part-exceeds-total');
    expect(at('/document/number')).toContain('document.number-format');
    expect(at('/tasks/II_1_1/results')).toContain('task.results-required');
    expect(at('/tasks/II_1_3/status')).toContain('task.missing');
    expect(at('/models/0/field').length).toBeGreaterThan(0);
    expect(errors.find((e) => e.instancePath === '/document/number')!.message).toMatch(/Nghị định 30\/2020/);
    expect(unplaced.every((i) => i.path === '')).toBe(true);
  });
});

describe('RJSF adapter', () => {
  const rj = toRjsf(def, { lang: 'en' });
  test('uiSchema hides conditional fields while their condition fails', () => {
    const data = rj.toFormData(draft);
    const ui = rj.uiSchema(data) as { tasks: Record<string, Record<string, Record<string, unknown>>> };
    expect(ui.tasks.II_1_1!.reason).toEqual({ 'ui:widget': 'hidden' });
    expect(ui.tasks.II_1_1!.results).toEqual({ 'ui:widget': 'textarea' });
    expect(ui.tasks.II_1_2!.reason).toEqual({ 'ui:widget': 'textarea' });
    expect(ui.tasks.II_1_2!.status).toEqual({ 'ui:widget': 'radio' });
  });
  test('labels follow the language', () => {
    const doc = rj.schema.properties!.document as { properties: Record<string, { title: string }> };
    expect(doc.properties.number!.title).toBe('Number and symbol');
  });
  test('extraErrors nest issues under the field that shows them', () => {
    const data = rj.toFormData(draft);
    const issues = validateReport(rj.toSubmission(data), { plan, mode: 'final', lang: 'en', now: NOW }).issues;
    const extra = rj.toExtraErrors(issues, data) as Record<string, any>;
    expect(extra.indicators['don-thu-da-giai-quyet'].__errors.join(' ')).toMatch(/Petitions within jurisdiction resolved/);
    expect(extra.tasks.II_1_1.results.__errors).toHaveLength(1);
    expect(extra.models['0'].field.__errors.length).toBeGreaterThan(0);
  });
  test('customValidate adds each issue with addError at its field', () => {
    const added: Array<[string, string]> = [];
    const node = (path: string): any =>
      new Proxy({ addError: (m: string) => added.push([path, m]) }, { get: (t, k: string) => (k in t ? (t as any)[k] : node(`${path}/${k}`)) });
    const data = rj.toFormData(draft);
    rj.customValidate((sub) => validateReport(sub, { plan, mode: 'final', now: NOW }).issues)(data, node(''));
    expect(added.some(([p]) => p === '/indicators/don-thu-da-giai-quyet')).toBe(true);
    expect(added.some(([p]) => p === '/tasks/II_1_1/results')).toBe(true);
  });
});

test('both adapters draw dates as dd/mm/yyyy text (never a locale-dependent date input) and send ISO dates', () => {
  for (const adapter of [toJsonForms(def), toRjsf(def)]) {
    expect(JSON.stringify(adapter.schema)).not.toContain('"format":"date"');
    const data = 'toData' in adapter ? adapter.toData({ document: { date: '2021-05-10' } }) : adapter.toFormData({ document: { date: '2021-05-10' } });
    expect(data).toEqual({ document: { date: '10/05/2021' } });
    expect(adapter.toSubmission({ document: { date: '5/10/2021' } }).document).toEqual({ date: '2021-10-05' });
    // Text that is no date is sent as typed, so validateReport says what is wrong with it.
    expect(adapter.toSubmission({ document: { date: '31/02/2021' } }).document).toEqual({ date: '31/02/2021' });
  }
});
