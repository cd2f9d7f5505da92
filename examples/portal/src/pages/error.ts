// Trang lỗi — 400, 404 and 405 for pages (the API answers JSON problems itself).
import type { Message } from '@dvcq/core';
import { type PageModule, esc, pick, withPlan } from './layout';

/** Trang lỗi — a page that says what went wrong and links home. */
export function errorPage(status: number, message: Message): PageModule {
  return {
    path: '/',
    title: () => message,
    body: (ctx) =>
      `<p class="portal-error" data-status="${status}">${esc(pick(message, ctx.lang))}</p><p><a href="${esc(withPlan(ctx, '/'))}">${ctx.lang === 'en' ? 'Back to the home page' : 'Về trang chủ'}</a></p>`,
  };
}

/** Thông điệp lỗi trang — the page errors' words. */
export const PAGE_ERRORS = {
  notFound: { vi: 'Không có trang này (404).', en: 'No such page (404).' },
  method: { vi: 'Trang này không nhận phương thức này (405).', en: 'This page does not accept this method (405).' },
} satisfies Record<string, Message>;
