// The full Vietnamese texts of the tasks the Vietnamese form view shortens
// ("@dvcq/plan-hoa-binh-2021/form-plan-texts-vi"); generated data, see form-plan.test.ts.
import formPlanTextsViJson from './form-plan-texts.vi.json';

/**
 * Toàn văn nhiệm vụ cho trang biểu mẫu — the full Vietnamese text of every task whose
 * text `hoaBinh2021FormPlanVi` holds only as a short title, by task id
 * (`formPlanTaskTexts(hoaBinh2021Plan)` of @dvcq/core, generated into
 * `src/form-plan-texts.vi.json`). A form page loads it on demand (option `taskTexts`
 * of `renderReportForm`), so the page's first file stays small. Frozen.
 */
export const hoaBinh2021FormPlanTextsVi: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze(formPlanTextsViJson as Record<string, string>);
