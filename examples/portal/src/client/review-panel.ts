// Khung xem xét — the review panel of a report: its state, the history (who, when,
// what, comment), the comments the unit is asked to fix and, for whoever may act,
// the buttons: coordinator staff Return (with an overall comment and comments on
// fields and tasks) or Accept; the unit's head Approve; the unit a link to fix and
// resubmit on its form. Every text from the server goes in through textContent.
import { type Lang, type Message, type Plan, REPORT_FIELD_LABELS, allTasks } from '@dvcq/core';
import type { ReviewComment, ReviewView } from '@dvcq/server';
import { formatDateTimeVi } from '@dvcq/calendar';
import { api, el, readToken, words } from './common';

/** @internal Step names (the server's REVIEW_ACTION_LABELS, kept small for the page bundle). */
const ACTIONS: Record<string, Message> = {
  submit: { vi: 'Nộp báo cáo', en: 'Submitted' },
  approve: { vi: 'Lãnh đạo đơn vị duyệt', en: 'Approved by the unit head' },
  return: { vi: 'Trả lại để sửa', en: 'Returned for correction' },
  accept: { vi: 'Tiếp nhận', en: 'Accepted' },
};

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

/**
 * Gắn khung xem xét — fetches `GET /api/reports/:id/review` and draws the panel into
 * `container` (replacing what it held); redraws after each step taken.
 * @param container - an empty element of the page (e.g. `<section id="portal-review">`)
 * @param reportId - the stored report's id
 * @param lang - page language
 */
export async function mountReviewPanel(container: HTMLElement, reportId: string, lang: Lang): Promise<void> {
  const L = words(lang);
  const token = readToken() ?? '';
  const [res, plan, report] = await Promise.all([
    api(`/api/reports/${encodeURIComponent(reportId)}/review`, token),
    fetch('/plan.json').then((r) => (r.ok ? (r.json() as Promise<Plan>) : undefined)),
    api(`/api/reports/${encodeURIComponent(reportId)}`, token).then((r) => (r.ok ? (r.json() as Promise<{ report: Record<string, unknown> }>) : undefined)),
  ]);
  container.replaceChildren();
  container.classList.add('portal-review');
  const title = el('h2', L('Xem xét báo cáo', 'Review'));
  title.id = 'portal-review-title';
  container.append(title);
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: { text?: string } };
    container.append(el('p', `HTTP ${res.status}: ${body.error?.text ?? ''}`, 'portal-result is-error'));
    return;
  }
  const view = (await res.json()) as ReviewView;
  const state = el('p', `${L('Trạng thái', 'State')}: `);
  const badge = el('strong', view.stateLabel[lang] || view.stateLabel.vi, 'portal-review-state');
  badge.dataset.state = view.state;
  state.append(badge);
  container.append(state);
  if (view.superseded) {
    const p = el('p', L('Báo cáo này đã được đơn vị thay bằng bản sửa: ', 'The unit replaced this report by a correction: '));
    const a = el('a', L('mở bản mới nhất', 'open the latest'));
    a.href = `/reports/${encodeURIComponent(view.latestId)}${lang === 'en' ? '?lang=en' : ''}`;
    p.append(a);
    container.append(p);
  }
  if (view.extendedTo) container.append(el('p', `${L('Được gia hạn đến hết ngày', 'Extended until the end of')} ${view.extendedTo.split('-').reverse().join('/')}`));
  const comments = commentList(view, plan, lang);
  if (comments) container.append(comments);
  if (view.state === 'returned' && view.allowed.length === 0 && !view.superseded) {
    const fix = el('a', L('Sửa và nộp lại trên biểu mẫu', 'Fix and resubmit on the form'), 'portal-button');
    fix.id = 'portal-review-fix';
    fix.href = `/form?period=${encodeURIComponent(view.instanceKey ?? '')}${lang === 'en' ? '&lang=en' : ''}`;
    container.append(fix);
  }

  // History: who, when, what, comment.
  const table = el('table', null, 'portal-table portal-review-history');
  table.append(el('caption', L('Lịch sử xem xét', 'Review history')));
  const headRow = el('tr');
  for (const h of [L('Thời điểm', 'When'), L('Người thực hiện', 'Who'), L('Bước', 'Step'), L('Nhận xét', 'Comment')]) headRow.append(el('th', h));
  table.append(el('thead'), el('tbody'));
  table.tHead!.append(headRow);
  for (const e of view.events) {
    const tr = el('tr');
    tr.dataset.action = e.action;
    const whoText = [e.actor.name, e.actor.unitId].filter(Boolean).join(' — ');
    const extra = e.comments.length > 0 ? ` (+${e.comments.length} ${L('nhận xét theo mục', 'item comments')})` : '';
    tr.append(el('td', formatDateTimeVi(e.at)), el('td', whoText), el('td', (ACTIONS[e.action] ?? { vi: e.action, en: e.action })[lang]), el('td', `${e.comment ?? ''}${extra}`));
    table.tBodies[0]!.append(tr);
  }
  container.append(table);

  const result = el('div', null, 'portal-result');
  result.setAttribute('role', 'status');
  const act = async (action: string, body: Record<string, unknown>) => {
    const r = await api(`/api/reports/${encodeURIComponent(reportId)}/review`, token, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action, ...body }) });
    if (r.ok) return mountReviewPanel(container, reportId, lang);
    const b = (await r.json().catch(() => ({}))) as { error?: { text?: string } };
    result.className = 'portal-result is-error';
    result.textContent = `HTTP ${r.status}: ${b.error?.text ?? ''}`;
  };

  if (view.allowed.includes('approve')) {
    const approve = el('button', L('Duyệt và gửi cơ quan tổng hợp', 'Approve and send to the coordinating body'));
    approve.type = 'button';
    approve.id = 'portal-review-approve';
    approve.addEventListener('click', () => void act('approve', {}));
    container.append(approve);
  }
  if (view.allowed.includes('return') || view.allowed.includes('accept')) {
    const form = el('div', null, 'portal-review-form');
    const overallLabel = el('label', L('Nhận xét chung', 'Overall comment'));
    overallLabel.htmlFor = 'portal-review-comment';
    const overall = el('textarea');
    overall.id = 'portal-review-comment';
    overall.rows = 3;
    overall.maxLength = 4000;
    form.append(overallLabel, overall);

    // Comments on items: a field (core's labels, by JSON Pointer) or a task the report answers.
    const targets: Array<{ value: string; label: string }> = [];
    const tasks = report && typeof report.report.tasks === 'object' && report.report.tasks !== null ? Object.keys(report.report.tasks) : [];
    for (const id of tasks) targets.push({ value: `task:${id}`, label: commentTarget({ on: 'task', taskId: id, text: '' }, plan, lang) });
    for (const [pointer, label] of Object.entries(REPORT_FIELD_LABELS as Record<string, Message>)) {
      if (['/planId', '/period', '/periodIndex', '/obligationId', '/year', '/unitId', '/tasks'].includes(pointer)) continue;
      targets.push({ value: `field:${pointer}`, label: label[lang] || label.vi });
    }
    const rows = el('ol', null, 'portal-review-items');
    const addRow = () => {
      const li = el('li', null, 'portal-review-item');
      const n = rows.childElementCount + 1;
      const select = el('select');
      select.id = `portal-review-target-${n}`;
      select.setAttribute('aria-label', L('Mục được nhận xét', 'Item commented on'));
      for (const t of targets) {
        const o = el('option', t.label);
        o.value = t.value;
        select.append(o);
      }
      const text = el('textarea');
      text.id = `portal-review-text-${n}`;
      text.rows = 2;
      text.maxLength = 4000;
      text.setAttribute('aria-label', L('Nhận xét về mục này', 'Comment on this item'));
      li.append(select, text);
      rows.append(li);
      select.focus();
    };
    const add = el('button', L('Thêm nhận xét theo mục', 'Add a comment on an item'), 'portal-link');
    add.type = 'button';
    add.id = 'portal-review-add';
    add.addEventListener('click', addRow);
    form.append(rows, add);

    const itemComments = (): ReviewComment[] => {
      const out: ReviewComment[] = [];
      rows.querySelectorAll('li').forEach((li) => {
        const target = li.querySelector('select')!.value;
        const text = li.querySelector('textarea')!.value.trim();
        if (text === '') return;
        out.push(target.startsWith('task:') ? { on: 'task', taskId: target.slice(5), text } : { on: 'field', pointer: target.slice(6), text });
      });
      return out;
    };
    const buttons = el('p', null, 'portal-review-buttons');
    if (view.allowed.includes('return')) {
      const ret = el('button', L('Trả lại để sửa', 'Return for correction'));
      ret.type = 'button';
      ret.id = 'portal-review-return';
      ret.addEventListener('click', () => void act('return', { comment: overall.value, comments: itemComments() }));
      buttons.append(ret, ' ');
    }
    if (view.allowed.includes('accept')) {
      const acc = el('button', L('Tiếp nhận', 'Accept'));
      acc.type = 'button';
      acc.id = 'portal-review-accept';
      acc.addEventListener('click', () => void act('accept', overall.value.trim() ? { comment: overall.value } : {}));
      buttons.append(acc);
    }
    form.append(buttons);
    container.append(form);
  }
  container.append(result);
}
