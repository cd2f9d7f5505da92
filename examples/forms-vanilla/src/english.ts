// Tiếng Anh khi cần — what the page loads when the user switches to English: the
// report's English messages, the form's English words and the plan's form view with
// its English texts. Imported with `import()`, so bundlers put it in its own file,
// fetched only on the switch.
import { en } from '@dvcq/report/locales/en';
import { uiEn } from '@dvcq/forms/locales/en';
import { hoaBinh2021FormPlan } from '@dvcq/plan-hoa-binh-2021/form-plan';
import type { EnglishPack } from '@dvcq/forms/browser';

/** Gói tiếng Anh của trang — the English pack of this page. */
export const english: EnglishPack = { messages: en, ui: uiEn, plan: hoaBinh2021FormPlan };
