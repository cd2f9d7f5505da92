// Nhận xét xem xét — the comments of a return as the unit's pages show them (through
// textContent only): the item each is about (core's field wording, or the task's id and text).
import { type Lang, type Message, type Plan, REPORT_FIELD_LABELS, allTasks } from '@dvcq/core';
import type { ReviewComment, ReviewView } from '@dvcq/server';
import { formatDateTimeVi } from '@dvcq/calendar';
import { el, words } from './common';

/** Tên mục được nhận xét — the field's label (core's wording) or the task's id and text. */
export function commentTarget(c: ReviewComment, plan: Plan | undefined, lang: Lang): string {
  if (c.on === 'task') {
    const t = plan ? allTasks(plan).find((x) => x.id === c.taskId) : undefined;
    const text = t ? (lang === 'en' ? t.text.en || t.text.vi : t.text.vi) : '';
    return `${lang === 'en' ? 'Task' : 'Nhiệm vụ'} ${c.taskId}${text ? ` — ${text.length > 120 ? `${text.slice(0, 120)}…` : text}` : ''}`;
  }
  const label = (REPORT_FIELD_LABELS as Record<string, Message>)[c.pointer];
  return label ? label[lang] || label.vi : c.pointer;
}

/** Danh sách nhận xét — the overall comment and each item comment as a list. */
export function commentList(view: Pick<ReviewView, 'openComments'>, plan: Plan | undefined, lang: Lang): HTMLElement | undefined {
  const open = view.openComments;
  if (!open) return undefined;
  const L = words(lang);
  const box = el('div', null, 'portal-review-comments');
  box.append(el('p', `${L('Nhận xét khi trả lại', 'Comments on return')} (${formatDateTimeVi(open.at)}):`));
  if (open.comment) box.append(el('p', open.comment, 'portal-review-overall'));
  if (open.comments.length > 0) {
    const ul = el('ul');
    for (const c of open.comments) {
      const li = el('li');
      li.dataset.on = c.on;
      li.append(el('strong', `${commentTarget(c, plan, lang)}: `), el('span', c.text));
      ul.append(li);
    }
    box.append(ul);
  }
  return box;
}
