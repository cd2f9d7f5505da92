// Trang báo cáo của đơn vị — the unit's form; /static/form.*.js fills #app.
import { BOOT_ELEMENT_ID } from '../boot';
import { type PageModule, esc, withPlan } from './layout';

/** Trang báo cáo — `/form`. */
export const formPage: PageModule = {
  path: '/form',
  title: () => ({ vi: 'Báo cáo của đơn vị', en: 'Unit report' }),
  script: 'form.js',
  roles: ['officer', 'head'],
  inlineScript: 'form-inline.js',
  boot: true,
  body: (ctx) => {
    const L = (vi: string, en: string) => (ctx.lang === 'en' ? en : vi);
    return `<div id="portal-status" class="portal-status" role="status" aria-live="polite"></div>
<div id="portal-controls" class="portal-controls" hidden>
<label for="portal-period">${L('Kỳ báo cáo', 'Reporting period')}</label>
<select id="portal-period"></select>
<span id="portal-period-state" class="portal-muted"></span>
<button type="button" id="portal-docx" hidden>${L('Tải văn bản báo cáo đã nộp (DOCX)', 'Download the submitted report (DOCX)')}</button>
<a id="portal-view" hidden href="${esc(withPlan(ctx, '/my-reports'))}">${L('Xem báo cáo đã nộp', 'Open the submitted report')}</a>
<a id="portal-mine" href="${esc(withPlan(ctx, '/my-reports'))}">${L('Các báo cáo của đơn vị', "The unit's reports")}</a>
</div>
<section id="portal-notices" class="portal-notices" hidden aria-labelledby="portal-notices-title">
<h2 id="portal-notices-title">${L('Nhắc hạn', 'Reminders')}</h2>
<ul id="portal-notices-list"></ul>
</section>
<section id="portal-review-box" class="portal-review" hidden aria-label="${L('Xem xét báo cáo', 'Review')}"></section>
<div id="portal-result" class="portal-result" role="status" aria-live="polite"></div>
<div id="app"></div>${ctx.boot !== undefined ? `\n<script type="application/json" id="${BOOT_ELEMENT_ID}">${ctx.boot}</script>` : ''}`;
  },
};
