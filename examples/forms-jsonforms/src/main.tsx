// Ví dụ: biểu mẫu báo cáo với JSON Forms + React — the report form drawn by JSON Forms
// (vanilla renderers). Every message comes from validateReport through
// `additionalErrors`; JSON Forms' own Ajv validation is off (`NoValidation`).
import { StrictMode, useMemo, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { JsonForms } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
import { buildReportForm, toJsonForms, type FormPeriod } from '@dvcq/forms';
import { compileReport, validateReport } from '@dvcq/report';
// The plan's form view: what forms and validation read (see @dvcq/core formPlanView).
import { hoaBinh2021FormPlan as plan } from '@dvcq/plan-hoa-binh-2021';
import { checkboxesRenderer } from './checkboxes';

const q = new URLSearchParams(location.search);
const period: FormPeriod = q.get('period') === 'annual' ? 'annual' : 'semiannual';
const unit = q.get('unit') ?? 'so-noi-vu';
const lang = q.get('lang') === 'en' ? 'en' : 'vi';
const nowParam = q.get('now');
const now = () => (nowParam ? new Date(nowParam) : new Date());
// Compiled once: validateReport runs on every change of the form.
const compiled = compileReport(plan);
const renderers = [...vanillaRenderers, checkboxesRenderer];

function App() {
  const adapter = useMemo(() => toJsonForms(buildReportForm({ plan, period, unit, lang }), { lang }), []);
  const [data, setData] = useState<Record<string, unknown>>({});
  const [mode, setMode] = useState<'draft' | 'final'>('draft');
  const result = useMemo(() => validateReport(adapter.toSubmission(data), { plan: compiled, mode, lang, now: now() }), [adapter, data, mode]);
  const { errors, unplaced } = useMemo(() => adapter.toErrors(result.issues, data), [adapter, result, data]);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setMode('final');
  };
  return (
    <form onSubmit={onSubmit} noValidate lang={lang}>
      <JsonForms
        schema={adapter.schema as never}
        uischema={adapter.uischema as never}
        data={data}
        renderers={renderers}
        cells={vanillaCells}
        validationMode="NoValidation"
        additionalErrors={errors as never}
        onChange={({ data: next }) => setData(next as Record<string, unknown>)}
      />
      {unplaced.length > 0 && (
        <ul id="report-issues">
          {unplaced.map((i) => (
            <li key={`${i.code}${i.path}`}>{i.message}</li>
          ))}
        </ul>
      )}
      <button type="submit">{lang === 'vi' ? 'Gửi báo cáo' : 'Submit report'}</button>
      {mode === 'final' && (
        <p id="verdict">{result.ok ? (lang === 'vi' ? 'Báo cáo hợp lệ.' : 'The report is valid.') : `${result.issues.filter((i) => i.severity === 'error').length} ${lang === 'vi' ? 'lỗi' : 'errors'}`}</p>
      )}
    </form>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
