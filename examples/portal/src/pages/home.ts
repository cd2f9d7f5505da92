// Trang chủ — what the portal is, how units and the coordinator sign in, the calendar.
import { calendarSection } from './calendar';
import { type PageModule, esc, pick, withPlan } from './layout';

/** Trang chủ — `/`. */
export const homePage: PageModule = {
  path: '/',
  title: () => ({ vi: 'Cổng báo cáo công tác dân vận chính quyền', en: 'Government mass-mobilization reporting portal' }),
  body: (ctx) => {
    const { lang } = ctx;
    const L = (vi: string, en: string) => (lang === 'en' ? en : vi);
    const coord = esc(ctx.coordinatorName);
    return `<p>${esc(pick(ctx.plan.title, lang))}</p>
<p>${L(
      `Mỗi đơn vị mở trang báo cáo bằng đường dẫn có mã truy cập của mình (in ra khi khởi động cổng và ghi trong <code>demo-tokens.json</code>), ví dụ <code>/form#token=…</code>. ${coord} (cơ quan theo dõi, tổng hợp) mở <code>/dashboard#token=…</code> để theo dõi hạn nộp và tổng hợp.`,
      `Each unit opens the report page with the link holding its access token (printed at start-up and written to <code>demo-tokens.json</code>), e.g. <code>/form#token=…</code>. ${coord} (the consolidating body) opens <code>/dashboard#token=…</code> to follow deadlines and consolidate.`,
    )}</p>
<ul><li><a href="${esc(withPlan(ctx, '/form'))}">${L('Trang báo cáo của đơn vị', 'Unit report page')}</a></li><li><a href="${esc(withPlan(ctx, '/my-reports'))}">${L('Các báo cáo đơn vị đã nộp (trạng thái, ý kiến)', "The unit's submitted reports (states, comments)")}</a></li><li><a href="${esc(withPlan(ctx, '/dashboard'))}">${L('Trang theo dõi, tổng hợp', 'Follow-up and consolidation page')}</a></li></ul>
${calendarSection(ctx)}`;
  },
};
