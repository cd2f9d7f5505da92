// Benchmark page (not a test): first render and full-form validation in the browser.
// As examples/forms-vanilla: the plan's Vietnamese form view, the browser entry of the
// report (no zod, no English catalogue); English loads on the switch.
import { hoaBinh2021FormPlanVi as plan } from '@dvcq/plan-hoa-binh-2021/form-plan-vi';
import { compileReport, loadLegacyEncoding, validateReport } from '@dvcq/report/browser';
import { renderReportForm } from '../src/browser';
import { buildReportForm } from '../src/index';
import { formFields, setAt, toSubmission, type FormValue } from '../src/definition/value';

const now = () => new Date('2021-05-15T09:00:00+07:00');
const t0 = performance.now();
const form = renderReportForm(document.getElementById('app')!, { plan, period: 'semiannual', unit: 'so-noi-vu', now, storageKey: false, english: () => import('../../../examples/forms-vanilla/src/english').then((m) => m.english), taskTexts: () => import('@dvcq/plan-hoa-binh-2021/form-plan-texts-vi').then((m) => m.hoaBinh2021FormPlanTextsVi) });
const firstRender = performance.now() - t0;

// A complete 6-month report: every task done with results, every indicator filled.
const def = buildReportForm({ plan, period: 'semiannual', unit: 'so-noi-vu' });
let value: FormValue = {
  document: { number: '15/BC-SNV', date: '2021-05-10', place: 'Hòa Bình', signer: { authority: 'KT.', onBehalfOf: 'GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn A' }, recipients: ['ubnd-tinh', 'ban-dan-van-tinh-uy'] },
  models: [{ name: 'Mô hình A', field: 'Cải cách hành chính', holder: 'collective', stage: 'registered' }],
  nextDirections: 'Tiếp tục thực hiện.',
};
for (const f of formFields(def)) {
  if (f.path.endsWith('/status')) value = setAt(value, f.path, 'done');
  if (f.path.endsWith('/results')) value = setAt(value, f.path, 'Đã hoàn thành.');
  if (f.widget === 'count') value = setAt(value, f.path, 5);
  if (f.widget === 'percent') value = setAt(value, f.path, 90);
}
const submission = toSubmission(def, value);
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = (fn: () => unknown, n: number) => {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    fn();
    xs.push(performance.now() - s);
  }
  return xs;
};
void loadLegacyEncoding().then((legacyEncoding) => {
  // First validation: compile the plan's rules once (as the renderer does, with the
  // legacy-encoding detector it loads after drawing), then validate.
  let compiled!: ReturnType<typeof compileReport>;
  const firstValidation = time(() => validateReport(submission, { plan: (compiled = compileReport(plan, { legacyEncoding })), mode: 'final', now: now() }), 1)[0]!;
  time(() => validateReport(submission, { plan: compiled, mode: 'final', now: now() }), 20); // warm-up
  const validation = time(() => validateReport(submission, { plan: compiled, mode: 'final', now: now() }), 200);
  const verdict = validateReport(submission, { plan: compiled, mode: 'final', now: now() });
  form.setValue(value);
  const redraw = time(() => form.validate('final'), 20);
  (window as unknown as { __bench: unknown }).__bench = {
    firstRenderMs: firstRender,
    firstValidationMs: firstValidation,
    validationMedianMs: median(validation),
    validationP95Ms: validation.sort((a, b) => a - b)[Math.floor(validation.length * 0.95)],
    validateAndShowMedianMs: median(redraw),
    ok: verdict.ok,
    issues: verdict.issues.map((i) => i.code),
    fields: document.querySelectorAll('input, select, textarea').length,
  };
});
