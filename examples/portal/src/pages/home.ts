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
      `Cán bộ mỗi đơn vị đăng nhập bằng tài khoản của mình để điền và nộp báo cáo; ${coord} (cơ quan theo dõi, tổng hợp) theo dõi hạn nộp và tổng hợp. Tài khoản do quản trị viên của cổng cấp. Hệ thống khác nộp báo cáo qua API bằng khóa API.`,
      `Each unit's officers sign in with their own account to fill and submit reports; ${coord} (the consolidating body) follows deadlines and consolidates. Accounts are issued by the portal's administrator. Other systems submit through the API with an API key.`,
    )}</p>
<p><a href="/login?lang=${lang}" class="portal-button">${L('Đăng nhập', 'Sign in')}</a></p>
<ul><li><a href="${esc(withPlan(ctx, '/form'))}">${L('Trang báo cáo của đơn vị', 'Unit report page')}</a></li><li><a href="${esc(withPlan(ctx, '/my-reports'))}">${L('Các báo cáo đơn vị đã nộp (trạng thái, ý kiến)', "The unit's submitted reports (states, comments)")}</a></li><li><a href="${esc(withPlan(ctx, '/dashboard'))}">${L('Trang theo dõi, tổng hợp', 'Follow-up and consolidation page')}</a></li><li><a href="${esc(withPlan(ctx, '/extensions'))}">${L('Gia hạn nộp báo cáo', 'Deadline extensions')}</a></li><li><a href="${esc(withPlan(ctx, '/notifications'))}">${L('Thông báo', 'Notifications')}</a></li></ul>
${calendarSection(ctx)}`;
  },
};
