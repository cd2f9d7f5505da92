// Quản trị kế hoạch — the administrator's pages: the plan registry (every plan,
// its status, where it came from), the upload form, and one entry with its
// findings, its draft (the plan file, editable while a draft) and the publish /
// withdraw buttons. Plain HTML forms: they work without a script.
import { type Message, getByPointer } from '@dvcq/core';
import { formatDateTimeVi } from '@dvcq/calendar';
import { PLAN_STATUS_LABELS, type PlanEntry, type PlanFinding } from '@dvcq/server';
import { type PageModule, esc, pick } from './layout';

/** Biểu mẫu — what every form of these pages carries. */
export interface AdminFormContext {
  /** The CSRF token to post back in `_csrf` (accounts); `''` when none is used. */
  csrf: string;
  /** Tên người thực hiện — account id → display name (the registry records ids). */
  names?: ReadonlyMap<string, string>;
}

/** Người thực hiện — an actor as the pages show it: the account's name, "configuration", or the id. */
function _who(id: string | undefined, form: AdminFormContext, lang: 'vi' | 'en'): string {
  if (id === undefined) return '';
  if (id === 'config') return esc(lang === 'en' ? 'portal configuration' : 'cấu hình cổng');
  const name = form.names?.get(id);
  return name ? `${esc(name)} <span class="portal-muted">(${esc(id)})</span>` : esc(id);
}

/** Lựa chọn đối chiếu đơn vị — a published plan whose units an imported document's names are matched against. */
export interface UnitSource {
  id: string;
  year: number;
}

const _SEVERITY: Record<PlanFinding['severity'], Message> = {
  error: { vi: 'Lỗi (chặn ban hành)', en: 'Error (blocks publishing)' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  review: { vi: 'Cần xem lại', en: 'Needs review' },
  info: { vi: 'Ghi nhận', en: 'Noted' },
};

const _csrfField = (f: AdminFormContext) => (f.csrf ? `<input type="hidden" name="_csrf" value="${esc(f.csrf)}">` : '');
const _when = (iso: string | undefined) => (iso ? `<time datetime="${esc(iso)}">${esc(formatDateTimeVi(iso))}</time>` : '');

/**
 * Trang sổ kế hoạch — `/admin/plans`: every entry (newest first) and the upload form.
 * @param entries - the registry
 * @param form - CSRF token
 * @param units - published plans to match unit names against
 * @param notice - a message to show first (after a redirect), if any
 */
export function plansListPage(entries: readonly PlanEntry[], form: AdminFormContext, units: readonly UnitSource[], notice?: Message): PageModule {
  return {
    path: '/admin/plans',
    title: () => ({ vi: 'Quản trị kế hoạch', en: 'Plan administration' }),
    body: (ctx) => {
      const { lang } = ctx;
      const L = (vi: string, en: string) => (lang === 'en' ? en : vi);
      const rows = entries
        .map((e) => {
          const title = typeof e.plan.title === 'object' && e.plan.title !== null ? (e.plan.title as Partial<Message>) : {};
          const titleText = (lang === 'en' ? title.en || title.vi : title.vi) ?? '';
          return `<tr data-key="${esc(e.key)}" data-status="${e.status}"><td><a href="/admin/plans/${encodeURIComponent(e.key)}?lang=${lang}">${esc(e.planId || L('(chưa có mã)', '(no id yet)'))}</a></td><td class="num">${e.year || ''}</td><td>${esc(String(titleText))}</td><td>${esc(pick(PLAN_STATUS_LABELS[e.status], lang))}</td><td>${esc(e.source.fileName ?? (e.source.kind === 'config' ? L('(kế hoạch đóng gói)', '(bundled plan)') : ''))}</td><td>${_when(e.updatedAt)} ${_who(e.updatedBy, form, lang)}</td><td>${e.publishedAt ? `${_when(e.publishedAt)} ${_who(e.publishedBy, form, lang)}` : ''}</td></tr>`;
        })
        .join('');
      const unitOptions = units.map((u) => `<option value="${esc(u.id)}">${esc(u.id)} (${u.year})</option>`).join('');
      return `${notice ? `<p class="portal-result" role="status" id="plans-notice">${esc(pick(notice, lang))}</p>` : ''}
<section aria-labelledby="plans-upload-h"><h2 id="plans-upload-h">${L('Tải lên kế hoạch mới', 'Upload a new plan')}</h2>
<p>${L(
        'Chọn tệp kế hoạch (.json) hoặc văn bản kế hoạch (.docx, .pdf có lớp chữ, .html, .txt, .md). Văn bản được đọc bằng <code>@dvcq/import</code> thành bản nháp; cổng chỉ ra những chỗ cần xem lại. Bản nháp chưa được phục vụ cho đến khi ban hành.',
        'Choose a plan file (.json) or a plan document (.docx, .pdf with a text layer, .html, .txt, .md). A document is read by <code>@dvcq/import</code> into a draft; the portal shows what needs review. A draft is not served until it is published.',
      )}</p>
<form method="post" action="/admin/plans?lang=${lang}${form.csrf ? `&amp;_csrf=${encodeURIComponent(form.csrf)}` : ''}" enctype="multipart/form-data" id="plans-upload" class="portal-form">${_csrfField(form)}
<p><label for="plans-file">${L('Tệp', 'File')}</label> <input type="file" id="plans-file" name="file" required accept=".json,.docx,.pdf,.html,.htm,.txt,.md"></p>
<p><label for="plans-id">${L('Mã kế hoạch (không bắt buộc, cho văn bản)', 'Plan id (optional, for a document)')}</label> <input type="text" id="plans-id" name="id" pattern="[a-z0-9][a-z0-9-]{1,80}" maxlength="80"></p>
<p><label for="plans-year">${L('Năm (không bắt buộc, cho văn bản)', 'Year (optional, for a document)')}</label> <input type="number" id="plans-year" name="year" min="2000" max="2100"></p>
<p><label for="plans-units">${L('Đối chiếu tên đơn vị với kế hoạch', 'Match unit names against the plan')}</label> <select id="plans-units" name="units"><option value="">${L('(không đối chiếu)', '(none)')}</option>${unitOptions}</select></p>
<p><button type="submit">${L('Tải lên và kiểm tra', 'Upload and check')}</button></p>
</form></section>
<section aria-labelledby="plans-list-h"><h2 id="plans-list-h">${L('Sổ kế hoạch', 'Plan registry')}</h2>
<table id="plans-table"><thead><tr><th>${L('Mã kế hoạch', 'Plan id')}</th><th>${L('Năm', 'Year')}</th><th>${L('Tên', 'Title')}</th><th>${L('Trạng thái', 'Status')}</th><th>${L('Tệp nguồn', 'Source file')}</th><th>${L('Sửa lần cuối', 'Last changed')}</th><th>${L('Ban hành', 'Published')}</th></tr></thead><tbody>${rows}</tbody></table></section>`;
    },
  };
}

/** Nội dung trang một kế hoạch — what {@link planEntryPage} shows. */
export interface PlanEntryView {
  entry: PlanEntry;
  /** Findings of the plan checks on the current draft (or the published plan). */
  checks: readonly PlanFinding[];
  /** The JSON text to show in the editor (the submitted text when it could not be saved). */
  text: string;
  /** The published entry this one would replace (same plan id), if any. */
  replaces?: PlanEntry;
  /** A message to show first (saved, refused…). */
  notice?: { message: Message; error?: boolean };
}

function _findingRows(findings: readonly PlanFinding[], plan: unknown, lang: 'vi' | 'en'): string {
  return findings
    .map((f) => {
      let at = '';
      if (f.pointer !== '') {
        try {
          const v = getByPointer(plan, f.pointer);
          if (v !== undefined) at = JSON.stringify(v).slice(0, 160);
        } catch {
          at = '';
        }
      }
      const place = f.place ? pick(f.place, lang) : '';
      return `<tr data-code="${esc(f.code)}" data-severity="${f.severity}"><td>${esc(pick(_SEVERITY[f.severity], lang))}</td><td><code>${esc(f.code)}</code></td><td><code>${esc(f.pointer || '/')}</code>${at ? `<br><span class="portal-muted">${esc(at)}</span>` : ''}</td><td>${esc(pick(f.message, lang))}${place || f.excerpt ? `<br><span class="portal-muted">${esc(place)}${place && f.excerpt ? ' — ' : ''}${f.excerpt ? `«${esc(f.excerpt)}»` : ''}</span>` : ''}</td></tr>`;
    })
    .join('');
}

/**
 * Trang một kế hoạch — `/admin/plans/<key>`: status and history, the findings
 * (plan checks now, and what the import flagged), the plan file in an editor
 * (a draft only: saving checks it again), publish and withdraw.
 * @param view - the entry, its findings, the editor text
 * @param form - CSRF token
 */
export function planEntryPage(view: PlanEntryView, form: AdminFormContext): PageModule {
  const { entry } = view;
  const path = `/admin/plans/${encodeURIComponent(entry.key)}`;
  return {
    path,
    title: () => ({ vi: `Kế hoạch ${entry.planId || '(nháp)'}`, en: `Plan ${entry.planId || '(draft)'}` }),
    body: (ctx) => {
      const { lang } = ctx;
      const L = (vi: string, en: string) => (lang === 'en' ? en : vi);
      const errors = view.checks.filter((f) => f.severity === 'error').length;
      const imported = entry.source.findings;
      const draft = entry.status === 'draft';
      const facts = [
        [L('Trạng thái', 'Status'), esc(pick(PLAN_STATUS_LABELS[entry.status], lang))],
        [L('Mã kế hoạch', 'Plan id'), esc(entry.planId || L('(chưa có)', '(none yet)'))],
        [L('Năm', 'Year'), entry.year ? String(entry.year) : esc(L('(chưa có)', '(none yet)'))],
        [L('Nguồn', 'Source'), `${esc(entry.source.kind === 'import' ? L('văn bản kế hoạch', 'plan document') : entry.source.kind === 'config' ? L('cấu hình cổng (DVCQ_PLAN)', 'portal configuration (DVCQ_PLAN)') : L('tệp kế hoạch', 'plan file'))}${entry.source.fileName ? ` — ${esc(entry.source.fileName)}` : ''}${entry.source.format ? ` (${esc(entry.source.format)})` : ''}`],
        [L('Tạo', 'Created'), `${_when(entry.createdAt)} ${_who(entry.createdBy, form, lang)}`],
        [L('Sửa lần cuối', 'Last changed'), `${_when(entry.updatedAt)} ${_who(entry.updatedBy, form, lang)}`],
        ...(entry.publishedAt ? [[L('Ban hành', 'Published'), `${_when(entry.publishedAt)} ${_who(entry.publishedBy, form, lang)}`]] : []),
        ...(entry.withdrawnAt ? [[L('Thu hồi', 'Withdrawn'), `${_when(entry.withdrawnAt)} ${_who(entry.withdrawnBy, form, lang)}${entry.replacedBy ? ` — ${L('thay bằng', 'replaced by')} <a href="/admin/plans/${encodeURIComponent(entry.replacedBy)}?lang=${lang}">${esc(entry.replacedBy)}</a>` : ''}`]] : []),
      ]
        .map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`)
        .join('');
      let plan: unknown;
      try {
        plan = JSON.parse(view.text);
      } catch {
        plan = entry.plan;
      }
      const head = `<tr><th>${L('Mức', 'Severity')}</th><th>${L('Mã', 'Code')}</th><th>${L('Vị trí (JSON Pointer) và giá trị', 'Where (JSON Pointer) and value')}</th><th>${L('Nội dung', 'Message')}</th></tr>`;
      const checks = view.checks.length
        ? `<table id="plan-checks"><thead>${head}</thead><tbody>${_findingRows(view.checks, plan, lang)}</tbody></table>`
        : `<p id="plan-checks-none">${L('Không có lỗi hay cảnh báo nào.', 'No errors or warnings.')}</p>`;
      const importSection = imported.length
        ? `<section aria-labelledby="plan-import-h"><h2 id="plan-import-h">${L(`Phát hiện khi đọc văn bản (${imported.length})`, `Findings from reading the document (${imported.length})`)}</h2>
<p class="portal-muted">${L('Ghi nhận lúc nhập; vị trí trỏ vào bản nháp như khi mới nhập. Xem lại từng mục "Cần xem lại" trước khi ban hành.', 'Recorded at import; pointers refer to the draft as imported. Review each "Needs review" item before publishing.')}</p>
<table id="plan-import-findings"><thead>${head}</thead><tbody>${_findingRows(imported, entry.plan, lang)}</tbody></table></section>`
        : '';
      const notice = view.notice ? `<p class="${view.notice.error ? 'portal-error' : 'portal-result'}" role="${view.notice.error ? 'alert' : 'status'}" id="plan-notice">${esc(pick(view.notice.message, lang))}</p>` : '';
      const publish = draft
        ? `<form method="post" action="${path}/publish?lang=${lang}" id="plan-publish" class="portal-form">${_csrfField(form)}
<p><label for="plan-publish-year">${L('Ban hành cho năm', 'Publish for the year')}</label> <input type="number" id="plan-publish-year" name="year" value="${entry.year || ''}" min="2000" max="2100" required>
<button type="submit"${errors > 0 ? ' disabled' : ''}>${L('Ban hành', 'Publish')}</button></p>
${errors > 0 ? `<p class="portal-muted">${L(`Còn ${errors} lỗi: sửa xong mới ban hành được.`, `${errors} error(s) left: fix them before publishing.`)}</p>` : ''}
${view.replaces ? `<p class="portal-muted">${L(`Ban hành sẽ thay bản đang ban hành của kế hoạch ${esc(entry.planId)} (ban hành ${esc(formatDateTimeVi(view.replaces.publishedAt ?? view.replaces.createdAt))}); báo cáo đã nộp được giữ nguyên.`, `Publishing replaces the published version of plan ${esc(entry.planId)} (published ${esc(formatDateTimeVi(view.replaces.publishedAt ?? view.replaces.createdAt))}); reports already submitted are kept.`)}</p>` : ''}
</form>`
        : entry.status === 'published'
          ? `<form method="post" action="${path}/withdraw?lang=${lang}" id="plan-withdraw" class="portal-form">${_csrfField(form)}<p><button type="submit">${L('Thu hồi (ngừng phục vụ kế hoạch này)', 'Withdraw (stop serving this plan)')}</button> <span class="portal-muted">${L('Báo cáo đã nộp được giữ nguyên.', 'Reports already submitted are kept.')}</span></p></form>`
          : '';
      const editor = draft
        ? `<form method="post" action="${path}?lang=${lang}" id="plan-edit" class="portal-form">${_csrfField(form)}
<p><label for="plan-json">${L('Tệp kế hoạch (JSON) — sửa những chỗ được chỉ ra rồi lưu; cổng kiểm tra lại ngay', 'Plan file (JSON) — fix what is flagged and save; the portal checks it again at once')}</label></p>
<textarea id="plan-json" name="plan" rows="30" cols="100" spellcheck="false">${esc(view.text)}</textarea>
<p><button type="submit">${L('Lưu và kiểm tra lại', 'Save and check again')}</button></p></form>`
        : `<details><summary>${L('Tệp kế hoạch (JSON)', 'Plan file (JSON)')}</summary><pre id="plan-json-view">${esc(view.text)}</pre></details>`;
      return `${notice}<p><a href="/admin/plans?lang=${lang}">${L('← Sổ kế hoạch', '← Plan registry')}</a> · <a href="${path}/plan.json">${L('Tải tệp kế hoạch (JSON)', 'Download the plan file (JSON)')}</a></p>
<dl class="portal-facts">${facts}</dl>
${publish}
<section aria-labelledby="plan-checks-h"><h2 id="plan-checks-h">${L(`Kiểm tra kế hoạch: ${errors} lỗi, ${view.checks.length - errors} cảnh báo`, `Plan checks: ${errors} error(s), ${view.checks.length - errors} warning(s)`)}</h2>${checks}</section>
${importSection}
<section aria-labelledby="plan-draft-h"><h2 id="plan-draft-h">${draft ? L('Bản nháp', 'Draft') : L('Nội dung', 'Content')}</h2>${editor}</section>`;
    },
  };
}
