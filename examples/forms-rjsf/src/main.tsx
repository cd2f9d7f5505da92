// Ví dụ: biểu mẫu báo cáo với react-jsonschema-form — the report form drawn by RJSF over
// @dvcq/forms' DOM-free form state: the state keeps the answers, saves the draft, checks
// with validateReport and, after a submit, lists the problems in form order (kept current
// while fixing). Before the first submit every change is checked in draft mode. RJSF's
// Ajv only checks types (the adapter's schema carries no rules).
import { StrictMode, useMemo, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import { buildReportForm, createFormState, toRjsf, type FormPeriod } from '@dvcq/forms';
import { compileReport, validateReport } from '@dvcq/report';
// The plan's form view: what forms and validation read (see @dvcq/core formPlanView).
import { hoaBinh2021FormPlan as plan } from '@dvcq/plan-hoa-binh-2021';

const q = new URLSearchParams(location.search);
const period: FormPeriod = q.get('period') === 'annual' ? 'annual' : 'semiannual';
const unit = q.get('unit') ?? 'so-noi-vu';
const lang = q.get('lang') === 'en' ? 'en' : 'vi';
const nowParam = q.get('now');
const now = () => (nowParam ? new Date(nowParam) : new Date());
const definition = buildReportForm({ plan, period, unit, lang });
const adapter = toRjsf(definition, { lang });
const state = createFormState({ plan, period, unit, lang, definition, now, onSubmit: (s) => console.log('submission', s) });
// Compiled once: the draft-mode check runs on every change before the first submit.
const compiled = compileReport(plan);

function App() {
  const version = useSyncExternalStore(state.subscribe, () => state.version);
  const formData = useMemo(() => adapter.toFormData(state.value()), [version]);
  const summary = state.summary();
  const issues = useMemo(() => {
    if (!summary) return validateReport(state.submission(), { plan: compiled, mode: 'draft', lang, now: now() }).issues;
    // After a submit: the state's messages, each naming its field.
    return [...state.messages()].flatMap(([path, list]) => list.map((m) => ({ code: m.code, severity: m.severity, path, message: m.text })));
  }, [version]);
  const extraErrors = useMemo(() => adapter.toExtraErrors(issues, formData), [issues, formData]);
  return (
    <div lang={lang}>
      <h1>{state.text(definition.title)}</h1>
      {summary && summary.errors.length + summary.warnings.length > 0 && (
        <div id="report-issues" role="region" aria-label={lang === 'vi' ? 'Tóm tắt lỗi' : 'Problems'}>
          <ol>
            {[...summary.errors, ...summary.warnings].map((e) => (
              <li key={e.key}>{e.text}</li>
            ))}
          </ol>
        </div>
      )}
      <Form
        schema={adapter.schema as never}
        uiSchema={adapter.uiSchema(formData) as never}
        formData={formData}
        validator={validator}
        noHtml5Validate
        showErrorList={false}
        extraErrors={extraErrors as never}
        onChange={(e) => {
          const value = adapter.codec.decode(e.formData ?? {});
          if (JSON.stringify(value) !== JSON.stringify(state.value())) state.setValue(value);
        }}
        onSubmit={() => void state.submit()}
      />
      {summary && (
        <p id="verdict">{summary.errors.length === 0 ? (lang === 'vi' ? 'Báo cáo hợp lệ.' : 'The report is valid.') : `${summary.errors.length} ${lang === 'vi' ? 'lỗi' : 'errors'}`}</p>
      )}
    </div>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
