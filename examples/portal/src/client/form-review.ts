// Xem xét trên biểu mẫu — what the unit sees of the review on its form: the state of
// its current report, an extension granted, and — when the report was returned — the
// comments, in a list above the form and next to each field or task commented; the
// returned report is loaded into the form so the unit fixes it and sends it again as a
// correction (X-DVCQ-Replaces). A small addition beside @dvcq/forms, which stays unchanged.
import type { Lang, Plan } from '@dvcq/core';
import type { ReportFormHandle } from '@dvcq/forms/browser';
import type { ReviewComment, ReviewView } from '@dvcq/server';
import { api, el, words } from './common';
import { commentList, commentTarget } from './review-comments';

/** @internal Escapes a value for an attribute selector. */
const _attr = (v: string) => v.replace(/["\\]/g, '\\$&');

/** @internal The form's element a comment belongs beside (a field's wrap, or the task's group). */
function _anchor(form: HTMLElement, c: ReviewComment): HTMLElement | undefined {
  if (c.on === 'task') {
    const esc = c.taskId.replace(/~/g, '~0').replace(/\//g, '~1');
    const inner = form.querySelector<HTMLElement>(`[data-path^="${_attr(`/tasks/${esc}/`)}"]`);
    return inner?.closest<HTMLElement>('fieldset') ?? inner?.closest<HTMLElement>('.dvcq-field') ?? undefined;
  }
  const exact = form.querySelector<HTMLElement>(`.dvcq-field[data-path="${_attr(c.pointer)}"]`);
  if (exact) return exact;
  const inner = form.querySelector<HTMLElement>(`[data-path^="${_attr(`${c.pointer}/`)}"]`);
  return inner?.closest<HTMLElement>('fieldset') ?? inner?.closest<HTMLElement>('.dvcq-field') ?? undefined;
}

/**
 * Hiện xem xét trên biểu mẫu — draws the review of the unit's current report into `box`
 * and the comments next to the form's fields and tasks; when the report was returned and
 * no draft is kept, fills the form with it.
 * @returns the review, or undefined when there is none to show
 */
export async function showReviewOnForm(options: {
  token: string | undefined;
  lang: Lang;
  plan: Plan;
  reportId: string;
  box: HTMLElement;
  form: HTMLElement;
  handle: ReportFormHandle;
  /** Whether the form restored a draft of the unit (then its answers are kept). */
  hasDraft: boolean;
}): Promise<ReviewView | undefined> {
  const { token, lang, plan, reportId, box, form, handle } = options;
  const L = words(lang);
  const res = await api(`/api/reports/${encodeURIComponent(reportId)}/review`, token);
  box.replaceChildren();
  box.hidden = true;
  if (!res.ok) return undefined;
  const view = (await res.json()) as ReviewView;
  const state = el('p', `${L('Tình trạng xem xét', 'Review state')}: `);
  const badge = el('strong', view.stateLabel[lang] || view.stateLabel.vi, 'portal-review-state');
  badge.dataset.state = view.state;
  state.append(badge);
  box.append(state);
  if (view.extendedTo) box.append(el('p', `${L('Được gia hạn đến hết ngày', 'Extended until the end of')} ${view.extendedTo.split('-').reverse().join('/')}`));
  const list = commentList(view, plan, lang);
  if (list) box.append(list);
  if (view.state === 'returned') {
    box.append(
      el(
        'p',
        L(
          'Sửa các mục được nêu rồi nộp lại: báo cáo sửa là một văn bản mới, ghi số, ký hiệu mới; báo cáo cũ được giữ trong lịch sử.',
          'Fix the items named, then submit again: the corrected report is a new document with a new number; the earlier one stays in the history.',
        ),
        'portal-muted',
      ),
    );
    if (!options.hasDraft) {
      const r = await api(`/api/reports/${encodeURIComponent(reportId)}`, token);
      if (r.ok) handle.setValue(((await r.json()) as { report: Record<string, unknown> }).report as never);
    }
  }
  for (const c of view.openComments?.comments ?? []) {
    const anchor = _anchor(form, c);
    if (!anchor) continue;
    const note = el('p', null, 'portal-review-note');
    note.setAttribute('role', 'note');
    note.append(el('strong', `${L('Nhận xét', 'Comment')} (${commentTarget(c, plan, lang)}): `), el('span', c.text));
    anchor.prepend(note);
  }
  box.hidden = false;
  return view;
}
