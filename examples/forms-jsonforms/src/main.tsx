// Ví dụ: biểu mẫu báo cáo với JSON Forms + React — the report form drawn by JSON Forms
// (vanilla renderers) over @dvcq/forms' DOM-free form state: the state keeps the answers,
// saves the draft, checks with validateReport and lists the problems in form order after
// a submit (kept current while fixing). Before the first submit every change is checked in
// draft mode. JSON Forms' own Ajv validation is off (`NoValidation`).
import { StrictMode, useMemo, useSyncExternalStore, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { JsonForms } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
import { buildReportForm, createFormState, toJsonForms, type FormPeriod } from '@dvcq/forms';
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
const definition = buildReportForm({ plan, period, unit, lang });
const adapter = toJsonForms(definition, { lang });
const state = createFormState({ plan, period, unit, lang, definition, now, onSubmit: (s) => console.log('submission', s) });
// Compiled once: the draft-mode check runs on every change before the first submit.
const compiled = compileReport(plan);
const renderers = [...vanillaRenderers, checkboxesRenderer];

function App() {
  const version = useSyncExternalStore(state.subscribe, () => state.version);
  const data = useMemo(() => adapter.toData(state.value()), [version]);
  const summary = state.summary();
  const issues = useMemo(() => {
    if (!summary) return validateReport(state.submission(), { plan: compiled, mode: 'draft', lang, now: now() }).issues;
    // After a submit: the state's messages, each naming its field.
    return [...state.messages()].flatMap(([path, list]) => list.map((m) => ({ code: m.code, severity: m.severity, path, message: m.text })));
  }, [version]);
  const { errors } = useMemo(() => adapter.toErrors(issues, data), [issues, data]);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void state.submit();
  };
  return (
    <form onSubmit={onSubmit} noValidate lang={lang}>
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
      <JsonForms
        schema={adapter.schema as never}
        uischema={adapter.uischema as never}
        data={data}
        renderers={renderers}
        cells={vanillaCells}
        validationMode="NoValidation"
        additionalErrors={errors as never}
        onChange={({ data: next }) => {
          const value = adapter.codec.decode(next);
          // JSON Forms reports its data on mount and after each prop change: only real edits go to the state.
          if (JSON.stringify(value) !== JSON.stringify(state.value())) state.setValue(value);
        }}
      />
      <button type="submit">{lang === 'vi' ? 'Gửi báo cáo' : 'Submit report'}</button>
      {summary && (
        <p id="verdict">{summary.errors.length === 0 ? (lang === 'vi' ? 'Báo cáo hợp lệ.' : 'The report is valid.') : `${summary.errors.length} ${lang === 'vi' ? 'lỗi' : 'errors'}`}</p>
      )}
    </form>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
