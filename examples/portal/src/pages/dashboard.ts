// Trang theo dõi, tổng hợp — the coordinator's dashboard; /static/dashboard.*.js fills it.
import { BOOT_ELEMENT_ID } from '../boot';
import type { PageModule } from './layout';

/** Trang tổng hợp — `/dashboard`. */
export const dashboardPage: PageModule = {
  path: '/dashboard',
  title: (ctx) => ({ vi: `Theo dõi và tổng hợp (${ctx.coordinatorName})`, en: `Follow-up and consolidation (${ctx.coordinatorName})` }),
  script: 'dashboard.js',
  roles: ['admin', 'coordinator'],
  boot: true,
  body: (ctx) => {
    const L = (vi: string, en: string) => (ctx.lang === 'en' ? en : vi);
    return `<div id="portal-status" class="portal-status" role="status" aria-live="polite"></div>
<div id="portal-controls" class="portal-controls" hidden>
<label for="portal-period">${L('Kỳ báo cáo', 'Reporting period')}</label>
<select id="portal-period"></select>
<span class="portal-downloads-label">${L('Tải về bảng tổng hợp của kỳ', 'Download the period’s consolidation')}:</span>
<button type="button" id="portal-csv">${L('Tải CSV', 'Download CSV')}</button>
<button type="button" id="portal-xlsx">${L('Tải Excel (XLSX)', 'Download Excel (XLSX)')}</button>
<button type="button" id="portal-docx">${L('Tải dự thảo báo cáo tổng hợp (DOCX)', 'Download the consolidated report draft (DOCX)')}</button>
</div>
<p id="portal-attention" class="portal-attention" hidden></p>
<div id="dashboard"></div>${ctx.boot !== undefined ? `\n<script type="application/json" id="${BOOT_ELEMENT_ID}">${ctx.boot}</script>` : ''}
<section id="reminders" class="portal-reminders" hidden aria-labelledby="reminders-title">
<h2 id="reminders-title">${L('Nhắc hạn', 'Reminders')}</h2>
<p id="reminders-counts"></p>
<div id="reminders-body"></div>
</section>`;
  },
};
