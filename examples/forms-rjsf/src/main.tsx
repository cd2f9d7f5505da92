// Ví dụ: biểu mẫu báo cáo với react-jsonschema-form — the report form drawn by RJSF.
// Every message comes from validateReport through `extraErrors`; RJSF's Ajv only
// checks types (the adapter's schema carries no rules).
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import { buildReportForm, toRjsf, type FormPeriod } from '@dvcq/forms';
import { compileReport, validateReport } from '@dvcq/report';
// The plan's form view: what forms and validation read (see @dvcq/core formPlanView).
import { hoaBinh2021FormPlan as plan } from '@dvcq/plan-hoa-binh-2021';

const q = new URLSearchParams(location.search);
const period: FormPeriod = q.get('period') === 'annual' ? 'annual' : 'semiannual';
const unit = q.get('unit') ?? 'so-noi-vu';
const lang = q.get('lang') === 'en' ? 'en' : 'vi';
const nowParam = q.get('now');
const now = () => (nowParam ? new Date(nowParam) : new Date());
// Compiled once: validateReport runs on every change of the form.
const compiled = compileReport(plan);

function App() {
  const adapter = useMemo(() => toRjsf(buildReportForm({ plan, period, unit, lang }), { lang }), []);
  const [formData, setFormData] = useState<Record<string, unknown>>({});
  const [mode, setMode] = useState<'draft' | 'final'>('draft');
  const result = useMemo(() => validateReport(adapter.toSubmission(formData), { plan: compiled, mode, lang, now: now() }), [adapter, formData, mode]);
  const extraErrors = useMemo(() => adapter.toExtraErrors(result.issues, formData), [adapter, result, formData]);
  return (
    <div lang={lang}>
      <Form
        schema={adapter.schema as never}
        uiSchema={adapter.uiSchema(formData) as never}
        formData={formData}
        validator={validator}
        noHtml5Validate
        showErrorList={false}
        extraErrors={extraErrors as never}
        onChange={(e) => setFormData((e.formData ?? {}) as Record<string, unknown>)}
        onSubmit={() => setMode('final')}
      />
      {mode === 'final' && (
        <p id="verdict">{result.ok ? (lang === 'vi' ? 'Báo cáo hợp lệ.' : 'The report is valid.') : `${result.issues.filter((i) => i.severity === 'error').length} ${lang === 'vi' ? 'lỗi' : 'errors'}`}</p>
      )}
    </div>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
