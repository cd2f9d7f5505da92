// Trang thông báo — the unit's notifications, newest first: title, text, time, a
// link to what it is about (a path of this portal only), and "mark as read".
// Every text goes in through textContent.
import type { PortalNotification } from '@dvcq/server';
import { formatDateTimeVi } from '@dvcq/calendar';
import { api, el, pageLang, readToken, setStatus, words } from './common';

/** A link the portal made: a path on this site, never another origin or a script URL. */
const safeLink = (link: string | undefined): string | undefined => (link !== undefined && /^\/(?![/\\])[^\s]*$/.test(link) ? link : undefined);

async function start(): Promise<void> {
  const lang = pageLang();
  const L = words(lang);
  const token = readToken() ?? '';
  const list = document.getElementById('portal-notifications')!;
  const unreadOnly = document.getElementById('portal-unread-only') as HTMLInputElement;
  const load = async () => {
    const res = await api(`/api/notifications${unreadOnly.checked ? '?unread=1' : ''}`, token);
    if (!res.ok) {
      const body = (await res.json().catch(() => ({}))) as { error?: { text?: string } };
      setStatus(`HTTP ${res.status}: ${body.error?.text ?? ''}`);
      return;
    }
    const { notifications } = (await res.json()) as { notifications: PortalNotification[] };
    list.replaceChildren();
    setStatus(notifications.length === 0 ? L('Không có thông báo.', 'No notifications.') : `${notifications.filter((n) => !n.readAt).length} ${L('thông báo chưa đọc', 'unread')}`);
    for (const n of notifications) {
      const li = el('li', null, n.readAt ? 'is-read' : 'is-unread');
      li.dataset.notification = n.id;
      li.dataset.kind = n.kind;
      li.append(el('strong', n.title[lang] || n.title.vi), ' ', el('span', formatDateTimeVi(n.createdAt), 'portal-muted'), el('p', n.body[lang] || n.body.vi));
      const href = safeLink(n.link);
      if (href) {
        const a = el('a', L('Mở', 'Open'));
        a.href = lang === 'en' ? `${href}${href.includes('?') ? '&' : '?'}lang=en` : href;
        li.append(a, ' ');
      }
      if (!n.readAt) {
        const read = el('button', L('Đánh dấu đã đọc', 'Mark as read'), 'portal-link');
        read.type = 'button';
        read.addEventListener('click', () => {
          void api(`/api/notifications/${encodeURIComponent(n.id)}/read`, token, { method: 'POST' }).then((r) => {
            if (r.ok) void load();
          });
        });
        li.append(read);
      }
      list.append(li);
    }
  };
  unreadOnly.addEventListener('change', () => void load());
  await load();
}

void start();
