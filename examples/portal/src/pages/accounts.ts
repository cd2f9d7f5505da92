// Trang tài khoản — sign-in, password change, the administrator's accounts and
// API keys, the audit log. Every text from the database is escaped.
import { type Message, findUnit } from '@dvcq/core';
import { formatDateTimeVi } from '@dvcq/calendar';
import { type AccessKey, type AuditEntry, ROLES, ROLE_LABELS, type Role, type UserAccount, isRole } from '@dvcq/server';
import { type PageContext, type PageModule, csrfField, esc, pick } from './layout';

const _unit = (ctx: PageContext, id: string) => {
  const u = findUnit(ctx.plan, id);
  return u ? pick(u.name, ctx.lang) : id;
};
const _msg = (ctx: PageContext, m: Message | undefined, kind: 'is-error' | 'is-ok') => (m ? `<div class="portal-result ${kind}" role="${kind === 'is-error' ? 'alert' : 'status'}">${esc(pick(m, ctx.lang))}</div>` : '');
const _at = (iso: string) => (/^\d{4}-\d\d-\d\dT/.test(iso) ? formatDateTimeVi(iso) : iso);

/** Trang đăng nhập — `/login`: login name and password; Vietnamese first. */
export function loginPage(error?: Message, login = '', next?: string): PageModule {
  return {
    path: '/login',
    title: () => ({ vi: 'Đăng nhập', en: 'Sign in' }),
    body: (ctx) => {
      const L = (vi: string, en: string) => (ctx.lang === 'en' ? en : vi);
      return `${_msg(ctx, error, 'is-error')}
<form method="post" action="/login?lang=${ctx.lang}" class="portal-form" id="login-form">
${next ? `<input type="hidden" name="next" value="${esc(next)}">` : ''}
<label for="login">${L('Tên đăng nhập', 'Login name')} <span class="portal-muted" lang="${ctx.lang === 'en' ? 'vi' : 'en'}">/ ${L('Login name', 'Tên đăng nhập')}</span></label>
<input id="login" name="login" autocomplete="username" required maxlength="64" value="${esc(login)}" autocapitalize="none" spellcheck="false">
<label for="password">${L('Mật khẩu', 'Password')} <span class="portal-muted" lang="${ctx.lang === 'en' ? 'vi' : 'en'}">/ ${L('Password', 'Mật khẩu')}</span></label>
<input id="password" name="password" type="password" autocomplete="current-password" required maxlength="256">
<button type="submit">${L('Đăng nhập', 'Sign in')}</button>
</form>
<p class="portal-muted">${L('Quên mật khẩu: nhờ quản trị viên của cổng đặt lại. Nhập sai nhiều lần, đăng nhập sẽ tạm bị khóa 15 phút.', 'Forgot your password: ask the portal administrator to reset it. After repeated failures sign-in is locked for 15 minutes.')}</p>`;
    },
  };
}

/** Trang đổi mật khẩu — `/account/password`. */
export function passwordPage(error?: Message, ok?: Message, home?: string): PageModule {
  return {
    path: '/account/password',
    title: () => ({ vi: 'Đổi mật khẩu', en: 'Change password' }),
    body: (ctx) => {
      const L = (vi: string, en: string) => (ctx.lang === 'en' ? en : vi);
      if (ok) return `${_msg(ctx, ok, 'is-ok')}<p><a href="${esc(home ?? '/')}?lang=${ctx.lang}" id="portal-continue">${L('Tiếp tục', 'Continue')}</a></p>`;
      return `${_msg(ctx, error, 'is-error')}
<p>${L('Mật khẩu mới cần ít nhất 8 ký tự, không trùng tên đăng nhập. Sau khi đổi, các phiên đăng nhập khác của tài khoản sẽ bị đóng.', 'A new password needs at least 8 characters and may not be the login name. After the change every other session of the account is closed.')}</p>
<form method="post" action="/account/password?lang=${ctx.lang}" class="portal-form" id="password-form">${csrfField(ctx)}
<input type="hidden" name="username" autocomplete="username" value="${esc(ctx.user?.login ?? '')}">
<label for="current">${L('Mật khẩu hiện tại (hoặc mật khẩu tạm)', 'Current (or temporary) password')}</label>
<input id="current" name="current" type="password" autocomplete="current-password" required maxlength="256">
<label for="new-password">${L('Mật khẩu mới', 'New password')}</label>
<input id="new-password" name="password" type="password" autocomplete="new-password" required minlength="8" maxlength="256">
<label for="confirm">${L('Nhập lại mật khẩu mới', 'New password again')}</label>
<input id="confirm" name="confirm" type="password" autocomplete="new-password" required minlength="8" maxlength="256">
<button type="submit">${L('Đổi mật khẩu', 'Change password')}</button>
</form>`;
    },
  };
}

/** Dữ liệu trang quản trị — what `/admin/accounts` lists. */
export interface AccountsAdminData {
  users: readonly UserAccount[];
  keys: readonly AccessKey[];
  /** Units accounts and keys may belong to. */
  units: readonly string[];
  result?: { ok?: Message; error?: Message; secret?: string | undefined } | undefined;
}

const _roleName = (ctx: PageContext, role: string) => (isRole(role) ? pick(ROLE_LABELS[role], ctx.lang) : role);

/** Trang quản lý tài khoản — `/admin/accounts` (administrator only). */
export function accountsAdminPage(data: AccountsAdminData): PageModule {
  return {
    path: '/admin/accounts',
    title: () => ({ vi: 'Quản lý tài khoản và khóa API', en: 'Accounts and API keys' }),
    roles: ['admin'],
    body: (ctx) => {
      const L = (vi: string, en: string) => (ctx.lang === 'en' ? en : vi);
      const r = data.result;
      const result = `${_msg(ctx, r?.error, 'is-error')}${r?.ok ? `<div class="portal-result is-ok" role="status">${esc(pick(r.ok, ctx.lang))}${r.secret ? ` <code class="portal-secret" id="portal-secret">${esc(r.secret)}</code>` : ''}</div>` : ''}`;
      const unitOptions = data.units.map((u) => `<option value="${esc(u)}">${esc(_unit(ctx, u))}</option>`).join('');
      const roleOptions = (ROLES as readonly Role[]).map((x) => `<option value="${x}">${esc(pick(ROLE_LABELS[x], ctx.lang))}</option>`).join('');
      const action = (id: string, act: string, label: string) =>
        `<form method="post" action="/admin/accounts?lang=${ctx.lang}" class="portal-inline">${csrfField(ctx)}<input type="hidden" name="action" value="${act}"><input type="hidden" name="id" value="${esc(id)}"><button type="submit" data-action="${act}" data-id="${esc(id)}">${label}</button></form>`;
      const users = data.users
        .map(
          (u) => `<tr data-login="${esc(u.login)}"><td>${esc(u.login)}</td><td>${esc(u.name)}</td><td>${esc(_roleName(ctx, u.role))}</td><td>${esc(_unit(ctx, u.unitId))}</td><td>${u.disabled ? L('Đã khóa', 'Disabled') : u.mustChangePassword ? L('Chờ đổi mật khẩu', 'Must change password') : L('Đang dùng', 'Active')}</td><td>${action(u.id, 'reset', L('Đặt lại mật khẩu', 'Reset password'))} ${u.disabled ? action(u.id, 'enable', L('Mở lại', 'Enable')) : action(u.id, 'disable', L('Khóa', 'Disable'))}</td></tr>`,
        )
        .join('');
      const keys = data.keys
        .map(
          (k) => `<tr data-key="${esc(k.id)}"><td>${esc(k.id)}</td><td>${esc(_unit(ctx, k.unitId))}</td><td>${esc(k.label ?? '')}</td><td>${esc(_at(k.createdAt))}</td><td>${k.revokedAt ? `${L('Thu hồi', 'Revoked')} ${esc(_at(k.revokedAt))}` : action(k.id, 'key-revoke', L('Thu hồi', 'Revoke'))}</td></tr>`,
        )
        .join('');
      return `${result}
<section aria-labelledby="acc-h"><h2 id="acc-h">${L('Tài khoản', 'Accounts')} (${data.users.length})</h2>
<div class="portal-table-wrap"><table id="accounts"><thead><tr><th>${L('Tên đăng nhập', 'Login')}</th><th>${L('Tên hiển thị', 'Display name')}</th><th>${L('Vai trò', 'Role')}</th><th>${L('Đơn vị', 'Unit')}</th><th>${L('Trạng thái', 'State')}</th><th>${L('Thao tác', 'Actions')}</th></tr></thead><tbody>${users}</tbody></table></div>
<h3>${L('Tạo tài khoản', 'Create an account')}</h3>
<form method="post" action="/admin/accounts?lang=${ctx.lang}" class="portal-form" id="create-account">${csrfField(ctx)}<input type="hidden" name="action" value="create">
<label for="new-login">${L('Tên đăng nhập', 'Login name')}</label><input id="new-login" name="login" required maxlength="64" pattern="[a-z0-9][a-z0-9._\\-]{1,63}" autocapitalize="none">
<label for="new-name">${L('Tên hiển thị', 'Display name')}</label><input id="new-name" name="name" required maxlength="120">
<label for="new-role">${L('Vai trò', 'Role')}</label><select id="new-role" name="role">${roleOptions}</select>
<label for="new-unit">${L('Đơn vị (cán bộ, lãnh đạo đơn vị)', 'Unit (officers, heads)')}</label><select id="new-unit" name="unitId">${unitOptions}</select>
<p class="portal-muted">${L('Cổng tạo một mật khẩu tạm, hiện một lần; người dùng phải đổi khi đăng nhập lần đầu.', 'The portal makes a temporary password, shown once; the user changes it at first sign-in.')}</p>
<button type="submit">${L('Tạo tài khoản', 'Create account')}</button></form></section>
<section aria-labelledby="keys-h"><h2 id="keys-h">${L('Khóa API (cho hệ thống khác nộp báo cáo)', 'API keys (for other systems submitting reports)')}</h2>
<p class="portal-muted">${L('Cơ sở dữ liệu chỉ lưu mã băm SHA-256 của khóa; khóa chỉ hiện một lần khi tạo.', 'The database keeps only the SHA-256 hash of a key; the key is shown once, when created.')}</p>
<div class="portal-table-wrap"><table id="api-keys"><thead><tr><th>${L('Mã khóa', 'Key id')}</th><th>${L('Đơn vị', 'Unit')}</th><th>${L('Nhãn', 'Label')}</th><th>${L('Tạo lúc', 'Created')}</th><th>${L('Trạng thái', 'State')}</th></tr></thead><tbody>${keys}</tbody></table></div>
<form method="post" action="/admin/accounts?lang=${ctx.lang}" class="portal-form" id="create-key">${csrfField(ctx)}<input type="hidden" name="action" value="key-create">
<label for="key-unit">${L('Đơn vị', 'Unit')}</label><select id="key-unit" name="unitId">${unitOptions}</select>
<label for="key-label">${L('Nhãn (hệ thống dùng khóa)', 'Label (the system using it)')}</label><input id="key-label" name="label" required maxlength="120">
<button type="submit">${L('Tạo khóa API', 'Create API key')}</button></form></section>`;
    },
  };
}

/** Dữ liệu nhật ký — one page of the audit log. */
export interface AuditPageData {
  entries: readonly AuditEntry[];
  total: number;
  pageSize: number;
}

/** Trang nhật ký — `/admin/audit` (administrator and coordinator staff), newest first, 50 a page. */
export function auditPage(data: AuditPageData): PageModule {
  return {
    path: '/admin/audit',
    title: () => ({ vi: 'Nhật ký thao tác', en: 'Audit log' }),
    roles: ['admin', 'coordinator'],
    body: (ctx) => {
      const L = (vi: string, en: string) => (ctx.lang === 'en' ? en : vi);
      const rows = data.entries
        .map(
          (e) => `<tr data-seq="${e.seq}"><td>${e.seq}</td><td><time datetime="${esc(e.at)}">${esc(_at(e.at))}</time></td><td>${esc(e.actorName ? `${e.actorName} (${e.actor})` : e.actor)}</td><td><code>${esc(e.action)}</code></td><td>${esc(e.target ?? '')}</td><td>${esc(e.ip ?? '')}</td><td class="portal-details">${esc(Object.keys(e.details).length ? JSON.stringify(e.details) : '')}</td></tr>`,
        )
        .join('');
      const last = data.entries[data.entries.length - 1];
      const older = last && data.entries.length === data.pageSize ? `<a href="/admin/audit?lang=${ctx.lang}&amp;before=${last.seq}" id="audit-older">${L('Cũ hơn →', 'Older →')}</a>` : '';
      return `<p>${L(`Mọi thay đổi trong cổng: ai, lúc nào, làm gì, với đối tượng nào, từ địa chỉ nào. Tổng số: ${data.total}.`, `Every change in the portal: who, when, what, on what, from where. Total: ${data.total}.`)}</p>
<div class="portal-table-wrap"><table id="audit"><thead><tr><th>#</th><th>${L('Thời điểm', 'When')}</th><th>${L('Người thực hiện', 'Who')}</th><th>${L('Hành động', 'Action')}</th><th>${L('Đối tượng', 'Target')}</th><th>${L('Địa chỉ IP', 'IP address')}</th><th>${L('Chi tiết', 'Details')}</th></tr></thead><tbody>${rows}</tbody></table></div>
<p><a href="/admin/audit?lang=${ctx.lang}">${L('Mới nhất', 'Newest')}</a> ${older}</p>`;
    },
  };
}
