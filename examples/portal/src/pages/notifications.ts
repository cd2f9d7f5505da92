// Thông báo — the signed-in unit's notifications (review steps, extensions,
// reminders); /static/notifications.*.js fills the list.
import type { PageModule } from './layout';

/** Trang thông báo — `/notifications`. */
export const notificationsPage: PageModule = {
  path: '/notifications',
  title: () => ({ vi: 'Thông báo', en: 'Notifications' }),
  script: 'notifications.js',
  body: (ctx) => {
    const L = (vi: string, en: string) => (ctx.lang === 'en' ? en : vi);
    return `<div id="portal-status" class="portal-status" role="status" aria-live="polite"></div>
<p><label><input type="checkbox" id="portal-unread-only"> ${L('Chỉ hiện thông báo chưa đọc', 'Unread only')}</label></p>
<ul id="portal-notifications" class="portal-notifications"></ul>`;
  },
};
